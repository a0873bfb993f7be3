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
                p.kicker { (cx.pick("政府网站检查报告", "Government website inspection report")) }
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
                (cx.pick("本站未评分：没有适用的评分标准。以下仍列出发现的问题。",
                    "This site was not scored: no rubric applied. The problems found are still listed below."))
            },
        }
        @if site.stats.truncated {
            p.note {
                (cx.pick("抓取因页数或时间限制提前结束，问题数为下限。",
                    "A page or time limit stopped the crawl early: the problems found are a lower bound."))
            }
        }
        (NL)
    }
}

fn facts(audit: &Audit, site: &SiteAudit, cx: &Ctx<'_>) -> Markup {
    html! {
        dl.facts {
            dt { (cx.pick("网址", "Address")) } dd { (url(&site.root)) }
            dt { (cx.pick("检查日期", "Audit day")) } dd { (audit.as_of) }
            dt { (cx.pick("抓取时间", "Crawled")) } dd { (timestamp(&audit.started_at)) " – " (timestamp(&audit.finished_at)) }
            @if let Some(score) = &site.score {
                dt { (cx.pick("评分标准", "Rubric")) } dd { (score.rubric_name) " " code { (score.rubric) } }
                dt { (cx.pick("网站类型", "Site kind")) }
                dd {
                    (kind_label(&score.kind, cx.lang))
                    @if !score.service {
                        (cx.pick("；无公共服务，不计办事服务指标，按满分折算",
                            "; no public services: scored without the service indicators, scaled to full marks"))
                    }
                }
            }
            dt { (cx.pick("抓取规模", "Crawl")) } dd { (crawl_words(&site.stats, cx.lang)) }
            @if let Some(latest) = &site.freshness.homepage_latest {
                dt { (cx.pick("首页最新信息", "Home page's newest item")) } dd { (latest) }
            }
            @if let Some(policy) = &site.policy {
                dt { (cx.pick("政策解读", "Policy interpretation")) } dd { (policy_words(policy, cx.lang)) }
            }
        }
    }
}

/// The county plan's policy interpretation ratios, against its target.
fn policy_words(p: &checks::model::policy::PolicySummary, lang: Lang) -> String {
    let share = |count: u64, ratio: f64| {
        let below = if ratio < p.target { lang.pick("（未达目标）", " (below target)") } else { "" };
        let pct = ratio * 100.0;
        match lang {
            Lang::Zh => format!("{count} 份（{pct:.1}%）{below}"),
            Lang::En => format!("{count} ({pct:.1}%){below}"),
        }
    };
    let (all, interpreted, diversified, target) = (
        p.documents,
        share(p.interpreted, p.interpreted_ratio),
        share(p.diversified, p.diversified_ratio),
        format!("{:.1}%", p.target * 100.0),
    );
    match lang {
        Lang::Zh => format!(
            "近一年政策文件 {all} 份：有解读 {interpreted}，多元化解读 {diversified}；县级工作方案目标 {target}"
        ),
        Lang::En => format!(
            "{all} policy documents of the last year: interpreted {interpreted}, with a diversified interpretation {diversified}; county plan target {target}"
        ),
    }
}

/// `2026-11-26T09:00:00+08:00` as `2026-11-26 09:00:00+08:00`: the
/// contract's timestamp, easier to read, with its offset kept.
fn timestamp(rfc3339: &str) -> String {
    rfc3339.replacen('T', " ", 1)
}

