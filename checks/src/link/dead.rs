//! `link.dead`: a link or embedded resource that does not open.

use crate::check::{CheckInfo, Finding, Severity};
use crate::model::site::SiteContext;
use crate::model::verdicts::{Verdict, error_token};

pub const INFO: CheckInfo = CheckInfo {
    id: "link.dead",
    severity: Severity::Deduction,
    title_zh: "链接无法打开（错链、断链）",
    title_en: "Dead link or missing resource",
    docs_zh: "\
检查内容：首页和其他页面上的每个链接及嵌入资源（页面、图片、附件、脚本、样式表、框架、\
外部链接），逐一请求，回答 4xx/5xx、连接被拒绝或重置、域名无法解析、证书错误、重定向循环或\
超过 10 次、15 秒内无响应的，均判为无法打开；返回 200 却显示“页面不存在”等内容的（软 404），\
或深层链接被重定向到首页的，同样判为无法打开。每个（页面，目标）对记一条。robots.txt 禁止抓取的\
网址不请求、不判错；遇到反爬虫验证的记为“无法评估”。

为何重要：《政府网站与政务新媒体检查指标》（国办秘函〔2019〕19号）“功能设计—可用性”指标对\
“首页上的链接（包括图片、附件、外部链接等）”和“其他页面的链接”无法打开或出错的逐个扣分。

如何修复：按 evidence 中的状态和重定向链找到出错原因：恢复被删除的文章或附件，改正链接地址，\
对已失效的外部链接予以删除或替换；不要把不存在的网址重定向到首页或返回 200 的错误页，应返回 404。

参考：国办秘函〔2019〕19号；《政府网站发展指引》（国办发〔2017〕47号）。",
    docs_en: "\
What it checks: every link and embedded resource on the home page and on other pages (pages, \
images, attachments, scripts, stylesheets, frames, external links) is requested once. A target is \
dead when it answers 4xx/5xx, when the connection is refused or reset, on DNS or TLS failure, on a \
redirect loop or more than 10 redirects, or when nothing arrives within the timeout (15 s). A page \
answered 200 that says the content is gone (a soft 404), or a deep link redirected to the home \
page, is dead too. One finding per (page, target) pair. URLs robots.txt disallows are never \
requested nor reported; anti-bot challenges are reported as \"could not evaluate\".

Why it matters: the national indicators (国办秘函〔2019〕19号, 功能设计—可用性) deduct points for \
each link on the home page (images, attachments and external links included) and on other pages \
that does not open or errs.

How to fix: follow the status and redirect chain in `evidence`: restore the deleted article or \
attachment, correct the address, remove or replace dead external links; answer 404 for missing \
URLs rather than redirecting them home or serving an error page with 200.

References: 国办秘函〔2019〕19号; 《政府网站发展指引》(国办发〔2017〕47号).",
    standard: None,
};

/// One finding per (page, dead target) pair.
pub fn run(ctx: &SiteContext<'_>) -> Vec<Finding> {
    let crawl = ctx.crawl;
    let mut findings = Vec::new();
    for page in ctx.pages() {
        let page_url = &crawl.target(page.target).url;
        for link in &page.links {
            let Verdict::Dead(dead) = ctx.verdicts.get(link.target) else { continue };
            let target = crawl.target(link.target);
            findings.push(Finding {
                page: Some(page_url.clone()),
                target: Some(target.url.clone()),
                detail: if target.internal {
                    ctx.lang.word_with(
                        "link-dead-detail-internal",
                        &[("reason", dead.reason.describe(ctx.lang).into())],
                    )
                } else {
                    ctx.lang.word_with(
                        "link-dead-detail-external",
                        &[("reason", dead.reason.describe(ctx.lang).into())],
                    )
                },
                evidence: dead.evidence.clone(),
                status: dead.status,
                error: dead.error.map(|k| error_token(k).to_owned()),
                element: Some(link.element.as_str().to_owned()),
                on_homepage: Some(page.target == ctx.home),
                internal: Some(target.internal),
                ..Finding::new(INFO.id, INFO.severity)
            });
        }
    }
    findings
}
