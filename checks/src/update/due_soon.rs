//! `update.due-soon`: the site as a whole nears a line it is failed by
//! for not being kept up to date — the home page's two weeks (V3) within
//! `[warnings] homepage_days`, or a V4 column count within `[warnings]
//! count_margin` of its line: (a) stale news and first-level notice and
//! policy columns, 5; (b) stale columns, 10; (c) blank columns, 5. One
//! finding per line; a single column nearing its own limit is
//! `column.due-soon`'s.

use crate::check::{CheckInfo, Finding, Severity};
use crate::model::column::Column;
use crate::model::site::SiteContext;
use crate::update::homepage_stale::{self, State};

pub const INFO: CheckInfo = CheckInfo {
    id: "update.due-soon",
    severity: Severity::Notice,
    title_zh: "首页或栏目数量即将达到单项否决线（更新预警）",
    title_en: "Home page or column counts near a veto line (update warning)",
    docs_zh: "\
检查内容：整站“不更新”类单项否决线之前的预警，每条线一条提示，均给出达线日期（due）。
· 首页（第 3 项）：首页（首页仅为导航页时为其二级页面）最新信息尚在 14 天内，但默认 4 天内（[warnings] homepage_days，\
实践做法：监测平台第 10 天预警）将超过 2 周；due 为超期日期，链接最新信息。
· 栏目数量（第 4 项，线取自评分细则）：(a) 不更新的动态要闻类与一级通知公告、政策文件类栏目合计 5 个，(b) 不更新的栏目合计 10 个，\
(c) 空白栏目 5 个；差 1 个（[warnings] count_margin，实践做法）即达线时提示并列出这些栏目。(a)(b) 的 due 为下一个将超期的栏目的日期\
（链接该栏目）；空白栏目没有到期日，再出现一个即达线，due 为检查日。
已达线时由单项否决本身（update.homepage-stale、第 4 项的栏目计数）报告，本项不再提示；单个栏目的超期预警见 column.due-soon。不扣分。

为何重要：国办秘函〔2019〕19号单项否决第 3、4 项：首页 2 周无新信息、或不更新、空白栏目达到数量，整站即不合格。\
单个栏目超期只扣分，数量达线就否决，所以提前提醒最有价值。

如何修复：在 due 日期之前于首页发布新信息；先更新已超期的栏目（见 column.stale）、为空白栏目补充内容或撤下（见 column.blank），\
并在 due 日期前更新下一个将超期的栏目。

参考：国办秘函〔2019〕19号单项否决第 3、4 项；检查实践（监测平台首页第 10 天、差 2–3 个栏目时预警）。",
    docs_en: "\
What it checks: warnings before the lines a site fails for not being kept up to date, one finding \
per line, each naming the day the line is reached (due).
- Home page (veto 3): the newest item of the home page (of its second-level pages when it only \
navigates) is still within 14 days but passes them within 4 days by default ([warnings] \
homepage_days, practice: vendors warn at day 10); due is the day it goes stale, linked to the \
newest item.
- Column counts (veto 4, lines from the rubric): (a) stale news plus first-level notice and policy \
columns, 5; (b) stale columns, 10; (c) blank columns, 5. One short of a line ([warnings] \
count_margin, practice) it warns and lists the columns. For (a) and (b) due is the day the next \
column goes stale (linked); a blank column has no due day and the next one found reaches the line, \
so for (c) due is the audit day.
Once a line is reached the veto itself reports it (update.homepage-stale, veto 4's counts); a \
single column nearing its own limit is column.due-soon. No points.

Why it matters: vetoes 3 and 4 of 国办秘函〔2019〕19号 fail the whole site for a home page with \
nothing new in 2 weeks, or for a count of stale or blank columns. One stale column costs points; \
reaching the count fails the site, so the warning is worth most here.

How to fix: publish on the home page before the due day; update the stale columns first (see \
column.stale), fill or take down the blank ones (see column.blank), and update the next column \
before its due day.

References: 国办秘函〔2019〕19号, vetoes 3 and 4; inspection practice (vendors warn at day 10 and \
2–3 columns short).",
    standard: None,
};

/// Column names listed in a count warning's evidence, at most.
const NAMES_LISTED: usize = 10;

pub fn run(ctx: &SiteContext<'_>) -> Vec<Finding> {
    let mut out: Vec<Finding> = homepage(ctx).into_iter().collect();
    out.extend(stale_counts(ctx));
    out.extend(blank_count(ctx));
    out
}

/// V3: the home page's newest item within the window of its two weeks.
fn homepage(ctx: &SiteContext<'_>) -> Option<Finding> {
    let State::Assessed { newest: Some(newest), .. } = homepage_stale::state(ctx) else { return None };
    let latest = newest.date?;
    // The same limit and the same day count as V3's check.
    let due = latest + chrono::Days::new(u64::from(ctx.settings.limits.homepage));
    let left = (due - ctx.as_of).num_days();
    if !(0..=i64::from(ctx.settings.warning.homepage)).contains(&left) {
        return None;
    }
    let url = ctx.crawl.target(newest.target).url.clone();
    Some(Finding {
        page: Some(ctx.crawl.target(ctx.home).url.clone()),
        target: Some(url.clone()),
        detail: ctx.lang.word_with(
            "update-homepage-due-soon-detail",
            &[("due", due.to_string().into()), ("left", left.into())],
        ),
        evidence: ctx.lang.word_with(
            "column-evidence-newest",
            &[("title", (&newest.title).into()), ("url", url.into()), ("date", latest.to_string().into())],
        ),
        due: Some(due.to_string()),
        ..Finding::new(INFO.id, INFO.severity)
    })
}

/// Whether `count` is within the margin below `line` (never at 0: a
/// margin as wide as the line would warn every site).
fn near(ctx: &SiteContext<'_>, count: u64, line: u64) -> bool {
    let from = line.saturating_sub(u64::from(ctx.settings.warning.count_margin)).max(1);
    (from..line).contains(&count)
}

/// V4 (a) and (b): stale columns counted as `crate::freshness` counts them.
fn stale_counts(ctx: &SiteContext<'_>) -> Vec<Finding> {
    let lines = ctx.settings.count_lines;
    let counted = |c: &&Column| !c.exempt && c.limit_days.is_some();
    [(lines.stale_news_or_first_level, true), (lines.stale, false)]
        .into_iter()
        .filter_map(|(line, v4a)| {
            let line = line?;
            let group: Vec<&Column> =
                ctx.columns.iter().filter(counted).filter(|c| !v4a || c.counts_for_v4a()).collect();
            let stale: Vec<&Column> = group.iter().copied().filter(|c| c.stale).collect();
            let count = stale.len() as u64;
            if !near(ctx, count, line) {
                return None;
            }
            // The next column to go stale: the day the count grows.
            let next = group
                .iter()
                .filter(|c| !c.stale && !c.blank)
                .filter_map(|c| c.due.filter(|d| *d >= ctx.as_of).map(|d| (d, *c)))
                .min_by(|(a, x), (b, y)| a.cmp(b).then_with(|| x.name.cmp(&y.name)));
            let (more, lang) = (line - count, ctx.lang);
            let mut detail = if v4a {
                lang.word_with(
                    "update-due-soon-stale-news-detail",
                    &[("count", count.into()), ("line", line.into()), ("more", more.into())],
                )
            } else {
                lang.word_with(
                    "update-due-soon-stale-detail",
                    &[("count", count.into()), ("line", line.into()), ("more", more.into())],
                )
            };
            if let Some((due, column)) = next {
                detail.push_str(&ctx.lang.word_with(
                    "update-due-soon-next-column",
                    &[("column", (&column.name).into()), ("due", due.to_string().into())],
                ));
            }
            let names: Vec<&str> = stale.iter().take(NAMES_LISTED).map(|c| c.name.as_str()).collect();
            Some(Finding {
                page: Some(ctx.crawl.target(ctx.home).url.clone()),
                target: next.map(|(_, c)| ctx.crawl.target(c.first_page).url.clone()),
                detail,
                evidence: names.join("、"),
                due: next.map(|(d, _)| d.to_string()),
                ..Finding::new(INFO.id, INFO.severity)
            })
        })
        .collect()
}

/// V4 (c): blank columns.
fn blank_count(ctx: &SiteContext<'_>) -> Option<Finding> {
    let line = ctx.settings.count_lines.blank?;
    let blank: Vec<&str> =
        ctx.columns.iter().filter(|c| c.blank && !c.exempt).map(|c| c.name.as_str()).collect();
    let count = blank.len() as u64;
    if !near(ctx, count, line) {
        return None;
    }
    Some(Finding {
        page: Some(ctx.crawl.target(ctx.home).url.clone()),
        detail: ctx.lang.word_with(
            "update-due-soon-blank-detail",
            &[("count", count.into()), ("line", line.into()), ("more", (line - count).into())],
        ),
        evidence: blank.iter().take(NAMES_LISTED).copied().collect::<Vec<_>>().join("、"),
        due: Some(ctx.as_of.to_string()),
        ..Finding::new(INFO.id, INFO.severity)
    })
}
