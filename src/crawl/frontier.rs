//! The coordinator: one task owns the frontier, the set of known URLs and
//! every per-host queue, and decides what is requested when.
//!
//! Because one owner decides, the guarantees are simple to keep: a URL is
//! interned once and requested once (redirect hops included, since each
//! hop comes back here as a URL of its own); robots.txt is fetched before
//! anything else on its origin and consulted before every request; a host
//! never has more than `per_host` requests in flight nor two request starts
//! closer than its delay. Fetches and page parsing run concurrently in
//! tasks; their results come back here in completion order.

use std::collections::{BTreeSet, HashMap, HashSet, VecDeque};
use std::sync::Arc;
use std::time::{Duration, Instant};

use checks::facts::account::platform::Platform;
use checks::facts::crawl::{
    self as site, FetchOutcome, Item, Link, PageFacts, SiteCrawl, SkipReason, Target, TargetId,
};
use checks::facts::html::PageAnalysis;
use tokio::sync::watch;
use tokio::task::JoinSet;
use url::Url;

use super::data_requests::{self, DataFetched, DataJob};
use super::fetch::{Answer, Fetched, Fetcher, RobotsFetched};
use super::memory;
use super::robots::{self, Rules};
use super::scope::{Plan, Scope, is_not_page};
use super::{CrawlCounters, CrawlSettings};
use crate::progress::{Progress, Snapshot};
use crate::store::journal::{Kind, Sink};

#[path = "render_lists.rs"]
mod render_lists;

/// Path of the URL that cannot exist, asked once per site to learn what its
/// "not found" answer looks like (for soft-404 detection). Fixed, so that
/// two runs send the same requests.
const NOT_FOUND_PROBE: &str = "/govaudit-not-found-probe-7f3a9c1e.html";

/// How often the progress line is refreshed.
const PROGRESS_EVERY: Duration = Duration::from_millis(100);

/// First retry waits this long, doubling each time.
const BACKOFF: Duration = Duration::from_millis(500);

/// The longest wait between two tries of one URL, however many retries.
const MAX_BACKOFF: Duration = Duration::from_secs(30);

/// What a host's queue holds; `Data` is a request a list page's script
/// sends (an index into `Frontier::data`).
enum Job {
    Robots,
    Target { id: TargetId, attempt: u32 },
    Data(usize),
}

struct Retry {
    wait: Duration,
    /// Hold back every request to the host, not just this one.
    pause_host: bool,
}

/// A request to send again once `at` has passed.
struct DelayedRetry {
    at: Instant,
    host: usize,
    id: TargetId,
    attempt: u32,
}

enum RobotsState {
    Pending,
    Fetching,
    Ready(Rules),
}

struct Host {
    origin: Url,
    queue: VecDeque<Job>,
    in_flight: usize,
    /// No request may start before this (delay, Crawl-delay, Retry-After).
    next_at: Instant,
    delay: Duration,
    robots: RobotsState,
}

/// What the frontier keeps per target beyond [`Target`].
struct Meta {
    plan: Plan,
    depth: u32,
    /// Redirects followed from a linked URL to reach this one.
    hops: u32,
}

/// How a URL came to be known, which decides how it is requested.
#[derive(Clone, Copy)]
enum Via {
    /// Linked from a page (or the start URL).
    Link,
    /// The `Location` of a redirect from a URL requested with `plan`.
    Redirect { plan: Plan, hops: u32 },
    /// Our own not-found probe.
    Probe,
}

enum Done {
    Robots { host: usize, fetched: RobotsFetched },
    Target { host: usize, id: TargetId, attempt: u32, fetched: Box<Fetched> },
    Data { host: usize, job: usize, fetched: Box<DataFetched> },
}

