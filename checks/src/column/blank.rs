//! `column.blank`: a column with no items at all.

use crate::check::{CheckInfo, Finding, Severity};
use crate::model::site::SiteContext;

pub const INFO: CheckInfo = CheckInfo {
    id: "column.blank",
    severity: Severity::Deduction,
    title_zh: "空白栏目",
    title_en: "Blank column",
    docs_zh: "\
检查内容：栏目页（含翻页）一条信息也没有，页面显示“暂无信息”“暂无数据”“暂无内容”“正在建设中”等。\
空白栏目的 latest 为 null、blank 为 true，不再重复算作不更新。

为何重要：国办秘函〔2019〕19号单项否决第 4 项 (c)：空白栏目（从未发布过内容）达到 5 个即单项否决；\
“发布解读”指标对空白栏目另行扣分。

如何修复：为栏目补充应公开的内容；确实无内容可发布的栏目应删除或与相关栏目合并，不要保留空壳；\
如属“无相关信息”的公开事项，应发布说明而不是留空。

参考：国办秘函〔2019〕19号《政府网站与政务新媒体检查指标》。",
    docs_en: "\
What it checks: a column (list page and its pagination) with no item at all, showing 暂无信息, \
暂无数据, 暂无内容, 正在建设中 or similar. A blank column has latest null and blank true, and is not \
also counted as stale.

Why it matters: veto V4 (c) of the national indicators (国办秘函〔2019〕19号): 5 or more blank \
columns (never had any content) fail the site outright; the 发布解读 indicator deducts for blank \
columns as well.

How to fix: publish what the column is for; delete or merge columns that will have nothing to \
publish rather than keeping an empty shell; where the honest answer is \"nothing to disclose\", \
publish a statement saying so.

References: 国办秘函〔2019〕19号.",
    standard: None,
};

pub fn run(ctx: &SiteContext<'_>) -> Vec<Finding> {
    ctx.columns
        .iter()
        .filter(|c| c.blank && !c.exempt)
        .map(|c| {
            let url = ctx.crawl.target(c.first_page).url.clone();
            Finding {
                page: Some(url.clone()),
                detail: ctx.lang.word_with("column-blank-detail", &[("column", (&c.name).into())]),
                evidence: ctx.lang.word("column-blank-evidence"),
                column: Some(url),
                ..Finding::new(INFO.id, INFO.severity)
            }
        })
        .collect()
}
