//! `account.zombie`: an account silent for over three months.

use crate::check::{CheckInfo, Finding, Severity};
use crate::model::accounts::{Verdict, is_zombie};
use crate::model::site::SiteContext;

pub const INFO: CheckInfo = CheckInfo {
    id: "account.zombie",
    severity: Severity::Notice,
    title_zh: "僵尸账号（超过 3 个月未更新）",
    title_en: "Zombie account (silent for over 3 months)",
    docs_zh: "\
检查内容：账号最新一条发布早于检查日前 3 个月（按日历月计）。这类账号除按“长期不更新”处理外，单独列出，\
附最后一次发布的日期，供整改时决定关停或整合。

为何重要：国办发〔2018〕123号要求清理整合“僵尸”“睡眠”账号，政务新媒体要“少而精”；县级工作要点\
同样要求减少账号数量、提高质量。

如何修复：确无运维力量的账号依程序关停，并在门户名单和平台上注明；需要保留的，明确主管单位和更新频率，恢复发布。

参考：国办发〔2018〕123号《关于推进政务新媒体健康有序发展的意见》。",
    docs_en: "\
What it checks: the account's newest post is older than 3 calendar months before the audit \
day. Besides being stale, it is listed on its own with the date of its last post, for the \
decision to close or merge it.

Why it matters: 国办发〔2018〕123号 asks for \"zombie\" and dormant accounts to be closed or merged \
(fewer but better accounts), as does the county work plan.

How to fix: close accounts nobody can keep, by the proper procedure, and say so on the portal's \
list and on the platform; for accounts to keep, name the unit responsible and a posting rhythm.

References: 国办发〔2018〕123号.",
    standard: None,
};

pub fn run(ctx: &SiteContext<'_>) -> Vec<Finding> {
    ctx.accounts
        .iter()
        .filter_map(|judged| {
            let Verdict::Stale { latest: Some(latest), age: Some(age) } = &judged.verdict else {
                return None;
            };
            if !is_zombie(*latest, ctx.as_of) {
                return None;
            }
            let name = &judged.facts.spec.name;
            let detail = ctx.lang.word_with(
                "account-zombie-detail",
                &[("account", name.into()), ("age", (*age).into()), ("latest", latest.to_string().into())],
            );
            let mut evidence = latest.to_string();
            if judged.year_assumed() {
                evidence += &ctx.lang.word("account-zombie-evidence-year-assumed");
            }
            Some(super::finding(&INFO, judged, detail, evidence))
        })
        .collect()
}
