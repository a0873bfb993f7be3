//! `column.due-soon`: a column that will pass its limit within the warning
//! window — the 更新预警提示 the county plan asks for.

use crate::check::{CheckInfo, Finding, Severity};
use crate::facts::dates::YearSource;
use crate::model::column::Column;
use crate::model::site::SiteContext;

pub const INFO: CheckInfo = CheckInfo {
    id: "column.due-soon",
    severity: Severity::Notice,
    title_zh: "栏目即将超期（更新预警）",
    title_en: "Column due soon (update warning)",
    docs_zh: "\
检查内容：栏目最新信息尚在期限内，但将在预警期内超期：动态要闻类提前 3 天，其他类提前 30 天\
（[warnings] news_days、other_columns_days，实践做法；[freshness] warn_news_days、warn_other_days 仍可用）。\
提示给出栏目超期的日期（due）和配置中的负责单位（[[columns]] owner），便于在检查组发现之前通知栏目负责人。\
不更新栏目的数量接近单项否决线时另由 update.due-soon 提示。不扣分。

为何重要：2023 年县政务公开工作要点要求政府网站“增设更新预警提示”功能；栏目不更新是国家抽查中最常见的\
否决原因（国办秘函〔2019〕19号单项否决第 4 项）。

如何修复：在 due 日期之前发布新内容；把本提示按栏目发给负责单位，纳入每月自查。

参考：2023年盐亭县政务公开工作要点（十一）；国办秘函〔2019〕19号。",
    docs_en: "\
What it checks: a column whose newest item is still within its limit but will pass it within the \
warning window (3 days ahead for news columns, 30 days for the others: [warnings] news_days and \
other_columns_days, practice; [freshness] warn_news_days and warn_other_days still work). The \
finding names the day the column goes overdue (due) and the office the config names ([[columns]] \
owner), so its owner hears before the inspector does. A count of stale columns nearing a veto \
line is update.due-soon's. No points.

Why it matters: the county work plan asks government sites to add update warnings \
(更新预警提示); stale columns are the most common reason a site fails a national spot check \
(veto V4 of 国办秘函〔2019〕19号).

How to fix: publish before the due day; send these notices to the units that own the columns as \
part of the monthly self-check.

References: the 2023 county work plan, item 11; 国办秘函〔2019〕19号.",
    standard: None,
};

pub fn run(ctx: &SiteContext<'_>) -> Vec<Finding> {
    ctx.columns
        .iter()
        .filter(|c| !c.stale && !c.blank && !c.exempt)
        .filter_map(|c| {
            let due = c.due?;
            let left = (due - ctx.as_of).num_days();
            let window = i64::from(ctx.settings.warning.of(c.category));
            (0..=window).contains(&left).then(|| {
                let url = ctx.crawl.target(c.first_page).url.clone();
                Finding {
                    page: Some(url.clone()),
                    target: c.latest_item().map(|i| ctx.crawl.target(i.target).url.clone()),
                    detail: ctx.lang.word_with(
                        "column-due-soon-detail",
                        &[
                            ("column", (&c.name).into()),
                            ("due", due.to_string().into()),
                            ("left", left.into()),
                        ],
                    ),
                    evidence: evidence(ctx, c),
                    column: Some(url),
                    due: Some(due.to_string()),
                    ..Finding::new(INFO.id, INFO.severity)
                }
            })
        })
        .collect()
}

/// The newest item, with both its list and article dates when they differ.
pub(super) fn evidence(ctx: &SiteContext<'_>, column: &Column) -> String {
    let Some(item) = column.latest_item() else {
        return ctx.lang.word("column-evidence-undated");
    };
    let url = &ctx.crawl.target(item.target).url;
    let date = item.date.map(|d| d.to_string()).unwrap_or_default();
    let mut out = ctx.lang.word_with(
        "column-evidence-newest",
        &[("title", (&item.title).into()), ("url", url.into()), ("date", date.into())],
    );
    if let (Some(list), Some(page)) = (item.list_date, item.page_date)
        && list != page
    {
        let page_used = item.date == Some(page);
        let (list, page) = (list.to_string(), page.to_string());
        out.push_str(&if page_used {
            ctx.lang
                .word_with("column-evidence-page-date-used", &[("list", list.into()), ("page", page.into())])
        } else {
            ctx.lang
                .word_with("column-evidence-list-date-used", &[("list", list.into()), ("page", page.into())])
        });
    } else if item.year_assumed() {
        out.push_str(&ctx.lang.word("column-evidence-year-assumed"));
    }
    if let Some(source) = item.year_from.filter(|s| !matches!(s, YearSource::Text | YearSource::Assumed)) {
        out.push_str(&format!(" [{}]", source.label(ctx.lang)));
    }
    out
}
