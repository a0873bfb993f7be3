//! `interaction.slow-reply`: a message answered later than the configured
//! number of working days (a deduction; the 3-month veto is
//! `interaction.unanswered`).

use super::unanswered;
use crate::check::{CheckInfo, Finding, Severity};
use crate::model::consultations::{within_last_year, working_days};
use crate::model::site::SiteContext;

pub const INFO: CheckInfo = CheckInfo {
    id: "interaction.slow-reply",
    severity: Severity::Deduction,
    title_zh: "留言答复不及时",
    title_en: "Message answered slowly",
    docs_zh: "\
检查内容：咨询类栏目中检查日前一年内的留言，按留言时间和答复时间计算工作日（周一至周五；\
法定节假日和调休无法得知，节假日前后的计数会偏大，evidence 给出两个日期供人工核对），\
超过期限（默认 5 个工作日，部分省份对简单咨询的要求；配置 [freshness] reply_working_days 可改）\
即报告。超过 3 个月的由 interaction.unanswered 报告（单项否决），不重复计入本项。

为何重要：国办秘函〔2019〕19号“互动交流”要求及时答复网民留言；多数省份的考评细则对简单咨询\
规定了答复时限，超时按条扣分。

如何修复：建立留言转办和限时办结制度，简单咨询在期限内答复；需要较长时间办理的，先答复受理情况\
和预计办结时间。

参考：国办秘函〔2019〕19号 互动交流；各省政府网站考评细则（答复时限各地不同，请按本省规定配置）。",
    docs_en: "\
What it checks: for each message of the last year in a consultation column, the working days \
(Monday to Friday; public holidays and make-up days are not known, so counts around holidays run \
high — the evidence gives both dates) between the date sent and the date answered. More than the \
limit (default 5 working days, what some provinces ask for simple questions; set [freshness] \
reply_working_days) is reported. Answers later than 3 months are interaction.unanswered (veto) and \
are not counted here again.

Why it matters: the national indicators (国办秘函〔2019〕19号, interaction) ask for timely answers; \
most provinces' rules set a deadline for simple questions and deduct per late answer.

How to fix: route messages to the unit in charge with a deadline and answer simple questions within \
it; for matters that take longer, first reply that the message was accepted and when it will be \
settled.

References: 国办秘函〔2019〕19号, interaction; provincial evaluation rules (deadlines differ: \
configure yours).",
    standard: None,
};

pub fn run(ctx: &SiteContext<'_>) -> Vec<Finding> {
    let limit = i64::from(ctx.settings.reply_working_days);
    let mut out = Vec::new();
    for c in &ctx.consultations {
        let column = &ctx.columns[c.column];
        let url = ctx.crawl.target(column.first_page).url.clone();
        for letter in &c.letters {
            let (Some(asked), Some(answered)) = (letter.asked, letter.answered) else { continue };
            if !within_last_year(asked, ctx.as_of) || unanswered::late(c, letter, ctx.as_of).is_some() {
                continue;
            }
            let days = working_days(asked, answered);
            if days <= limit {
                continue;
            }
            out.push(Finding {
                page: Some(url.clone()),
                target: Some(ctx.crawl.target(letter.target).url.clone()),
                detail: ctx.lang.word_with(
                    "interaction-slow-reply-detail",
                    &[
                        ("column", (&column.name).into()),
                        ("message", (&letter.title).into()),
                        ("days", days.into()),
                        ("limit", limit.into()),
                    ],
                ),
                evidence: ctx.lang.word_with(
                    "interaction-slow-reply-evidence",
                    &[
                        ("asked", asked.to_string().into()),
                        ("answered", answered.to_string().into()),
                        ("days", days.into()),
                    ],
                ),
                column: Some(url.clone()),
                ..Finding::new(INFO.id, INFO.severity)
            });
        }
    }
    out
}
