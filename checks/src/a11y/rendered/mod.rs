//! Accessibility rules only a browser can decide (colours, layout,
//! focus in a rendered page), and how axe-core's answers from headless
//! Chromium (`--render`, `crate::facts::a11y::rendered`) join the report.
//!
//! Each file here is a rule axe runs by default that needs computed styles
//! or layout; it has a [`CheckInfo`] (so `govaudit checks` and `explain`
//! know it) and no `run` function: its findings come only from the
//! rendered pages. An axe rule govaudit does not know at all still becomes
//! a finding `a11y.<rule>`, with axe's help text, filed by axe's tags
//! ([`unknown`]): evidence is never dropped.
//!
//! Where govaudit also decides a rule from static HTML, the browser's
//! answer replaces the static one on the pages it rendered ([`superseded`]):
//! axe in Chromium sees the page's stylesheets, its scripts' DOM and its
//! layout, so an element a stylesheet hides is not flagged and one a
//! script adds is. On the pages not rendered the static findings stand.

pub mod color_contrast;
pub mod link_in_text_block;
pub mod scrollable_region_focusable;

use crate::check::{CheckInfo, Finding, Severity};
use crate::facts::a11y::rendered::{RenderedPage, Violation};
use crate::facts::crawl::TargetId;
use crate::model::site::SiteContext;

/// The axe rule a govaudit check id names (`a11y.color-contrast` →
/// `color-contrast`).
fn rule_of(check: &str) -> Option<&str> {
    check.strip_prefix("a11y.")
}

fn rendered_page<'a>(ctx: &SiteContext<'a>, target: TargetId) -> Option<&'a RenderedPage> {
    ctx.crawl.rendered.iter().find(|r| r.target == target)
}

/// The static issues of `check` on page `target` give way: axe decided
/// that rule on that page in the browser.
pub fn superseded(ctx: &SiteContext<'_>, target: TargetId, check: &str) -> bool {
    rule_of(check).is_some_and(|rule| rendered_page(ctx, target).is_some_and(|r| r.decided(rule)))
}

/// The findings axe reported in the browser for the registered check `info`.
pub fn findings(ctx: &SiteContext<'_>, info: &CheckInfo) -> Vec<Finding> {
    let Some(rule) = rule_of(info.id) else { return Vec::new() };
    let title = info.title(ctx.lang);
    each_violation(ctx, |v| v.rule == rule)
        .into_iter()
        .flat_map(|(page, v)| to_findings(ctx, page, v, info.id, info.severity, title))
        .collect()
}

/// The findings of the rules axe reported that no registered check knows
/// (`known` says which ids are registered): `a11y.<rule>`, a notice or a
/// deduction by axe's tags, its help text as the detail.
pub fn unknown(ctx: &SiteContext<'_>, known: impl Fn(&str) -> bool) -> Vec<Finding> {
    each_violation(ctx, |v| !known(&format!("a11y.{}", v.rule)))
        .into_iter()
        .flat_map(|(page, v)| {
            let id = format!("a11y.{}", v.rule);
            let severity = if v.best_practice() { Severity::Notice } else { Severity::Deduction };
            let detail = ctx.lang.word_with(
                "a11y-rendered-unknown-detail",
                &[("rule", v.rule.clone().into()), ("help", v.help.clone().into())],
            );
            to_findings(ctx, page, v, &id, severity, &detail)
        })
        .collect()
}

fn each_violation<'a>(
    ctx: &SiteContext<'a>,
    keep: impl Fn(&Violation) -> bool,
) -> Vec<(&'a RenderedPage, &'a Violation)> {
    let rendered: &'a [RenderedPage] = &ctx.crawl.rendered;
    rendered
        .iter()
        .flat_map(|page| page.violations.iter().map(move |v| (page, v)))
        .filter(|(_, v)| keep(v))
        .collect()
}

/// One finding per element kept; the last says how many more there were.
fn to_findings(
    ctx: &SiteContext<'_>,
    page: &RenderedPage,
    violation: &Violation,
    id: &str,
    severity: Severity,
    title: &str,
) -> Vec<Finding> {
    let url = &ctx.crawl.target(page.target).url;
    // As many as the static rule keeps on a page; the rest are counted.
    let count = violation.nodes.len().min(crate::check::kept_per_page(id));
    let more = violation.more + (violation.nodes.len() - count);
    violation
        .nodes
        .iter()
        .take(count)
        .enumerate()
        .map(|(i, node)| {
            let summary = node.summary.split_whitespace().collect::<Vec<_>>().join(" ");
            let mut detail = if summary.is_empty() {
                title.to_owned()
            } else {
                ctx.lang.word_with(
                    "a11y-rendered-detail",
                    &[("title", title.into()), ("summary", summary.into())],
                )
            };
            if i + 1 == count && more > 0 {
                detail = ctx.lang.word_with(
                    "page-check-more-not-listed",
                    &[("detail", detail.into()), ("more", more.into())],
                );
            }
            Finding {
                page: Some(url.clone()),
                detail,
                evidence: node.html.clone(),
                selector: (!node.selector.is_empty()).then(|| node.selector.clone()),
                on_homepage: Some(page.target == ctx.home),
                rendered: Some(true),
                screenshot: page.screenshot.clone(),
                ..Finding::new(id, severity)
            }
        })
        .collect()
}
