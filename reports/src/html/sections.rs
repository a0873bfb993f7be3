//! The scorecard's sections above the problem tables: the header with the
//! verdict, the veto table, the scores, the columns and the accounts. Each
//! function returns one section's markup, which the writer sends on before
//! building the next.

use checks::audit::{Account, Column, SiteAudit, Stats};
use checks::scorecard::{IndexScore, Score, VetoResult, VetoStatus};
use checks::{Audit, Lang};
use maud::{Markup, html};

use super::Ctx;
use super::charts::{self, MAX_AGE_BARS};
use super::common::{NL, category_label, kind_label, points, url, verdict};
use super::problems::{Tally, anchor};

pub(super) fn header(audit: &Audit, site: &SiteAudit, cx: &Ctx<'_>) -> Markup {
    html! {
        header.head {
            div {
                p.kicker { (cx.lang.word("html-kicker")) }
                h1 { (site.name) }
                (facts(audit, site, cx))
            }
            @if let Some(score) = &site.score { (scorebox(score, cx)) }
        }
        (NL)
        @match &site.score {
            Some(score) if score.vetoed => (veto_banner(score, cx)),
            Some(_) => {},
            None => p.note {
                (cx.lang.word("html-not-scored-note"))
            },
        }
        @if site.stats.truncated {
            p.note {
                (cx.lang.word("html-truncated-note"))
            }
        }
        (NL)
    }
}

fn facts(audit: &Audit, site: &SiteAudit, cx: &Ctx<'_>) -> Markup {
    html! {
        dl.facts {
            dt { (cx.lang.word("html-address")) } dd { (url(&site.root)) }
            dt { (cx.lang.word("html-audit-day")) } dd { (audit.as_of) }
            dt { (cx.lang.word("html-crawled")) } dd { (timestamp(&audit.started_at)) " – " (timestamp(&audit.finished_at)) }
            @if let Some(score) = &site.score {
                dt { (cx.lang.word("html-rubric")) } dd { (score.rubric_name) " " code { (score.rubric) } }
                dt { (cx.lang.word("html-site-kind")) }
                dd {
                    @if score.service {
                        (kind_label(&score.kind, cx.lang))
                    } @else {
                        (cx.lang.word_with("html-kind-no-services", &[("kind", kind_label(&score.kind, cx.lang).into())]))
                    }
                }
            }
            dt { (cx.lang.word("html-crawl")) } dd { (crawl_words(&site.stats, cx.lang)) }
            @if let Some(latest) = &site.freshness.homepage_latest {
                dt { (cx.lang.word("html-home-page-newest")) } dd { (latest) }
            }
            @if let Some(policy) = &site.policy {
                dt { (cx.lang.word("html-policy-interpretation")) } dd { (policy_words(policy, cx.lang)) }
            }
            @if let Some(replies) = &site.consultations {
                dt { (cx.lang.word("html-replies-title")) } dd { (reply_words(replies, cx.lang)) }
            }
        }
    }
}

/// The county plan's policy interpretation ratios, against its target.
fn policy_words(p: &checks::model::policy::PolicySummary, lang: Lang) -> String {
    let share = |count: u64, ratio: f64| {
        let below = if ratio < p.target { lang.word("html-below-target") } else { String::new() };
        let percent = format!("{:.1}%", ratio * 100.0);
        lang.word_with(
            "html-policy-share",
            &[("count", count.into()), ("percent", percent.into()), ("below", below.into())],
        )
    };
    let (all, interpreted, diversified, target) = (
        p.documents,
        share(p.interpreted, p.interpreted_ratio),
        share(p.diversified, p.diversified_ratio),
        format!("{:.1}%", p.target * 100.0),
    );
    lang.word_with(
        "html-policy",
        &[
            ("documents", all.into()),
            ("interpreted", interpreted.into()),
            ("diversified", diversified.into()),
            ("target", target.into()),
        ],
    )
}

