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
检查内容：栏目最新信息尚在期限内，但将在预警期内超期：动态要闻类提前 3 天，其他类提前 30 天（可配置）。\
提示给出栏目超期的日期（due），便于在检查组发现之前通知栏目负责人。不扣分。

为何重要：2023 年县政务公开工作要点要求政府网站“增设更新预警提示”功能；栏目不更新是国家抽查中最常见的\
否决原因（国办秘函〔2019〕19号单项否决第 4 项）。

如何修复：在 due 日期之前发布新内容；把本提示按栏目发给负责单位，纳入每月自查。

参考：2023年盐亭县政务公开工作要点（十一）；国办秘函〔2019〕19号。",
    docs_en: "\
What it checks: a column whose newest item is still within its limit but will pass it within the \
warning window (3 days ahead for news columns, 30 days for the others; configurable). The finding \
names the day the column goes overdue (due) so its owner hears before the inspector does. No points.

Why it matters: the county work plan asks government sites to add update warnings \
(更新预警提示); stale columns are the most common reason a site fails a national spot check \
(veto V4 of 国办秘函〔2019〕19号).

How to fix: publish before the due day; send these notices to the units that own the columns as \
part of the monthly self-check.

References: the 2023 county work plan, item 11; 国办秘函〔2019〕19号.",
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
                    detail: match ctx.lang {
                        crate::Lang::Zh => {
                            format!("栏目“{}”将于 {due} 超期（还剩 {left} 天），请及时更新", c.name)
                        }
                        crate::Lang::En => {
                            format!("column \"{}\" goes overdue on {due} ({left} days left)", c.name)
                        }
                    },
                    evidence: evidence(ctx, c),
                    column: Some(url),
                    ..Finding::new(INFO.id, INFO.severity)
                }
            })
        })
        .collect()
}

/// The newest item, with both its list and article dates when they differ.
pub(super) fn evidence(ctx: &SiteContext<'_>, column: &Column) -> String {
    let Some(item) = column.latest_item() else {
        return ctx.lang.pick("没有带日期的信息", "no dated item").to_owned();
    };
    let url = &ctx.crawl.target(item.target).url;
    let date = item.date.map(|d| d.to_string()).unwrap_or_default();
    let mut out = match ctx.lang {
        crate::Lang::Zh => format!("最新：《{}》 {url} {date}", item.title),
        crate::Lang::En => format!("newest: \"{}\" {url} {date}", item.title),
    };
    if let (Some(list), Some(page)) = (item.list_date, item.page_date)
        && list != page
    {
        out.push_str(&match (ctx.lang, item.date == Some(page)) {
            (crate::Lang::Zh, false) => format!("（列表日期 {list}，文章页日期 {page}，按列表日期）"),
            (crate::Lang::En, false) => {
                format!(" (list says {list}, the article says {page}; the list date is used)")
            }
            (crate::Lang::Zh, true) => {
                format!("（列表日期未写年份，推定为 {list}；按文章页日期 {page}）")
            }
            (crate::Lang::En, true) => {
                format!(" (the list gives no year, assumed {list}; the article's {page} is used)")
            }
        });
    } else if item.year_assumed() {
        out.push_str(ctx.lang.pick(
            "（列表日期未写年份，网站上也无可判定年份的依据，年份推定，请人工核实）",
            " (the list gives no year and nothing on the site decides it: year assumed, to be checked by a person)",
        ));
    }
    if let Some(source) = item.year_from.filter(|s| !matches!(s, YearSource::Text | YearSource::Assumed)) {
        out.push_str(&format!(" [{}]", source.label(ctx.lang)));
    }
    out
}
