//! `page.blocked`: a URL answered with an anti-bot challenge, so it could
//! not be evaluated.

use crate::check::{CheckInfo, Finding, Severity};
use crate::facts::crawl::FetchOutcome;
use crate::model::site::SiteContext;
use crate::model::verdicts::Verdict;

pub const INFO: CheckInfo = CheckInfo {
    id: "page.blocked",
    severity: Severity::Notice,
    title_zh: "被反爬虫验证拦截，无法评估",
    title_en: "Blocked by an anti-bot challenge: could not evaluate",
    docs_zh: "\
检查内容：请求某个网址时，服务器没有给出页面，而是返回了反爬虫的 JavaScript 验证页（加速乐、\
瑞数、云锁、安全狗、知道创宇、阿里云或 Cloudflare 防火墙等，常见状态码 412、521、403 或 200）。\
这类网址无法评估：不判为错链，也不判为空白页，只在此提示并计入统计中的 blocked。

为何重要：检查组和公众使用浏览器访问，通常能通过验证；自动检测却会被拦截，评估结果因此不完整。\
同时，验证页也会妨碍读屏软件、搜索引擎和老年用户使用的辅助工具。

如何修复：如需完整评估，请在防火墙中对审计工具的 User-Agent（govaudit）或审计机器的 IP \
放行，或在审计期间关闭 JavaScript 验证。

参考：《政府网站发展指引》（国办发〔2017〕47号）关于网站可用性与安全防护的要求。",
    docs_en: "\
What it checks: instead of the page, the server answered with an anti-bot JavaScript challenge \
(jiasule, Ruishu, Yunsuo, Safedog, Knownsec, Alibaba Cloud or Cloudflare firewalls; typically \
status 412, 521, 403 or 200). Such a URL cannot be evaluated: it is neither a dead link nor an \
empty page; it is reported here and counted in `stats.blocked`.

Why it matters: inspectors and citizens use browsers, which usually pass the challenge; an \
automated audit is stopped, so its view of the site is incomplete. Challenges also get in the \
way of screen readers, search engines and the assistive tools older visitors use.

How to fix: for a complete audit, allow the auditing tool's User-Agent (govaudit) or the auditing \
machine's IP in the firewall, or switch the JavaScript challenge off during the audit.

References: 《政府网站发展指引》(国办发〔2017〕47号) on availability and protection.",
    standard: None,
};

pub fn run(ctx: &SiteContext<'_>) -> Vec<Finding> {
    ctx.verdicts
        .iter()
        .filter_map(|(id, verdict)| {
            let Verdict::Blocked(kind) = verdict else { return None };
            let target = ctx.crawl.target(id);
            let status = match &ctx.crawl.target(ctx.crawl.resolve(id).target).outcome {
                FetchOutcome::Answered(a) => Some(a.status),
                _ => None,
            };
            Some(Finding {
                page: target.internal.then(|| target.url.clone()),
                target: Some(target.url.clone()),
                detail: ctx.lang.word("page-blocked-detail"),
                evidence: format!("{kind}, HTTP {}", status.unwrap_or_default()),
                status,
                internal: Some(target.internal),
                ..Finding::new(INFO.id, INFO.severity)
            })
        })
        .collect()
}
