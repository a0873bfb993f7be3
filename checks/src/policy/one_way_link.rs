//! `policy.one-way-link`: a policy document and its interpretation that do
//! not link to each other both ways.

use crate::check::{CheckInfo, Finding, Severity};
use crate::model::site::SiteContext;

pub const INFO: CheckInfo = CheckInfo {
    id: "policy.one-way-link",
    severity: Severity::Deduction,
    title_zh: "政策文件与解读未相互链接",
    title_en: "Policy document and interpretation not linked both ways",
    docs_zh: "\
检查内容：对有配套解读的政策文件（见 policy.no-interpretation），文件页是否链接到解读、解读页是否链接回文件。\
只有一方链接，或只靠标题对应而互不链接，即报告，并说明缺哪一方向的链接。\
只看文件页和解读页都已抓取的情形（未抓取的一方无法判断）。

为何重要：县级政务公开工作方案（seeds）要求政策文件与解读“同步发布、相互关联”，\
让读文件的人找得到解读，读解读的人查得到原文。

如何修复：在文件页加“相关解读”链接，在解读页加“原文件”链接；使用内容管理系统的“关联文档”功能。

参考：县级政务公开工作方案（2023，见 seeds/）；国办发〔2016〕80号。",
    docs_en: "\
What it checks: for each policy document with an interpretation (see policy.no-interpretation), \
whether the document's page links to the interpretation and the interpretation's page links back. \
Only one direction, or a pair matched by title alone with no link, is reported with the missing \
direction. Judged only when both pages were read.

Why it matters: the county work plan (seeds) asks that documents and interpretations be published \
together and linked to each other, so a reader of either finds the other.

How to fix: add 相关解读 on the document's page and 原文件 on the interpretation's page; use the CMS's \
related-document feature.

References: the 2023 county work plan (seeds/); 国办发〔2016〕80号.",
    standard: None,
};

pub fn run(ctx: &SiteContext<'_>) -> Vec<Finding> {
    let crawl = ctx.crawl;
    let mut out = Vec::new();
    for d in crate::model::policy::documents(ctx) {
        if d.interpretations.is_empty() || d.linked_both_ways() {
            continue;
        }
        // The pair to report: the first whose page was read, linked one way if any.
        let read =
            d.interpretations.iter().filter(|p| crawl.page_of(crawl.resolve(p.target).target).is_some());
        let Some(pair) = read.max_by_key(|p| {
            // Ties go to the first URL, the same whatever order the crawl took.
            (
                p.document_links || p.interpretation_links,
                std::cmp::Reverse(crawl.target(p.target).url.as_str()),
            )
        }) else {
            continue;
        };
        let lang = ctx.lang;
        let missing = match (pair.document_links, pair.interpretation_links) {
            (true, _) => lang.word("policy-one-way-link-no-link-back"),
            (_, true) => lang.word("policy-one-way-link-no-link-to"),
            _ => lang.word("policy-one-way-link-no-links"),
        };
        out.push(Finding {
            page: Some(crawl.target(d.target).url.clone()),
            target: Some(crawl.target(pair.target).url.clone()),
            detail: lang.word_with(
                "policy-one-way-link-detail",
                &[
                    ("document", (&d.title).into()),
                    ("interpretation", (&pair.title).into()),
                    ("missing", (&missing).into()),
                ],
            ),
            evidence: missing,
            column: Some(crawl.target(d.listed_on).url.clone()),
            ..Finding::new(INFO.id, INFO.severity)
        });
    }
    out
}
