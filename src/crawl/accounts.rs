//! Fetching the official accounts' pages, after the site's crawl.
//!
//! Platform servers are not the county's, but they are shared by every
//! government in the country and quick to ban: each host is visited one
//! request at a time, at least [`PLATFORM_DELAY`] apart, and robots.txt is
//! obeyed like anywhere else (a disallowed account is reported as not
//! evaluated, never as stale). Redirects are followed here, each hop
//! checked against robots.txt.
//!
//! With a journal, each answer is journaled like the crawl's, so a run
//! killed while it reads the accounts resumes without asking again.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use std::time::Duration;

use checks::facts::account::facts::{AccountAnswer, AccountFacts, AccountSpec};
use checks::facts::account::platform::Platform;
use chrono::{FixedOffset, Utc};
use tokio::sync::watch;
use url::Url;

use super::CrawlSettings;
use super::fetch::{self, Fetcher};
use super::memory;
use super::robots::{self, Rules};
use crate::store::journal::{Kind, Sink};

/// The least pause between two requests to one platform host.
pub const PLATFORM_DELAY: Duration = Duration::from_secs(1);

/// Account pages are read this far; a profile or a feed is far smaller.
const MAX_ACCOUNT_BODY: usize = 2 * 1024 * 1024;

const MAX_REDIRECTS: u32 = 10;

/// Platform domains fetched side by side.
const HOSTS_AT_ONCE: usize = 4;

/// What fetching the accounts cost.
#[derive(Clone, Copy, Debug, Default)]
pub struct AccountCounters {
    pub requests: u64,
    pub bytes: u64,
}

/// Where the accounts' answers may come from besides the network, and
/// where they go.
pub struct Known {
    /// robots.txt rules the crawl read already, by origin: not read again.
    pub robots: Arc<HashMap<String, Rules>>,
    /// The crawl's journal.
    pub journal: Option<Sink>,
}

/// Fetches every account's page, hosts side by side, each host politely.
pub async fn fetch_all(
    settings: &CrawlSettings,
    fetcher: Arc<Fetcher>,
    specs: Vec<AccountSpec>,
    offset: FixedOffset,
    interrupt: watch::Receiver<bool>,
    known: Known,
) -> (Vec<AccountFacts>, AccountCounters) {
    let mut by_host: BTreeMap<String, Vec<(usize, AccountSpec, Url)>> = BTreeMap::new();
    let mut facts: Vec<Option<AccountFacts>> = vec![None; specs.len()];
    for (i, spec) in specs.into_iter().enumerate() {
        if spec.url.is_empty() {
            let requested = String::new();
            facts[i] = Some(AccountFacts {
                requested,
                answer: AccountAnswer::NoAddress,
                fetched_at: now(offset),
                spec,
            });
            continue;
        }
        let requested = Url::parse(&spec.url).ok().map(|url| spec.platform.reading_url(&url).unwrap_or(url));
        match requested {
            // Grouped by registered domain, so `v.douyin.com` redirecting to
            // `www.douyin.com` is paced with it.
            Some(url) => by_host
                .entry(super::scope::registered_domain(url.host_str().unwrap_or_default()))
                .or_default()
                .push((i, spec, url)),
            None => {
                facts[i] = Some(AccountFacts {
                    requested: spec.url.clone(),
                    answer: AccountAnswer::Failed(checks::facts::crawl::NetError {
                        kind: checks::facts::crawl::NetErrorKind::Other,
                        message: "invalid URL".into(),
                    }),
                    fetched_at: now(offset),
                    spec,
                })
            }
        }
    }
    let agent = robots::agent_token(&settings.user_agent).to_owned();
    let mut tasks = tokio::task::JoinSet::new();
    let at_once = Arc::new(tokio::sync::Semaphore::new(HOSTS_AT_ONCE));
    for (_, accounts) in by_host {
        let (fetcher, interrupt, agent) = (Arc::clone(&fetcher), interrupt.clone(), agent.clone());
        let (crawl_rules, journal) = (Arc::clone(&known.robots), known.journal.clone());
        let (delay, retries) = (settings.delay, settings.retries);
        let at_once = Arc::clone(&at_once);
        tasks.spawn(async move {
            let _permit = at_once.acquire().await;
            let mut host = HostVisit {
                fetcher,
                agent,
                crawl_rules,
                rules: BTreeMap::new(),
                journal,
                interrupt: interrupt.clone(),
                delay,
                retries,
                counters: Default::default(),
                robots_counters: Default::default(),
            };
            let mut out = Vec::new();
            for (i, spec, url) in accounts {
                let (requested, answer) = host.get_posts(url).await;
                out.push((
                    i,
                    AccountFacts { requested: requested.to_string(), answer, fetched_at: now(offset), spec },
                ));
            }
            (out, host.total())
        });
    }
    let mut counters = AccountCounters::default();
    while let Some(joined) = tasks.join_next().await {
        let Ok((done, used)) = joined else { continue };
        counters.requests += used.requests;
        counters.bytes += used.bytes;
        for (i, fact) in done {
            facts[i] = Some(fact);
        }
    }
    (facts.into_iter().flatten().collect(), counters)
}

