//! `link.unsendable`: a link so long no server takes it; never requested.

use crate::check::{CheckInfo, Finding, Severity};
use crate::facts::crawl::{FetchOutcome, SkipReason};
use crate::model::site::SiteContext;

pub const INFO: CheckInfo = CheckInfo {
    id: "link.unsendable",
    severity: Severity::Notice,
    title_zh: "链接地址过长，无法请求",
    title_en: "Link too long to request",
    docs_zh: "\
检查内容：链接地址超过 64 KB。这样的地址超出浏览器和服务器能处理的长度，不会被请求，\
也不判为错链，只在此提示并计入统计中的 skipped_by.too_long。

为何重要：访问者点击这样的链接只会看到错误；过长的地址通常来自模板错误（把整段内容拼进了地址）\
或被篡改的页面。

如何修复：检查生成该链接的模板或页面，改为正常长度的地址。

参考：国办秘函〔2019〕19号“功能设计—可用性”。",
    docs_en: "\
What it checks: a link longer than 64 KB. No browser or server handles such an address, so it is \
not requested and not judged dead; this notice says so, and `stats.skipped_by.too_long` counts it.

Why it matters: a visitor who follows it sees only an error; such links come from broken templates \
(a whole text pasted into the address) or from tampered pages.

How to fix: correct the template or page that writes the link.

References: 国办秘函〔2019〕19号, 功能设计—可用性.",
    standard: None,
};

pub fn run(ctx: &SiteContext<'_>) -> Vec<Finding> {
    let crawl = ctx.crawl;
    let mut findings = Vec::new();
    for page in ctx.pages() {
        for link in &page.links {
            let target = crawl.target(link.target);
            if target.outcome != FetchOutcome::Skipped(SkipReason::TooLong) {
                continue;
            }
            findings.push(Finding {
                page: Some(crawl.target(page.target).url.clone()),
                // The report keeps the start of it (see `crate::bounded`).
                target: Some(target.url.clone()),
                detail: ctx.lang.word("link-unsendable-detail"),
                evidence: ctx
                    .lang
                    .word_with("link-unsendable-evidence", &[("bytes", target.url.len().into())]),
                element: Some(link.element.as_str().to_owned()),
                internal: Some(target.internal),
                ..Finding::new(INFO.id, INFO.severity)
            });
        }
    }
    findings
}
