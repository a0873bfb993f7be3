//! `account.not-evaluated`: an account page that showed no posts to judge.

use crate::check::{CheckInfo, Finding, Severity};
use crate::model::accounts::Verdict;
use crate::model::site::SiteContext;

pub const INFO: CheckInfo = CheckInfo {
    id: "account.not-evaluated",
    severity: Severity::Notice,
    title_zh: "政务新媒体账号无法评估",
    title_en: "Official account could not be evaluated",
    docs_zh: "\
检查内容：账号页面可以访问，但没有可读的发布日期：平台要求登录（如微博的访客验证、微信“请在微信客户端打开”）、\
返回人机验证页面（如抖音、今日头条的 __ac_nonce 脚本）、robots.txt 禁止抓取、平台只返回账号资料而没有发布列表，\
或页面格式无法识别；还包括政务新媒体页面只列出二维码和名称、没有链接的账号（无法检查）。\
这类账号既不判为更新，也不判为不更新，需要人工查看。

为何重要：把“看不到”当成“不更新”会冤枉账号，把它当成“已更新”又会漏掉问题，所以单独列出，交由检查人员核实。

如何修复：在配置 [[accounts]] 中为该账号指定可读的页面（只有二维码的账号，添加其 URL）：微信公众号的历史消息页、RSS 订阅，\
或门户上同步账号内容的镜像页面（reader = \"generic\" 并给出 selector）；也可人工核实后在 [scoring] 中记录结论。

参考：国办秘函〔2019〕19号；国办发〔2018〕123号。",
    docs_en: "\
What it checks: the account's page loaded but showed no dated post to read: the platform wants a \
login (Weibo's visitor system, WeChat's \"open in the WeChat client\"), answered an anti-bot \
challenge (Douyin's and Toutiao's __ac_nonce scripts), robots.txt disallows it, the platform \
answered the profile without its posts, or no reader knows the page; and an account the \
新媒体 page lists only as a QR code and a name, with no link to check. Such an account is neither \
fresh nor stale: a person looks at it.

Why it matters: calling \"not visible\" stale would wrong the account, calling it fresh would hide \
a problem; so it is listed on its own for the inspector to check.

How to fix: give the account a readable page in the config's [[accounts]] (for a QR-code-only \
account, its URL): the WeChat history \
page, an RSS feed, or the portal's mirror of the account's posts (reader = \"generic\" with a \
selector); or check it by hand and record the decision under [scoring].

References: 国办秘函〔2019〕19号; 国办发〔2018〕123号.",
    standard: None,
};

pub fn run(ctx: &SiteContext<'_>) -> Vec<Finding> {
    ctx.accounts
        .iter()
        .filter_map(|judged| {
            let Verdict::NotEvaluated { why, evidence } = &judged.verdict else { return None };
            let name = &judged.facts.spec.name;
            let detail = ctx
                .lang
                .word_with("account-not-evaluated-detail", &[("account", name.into()), ("why", why.into())]);
            Some(super::finding(&INFO, judged, detail, evidence.clone()))
        })
        .collect()
}
