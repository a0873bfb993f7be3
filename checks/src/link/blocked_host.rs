//! `link.blocked-host`: a page links to a host on the user's block list,
//! or to a link whose redirects end there.

use crate::check::{CheckInfo, Finding, Severity};
use crate::facts::domain;
use crate::model::external::{self, pages_evidence};
use crate::model::site::SiteContext;

pub const INFO: CheckInfo = CheckInfo {
    id: "link.blocked-host",
    severity: Severity::Deduction,
    title_zh: "链接指向屏蔽名单中的网站",
    title_en: "A link leads to a host on the block list",
    docs_zh: "\
检查内容：页面上指向其他网站的链接（<a>、<area>），其主机或重定向链中任一跳的主机在屏蔽名单上\
（名单中的主机及其所有子域名）。名单由用户在配置文件中提供：[links] block_hosts = [\"…\"]，\
或 [links] block_list = \"文件\"（每行一个主机，也可直接使用 hosts 文件格式“0.0.0.0 主机”，# 后为注释，\
例如 StevenBlack/hosts 的 gambling、porn 扩展列表）。govaudit 不自带名单：名单是否准确、是否更新由使用者负责。\
每个外部网址报告一次，列出链接它的页面。

为何重要：政府网站链接到博彩、色情、广告联盟网站，是各地通报中“暗链”“被挂马”“外链失控”的典型问题，\
属于严重的内容安全问题，往往意味着网站被入侵或外部链接长期无人维护。

如何修复：立即删除链接；链接是被植入的，按网络安全事件处置（排查后台账号、模板和服务器），\
并检查同一模板生成的其他页面。

参考：国办秘函〔2019〕19号（安全、准确性）；《政府网站发展指引》（国办发〔2017〕47号）“安全防护”。",
    docs_en: "\
What it checks: links to other sites (<a>, <area>) whose host, or the host of any hop of their \
redirect chain, is on the block list (a listed host and all its subdomains). The list is the \
user's, in the config: [links] block_hosts = [\"…\"], or [links] block_list = \"file\" (one host a \
line, or a hosts file's \"0.0.0.0 host\" lines, # starts a comment: the gambling and porn extensions \
of StevenBlack/hosts work as they are). govaudit ships no list: its accuracy and upkeep are the \
user's. One finding per external URL, listing the pages that link it.

Why it matters: links from a government site to gambling, adult or ad-network sites are the \
defacements and neglected links bulletins name; they usually mean the site was compromised or its \
external links go unmaintained.

How to fix: remove the link at once; if it was planted, handle it as a security incident (review \
back-office accounts, templates and the server) and check the other pages built from the same \
template.

References: 国办秘函〔2019〕19号; 《政府网站发展指引》(国办发〔2017〕47号).",
    standard: None,
};

/// One finding per external URL whose chain touches a blocked host.
pub fn run(ctx: &SiteContext<'_>) -> Vec<Finding> {
    let blocked = &ctx.settings.block_hosts;
    if blocked.is_empty() {
        return Vec::new();
    }
    let crawl = ctx.crawl;
    external::linked(ctx)
        .into_iter()
        .filter_map(|link| {
            let host = chain(ctx, link.target)
                .map(|t| external::host_of(ctx, t))
                .find(|h| blocked.iter().any(|b| domain::within(h, b)))?;
            let first = *link.pages.first()?;
            Some(Finding {
                page: Some(crawl.target(first).url.clone()),
                target: Some(crawl.target(link.target).url.clone()),
                detail: ctx.lang.word_with("link-blocked-host-detail", &[("host", host.into())]),
                evidence: pages_evidence(ctx, &link.pages),
                on_homepage: Some(first == ctx.home),
                internal: Some(false),
                ..Finding::new(INFO.id, INFO.severity)
            })
        })
        .collect()
}

/// `start` and each hop of its redirects, as far as the crawl followed.
fn chain<'a>(
    ctx: &'a SiteContext<'_>,
    start: crate::facts::crawl::TargetId,
) -> impl Iterator<Item = crate::facts::crawl::TargetId> + 'a {
    let mut next = Some(start);
    let mut seen = 0;
    std::iter::from_fn(move || {
        let current = next.take()?;
        seen += 1;
        if let crate::facts::crawl::FetchOutcome::Answered(a) = &ctx.crawl.target(current).outcome
            && a.is_redirect()
            && seen <= crate::facts::crawl::MAX_REDIRECTS
        {
            next = a.location;
        }
        Some(current)
    })
}
