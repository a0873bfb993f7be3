//! `content.pii-half-masked`: a page shows a personal number masked, but
//! not enough: an ID number's birth date, or most of a mobile number,
//! still readable.
//!
//! Offices are told to mask ID numbers as `510723********1234` (or
//! `35*************123`) and mobiles as `138****1234`. The rule here, which
//! govaudit chose and documents: an ID mask must hide all 8 birth-date
//! digits (7–14; 6 digits 7–12 of an old 15-digit number), a mobile mask at
//! least 4 digits. Anything with stars that hides less is half-masked.
//! Reports show the value with the proper mask, never as published.

use crate::check::{CheckInfo, Severity};
use crate::content::pii::{
    self, ID_WORDS, Kind, LABEL_REACH, OFFICIAL_PHONE_LABELS, label_before, tail, valid_province,
};
use crate::facts::page::{PageDoc, PageIssue};
use crate::facts::text::{Segment, mask};
use crate::lang::Lang;

pub const INFO: CheckInfo = CheckInfo {
    id: "content.pii-half-masked",
    severity: Severity::Deduction,
    title_zh: "个人信息打码不到位（身份证号出生日期或手机号大部分仍可见）",
    title_en: "Personal numbers masked too little (an ID's birth date or most of a mobile readable)",
    docs_zh: "\
检查内容：页面可见文字中带打码符号（*、＊、#、×，或 X 代替数字）的号码：18 位身份证号的 8 位出生日期（第 7–14 位；15 位旧号第 7–12 位）未全部隐去，\
或 11 位手机号隐去不足 4 位（如 5107231990****1234、1381234*678）。身份证号只在页面提到身份证、证件号码等时认定；\
“联系电话”等标注的办公电话和页脚中的号码不计。规范的打码（510723********1234、35*************123、138****1234）不报。\
这一界线是 govaudit 的选择：出生日期加上地址码足以缩小到很少的人。报告按规范打码显示号码，并说明哪部分可见。

为何重要：“打了码”却仍能读出出生日期或手机号大部分的名单，与未打码一样泄露个人信息，检查中按个人信息泄露认定。

如何修复：身份证号只保留前 6 位和后 4 位（或更少），手机号隐去中间 4 位；统一打码规则并在发布前审查。

参考：《中华人民共和国个人信息保护法》第五十一条；《政府信息公开条例》第十五条；GB 11643-1999《公民身份号码》。",
    docs_en: "\
What it checks: masked numbers in a page's visible text (stars, #, ×, or X in place of digits) that hide too little: an 18-digit ID \
number whose 8 birth-date digits (7-14; 7-12 of an old 15-digit one) are not all hidden, or an \
11-digit mobile number with fewer than 4 digits hidden (5107231990****1234, 1381234*678). ID \
numbers count on a page that mentions identity documents; office numbers labelled 联系电话 and the \
like, and footers, are left out. Proper masks (510723********1234, 35*************123, \
138****1234) are not reported. The line is govaudit's choice: a birth date with the area code \
narrows a person down to a handful. Reports show the value properly masked and say what was readable.

Why it matters: a list \"masked\" so that the birth date or most of a phone number can still be read \
leaks personal data as an unmasked one does, and inspectors treat it so.

How to fix: keep at most the first 6 and last 4 digits of an ID number and hide the middle 4 \
digits of a mobile; use one masking rule and review before publishing.

References: Personal Information Protection Law of the PRC, art. 51; Regulations on the Disclosure \
of Government Information, art. 15; GB 11643-1999.",
    standard: None,
};

/// What a half-masked number lets a reader see.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Shows {
    /// An ID number's birth date, whole or in part.
    BirthDate,
    /// A mobile number with fewer than 4 digits hidden.
    MostDigits,
}

/// A half-masked number found, already properly masked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HalfMasked {
    pub kind: Kind,
    pub masked: String,
    pub shows: Shows,
    /// The index of the segment it was found in.
    pub segment: usize,
}

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let found = scan(doc.segments());
    if found.is_empty() {
        return Vec::new();
    }
    let lang = doc.lang();
    let shown: Vec<&str> = found.iter().take(3).map(|f| f.masked.as_str()).collect();
    let detail = describe(&found, lang);
    vec![
        PageIssue { check: INFO.id, evidence: shown.join(", ").into(), ..PageIssue::default() }
            .with_detail(detail),
    ]
}

