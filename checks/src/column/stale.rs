//! `column.stale`: a column whose newest item is older than its limit.

use chrono::NaiveDate;

use crate::check::{CheckInfo, Finding, Severity};
use crate::model::column::Column;
use crate::model::site::SiteContext;

pub const INFO: CheckInfo = CheckInfo {
    id: "column.stale",
    severity: Severity::Deduction,
    title_zh: "栏目不更新",
    title_en: "Column not updated",
    docs_zh: "\
检查内容：找出网站的每个栏目（列表页及其翻页），读取每条信息的发布日期（列表上的日期；列表没有日期时\
用文章页自己的日期），取其中最新的一条（列表常有置顶，不按日期排序，所以取最大值而不是第一条）。\
最新信息距检查日（as_of）超过该类栏目的期限即为不更新：动态要闻类 14 天，通知公告、政策文件类 183 天\
（6 个月），人事、规划计划类 365 天（1 年），期限可在配置中按栏目修改；晚于检查日的日期不计入，另行提示。\
所有信息都没有可识别日期的栏目，按 2015 年普查规则视为不更新。空白栏目另见 column.blank。列表日期不写年份（如 11-20）时，年份依次取自：该条信息的链接（/202310/、t20231011_）、同一列表中带年份的相邻信息、页面自身的生成时间（页面生成时间、LastModified 元数据），都没有时才推定为不晚于检查日的最近一年，并在证据中注明“年份推定”；columns.csv 和 report.json 的 latest_year_from 说明年份来源。

为何重要：国办秘函〔2019〕19号单项否决第 4 项“栏目不更新”：(a) 动态要闻类栏目 2 周未更新与一级通知公告、\
政策文件类栏目 6 个月未更新的合计达到 5 个；(b) 应更新而长期未更新的栏目达到 10 个；(c) 空白栏目达到 5 个，\
任一情形即单项否决，整站不合格。report.json 的 freshness 给出这三个数。

如何修复：按 evidence 找到栏目和最新一条信息，及时发布新内容；确已停止维护的栏目应整合或下线，历史专题\
可在配置的 exempt_columns 中声明为豁免；给栏目负责人开启 column.due-soon 预警。

参考：国办秘函〔2019〕19号《政府网站与政务新媒体检查指标》；全国政府网站普查（2015）评分细则。",
    docs_en: "\
What it checks: every column of the site (a list page and its pagination) is found, each item is \
dated (the date in the list; the article's own date when the list has none), and the newest is \
taken (lists are often pinned, so the maximum, not the first). A column is stale when its newest \
item is older than its category's limit on the audit day (as_of): news 14 days, notices and policy \
documents 183 days (6 months), personnel and planning 365 days; limits can be set per column in the \
config. Dates after as_of are not used (see content.future-date). A column whose items carry no \
readable date counts as not updated (2015 census rule). Blank columns are column.blank. A list date without a year (11-20) takes its year from the item's URL (/202310/, t20231011_), else the same list's dated items, else the page's own time (页面生成时间, a LastModified meta); only when nothing decides is the latest year not after as_of assumed, and the evidence says \"year assumed\"; latest_year_from in columns.csv and report.json names the source.

Why it matters: veto V4 of the national indicators (国办秘函〔2019〕19号): (a) news columns not \
updated for 2 weeks plus first-level notice/policy columns not updated for 6 months, 5 or more \
together; (b) 10 or more columns that should be updated but are long stale; (c) 5 or more blank \
columns. Any of them fails the site outright. report.json gives the three counts under freshness.

How to fix: follow the evidence to the column and its newest item and publish; merge or close \
columns that are no longer kept; declare closed historic topics in exempt_columns; let column \
owners receive column.due-soon warnings.

References: 国办秘函〔2019〕19号; 2015 national government website census rules.",
    standard: None,
};

/// The rule: a column that should be updated ([`Column::limit_days`]),
/// is not exempt, not blank and not unread is stale when its newest item,
/// dated `latest`, is more than its limit old on `as_of`, or when no item
/// is dated at all (the 2015 census rule). The model applies it once to
/// every column ([`crate::model::column::StaleRule`]): V4's counts and the
/// reports read the same verdict as this check.
pub fn is_stale(column: &Column, latest: Option<NaiveDate>, as_of: NaiveDate) -> bool {
    !column.exempt
        && !column.blank
        && !column.unread
        && column.limit_days.is_some_and(|limit| {
            latest.is_none_or(|d| {
                // Checked: a rubric's limit is not range-checked like
                // the config's, and no date arithmetic may panic.
                as_of.signed_duration_since(d).num_days() > i64::from(limit)
            })
        })
}

pub fn run(ctx: &SiteContext<'_>) -> Vec<Finding> {
    ctx.columns.iter().filter(|c| c.stale).map(|c| finding(ctx, c)).collect()
}

fn finding(ctx: &SiteContext<'_>, column: &Column) -> Finding {
    let lang = ctx.lang;
    let url = ctx.crawl.target(column.first_page).url.clone();
    let limit = column.limit_days.unwrap_or_default();
    let category = column.category.label(lang);
    let (detail, target) = match (column.latest_item(), column.age(ctx.as_of)) {
        (Some(item), Some(age)) => (
            lang.word_with(
                "column-stale-detail",
                &[
                    ("column", (&column.name).into()),
                    ("category", category.into()),
                    ("limit", limit.into()),
                    ("date", item.date.map(|d| d.to_string()).unwrap_or_default().into()),
                    ("age", age.into()),
                    ("overdue", (age - i64::from(limit)).into()),
                ],
            ),
            Some(ctx.crawl.target(item.target).url.clone()),
        ),
        _ => (
            lang.word_with(
                "column-stale-detail-undated",
                &[
                    ("column", (&column.name).into()),
                    ("category", category.into()),
                    ("items", column.items.len().into()),
                ],
            ),
            None,
        ),
    };
    Finding {
        page: Some(url.clone()),
        target,
        detail,
        evidence: super::due_soon::evidence(ctx, column),
        column: Some(url),
        ..Finding::new(INFO.id, INFO.severity)
    }
}
