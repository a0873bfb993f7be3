//! `interaction.silent`: a consultation column whose newest published
//! message is older than 6 months, the bulletins' stronger grade of
//! `interaction.not-published` (which then stays quiet on that column).

use crate::check::{CheckInfo, Finding, Severity};
use crate::model::consultations::{SILENT_MONTHS, silent_since};
use crate::model::site::SiteContext;

pub const INFO: CheckInfo = CheckInfo {
    id: "interaction.silent",
    severity: Severity::Deduction,
    title_zh: "咨询栏目超过 6 个月未公开留言",
    title_en: "Consultation column silent for more than 6 months",
    docs_zh: "\
检查内容：每个咨询类栏目（领导信箱、县长信箱、咨询、留言等）公开的留言中，最新的留言时间或答复时间\
是否早于检查日前 6 个月。是则报告一次，说明中给出最新日期；此时同一栏目不再报告 \
interaction.not-published（2 个月未更新），以免一个问题扣两次分。没有任何带日期留言的栏目由 \
interaction.not-published 报告。

为何重要：检查通报中常见“互动交流栏目超过 6 个月未公开留言”的问题：渠道形同虚设，群众留言无人处理或\
办理结果不公开。国办秘函〔2019〕19号“互动交流”要求公开留言及答复；6 个月的期限是检查实践，\
扣分值为 govaudit 的选择，请按本省细则核对。

如何修复：检查留言渠道能否正常提交，及时办理并公开留言和答复；确实无人留言的，在首页显著位置提供\
入口并宣传渠道。

参考：国办秘函〔2019〕19号 互动交流；各地政府网站检查情况通报（实践：超过 6 个月未公开留言）。",
    docs_en: "\
What it checks: whether the newest date (sent or answered) among the messages a consultation \
column (领导信箱, 县长信箱, 咨询, 留言 …) publishes is older than 6 months before the audit day. If \
so the column is reported once with that date, and interaction.not-published (2 months) is not \
reported for it as well, so one problem does not cost twice. A column with no dated message is \
interaction.not-published's.

Why it matters: inspection bulletins commonly name interaction columns that published no message for \
over 6 months: the channel is there in name only, and messages go unhandled or their answers \
unpublished. The national indicators (国办秘函〔2019〕19号, interaction) ask for messages and replies \
to be published; the 6 months are practice and the points govaudit's choice: check your province's \
rules.

How to fix: make sure the channel accepts messages, handle them and publish them with their answers; \
if nobody writes, link the channel prominently from the home page and make it known.

References: 国办秘函〔2019〕19号, interaction; inspection bulletins (practice: no message published \
for over 6 months).",
    standard: None,
};

pub fn run(ctx: &SiteContext<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for c in &ctx.consultations {
        let Some(newest) = silent_since(c, ctx.as_of) else { continue };
        let column = &ctx.columns[c.column];
        let url = ctx.crawl.target(column.first_page).url.clone();
        let newest = newest.to_string();
        out.push(Finding {
            page: Some(url.clone()),
            detail: ctx.lang.word_with(
                "interaction-silent-detail",
                &[
                    ("column", (&column.name).into()),
                    ("newest", (&newest).into()),
                    ("months", SILENT_MONTHS.into()),
                ],
            ),
            evidence: ctx.lang.word_with("interaction-silent-evidence", &[("newest", newest.into())]),
            column: Some(url),
            ..Finding::new(INFO.id, INFO.severity)
        });
    }
    out
}
