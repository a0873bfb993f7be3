//! `account.duplicate`: one unit with several accounts on one platform.

use std::collections::BTreeMap;

use crate::check::{CheckInfo, Finding, Severity};
use crate::model::site::SiteContext;

pub const INFO: CheckInfo = CheckInfo {
    id: "account.duplicate",
    severity: Severity::Notice,
    title_zh: "同一单位在同一平台开设多个账号",
    title_en: "One unit, several accounts on one platform",
    docs_zh: "\
检查内容：按账号名单中的主办单位和平台归组，同一单位在同一平台有两个及以上账号的，逐组列出。\
主办单位来自配置 [[accounts]] 的 unit，或门户“政务新媒体”名单中与账号同一行的单位名称；不知道主办单位的账号不参与比较。

为何重要：国办发〔2018〕123号：原则上一个单位在同一平台只开设一个政务账号，防止“多、散、乱”。

如何修复：合并同一单位在同一平台的账号，保留一个主账号，其余关停或迁移，并更新门户名单。

参考：国办发〔2018〕123号《关于推进政务新媒体健康有序发展的意见》。",
    docs_en: "\
What it checks: accounts grouped by the unit that runs them and their platform; every group of \
two or more accounts of one unit on one platform is listed. The unit comes from the config's \
[[accounts]] unit or from the unit named in the same row of the portal's account list; accounts \
without a known unit are not compared.

Why it matters: 国办发〔2018〕123号: in principle one unit opens one official account per platform, \
to keep accounts few and orderly.

How to fix: merge the unit's accounts on that platform into one, close or migrate the others, \
and update the portal's list.

References: 国办发〔2018〕123号.",
    standard: None,
};

pub fn run(ctx: &SiteContext<'_>) -> Vec<Finding> {
    let mut groups: BTreeMap<(&str, &str), Vec<&str>> = BTreeMap::new();
    for judged in &ctx.accounts {
        let spec = &judged.facts.spec;
        let Some(unit) = spec.unit.as_deref().filter(|u| !u.is_empty()) else { continue };
        groups.entry((unit, spec.platform.as_str())).or_default().push(spec.name.as_str());
    }
    let mut out = Vec::new();
    for ((unit, platform), names) in groups.into_iter().filter(|(_, names)| names.len() > 1) {
        let Some(first) = ctx.accounts.iter().find(|j| {
            j.facts.spec.unit.as_deref() == Some(unit) && j.facts.spec.platform.as_str() == platform
        }) else {
            continue;
        };
        let label = first.facts.spec.platform.label(ctx.lang);
        let list = names.join(&ctx.lang.word("account-duplicate-list-separator"));
        let detail = ctx.lang.word_with(
            "account-duplicate-detail",
            &[
                ("unit", unit.into()),
                ("platform", label.into()),
                ("count", names.len().into()),
                ("accounts", (&list).into()),
            ],
        );
        let mut finding = super::finding(&INFO, first, detail, list);
        finding.account = Some(names.join("、"));
        out.push(finding);
    }
    out
}
