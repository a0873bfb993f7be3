//! Public consultations (征求意见, 意见征集) and their results (意见采纳情况,
//! 反馈): what a page says of itself, read while it is parsed, for the
//! county plan's rule that a consultation's result is published within a
//! month of its end (`consultation.result-overdue`).

use scraper::{ElementRef, Html};

use super::text_of;
use crate::facts::dates::{self, Written};

/// Title words of a consultation notice.
const CONSULTATION_WORDS: &[&str] = &["征求意见", "意见征集", "征集意见", "公开征求", "征求社会", "征求公众"];

/// Title words of a consultation's result: its presence turns a title
/// that also says 征求意见 into a result (《…（征求意见稿）》意见采纳情况).
const RESULT_WORDS: &[&str] = &[
    "采纳情况",
    "采纳意见",
    "意见采纳",
    "意见反馈",
    "反馈情况",
    "征集结果",
    "征求意见结果",
    "意见的反馈",
    "采纳说明",
];

/// Labels that introduce a consultation's period or its end.
const PERIOD_LABELS: &[&str] = &[
    "征求意见时间",
    "征求意见期限",
    "征求意见期",
    "意见征集时间",
    "征集时间",
    "征集期限",
    "反馈时间",
    "反馈期限",
    "公示时间",
    "时间为",
    "期限为",
];

/// Labels that introduce an end date on its own.
const END_LABELS: &[&str] = &["截止时间", "截止日期", "反馈截止", "截止"];

/// How far after its label a period is read.
const REACH: usize = 60;

pub fn is_consultation(title: &str) -> bool {
    CONSULTATION_WORDS.iter().any(|w| title.contains(w)) && !is_result(title)
}

pub fn is_result(title: &str) -> bool {
    RESULT_WORDS.iter().any(|w| title.contains(w))
}

/// The day a consultation page says it ends, when the page is one.
pub fn end_date(doc: &Html, title: Option<&str>) -> Option<Written> {
    let heading = doc
        .tree
        .nodes()
        .filter_map(ElementRef::wrap)
        .find(|e| matches!(e.value().name(), "h1" | "h2"))
        .map(text_of);
    let named = [title, heading.as_deref()].into_iter().flatten().any(is_consultation);
    if !named {
        return None;
    }
    let body = doc.tree.nodes().filter_map(ElementRef::wrap).find(|e| e.value().name() == "body")?;
    end_in(&text_of(body))
}

/// The end of the first stated period (`2026年10月1日至10月31日`: the
/// second date, its year from the first when it has none), else the date
/// after an end label.
pub fn end_in(text: &str) -> Option<Written> {
    for label in PERIOD_LABELS {
        for (at, _) in text.match_indices(label) {
            let after: String = text[at + label.len()..].chars().take(REACH).collect();
            let found = dates::find(&after);
            let (Some(start), Some(end)) = (found.first(), found.get(1)) else { continue };
            let between = after.find(['至', '到', '—', '～', '~']).is_some();
            if between && start.year.is_some() {
                return Some(Written { year: end.year.or(start.year), ..*end });
            }
        }
    }
    END_LABELS.iter().find_map(|label| {
        let at = text.find(label)? + label.len();
        let after: String = text[at..].chars().take(REACH / 2).collect();
        dates::find(&after).into_iter().find(|w| w.year.is_some())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(year: i32, month: u32, day: u32) -> Option<Written> {
        Some(Written { year: Some(year), month, day })
    }

    #[test]
    fn periods_and_end_labels() {
        assert_eq!(end_in("征求意见时间：2026年10月1日至2026年10月31日。"), w(2026, 10, 31));
        assert_eq!(end_in("征求意见时间为2026年10月1日至10月31日"), w(2026, 10, 31));
        assert_eq!(end_in("意见反馈截止时间：2026-11-05。"), w(2026, 11, 5));
        assert_eq!(end_in("发布时间：2026-10-01 请于2026年11月05日前反馈"), None);
    }

    #[test]
    fn titles() {
        assert!(is_consultation("关于公开征求《清溪县物业管理办法（征求意见稿）》意见的公告"));
        assert!(!is_consultation("《清溪县物业管理办法（征求意见稿）》意见采纳情况反馈"));
        assert!(is_result("《清溪县物业管理办法（征求意见稿）》意见采纳情况反馈"));
    }
}
