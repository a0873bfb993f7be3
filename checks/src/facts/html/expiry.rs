//! What an article says of its own validity: a deadline it states
//! (报名截止, 截止日期, 有效期至) and whether it is marked no longer in force
//! (效力状态：已废止, 【已失效】), read while the page is parsed for
//! `content.expired-notice`.

use scraper::{ElementRef, Html};

use super::text_of;
use crate::facts::dates::{self, Written};

/// Labels of a deadline a notice states.
const DEADLINE_LABELS: &[&str] = &[
    "报名截止时间",
    "报名截止日期",
    "报名截止",
    "报名时间截止",
    "截止日期",
    "截止时间",
    "有效期至",
    "有效期截至",
    "受理截止",
    "申报截止",
];

/// Labels of a document's validity, as 政府信息公开 pages write them.
const STATUS_LABELS: &[&str] = &["有效性", "效力状态", "时效性", "是否有效", "文件状态", "效力"];

/// Marks of a document no longer in force, written on their own.
const VOID_MARKS: &[&str] = &["【已废止】", "【已失效】", "（已废止）", "（已失效）", "[已废止]", "[已失效]"];

/// How far after a label its value is read.
const REACH: usize = 24;

/// What an article says of its validity.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Validity {
    pub deadline: Option<Written>,
    /// Marked no longer in force (已废止, 已失效).
    pub void: bool,
}

/// Reads an article's validity; nothing for other pages.
pub fn read(doc: &Html, article: bool) -> Validity {
    if !article {
        return Validity::default();
    }
    // Most articles mention neither: one pass over the text nodes rules
    // them out before the body's text is put together.
    let mentions = doc.tree.nodes().any(|n| {
        n.value().as_text().is_some_and(|t| {
            t.contains("截止")
                || t.contains("有效")
                || t.contains("效力")
                || t.contains("废止")
                || t.contains("失效")
        })
    });
    let Some(body) = mentions
        .then(|| doc.tree.nodes().filter_map(ElementRef::wrap).find(|e| e.value().name() == "body"))
        .flatten()
    else {
        return Validity::default();
    };
    let text = text_of(body);
    Validity { deadline: deadline_in(&text), void: void_in(&text) }
}

fn after<'t>(text: &'t str, label: &'t str) -> impl Iterator<Item = String> + 't {
    let len = label.len();
    text.match_indices(label).map(move |(at, _)| {
        let rest: String = text[at + len..].chars().take(REACH).collect();
        rest.trim_start_matches([':', '：', ' ', '\u{a0}', '为']).to_owned()
    })
}

/// The first dated deadline the text states.
pub fn deadline_in(text: &str) -> Option<Written> {
    DEADLINE_LABELS.iter().find_map(|label| {
        after(text, label).find_map(|rest| dates::find(&rest).into_iter().next().filter(|w| w.year.is_some()))
    })
}

/// Whether the text marks the document no longer in force.
pub fn void_in(text: &str) -> bool {
    VOID_MARKS.iter().any(|m| text.contains(m))
        || STATUS_LABELS.iter().any(|label| {
            after(text, label).any(|rest| {
                let head: String = rest.chars().take(4).collect();
                head.contains("失效") || head.contains("废止") || head.starts_with("无效")
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deadlines() {
        assert_eq!(
            deadline_in("报名截止时间：2026年3月20日17:00"),
            Some(Written { year: Some(2026), month: 3, day: 20 })
        );
        assert_eq!(
            deadline_in("有效期至2027-12-31。"),
            Some(Written { year: Some(2027), month: 12, day: 31 })
        );
        assert_eq!(deadline_in("发布时间：2026-03-01"), None);
    }

    #[test]
    fn void_marks() {
        assert!(void_in("索引号：00882-2020-00012 有效性：已废止 发文字号：清府发〔2020〕3号"));
        assert!(void_in("清溪县城市管理办法【已失效】"));
        assert!(!void_in("有效性：有效 关于废止部分规范性文件的决定"));
        assert!(!void_in("效力状态：现行有效"));
    }
}
