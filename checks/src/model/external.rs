//! The site's links to other sites, each target with the pages that link
//! it: what the checks of where external links go (`link.parked-domain`,
//! `link.foreign-redirect`, `link.blocked-host`, `link.commercial`) read.

use std::collections::BTreeMap;

use crate::facts::crawl::{Element, TargetId};
use crate::model::site::SiteContext;

/// One external target and the pages reported on that link to it.
pub struct ExternalLink {
    pub target: TargetId,
    /// The linking pages, the home page first, then in crawl order.
    pub pages: Vec<TargetId>,
}

/// Pages named in a finding's evidence; the rest are counted.
pub const PAGES_LISTED: usize = 5;

/// Every external target a page links to with `<a>` or `<area>` (what a
/// visitor clicks; embedded resources are the page's own), in the order
/// the crawl first met them.
pub fn linked(ctx: &SiteContext<'_>) -> Vec<ExternalLink> {
    let mut order: Vec<TargetId> = Vec::new();
    let mut pages: BTreeMap<TargetId, Vec<TargetId>> = BTreeMap::new();
    for page in ctx.pages() {
        for link in &page.links {
            if !matches!(link.element, Element::A | Element::Area) || ctx.crawl.target(link.target).internal {
                continue;
            }
            let linking = pages.entry(link.target).or_insert_with(|| {
                order.push(link.target);
                Vec::new()
            });
            if !linking.contains(&page.target) {
                linking.push(page.target);
            }
        }
    }
    order
        .into_iter()
        .map(|target| {
            let mut pages = pages.remove(&target).unwrap_or_default();
            pages.sort_by_key(|&p| p != ctx.home);
            ExternalLink { target, pages }
        })
        .collect()
}

/// The host of a target's URL, lower case (empty when it has none).
pub fn host_of(ctx: &SiteContext<'_>, target: TargetId) -> String {
    url::Url::parse(&ctx.crawl.target(target).url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_ascii_lowercase))
        .unwrap_or_default()
}

/// The linking pages as a finding's evidence lists them: the first
/// [`PAGES_LISTED`], and how many more.
pub fn pages_evidence(ctx: &SiteContext<'_>, pages: &[TargetId]) -> String {
    let listed: Vec<&str> =
        pages.iter().take(PAGES_LISTED).map(|&p| ctx.crawl.target(p).url.as_str()).collect();
    let more = pages.len().saturating_sub(PAGES_LISTED);
    let mut text = ctx.lang.word_with(
        "link-external-linked-from",
        &[("count", pages.len().into()), ("pages", listed.join(" ").into())],
    );
    if more > 0 {
        text.push_str(&ctx.lang.word_with("link-external-more-pages", &[("more", more.into())]));
    }
    text
}
