//! `interaction.no-channel`: the site offers no working consultation
//! channel at all (veto V5).

use crate::check::{CheckInfo, Finding, Severity};
use crate::model::site::SiteContext;

pub const INFO: CheckInfo = CheckInfo {
    id: "interaction.no-channel",
    severity: Severity::Veto,
    title_zh: "没有可用的在线咨询渠道",
    title_en: "No working online consultation channel",
    docs_zh: "\
检查内容：网站是否有可用的在线咨询渠道：咨询类栏目（领导信箱、县长信箱、咨询、留言等，\
信访、纪检举报、在线访谈、调查征集不算），或链接文字为此类名称且能正常打开的页面（留言表单、\
上级咨询平台）。抓取中一个都没有找到，或找到的入口全部打不开，即报告。

为何重要：国办秘函〔2019〕19号单项否决第 5 项“互动回应差”：没有可用的在线咨询渠道即单项否决，\
整站不合格。

如何修复：开设领导信箱或在线咨询栏目（可接入本省统一的政务咨询投诉平台），在首页“互动交流”\
区域放置入口，并保证入口可以打开、留言可以提交。

参考：国办秘函〔2019〕19号《政府网站与政务新媒体检查指标》单项否决第 5 项；\
《政府网站发展指引》（国办发〔2017〕47号）互动交流。",
    docs_en: "\
What it checks: whether the site has a working online consultation channel: a consultation column \
(领导信箱, 县长信箱, 咨询, 留言 …; petitions, discipline reports, online interviews and surveys do \
not count), or a page linked under such a name that opens (a message form, the province's \
consultation platform). None found in the crawl, or every entry broken, is reported.

Why it matters: veto V5 of the national indicators (国办秘函〔2019〕19号): no working online \
consultation channel fails the site outright.

How to fix: open a leader's mailbox or an online consultation column (the province's unified \
platform will do), link it from the home page's interaction block, and make sure it opens and \
accepts messages.

References: 国办秘函〔2019〕19号, veto 5; 国办发〔2017〕47号, interaction.",
    standard: None,
};

pub fn run(ctx: &SiteContext<'_>) -> Vec<Finding> {
    // Nothing crawled is nothing judged: site.unreachable says why.
    if ctx.crawl.pages.is_empty()
        || !ctx.consultations.is_empty()
        || crate::model::consultations::working_channel(ctx.crawl).is_some()
    {
        return Vec::new();
    }
    let home = ctx.crawl.target(ctx.home).url.clone();
    vec![Finding {
        page: Some(home),
        detail: ctx.lang.word("interaction-no-channel-detail"),
        evidence: ctx
            .lang
            .word_with("interaction-no-channel-evidence", &[("pages", ctx.crawl.pages.len().into())]),
        ..Finding::new(INFO.id, INFO.severity)
    }]
}
