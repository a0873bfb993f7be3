//! `link.foreign-redirect`: an external link that redirects to another
//! registrable domain than the one linked.

use crate::check::{CheckInfo, Finding, Severity};
use crate::facts::domain;
use crate::model::external::{self, pages_evidence};
use crate::model::site::SiteContext;

pub const INFO: CheckInfo = CheckInfo {
    id: "link.foreign-redirect",
    severity: Severity::Notice,
    title_zh: "外部链接被重定向到另一个域名",
    title_en: "An external link redirects to another domain",
    docs_zh: "\
检查内容：页面上指向其他网站的链接（<a>、<area>），其重定向链（每一跳都单独请求）最后到达的网址与链接的网址\
不属于同一个可注册域名（按公共后缀列表判断，如 example.com.cn、qingxi.gov.cn）。同一域名内的跳转\
（http 到 https、加 www.、换路径）不报告；最后到达政府、党政机关、事业单位域名（gov.cn、.政务、edu.cn 等）\
或政务新媒体平台的跳转也不报告。每个外部网址报告一次，列出链接它的页面和最后到达的网址。

为何重要：域名过期被他人注册后，原链接常被重定向到博彩、色情或广告网站；网站改版、更名的正常跳转也会出现，\
因此这是需要人工确认的线索（提示，不扣分）：确认最后到达的网站是否就是链接想去的网站。

如何修复：打开证据中的最后网址；是原网站的新地址的，把链接改为新地址；不是的，删除链接。

参考：国办秘函〔2019〕19号（可用性、准确性）。",
    docs_en: "\
What it checks: links to other sites (<a>, <area>) whose redirect chain (each hop requested on its \
own) ends on a URL of another registrable domain than the one linked (by the Public Suffix List: \
example.com.cn, qingxi.gov.cn). Redirects within one domain (http to https, adding www., another path) \
are not reported, nor chains that end on a government, party or public institution's host (gov.cn, \
.政务, edu.cn…) or on a platform official accounts live on. One finding per external URL, listing \
the pages that link it and the URL the chain ends on.

Why it matters: once a domain lapses and is re-registered, old links often redirect to gambling, \
adult or ad sites; but sites that moved or were renamed redirect too, so this is a lead for a person \
to confirm (a notice, no points): is the site reached the one the link meant?

How to fix: open the final URL in the evidence; if it is the linked site's new address, link it \
directly; if not, remove the link.

References: 国办秘函〔2019〕19号.",
    standard: None,
};

/// One finding per external URL whose chain ends on another domain.
pub fn run(ctx: &SiteContext<'_>) -> Vec<Finding> {
    let crawl = ctx.crawl;
    external::linked(ctx)
        .into_iter()
        .filter_map(|link| {
            let end = crawl.resolve(link.target);
            if end.hops == 0 || end.broken.is_some() || crawl.target(end.target).internal {
                return None;
            }
            let (from, to) = (external::host_of(ctx, link.target), external::host_of(ctx, end.target));
            if to.is_empty()
                || domain::registrable(&from) == domain::registrable(&to)
                || domain::is_state(&to)
                || domain::is_account_platform(&to)
            {
                return None;
            }
            let first = *link.pages.first()?;
            let end_url = &crawl.target(end.target).url;
            Some(Finding {
                page: Some(crawl.target(first).url.clone()),
                target: Some(crawl.target(link.target).url.clone()),
                detail: ctx.lang.word_with(
                    "link-foreign-redirect-detail",
                    &[("from", from.into()), ("to", to.into()), ("hops", end.hops.into())],
                ),
                evidence: format!("→ {end_url}; {}", pages_evidence(ctx, &link.pages)),
                on_homepage: Some(first == ctx.home),
                internal: Some(false),
                ..Finding::new(INFO.id, INFO.severity)
            })
        })
        .collect()
}