pub struct Frontier<'a> {
    settings: &'a CrawlSettings,
    fetcher: Arc<Fetcher>,
    scope: Scope,
    ids: HashMap<String, TargetId>,
    targets: Vec<Target>,
    meta: Vec<Meta>,
    pages: Vec<PageFacts>,
    hosts: Vec<Host>,
    host_ids: HashMap<String, usize>,
    /// Hosts with queued jobs, in creation order for fair round-robin.
    active: BTreeSet<usize>,
    tasks: JoinSet<Done>,
    /// What each running task works on, to recover if it panics.
    running: HashMap<tokio::task::Id, (usize, Option<TargetId>)>,
    in_flight: usize,
    retries: Vec<DelayedRetry>,
    pages_planned: usize,
    root: TargetId,
    /// The start URL and the redirects it went through: their hosts are the site's.
    root_chain: HashSet<TargetId>,
    probe: Option<TargetId>,
    not_found_page: Option<PageFacts>,
    /// One copy of each string the pages' issues carry.
    interner: checks::facts::page::Interner,
    counters: CrawlCounters,
    progress: &'a Progress,
    /// The page whose links are being registered, for the trap guard.
    linking_page: Option<Url>,
    /// Where final answers are journaled, when the crawl has a journal.
    journal: Option<Sink>,
    /// Official accounts' addresses (the config's, and those pages list):
    /// the account audit requests them, so the crawl does not.
    accounts: HashSet<String>,
    /// Links to platforms' servers (WeChat, Weibo…) met while pages are
    /// still being read: a page read later may list one as an official
    /// account, which the account audit requests, so they wait until every
    /// page is read (`None` once they have been let go; see `release_held`).
    held: Option<Vec<TargetId>>,
    /// Targets with a final answer or failure, and how many of them failed.
    checked: usize,
    failed: usize,
    last_report: Instant,
    /// Requests list pages' scripts send (see `data_requests`), and the
    /// keys of those scheduled, each sent once.
    data: Vec<DataJob>,
    data_keys: HashSet<String>,
    running_data: HashSet<tokio::task::Id>,
    /// The unread list pages have been rendered (`--render`), or need not be.
    render_done: bool,
    /// The site's attachments whose text was read, scanned.
    attachments: Vec<checks::facts::attachment::AttachmentScan>,
}

impl<'a> Frontier<'a> {
    pub fn new(
        settings: &'a CrawlSettings,
        fetcher: Arc<Fetcher>,
        scope: Scope,
        start: Url,
        progress: &'a Progress,
        journal: Option<Sink>,
    ) -> Self {
        let mut frontier = Frontier {
            settings,
            fetcher,
            scope,
            ids: HashMap::new(),
            targets: Vec::new(),
            meta: Vec::new(),
            pages: Vec::new(),
            hosts: Vec::new(),
            host_ids: HashMap::new(),
            active: BTreeSet::new(),
            tasks: JoinSet::new(),
            running: HashMap::new(),
            in_flight: 0,
            retries: Vec::new(),
            pages_planned: 0,
            root: 0,
            root_chain: HashSet::new(),
            probe: None,
            not_found_page: None,
            interner: checks::facts::page::Interner::default(),
            counters: CrawlCounters::default(),
            progress,
            linking_page: None,
            journal,
            accounts: HashSet::new(),
            held: Some(Vec::new()),
            checked: 0,
            failed: 0,
            last_report: Instant::now(),
            data: Vec::new(),
            data_keys: HashSet::new(),
            running_data: HashSet::new(),
            render_done: false,
            attachments: Vec::new(),
        };
        for spec in &settings.accounts {
            frontier.add_account(&spec.url);
        }
        frontier.scope.add_host(&start);
        frontier.root = frontier.intern(&start, 0, Via::Link);
        frontier.root_chain.insert(frontier.root);
        frontier
    }

    /// Runs until nothing is left to do or `interrupt` turns true. Returns
    /// the robots.txt rules it read too, by origin, for whatever the crawl
    /// asks afterwards (the site search), so no robots.txt is read twice.
    pub async fn run(
        mut self,
        mut interrupt: watch::Receiver<bool>,
    ) -> (SiteCrawl, CrawlCounters, HashMap<String, Rules>) {
        let started = Instant::now();
        loop {
            let wake = self.dispatch();
            if self.in_flight == 0 && wake.is_none() {
                if self.release_held() || self.render_unread_lists(&interrupt).await {
                    continue;
                }
                break;
            }
            let sleep_until = wake.unwrap_or_else(|| Instant::now() + Duration::from_secs(3600));
            tokio::select! {
                Some(done) = self.tasks.join_next_with_id(), if self.in_flight > 0 => match done {
                    Ok((task, done)) => {
                        self.running.remove(&task);
                        self.running_data.remove(&task);
                        self.complete(done);
                    }
                    Err(e) => self.task_failed(e),
                },
                _ = tokio::time::sleep_until(sleep_until.into()) => {}
                _ = interrupted(&mut interrupt) => {
                    self.counters.truncated = true;
                    self.counters.interrupted = true;
                    self.tasks.abort_all();
                    break;
                }
            }
            if self.last_report.elapsed() >= PROGRESS_EVERY {
                self.report_progress(started);
                self.last_report = Instant::now();
            }
        }
        self.counters.duration = started.elapsed();
        self.report_progress(started);
        let crawl = SiteCrawl {
            root: self.root,
            targets: self.targets,
            pages: self.pages,
            not_found_probe: self.probe,
            not_found_page: self.not_found_page,
            accounts: Vec::new(),
            search_results: None,
            rendered: Vec::new(),
            attachments: self.attachments,
        };
        let robots = self
            .hosts
            .into_iter()
            .filter_map(|h| match h.robots {
                RobotsState::Ready(rules) => Some((h.origin.origin().ascii_serialization(), rules)),
                RobotsState::Pending | RobotsState::Fetching => None,
            })
            .collect();
        (crawl, self.counters, robots)
    }