/// The finding's words: how many, and what each kind lets be read.
pub fn describe(found: &[HalfMasked], lang: Lang) -> String {
    lang.word_with(
        "content-pii-half-masked-detail",
        &[("counts", counts(found.iter().map(|f| f.kind), lang).into())],
    )
}

/// How many of each kind, with what each lets be read, the kinds found only.
pub fn counts(kinds: impl Iterator<Item = Kind>, lang: Lang) -> String {
    let kinds: Vec<Kind> = kinds.collect();
    let count = |k: Kind| kinds.iter().filter(|&&f| f == k).count();
    let (ids, mobiles) = (count(Kind::IdCard), count(Kind::Mobile));
    let mut out = Vec::new();
    if ids > 0 {
        out.push(lang.word_with("content-pii-half-masked-ids", &[("count", ids.into())]));
    }
    if mobiles > 0 {
        out.push(lang.word_with("content-pii-half-masked-mobiles", &[("count", mobiles.into())]));
    }
    out.join(&lang.word("content-pii-list-separator"))
}

/// Whether `c` may be part of a masked number.
fn masked_char(c: char) -> bool {
    c.is_ascii_digit() || MASKS.contains(&c) || c == 'X' || c == 'x'
}

/// What offices mask digits with. `X` masks too (`510723XXXXXXXX1234`),
/// except as an ID number's last character, where it is the checksum.
const MASKS: [char; 4] = ['*', '＊', '#', '×'];

/// Every half-masked number in the segments, in order. Pages without a
/// star (nearly all) cost one byte search per segment.
pub fn scan(segments: &[Segment<'_>]) -> Vec<HalfMasked> {
    scan_with(segments, true)
}

/// As [`scan`], each segment a row of its own (see [`pii::scan_rows`]).
pub fn scan_rows(rows: &[Segment<'_>]) -> Vec<HalfMasked> {
    scan_with(rows, false)
}

fn scan_with(segments: &[Segment<'_>], labels_carry: bool) -> Vec<HalfMasked> {
    let identity = std::cell::OnceCell::new();
    let identity =
        || *identity.get_or_init(|| segments.iter().any(|s| ID_WORDS.iter().any(|w| s.text.contains(w))));
    let mut out = Vec::new();
    // The previous segment, whose end a label may be in: cut to the label's
    // reach only when a star needs it (most pages have none).
    let mut previous: &str = "";
    for (at, seg) in segments.iter().enumerate() {
        let text = seg.text;
        let mut from = 0;
        while let Some(star) = next_star(text, from) {
            let start = text[..star]
                .char_indices()
                .rev()
                .take_while(|&(_, c)| masked_char(c))
                .last()
                .map_or(star, |(i, _)| i);
            let end = text[star..]
                .char_indices()
                .find(|&(_, c)| !masked_char(c))
                .map_or(text.len(), |(i, _)| i + star);
            from = end.max(star + 1);
            let token = &text[start..end];
            let glued = |c: Option<char>| {
                c.is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '/' | '-'))
            };
            if glued(text[..start].chars().next_back()) || glued(text[end..].chars().next()) {
                continue;
            }
            let label = label_before(tail(previous, LABEL_REACH), &text[..start]);
            if pii::CODE_LABELS.iter().any(|l| label.contains(l)) {
                continue;
            }
            if let Some((kind, masked, shows)) = classify(token, &label, seg.in_footer, identity) {
                out.push(HalfMasked { kind, masked, shows, segment: at });
            }
        }
        if labels_carry {
            previous = text;
        }
    }
    out
}

/// What starts a mask (`X` only doubled: alone it is a checksum or a word).
const MASK_STARTS: [&str; 6] = ["*", "＊", "#", "×", "XX", "xx"];

/// The mask starts in one automaton: one pass over a segment finds the
/// first of any, where a search per pattern costs six passes (and six
/// searcher set-ups) on every segment of every page, masked or not.
static MASK_FINDER: std::sync::LazyLock<Option<aho_corasick::AhoCorasick>> = std::sync::LazyLock::new(|| {
    aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostFirst)
        .build(MASK_STARTS)
        .ok()
});

/// The next mask character at or after `from`.
fn next_star(text: &str, from: usize) -> Option<usize> {
    let rest = &text[from..];
    match MASK_FINDER.as_ref() {
        Some(finder) => finder.find(rest).map(|m| m.start() + from),
        // Never without the automaton (six short patterns always build);
        // the slow way still gives the same answer.
        None => MASK_STARTS.into_iter().filter_map(|p| rest.find(p)).min().map(|i| i + from),
    }
}

