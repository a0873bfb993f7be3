//! `content.typo`: an ordinary typo (一般错误) on a page: a known wrong
//! word (the lexicon's 一般 entries, shipped and the user's, and the
//! config's `[content.typos]`), a character that never doubles (`的的`),
//! or a title whose 《》, （）or “” do not pair.
//!
//! The words come from the run's one pass of the lexicon
//! ([`PageDoc::word_hits`]); the titles are the page's `<title>` and its
//! visible headings. Serious errors and probable ones are the other grades'
//! checks (`crate::content::words`).

use std::sync::Arc;

use crate::check::{CheckInfo, Severity};
use crate::facts::lexicon::{Grade, WordNote};
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "content.typo",
    severity: Severity::Deduction,
    title_zh: "页面出现错别字",
    title_en: "A typo (一般错误) appears on the page",
    docs_zh: "\
检查内容：页面标题和可见文字（含各级标题）中的一般错误：错词表里等级为“一般”的已知错词（如“营商环竟”“再接再励”“渡假村”），\
不会叠用的字（“的的”，“目的的”“有的的确”等两词相连处除外），以及标题（<title> 和页面上的 h1—h6）中没有配对的\
书名号《》、括号（）和引号“”（被截断、以省略号结尾的标题不算）。“的、地、得”的用法不检查。\
错词表是数据：govaudit 自带 checks/lexicon/typo.txt（出处见每个词条，主要是《咬文嚼字》编辑部公布的常见别字），\
用户在配置 [content] words 指定的文件或 [content.typos] 中加入本地的词（[content.typos] 的词按“一般”计）。\
每个错词每页报告一次，附所在句子、建议写法、出现次数和词条出处。严重表述错误见 content.serious-error，\
疑似错误见 content.suspect-word。\
本站附件（PDF、Word、Excel，见 content.pii-attachment）的文字同样按错词表检查，每个附件每个错词报告一次，附文件、链接它的页面和所在位置（页、段、工作表和行）。

为何重要：错别字是 2023—2025 年各地通报最常点名的内容问题之一；国办秘函〔2019〕19号把内容准确性列入检查指标。

如何修复：改正页面上的错字和标点，并检查同一稿件在其他栏目、附件和政务新媒体上的转载；\
把经常出错的本地词语加入自己的错词文件，发布前用 govaudit 检查。

参考：国办秘函〔2019〕19号（内容准确性）；《咬文嚼字》编辑部《当代汉语出版物中最常见的100个别字》（2005年）；\
GB/T 15834-2011《标点符号用法》；GB/T 37668-2019 可理解性。",
    docs_en: "\
What it checks: ordinary typos (一般错误) in a page's title and visible text, headings included: a known wrong word \
the lexicon grades ordinary (营商环竟, 再接再励, 渡假村), a character that never doubles (的的, except where two words \
meet, as in 目的的 or 有的的确), and a title (the <title> and the visible h1–h6) whose book-title marks 《》, brackets \
（） or quotes “” do not pair (a title cut short with an ellipsis is left alone). 的/地/得 usage is not checked. The \
lexicon is data: checks/lexicon/typo.txt ships with govaudit (each entry names its source, mostly the list of common \
wrong characters 《咬文嚼字》 published), and users add local words in the file `[content] words` names or in \
`[content.typos]` (those count as ordinary). Each word is reported once per page with its sentence, the correction, \
its count and the entry's source. Serious errors are content.serious-error's, probable ones content.suspect-word's. \
The text of the site's attachments (PDF, Word, Excel; see content.pii-attachment) is read with the same lexicon: each word once per file, with the file, the page linking it and where (page, paragraph, sheet and row).

Why it matters: typos are among the content problems provincial bulletins of 2023–2025 name most often; \
国办秘函〔2019〕19号 scores accurate content.

How to fix: correct the characters and marks on the page and wherever the same text was republished (other columns, \
attachments, official accounts); add local words that keep going wrong to your own words file and check before \
publishing.

References: 国办秘函〔2019〕19号 (accurate content); 《咬文嚼字》, the 100 most common wrong characters (2005); \
GB/T 15834-2011 punctuation; GB/T 37668-2019, understandable.",
    standard: None,
};

/// Where the title-mark findings come from, as a lexicon entry would say.
const MARKS_SOURCE: &str = "govaudit：GB/T 15834-2011 标题中的书名号、括号、引号成对使用";

