//! The one list of checks.
//!
//! Every check is a file with an [`CheckInfo`] (its id, severity and docs)
//! and a function; this table is how `govaudit checks` lists them, how
//! `govaudit explain` finds their docs, and how the pipeline runs them.

use crate::audit::{Finding, Severity};
use crate::column::{self, Column};
use crate::lang::Lang;
use crate::link::verdict::Verdicts;
use crate::page_check::{self, PageCheck, Scope};
use crate::settings::AuditSettings;
use crate::site::{Element, PageFacts, SiteCrawl, TargetId};
use crate::{
    a11y, account, consultation, content, identity, interaction, link, page, policy, service, site, update,
};
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

    /// The docs' "how to fix" paragraph, without its heading: what a
    /// scorecard row tells the site's editors to do.
    pub fn fix(&self, lang: Lang) -> &'static str {
        let docs = self.docs(lang);
        let heading = lang.pick("如何修复：", "How to fix:");
        docs.split("\n\n").find_map(|p| p.trim().strip_prefix(heading)).map(str::trim).unwrap_or_default()
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
    /// The official accounts, each judged once.
    pub accounts: Vec<crate::account::evaluate::Judged<'a>>,
    /// The consultation columns (县长信箱, 网上咨询 …) and their messages.
    pub consultations: Vec<interaction::Consultation>,
    /// Per page: false when it is an exact copy of another page.
    canonical: Vec<bool>,
}

impl<'a> SiteContext<'a> {
    pub fn new(crawl: &'a SiteCrawl, settings: &'a AuditSettings) -> Self {
        let home = home_page(crawl);
        let canonical = canonical_pages(crawl, home);
        let pages = crawl.pages.iter().zip(&canonical).filter(|(_, keep)| **keep).map(|(p, _)| p);
        let columns = column::discover(crawl, pages, home, settings);
        let accounts = crawl
            .accounts
            .iter()
            .map(|facts| {
                crate::account::evaluate::judge(facts, settings.as_of, settings.limits.account, settings.lang)
            })
            .collect();
        let consultations = interaction::consultations(crawl, &columns, settings.as_of);
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
fn canonical_pages(crawl: &SiteCrawl, home: TargetId) -> Vec<bool> {
    let home_only: Vec<&str> =
        page_checks().filter(|c| c.scope == Scope::HomePage).map(|c| c.info.id).collect();
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
    Check { info: &link::unsendable::INFO, run: link::unsendable::run },
    Check { info: &page::blocked::INFO, run: page::blocked::run },
    Check { info: &page::oversize::INFO, run: page::oversize::run },
    Check { info: &update::homepage_stale::INFO, run: update::homepage_stale::run },
    Check { info: &site::no_annual_report::INFO, run: site::no_annual_report::run },
    Check { info: &site::search_broken::INFO, run: site::search_broken::run },
    Check { info: &column::stale::INFO, run: column::stale::run },
    Check { info: &column::blank::INFO, run: column::blank::run },
    Check { info: &column::due_soon::INFO, run: column::due_soon::run },
    Check { info: &content::future_date::INFO, run: content::future_date::run },
    Check { info: &content::expired_notice::INFO, run: content::expired_notice::run },
    Check { info: &interaction::no_channel::INFO, run: interaction::no_channel::run },
    Check { info: &interaction::unanswered::INFO, run: interaction::unanswered::run },
    Check { info: &interaction::slow_reply::INFO, run: interaction::slow_reply::run },
    Check { info: &interaction::not_published::INFO, run: interaction::not_published::run },
    Check { info: &consultation::result_overdue::INFO, run: consultation::result_overdue::run },
    Check { info: &policy::no_interpretation::INFO, run: policy::no_interpretation::run },
    Check { info: &policy::one_way_link::INFO, run: policy::one_way_link::run },
    Check { info: &account::stale::INFO, run: account::stale::run },
    Check { info: &account::unreachable::INFO, run: account::unreachable::run },
    Check { info: &account::not_evaluated::INFO, run: account::not_evaluated::run },
    Check { info: &account::zombie::INFO, run: account::zombie::run },
    Check { info: &account::duplicate::INFO, run: account::duplicate::run },
];

/// The page checks that are not accessibility rules.
const PAGE_CHECKS: &[PageCheck] = &[
    PageCheck { info: &a11y::assist_entry::INFO, scope: Scope::HomePage, run: a11y::assist_entry::run },
    PageCheck { info: &identity::missing::INFO, scope: Scope::HomePage, run: identity::missing::run },
    PageCheck { info: &identity::mismatch::INFO, scope: Scope::HomePage, run: identity::mismatch::run },
    PageCheck {
        info: &identity::error_report::INFO,
        scope: Scope::HomePage,
        run: identity::error_report::run,
    },
    PageCheck { info: &identity::domain::INFO, scope: Scope::HomePage, run: identity::domain::run },
    PageCheck { info: &service::no_entry::INFO, scope: Scope::HomePage, run: service::no_entry::run },
    PageCheck { info: &site::no_search::INFO, scope: Scope::HomePage, run: site::no_search::run },
    PageCheck { info: &content::pii::INFO, scope: Scope::EveryPage, run: content::pii::run },
    PageCheck { info: &content::typo::INFO, scope: Scope::EveryPage, run: content::typo::run },
    PageCheck {
        info: &page::charset_mismatch::INFO,
        scope: Scope::EveryPage,
        run: page::charset_mismatch::run,
    },
];

/// Every page check, run on each page while it is parsed: the
/// accessibility rules by group, then the others.
pub fn page_checks() -> impl Iterator<Item = &'static PageCheck> {
    [
        a11y::document::RULES,
        a11y::images::RULES,
        a11y::names::RULES,
        a11y::structure::RULES,
        a11y::aria::RULES,
        PAGE_CHECKS,
    ]
    .into_iter()
    .flatten()
}

/// Every check's identity, in the order `govaudit checks` lists them.
pub fn all() -> impl Iterator<Item = &'static CheckInfo> {
    CHECKS.iter().map(|c| c.info).chain(page_checks().map(|c| c.info))
}

