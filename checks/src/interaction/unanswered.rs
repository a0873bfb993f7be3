//! `interaction.unanswered`: a message of the last year left unanswered
//! for more than 3 months, or answered more than 3 months after it came
//! (veto V5).

use crate::check::{CheckInfo, Finding, Severity};
use crate::model::consultations::{Consultation, Letter, VETO_MONTHS, deadline, within_last_year};
use crate::model::site::SiteContext;

pub const INFO: CheckInfo = CheckInfo {
    id: "interaction.unanswered",
    severity: Severity::Veto,
    title_zh: "咨询留言超过 3 个月未答复",
    title_en: "Message left unanswered for more than 3 months",
    docs_zh: "\
检查内容：找出咨询类栏目（领导信箱、县长信箱、咨询、留言、网上咨询等；信访、纪检举报、在线访谈、\
调查征集不在此列），读取每条留言的留言时间/来信时间和答复时间/回复时间（来自列表表格、带标签的列表项\
或留言详情页，GBK 页面同样读取）。检查日前一年内的留言，若答复时间晚于留言时间 3 个月以上，或至今没有\
答复（页面标明“未回复”“办理中”，或栏目公开答复时间而该条没有）且已超过 3 个月，即报告。\
机器无法判断留言是否“有效”（重复、无实质内容、辱骂等），报告中的每条应由人工确认。

为何重要：国办秘函〔2019〕19号单项否决第 5 项“互动回应差”：一年内咨询类栏目的有效留言超过 3 个月\
未回复即单项否决，整站不合格。

如何修复：按 target 找到留言，尽快答复并公开答复时间和内容；建立留言办理时限和督办机制；\
无效留言应注明不予受理的原因，不要长期挂在“办理中”。

参考：国办秘函〔2019〕19号《政府网站与政务新媒体检查指标》单项否决第 5 项；\
《政府网站发展指引》（国办发〔2017〕47号）互动交流。",
    docs_en: "\
What it checks: the consultation columns (领导信箱, 县长信箱, 咨询, 留言, 网上咨询 …; not petitions \
信访, discipline reports 纪检举报, online interviews 在线访谈 or surveys 调查征集) are found and each \
message's date sent (留言时间 / 来信时间) and date answered (答复时间 / 回复时间) is read from list \
tables, labelled list items or the message's own page (GBK pages too). A message of the year before \
the audit day is reported when it was answered more than 3 months after it came, or has no answer \
(the page says 未回复 / 办理中, or the column shows reply dates and this one has none) after more \
than 3 months. A machine cannot tell a valid message from a duplicate or an abusive one: each \
finding is for a person to confirm.

Why it matters: veto V5 of the national indicators (国办秘函〔2019〕19号), poor interaction and \
response: a valid message in a consultation column left unanswered for more than 3 months within the \
last year fails the site outright.

How to fix: follow the target to the message, answer it and publish the answer with its date; set \
deadlines and follow-up for answering; mark invalid messages as not accepted, with the reason, \
rather than leaving them pending.

References: 国办秘函〔2019〕19号, veto 5; 国办发〔2017〕47号, interaction.",
    standard: None,
};

pub fn run(ctx: &SiteContext<'_>) -> Vec<Finding> {
    ctx.consultations.iter().flat_map(|c| c.letters.iter().filter_map(move |l| finding(ctx, c, l))).collect()
}

/// Whether `letter` breaks the 3-month rule, and how.
pub fn late(c: &Consultation, letter: &Letter, as_of: chrono::NaiveDate) -> Option<Late> {
    let asked = letter.asked.filter(|d| *d <= as_of)?;
    let due = deadline(asked, VETO_MONTHS)?;
    match letter.answered {
        // An answered message counts when it came within the last year.
        Some(answered) if answered > due && within_last_year(asked, as_of) => {
            Some(Late::Answered { asked, answered, due })
        }
        Some(_) => None,
        // No answer date: waiting if the page says so, or if the column
        // shows answer dates for others and this one is not said to be
        // answered (已办结 without a date is undated, not unanswered). One
        // the page says is still waiting (办理中) has been left unanswered
        // within the last year however long ago it came; an old one merely
        // missing its answer date may have had its answer elsewhere.
        None if waiting(c, letter, asked, as_of) && as_of > due => Some(Late::Waiting { asked, due }),
        None => None,
    }
}

/// Whether `letter`, asked on `asked` and with no answer date, is waiting
/// for its answer (`interaction.due-soon` warns before its
/// deadline by the same rule).
pub fn waiting(
    c: &Consultation,
    letter: &Letter,
    asked: chrono::NaiveDate,
    as_of: chrono::NaiveDate,
) -> bool {
    letter.answered.is_none()
        && (letter.pending || (c.shows_replies() && !letter.settled && within_last_year(asked, as_of)))
}

/// How a message broke the rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Late {
    Answered { asked: chrono::NaiveDate, answered: chrono::NaiveDate, due: chrono::NaiveDate },
    Waiting { asked: chrono::NaiveDate, due: chrono::NaiveDate },
}

fn finding(ctx: &SiteContext<'_>, c: &Consultation, letter: &Letter) -> Option<Finding> {
    let late = late(c, letter, ctx.as_of)?;
    let column = &ctx.columns[c.column];
    let url = ctx.crawl.target(column.first_page).url.clone();
    let lang = ctx.lang;
    let (detail, evidence) = match late {
        Late::Answered { asked, answered, due } => {
            let (asked, answered, due) = (asked.to_string(), answered.to_string(), due.to_string());
            (
                lang.word_with(
                    "interaction-unanswered-detail-late",
                    &[
                        ("column", (&column.name).into()),
                        ("message", (&letter.title).into()),
                        ("asked", (&asked).into()),
                        ("answered", (&answered).into()),
                        ("due", (&due).into()),
                    ],
                ),
                lang.word_with(
                    "interaction-unanswered-evidence-late",
                    &[("asked", asked.into()), ("answered", answered.into()), ("due", due.into())],
                ),
            )
        }
        Late::Waiting { asked, due } => {
            let (asked, due) = (asked.to_string(), due.to_string());
            (
                lang.word_with(
                    "interaction-unanswered-detail",
                    &[
                        ("column", (&column.name).into()),
                        ("message", (&letter.title).into()),
                        ("asked", (&asked).into()),
                        ("as-of", ctx.as_of.to_string().into()),
                        ("due", (&due).into()),
                    ],
                ),
                lang.word_with(
                    "interaction-unanswered-evidence",
                    &[("asked", asked.into()), ("due", due.into())],
                ),
            )
        }
    };
    Some(Finding {
        page: Some(url.clone()),
        target: Some(ctx.crawl.target(letter.target).url.clone()),
        detail,
        evidence,
        column: Some(url),
        ..Finding::new(INFO.id, INFO.severity)
    })
}
