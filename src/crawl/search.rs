//! The one site search an audit sends (`site.search-broken`), after the
//! crawl: the request `checks::site::search_broken::plan` decides from the
//! crawl (the home page's GET search form, filled with the newest article's
//! title), sent once, within robots.txt and the crawl delay, redirects
//! followed like a browser. The answer is kept in the crawl as the target
//! of that URL; its page holds only its title and its links to pages the
//! crawl already knows, so no other check reads the results page as a page
//! of the site (its markup, its items, its links are not audited).

use checks::site::{self, FetchOutcome, Link, PageFacts, SiteCrawl, SkipReason, Target, TargetId};
use url::Url;

use super::fetch::Fetcher;
use super::robots::{self, Rules};
use super::scope::Plan;
use super::{CrawlCounters, CrawlSettings};

/// Redirects a search may take (to the consolidated platform's search).
const MAX_REDIRECTS: u32 = 3;

/// Sends the search, if the crawl calls for one, and records its answer.
pub(super) async fn probe(
    settings: &CrawlSettings,
    fetcher: &Fetcher,
    site: &mut SiteCrawl,
    counters: &mut CrawlCounters,
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
        if !allowed(settings, fetcher, &url, counters).await {
            site.targets[current as usize].outcome = FetchOutcome::Skipped(SkipReason::Robots);
            return;
        }
        tokio::time::sleep(settings.delay).await;
        let fetched = fetcher.fetch(&url, Plan::Crawl, false).await;
        counters.requests += u64::from(fetched.requests);
        counters.bytes += fetched.bytes;
        let answer = match fetched.result {
            Err(error) => {
                site.targets[current as usize].outcome = FetchOutcome::Failed(error);
                return;
            }
            Ok(answer) => answer,
        };
        let next = answer.location.clone().filter(|_| hop < MAX_REDIRECTS);
        let location = next.as_ref().map(|u| add_target(site, u.as_str()));
        if let Some(analysis) = answer.page.filter(|_| (200..300).contains(&answer.status)) {
            // Links to pages the crawl knows: enough to tell whether the
            // article was found, nothing more to audit.
            let links: Vec<Link> = analysis
                .links
                .iter()
                .filter_map(|l| {
                    let target = site.targets.iter().position(|t| t.url == l.url.as_str())?;
                    Some(Link { target: target as TargetId, element: l.element })
                })
                .collect();
            let facts = PageFacts { target: current, links, title: analysis.title, ..PageFacts::default() };
            site.targets[current as usize].page = Some(site.pages.len() as u32);
            site.pages.push(facts);
        }
        site.targets[current as usize].outcome = FetchOutcome::Answered(site::Answer {
            status: answer.status,
            method: answer.method,
            location,
            content_type: answer.content_type,
            challenge: answer.challenge.map(str::to_owned),
            cut: answer.cut,
        });
        match (next, location) {
            (Some(u), Some(id)) if site.targets[id as usize].page.is_none() => {
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

/// Whether robots.txt lets the search through (one request for the file).
async fn allowed(
    settings: &CrawlSettings,
    fetcher: &Fetcher,
    url: &Url,
    counters: &mut CrawlCounters,
) -> bool {
    let Some(robots_url) = robots::robots_url(url) else { return true };
    let fetched = fetcher.fetch_robots(&robots_url).await;
    counters.requests += u64::from(fetched.requests);
    counters.bytes += fetched.bytes;
    Rules::from_answer(robots::agent_token(&settings.user_agent), fetched.status, &fetched.body).allows(url)
}
