//! `link.commercial`: a government page links to a commercial site (a
//! lead for a person to confirm).

use std::collections::BTreeMap;

use crate::check::{CheckInfo, Finding, Severity};
use crate::facts::crawl::TargetId;
use crate::facts::domain;
use crate::model::external::{self, pages_evidence};
use crate::model::site::SiteContext;

pub const INFO: CheckInfo = CheckInfo {
    id: "link.commercial",
    severity: Severity::Notice,
    title_zh: "链接到商业网站（待人工确认）",
    title_en: "Links to a commercial site (a lead to confirm)",
    docs_zh: "\
检查内容：页面上指向其他网站的链接（<a>、<area>）中，目标不是政府、党政机关、事业单位的网站，也不是\
政务新媒体平台的，按可注册域名（公共后缀列表）归并，每个域名报告一次，列出链接它的页面和网址。\
不报告的目标：gov.cn、.政务、.公益、mil.cn、edu.cn、ac.cn、org.cn 等只有国家机关和事业单位能注册的后缀；\
党政机关网站标识、备案、举报平台（conac.cn、12377.cn、cyberpolice.cn）和中央媒体（人民网、新华网、央视网、\
光明网、中国网、学习强国等）；政务新媒体所在平台（微信、微博、抖音、今日头条、快手、哔哩哔哩、小红书等，\
账号由账号检查审核）。这是线索（提示，不扣分）：银行、通信运营商、合作企业的链接可能是正当的。

为何重要：国办秘函〔2019〕19号要求政府网站不得出现商业广告，不得链接商业网站牟利；\
通报中常见的问题是为企业做广告、友情链接里混入商业网站。

如何修复：逐一确认：提供公共服务所必需的（如缴费、银行服务）予以保留并说明；\
广告、推广和与政务无关的商业链接予以删除。

参考：国办秘函〔2019〕19号；《政府网站发展指引》（国办发〔2017〕47号）“严禁发布商业广告”。",
    docs_en: "\
What it checks: links to other sites (<a>, <area>) whose target is neither a government, party or \
public institution's site nor a platform official accounts live on, grouped by registrable domain \
(Public Suffix List): one finding per domain, listing the pages and URLs. Not reported: suffixes only \
the state registers under (gov.cn, .政务, .公益, mil.cn, edu.cn, ac.cn, org.cn…); the identity-mark, \
filing and reporting services (conac.cn, 12377.cn, cyberpolice.cn) and the central media (人民网, \
新华网, 央视网, 光明网, 中国网, 学习强国…); the platforms official accounts are published on (WeChat, \
Weibo, Douyin, Toutiao, Kuaishou, Bilibili, Xiaohongshu…: the account checks audit those). A lead (a \
notice, no points): a bank's, a carrier's or a partner's link may well be legitimate.

Why it matters: the national indicators (国办秘函〔2019〕19号) forbid commercial ads on government \
sites and links to commercial sites for profit; bulletins name sites advertising companies and \
commercial sites mixed into 友情链接.

How to fix: confirm each one: keep what a public service needs (payments, a bank's service) and \
say why; remove ads, promotions and commercial links unrelated to government business.

References: 国办秘函〔2019〕19号; 《政府网站发展指引》(国办发〔2017〕47号).",
    standard: None,
};

/// One finding per commercial registrable domain the site links to.
pub fn run(ctx: &SiteContext<'_>) -> Vec<Finding> {
    let crawl = ctx.crawl;
    // Domain → its first URL linked and every linking page.
    let mut domains: BTreeMap<String, (TargetId, Vec<TargetId>)> = BTreeMap::new();
    for link in external::linked(ctx) {
        let host = external::host_of(ctx, link.target);
        if host.is_empty() || domain::is_state(&host) || domain::is_account_platform(&host) {
            continue;
        }
        let (_, pages) = domains.entry(domain::registrable(&host)).or_insert((link.target, Vec::new()));
        for page in link.pages {
            if !pages.contains(&page) {
                pages.push(page);
            }
        }
    }
    domains
        .into_iter()
        .filter_map(|(name, (target, mut pages))| {
            pages.sort_by_key(|&p| p != ctx.home);
            let first = *pages.first()?;
            Some(Finding {
                page: Some(crawl.target(first).url.clone()),
                target: Some(crawl.target(target).url.clone()),
                detail: ctx.lang.word_with("link-commercial-detail", &[("domain", name.into())]),
                evidence: pages_evidence(ctx, &pages),
                on_homepage: Some(first == ctx.home),
                internal: Some(false),
                ..Finding::new(INFO.id, INFO.severity)
            })
        })
        .collect()
}