    /// Starts every request allowed now; returns when the next one may start
    /// if some are waiting on a delay.
    fn dispatch(&mut self) -> Option<Instant> {
        let now = Instant::now();
        let mut wake: Option<Instant> = self.release_due_retries(now);
        let active: Vec<usize> = self.active.iter().copied().collect();
        for h in active {
            while self.in_flight < self.settings.concurrency {
                let host = &mut self.hosts[h];
                if host.queue.is_empty() {
                    self.active.remove(&h);
                    break;
                }
                if host.in_flight >= self.settings.per_host || matches!(host.robots, RobotsState::Fetching) {
                    break;
                }
                if host.next_at > now {
                    wake = Some(wake.map_or(host.next_at, |w| w.min(host.next_at)));
                    break;
                }
                let Some(job) = host.queue.pop_front() else { break };
                if let Job::Target { id, .. } = &job
                    && let RobotsState::Ready(rules) = &host.robots
                {
                    let target = &mut self.targets[*id as usize];
                    if Url::parse(&target.url).is_ok_and(|url| !rules.allows(&url)) {
                        target.outcome = FetchOutcome::Skipped(SkipReason::Robots);
                        continue;
                    }
                }
                if let Job::Data(job) = &job
                    && let RobotsState::Ready(rules) = &host.robots
                    && !rules.allows(&self.data[*job].request.url)
                {
                    continue;
                }
                host.in_flight += 1;
                host.next_at = now + host.delay;
                self.in_flight += 1;
                self.spawn(h, job);
            }
        }
        wake
    }

    /// Puts retries whose wait is over back at the front of their host's
    /// queue; returns when the next one is due.
    fn release_due_retries(&mut self, now: Instant) -> Option<Instant> {
        let (due, waiting): (Vec<_>, Vec<_>) = self.retries.drain(..).partition(|r| r.at <= now);
        self.retries = waiting;
        for retry in due {
            self.hosts[retry.host].queue.push_front(Job::Target { id: retry.id, attempt: retry.attempt });
            self.active.insert(retry.host);
        }
        self.retries.iter().map(|r| r.at).min()
    }

    fn spawn(&mut self, h: usize, job: Job) {
        let fetcher = Arc::clone(&self.fetcher);
        let (handle, target) = match job {
            Job::Robots => {
                self.hosts[h].robots = RobotsState::Fetching;
                let url = robots::robots_url(&self.hosts[h].origin);
                let handle = self.tasks.spawn(async move {
                    let fetched = match url {
                        Some(url) => fetcher.fetch_robots(&url).await,
                        None => RobotsFetched::none(),
                    };
                    Done::Robots { host: h, fetched }
                });
                (handle, None)
            }
            Job::Target { id, attempt } => {
                let url = Url::parse(&self.targets[id as usize].url);
                let plan = self.meta[id as usize].plan;
                let home = self.meta[id as usize].depth == 0;
                let keep_alive = self.targets[id as usize].internal;
                let handle = self.tasks.spawn(async move {
                    let fetched = match url {
                        Ok(url) => fetcher.fetch(&url, plan, home, keep_alive).await,
                        Err(e) => Fetched::failed(site::NetError {
                            kind: site::NetErrorKind::Other,
                            message: e.to_string(),
                        }),
                    };
                    Done::Target { host: h, id, attempt, fetched: Box::new(fetched) }
                });
                (handle, Some(id))
            }
            Job::Data(job) => {
                let request = self.data[job].request.clone();
                let max_body = self.settings.max_body_bytes;
                let handle = self.tasks.spawn(async move {
                    let fetched =
                        data_requests::fetch(fetcher.client(), fetcher.normalizer(), &request, max_body)
                            .await;
                    Done::Data { host: h, job, fetched: Box::new(fetched) }
                });
                self.running_data.insert(handle.id());
                (handle, None)
            }
        };
        self.running.insert(handle.id(), (h, target));
    }