pub fn find(id: &str) -> Option<&'static CheckInfo> {
    all().find(|c| c.id == id)
}

/// The findings of one check, `None` when no check has that id.
pub fn run_check(ctx: &SiteContext<'_>, id: &str) -> Option<Vec<Finding>> {
    if let Some(site) = CHECKS.iter().find(|c| c.info.id == id) {
        return Some((site.run)(ctx));
    }
    page_checks().find(|c| c.info.id == id).map(|page| page_check::findings(ctx, page))
}

/// Runs every check and returns the findings in report order.
pub fn run_site_checks(ctx: &SiteContext<'_>) -> Vec<Finding> {
    let mut findings: Vec<Finding> = CHECKS.iter().flat_map(|c| (c.run)(ctx)).collect();
    findings.extend(page_checks().flat_map(|c| page_check::findings(ctx, c)));
    crate::audit::sort_findings(&mut findings);
    findings
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_documented() {
        let mut ids: Vec<_> = all().map(|c| c.id).collect();
        let count = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), count);
        for c in all() {
            let (area, name) = c.id.split_once('.').expect("ids are area.name");
            assert!(!area.is_empty() && !name.is_empty());
            for docs in [c.docs_zh, c.docs_en] {
                assert!(docs.len() > 200, "{} has thin docs", c.id);
            }
        }
    }

    #[test]
    fn every_check_says_how_to_fix() {
        for c in all() {
            for lang in [Lang::Zh, Lang::En] {
                assert!(!c.fix(lang).is_empty(), "{} has no how-to-fix paragraph ({lang:?})", c.id);
            }
        }
    }

    #[test]
    fn copies_are_pages_alike_in_text_links_and_issues() {
        use crate::page_check::PageIssue;
        use crate::site::{FetchOutcome, SkipReason, Target};
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
        assert_eq!(canonical_pages(&crawl, 0), [true, false, true, false]);
    }
}