/// A star-bearing token read as an ID or mobile number that hides too
/// little, with its proper mask.
fn classify(
    token: &str,
    label: &str,
    in_footer: bool,
    identity: impl Fn() -> bool,
) -> Option<(Kind, String, Shows)> {
    let last = token.chars().count().saturating_sub(1);
    let chars: Vec<char> = token
        .chars()
        .enumerate()
        .map(|(i, c)| match c {
            c if MASKS.contains(&c) => '*',
            'X' | 'x' if i < last => '*',
            'x' => 'X',
            c => c,
        })
        .collect();
    let stars = chars.iter().filter(|&&c| c == '*').count();
    if stars == 0 {
        return None;
    }
    let digits_in = |r: std::ops::Range<usize>| chars[r].iter().any(char::is_ascii_digit);
    let normal: String = chars.iter().collect();
    let province: String = chars[..2.min(chars.len())].iter().collect();
    match chars.len() {
        18 | 15 if valid_province(&province) && identity() => {
            let birth = if chars.len() == 18 { 6..14 } else { 6..12 };
            let keep_end = if chars.len() == 18 { 4 } else { 3 };
            digits_in(birth).then(|| (Kind::IdCard, mask(&normal, 6, keep_end), Shows::BirthDate))
        }
        11 if chars[0] == '1' && matches!(chars[1], '3'..='9') && !matches!(chars[10], 'X' | 'x') => {
            let official = in_footer
                || (!pii::is_personal(label) && OFFICIAL_PHONE_LABELS.iter().any(|l| label.contains(l)));
            (stars < 4 && !official).then(|| (Kind::Mobile, mask(&normal, 3, 4), Shows::MostDigits))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(Kind, String)> {
        scan(&[Segment { text, in_footer: false }]).into_iter().map(|f| (f.kind, f.masked)).collect()
    }

    #[test]
    fn proper_masks_pass() {
        assert!(found("身份证号 510723********1234 35*************123 51072319********4").is_empty());
        assert!(found("身份证号 510723********123X 手机 138****1234 139*****234 1**********").is_empty());
        assert!(found("身份证号 510723******123 (15 位)").is_empty());
    }

    #[test]
    fn birth_dates_and_most_digits_readable_are_half_masked() {
        assert_eq!(
            found("身份证号：5107231990****1234，手机 1381234*678"),
            vec![(Kind::IdCard, "510723********1234".to_owned()), (Kind::Mobile, "138*****678".to_owned())]
        );
        assert_eq!(found("公民身份号码 51072319900612**3X").len(), 1, "the whole birth date shows");
        assert_eq!(found("证件号码 510723******19*").len(), 0, "a 15-digit mask hiding the date");
        assert_eq!(found("证件号码 5107239006****1").len(), 1, "a 15-digit number's date shows");
        assert_eq!(found("手机号 138123**678").len(), 1);
    }

    #[test]
    fn needs_identity_context_and_leaves_codes_alone() {
        assert!(found("项目 5107231990****1234").is_empty(), "no page word for identity");
        assert!(found("身份证 编号 5107231990****1234").is_empty(), "a code's label");
        assert!(found("身份证 A5107231990****1234").is_empty(), "part of a longer code");
        assert!(found("咨询电话 1381234*678").is_empty(), "an office number");
        assert!(scan(&[Segment { text: "1381234*678", in_footer: true }]).is_empty());
        assert!(found("价格 ***** 元 2026**").is_empty());
    }

    #[test]
    fn x_hash_and_times_masks_count_as_stars() {
        assert!(found("身份证号 510723XXXXXXXX1234 510723########1234 510723××××××××123X").is_empty());
        assert_eq!(found("身份证号 5107231990XXXX1234").len(), 1);
        assert_eq!(found("身份证号 5107231990####123X").len(), 1);
        assert!(found("身份证号 11010519491231002X").is_empty(), "unmasked: content.pii's");
    }

    #[test]
    fn full_width_stars_count() {
        assert_eq!(found("身份证号 5107231990＊＊＊＊1234").len(), 1);
        assert!(found("身份证号 510723＊＊＊＊＊＊＊＊1234").is_empty());
    }
}