    /// A fetch task panicked (a page that breaks a parser, a bug): the URL is
    /// recorded as not evaluated, the error logged, and the crawl goes on.
    fn task_failed(&mut self, error: tokio::task::JoinError) {
        let Some((host, target)) = self.running.remove(&error.id()) else { return };
        tracing::error!("internal error while fetching: {error}");
        self.in_flight -= 1;
        let host = &mut self.hosts[host];
        host.in_flight -= 1;
        if self.running_data.remove(&error.id()) {
            return;
        }
        match target {
            Some(id) => self.targets[id as usize].outcome = FetchOutcome::Skipped(SkipReason::InternalError),
            // Without robots.txt, go on as if it had no rules.
            None => host.robots = RobotsState::Ready(Rules::AllowAll),
        }
    }

    fn complete(&mut self, done: Done) {
        self.in_flight -= 1;
        match done {
            Done::Robots { host, fetched } => {
                self.counters.requests += u64::from(fetched.requests);
                self.counters.bytes += fetched.bytes;
                if fetched.replayed {
                    self.counters.reused += 1;
                } else if let Some(sink) = &self.journal
                    && let Some(url) = robots::robots_url(&self.hosts[host].origin)
                {
                    let (entry, body) = memory::robots_entry(&fetched);
                    sink.record(url.as_str(), Kind::Robots, entry, body);
                }
                let agent = robots::agent_token(&self.settings.user_agent);
                let rules = Rules::from_answer(agent, fetched.status, &fetched.body);
                let host = &mut self.hosts[host];
                host.in_flight -= 1;
                if let Some(delay) = rules.crawl_delay() {
                    host.delay = host.delay.max(delay);
                }
                host.robots = RobotsState::Ready(rules);
                // The same rules again (they are not `Clone`), for the pages' stylesheets.
                let sheet_rules = Rules::from_answer(agent, fetched.status, &fetched.body);
                self.fetcher.stylesheets().know_host(&host.origin, sheet_rules, host.delay);
            }
            Done::Data { host, job, fetched } => {
                self.hosts[host].in_flight -= 1;
                self.data_answered(job, *fetched);
            }
            Done::Target { host, id, attempt, mut fetched } => {
                self.counters.requests += u64::from(fetched.requests);
                self.counters.bytes += fetched.bytes;
                self.hosts[host].in_flight -= 1;
                // A replayed answer was final when it was journaled.
                let retry = if fetched.replayed { None } else { self.retry_wait(&fetched, attempt) };
                if let Some(retry) = retry {
                    let at = Instant::now() + retry.wait;
                    if retry.pause_host {
                        let host_state = &mut self.hosts[host];
                        host_state.next_at = host_state.next_at.max(at);
                    }
                    self.retries.push(DelayedRetry { at, host, id, attempt: attempt + 1 });
                    return;
                }
                let scanned = fetched.scanned.take().map(|mut scan| {
                    scan.target = id;
                    scan
                });
                let local_failure = fetched.local_failure;
                let rate_limited = matches!(&fetched.result, Ok(a) if self.gave_up_waiting(a));
                let fetched = self.journal_answer(id, *fetched);
                self.attachments.extend(scanned);
                match fetched {
                    Ok(answer) => self.record_answer(id, answer),
                    Err(error) => self.targets[id as usize].outcome = FetchOutcome::Failed(error),
                }
                // Neither says anything about the URL: not dead.
                if local_failure {
                    self.targets[id as usize].outcome = FetchOutcome::Skipped(SkipReason::InternalError);
                } else if rate_limited {
                    self.targets[id as usize].outcome = FetchOutcome::Skipped(SkipReason::RateLimited);
                }
                self.checked += 1;
                if is_failure(&self.targets[id as usize].outcome) {
                    self.failed += 1;
                }
            }
        }
    }

