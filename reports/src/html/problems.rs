//! The problem tables: findings grouped by the rubric rule that counted
//! them (a veto or an indicator), each row with what an evaluator needs to
//! find the problem again, and the checks' how-to-fix text once per group.
//!
//! A group is rendered and handed to the sink on its own, and shows at most
//! [`MAX_ROWS`] rows; nothing here holds more than one group's markup or
//! copies the findings, whatever their number.

use std::collections::{BTreeMap, BTreeSet};
use std::io;

use checks::audit::{Finding, Severity, SiteAudit};
use checks::registry::{self, CheckInfo};
use checks::scorecard::{IndicatorScore, Score, VetoResult};
use maud::{Markup, PreEscaped, html};

use super::common::{NL, points, url};
use super::{Ctx, Sink};

/// Rows shown per group; `findings.csv` has every one.
pub(crate) const MAX_ROWS: usize = 200;

/// Crawled snippets are cut to this many characters: the table is for
/// finding the spot, not for reading the page.
const MAX_SNIPPET: usize = 300;

/// What one pass over the findings learns: how many each rule counted and
/// which checks raised them. One entry per rule, not per finding.
pub(super) struct Tally<'a> {
    by_rule: BTreeMap<Option<&'a str>, Group<'a>>,
}

#[derive(Default)]
struct Group<'a> {
    count: usize,
    checks: BTreeSet<&'a str>,
}

impl<'a> Tally<'a> {
    pub(super) fn of(findings: &'a [Finding]) -> Self {
        let mut by_rule: BTreeMap<Option<&'a str>, Group<'a>> = BTreeMap::new();
        for f in findings {
            let group = by_rule.entry(f.rule.as_deref()).or_default();
            group.count += 1;
            group.checks.insert(&f.check);
        }
        Tally { by_rule }
    }

    /// Whether the rule counted any finding (and so has a group to link to).
    pub(super) fn has(&self, rule: &str) -> bool {
        self.by_rule.contains_key(&Some(rule))
    }
}

/// A group's heading: what counted its findings.
enum Rule<'a> {
    Veto(&'a VetoResult),
    Indicator(&'a IndicatorScore),
    /// A rule id the scorecard does not list (findings from another rubric).
    Other(&'a str),
    /// Findings no rule counted: notices and unscored checks.
    Unruled,
}

impl<'a> Rule<'a> {
    fn id(&self) -> Option<&'a str> {
        match self {
            Rule::Veto(v) => Some(&v.id),
            Rule::Indicator(i) => Some(&i.id),
            Rule::Other(id) => Some(id),
            Rule::Unruled => None,
        }
    }
}

/// The groups in reading order: vetoes, then indicators, in the rubric's
/// order, then rules it does not list, then findings without a rule.
fn groups<'a>(score: Option<&'a Score>, tally: &Tally<'a>) -> Vec<Rule<'a>> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    if let Some(score) = score {
        for veto in score.vetoes.iter().filter(|v| tally.has(&v.id)) {
            if seen.insert(veto.id.as_str()) {
                out.push(Rule::Veto(veto));
            }
        }
        for indicator in score.indicators.iter().filter(|i| tally.has(&i.id)) {
            if seen.insert(indicator.id.as_str()) {
                out.push(Rule::Indicator(indicator));
            }
        }
    }
    for rule in tally.by_rule.keys().flatten() {
        if seen.insert(rule) {
            out.push(Rule::Other(rule));
        }
    }
    if tally.by_rule.contains_key(&None) {
        out.push(Rule::Unruled);
    }
    out
}

/// The id of a rule's group, for links from the indicator table. Rule ids
/// come from a rubric file, so anything outside `[A-Za-z0-9_-]` is written
/// as `.hex.`, which keeps distinct ids distinct.
pub(super) fn anchor(rule: Option<&str>, cx: &Ctx<'_>) -> String {
    let Some(rule) = rule else { return cx.id("notices") };
    let mut slug = String::from("rule-");
    for ch in rule.chars() {
        if ch.is_ascii_alphanumeric() || ch == '-' || ch == '_' {
            slug.push(ch);
        } else {
            slug.push_str(&format!(".{:x}.", u32::from(ch)));
        }
    }
    cx.id(&slug)
}

