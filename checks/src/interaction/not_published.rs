//! `interaction.not-published`: a consultation column that published no
//! message with its reply in the last 2 months, or shows messages without
//! their dates.

use chrono::Months;

use crate::check::{CheckInfo, Finding, Severity};
use crate::model::consultations::silent_since;
use crate::model::site::SiteContext;

pub const INFO: CheckInfo = CheckInfo {
    id: "interaction.not-published",
    severity: Severity::Deduction,
    title_zh: "留言答复未公开或未标明时间",
    title_en: "Messages and replies not published, or published without dates",
    docs_zh: "\
检查内容：每个咨询类栏目（领导信箱、县长信箱、咨询、留言等）是否在检查日前 2 个月内公开过带答复的\
留言，以及公开的留言是否同时标明留言时间和答复时间（列表或详情页任一处标明即可）。没有任何留言、\
最新答复早于 2 个月前、或所有留言都缺少留言时间或答复时间，均报告一次。最新留言早于 6 个月前的栏目\
由 interaction.silent 报告，本项不再重复。

为何重要：国办秘函〔2019〕19号“互动交流”要求公开留言及答复内容、留言时间和答复时间；\
检查实践中 2 个月内答复未更新扣分。缺少日期时，公众和检查人员无法判断答复是否及时。

如何修复：定期公开已办结的留言和答复，列表或详情页写明“留言时间”“答复时间”；\
栏目长期无人留言的，检查渠道是否可用并在首页显著位置提供入口。

参考：国办秘函〔2019〕19号 互动交流（答复公开；检查实践：2 个月未更新扣 3 分）。",
    docs_en: "\
What it checks: whether each consultation column (领导信箱, 县长信箱, 咨询, 留言 …) published a \
message with its reply in the 2 months before the audit day, and whether its messages state both \
the date sent and the date answered (in the list or on the message's page). A column with no \
message, whose newest answer is older than 2 months, or whose messages all lack one of the two \
dates is reported once. A column whose newest message is older than 6 months is \
interaction.silent's and is not reported here again.

Why it matters: the national indicators (国办秘函〔2019〕19号, interaction) ask sites to publish \
messages and replies with the date of each; in practice replies not updated for 2 months lose \
points. Without the dates nobody can tell whether the answer was timely.

How to fix: publish settled messages and their replies regularly, with 留言时间 and 答复时间 in the \
list or on the page; if nobody writes, check that the channel works and is linked prominently from \
the home page.

References: 国办秘函〔2019〕19号, interaction (practice: replies not updated for 2 months, −3).",
    standard: None,
};

/// Replies must have been published within this many months.
const MONTHS: u32 = 2;

pub fn run(ctx: &SiteContext<'_>) -> Vec<Finding> {
    let since = ctx.as_of.checked_sub_months(Months::new(MONTHS));
    let mut out = Vec::new();
    for c in &ctx.consultations {
        let column = &ctx.columns[c.column];
        let url = ctx.crawl.target(column.first_page).url.clone();
        let both = c.letters.iter().filter(|l| l.asked.is_some() && l.answered.is_some()).count();
        let newest = c.letters.iter().filter_map(|l| l.answered).filter(|d| *d <= ctx.as_of).max();
        let lang = ctx.lang;
        // No message at all has no newest reply either.
        let (detail, evidence) = if c.letters.is_empty() {
            (
                lang.word_with(
                    "interaction-not-published-detail-empty",
                    &[("column", (&column.name).into())],
                ),
                lang.word("interaction-not-published-evidence-empty"),
            )
        } else if both == 0 {
            (
                lang.word_with(
                    "interaction-not-published-detail-undated",
                    &[("column", (&column.name).into()), ("messages", c.letters.len().into())],
                ),
                match newest {
                    Some(d) => lang.word_with(
                        "interaction-not-published-evidence-undated-newest",
                        &[("newest", d.to_string().into())],
                    ),
                    None => lang.word("interaction-not-published-evidence-undated"),
                },
            )
        } else if let (Some(newest), Some(since)) = (newest, since)
            && newest < since
            // Over 6 months is interaction.silent's, the stronger grade.
            && silent_since(c, ctx.as_of).is_none()
        {
            let newest = newest.to_string();
            (
                lang.word_with(
                    "interaction-not-published-detail",
                    &[
                        ("column", (&column.name).into()),
                        ("newest", (&newest).into()),
                        ("months", MONTHS.into()),
                    ],
                ),
                lang.word_with("interaction-not-published-evidence", &[("newest", newest.into())]),
            )
        } else {
            continue;
        };
        out.push(Finding {
            page: Some(url.clone()),
            detail,
            evidence,
            column: Some(url),
            ..Finding::new(INFO.id, INFO.severity)
        });
    }
    out
}
