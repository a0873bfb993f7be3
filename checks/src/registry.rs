//! The one table of checks.
//!
//! Every check, page and site alike, is a file `<area>/[<group>/]<name>.rs`
//! with a [`CheckInfo`] (its id, severity and docs) and a `run` function;
//! [`CHECKS`] lists them with their kind. This table is how `govaudit
//! checks` lists them, how `govaudit explain` finds their docs, and how the
//! pipeline runs them: page checks on each page while the crawler holds it
//! ([`analyze`]), site checks once over the [`SiteContext`] at the end.
//!
//! The top of the checks' layers: it may import the checks, the model and
//! the facts; none of them imports it (see `checks/tests/layers.rs`).

use crate::check::{Finding, sort_findings};
use crate::facts::crawl::SiteCrawl;
use crate::facts::html::{self, PageAnalysis, PageInput};
use crate::facts::page::{PageDoc, PageIssue};
use crate::model::settings::AuditSettings;

pub use crate::check::CheckInfo;
pub use crate::model::site::SiteContext;

/// Where a page check applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Every page of the site.
    EveryPage,
    /// The home page only (identity marks, the accessibility entry). It runs
    /// on pages the crawler reached at depth 0 and is reported for the page
    /// the start URL ends at.
    HomePage,
}

/// A site check: decided once over the whole site's model.
pub type SiteRun = fn(&SiteContext<'_>) -> Vec<Finding>;

/// A page check: decided on one parsed page, its issues kept in the page's
/// facts until the findings are assembled.
pub type PageRun = fn(&PageDoc<'_>) -> Vec<PageIssue>;

/// How a check runs.
#[derive(Clone, Copy)]
pub enum Kind {
    Site(SiteRun),
    Page {
        scope: Scope,
        run: PageRun,
    },
    /// An accessibility rule only axe-core in a browser decides
    /// (`--render`): no run function, its findings come from the rendered
    /// pages (`crate::a11y::rendered`).
    Rendered,
    /// Decided on the availability probes `govaudit monitor` stored, which
    /// the crawl does not hold: no run function, the pipeline adds its
    /// findings once the store is read (`crate::site::due_soon`).
    Probed,
}

/// A registered check.
pub struct Check {
    pub info: &'static CheckInfo,
    pub kind: Kind,
    /// The module that holds it, from the crate root (`a11y::images::image_alt`):
    /// the file a reader opens, found from the id alone.
    pub module: &'static str,
}

/// A registered page check, as the crawler runs it.
#[derive(Clone, Copy)]
pub struct PageCheck {
    pub info: &'static CheckInfo,
    pub scope: Scope,
    pub run: PageRun,
}

/// One table line: the check's module and its kind.
macro_rules! check {
    (site $($m:ident)::+) => {
        Check { info: &crate::$($m)::+::INFO, kind: Kind::Site(crate::$($m)::+::run), module: stringify!($($m)::+) }
    };
    (rendered $($m:ident)::+) => {
        Check { info: &crate::$($m)::+::INFO, kind: Kind::Rendered, module: stringify!($($m)::+) }
    };
    (probed $($m:ident)::+) => {
        Check { info: &crate::$($m)::+::INFO, kind: Kind::Probed, module: stringify!($($m)::+) }
    };
    (page $scope:ident $($m:ident)::+) => {
        Check {
            info: &crate::$($m)::+::INFO,
            kind: Kind::Page { scope: Scope::$scope, run: crate::$($m)::+::run },
            module: stringify!($($m)::+),
        }
    };
}

/// Every check, in the order `govaudit checks` lists them: the site checks,
/// then the page checks (the accessibility rules by group, then the others).
#[rustfmt::skip]
pub const CHECKS: &[Check] = &[
    check!(site site::unreachable),
    check!(site link::dead),
    check!(site link::unsendable),
    check!(site page::blocked),
    check!(site page::oversize),
    check!(site update::homepage_stale),
    check!(site site::no_annual_report),
    check!(site site::search_broken),
    check!(site column::stale),
    check!(site column::blank),
    check!(site column::due_soon),
    // warnings before the veto lines (issue 21 §2)
    check!(site update::due_soon),
    check!(site account::due_soon),
    check!(site interaction::due_soon),
    check!(probed site::due_soon),
    check!(site content::future_date),
    check!(site content::expired_notice),
    // 领导信息 (issue 20 §2)
    check!(site content::leader_incomplete),
    check!(site content::leader_mismatch),
    // issue 20 §3: personal data in attachments
    check!(site content::pii_attachment),
    check!(site content::pii_attachment_half_masked),
    check!(site interaction::no_channel),
    check!(site interaction::unanswered),
    check!(site interaction::slow_reply),
    check!(site interaction::not_published),
    // workdays (issue 21 §3): no message published for over 6 months.
    check!(site interaction::silent),
    check!(site consultation::result_overdue),
    check!(site policy::no_interpretation),
    check!(site policy::one_way_link),
    check!(site account::stale),
    check!(site account::unreachable),
    check!(site account::not_evaluated),
    check!(site account::zombie),
    check!(site account::duplicate),
    check!(site elderly::entry_broken),
    check!(site elderly::popup_ads),
    check!(site elderly::no_text_zoom),
    check!(site elderly::no_high_contrast),
    check!(site elderly::no_read_aloud),
    check!(page EveryPage a11y::document::document_title),
    check!(page EveryPage a11y::document::html_has_lang),
    check!(page EveryPage a11y::document::html_lang_valid),
    check!(page EveryPage a11y::document::valid_lang),
    check!(page EveryPage a11y::document::meta_viewport),
    check!(page EveryPage a11y::document::meta_refresh),
    check!(page EveryPage a11y::document::marquee),
    check!(page EveryPage a11y::document::blink),
    check!(page EveryPage a11y::document::tabindex),
    check!(page EveryPage a11y::document::aria_hidden_body),
    check!(page EveryPage a11y::document::duplicate_id_aria),
    check!(page EveryPage a11y::document::duplicate_id),
    check!(page EveryPage a11y::images::image_alt),
    check!(page EveryPage a11y::images::input_image_alt),
    check!(page EveryPage a11y::images::area_alt),
    check!(page EveryPage a11y::images::role_img_alt),
    check!(page EveryPage a11y::images::svg_img_alt),
    check!(page EveryPage a11y::images::object_alt),
    check!(page EveryPage a11y::names::label),
    check!(page EveryPage a11y::names::select_name),
    check!(page EveryPage a11y::names::link_name),
    check!(page EveryPage a11y::names::button_name),
    check!(page EveryPage a11y::names::input_button_name),
    check!(page EveryPage a11y::names::frame_title),
    check!(page EveryPage a11y::structure::empty_heading),
    check!(page EveryPage a11y::structure::heading_order),
    check!(page EveryPage a11y::structure::list),
    check!(page EveryPage a11y::structure::listitem),
    check!(page EveryPage a11y::aria::aria_valid_attr),
    check!(page EveryPage a11y::aria::aria_valid_attr_value),
    check!(page EveryPage a11y::aria::aria_roles),
    check!(page EveryPage a11y::aria::aria_deprecated_role),
    check!(page EveryPage a11y::aria::aria_required_attr),
    check!(page EveryPage a11y::aria::aria_allowed_attr),
    check!(page EveryPage a11y::aria::aria_prohibited_attr),
    check!(page EveryPage a11y::aria::aria_hidden_focus),
    // ARIA roles, names and forms
    check!(page EveryPage a11y::aria::aria_required_parent),
    check!(page EveryPage a11y::aria::aria_required_children),
    check!(page EveryPage a11y::aria::aria_allowed_role),
    check!(page EveryPage a11y::forms::nested_interactive),
    check!(page EveryPage a11y::aria::presentation_role_conflict),
    check!(page EveryPage a11y::forms::label_title_only),
    check!(page EveryPage a11y::forms::accesskeys),
    check!(page EveryPage a11y::forms::autocomplete_valid),
    check!(page EveryPage a11y::aria::aria_command_name),
    check!(page EveryPage a11y::aria::aria_input_field_name),
    check!(page EveryPage a11y::aria::aria_toggle_field_name),
    check!(page EveryPage a11y::aria::aria_tooltip_name),
    check!(page EveryPage a11y::aria::aria_meter_name),
    check!(page EveryPage a11y::aria::aria_progressbar_name),
    check!(page EveryPage a11y::aria::aria_dialog_name),
    check!(page EveryPage a11y::aria::aria_treeitem_name),
    check!(page EveryPage a11y::aria::aria_text),
    check!(page EveryPage a11y::names::summary_name),
    check!(page EveryPage a11y::aria::aria_conditional_attr),
    // tables, images, frames, links and the document
    check!(page EveryPage a11y::tables::empty_table_header),
    check!(page EveryPage a11y::tables::td_headers_attr),
    check!(page EveryPage a11y::tables::th_has_data_cells),
    check!(page EveryPage a11y::tables::scope_attr_valid),
    check!(page EveryPage a11y::images::image_redundant_alt),
    check!(page EveryPage a11y::images::server_side_image_map),
    check!(page EveryPage a11y::names::frame_title_unique),
    check!(page EveryPage a11y::names::identical_links_same_purpose),
    check!(page EveryPage a11y::document::html_xml_lang_mismatch),
    check!(page EveryPage a11y::tables::table_duplicate_name),
    check!(page EveryPage a11y::document::meta_viewport_large),
    check!(page EveryPage a11y::images::video_caption),
    check!(page EveryPage a11y::document::avoid_inline_spacing),
    // landmarks and page structure
    check!(page EveryPage a11y::landmarks::landmark_one_main),
    check!(page EveryPage a11y::structure::page_has_heading_one),
    check!(page EveryPage a11y::structure::region),
    check!(page EveryPage a11y::structure::bypass),
    check!(page EveryPage a11y::structure::definition_list),
    check!(page EveryPage a11y::structure::dlitem),
    check!(page EveryPage a11y::landmarks::landmark_banner_is_top_level),
    check!(page EveryPage a11y::landmarks::landmark_contentinfo_is_top_level),
    check!(page EveryPage a11y::landmarks::landmark_main_is_top_level),
    check!(page EveryPage a11y::landmarks::landmark_no_duplicate_banner),
    check!(page EveryPage a11y::landmarks::landmark_no_duplicate_contentinfo),
    check!(page EveryPage a11y::landmarks::landmark_no_duplicate_main),
    check!(page EveryPage a11y::landmarks::landmark_unique),
    check!(page EveryPage a11y::structure::skip_link),
    check!(page HomePage a11y::assist_entry),
    check!(page HomePage identity::missing),
    check!(page HomePage identity::mismatch),
    check!(page HomePage identity::no_error_report_entry),
    check!(page HomePage identity::domain),
    check!(page HomePage service::no_entry),
    check!(page HomePage site::no_search),
    check!(page EveryPage content::pii),
    check!(page EveryPage content::pii_half_masked),
    check!(page EveryPage content::typo),
    // wrong words by grade (issue 20 §1); content.typo above is the ordinary grade
    check!(page EveryPage content::words::serious_error),
    check!(page EveryPage content::words::suspect_word),
    check!(page EveryPage page::charset_mismatch),
    // where external links go (issue 20 §4)
    check!(site link::parked_domain),
    check!(site link::foreign_redirect),
    check!(site link::blocked_host),
    check!(site link::commercial),
    check!(page EveryPage link::hidden),
    // decided only by axe-core in a browser (--render)
    check!(rendered a11y::rendered::color_contrast),
    check!(rendered a11y::rendered::link_in_text_block),
    check!(rendered a11y::rendered::scrollable_region_focusable),
];

/// Every page check, in table order: what the crawler runs on each page.
pub fn page_checks() -> impl Iterator<Item = PageCheck> {
    CHECKS.iter().filter_map(|c| match c.kind {
        Kind::Page { scope, run } => Some(PageCheck { info: c.info, scope, run }),
        Kind::Site(_) | Kind::Rendered | Kind::Probed => None,
    })
}

/// Every check's identity, in the order `govaudit checks` lists them.
pub fn all() -> impl Iterator<Item = &'static CheckInfo> {
    CHECKS.iter().map(|c| c.info)
}

pub fn find(id: &str) -> Option<&'static CheckInfo> {
    all().find(|c| c.id == id)
}