/// How fast the consultation columns answer, in working days, and the
/// holiday calendar each year was counted with (issue 21 §3).
fn reply_words(c: &checks::model::consultations::ConsultationSummary, lang: Lang) -> String {
    let percent =
        c.within_one_working_day_ratio.map_or_else(|| "—".to_owned(), |r| format!("{:.1}%", r * 100.0));
    let calendar: Vec<String> = c
        .calendar
        .iter()
        .map(|y| {
            let year = y.year.to_string();
            match y.basis {
                "shipped" => lang.word_with(
                    "html-replies-calendar-shipped",
                    &[("year", year.into()), ("notice", y.notice.clone().unwrap_or_default().into())],
                ),
                "config" => lang.word_with("html-replies-calendar-config", &[("year", year.into())]),
                _ => lang.word_with("html-replies-calendar-fallback", &[("year", year.into())]),
            }
        })
        .collect();
    lang.word_with(
        "html-replies",
        &[
            ("timed", c.timed.into()),
            ("prompt", c.within_one_working_day.into()),
            ("percent", percent.into()),
            ("limit", c.limit_working_days.into()),
            ("over", c.over_limit.into()),
            ("calendar", calendar.join(&lang.word("calendar-basis-separator")).into()),
        ],
    )
}

/// `2026-11-26T09:00:00+08:00` as `2026-11-26 09:00:00+08:00`: the
/// contract's timestamp, easier to read, with its offset kept.
fn timestamp(rfc3339: &str) -> String {
    rfc3339.replacen('T', " ", 1)
}

fn crawl_words(s: &Stats, lang: Lang) -> String {
    let seconds = format!("{:.1}", s.duration_ms as f64 / 1000.0);
    let mut words = lang.word_with(
        "html-crawl-size",
        &[
            ("pages", s.pages.into()),
            ("links", s.links_checked.into()),
            ("dead", s.errors.into()),
            ("requests", s.requests.into()),
            ("seconds", seconds.into()),
        ],
    );
    if s.skipped > 0 {
        words.push_str(&lang.word_with("html-crawl-skipped", &[("skipped", s.skipped.into())]));
    }
    if s.blocked > 0 {
        words.push_str(&lang.word_with("html-crawl-blocked", &[("blocked", s.blocked.into())]));
    }
    words
}

fn scorebox(score: &Score, cx: &Ctx<'_>) -> Markup {
    let passed = score.passed && !score.vetoed;
    html! {
        div.scorebox {
            (charts::gauge(score, cx))
            p.grade.pass[passed].fail[!passed] { (score.grade_label) }
            p { (verdict(score.passed, score.vetoed, cx.lang)) }
            p.muted {
                (cx.lang.word_with("html-lost-and-bonus", &[("lost", points(score.deducted).into()), ("bonus", points(score.bonus).into())]))
                @if score.vetoed { br; (cx.lang.word("html-vetoed-total-note")) }
                @if score.unassessed > 0.0 {
                    br;
                    (cx.lang.word_with("html-unassessed-points", &[("points", points(score.unassessed).into())]))
                }
            }
        }
    }
}

fn veto_banner(score: &Score, cx: &Ctx<'_>) -> Markup {
    let fired: Vec<&VetoResult> = score.vetoes.iter().filter(|v| v.status == VetoStatus::Fired).collect();
    html! {
        div.veto-banner {
            p { (cx.lang.word("html-veto-banner")) }
            @if !fired.is_empty() {
                ul {
                    @for veto in fired {
                        li {
                            strong { (veto.id) " " (veto.title) } (unconfirmed(veto.confirmed, cx))
                            (cx.lang.word("html-colon")) (veto.evidence)
                        }
                    }
                }
            }
        }
    }
}

/// The mark on a rule the national text does not confirm as stated.
fn unconfirmed(confirmed: bool, cx: &Ctx<'_>) -> Markup {
    html! { @if !confirmed { span.muted { (cx.lang.word("html-unconfirmed")) } } }
}

pub(super) fn veto_status(status: VetoStatus, cx: &Ctx<'_>) -> String {
    match status {
        VetoStatus::Fired => cx.lang.word("html-fired"),
        VetoStatus::Clear => cx.lang.word("html-clear"),
        VetoStatus::NotAssessed => cx.lang.word("html-not-assessed"),
    }
}

/// A link to the rule's problem group, when it has one.
fn findings_cell(rule: &str, count: u64, tally: &Tally<'_>, cx: &Ctx<'_>) -> Markup {
    html! {
        @if tally.has(rule) {
            a href={ "#" (anchor(Some(rule), cx)) } { (count) }
        } @else {
            (count)
        }
    }
}

