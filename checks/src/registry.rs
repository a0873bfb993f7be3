//! The one list of checks.
//!
//! Every check is a file with an [`CheckInfo`] (its id, severity and docs)
//! and a function; this table is how `govaudit checks` lists them, how
//! `govaudit explain` finds their docs, and how the pipeline runs them.

use crate::audit::{Finding, Severity};
use crate::column::{self, Column};
use crate::lang::Lang;
use crate::link::verdict::Verdicts;
use crate::settings::AuditSettings;
use crate::site::{PageFacts, SiteCrawl, TargetId};
use crate::{content, link, page, site, update};
use chrono::NaiveDate;
use std::collections::HashMap;
use std::hash::{DefaultHasher, Hasher};

/// A check's identity and documentation.
#[derive(Debug)]
pub struct CheckInfo {
    /// Stable id, `area.name`, as in the report contract.
    pub id: &'static str,
    pub severity: Severity,
    pub title_zh: &'static str,
    pub title_en: &'static str,
    /// What it checks / why it matters / how to fix / references.
    pub docs_zh: &'static str,
    pub docs_en: &'static str,
}

impl CheckInfo {
    pub fn title(&self, lang: Lang) -> &'static str {
        lang.pick(self.title_zh, self.title_en)
    }

    pub fn docs(&self, lang: Lang) -> &'static str {
        lang.pick(self.docs_zh, self.docs_en)
    }
}

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
    /// Per page: false when it is an exact copy of another page.
    canonical: Vec<bool>,
}

impl<'a> SiteContext<'a> {
    pub fn new(crawl: &'a SiteCrawl, settings: &'a AuditSettings) -> Self {
        let resolved = crawl.resolve(crawl.root);
        let home = if resolved.broken.is_some() { crawl.root } else { resolved.target };
        let canonical = canonical_pages(crawl, home);
        let pages = crawl.pages.iter().zip(&canonical).filter(|(_, keep)| **keep).map(|(p, _)| p);
        let columns = column::discover(crawl, pages, home, settings);
        SiteContext {
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

/// Marks one page of each set of exact copies (same visible text, same
/// links) as the one to report on: the home page, else the shortest URL.
/// Portals answer `/`, `/index.html` and `/index.html?from=nav` with one
/// page; inspectors count its problems once.
fn canonical_pages(crawl: &SiteCrawl, home: TargetId) -> Vec<bool> {
    let mut best: HashMap<(u64, u64), usize> = HashMap::new();
    for (i, page) in crawl.pages.iter().enumerate() {
        let mut hasher = DefaultHasher::new();
        page.links.iter().for_each(|l| hasher.write_u32(l.target));
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

pub type SiteCheck = fn(&SiteContext<'_>) -> Vec<Finding>;

/// A registered check and how it runs.
pub struct Check {
    pub info: &'static CheckInfo,
    pub run: SiteCheck,
}

/// Every check, in the order `govaudit checks` lists them.
pub const CHECKS: &[Check] = &[
    Check { info: &site::unreachable::INFO, run: site::unreachable::run },
    Check { info: &link::dead::INFO, run: link::dead::run },
    Check { info: &page::blocked::INFO, run: page::blocked::run },
    Check { info: &page::oversize::INFO, run: page::oversize::run },
    Check { info: &update::homepage_stale::INFO, run: update::homepage_stale::run },
    Check { info: &column::stale::INFO, run: column::stale::run },
    Check { info: &column::blank::INFO, run: column::blank::run },
    Check { info: &column::due_soon::INFO, run: column::due_soon::run },
    Check { info: &content::future_date::INFO, run: content::future_date::run },
];

pub fn find(id: &str) -> Option<&'static Check> {
    CHECKS.iter().find(|c| c.info.id == id)
}

/// Runs every site check and returns their findings in report order.
pub fn run_site_checks(ctx: &SiteContext<'_>) -> Vec<Finding> {
    let mut findings: Vec<Finding> = CHECKS.iter().flat_map(|c| (c.run)(ctx)).collect();
    crate::audit::sort_findings(&mut findings);
    findings
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_documented() {
        let mut ids: Vec<_> = CHECKS.iter().map(|c| c.info.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), CHECKS.len());
        for c in CHECKS {
            let (area, name) = c.info.id.split_once('.').expect("ids are area.name");
            assert!(!area.is_empty() && !name.is_empty());
            for docs in [c.info.docs_zh, c.info.docs_en] {
                assert!(docs.len() > 200, "{} has thin docs", c.info.id);
            }
        }
    }
}