fn now(offset: FixedOffset) -> chrono::NaiveDateTime {
    Utc::now().with_timezone(&offset).naive_local()
}

/// One host's accounts, fetched one after another.
struct HostVisit {
    fetcher: Arc<Fetcher>,
    agent: String,
    /// robots.txt rules the crawl read, by origin.
    crawl_rules: Arc<HashMap<String, Rules>>,
    /// robots.txt rules of the other origins, fetched once each.
    rules: BTreeMap<String, Rules>,
    journal: Option<Sink>,
    /// Turns true when the run is stopped: nothing more is asked.
    interrupt: watch::Receiver<bool>,
    delay: Duration,
    retries: u32,
    /// The account pages' requests (each journaled with its account).
    counters: AccountCounters,
    /// The robots.txt requests (journaled apart, as robots.txt).
    robots_counters: AccountCounters,
}

impl HostVisit {
    /// The account's posts: the answer at `url`, or, when that is a
    /// profile without posts that names its timeline (a Weibo profile
    /// container), the timeline's answer, one request more. Returns the
    /// URL the answer is for.
    async fn get_posts(&mut self, url: Url) -> (Url, AccountAnswer) {
        if *self.interrupt.borrow() {
            return (url, AccountAnswer::NotRequested);
        }
        let answer = self.get(&url).await;
        let timeline = match &answer {
            AccountAnswer::Answered { status: 200..=299, final_url, body } => Url::parse(final_url)
                .ok()
                .and_then(|at| checks::facts::account::read::timeline_url(&at, body)),
            _ => None,
        };
        match timeline {
            Some(next) if !*self.interrupt.borrow() => {
                let followed = self.get(&next).await;
                (next, followed)
            }
            _ => (url, answer),
        }
    }

    /// GETs `url`, following redirects, with retries after network errors,
    /// 5xx and 429.
    async fn get(&mut self, url: &Url) -> AccountAnswer {
        if let Some(recall) = self.fetcher.recall()
            && let Some(entry) = recall.replay(url.as_str(), Kind::Account)
            && let Some(answer) = memory::account_answer(entry, recall, url.as_str())
        {
            // Counted as when it was asked, so a resumed run's totals are
            // an uninterrupted run's.
            self.counters.requests += u64::from(entry.requests);
            self.counters.bytes += entry.bytes;
            return answer;
        }
        let before = self.counters;
        let answer = self.get_anew(url).await;
        if let Some(sink) = &self.journal {
            let requests = (self.counters.requests - before.requests) as u32;
            if let Some((entry, body)) =
                memory::account_entry(&answer, requests, self.counters.bytes - before.bytes)
            {
                sink.record(url.as_str(), Kind::Account, entry, body);
            }
        }
        answer
    }

    async fn get_anew(&mut self, url: &Url) -> AccountAnswer {
        let mut url = url.clone();
        for _ in 0..=MAX_REDIRECTS {
            if !self.allowed(&url).await {
                return AccountAnswer::Disallowed;
            }
            match self.get_once(&url).await {
                Hop::Redirect(next) => url = next,
                Hop::Done(answer) => return answer,
            }
        }
        AccountAnswer::Failed(checks::facts::crawl::NetError {
            kind: checks::facts::crawl::NetErrorKind::TooManyRedirects,
            message: format!("more than {MAX_REDIRECTS} redirects"),
        })
    }

