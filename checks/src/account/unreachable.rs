//! `account.unreachable`: an official account's page cannot be loaded.

use crate::check::{CheckInfo, Finding, Severity};
use crate::model::accounts::Verdict;
use crate::model::site::SiteContext;

pub const INFO: CheckInfo = CheckInfo {
    id: "account.unreachable",
    severity: Severity::Notice,
    title_zh: "政务新媒体账号无法访问",
    title_en: "Official account cannot be reached",
    docs_zh: "\
检查内容：政务新媒体账号的页面请求失败（域名无法解析、连接被拒绝、超时、HTTP 4xx/5xx），或平台显示\
链接已失效（“该内容已被发布者删除”“此内容因违规无法查看”“该账号已注销”等）。请求前遵守 robots.txt，\
平台主机每秒最多一次请求；失败会按设置重试。

为何重要：公众看不到的账号无法证明仍在更新，需要检查人员核实；门户公布的账号链接失效，\
也说明账号名单未及时维护。一次请求失败可能只是网络波动，所以本项只作提示，不直接否决。

如何修复：核实账号是否仍在运营：已关停、被封禁或改名的账号应从门户名单中删除或更新链接；\
仍在运营的，改为链接账号主页或最新内容。

参考：国办发〔2018〕123号《关于推进政务新媒体健康有序发展的意见》；国办秘函〔2019〕19号。",
    docs_en: "\
What it checks: the account's page could not be loaded (DNS, refused connection, timeout, HTTP \
4xx/5xx), or the platform says the link is dead (deleted or banned content, a closed account). \
robots.txt is obeyed and platform hosts get at most one request a second; failures are retried \
as configured.

Why it matters: an account the public cannot see cannot show it still posts, so an inspector \
checks it; a dead account link on the portal also shows the account list is not kept up to date. \
One failed request may be a passing network fault, so this is a notice, not a veto.

How to fix: check whether the account still runs: take closed, banned or renamed accounts off \
the portal's list or correct the link; for a running account, link its profile or newest post.

References: 国办发〔2018〕123号; 国办秘函〔2019〕19号.",
    standard: None,
};

pub fn run(ctx: &SiteContext<'_>) -> Vec<Finding> {
    ctx.accounts
        .iter()
        .filter_map(|judged| {
            let Verdict::Unreachable { why, evidence } = &judged.verdict else { return None };
            let name = &judged.facts.spec.name;
            let detail = ctx
                .lang
                .word_with("account-unreachable-detail", &[("account", name.into()), ("why", why.into())]);
            Some(super::finding(&INFO, judged, detail, evidence.clone()))
        })
        .collect()
}