    /// Counts a final answer and journals it (unless it came from the
    /// journal); returns what the crawl goes on with.
    fn journal_answer(&mut self, id: TargetId, mut fetched: Fetched) -> Result<Answer, site::NetError> {
        let kept = fetched.kept.take();
        let not_modified = kept.as_ref().is_some_and(memory::Kept::not_modified);
        if let Some((_, extracted)) = &fetched.extracted {
            let counts = &mut self.counters.attachments;
            counts.read += 1;
            counts.not_modified += u64::from(not_modified);
            counts.cut += u64::from(extracted.cut.is_some());
        } else if not_modified {
            self.counters.not_modified += 1;
        }
        if fetched.replayed {
            self.counters.reused += 1;
        } else if let Some(sink) = &self.journal {
            let kind = if fetched.extracted.is_some() {
                Kind::Attachment
            } else if self.meta[id as usize].plan == Plan::Crawl {
                Kind::Page
            } else {
                Kind::Check
            };
            let (entry, body) = memory::entry(&fetched, kept);
            sink.record(&self.targets[id as usize].url, kind, entry, body);
        }
        fetched.result
    }

    /// Whether and when to ask again: after network failures other than
    /// timeouts, 5xx and 429. Only 429 and 503 say the server is overloaded,
    /// so only they hold back the whole host; a broken page waits alone.
    /// A final answer that only says "not now": 429 (after our retries),
    /// or a `Retry-After` longer than we wait. The URL is given up as
    /// rate-limited; the host's other URLs go on.
    fn gave_up_waiting(&self, a: &super::fetch::Answer) -> bool {
        a.status == 429
            || (a.status == 503 && a.retry_after.is_some_and(|wait| wait > self.settings.max_retry_after))
    }

    fn retry_wait(&self, fetched: &Fetched, attempt: u32) -> Option<Retry> {
        if attempt >= self.settings.retries {
            return None;
        }
        if let Ok(a) = &fetched.result
            && a.retry_after.is_some_and(|wait| wait > self.settings.max_retry_after)
        {
            // Waiting that long would stall the crawl: give the URL up.
            return None;
        }
        let backoff = BACKOFF.saturating_mul(2u32.saturating_pow(attempt)).min(MAX_BACKOFF);
        match &fetched.result {
            Err(e) if e.kind != site::NetErrorKind::Timeout => {
                Some(Retry { wait: backoff, pause_host: false })
            }
            Ok(a) if a.challenge.is_none() && (a.status >= 500 || a.status == 429) => Some(Retry {
                wait: a.retry_after.unwrap_or(backoff),
                pause_host: matches!(a.status, 429 | 503),
            }),
            _ => None,
        }
    }

    fn record_answer(&mut self, id: TargetId, mut answer: Answer) {
        let meta = &self.meta[id as usize];
        let (plan, depth, hops) = (meta.plan, meta.depth, meta.hops);
        let location = answer.location.take().map(|url| {
            if self.root_chain.contains(&id) {
                // The home page moved (to https, to www.): that host is the site too.
                self.scope.add_host(&url);
            }
            let next = self.intern(&url, depth, Via::Redirect { plan, hops: hops + 1 });
            if self.root_chain.contains(&id) {
                self.root_chain.insert(next);
            }
            next
        });
        let page = answer.page.take().filter(|_| (200..300).contains(&answer.status));
        let mut page_index = None;
        if let Some(mut analysis) = page {
            if Some(id) == self.probe {
                self.not_found_page = Some(PageFacts::new(id, analysis, Vec::new(), Vec::new()));
            } else if plan == Plan::Crawl && self.targets[id as usize].internal {
                if self.root_chain.contains(&id) && self.probe.is_none() {
                    self.schedule_probe(id);
                }
                for account in &analysis.accounts {
                    self.add_account(account.url.as_str());
                }
                self.linking_page = Url::parse(&self.targets[id as usize].url).ok();
                let links = self.intern_links(&analysis, depth + 1);
                let items = self.intern_items(&analysis, depth + 1);
                self.linking_page = None;
                let requests = std::mem::take(&mut analysis.data_requests);
                let index = self.pages.len() as u32;
                page_index = Some(index);
                let mut facts = PageFacts::new(id, analysis, links, items);
                self.interner.intern(&mut facts.issues);
                self.pages.push(facts);
                for request in requests {
                    self.schedule_data(request, index, depth, 0);
                }
            }
        }
        let target = &mut self.targets[id as usize];
        target.page = page_index;
        target.outcome = answer.into_outcome(location);
    }