    async fn get_once(&mut self, url: &Url) -> Hop {
        let mut attempt = 0;
        loop {
            self.pause(url).await;
            // A stop during the pause (a second at least) is not followed
            // by one more request.
            if *self.interrupt.borrow() {
                return Hop::Done(AccountAnswer::NotRequested);
            }
            self.counters.requests += 1;
            let result = self.fetcher.client().get(url.as_str()).send().await;
            // 429 and challenges (521 and the like) are not retried soon:
            // asking again is what a rate limit forbids.
            let retry = match &result {
                Err(e) => !matches!(fetch::classify(e).kind, checks::facts::crawl::NetErrorKind::Timeout),
                Ok(resp) => matches!(resp.status().as_u16(), 500 | 502 | 503 | 504),
            };
            if retry && attempt < self.retries {
                attempt += 1;
                tokio::time::sleep(Duration::from_secs(1 << attempt)).await;
                continue;
            }
            return match result {
                Err(e) => Hop::Done(AccountAnswer::Failed(fetch::classify(&e))),
                Ok(resp) => self.answer(url, resp).await,
            };
        }
    }

    async fn answer(&mut self, url: &Url, resp: reqwest::Response) -> Hop {
        let status = resp.status().as_u16();
        if let Some(next) = fetch::location(url, status, resp.headers(), self.fetcher.normalizer()) {
            return Hop::Redirect(next);
        }
        let content_type = fetch::media_type(resp.headers());
        match fetch::read_body(resp, MAX_ACCOUNT_BODY).await {
            Ok((bytes, _cut)) => {
                self.counters.bytes += bytes.len() as u64;
                let (text, _) = super::decode::decode(
                    &bytes,
                    content_type.as_deref(),
                    url.host_str().unwrap_or_default(),
                );
                Hop::Done(AccountAnswer::Answered {
                    status,
                    final_url: url.to_string(),
                    body: text.into_owned(),
                })
            }
            Err(e) => Hop::Done(AccountAnswer::Failed(fetch::classify(&e))),
        }
    }

    /// Waits so that two requests to a platform host are [`PLATFORM_DELAY`]
    /// apart (or the configured delay, if longer), and a robots.txt
    /// Crawl-delay is honoured.
    async fn pause(&self, url: &Url) {
        let mut wait = self.delay;
        if Platform::is_platform_host(url) {
            wait = wait.max(PLATFORM_DELAY);
        }
        if let Some(delay) = self.rules_of(&origin(url)).and_then(Rules::crawl_delay) {
            wait = wait.max(delay);
        }
        if self.total().requests > 0 {
            tokio::time::sleep(wait).await;
        }
    }

    fn total(&self) -> AccountCounters {
        AccountCounters {
            requests: self.counters.requests + self.robots_counters.requests,
            bytes: self.counters.bytes + self.robots_counters.bytes,
        }
    }

    fn rules_of(&self, origin: &str) -> Option<&Rules> {
        self.crawl_rules.get(origin).or_else(|| self.rules.get(origin))
    }

    async fn allowed(&mut self, url: &Url) -> bool {
        let key = origin(url);
        if self.rules_of(&key).is_none() {
            let rules = match robots::robots_url(url) {
                Some(robots_url) => {
                    let got = self.fetcher.fetch_robots(&robots_url).await;
                    self.robots_counters.requests += u64::from(got.requests);
                    self.robots_counters.bytes += got.bytes;
                    if let Some(sink) = self.journal.as_ref().filter(|_| !got.replayed) {
                        let (entry, body) = memory::robots_entry(&got);
                        sink.record(robots_url.as_str(), Kind::Robots, entry, body);
                    }
                    Rules::from_answer(&self.agent, got.status, &got.body)
                }
                None => Rules::AllowAll,
            };
            self.rules.insert(key.clone(), rules);
        }
        self.rules_of(&key).is_none_or(|r| r.allows(url))
    }
}

enum Hop {
    Redirect(Url),
    Done(AccountAnswer),
}

fn origin(url: &Url) -> String {
    url.origin().ascii_serialization()
}
