//! `content.future-date`: an item dated after the audit day.

use std::collections::BTreeSet;

use crate::check::{CheckInfo, Finding, Severity};
use crate::model::column::dated_items;
use crate::model::site::SiteContext;

pub const INFO: CheckInfo = CheckInfo {
    id: "content.future-date",
    severity: Severity::Notice,
    title_zh: "发布日期晚于检查日",
    title_en: "Publication date after the audit day",
    docs_zh: "\
检查内容：列表或文章页上的发布日期晚于检查日（as_of）。这类日期不计入栏目的最新日期，另行提示。

为何重要：国办秘函〔2019〕19号单项否决第 1 项把“伪造发布日期”列为严重问题；把日期写到未来以躲避\
“栏目不更新”检查，是检查通报中出现过的做法。机器只能发现候选，需人工核实：也可能只是录入错误。

如何修复：核对该信息的真实发布日期并改正；如为预告类信息，在标题中写明，发布日期填写实际发布的日期。

参考：国办秘函〔2019〕19号单项否决第 1 项。",
    docs_en: "\
What it checks: a publication date, in a list or on the article itself, after the audit day \
(as_of). Such dates are not used as a column's newest date; they are reported here.

Why it matters: veto V1 of the national indicators (国办秘函〔2019〕19号) names forged publication \
dates as a serious problem; dating items in the future to escape the stale-column check has been \
seen in inspectors' bulletins. A machine only finds candidates: it may be a typing error.

How to fix: check the item's real publication date and correct it; announcements of future events \
say so in the title and carry the day they were actually published.

References: 国办秘函〔2019〕19号, veto 1.",
    standard: None,
};

pub fn run(ctx: &SiteContext<'_>) -> Vec<Finding> {
    let crawl = ctx.crawl;
    let from_columns = ctx.columns.iter().flat_map(|c| c.items.iter().cloned());
    let home = crawl.page_of(ctx.home).map(|h| dated_items(crawl, &[h], ctx.as_of)).unwrap_or_default();
    let mut seen = BTreeSet::new();
    from_columns
        .chain(home)
        .filter(|i| [i.list_date, i.page_date].into_iter().flatten().any(|d| d > ctx.as_of))
        .filter(|i| seen.insert(i.target))
        .map(|i| {
            let date = [i.list_date, i.page_date].into_iter().flatten().max().unwrap_or(ctx.as_of);
            Finding {
                page: Some(crawl.target(i.listed_on).url.clone()),
                target: Some(crawl.target(i.target).url.clone()),
                detail: ctx.lang.word_with(
                    "content-future-date-detail",
                    &[
                        ("title", (&i.title).into()),
                        ("date", date.to_string().into()),
                        ("as-of", ctx.as_of.to_string().into()),
                    ],
                ),
                // A date the page does not give is shown as `-`.
                evidence: ctx.lang.word_with(
                    "content-future-date-evidence",
                    &[
                        ("list", i.list_date.map_or_else(|| "-".to_owned(), |d| d.to_string()).into()),
                        ("page", i.page_date.map_or_else(|| "-".to_owned(), |d| d.to_string()).into()),
                    ],
                ),
                ..Finding::new(INFO.id, INFO.severity)
            }
        })
        .collect()
}
