//! `policy.no-interpretation`: a policy document of the last year with no
//! interpretation that names it or links with it.

use crate::check::{CheckInfo, Finding, Severity};
use crate::model::site::SiteContext;

pub const INFO: CheckInfo = CheckInfo {
    id: "policy.no-interpretation",
    severity: Severity::Deduction,
    title_zh: "政策文件没有配套解读",
    title_en: "Policy document without an interpretation",
    docs_zh: "\
检查内容：政策文件类栏目（不含政策解读栏目）中检查日前一年内发布、页面已抓取的文件，是否有对应的\
政策解读：解读类栏目的条目或标题含“解读”“图解”“一图读懂”的页面，其书名号内容出现在文件标题中，\
或与文件页互相（或单向）链接（解读若写明了另一份文件的名称，只是侧栏或上下篇链接，不算）。\
没有任何对应解读即报告。报告不区分文件是否属于必须解读的范围，由人工判断。\
report.json 的 policy 给出有解读、有多元化解读（图解、视频、动漫、问答、H5）的比例和 50% 目标。

为何重要：国办要求政策文件与解读方案、解读材料同步组织、同步审签、同步部署（国办发〔2016〕80号）；\
县级政务公开工作方案（seeds）要求政策文件和解读同步发布、相互关联，多元化解读比例不低于 50%。

如何修复：为文件发布解读（优先图解、视频、问答等形式），标题写明《文件名称》，并在文件页加\
“相关解读”链接、在解读页加“原文件”链接。

参考：国办发〔2016〕80号；县级政务公开工作方案（2023，见 seeds/）；国办秘函〔2019〕19号 发布解读。",
    docs_en: "\
What it checks: for each policy document published in the year before the audit day in a policy \
column (not the interpretation columns) whose page was read, whether an interpretation belongs to it: \
an item of a 解读 column or a page titled 解读 / 图解 / 一图读懂 whose 《》 name is in the document's \
title, or that links with the document in either direction (a link to an interpretation that names \
another document is a sidebar or a neighbour link and does not count). A document with none is \
reported; whether it needed one is for a person to judge. report.json's policy block gives the share \
of documents with an interpretation and with a diversified one (图解, video, animation, Q&A, H5) \
against the 50 % target.

Why it matters: 国办发〔2016〕80号 asks that policy documents and their interpretations be prepared and \
released together; the county work plan (seeds) asks that they be published together and linked, with \
at least 50 % diversified interpretations.

How to fix: publish an interpretation (a graphic, video or Q&A where possible) naming the document in \
《》, and link both ways: 相关解读 on the document, 原文件 on the interpretation.

References: 国办发〔2016〕80号; the 2023 county work plan (seeds/); 国办秘函〔2019〕19号, publishing and \
interpretation.",
    standard: None,
};

pub fn run(ctx: &SiteContext<'_>) -> Vec<Finding> {
    crate::model::policy::documents(ctx)
        .into_iter()
        .filter(|d| d.interpretations.is_empty())
        .map(|d| {
            let url = ctx.crawl.target(d.target).url.clone();
            let column = ctx.crawl.target(d.listed_on).url.clone();
            Finding {
                page: Some(url),
                detail: ctx.lang.word_with(
                    "policy-no-interpretation-detail",
                    &[("title", (&d.title).into()), ("date", d.date.to_string().into())],
                ),
                evidence: ctx.lang.word("policy-no-interpretation-evidence"),
                column: Some(column),
                ..Finding::new(INFO.id, INFO.severity)
            }
        })
        .collect()
}
