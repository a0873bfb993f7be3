//! The model a site check reads: the crawl, the home page, the pages
//! reported on and the joins several checks share, each built once.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hasher};

use chrono::NaiveDate;

use crate::facts::crawl::{Element, PageFacts, SiteCrawl, TargetId};
use crate::lang::Lang;
use crate::model::column::{self, Column};
use crate::model::consultations;
use crate::model::settings::AuditSettings;
use crate::model::verdicts::Verdicts;

/// What a site check sees: the whole crawl and the judgements shared by
/// several checks, computed once.
pub struct SiteContext<'a> {
    pub crawl: &'a SiteCrawl,
    /// The home page: the start URL after redirects.
    pub home: TargetId,
    pub verdicts: Verdicts,
    pub lang: Lang,
    pub as_of: NaiveDate,
    pub settings: &'a AuditSettings,
    /// The site's columns with their freshness, found once for every check.
    pub columns: Vec<Column>,
    /// The official accounts, each judged once.
    pub accounts: Vec<crate::model::accounts::Judged<'a>>,
    /// The consultation columns (县长信箱, 网上咨询 …) and their messages.
    pub consultations: Vec<consultations::Consultation>,
    /// Per page: false when it is an exact copy of another page.
    canonical: Vec<bool>,
}

impl<'a> SiteContext<'a> {
    /// The model of `crawl`. The registry's `SiteContext::new` passes what
    /// only the checks know: `home_only`, the page checks that ran on the
    /// pages reached first only, and `stale`, the rule of `column.stale`.
    pub fn build(
        crawl: &'a SiteCrawl,
        settings: &'a AuditSettings,
        home_only: &[&str],
        stale: column::StaleRule,
    ) -> Self {
        let home = home_page(crawl);
        let canonical = canonical_pages(crawl, home, home_only);
        let pages = crawl.pages.iter().zip(&canonical).filter(|(_, keep)| **keep).map(|(p, _)| p);
        let columns = column::discover(crawl, pages, home, settings, stale);
        let accounts = crawl
            .accounts
            .iter()
            .map(|facts| {
                crate::model::accounts::judge(facts, settings.as_of, settings.limits.account, settings.lang)
            })
            .collect();
        let consultations = consultations::consultations(crawl, &columns, settings.as_of);
        SiteContext {
            accounts,
            consultations,
            crawl,
            home,
            verdicts: Verdicts::new(crawl, home),
            lang: settings.lang,
            as_of: settings.as_of,
            settings,
            columns,
            canonical,
        }
    }

    /// The pages findings are reported on: one of each set of exact copies.
    pub fn pages(&self) -> impl Iterator<Item = &'a PageFacts> + '_ {
        self.crawl.pages.iter().zip(&self.canonical).filter(|(_, keep)| **keep).map(|(p, _)| p)
    }
}

/// Pages with less visible text than this that refresh elsewhere are
/// stubs, not the home page.
const REFRESH_STUB_TEXT: u32 = 200;

/// The home page: the start URL after HTTP redirects and after the meta
/// refreshes of stub pages (`/` → `<meta http-equiv="refresh"
/// content="0;url=/portal/index.html">` is common on county portals).
pub fn home_page(crawl: &SiteCrawl) -> TargetId {
    let resolved = crawl.resolve(crawl.root);
    if resolved.broken.is_some() {
        return crawl.root;
    }
    let mut home = resolved.target;
    let mut seen = vec![home];
    for _ in 0..MAX_REFRESH_HOPS {
        let Some(page) = crawl.page_of(home) else { break };
        let refresh = page.links.iter().find(|l| l.element == Element::Meta);
        let Some(next) = refresh.filter(|_| page.text_len < REFRESH_STUB_TEXT) else { break };
        let resolved = crawl.resolve(next.target);
        if resolved.broken.is_some()
            || seen.contains(&resolved.target)
            || crawl.page_of(resolved.target).is_none()
        {
            break;
        }
        home = resolved.target;
        seen.push(home);
    }
    home
}

/// Refresh stubs followed at most, in a chain.
const MAX_REFRESH_HOPS: usize = 3;

/// Marks one page of each set of exact copies (same visible text, same
/// links, same page-check issues) as the one to report on: the home page, else the shortest URL.
/// Portals answer `/`, `/index.html` and `/index.html?from=nav` with one
/// page; inspectors count its problems once.
fn canonical_pages(crawl: &SiteCrawl, home: TargetId, home_only: &[&str]) -> Vec<bool> {
    let mut best: HashMap<(u64, u64), usize> = HashMap::new();
    for (i, page) in crawl.pages.iter().enumerate() {
        let mut hasher = DefaultHasher::new();
        page.links.iter().for_each(|l| hasher.write_u32(l.target));
        // Pages that read alike but differ in markup (one lacks `lang`, one
        // has an image without alt) are not copies: their issues differ.
        // Home-page checks ran only on the pages reached first, so they do
        // not tell `/` from its copy `/index.html`.
        for issue in page.issues.iter().filter(|i| !home_only.contains(&i.check)) {
            hasher.write(issue.check.as_bytes());
            hasher.write(issue.selector.as_deref().unwrap_or_default().as_bytes());
            hasher.write(&issue.evidence.as_bytes()[..issue.evidence.len().min(64)]);
        }
        let key = (page.text_hash, hasher.finish());
        let rank = |i: usize| {
            let p = &crawl.pages[i];
            let url = &crawl.target(p.target).url;
            (p.target != home, url.len(), url.as_str())
        };
        best.entry(key)
            .and_modify(|b| {
                if rank(i) < rank(*b) {
                    *b = i
                }
            })
            .or_insert(i);
    }
    let mut keep = vec![false; crawl.pages.len()];
    for i in best.into_values() {
        keep[i] = true;
    }
    keep
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_are_pages_alike_in_text_links_and_issues() {
        use crate::facts::crawl::{FetchOutcome, SkipReason, Target};
        use crate::facts::page::PageIssue;
        let target = |url: &str| Target {
            url: url.to_owned(),
            internal: true,
            outcome: FetchOutcome::Skipped(SkipReason::Excluded),
            page: None,
            label: None,
        };
        let page = |id: TargetId, issues: Vec<PageIssue>| PageFacts {
            target: id,
            text_hash: 7,
            issues,
            ..PageFacts::default()
        };
        let no_lang =
            || PageIssue { check: "a11y.html-has-lang", evidence: "<html>".into(), ..PageIssue::default() };
        let no_entry = || PageIssue { check: "a11y.assist-entry", ..PageIssue::default() };
        let crawl = SiteCrawl {
            root: 0,
            targets: ["/", "/index.html", "/a.html", "/b.html"].into_iter().map(target).collect(),
            pages: vec![
                page(0, vec![no_entry()]),
                page(1, vec![]),
                page(2, vec![no_lang()]),
                page(3, vec![no_lang()]),
            ],
            ..SiteCrawl::default()
        };
        // `/` and `/index.html` are one page (the home-page checks ran on
        // `/` only); `/a.html` reads the same but lacks `lang`, and
        // `/b.html` is its copy.
        assert_eq!(canonical_pages(&crawl, 0, &["a11y.assist-entry"]), [true, false, true, false]);
    }
}