fn crawl_words(s: &Stats, lang: Lang) -> String {
    let seconds = format!("{:.1}", s.duration_ms as f64 / 1000.0);
    let mut words = match lang {
        Lang::Zh => format!(
            "{} 个页面，检查 {} 个链接目标（{} 个失效），{} 次请求，用时 {seconds} 秒",
            s.pages, s.links_checked, s.errors, s.requests
        ),
        Lang::En => format!(
            "{} pages, {} link targets checked ({} dead), {} requests, {seconds} s",
            s.pages, s.links_checked, s.errors, s.requests
        ),
    };
    if s.skipped > 0 {
        words.push_str(&match lang {
            Lang::Zh => format!("；未请求 {} 个（robots.txt、排除规则、站外等）", s.skipped),
            Lang::En => format!("; {} not requested (robots.txt, exclusions, off-site…)", s.skipped),
        });
    }
    if s.blocked > 0 {
        words.push_str(&match lang {
            Lang::Zh => format!("；{} 个遇到人机验证，无法评估", s.blocked),
            Lang::En => {
                format!("; {} answered with an anti-bot challenge and could not be assessed", s.blocked)
            }
        });
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
                (cx.pick("扣分 ", "Lost ")) (points(score.deducted))
                (cx.pick("；加分 ", "; bonus ")) (points(score.bonus))
                @if score.vetoed { br; (cx.pick("已单项否决，总分仅供参考", "Vetoed: the total is for information only")) }
                @if score.unassessed > 0.0 {
                    br;
                    (match cx.lang {
                        Lang::Zh => format!("其中 {} 分的指标尚无自动检查，待人工核查", points(score.unassessed)),
                        Lang::En => format!("{} points of indicators no check measures yet await a person", points(score.unassessed)),
                    })
                }
            }
        }
    }
}

fn veto_banner(score: &Score, cx: &Ctx<'_>) -> Markup {
    let fired: Vec<&VetoResult> = score.vetoes.iter().filter(|v| v.status == VetoStatus::Fired).collect();
    html! {
        div.veto-banner {
            p { (cx.pick("单项否决：本站检查结果为不合格", "Veto (单项否决): the site fails the inspection")) }
            @if !fired.is_empty() {
                ul {
                    @for veto in fired {
                        li {
                            strong { (veto.id) " " (veto.title) } (unconfirmed(veto.confirmed, cx))
                            (cx.pick("：", ": ")) (veto.evidence)
                        }
                    }
                }
            }
        }
    }
}

/// The mark on a rule the national text does not confirm as stated.
fn unconfirmed(confirmed: bool, cx: &Ctx<'_>) -> Markup {
    html! { @if !confirmed { span.muted { (cx.pick("（未经证实）", " (unconfirmed)")) } } }
}