pub(super) fn vetoes(score: &Score, tally: &Tally<'_>, cx: &Ctx<'_>) -> Markup {
    html! {
        section aria-labelledby=(cx.id("vetoes")) {
            h2 id=(cx.id("vetoes")) { (cx.lang.word("html-vetoes")) }
            table {
                thead {
                    tr {
                        th scope="col" { (cx.lang.word("html-id")) }
                        th scope="col" { (cx.lang.word("html-veto")) }
                        th scope="col" { (cx.lang.word("html-result")) }
                        th scope="col" { (cx.lang.word("html-evidence")) }
                        th.n scope="col" { (cx.lang.word("html-findings")) }
                    }
                }
                tbody {
                    @for veto in &score.vetoes {
                        tr {
                            td.nowrap { (veto.id) }
                            td { (veto.title) (unconfirmed(veto.confirmed, cx)) }
                            td.nowrap {
                                @if veto.needs_confirmation {
                                    // Clear only on assumed years: not shown plainly clear.
                                    span.tag.na { (cx.lang.word("html-to-confirm")) }
                                } @else {
                                    span.tag.fired[veto.status == VetoStatus::Fired]
                                        .clear[veto.status == VetoStatus::Clear]
                                        .na[veto.status == VetoStatus::NotAssessed] { (veto_status(veto.status, cx)) }
                                }
                            }
                            td { (veto.evidence) }
                            td.n { (findings_cell(&veto.id, veto.findings, tally, cx)) }
                        }
                        (NL)
                    }
                }
            }
        }
        (NL)
    }
}

pub(super) fn scores(score: &Score, tally: &Tally<'_>, cx: &Ctx<'_>) -> Markup {
    html! {
        section aria-labelledby=(cx.id("scores")) {
            h2 id=(cx.id("scores")) { (cx.lang.word("html-scores")) }
            h3 { (cx.lang.word("html-by-index")) }
            (index_table(&score.indices, cx))
            h3 { (cx.lang.word("html-points-lost-per-indicator")) }
            (charts::indicator_bars(score, cx))
            h3 { (cx.lang.word("html-indicators")) }
            (indicator_table(score, tally, cx))
        }
        (NL)
    }
}

fn index_table(indices: &[IndexScore], cx: &Ctx<'_>) -> Markup {
    html! {
        table {
            thead {
                tr {
                    th scope="col" { (cx.lang.word("html-index")) }
                    th.n scope="col" { (cx.lang.word("html-weight")) }
                    th.n scope="col" { (cx.lang.word("html-lost")) }
                    th.n scope="col" { (cx.lang.word("html-score")) }
                }
            }
            tbody {
                @for index in indices {
                    tr {
                        td {
                            (index.title)
                            @if index.excluded { " " span.tag.na { (cx.lang.word("html-not-scored")) } }
                        }
                        td.n { (points(index.weight)) }
                        td.n { (points(index.lost)) }
                        td.n { (points(index.score)) }
                    }
                    (NL)
                }
            }
        }
    }
}

fn indicator_table(score: &Score, tally: &Tally<'_>, cx: &Ctx<'_>) -> Markup {
    let index_title =
        |id: &str| score.indices.iter().find(|i| i.id == id).map_or(id.to_owned(), |i| i.title.clone());
    html! {
        table {
            thead {
                tr {
                    th scope="col" { (cx.lang.word("html-id")) }
                    th scope="col" { (cx.lang.word("html-indicator")) }
                    th scope="col" { (cx.lang.word("html-indicator-index")) }
                    th.n scope="col" { (cx.lang.word("html-weight")) }
                    th.n scope="col" { (cx.lang.word("html-lost")) }
                    th.n scope="col" { (cx.lang.word("html-uncapped")) }
                    th.n scope="col" { (cx.lang.word("html-findings")) }
                    th scope="col" { (cx.lang.word("html-notes")) }
                }
            }
            tbody {
                @for i in &score.indicators {
                    tr {
                        td { code { (i.id) } }
                        td { (i.title) }
                        td { (index_title(&i.index)) }
                        td.n { (points(i.weight)) }
                        td.n { (points(i.lost)) }
                        td.n { (points(i.uncapped)) }
                        td.n { (findings_cell(&i.id, i.findings, tally, cx)) }
                        td {
                            @if !i.assessed { span.tag.na { (cx.lang.word("html-not-assessed")) } }
                            @if i.excluded { span.tag.na { (cx.lang.word("html-not-scored")) } }
                            @if i.uncapped > i.lost + 0.005 { span.tag.fired { (cx.lang.word("html-capped")) } }
                            @if !i.confirmed { span.tag.na { (cx.lang.word("html-unconfirmed-tag")) } }
                        }
                    }
                    (NL)
                }
            }
        }
    }
}

