//! `link.parked-domain`: an external link whose domain now shows a parked
//! or for-sale page.

use crate::check::{CheckInfo, Finding, Severity};
use crate::facts::crawl::FetchOutcome;
use crate::model::external::{self, pages_evidence};
use crate::model::site::SiteContext;

pub const INFO: CheckInfo = CheckInfo {
    id: "link.parked-domain",
    severity: Severity::Deduction,
    title_zh: "外部链接的域名已停放或待售",
    title_en: "An external link's domain is parked or for sale",
    docs_zh: "\
检查内容：页面上指向其他网站的链接（<a>、<area>），其域名现在显示域名停放页或出售页。外部链接本用 HEAD \
请求检查是否能打开；回答为 2xx 的 HTML 页面、且域名可以被转卖（不在 gov.cn、.政务、edu.cn 等只有国家机关能注册的\
后缀下，也不是政务新媒体平台）时，govaudit 再发一次 GET，只读正文开头 64 KB（同样的超时和\
并发限制，每个外部网址一次），查找域名注册商和交易平台页面的字样（该域名出售、此域名正在出售、域名停放、\
This domain may be for sale 等）、停放服务的名称（sedo、bodis、parkingcrew、dan.com、afternic 等）以及把访客\
送往停放页的脚本（/lander、ww1. 主机）。重定向链按最后到达的页面判断。每个外部网址报告一次，列出链接它的页面。\
只回答 HEAD、非 HTML 的回答、超过 64 KB 的部分都不读取。

为何重要：专题网站、合作单位网站停办后域名过期，被他人注册后先停放待售，再被用作博彩、色情网站，\
政府网站上原有的链接就成了通往这些网站的入口。国办秘函〔2019〕19号要求外部链接可用、准确，\
各地通报多次点名链接指向已被抢注的域名。

如何修复：删除或更正链接；本单位曾经使用的域名应续费保留或在停用前撤下所有链接。

参考：国办秘函〔2019〕19号（可用性、准确性）；《政府网站发展指引》（国办发〔2017〕47号）。",
    docs_en: "\
What it checks: links to other sites (<a>, <area>) whose domain now shows a parked-domain or \
for-sale page. External links are checked with HEAD; when the answer is a 2xx HTML page on a domain \
that can be sold on (not under gov.cn, .政务, edu.cn… which only state bodies may register, nor an \
account platform), govaudit \
sends one GET more and reads only the first 64 KB of the body (same timeout and politeness, once per \
external URL), looking for the wording of registrars' and traders' pages (该域名出售, 此域名正在出售, \
域名停放, \"This domain may be for sale\"…), the parking services' names (sedo, bodis, parkingcrew, \
dan.com, afternic…) and scripts that send the visitor to a parking lander (/lander, ww1. hosts). A \
redirect chain is judged on the page it ends on. One finding per external URL, listing the pages \
that link it. Answers to HEAD only, non-HTML answers and anything past 64 KB are not read.

Why it matters: when a topic site or a partner's site closes, its domain lapses, is registered by \
someone else, parked for sale and then used for gambling or adult sites: the government page's old \
link leads there. The national indicators (国办秘函〔2019〕19号) require external links to work and \
be accurate, and bulletins name links to re-registered domains.

How to fix: remove or correct the link; keep renewing a domain the office used, or take every link \
to it down before letting it go.

References: 国办秘函〔2019〕19号; 《政府网站发展指引》(国办发〔2017〕47号).",
    standard: None,
};

/// One finding per external URL whose chain ends on a parked page.
pub fn run(ctx: &SiteContext<'_>) -> Vec<Finding> {
    let crawl = ctx.crawl;
    external::linked(ctx)
        .into_iter()
        .filter_map(|link| {
            let end = crawl.resolve(link.target);
            let FetchOutcome::Answered(answer) = end.outcome else { return None };
            let marker = answer.parked.as_deref().filter(|_| end.broken.is_none())?;
            let first = *link.pages.first()?;
            let detail = ctx.lang.word_with(
                "link-parked-domain-detail",
                &[
                    ("host", external::host_of(ctx, end.target).into()),
                    // `"/lander"` is matched with its quotes, shown without.
                    ("marker", marker.trim_matches(['"', '\'']).into()),
                ],
            );
            Some(Finding {
                page: Some(crawl.target(first).url.clone()),
                target: Some(crawl.target(link.target).url.clone()),
                detail,
                evidence: pages_evidence(ctx, &link.pages),
                on_homepage: Some(first == ctx.home),
                internal: Some(false),
                ..Finding::new(INFO.id, INFO.severity)
            })
        })
        .collect()
}
