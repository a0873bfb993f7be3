//! `interaction.due-soon`: a waiting message whose 3-month
//! deadline (V5) falls within the warning window (`[warnings]
//! unanswered_days`).

use crate::check::{CheckInfo, Finding, Severity};
use crate::interaction::unanswered::waiting;
use crate::model::consultations::{VETO_MONTHS, deadline};
use crate::model::site::SiteContext;

pub const INFO: CheckInfo = CheckInfo {
    id: "interaction.due-soon",
    severity: Severity::Notice,
    title_zh: "留言即将超过 3 个月未答复（预警）",
    title_en: "Message due for an answer soon (warning)",
    docs_zh: "\
检查内容：咨询类栏目（县长信箱、网上咨询等）中仍在等待答复的留言，其 3 个月答复期限将在预警期内到期：\
默认提前 14 天（[warnings] unanswered_days，实践做法）。“等待答复”与 interaction.unanswered 的判断相同：\
页面标为办理中，或栏目给出其他留言的答复时间而本条没有。提示给出期限（due）和留言链接。\
超过期限后由 interaction.unanswered 报告，本项不再提示。不扣分。

为何重要：国办秘函〔2019〕19号单项否决第 5 项：一年内咨询留言超过 3 个月未回复即单项否决。

如何修复：在 due 日期之前答复并公开答复内容；把本提示发给承办单位。

参考：国办秘函〔2019〕19号单项否决第 5 项。",
    docs_en: "\
What it checks: a message in a consultation column (县长信箱, 网上咨询…) still waiting for its \
answer whose 3-month deadline falls within the warning window: 14 days ahead by default \
([warnings] unanswered_days, practice). \"Waiting\" is decided as interaction.unanswered decides \
it: the page says 办理中, or the column shows other messages' answer dates and not this one's. The \
finding names the deadline (due) and links the message. Past the deadline, \
interaction.unanswered reports it instead. No points.

Why it matters: veto V5 of 国办秘函〔2019〕19号 fails a site with a message left unanswered for more \
than 3 months within the last year.

How to fix: answer, and publish the answer, before the due day; send this warning to the office \
handling the message.

References: 国办秘函〔2019〕19号, veto 5.",
    standard: None,
};

pub fn run(ctx: &SiteContext<'_>) -> Vec<Finding> {
    let window = i64::from(ctx.settings.warning.unanswered);
    let mut out = Vec::new();
    for c in &ctx.consultations {
        let column = &ctx.columns[c.column];
        let url = &ctx.crawl.target(column.first_page).url;
        for letter in &c.letters {
            let Some(asked) = letter.asked.filter(|d| *d <= ctx.as_of) else { continue };
            let Some(due) = deadline(asked, VETO_MONTHS) else { continue };
            let left = (due - ctx.as_of).num_days();
            if !(0..=window).contains(&left) || !waiting(c, letter, asked, ctx.as_of) {
                continue;
            }
            let (asked, due) = (asked.to_string(), due.to_string());
            out.push(Finding {
                page: Some(url.clone()),
                target: Some(ctx.crawl.target(letter.target).url.clone()),
                detail: ctx.lang.word_with(
                    "interaction-unanswered-due-soon-detail",
                    &[
                        ("column", (&column.name).into()),
                        ("message", (&letter.title).into()),
                        ("asked", (&asked).into()),
                        ("due", (&due).into()),
                        ("left", left.into()),
                    ],
                ),
                evidence: ctx.lang.word_with(
                    "interaction-unanswered-evidence",
                    &[("asked", asked.into()), ("due", (&due).into())],
                ),
                column: Some(url.clone()),
                due: Some(due),
                ..Finding::new(INFO.id, INFO.severity)
            });
        }
    }
    out
}