pub(super) fn columns(site: &SiteAudit, cx: &Ctx<'_>) -> Markup {
    let columns = &site.columns;
    let ages = charts::ages(columns, cx);
    let blank: Vec<&Column> = columns.iter().filter(|c| c.blank).collect();
    let undated: Vec<&Column> = columns
        .iter()
        .filter(|c| !c.blank && !c.exempt && c.latest.is_none() && c.limit_days.is_some())
        .collect();
    html! {
        section aria-labelledby=(cx.id("columns")) {
            h2.pb id=(cx.id("columns")) { (cx.lang.word("html-column-updates")) }
            @if columns.is_empty() {
                p { (cx.lang.word("html-no-columns-were-found")) }
            } @else {
                @if ages.is_empty() {
                    p { (cx.lang.word("html-no-freshness-chart")) }
                } @else {
                    figure {
                        (charts::freshness(&ages, cx))
                        figcaption { (freshness_caption(ages.len(), cx)) }
                    }
                }
                (column_list(&cx.lang.word("html-blank-columns"), &blank, cx))
                (column_list(&cx.lang.word("html-undated-columns"), &undated, cx))
                (column_table(columns, cx))
            }
        }
        (NL)
    }
}

fn freshness_caption(bars: usize, cx: &Ctx<'_>) -> String {
    let caption = cx.lang.word("html-freshness-caption");
    if bars <= MAX_AGE_BARS {
        return caption;
    }
    cx.lang.word_with(
        "html-freshness-caption-more",
        &[
            ("caption", caption.into()),
            ("drawn", MAX_AGE_BARS.into()),
            ("rest", (bars - MAX_AGE_BARS).into()),
        ],
    )
}

fn column_list(label: &str, columns: &[&Column], cx: &Ctx<'_>) -> Markup {
    html! {
        @if !columns.is_empty() {
            p {
                strong { (cx.lang.word_with("html-column-list-label", &[("label", label.into()), ("count", columns.len().into())])) }
                @for (n, column) in columns.iter().enumerate() {
                    @if n > 0 { (cx.lang.word("html-list-separator")) }
                    (column.name)
                }
            }
        }
    }
}

fn column_table(columns: &[Column], cx: &Ctx<'_>) -> Markup {
    html! {
        table {
            thead {
                tr {
                    th scope="col" { (cx.lang.word("html-column")) }
                    th scope="col" { (cx.lang.word("html-category")) }
                    th.n scope="col" { (cx.lang.word("html-items")) }
                    th scope="col" { (cx.lang.word("html-newest-item")) }
                    th.n scope="col" { (cx.lang.word("html-limit-days")) }
                    th scope="col" { (cx.lang.word("html-due")) }
                    th scope="col" { (cx.lang.word("html-state")) }
                }
            }
            tbody {
                @for column in columns {
                    tr {
                        td { (column.name) div { (url(&column.url)) } }
                        td { (category_label(column.category.as_str(), cx.lang)) }
                        td.n { (column.items) }
                        td.nowrap {
                            (column.latest.as_deref().unwrap_or("—"))
                            @if column.latest_year_from == Some(checks::facts::dates::YearSource::Assumed) {
                                span.muted { (cx.lang.word("html-year-assumed")) }
                            }
                        }
                        td.n { @match column.limit_days { Some(days) => (days), None => "—" } }
                        td.nowrap { (column.due.as_deref().unwrap_or("—")) }
                        td { (column_state(column, cx)) }
                    }
                    (NL)
                }
            }
        }
    }
}

fn column_state(column: &Column, cx: &Ctx<'_>) -> Markup {
    html! {
        @if column.stale { span.tag.fired { (cx.lang.word("html-overdue")) } }
        @if column.blank { span.tag.fired { (cx.lang.word("html-blank")) } }
        @if column.exempt { span.tag.na { (cx.lang.word("html-exempt")) } }
        @if column.limit_days.is_none() && !column.blank && !column.exempt {
            span.tag.na { (cx.lang.word("html-no-limit")) }
        }
        @if !column.stale && !column.blank && !column.exempt && column.limit_days.is_some() && column.latest.is_some() {
            span.tag.clear { (cx.lang.word("html-current")) }
        }
        @if column.built_by.contains(&checks::facts::html::scripted::ListSource::Rendered) {
            span.tag.na { (cx.lang.word("html-read-from-a-rendered-page")) }
        } @else if !column.built_by.is_empty() && column.items == 0 {
            span.tag.na { (cx.lang.word("html-built-by-script-not-read")) }
        } @else if !column.built_by.is_empty() {
            span.tag.na { (cx.lang.word("html-list-built-by-script")) }
        }
    }
}