impl<'a> SiteContext<'a> {
    /// The model of a crawl, for the site checks.
    pub fn new(crawl: &'a SiteCrawl, settings: &'a AuditSettings) -> Self {
        // Home-page checks ran only on the pages reached first, so their
        // issues do not tell `/` from its copy `/index.html`.
        let home_only: Vec<&str> =
            page_checks().filter(|c| c.scope == Scope::HomePage).map(|c| c.info.id).collect();
        SiteContext::build(crawl, settings, &home_only, crate::column::stale::is_stale)
    }
}

/// The findings of one check, `None` when no check has that id.
pub fn run_check(ctx: &SiteContext<'_>, id: &str) -> Option<Vec<Finding>> {
    CHECKS.iter().find(|c| c.info.id == id).map(|c| findings_of(ctx, c))
}

/// Runs every check and returns the findings in report order.
pub fn run_site_checks(ctx: &SiteContext<'_>) -> Vec<Finding> {
    let mut findings: Vec<Finding> = CHECKS.iter().flat_map(|c| findings_of(ctx, c)).collect();
    findings.extend(crate::a11y::rendered::unknown(ctx, |id| find(id).is_some()));
    sort_findings(&mut findings);
    findings
}

fn findings_of(ctx: &SiteContext<'_>, check: &Check) -> Vec<Finding> {
    match check.kind {
        Kind::Site(run) => run(ctx),
        Kind::Page { scope, run } => findings(ctx, &PageCheck { info: check.info, scope, run }),
        Kind::Rendered => crate::a11y::rendered::findings(ctx, check.info),
        Kind::Probed => Vec::new(),
    }
}