/// Longest heading read as a title: longer text in a heading is a block
/// of prose, not a title.
const MAX_TITLE_CHARS: usize = 120;

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let mut issues = crate::content::words::issues(doc, Grade::Ordinary);
    let mut seen: Vec<String> = Vec::new();
    for title in titles(doc) {
        let Some(mark) = unpaired(&title) else { continue };
        if seen.contains(&title) {
            continue;
        }
        let detail = doc.lang().word_with("content-typo-detail-marks", &[("mark", mark.to_string().into())]);
        let note = WordNote {
            wrong: mark.to_string(),
            grade: Grade::Ordinary,
            source: MARKS_SOURCE.to_owned(),
            ..WordNote::default()
        };
        issues.push(
            PageIssue {
                check: INFO.id,
                evidence: crate::facts::text::mask_numbers(&title).into(),
                word: Some(Arc::new(note)),
                ..PageIssue::default()
            }
            .with_detail(detail),
        );
        seen.push(title);
    }
    issues
}

/// The page's `<title>` and visible headings, whitespace collapsed.
fn titles(doc: &PageDoc<'_>) -> Vec<String> {
    let collapse = |s: String| s.split_whitespace().collect::<Vec<_>>().join(" ");
    doc.dom
        .entries()
        .filter(|e| match e.el.value().name() {
            "title" => {
                e.el.parent().and_then(scraper::ElementRef::wrap).is_some_and(|p| p.value().name() == "head")
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => !e.hidden,
            _ => false,
        })
        .map(|e| collapse(e.el.text().collect()))
        .filter(|t| !t.is_empty() && t.chars().count() <= MAX_TITLE_CHARS)
        .collect()
}

/// The first mark of `title` left without its partner, if any: 《》, （）
/// (or `()`, mixed widths allowed) and “” nest and pair. A title cut short
/// (`…`, `...`) is not judged, nor a list number's bracket at the start
/// (`一）`, `1)`).
fn unpaired(title: &str) -> Option<char> {
    let title = title.trim();
    if title.ends_with('…') || title.ends_with("..") {
        return None;
    }
    let body = strip_list_number(title);
    let mut open: Vec<char> = Vec::new();
    for c in body.chars() {
        match c {
            '《' | '（' | '(' | '“' => open.push(c),
            '》' | '）' | ')' | '”' => {
                let partner = match c {
                    '》' => &['《'][..],
                    '”' => &['“'][..],
                    _ => &['（', '('][..],
                };
                match open.last() {
                    Some(o) if partner.contains(o) => {
                        open.pop();
                    }
                    _ => return Some(c),
                }
            }
            _ => {}
        }
    }
    open.first().copied()
}

/// `title` without a leading list number closed by a bracket (`一）`, `12)`).
fn strip_list_number(title: &str) -> &str {
    let digits = title.find(|c: char| !(c.is_ascii_digit() || "一二三四五六七八九十".contains(c)));
    match digits {
        Some(at) if at > 0 => title[at..].strip_prefix(['）', ')']).unwrap_or(title),
        _ => title,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paired_marks_pass() {
        for title in [
            "关于印发《清溪县优化营商环境若干措施》的通知",
            "清溪县人民政府办公室关于做好“双减”工作的通知（第二批）",
            "《中华人民共和国政府信息公开条例》（2019年修订）",
            "一）加强组织领导",
            "12) 其他事项",
            "关于印发《清溪县2026年重点项目计划…",
            "关于印发《清溪县2026年重点项目...",
            "县政府召开常务会议",
        ] {
            assert_eq!(unpaired(title), None, "{title}");
        }
    }

    #[test]
    fn unpaired_marks_are_named() {
        assert_eq!(unpaired("关于印发《清溪县优化营商环境若干措施的通知"), Some('《'));
        assert_eq!(unpaired("关于印发清溪县优化营商环境若干措施》的通知"), Some('》'));
        assert_eq!(unpaired("关于做好“双减”工作的通知（第二批"), Some('（'));
        assert_eq!(unpaired("关于做好“双减“工作的通知"), Some('“'));
        assert_eq!(unpaired("关于印发《清溪县（试行）的通知》"), None);
        assert_eq!(unpaired("关于印发《清溪县（试行》的通知）"), Some('》'));
        assert_eq!(unpaired("关于2026年重点项目计划（第一批)"), None, "mixed widths still pair");
    }
}