pub(super) fn accounts(site: &SiteAudit, cx: &Ctx<'_>) -> Markup {
    html! {
        @if !site.accounts.is_empty() {
            section aria-labelledby=(cx.id("accounts")) {
                h2 id=(cx.id("accounts")) { (cx.lang.word("html-official-new-media-accounts")) }
                @if let Some(media) = &site.new_media {
                    p {
                        strong.pass[media.passed].fail[media.vetoed] {
                            (if media.vetoed {
                                cx.lang.word("html-official-accounts-fail-veto")
                            } else if media.passed {
                                cx.lang.word("html-official-accounts-pass")
                            } else {
                                cx.lang.word("html-official-accounts-not-assessed")
                            })
                        }
                        " "
                        (cx.lang.word_with("html-accounts-summary", &[("accounts", media.accounts.into()), ("evaluated", media.evaluated.into()), ("stale", media.failed.into())]))
                    }
                    (veto_list(&media.vetoes, cx))
                }
                table {
                    thead {
                        tr {
                            th scope="col" { (cx.lang.word("html-account")) }
                            th scope="col" { (cx.lang.word("html-platform")) }
                            th scope="col" { (cx.lang.word("html-unit")) }
                            th.n scope="col" { (cx.lang.word("html-posts")) }
                            th scope="col" { (cx.lang.word("html-newest-post")) }
                            th scope="col" { (cx.lang.word("html-state")) }
                        }
                    }
                    tbody {
                        @for account in &site.accounts { (account_row(account, cx)) (NL) }
                    }
                }
            }
            (NL)
        }
    }
}

/// The account vetoes, each with its status and evidence.
fn veto_list(vetoes: &[VetoResult], cx: &Ctx<'_>) -> Markup {
    html! {
        ul {
            @for v in vetoes {
                li {
                    (v.id) " " (v.title) "："
                    span.tag.fired[v.status == VetoStatus::Fired].clear[v.status == VetoStatus::Clear] { (veto_status(v.status, cx)) }
                    " " (v.evidence)
                }
            }
        }
    }
}

fn account_row(account: &Account, cx: &Ctx<'_>) -> Markup {
    html! {
        tr {
            td {
                (account.name)
                div {
                    @if account.checkable {
                        (url(&account.url))
                    } @else {
                        (cx.lang.word("html-account-qr-only"))
                    }
                }
            }
            td { (account.platform) }
            td { (account.unit.as_deref().unwrap_or("—")) }
            td.n { (account.posts) }
            td.nowrap { (account.latest.as_deref().unwrap_or("—")) }
            td {
                @match account.state.as_str() {
                    "unreachable" => span.tag.fired { (cx.lang.word("html-unreachable")) },
                    "stale" => span.tag.fired { (cx.lang.word("html-account-overdue")) },
                    "not_evaluated" => span.tag { (cx.lang.word("html-not-evaluated")) },
                    _ => span.tag.clear { (cx.lang.word("html-current")) },
                }
                @if account.zombie { " " span.tag.fired { (cx.lang.word("html-zombie")) } }
            }
        }
    }
}

/// The home page's identity marks with the values read, so a wrong value
/// (another site's code, a lapsed filing number) can be seen.
pub(super) fn marks(site: &SiteAudit, cx: &Ctx<'_>) -> Markup {
    let name = |mark: &str| checks::facts::marks::name(mark, cx.lang);
    html! {
        @if let Some(marks) = &site.marks {
            section aria-labelledby=(cx.id("marks")) {
                h2 id=(cx.id("marks")) { (cx.lang.word("html-identity-marks")) }
                table {
                    thead {
                        tr {
                            th scope="col" { (cx.lang.word("html-mark-name")) }
                            th scope="col" { (cx.lang.word("html-value-on-the-page")) }
                        }
                    }
                    tbody {
                        @for m in marks {
                            tr {
                                td { (name(&m.mark)) }
                                td {
                                    @match (&m.value, m.present) {
                                        (Some(value), _) => code { (value) },
                                        (None, true) => span.tag.clear { (cx.lang.word("html-present-no-written-value")) },
                                        (None, false) => span.tag.fired { (cx.lang.word("html-missing")) },
                                    }
                                }
                            }
                            (NL)
                        }
                    }
                }
            }
            (NL)
        }
    }
}