/// Reads one page's facts and runs every page check over the same parse:
/// what the crawler does with each HTML page it fetches.
pub fn analyze(input: &PageInput<'_>) -> PageAnalysis {
    html::read_page_with(input, run_all)
}

pub use crate::check::MAX_PER_CHECK_PER_PAGE;

/// Runs every page check over one parsed page.
pub fn run_all(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let mut out = Vec::new();
    for check in page_checks() {
        if check.scope == Scope::HomePage && !doc.home {
            continue;
        }
        let mut issues = (check.run)(doc);
        keep_first(doc, &mut issues, check.info);
        out.extend(issues);
    }
    out
}

/// Keeps the first [`crate::check::kept_per_page`] issues of one check, notes how many
/// more there were, and locates the ones kept.
fn keep_first(doc: &PageDoc<'_>, issues: &mut Vec<PageIssue>, info: &CheckInfo) {
    let keep = crate::check::kept_per_page(info.id);
    if issues.len() > keep {
        let more = issues.len() - keep;
        issues.truncate(keep);
        if let Some(last) = issues.last_mut() {
            let title = last.detail.as_deref().unwrap_or(info.title(doc.lang())).to_owned();
            let note = doc
                .lang()
                .word_with("page-check-more-not-listed", &[("detail", title.into()), ("more", more.into())]);
            last.detail = Some(note.into());
        }
    }
    issues.iter_mut().for_each(|i| i.locate(doc));
}

