//! `account.stale`: an official account with no post within the limit.

use crate::check::{CheckInfo, Finding, Severity};
use crate::model::accounts::Verdict;
use crate::model::site::SiteContext;

pub const INFO: CheckInfo = CheckInfo {
    id: "account.stale",
    severity: Severity::Veto,
    title_zh: "政务新媒体账号长期不更新",
    title_en: "Official account not updated",
    docs_zh: "\
检查内容：读取每个政务新媒体账号（配置 [[accounts]] 中的名单，以及门户“政务新媒体”栏目列出的账号）的页面\
——微信文章或历史消息、微博、今日头条、RSS/Atom 订阅、或按 CSS 选择器读取的镜像页面——取最新一条发布的日期，\
距检查日超过期限（默认 14 天）即判为不更新；页面上一条发布都没有的也算不更新。置顶内容不算最新发布。\
遇到登录墙、人机验证或 robots.txt 禁止时记为“无法评估”，不判为不更新。

为何重要：政务新媒体检查实践：检查前 2 周内无更新即单项否决（该账号不合格）。

如何修复：恢复定期发布；确无能力运维的账号按国办发〔2018〕123号关停整合，并从门户的账号名单中删除。\
若账号实际在更新而门户链接的是某篇旧文章，请在门户名单中改为链接账号主页，或在配置中指定其历史消息页。

参考：国办秘函〔2019〕19号；国办发〔2018〕123号《关于推进政务新媒体健康有序发展的意见》。",
    docs_en: "\
What it checks: each official account (the config's [[accounts]] roster and the accounts the \
portal's 政务新媒体 column lists) is read on its platform: WeChat articles or history, Weibo, \
Toutiao, RSS/Atom feeds, or a mirror page read with a CSS selector. Its newest post older than \
the limit (14 days by default) before the audit day is stale; an account showing no post at all \
is stale too. Pinned posts do not count as the newest. A login wall, an anti-bot challenge or a \
robots.txt rule makes the account \"could not evaluate\", never stale.

Why it matters: in inspection practice an official account with no post in the two weeks before \
the check fails outright (a veto for that account).

How to fix: post regularly again; close or merge accounts nobody can keep (国办发〔2018〕123号) and \
take them off the portal's list. If the account is active but the portal links one old article, \
link the account's profile instead, or name its history page in the config.

References: 国办秘函〔2019〕19号; 国办发〔2018〕123号.",
    standard: None,
};

pub fn run(ctx: &SiteContext<'_>) -> Vec<Finding> {
    let lang = ctx.lang;
    let limit = ctx.settings.limits.account;
    ctx.accounts
        .iter()
        .filter_map(|judged| {
            let Verdict::Stale { latest, age } = &judged.verdict else { return None };
            let name = &judged.facts.spec.name;
            let detail = match (latest, age) {
                (Some(latest), Some(age)) => lang.word_with(
                    "account-stale-detail",
                    &[
                        ("account", name.into()),
                        ("latest", latest.to_string().into()),
                        ("age", (*age).into()),
                        ("limit", limit.into()),
                    ],
                ),
                _ => lang.word_with("account-stale-detail-no-post", &[("account", name.into())]),
            };
            let newest =
                judged.reading.as_ref().and_then(|r| r.posts.iter().find(|p| Some(p.date) == *latest));
            let mut evidence = newest.map_or_else(
                || judged.facts.requested.clone(),
                |p| format!("{} {}", p.date, p.title.as_deref().unwrap_or_default()).trim().to_owned(),
            );
            if judged.year_assumed() {
                evidence += &lang.word("account-stale-evidence-year-assumed");
            }
            if judged.single_article() {
                evidence += &lang.word("account-stale-evidence-single-article");
            }
            Some(super::finding(&INFO, judged, detail, evidence))
        })
        .collect()
}