    fn intern_links(&mut self, analysis: &PageAnalysis, depth: u32) -> Vec<Link> {
        let mut links = Vec::with_capacity(analysis.links.len());
        for l in &analysis.links {
            // A meta refresh is a redirect written in HTML: its target is as
            // deep as the page (a portal's `/` that refreshes to
            // `/portal/index.html` leads to the real home page, depth 0).
            let depth = if l.element == site::Element::Meta { depth.saturating_sub(1) } else { depth };
            let target = self.intern(&l.url, depth, Via::Link);
            let known = &mut self.targets[target as usize].label;
            if known.is_none() {
                known.clone_from(&l.label);
            }
            links.push(Link { target, element: l.element });
        }
        links
    }

    /// List items point at links of the same page, so they are known already.
    fn intern_items(&mut self, analysis: &PageAnalysis, depth: u32) -> Vec<Item> {
        let items = analysis.items.iter();
        items
            .map(|i| Item {
                target: self.intern(&i.url, depth, Via::Link),
                title: i.title.clone(),
                date: i.date,
            })
            .collect()
    }

    /// Queues a request a list page's script sends, if the crawl may send
    /// it: inside the site and not excluded, not sent before, and within the
    /// list's bound. robots.txt is asked when its turn comes.
    fn schedule_data(
        &mut self,
        request: checks::facts::html::scripted::DataRequest,
        page: u32,
        depth: u32,
        chain: u32,
    ) {
        let internal = self.scope.is_internal(&request.url);
        if !internal
            || chain >= data_requests::MAX_LIST_PAGES
            || self.scope.skip_reason(&request.url, true, None).is_some()
        {
            return;
        }
        if !self.data_keys.insert(request.key()) {
            return;
        }
        let url = request.url.clone();
        let job = self.data.len();
        self.data.push(DataJob { request, page, depth, chain });
        let h = self.host_of(&url);
        self.hosts[h].queue.push_back(Job::Data(job));
        self.active.insert(h);
    }

    /// Adds the items a data request brought to the list page that asked,
    /// as its items and links (so they are requested, checked, and count
    /// for its column), and asks for the next part of the list.
    fn data_answered(&mut self, job: usize, fetched: DataFetched) {
        self.counters.requests += u64::from(fetched.requests);
        self.counters.bytes += fetched.bytes;
        let (page, depth, chain) = {
            let j = &self.data[job];
            (j.page as usize, j.depth, j.chain)
        };
        self.attach_items(page, depth, fetched.items);
        if let Some(next) = fetched.next {
            self.schedule_data(next, page as u32, depth, chain + 1);
        }
    }

    /// Adds items a script's list holds to the list page at `page` (of
    /// `depth`): its items and links, so they are requested, checked, and
    /// count for its column.
    fn attach_items(&mut self, page: usize, depth: u32, items: Vec<checks::facts::html::list::FoundItem>) {
        for found in items {
            let target = self.intern(&found.url, depth + 1, Via::Link);
            let facts = &mut self.pages[page];
            if !facts.items.iter().any(|i| i.target == target) {
                facts.items.push(Item { target, title: found.title, date: found.date });
            }
            if !facts.links.iter().any(|l| l.target == target) {
                facts.links.push(Link { target, element: site::Element::A });
            }
        }
    }

    fn add_account(&mut self, address: &str) {
        if let Ok(mut url) = Url::parse(address) {
            self.fetcher.normalizer().normalize(&mut url);
            self.accounts.insert(url.into());
        }
    }

    /// Asks once for a URL of the site that cannot exist.
    fn schedule_probe(&mut self, home: TargetId) {
        let Ok(home) = Url::parse(&self.targets[home as usize].url) else { return };
        let Ok(probe) = home.join(NOT_FOUND_PROBE) else { return };
        if self.ids.contains_key(probe.as_str()) {
            return;
        }
        let id = self.intern(&probe, 0, Via::Probe);
        self.probe = Some(id);
    }

