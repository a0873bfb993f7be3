//! The crawler: the only code in govaudit that touches the network.
//!
//! [`crawl`] takes a start URL and returns a [`SiteCrawl`]: every distinct
//! URL met with its outcome, and the facts of every page parsed. See
//! `frontier` for the guarantees (politeness, each URL once) and `fetch`
//! for how one URL is asked.

pub mod accounts;
mod attachments;
mod data_requests;
pub mod decode;
mod external;
mod fds;

mod fetch;
mod frontier;
pub mod login;
pub mod memory;
pub mod probe;
pub mod render;
mod robots;
pub mod scope;
mod search;
pub mod single;
pub mod slots;
mod stylesheets;
mod trap;

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use checks::facts::crawl::SiteCrawl;
use checks::url_norm::Normalizer;
use regex::Regex;
use tokio::sync::watch;
use url::Url;

pub use fetch::CHALLENGE_TEXT;

use crate::progress::Progress;
use scope::{HostKey, Scope};

/// Everything that shapes a crawl; built from the validated config.
#[derive(Clone, Debug)]
pub struct CrawlSettings {
    pub max_pages: usize,
    pub max_depth: Option<u32>,
    pub concurrency: usize,
    pub per_host: usize,
    pub delay: Duration,
    pub timeout: Duration,
    pub retries: u32,
    pub user_agent: String,
    pub include_hosts: Vec<String>,
    pub exclude: Vec<Regex>,
    pub external: bool,
    pub session_params: Vec<String>,
    pub max_query_variants: u32,
    /// Same-shape pages followed in a chain before it is a trap.
    pub max_chain: u32,
    /// A longer `Retry-After` gives the URL up as rate-limited.
    pub max_retry_after: Duration,
    pub max_body_bytes: usize,
    /// Host names answered from this table instead of DNS (like curl's
    /// `--resolve`): for staging servers, and for the offline demo.
    pub resolve: BTreeMap<String, SocketAddr>,
    /// What the page checks take from the config (language, wrong words).
    pub page_options: Arc<checks::facts::page::PageOptions>,
    /// Official accounts from the config, audited with the site.
    pub accounts: Vec<checks::facts::account::facts::AccountSpec>,
    /// Audit only those accounts: the site itself is not crawled.
    pub accounts_only: bool,
    /// The site's UTC offset: account pages write times in it.
    pub utc_offset: chrono::FixedOffset,
    /// User info taken out of the start URLs, sent to their origins only.
    pub logins: login::Logins,
    /// Read list pages still empty after the script readers in headless
    /// Chromium (`--render`, `[crawl] render`).
    pub render: bool,
    /// `[a11y]`: what axe-core judges in the browser with `--render`.
    pub a11y: render::a11y::A11ySettings,
    /// Read the site's attachments within this budget (`[attachments]`);
    /// `None`: only check that they open.
    pub attachments: Option<crate::extract::Budget>,
}

/// Counters only the crawl itself can know.
#[derive(Clone, Debug, Default)]
pub struct CrawlCounters {
    pub requests: u64,
    pub bytes: u64,
    pub duration: Duration,
    /// A limit or an interruption left part of the site unvisited.
    pub truncated: bool,
    /// The user (or a signal) stopped the crawl: it can be resumed.
    pub interrupted: bool,
    /// Answers taken from the journal of the crawl resumed.
    pub reused: u64,
    /// Pages answered `304 Not Modified` and read from the last crawl.
    pub not_modified: u64,
    /// Attachments whose text was read, those of them answered `304` (their
    /// stored text scanned), and those over a budget or unreadable.
    pub attachments: AttachmentCounts,
    /// The screenshots of the pages axe-core found violations on
    /// (`--render`), for the report's folder: output, not a fact.
    pub screenshots: Vec<render::a11y::Screenshot>,
}

/// What became of the site's attachments (see [`CrawlCounters`]).
#[derive(Clone, Copy, Debug, Default)]
pub struct AttachmentCounts {
    pub read: u64,
    pub not_modified: u64,
    pub cut: u64,
}

/// The HTTP client shared by every request of a run.
pub fn client(settings: &CrawlSettings) -> anyhow::Result<reqwest::Client> {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        reqwest::header::ACCEPT,
        reqwest::header::HeaderValue::from_static("text/html,application/xhtml+xml,*/*;q=0.8"),
    );
    headers.insert(
        reqwest::header::ACCEPT_LANGUAGE,
        reqwest::header::HeaderValue::from_static("zh-CN,zh;q=0.9,en;q=0.5"),
    );
    let mut builder = reqwest::Client::builder()
        .user_agent(settings.user_agent.clone())
        .default_headers(headers)
        // Redirects come back to the frontier one hop at a time.
        .redirect(reqwest::redirect::Policy::none())
        // Retries are ours, counted and paced per host.
        .retry(reqwest::retry::never())
        .timeout(settings.timeout)
        .connect_timeout(settings.timeout)
        .pool_max_idle_per_host(settings.per_host)
        // Sites that set a session cookie and redirect to themselves loop
        // without one, as they would in a browser with cookies off.
        .cookie_store(true)
        .tcp_nodelay(true);
    for (host, addr) in &settings.resolve {
        builder = builder.resolve(host, *addr);
    }
    builder.build().context("could not set up the HTTP client")
}

