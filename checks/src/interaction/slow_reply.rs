//! `interaction.slow-reply`: a message answered later than the configured
//! number of working days (5 by default, the bulletins' practice), counted
//! with the State Council's holiday calendar (a deduction; the 3-month
//! veto is `interaction.unanswered`).

use crate::check::{CheckInfo, Finding, Severity};
use crate::model::consultations::{calendar_words, timed};
use crate::model::site::SiteContext;

pub const INFO: CheckInfo = CheckInfo {
    id: "interaction.slow-reply",
    severity: Severity::Deduction,
    title_zh: "留言答复不及时",
    title_en: "Message answered slowly",
    docs_zh: "\
检查内容：咨询类栏目中检查日前一年内的留言，按留言时间和答复时间计算工作日：周一至周五，扣除\
国务院办公厅每年公布的法定节假日，加上调休上班的周末（国办发明电，随 govaudit 提供 2019 年起各年的\
安排，未收录的年份可在配置 [calendar] 中补充；既未收录也未配置的年份按周一至周五计算，并在问题说明中\
注明）。留言当天不计，答复当天计入。超过期限（默认 5 个工作日，检查通报中常见的实践口径；配置 \
[freshness] reply_working_days 可改）即报告，说明中写明计数所用的年度安排。超过 3 个月的由 \
interaction.unanswered 报告（单项否决），不重复计入本项。1 个工作日内答复的比例在 report.json 的 \
consultations 中给出，不作为问题。

为何重要：国办秘函〔2019〕19号“互动交流”要求及时答复网民留言；多数省份的考评细则和检查通报对简单\
咨询规定了答复时限（常见为 5 个工作日），超时按条扣分。

如何修复：建立留言转办和限时办结制度，简单咨询在期限内答复；需要较长时间办理的，先答复受理情况\
和预计办结时间。

参考：国办秘函〔2019〕19号 互动交流；国务院办公厅关于各年部分节假日安排的通知（国办发明电）；\
各省政府网站考评细则（答复时限各地不同，请按本省规定配置）。",
    docs_en: "\
What it checks: for each message of the last year in a consultation column, the working days \
between the date sent and the date answered: Monday to Friday, less the public holidays and plus the \
weekend days worked instead (调休) that the State Council publishes each year (国办发明电; the \
arrangements from 2019 on ship with govaudit, a year not shipped can be added under [calendar] in the \
config; a year neither shipped nor configured is counted Monday to Friday, and the finding says so). \
The day sent does not count, the day answered does. More than the limit (default 5 working days, the \
practice the inspection bulletins use; set [freshness] reply_working_days) is reported, and the \
finding names the year's arrangement the count used. Answers later than 3 months are \
interaction.unanswered (veto) and are not counted here again. The share answered within 1 working day \
is given in report.json's consultations block, not as a finding.

Why it matters: the national indicators (国办秘函〔2019〕19号, interaction) ask for timely answers; \
most provinces' rules and the inspection bulletins set a deadline for simple questions (commonly 5 \
working days) and deduct per late answer.

How to fix: route messages to the unit in charge with a deadline and answer simple questions within \
it; for matters that take longer, first reply that the message was accepted and when it will be \
settled.

References: 国办秘函〔2019〕19号, interaction; the State Council's yearly holiday notices (国办发明电); \
provincial evaluation rules (deadlines differ: configure yours).",
    standard: None,
};

pub fn run(ctx: &SiteContext<'_>) -> Vec<Finding> {
    let limit = i64::from(ctx.settings.reply_working_days);
    let calendar = &ctx.settings.calendar;
    let mut out = Vec::new();
    for c in &ctx.consultations {
        let column = &ctx.columns[c.column];
        let url = ctx.crawl.target(column.first_page).url.clone();
        for t in timed(c, ctx.as_of, calendar).filter(|t| t.days > limit) {
            let (asked, answered) = (t.asked.to_string(), t.answered.to_string());
            out.push(Finding {
                page: Some(url.clone()),
                target: Some(ctx.crawl.target(t.letter.target).url.clone()),
                detail: ctx.lang.word_with(
                    "interaction-slow-reply-detail",
                    &[
                        ("column", (&column.name).into()),
                        ("message", (&t.letter.title).into()),
                        ("days", t.days.into()),
                        ("limit", limit.into()),
                        ("calendar", calendar_words(ctx.lang, calendar, t.asked, t.answered).into()),
                    ],
                ),
                evidence: ctx.lang.word_with(
                    "interaction-slow-reply-evidence",
                    &[("asked", asked.into()), ("answered", answered.into()), ("days", t.days.into())],
                ),
                column: Some(url.clone()),
                ..Finding::new(INFO.id, INFO.severity)
            });
        }
    }
    out
}