    /// The id of `url`, registering and scheduling it when new.
    fn intern(&mut self, url: &Url, depth: u32, via: Via) -> TargetId {
        if let Some(&id) = self.ids.get(url.as_str()) {
            return id;
        }
        let id = self.targets.len() as TargetId;
        let internal = self.scope.is_internal(url);
        let hops = match via {
            Via::Redirect { hops, .. } => hops,
            Via::Link | Via::Probe => 0,
        };
        let skip = if hops > site::MAX_REDIRECTS {
            // An endless chain of redirects to new URLs: stop following.
            Some(SkipReason::Trap)
        } else {
            let account = matches!(via, Via::Link) && self.accounts.contains(url.as_str());
            let parent = self.linking_page.as_ref().filter(|_| matches!(via, Via::Link));
            self.scope.skip_reason(url, internal, parent).or(account.then_some(SkipReason::Account))
        };
        let plan = self.plan(url, internal, depth, via);
        self.ids.insert(url.as_str().to_owned(), id);
        self.targets.push(Target {
            url: url.as_str().to_owned(),
            internal,
            outcome: FetchOutcome::Skipped(skip.unwrap_or(SkipReason::Interrupted)),
            page: None,
            label: None,
        });
        self.meta.push(Meta { plan, depth, hops });
        if skip.is_none() {
            match &mut self.held {
                Some(held) if matches!(via, Via::Link) && !internal && Platform::is_platform_host(url) => {
                    held.push(id);
                }
                _ => self.enqueue(url, id),
            }
        }
        id
    }

    /// Lets the held platform links go once every page has been read: those
    /// a page listed as an account are left to the account audit, the rest
    /// are checked like any other link. Returns whether any was queued.
    fn release_held(&mut self) -> bool {
        let Some(held) = self.held.take() else { return false };
        let mut queued = false;
        for id in held {
            let target = &mut self.targets[id as usize];
            if self.accounts.contains(&target.url) {
                target.outcome = FetchOutcome::Skipped(SkipReason::Account);
                continue;
            }
            // It was parsed from this very string when it was registered.
            let Ok(url) = Url::parse(&target.url) else { continue };
            self.enqueue(&url, id);
            queued = true;
        }
        queued
    }

    fn plan(&mut self, url: &Url, internal: bool, depth: u32, via: Via) -> Plan {
        match via {
            // Ours, not the site's: never counted against max_pages.
            Via::Probe => return Plan::Crawl,
            Via::Redirect { plan: Plan::Check, .. } => return Plan::Check,
            Via::Link | Via::Redirect { .. } => {}
        }
        if !internal || is_not_page(url) {
            return Plan::Check;
        }
        let too_deep = self.settings.max_depth.is_some_and(|max| depth > max);
        if too_deep || self.pages_planned >= self.settings.max_pages {
            // Still checked, but not parsed: the crawl is a lower bound now.
            self.counters.truncated = true;
            return Plan::Check;
        }
        self.pages_planned += 1;
        Plan::Crawl
    }

    fn enqueue(&mut self, url: &Url, id: TargetId) {
        let h = self.host_of(url);
        self.hosts[h].queue.push_back(Job::Target { id, attempt: 0 });
        self.active.insert(h);
    }

    /// The host state of `url`'s origin, created (robots.txt first) when new.
    fn host_of(&mut self, url: &Url) -> usize {
        let origin = url.origin().ascii_serialization();
        match self.host_ids.get(&origin) {
            Some(&h) => h,
            None => {
                let h = self.hosts.len();
                let mut queue = VecDeque::new();
                queue.push_back(Job::Robots);
                self.hosts.push(Host {
                    origin: url.clone(),
                    queue,
                    in_flight: 0,
                    next_at: Instant::now(),
                    delay: self.settings.delay,
                    robots: RobotsState::Pending,
                });
                self.host_ids.insert(origin, h);
                h
            }
        }
    }

    fn report_progress(&self, started: Instant) {
        let queued: usize = self.hosts.iter().map(|h| h.queue.len()).sum();
        self.progress.update(&Snapshot {
            pages: self.pages.len(),
            queued: queued + self.in_flight + self.held.as_ref().map_or(0, Vec::len),
            checked: self.checked,
            failed: self.failed,
            elapsed: started.elapsed(),
        });
    }
}

/// Resolves when the user asks to stop; never, if no one can ask.
async fn interrupted(rx: &mut watch::Receiver<bool>) {
    if rx.wait_for(|stop| *stop).await.is_err() {
        std::future::pending::<()>().await;
    }
}

fn is_failure(outcome: &FetchOutcome) -> bool {
    match outcome {
        FetchOutcome::Failed(_) => true,
        FetchOutcome::Answered(a) => a.status >= 400 && a.challenge.is_none(),
        FetchOutcome::Skipped(_) => false,
    }
}