/// Crawls the site at `start` until done, or until `interrupt` turns true.
/// With a `memory`, every final answer is journaled, a resumed crawl's
/// answers are reused and the last crawl's pages are asked conditionally.
pub async fn crawl(
    settings: &CrawlSettings,
    client: reqwest::Client,
    start: Url,
    interrupt: watch::Receiver<bool>,
    progress: &Progress,
    memory: Option<memory::Memory>,
) -> (SiteCrawl, CrawlCounters) {
    let normalizer = Arc::new(Normalizer::new(&settings.session_params));
    let mut start = start;
    normalizer.normalize(&mut start);
    let hosts = settings.include_hosts.iter().filter_map(|h| HostKey::parse(h)).collect();
    let scope = Scope::new(hosts, settings.exclude.clone(), settings.external, settings.max_query_variants)
        .with_max_chain(settings.max_chain);
    let fetcher = fetch::Fetcher::new(
        client,
        settings.max_body_bytes,
        Arc::clone(&normalizer),
        Arc::clone(&settings.page_options),
    )
    .with_logins(settings.logins.clone())
    .with_attachments(settings.attachments);
    let (fetcher, sink) = match memory {
        Some(memory) => (fetcher.with_journal(memory.recall), Some(memory.sink)),
        None => (fetcher, None),
    };
    let fetcher = Arc::new(fetcher);
    let (mut site, mut counters, mut robots) = if settings.accounts_only {
        (not_crawled(start), CrawlCounters::default(), Default::default())
    } else {
        // Requests in flight within the descriptors the process may open.
        let fitted = CrawlSettings { concurrency: fds::fit(settings.concurrency), ..settings.clone() };
        frontier::Frontier::new(&fitted, Arc::clone(&fetcher), scope, start, progress, sink.clone())
            .run(interrupt.clone())
            .await
    };
    let (sheet_requests, sheet_bytes) = fetcher.stylesheets().used();
    counters.requests += sheet_requests;
    counters.bytes += sheet_bytes;
    if !settings.accounts_only && !*interrupt.borrow() {
        render::a11y::check_pages(settings, &mut site, &mut robots, &mut counters, &interrupt).await;
    }
    if !settings.accounts_only && !*interrupt.borrow() {
        search::probe(settings, &fetcher, &mut site, &mut counters, &mut robots, sink.as_ref()).await;
    }
    let specs = checks::facts::account::roster::merge(&settings.accounts, &site);
    if !specs.is_empty() {
        let started = std::time::Instant::now();
        let known = accounts::Known { robots: Arc::new(robots), journal: sink };
        let (accounts, used) =
            accounts::fetch_all(settings, fetcher, specs, settings.utc_offset, interrupt.clone(), known)
                .await;
        site.accounts = accounts;
        answer_account_links(&mut site, &normalizer);
        counters.requests += used.requests;
        counters.bytes += used.bytes;
        counters.duration += started.elapsed();
    }
    // Stopped after the pages were read (during the site search or the
    // accounts): as incomplete, and as resumable, as a run stopped mid-crawl.
    if *interrupt.borrow() {
        counters.interrupted = true;
        counters.truncated = true;
    }
    (site, counters)
}

/// Gives the links the crawl left to the account audit the answer their
/// account got, so a dead account link is a dead link like any other, and
/// no account page is requested twice.
fn answer_account_links(site: &mut SiteCrawl, normalizer: &Normalizer) {
    use checks::facts::account::facts::AccountAnswer;
    use checks::facts::crawl::{Answer, FetchOutcome, Method, SkipReason};
    let normalized = |address: &str| {
        Url::parse(address).ok().map(|mut url| {
            normalizer.normalize(&mut url);
            String::from(url)
        })
    };
    // Only accounts read at the address listed: an API read is not the link's answer.
    let by_url: std::collections::HashMap<String, &AccountAnswer> = site
        .accounts
        .iter()
        .filter(|a| normalized(&a.requested) == normalized(&a.spec.url))
        .filter_map(|a| Some((normalized(&a.requested)?, &a.answer)))
        .collect();
    for target in &mut site.targets {
        if target.outcome != FetchOutcome::Skipped(SkipReason::Account) {
            continue;
        }
        let Some(answer) = by_url.get(target.url.as_str()) else { continue };
        target.outcome = match answer {
            AccountAnswer::Answered { status, body, .. } => {
                // A challenge is the account audit's to report
                // (`account.not-evaluated`): one notice, not a second one
                // (`page.blocked`) for the link to it.
                if checks::facts::html::challenge::detect(*status, body).is_some() {
                    continue;
                }
                FetchOutcome::Answered(Answer {
                    status: *status,
                    method: Method::Get,
                    location: None,
                    content_type: None,
                    challenge: None,
                    cut: false,
                    parked: None,
                })
            }
            AccountAnswer::Failed(error) => FetchOutcome::Failed(error.clone()),
            AccountAnswer::Disallowed => FetchOutcome::Skipped(SkipReason::Robots),
            AccountAnswer::NotRequested => FetchOutcome::Skipped(SkipReason::Interrupted),
            // Never a link of the site: it has no address.
            AccountAnswer::NoAddress => continue,
        };
    }
}

/// The site's facts when only its accounts are audited: its home page,
/// deliberately not requested.
fn not_crawled(start: Url) -> SiteCrawl {
    SiteCrawl {
        root: 0,
        targets: vec![checks::facts::crawl::Target {
            url: start.to_string(),
            internal: true,
            outcome: checks::facts::crawl::FetchOutcome::Skipped(checks::facts::crawl::SkipReason::Excluded),
            page: None,
            label: None,
        }],
        ..SiteCrawl::default()
    }
}