/// Writes the problem section of one site, a group at a time.
pub(super) fn emit(site: &SiteAudit, tally: &Tally<'_>, cx: &Ctx<'_>, sink: &mut Sink<'_>) -> io::Result<()> {
    let total = site.findings.len();
    // The section is opened here and closed after its groups, which are
    // sent one by one in between.
    let intro = html! {
        (PreEscaped("<section aria-labelledby=\"")) (cx.id("problems")) (PreEscaped("\">"))
        h2.pb id=(cx.id("problems")) { (cx.lang.word("html-problems-found")) }
        @if total == 0 {
            p { (cx.lang.word("html-no-problems-found")) }
        } @else {
            p {
                (cx.lang.word_with("html-problems-intro", &[("total", total.into()), ("max", MAX_ROWS.into())]))
            }
        }
        (NL)
    };
    sink(&intro.into_string())?;
    for rule in groups(site.score.as_ref(), tally) {
        sink(&group(site, &rule, tally, cx).into_string())?;
    }
    sink("</section>\n")
}

fn group(site: &SiteAudit, rule: &Rule<'_>, tally: &Tally<'_>, cx: &Ctx<'_>) -> Markup {
    let key = rule.id();
    let found = tally.by_rule.get(&key);
    let count = found.map_or(0, |g| g.count);
    let infos: BTreeMap<&str, Option<&CheckInfo>> =
        found.into_iter().flat_map(|g| &g.checks).map(|check| (*check, registry::find(check))).collect();
    let rows = site.findings.iter().filter(|f| f.rule.as_deref() == key).take(MAX_ROWS);
    let rest = count.saturating_sub(MAX_ROWS);
    let anchor = anchor(key, cx);
    html! {
        // Named with the section's heading: a group's heading is a rubric
        // indicator's name, which another section may carry (axe's
        // `landmark-unique` asks for distinct names).
        section aria-labelledby={ (cx.id("problems")) " " (anchor) } {
            h3 id=(anchor) { (heading(rule, cx)) }
            p.muted { (summary(rule, count, cx)) }
            (fixes(&infos, cx))
            table.findings {
                colgroup { col.c-no; col.c-detail; col.c-page; col.c-status; col.c-evidence; col.c-seen; }
                thead {
                    tr {
                        th scope="col" { (cx.lang.word("html-row-number")) }
                        th scope="col" { (cx.lang.word("html-problem")) }
                        th scope="col" { (cx.lang.word("html-page-and-target")) }
                        th scope="col" { (cx.lang.word("html-status")) }
                        th scope="col" { (cx.lang.word("html-location-and-evidence")) }
                        th scope="col" { (cx.lang.word("html-seen")) }
                    }
                }
                (NL)
                tbody {
                    @for (n, finding) in rows.enumerate() {
                        (row(n + 1, finding, infos.get(finding.check.as_str()).copied().flatten(), cx)) (NL)
                    }
                }
            }
            @if rest > 0 {
                p.more {
                    (cx.lang.word_with("html-problems-more", &[("rest", rest.into())]))
                }
            }
        }
        (NL)
    }
}

fn heading(rule: &Rule<'_>, cx: &Ctx<'_>) -> String {
    match rule {
        Rule::Veto(v) => {
            cx.lang.word_with("html-group-veto", &[("id", (&v.id).into()), ("title", (&v.title).into())])
        }
        Rule::Indicator(i) => i.title.clone(),
        Rule::Other(id) => cx.lang.word_with("html-group-rule", &[("id", (*id).into())]),
        Rule::Unruled => cx.lang.word("html-notices"),
    }
}

/// `共 1 条；扣 5 / 15 分`: the group's size and what it cost.
fn summary(rule: &Rule<'_>, count: usize, cx: &Ctx<'_>) -> String {
    let cost = match rule {
        Rule::Indicator(i) if i.excluded => Some(cx.lang.word("html-not-scored")),
        Rule::Indicator(i) => Some(cx.lang.word_with(
            "html-group-points-lost",
            &[("lost", points(i.lost).into()), ("weight", points(i.weight).into())],
        )),
        Rule::Veto(v) => Some(super::sections::veto_status(v.status, cx)),
        Rule::Other(_) | Rule::Unruled => None,
    };
    let count = cx.lang.word_with("html-group-count", &[("count", count.into())]);
    match cost {
        Some(cost) => {
            cx.lang.word_with("html-group-summary", &[("count", count.into()), ("cost", cost.into())])
        }
        None => count,
    }
}