/// The findings of page check `check` on the pages reported on: every
/// canonical page, or only the home page for a home-page check. On a page
/// axe-core judged in the browser (`--render`) its answer for the rule
/// replaces the static one (see `crate::a11y::rendered`).
pub fn findings(ctx: &SiteContext<'_>, check: &PageCheck) -> Vec<Finding> {
    let info = check.info;
    let mut found: Vec<Finding> = ctx
        .pages()
        .filter(|p| check.scope == Scope::EveryPage || p.target == ctx.home)
        .filter(|p| !crate::a11y::rendered::superseded(ctx, p.target, info.id))
        .flat_map(|p| {
            let page = &ctx.crawl.target(p.target).url;
            let on_homepage = p.target == ctx.home;
            p.issues.iter().filter(|i| i.check == info.id).map(move |i| Finding {
                page: Some(page.clone()),
                target: i.target.as_deref().map(str::to_owned),
                detail: i.detail.as_deref().unwrap_or(info.title(ctx.lang)).to_owned(),
                evidence: i.evidence.to_string(),
                element: i.element.as_deref().map(str::to_owned),
                selector: i.selector.as_deref().map(str::to_owned),
                mark: i.mark.map(str::to_owned),
                on_homepage: Some(on_homepage),
                grade: i.word.as_ref().map(|w| w.grade),
                correction: i.word.as_ref().map(|w| w.right.clone()).filter(|r| !r.is_empty()),
                source: i.word.as_ref().map(|w| w.source.clone()),
                ..Finding::new(info.id, info.severity)
            })
        })
        .collect();
    found.extend(crate::a11y::rendered::findings(ctx, info));
    // Wrong words in the site's attachments, under their grade's check.
    found.extend(crate::content::words::attachment_findings(ctx, info));
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

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

    /// `a11y.image-alt` is in `a11y/[<group>/]image_alt.rs`: the file is
    /// found from the id alone, and it is the module the table runs.
    #[test]
    fn every_check_is_in_the_file_its_id_names() {
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        for c in CHECKS {
            let module: Vec<String> = c.module.split("::").map(|s| s.trim().to_owned()).collect();
            let (area, name) = c.info.id.split_once('.').expect("ids are area.name");
            assert_eq!(module[0], area, "{} is registered from {}", c.info.id, c.module);
            assert_eq!(module[module.len() - 1], name.replace('-', "_"), "{} is in {}", c.info.id, c.module);
            assert!(matches!(module.len(), 2 | 3), "{}: at most one group folder in {}", c.info.id, c.module);
            let file = src.join(format!("{}.rs", module.join("/")));
            let text = std::fs::read_to_string(&file)
                .unwrap_or_else(|e| panic!("{}: {} is not readable: {e}", c.info.id, file.display()));
            assert!(
                text.contains(&format!("id: \"{}\"", c.info.id)),
                "{} does not define {}",
                file.display(),
                c.info.id
            );
        }
    }

    /// axe's best practices are notices and its WCAG rules cost points, so
    /// a rubric scores what WCAG requires; a rule's principle is the one its
    /// first success criterion names.
    #[test]
    fn accessibility_rules_keep_axe_standing() {
        // axe files these rules' failures as "needs review" (reviewOnFail, or
        // checks that only ever answer "incomplete").
        let review_on_fail = [
            "a11y.duplicate-id-aria",
            "a11y.th-has-data-cells",
            "a11y.server-side-image-map",
            "a11y.frame-title-unique",
            "a11y.identical-links-same-purpose",
            "a11y.video-caption",
            "a11y.bypass",
        ];
        for c in all().filter(|c| c.id.starts_with("a11y.") && c.id != "a11y.assist-entry") {
            let standard = c.standard.unwrap_or_else(|| panic!("{} has no standard", c.id));
            let expected = if standard.best_practice() || review_on_fail.contains(&c.id) {
                crate::check::Severity::Notice
            } else {
                crate::check::Severity::Deduction
            };
            assert_eq!(c.severity, expected, "{}: severity does not follow its tags", c.id);
            if let Some(first) = standard.criteria().first() {
                assert_eq!(
                    Some(standard.principle),
                    crate::check::Principle::of_criterion(first),
                    "{}: principle is not its first criterion's",
                    c.id
                );
            }
            assert!(standard.best_practice() || standard.level().is_some(), "{} has no WCAG level", c.id);
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

    /// On a page axe judged in the browser its answer replaces the static
    /// one for the rules it decided, either way; elsewhere the static
    /// findings stand; rendered-only and unknown rules become findings.
    #[test]
    fn rendered_answers_replace_static_ones_on_the_pages_judged() {
        use crate::facts::a11y::rendered::{Node, RenderedPage, Violation};
        use crate::facts::crawl::{FetchOutcome, PageFacts, SiteCrawl, SkipReason, Target};
        use crate::facts::page::PageIssue;
        let target = |url: &str| Target {
            url: url.to_owned(),
            internal: true,
            outcome: FetchOutcome::Skipped(SkipReason::Excluded),
            page: None,
            label: None,
        };
        let no_alt = || PageIssue {
            check: "a11y.image-alt",
            evidence: "<img src=a.png>".into(),
            ..PageIssue::default()
        };
        let page = |id: u32| PageFacts {
            target: id,
            text_hash: u64::from(id),
            issues: vec![no_alt()],
            ..PageFacts::default()
        };
        let violation = |rule: &str, tags: &[&str]| Violation {
            rule: rule.into(),
            impact: Some("serious".into()),
            tags: tags.iter().map(|t| (*t).to_owned()).collect(),
            help: "axe help".into(),
            nodes: vec![Node {
                selector: ".tip".into(),
                html: "<p class=\"tip\">".into(),
                summary: "Fix\n any".into(),
            }],
            more: 0,
        };
        let crawl = SiteCrawl {
            root: 0,
            targets: ["http://x.gov.cn/", "http://x.gov.cn/a.html", "http://x.gov.cn/b.html"]
                .into_iter()
                .map(target)
                .collect(),
            pages: vec![page(0), page(1), page(2)],
            rendered: vec![
                // The home page: the image is hidden by a stylesheet, axe passed image-alt.
                RenderedPage {
                    target: 0,
                    passed: vec!["image-alt".into()],
                    violations: vec![violation("color-contrast", &["wcag2aa", "wcag143"])],
                    screenshot: Some("screenshots/1.png".into()),
                },
                // axe did not decide image-alt here (incomplete): the static finding stays.
                RenderedPage {
                    target: 1,
                    violations: vec![violation("region", &["best-practice"])],
                    ..RenderedPage::default()
                },
            ],
            ..SiteCrawl::default()
        };
        let settings = AuditSettings::new(Lang::En, chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap());
        let findings = run_site_checks(&SiteContext::new(&crawl, &settings));
        let a11y: Vec<(&str, &str, Option<bool>)> = findings
            .iter()
            .filter(|f| f.check.starts_with("a11y."))
            .map(|f| (f.check.as_str(), f.page.as_deref().unwrap_or_default(), f.rendered))
            .collect();
        assert_eq!(
            a11y,
            [
                ("a11y.color-contrast", "http://x.gov.cn/", Some(true)),
                ("a11y.image-alt", "http://x.gov.cn/a.html", None),
                ("a11y.image-alt", "http://x.gov.cn/b.html", None),
                ("a11y.region", "http://x.gov.cn/a.html", Some(true)),
            ]
        );
        let contrast = findings.iter().find(|f| f.check == "a11y.color-contrast").unwrap();
        assert_eq!(contrast.severity, crate::check::Severity::Deduction);
        assert_eq!(contrast.screenshot.as_deref(), Some("screenshots/1.png"));
        assert_eq!(contrast.detail, "Text colour contrast too low (axe-core: Fix any)");
        let region = findings.iter().find(|f| f.check == "a11y.region").unwrap();
        if find("a11y.region").is_none() {
            assert_eq!(region.severity, crate::check::Severity::Notice, "best practice: a notice");
            assert_eq!(region.detail, "axe-core rule region: axe help (axe-core: Fix any)");
        }
    }

    #[test]
    fn a_check_keeps_twenty_issues_a_page_located_and_counts_the_rest() {
        let html =
            format!("<html lang=zh-CN><title>t</title><ul>{}</ul>", "<li><a href=/x></a></li>".repeat(50));
        let analysis = crate::facts::html::with_test_input(
            &html,
            "http://www.qingxi.gov.cn/",
            encoding_rs::UTF_8,
            analyze,
        );
        let issues: Vec<_> = analysis.issues.into_iter().filter(|i| i.check == "a11y.link-name").collect();
        assert_eq!(issues.len(), MAX_PER_CHECK_PER_PAGE);
        assert!(
            issues.iter().all(|i| i.selector.is_some() && i.evidence.starts_with("<a") && i.node.is_none())
        );
        assert_eq!(issues[0].selector.as_deref(), Some("html > body > ul > li:nth-child(1) > a"));
        assert!(issues[19].detail.as_deref().unwrap_or_default().contains("另有 30 处"));
    }
}
