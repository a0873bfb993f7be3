//! The crawler: the only code in govaudit that touches the network.
//!
//! [`crawl`] takes a start URL and returns a [`SiteCrawl`]: every distinct
//! URL met with its outcome, and the facts of every page parsed. See
//! `frontier` for the guarantees (politeness, each URL once) and `fetch`
//! for how one URL is asked.

pub mod accounts;
mod decode;
mod fetch;
mod frontier;
pub mod probe;
mod robots;
pub mod scope;
mod search;

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use checks::site::SiteCrawl;
use checks::url_norm::Normalizer;
use regex::Regex;
use tokio::sync::watch;
use url::Url;

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
    pub max_body_bytes: usize,
    /// Host names answered from this table instead of DNS (like curl's
    /// `--resolve`): for staging servers, and for the offline demo.
    pub resolve: BTreeMap<String, SocketAddr>,
    /// What the page checks take from the config (language, wrong words).
    pub page_options: Arc<checks::page_check::PageOptions>,
    /// Official accounts from the config, audited with the site.
    pub accounts: Vec<checks::account::facts::AccountSpec>,
    /// Audit only those accounts: the site itself is not crawled.
    pub accounts_only: bool,
    /// The site's UTC offset: account pages write times in it.
    pub utc_offset: chrono::FixedOffset,
}

/// Counters only the crawl itself can know.
#[derive(Clone, Debug, Default)]
pub struct CrawlCounters {
    pub requests: u64,
    pub bytes: u64,
    pub duration: Duration,
    /// A limit or an interruption left part of the site unvisited.
    pub truncated: bool,
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
pub async fn crawl(
    settings: &CrawlSettings,
    client: reqwest::Client,
    start: Url,
    interrupt: watch::Receiver<bool>,
    progress: &Progress,
) -> (SiteCrawl, CrawlCounters) {
    let normalizer = Arc::new(Normalizer::new(&settings.session_params));
    let mut start = start;
    normalizer.normalize(&mut start);
    let hosts = settings.include_hosts.iter().filter_map(|h| HostKey::parse(h)).collect();
    let scope = Scope::new(hosts, settings.exclude.clone(), settings.external, settings.max_query_variants);
    let fetcher = Arc::new(fetch::Fetcher::new(
        client,
        settings.max_body_bytes,
        normalizer,
        Arc::clone(&settings.page_options),
    ));
    let (mut site, mut counters) = if settings.accounts_only {
        (not_crawled(start), CrawlCounters::default())
    } else {
        frontier::Frontier::new(settings, Arc::clone(&fetcher), scope, start, progress)
            .run(interrupt.clone())
            .await
    };
    if !settings.accounts_only && !*interrupt.borrow() {
        search::probe(settings, &fetcher, &mut site, &mut counters).await;
    }
    let specs = checks::account::roster::merge(&settings.accounts, &site);
    if !specs.is_empty() {
        let started = std::time::Instant::now();
        let (accounts, used) =
            accounts::fetch_all(settings, fetcher, specs, settings.utc_offset, interrupt).await;
        site.accounts = accounts;
        counters.requests += used.requests;
        counters.bytes += used.bytes;
        counters.duration += started.elapsed();
    }
    (site, counters)
}

/// The site's facts when only its accounts are audited: its home page,
/// deliberately not requested.
fn not_crawled(start: Url) -> SiteCrawl {
    SiteCrawl {
        root: 0,
        targets: vec![checks::site::Target {
            url: start.to_string(),
            internal: true,
            outcome: checks::site::FetchOutcome::Skipped(checks::site::SkipReason::Excluded),
            page: None,
            label: None,
        }],
        ..SiteCrawl::default()
    }
}