/// How to fix each check of the group, once, rather than on every row.
fn fixes(infos: &BTreeMap<&str, Option<&CheckInfo>>, cx: &Ctx<'_>) -> Markup {
    let known: Vec<&CheckInfo> =
        infos.values().flatten().copied().filter(|i| !i.fix(cx.lang).is_empty()).collect();
    html! {
        @if !known.is_empty() {
            div.fixes {
                p { strong { (cx.lang.word("html-how-to-fix")) } }
                dl {
                    @for info in known {
                        dt { (info.title(cx.lang)) " " code { (info.id) } }
                        dd { (info.fix(cx.lang)) }
                    }
                }
            }
        }
    }
}

fn severity_label(severity: Severity, cx: &Ctx<'_>) -> String {
    match severity {
        Severity::Veto => cx.lang.word("html-severity-veto"),
        Severity::Deduction => cx.lang.word("html-severity-deduction"),
        Severity::Notice => cx.lang.word("html-severity-notice"),
    }
}

/// `s` cut to [`MAX_SNIPPET`] characters.
fn clip(s: &str) -> String {
    match s.char_indices().nth(MAX_SNIPPET) {
        Some((end, _)) => format!("{}…", &s[..end]),
        None => s.to_owned(),
    }
}

fn row(n: usize, f: &Finding, info: Option<&CheckInfo>, cx: &Ctx<'_>) -> Markup {
    html! {
        tr.finding {
            td.n { (n) }
            td {
                (f.detail)
                div.muted {
                    span.tag { (severity_label(f.severity, cx)) }
                    @if let Some(info) = info { (info.title(cx.lang)) " " }
                    code { (f.check) }
                    @if let Some(print) = &f.fingerprint {
                        " · " (cx.lang.word("review-fingerprint")) code.fp { (print) }
                    }
                }
                @if let Some(review) = &f.review { (super::review::mark(review, cx)) }
                @if let Some(column) = &f.column { div { (cx.lang.word("html-finding-column")) (url(column)) } }
                @if let Some(account) = &f.account {
                    div {
                        (cx.lang.word("html-finding-account")) (account)
                        @if let Some(platform) = &f.platform { " (" (platform) ")" }
                    }
                }
                @if let Some(mark) = &f.mark { div { (cx.lang.word("html-finding-mark")) code { (mark) } } }
                @if let Some(source) = &f.source { div.muted { (cx.lang.word("html-finding-source")) (source) } }
            }
            td { (location(f, cx)) }
            td {
                @if let Some(status) = f.status { span.nowrap { "HTTP " (status) } }
                @if let Some(error) = &f.error { div { (clip(error)) } }
                @if f.status.is_none() && f.error.is_none() { span.muted { "—" } }
            }
            td {
                @if let Some(place) = &f.location { div { (cx.lang.word("html-finding-place")) (place) } }
                @if let Some(selector) = &f.selector { div { code { (clip(selector)) } } }
                @if !f.evidence.is_empty() { div { (clip(&f.evidence)) } }
                @if f.rendered == Some(true) {
                    div.muted {
                        (cx.lang.word("html-finding-rendered"))
                        @if let Some(shot) = f.screenshot.as_deref().filter(|s| is_screenshot_path(s)) {
                            " · " a href=(shot) { (cx.lang.word("html-finding-screenshot")) }
                        }
                    }
                }
            }
            td.nowrap { (cx.as_of) }
        }
    }
}

/// A screenshot the audit wrote beside the scorecard (`screenshots/3.png`):
/// only such a relative name becomes a link, whatever a report file says.
fn is_screenshot_path(path: &str) -> bool {
    path.strip_prefix("screenshots/")
        .and_then(|name| name.strip_suffix(".png"))
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// The page it was seen on and the target it is about, as text, linked
/// only when they are web URLs.
fn location(f: &Finding, cx: &Ctx<'_>) -> Markup {
    html! {
        @match &f.page {
            Some(page) => (url(page)),
            None => span.muted { (cx.lang.word("html-not-bound-to-a-page")) },
        }
        @if let Some(target) = &f.target {
            div {
                "→ " (url(target))
                @if let Some(element) = &f.element { " " code { "<" (element) ">" } }
            }
        }
        @if f.on_homepage == Some(true) || f.internal == Some(false) {
            div {
                @if f.on_homepage == Some(true) { span.tag { (cx.lang.word("html-tag-home-page")) } }
                @if f.internal == Some(false) { span.tag { (cx.lang.word("html-tag-external")) } }
            }
        }
    }
}
