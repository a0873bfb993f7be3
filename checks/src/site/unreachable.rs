//! `site.unreachable`: the home page could not be loaded.

use crate::check::{CheckInfo, Finding, Severity};
use crate::model::site::SiteContext;
use crate::model::verdicts::{Verdict, error_token};

pub const INFO: CheckInfo = CheckInfo {
    id: "site.unreachable",
    severity: Severity::Veto,
    title_zh: "网站首页无法访问",
    title_en: "Home page cannot be loaded",
    docs_zh: "\
检查内容：审计开始时请求网站首页（跟随重定向），首页回答 4xx/5xx、连接失败、域名无法解析、\
证书错误或 15 秒内未能打开的，记为首页无法访问。首页被反爬虫验证拦截的不算无法访问，记为“无法评估”。

为何重要：国办秘函〔2019〕19号单项否决指标“站点无法访问”：监测 1 周，每天至少 20 次间隔访问，\
首页超过 15 秒打不开即为一次失败，失败次数超过总次数 5% 即单项否决。本项是单次审计时的结果；\
要判定否决需一周的持续监测。

如何修复：检查服务器、域名解析和证书；确认防火墙没有拦截正常访问；首页应在 15 秒内完整打开。

参考：国办秘函〔2019〕19号《政府网站与政务新媒体检查指标》单项否决第 2 项。",
    docs_en: "\
What it checks: the home page is requested when the audit starts (redirects followed). If it \
answers 4xx/5xx, cannot be connected to, its host name does not resolve, TLS fails, or it does not \
open within 15 seconds, the site is unreachable. A home page behind an anti-bot challenge is not \
unreachable; it is reported as \"could not evaluate\".

Why it matters: veto V2 of the national indicators (国办秘函〔2019〕19号, 站点无法访问): the site is \
monitored for a week with at least 20 spaced visits a day; a visit fails when the home page has not \
opened within 15 s; 5 % failures or more fail the site outright. This finding is one audit's \
observation; the veto itself needs a week of monitoring.

How to fix: check the server, DNS and certificate; make sure the firewall does not block ordinary \
visitors; the home page must open fully within 15 seconds.

References: 国办秘函〔2019〕19号, veto 2.",
    standard: None,
};

pub fn run(ctx: &SiteContext<'_>) -> Vec<Finding> {
    let crawl = ctx.crawl;
    let Verdict::Dead(dead) = ctx.verdicts.get(crawl.root) else { return Vec::new() };
    vec![Finding {
        page: None,
        target: Some(crawl.target(crawl.root).url.clone()),
        detail: ctx
            .lang
            .word_with("site-unreachable-detail", &[("reason", dead.reason.describe(ctx.lang).into())]),
        evidence: dead.evidence.clone(),
        status: dead.status,
        error: dead.error.map(|k| error_token(k).to_owned()),
        ..Finding::new(INFO.id, INFO.severity)
    }]
}
