//! The one site search an audit sends (`site.search-broken`), after the
//! crawl: the request `checks::site::search_broken::plan` decides from the
//! crawl (the home page's GET search form, filled with the newest article's
//! title), sent once, within robots.txt and the crawl delay, redirects
//! followed like a browser. The answer is kept in the crawl as the target
//! of that URL, and the results page's links to pages the crawl already
//! knows as `search_results`: not among the site's pages, so no other check
//! reads it as a page of the site (its markup, its items, its links are not
//! audited, and it does not count in `stats.pages`). Its answers are
//! journaled like the crawl's, so a resumed run does not send it again.

use std::collections::HashMap;

use checks::facts::crawl::{FetchOutcome, SearchResults, SiteCrawl, SkipReason, Target, TargetId};
use url::Url;

use super::fetch::Fetcher;
use super::memory;
use super::robots::{self, Rules};
use super::scope::Plan;
use super::{CrawlCounters, CrawlSettings};
use crate::store::journal::{Kind, Sink};

/// Redirects a search may take (to the consolidated platform's search).
const MAX_REDIRECTS: u32 = 3;

/// Sends the search, if the crawl calls for one, and records its answer.
pub(super) async fn probe(
    settings: &CrawlSettings,
    fetcher: &Fetcher,
    site: &mut SiteCrawl,
    counters: &mut CrawlCounters,
    robots: &mut HashMap<String, Rules>,
    journal: Option<&Sink>,
) {
    let Some(plan) = checks::site::search_broken::plan(site) else { return };
    // A URL the crawl already met was requested (or deliberately not)
    // once: its answer stands.
    if site.targets.iter().any(|t| t.url == plan.url) {
        return;
    }
    let Ok(mut url) = Url::parse(&plan.url) else { return };
    let first = add_target(site, &plan.url);
    let mut current = first;
    for hop in 0..=MAX_REDIRECTS {
        if !allowed(settings, fetcher, &url, counters, robots, journal).await {
            site.targets[current as usize].outcome = FetchOutcome::Skipped(SkipReason::Robots);
            return;
        }
        tokio::time::sleep(settings.delay).await;
        let mut fetched = fetcher.fetch(&url, Plan::Crawl, false, true).await;
        counters.requests += u64::from(fetched.requests);
        counters.bytes += fetched.bytes;
        if let Some(sink) = journal.filter(|_| !fetched.replayed) {
            let kept = fetched.kept.take();
            let (entry, body) = memory::entry(&fetched, kept);
            sink.record(url.as_str(), Kind::Page, entry, body);
        }
        let answer = match fetched.result {
            Err(error) => {
                site.targets[current as usize].outcome = FetchOutcome::Failed(error);
                return;
            }
            Ok(answer) => answer,
        };
        let mut answer = answer;
        let next = answer.location.clone().filter(|_| hop < MAX_REDIRECTS);
        let location = next.as_ref().map(|u| add_target(site, u.as_str()));
        let results = answer.page.take().filter(|_| (200..300).contains(&answer.status));
        if let Some(analysis) = &results {
            // Links to pages the crawl knows: enough to tell whether the
            // article was found, nothing more to audit.
            let known: HashMap<&str, usize> =
                site.targets.iter().enumerate().map(|(i, t)| (t.url.as_str(), i)).collect();
            let links = analysis
                .links
                .iter()
                .filter_map(|l| known.get(l.url.as_str()).map(|i| *i as TargetId))
                .collect();
            site.search_results = Some(SearchResults { target: current, links });
        }
        site.targets[current as usize].outcome = answer.into_outcome(location);
        match (next, location) {
            (Some(u), Some(id))
                if results.is_none()
                    && matches!(
                        site.targets[id as usize].outcome,
                        FetchOutcome::Skipped(SkipReason::Interrupted)
                    ) =>
            {
                url = u;
                current = id;
            }
            _ => return,
        }
    }
}

/// The target for `url`, added when the crawl does not know it yet.
fn add_target(site: &mut SiteCrawl, url: &str) -> TargetId {
    if let Some(i) = site.targets.iter().position(|t| t.url == url) {
        return i as TargetId;
    }
    site.targets.push(Target {
        url: url.to_owned(),
        internal: true,
        outcome: FetchOutcome::Skipped(SkipReason::Interrupted),
        page: None,
        label: None,
    });
    (site.targets.len() - 1) as TargetId
}

/// Whether robots.txt lets the search through: the crawl's rules for the
/// origin, or (another host) one request for its file.
async fn allowed(
    settings: &CrawlSettings,
    fetcher: &Fetcher,
    url: &Url,
    counters: &mut CrawlCounters,
    robots: &mut HashMap<String, Rules>,
    journal: Option<&Sink>,
) -> bool {
    let origin = url.origin().ascii_serialization();
    if !robots.contains_key(&origin) {
        let rules = match robots::robots_url(url) {
            Some(robots_url) => {
                let fetched = fetcher.fetch_robots(&robots_url).await;
                counters.requests += u64::from(fetched.requests);
                counters.bytes += fetched.bytes;
                if let Some(sink) = journal.filter(|_| !fetched.replayed) {
                    let (entry, body) = memory::robots_entry(&fetched);
                    sink.record(robots_url.as_str(), Kind::Robots, entry, body);
                }
                Rules::from_answer(robots::agent_token(&settings.user_agent), fetched.status, &fetched.body)
            }
            None => Rules::AllowAll,
        };
        robots.insert(origin.clone(), rules);
    }
    robots.get(&origin).is_none_or(|rules| rules.allows(url))
}