pub(super) fn veto_status(status: VetoStatus, cx: &Ctx<'_>) -> &'static str {
    match status {
        VetoStatus::Fired => cx.pick("否决", "fired"),
        VetoStatus::Clear => cx.pick("未触发", "clear"),
        VetoStatus::NotAssessed => cx.pick("未评估", "not assessed"),
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
            h2 id=(cx.id("vetoes")) { (cx.pick("单项否决", "Vetoes")) }
            table {
                thead {
                    tr {
                        th scope="col" { (cx.pick("编号", "Id")) }
                        th scope="col" { (cx.pick("否决项", "Veto")) }
                        th scope="col" { (cx.pick("结果", "Result")) }
                        th scope="col" { (cx.pick("依据", "Evidence")) }
                        th.n scope="col" { (cx.pick("问题数", "Findings")) }
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
                                    span.tag.na { (cx.pick("待人工确认", "to confirm")) }
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
            h2 id=(cx.id("scores")) { (cx.pick("得分", "Scores")) }
            h3 { (cx.pick("分项得分", "By index")) }
            (index_table(&score.indices, cx))
            h3 { (cx.pick("各指标扣分", "Points lost per indicator")) }
            (charts::indicator_bars(score, cx))
            h3 { (cx.pick("扣分指标", "Indicators")) }
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
                    th scope="col" { (cx.pick("指数", "Index")) }
                    th.n scope="col" { (cx.pick("分值", "Weight")) }
                    th.n scope="col" { (cx.pick("扣分", "Lost")) }
                    th.n scope="col" { (cx.pick("得分", "Score")) }
                }
            }
            tbody {
                @for index in indices {
                    tr {
                        td {
                            (index.title)
                            @if index.excluded { " " span.tag.na { (cx.pick("不计分", "not scored")) } }
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
                    th scope="col" { (cx.pick("编号", "Id")) }
                    th scope="col" { (cx.pick("指标", "Indicator")) }
                    th scope="col" { (cx.pick("所属指数", "Index")) }
                    th.n scope="col" { (cx.pick("分值", "Weight")) }
                    th.n scope="col" { (cx.pick("扣分", "Lost")) }
                    th.n scope="col" { (cx.pick("未封顶扣分", "Uncapped")) }
                    th.n scope="col" { (cx.pick("问题数", "Findings")) }
                    th scope="col" { (cx.pick("说明", "Notes")) }
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
                            @if !i.assessed { span.tag.na { (cx.pick("未评估", "not assessed")) } }
                            @if i.excluded { span.tag.na { (cx.pick("不计分", "not scored")) } }
                            @if i.uncapped > i.lost + 0.005 { span.tag.fired { (cx.pick("已封顶", "capped")) } }
                            @if !i.confirmed { span.tag.na { (cx.pick("未经证实", "unconfirmed")) } }
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
            h2.pb id=(cx.id("columns")) { (cx.pick("栏目更新", "Column updates")) }
            @if columns.is_empty() {
                p { (cx.pick("未识别到栏目。", "No columns were found.")) }
            } @else {
                @if ages.is_empty() {
                    p { (cx.pick("没有可计算更新期限的栏目。", "No column has both an update limit and a dated item.")) }
                } @else {
                    figure {
                        (charts::freshness(&ages, cx))
                        figcaption { (freshness_caption(ages.len(), cx)) }
                    }
                }
                (column_list(cx.pick("空白栏目", "Blank columns"), &blank, cx))
                (column_list(cx.pick("未识别到发布日期的栏目（按未更新计）", "Columns with no dated item (count as not updated)"), &undated, cx))
                (column_table(columns, cx))
            }
        }
        (NL)
    }
}

fn freshness_caption(bars: usize, cx: &Ctx<'_>) -> String {
    let base = cx.pick(
        "每个栏目一根柱：距最新信息的天数占其更新期限的比例，虚线为期限，红色为超期。",
        "One bar per column: days since its newest item as a share of its limit; the dashed line is the limit, red bars are overdue.",
    );
    match (bars > MAX_AGE_BARS, cx.lang) {
        (false, _) => base.to_owned(),
        (true, Lang::Zh) => {
            format!("{base}图中为最需更新的 {MAX_AGE_BARS} 个栏目，其余 {} 个见下表。", bars - MAX_AGE_BARS)
        }
        (true, Lang::En) => {
            format!(
                "{base} The {MAX_AGE_BARS} most overdue are drawn; the other {} are in the table.",
                bars - MAX_AGE_BARS
            )
        }
    }
}

fn column_list(label: &str, columns: &[&Column], cx: &Ctx<'_>) -> Markup {
    html! {
        @if !columns.is_empty() {
            p {
                strong { (label) (cx.pick("（", " (")) (columns.len()) (cx.pick("）：", "): ")) }
                @for (n, column) in columns.iter().enumerate() {
                    @if n > 0 { (cx.pick("、", ", ")) }
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
                    th scope="col" { (cx.pick("栏目", "Column")) }
                    th scope="col" { (cx.pick("分类", "Category")) }
                    th.n scope="col" { (cx.pick("条目数", "Items")) }
                    th scope="col" { (cx.pick("最新信息", "Newest item")) }
                    th.n scope="col" { (cx.pick("期限（天）", "Limit (days)")) }
                    th scope="col" { (cx.pick("到期日", "Due")) }
                    th scope="col" { (cx.pick("状态", "State")) }
                }
            }
            tbody {
                @for column in columns {
                    tr {
                        td { (column.name) div { (url(&column.url)) } }
                        td { (category_label(&column.category, cx.lang)) }
                        td.n { (column.items) }
                        td.nowrap {
                            (column.latest.as_deref().unwrap_or("—"))
                            @if column.latest_year_from == Some(checks::facts::dates::YearSource::Assumed) {
                                span.muted { (cx.pick("（年份推定）", " (year assumed)")) }
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
        @if column.stale { span.tag.fired { (cx.pick("超期", "overdue")) } }
        @if column.blank { span.tag.fired { (cx.pick("空白", "blank")) } }
        @if column.exempt { span.tag.na { (cx.pick("豁免", "exempt")) } }
        @if column.limit_days.is_none() && !column.blank && !column.exempt {
            span.tag.na { (cx.pick("无更新期限", "no limit")) }
        }
        @if !column.stale && !column.blank && !column.exempt && column.limit_days.is_some() && column.latest.is_some() {
            span.tag.clear { (cx.pick("正常", "current")) }
        }
        @if column.built_by.contains(&checks::facts::html::scripted::ListSource::Rendered) {
            span.tag.na { (cx.pick("浏览器渲染读取", "read from a rendered page")) }
        } @else if !column.built_by.is_empty() && column.items == 0 {
            span.tag.na { (cx.pick("脚本生成，未能读取", "built by script, not read")) }
        } @else if !column.built_by.is_empty() {
            span.tag.na { (cx.pick("脚本生成列表", "list built by script")) }
        }
    }
}

pub(super) fn accounts(site: &SiteAudit, cx: &Ctx<'_>) -> Markup {
    html! {
        @if !site.accounts.is_empty() {
            section aria-labelledby=(cx.id("accounts")) {
                h2 id=(cx.id("accounts")) { (cx.pick("政务新媒体账号", "Official new-media accounts")) }
                @if let Some(media) = &site.new_media {
                    p {
                        strong.pass[media.passed].fail[media.vetoed] {
                            (if media.vetoed {
                                cx.pick("政务新媒体：不合格（单项否决）", "Official accounts: fail (veto)")
                            } else if media.passed {
                                cx.pick("政务新媒体：合格", "Official accounts: pass")
                            } else {
                                cx.pick("政务新媒体：未评估（没有账号能够评估）", "Official accounts: not assessed (no account could be evaluated)")
                            })
                        }
                        " "
                        (match cx.lang {
                            Lang::Zh => format!("共 {} 个账号，评估 {} 个，其中不更新 {} 个。", media.accounts, media.evaluated, media.failed),
                            Lang::En => format!("{} accounts, {} evaluated, {} stale.", media.accounts, media.evaluated, media.failed),
                        })
                    }
                    (veto_list(&media.vetoes, cx))
                }
                table {
                    thead {
                        tr {
                            th scope="col" { (cx.pick("账号", "Account")) }
                            th scope="col" { (cx.pick("平台", "Platform")) }
                            th scope="col" { (cx.pick("主办单位", "Unit")) }
                            th.n scope="col" { (cx.pick("发文数", "Posts")) }
                            th scope="col" { (cx.pick("最新发文", "Newest post")) }
                            th scope="col" { (cx.pick("状态", "State")) }
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
                        (cx.pick("仅列出二维码，没有链接：请在配置 [[accounts]] 中添加其 URL", "listed by QR code only, no link: add its URL under [[accounts]]"))
                    }
                }
            }
            td { (account.platform) }
            td { (account.unit.as_deref().unwrap_or("—")) }
            td.n { (account.posts) }
            td.nowrap { (account.latest.as_deref().unwrap_or("—")) }
            td {
                @match account.state.as_str() {
                    "unreachable" => span.tag.fired { (cx.pick("无法访问", "unreachable")) },
                    "stale" => span.tag.fired { (cx.pick("超期未更新", "overdue")) },
                    "not_evaluated" => span.tag { (cx.pick("无法评估", "not evaluated")) },
                    _ => span.tag.clear { (cx.pick("正常", "current")) },
                }
                @if account.zombie { " " span.tag.fired { (cx.pick("僵尸账号", "zombie")) } }
            }
        }
    }
}

/// The home page's identity marks with the values read, so a wrong value
/// (another site's code, a lapsed filing number) can be seen.
pub(super) fn marks(site: &SiteAudit, cx: &Ctx<'_>) -> Markup {
    let name = |mark: &str| {
        checks::facts::marks::MARKS
            .iter()
            .find(|(id, _, _)| *id == mark)
            .map_or(mark.to_owned(), |(_, zh, en)| cx.pick(zh, en).to_owned())
    };
    html! {
        @if let Some(marks) = &site.marks {
            section aria-labelledby=(cx.id("marks")) {
                h2 id=(cx.id("marks")) { (cx.pick("首页网站标识", "Identity marks on the home page")) }
                table {
                    thead {
                        tr {
                            th scope="col" { (cx.pick("标识", "Mark")) }
                            th scope="col" { (cx.pick("页面上的值", "Value on the page")) }
                        }
                    }
                    tbody {
                        @for m in marks {
                            tr {
                                td { (name(&m.mark)) }
                                td {
                                    @match (&m.value, m.present) {
                                        (Some(value), _) => code { (value) },
                                        (None, true) => span.tag.clear { (cx.pick("有（无文字值）", "present (no written value)")) },
                                        (None, false) => span.tag.fired { (cx.pick("缺少", "missing")) },
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
