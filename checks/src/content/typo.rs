//! `content.typo`: a configured wrong word (严重错别字) appears on a page.
//!
//! The dictionary is data: a short list of wrong forms of official terms
//! ships with govaudit ([`DEFAULT_TYPOS`]) and users add their own in
//! `[content.typos]` (leaders' names as they get misspelt, local
//! institutions' full names). Matching is literal, on the visible text.

use crate::check::{CheckInfo, Severity};
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "content.typo",
    severity: Severity::Deduction,
    title_zh: "页面出现严重错别字",
    title_en: "A serious wrong word (严重错别字) appears on the page",
    docs_zh: "\
检查内容：页面可见文字中是否出现错词表里的词，例如“中华人民共合国”“社会主义核心价值关”。\
错词表由 govaudit 自带的常见政务错词和配置文件 [content.typos] 中用户添加的词组成\
（可加入本地领导姓名的常见错写、机构全称的错写），每个错词每页报告一次，附上下文和出现次数。

为何重要：国办秘函〔2019〕19号把“严重错别字”（如领导人姓名、职务、重要论述、机构名称写错）列为\
严重表述错误，可导致单项否决；各地通报中错别字也是常见扣分项。

如何修复：改正页面上的错词，并检查同一稿件在其他栏目、附件和政务新媒体上的转载；\
把经常出错的词加入错词表，发布前用 govaudit 检查。

参考：国办秘函〔2019〕19号（单项否决：严重表述错误）；《党政机关公文格式》GB/T 9704-2012；\
GB/T 37668-2019 可理解性。",
    docs_en: "\
What it checks: whether a page's visible text contains a word from the wrong-word list, such as \
中华人民共合国 for 中华人民共和国. The list is govaudit's short list of common wrong forms of \
official terms plus the user's own in `[content.typos]` (leaders' names as they get misspelt, full \
names of local institutions). Each wrong word is reported once per page, with its context and count.

Why it matters: 国办秘函〔2019〕19号 treats serious wrong words (leaders' names, titles, key \
statements, institution names) as serious misstatements that can fail a site outright; typos are a \
common deduction in provincial bulletins.

How to fix: correct the word on the page and wherever the same text was republished (other columns, \
attachments, official accounts); add words that keep going wrong to the list and check before \
publishing.

References: 国办秘函〔2019〕19号 (veto: serious misstatements); GB/T 9704-2012; GB/T 37668-2019, \
understandable.",
    standard: None,
};

/// Wrong forms of official terms seen in inspection bulletins, with the
/// right form. Each wrong form contains no right term, so a correct page
/// never matches.
pub const DEFAULT_TYPOS: &[(&str, &str)] = &[
    ("中华人民共合国", "中华人民共和国"),
    ("中华人民共和同", "中华人民共和国"),
    ("社会主义核心价值关", "社会主义核心价值观"),
    ("中国特色社会注意", "中国特色社会主义"),
    ("不忘初心、牢记史命", "不忘初心、牢记使命"),
    ("全面重严治党", "全面从严治党"),
    ("脱贫功坚", "脱贫攻坚"),
    ("精准扶平", "精准扶贫"),
    ("乡村振新", "乡村振兴"),
    ("营商环竟", "营商环境"),
    ("稳中求近", "稳中求进"),
    ("新型冠壮病毒", "新型冠状病毒"),
    ("国务院办工厅", "国务院办公厅"),
    ("人民代表大汇", "人民代表大会"),
    ("政治协商会意", "政治协商会议"),
    ("两个确力", "两个确立"),
    ("四个意识、四个自信、两个维户", "四个意识、四个自信、两个维护"),
];

/// Characters of context shown on each side of a wrong word.
const CONTEXT_CHARS: usize = 12;

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let Some(matcher) = doc.options.typo_matcher() else { return Vec::new() };
    // Joined without spaces: markup inside a word (`中华人民<b>共合国</b>`)
    // must not hide it, and Chinese text has no spaces between words.
    let text: String = doc.segments().iter().map(|s| s.text.trim()).collect();
    // Per wrong word: where it first appears and how often.
    let mut seen: Vec<Option<(usize, usize)>> = vec![None; doc.options.typos.len()];
    for m in matcher.find_overlapping_iter(&text) {
        let slot = &mut seen[m.pattern().as_usize()];
        match slot {
            Some((_, count)) => *count += 1,
            None => *slot = Some((m.start(), 1)),
        }
    }
    doc.options
        .typos
        .iter()
        .zip(seen)
        .filter_map(|(t, seen)| {
            let (at, count) = seen?;
            let detail = doc.lang().word_with(
                "content-typo-detail",
                &[("wrong", (&t.wrong).into()), ("right", (&t.right).into()), ("count", count.into())],
            );
            Some(
                PageIssue {
                    check: INFO.id,
                    evidence: crate::facts::text::mask_numbers(&context(&text, at, t.wrong.len())).into(),
                    ..PageIssue::default()
                }
                .with_detail(detail),
            )
        })
        .collect()
}

/// The wrong word with a few characters either side, `…` where cut.
fn context(text: &str, at: usize, len: usize) -> String {
    let before: Vec<char> = text[..at].chars().rev().take(CONTEXT_CHARS).collect();
    let after: String = text[at + len..].chars().take(CONTEXT_CHARS).collect();
    let before: String = before.into_iter().rev().collect();
    let lead = if before.chars().count() == CONTEXT_CHARS && at > before.len() { "…" } else { "" };
    let tail = if at + len + after.len() < text.len() { "…" } else { "" };
    format!("{lead}{before}【{}】{after}{tail}", &text[at..at + len])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_shipped_wrong_word_contains_its_right_form() {
        for (wrong, right) in DEFAULT_TYPOS {
            assert!(!right.contains(wrong), "{wrong} would match correct text");
        }
    }

    #[test]
    fn context_marks_the_word() {
        let text = "坚持以习近平新时代中国特色社会注意思想为指导，深入贯彻";
        let at = text.find("中国特色社会注意").unwrap();
        assert_eq!(
            context(text, at, "中国特色社会注意".len()),
            "坚持以习近平新时代【中国特色社会注意】思想为指导，深入贯彻"
        );
    }
}
