//! `content.pii`: a page publishes citizens' ID numbers, mobile numbers or
//! bank card numbers.
//!
//! Numbers are found as whole runs of digits in the visible text and kept
//! only when they are what they look like: an ID number's checksum and
//! birth date must be valid (GB 11643), a card number must pass Luhn. The
//! report never repeats a whole number: every example is masked.

use crate::check::{CheckInfo, Severity};
use crate::facts::page::{PageDoc, PageIssue};
use crate::facts::text::{Segment, mask};
use crate::lang::Lang;

pub const INFO: CheckInfo = CheckInfo {
    id: "content.pii",
    severity: Severity::Deduction,
    title_zh: "页面公开了公民个人信息（身份证号、手机号、银行卡号）",
    title_en: "Page publishes personal data (ID, mobile or bank card numbers)",
    docs_zh: "\
检查内容：页面可见文字中未打码的公民身份证号（18 位，校验码和出生日期均有效；或 15 位旧号；仅在页面提到身份证、证件号码等时认定，\
以免把受理号、注册号当作身份证号）、\
手机号（1[3-9] 开头的 11 位，不属于更长的数字）、银行卡号（16–19 位且通过 Luhn 校验，仅在页面提到银行、卡号、账号等时认定，\
以免把项目代码、订单号当作卡号）。\
已打码的号码（含 *）、页脚和“联系电话”“咨询电话”“联系人”等标注的办公电话（同一句内）、文号、索引号、信用代码、受理号、收款账号不计；但公开的留言和答复中写明“我的电话”“本人手机”“来信人”等的号码属于个人，照样认定。附件中的号码见 content.pii-attachment，打码不到位的见 content.pii-half-masked。\
报告中的号码一律打码显示（如 510723********1234），只说明页面和各类号码的数量。

为何重要：《个人信息保护法》和政府信息公开的保密审查要求公开前去除个人隐私；\
各地检查通报中，公示名单里未打码的身份证号、手机号是最常见的问题之一，属严重问题，可能构成单项否决（V1）的线索。

如何修复：对公示名单中的身份证号只保留前 6 位和后 4 位（或按本地规定打码），手机号隐去中间 4 位，\
删除银行卡号；同时检查同一名单的附件（Excel、PDF）；建立发布前的保密审查和定期回查机制。

参考：《中华人民共和国个人信息保护法》；《政府信息公开条例》第十五条；国办秘函〔2019〕19号（安全、泄密事故）；\
GB 11643-1999《公民身份号码》。",
    docs_en: "\
What it checks: unmasked citizens' ID numbers in a page's visible text (18 digits with a valid \
GB 11643 checksum and birth date, or the old 15-digit form, on a page that mentions identity \
documents, so that receipt and registration numbers are not taken for IDs), mobile numbers (11 digits starting \
1[3-9], not part of a longer number) and bank card numbers (16-19 digits passing Luhn, only on a \
page that mentions banks, card or account numbers, so that project codes and order numbers are not \
taken for cards). Masked \
numbers (with *), official numbers in the footer or labelled 联系电话 / 咨询电话 / 联系人 and the like \
(within the sentence), document, index, receipt and registration numbers, credit codes and payee \
accounts are left out; but in published messages and replies a number the text calls the writer's \
own (我的电话, 本人手机, 来信人) is a person's, whatever label is near. Numbers in attachments are \
content.pii-attachment's, numbers masked too little content.pii-half-masked's. Reports never print a whole number: examples \
are masked (510723********1234); the finding gives the page and the count of each kind.

Why it matters: the Personal Information Protection Law and the confidentiality review before \
publishing require personal data to be removed. Unmasked ID and phone numbers in published lists \
are among the most frequent findings in inspection bulletins, a serious problem and a candidate for \
veto V1.

How to fix: mask ID numbers in published lists (keep the first 6 and last 4 digits, or as local rules \
say), hide the middle 4 digits of mobile numbers, remove bank card numbers; check the list's \
attachments (Excel, PDF) too; review before publishing and re-check published pages regularly.

References: Personal Information Protection Law of the PRC; Regulations on the Disclosure of \
Government Information, art. 15; 国办秘函〔2019〕19号 (security incidents); GB 11643-1999.",
    standard: None,
};

/// The kinds of number found.
pub use crate::facts::attachment::NumberKind as Kind;

impl Kind {
    pub fn name(self, lang: Lang) -> String {
        match self {
            Kind::IdCard => lang.word("content-pii-kind-id-card"),
            Kind::Mobile => lang.word("content-pii-kind-mobile"),
            Kind::BankCard => lang.word("content-pii-kind-bank-card"),
        }
    }
}

/// A number found, already masked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub kind: Kind,
    pub masked: String,
    /// The index of the segment it was found in.
    pub segment: usize,
}

/// Labels that make the number after them an office's number, not a person's.
pub(crate) const OFFICIAL_PHONE_LABELS: &[&str] = &[
    "电话",
    "热线",
    "传真",
    "咨询",
    "举报",
    "监督",
    "值班",
    "办公",
    "服务",
    "投诉",
    "联系方式",
    "联系人",
    "报名",
    "受理",
    "Tel",
    "TEL",
];

/// Words that make a labelled number a person's own, whatever office label
/// is near: a published message (留言) says `我的电话`, `本人手机`, a reply
/// names `来信人` or `留言人`. Without them `电话` would pass as an office's.
pub(crate) const PERSONAL_LABELS: &[&str] = &[
    "我的",
    "我叫",
    "我是",
    "本人",
    "我电话",
    "我手机",
    "留言人",
    "来信人",
    "写信人",
    "提问人",
    "咨询人",
    "反映人",
    "投诉人",
    "举报人",
    "申请人",
    "当事人",
    "家属",
];

/// Labels of numbers that are not personal data even when they look like it.
pub(crate) const CODE_LABELS: &[&str] = &[
    "索引号",
    "信用代码",
    "文号",
    "编号",
    "代码",
    "流水号",
    "批准号",
    "登记号",
    "许可证",
    "订单",
    "备案",
    "标识码",
    "ISBN",
    "受理号",
    "办件",
    "业务号",
    "申请号",
    "案号",
    "注册号",
    "单号",
    "批次",
    "收款",
    "开户",
    "对公",
];

/// Words that put card numbers in context (see [`scan`]).
const BANK_WORDS: &[&str] = &["银行", "卡号", "账号", "帐号", "账户", "帐户", "存折", "一卡通", "社保卡"];

/// Words that put ID numbers in context: a list that publishes them has
/// a 身份证号 (or 证件号码) column. Receipt numbers (受理号 = area code +
/// date + serial) pass the checksum one time in eleven; without such a
/// word on the page they are not read as ID numbers.
pub(crate) const ID_WORDS: &[&str] = &["身份证", "身份号", "证件号", "公民身份"];

/// How far back (in characters) a label is looked for. A label reaches
/// over a landline to the mobile after it (`咨询电话：0838-6221234、139…`),
/// but not past the end of a sentence ([`SENTENCE_ENDS`]).
pub(crate) const LABEL_REACH: usize = 30;

/// Where a label stops applying.
const SENTENCE_ENDS: &[char] = &['。', '；', ';', '！', '!', '？', '?', '\n'];

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let found = scan(doc.segments());
    if found.is_empty() {
        return Vec::new();
    }
    let lang = doc.lang();
    let mut kinds: Vec<Kind> = found.iter().map(|f| f.kind).collect();
    kinds.sort();
    kinds.dedup();
    let count = |k: Kind| found.iter().filter(|f| f.kind == k).count();
    let counts: Vec<String> = kinds
        .iter()
        .map(|&k| {
            lang.word_with("content-pii-count", &[("kind", k.name(lang).into()), ("count", count(k).into())])
        })
        .collect();
    let examples: Vec<String> = kinds
        .iter()
        .map(|&k| {
            let shown: Vec<&str> =
                found.iter().filter(|f| f.kind == k).take(3).map(|f| f.masked.as_str()).collect();
            lang.word_with(
                "content-pii-evidence-kind",
                &[("kind", k.name(lang).into()), ("numbers", shown.join(", ").into())],
            )
        })
        .collect();
    let detail = lang.word_with(
        "content-pii-detail",
        &[("counts", counts.join(&lang.word("content-pii-list-separator")).into())],
    );
    vec![
        PageIssue { check: INFO.id, evidence: examples.join("; ").into(), ..PageIssue::default() }
            .with_detail(detail),
    ]
}

/// Every personal number in the segments, in order.
///
/// Digits are ASCII, so runs are found by bytes; the text around a run
/// (the character before and after it, the label before it) is only read
/// for runs long enough to be a number we look for.
pub fn scan(segments: &[Segment<'_>]) -> Vec<Found> {
    scan_with(segments, true)
}

/// As [`scan`], each segment a row of its own (an attachment's line): a
/// label reaches no further back than its row, since a header row's
/// 联系电话 names the column of the persons' own numbers.
pub fn scan_rows(rows: &[Segment<'_>]) -> Vec<Found> {
    scan_with(rows, false)
}

fn scan_with(segments: &[Segment<'_>], labels_carry: bool) -> Vec<Found> {
    let mut out = Vec::new();
    // Long numbers that pass Luhn are common (project codes, order
    // numbers): one is read as a card number only on a page that speaks of
    // banks or accounts, as a 补贴发放 list with a 银行卡号 column does.
    // Read only once a number long enough is met: most pages have none.
    let context = std::cell::OnceCell::new();
    let context = || {
        *context.get_or_init(|| {
            let says = |words: &[&str]| segments.iter().any(|s| words.iter().any(|w| s.text.contains(w)));
            Context { banking: says(BANK_WORDS), identity: says(ID_WORDS) }
        })
    };
    // The previous segment, whose end a label may be in: cut to the label's
    // reach only for a number long enough to be read.
    let mut previous: &str = "";
    for (at, seg) in segments.iter().enumerate() {
        let text = seg.text;
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if !bytes[i].is_ascii_digit() {
                i += 1;
                continue;
            }
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            let mut end = i;
            if end - start == 17 && matches!(bytes.get(end), Some(b'X' | b'x')) {
                end += 1;
            }
            i = end;
            if !(11..=19).contains(&(end - start)) {
                continue;
            }
            if glued(text[..start].chars().rev(), text[end..].chars()) {
                continue;
            }
            let label = label_before(tail(previous, LABEL_REACH), &text[..start]);
            if let Some((kind, masked)) = classify(&text[start..end], &label, seg.in_footer, context()) {
                out.push(Found { kind, masked, segment: at });
            }
        }
        if labels_carry {
            previous = text;
        }
    }
    out
}

/// Whether the run is part of something longer: a masked number (`*`),
/// a code (letters, `_`), a path or range (`/`, `-`), or a decimal or
/// grouped figure (`13812345678.50`, `1,381,234`). A colon is a label's.
fn glued(mut before: impl Iterator<Item = char>, mut after: impl Iterator<Item = char>) -> bool {
    let joins = |c: char| c == '*' || c == '＊' || c.is_ascii_alphanumeric() || matches!(c, '_' | '/' | '-');
    let figure = |sep: Option<char>, beyond: Option<char>| {
        matches!(sep, Some('.' | ',')) && beyond.is_some_and(|c| c.is_ascii_digit())
    };
    let (b1, a1) = (before.next(), after.next());
    b1.is_some_and(joins) || a1.is_some_and(joins) || figure(b1, before.next()) || figure(a1, after.next())
}

/// The last `n` characters of `s`.
pub(crate) fn tail(s: &str, n: usize) -> &str {
    match s.char_indices().rev().nth(n.saturating_sub(1)) {
        Some((at, _)) if n > 0 => &s[at..],
        _ => s,
    }
}

/// The [`LABEL_REACH`] characters before a number: from its own text node,
/// topped up from the end of the previous one (`<td>联系电话：</td><td>139…`).
pub(crate) fn label_before(previous: &str, own: &str) -> String {
    let own_tail = tail(own, LABEL_REACH);
    let have = own_tail.chars().count();
    let label = if have >= LABEL_REACH {
        own_tail.to_owned()
    } else {
        format!("{}{own_tail}", tail(previous, LABEL_REACH - have))
    };
    match label.rfind(SENTENCE_ENDS) {
        Some(at) => label[at..].chars().skip(1).collect(),
        None => label,
    }
}

/// What the whole page says that decides how a number is read.
#[derive(Clone, Copy, Debug, Default)]
struct Context {
    /// The page speaks of banks or accounts.
    banking: bool,
    /// The page speaks of identity documents.
    identity: bool,
}

fn classify(run: &str, label: &str, in_footer: bool, context: Context) -> Option<(Kind, String)> {
    if CODE_LABELS.iter().any(|l| label.contains(l)) {
        return None;
    }
    let len = run.len();
    if context.identity && ((len == 18 && is_id18(run)) || (len == 15 && is_id15(run))) {
        let keep_end = if len == 18 { 4 } else { 3 };
        return Some((Kind::IdCard, mask(run, 6, keep_end)));
    }
    if len == 11 && is_mobile(run) {
        let official =
            in_footer || (!is_personal(label) && OFFICIAL_PHONE_LABELS.iter().any(|l| label.contains(l)));
        return (!official).then(|| (Kind::Mobile, mask(run, 3, 4)));
    }
    if context.banking && (16..=19).contains(&len) && is_bank_card(run) {
        return Some((Kind::BankCard, mask(run, 4, 4)));
    }
    None
}

/// Whether the label says the number is a person's own (see [`PERSONAL_LABELS`]).
pub(crate) fn is_personal(label: &str) -> bool {
    PERSONAL_LABELS.iter().any(|l| label.contains(l))
}

/// Province codes (first two digits) in use: 11–15, 21–23, 31–37, 41–46,
/// 50–54, 61–65, 71, 81, 82.
pub(crate) fn valid_province(code: &str) -> bool {
    matches!(
        code.parse::<u32>(),
        Ok(11..=15 | 21..=23 | 31..=37 | 41..=46 | 50..=54 | 61..=65 | 71 | 81 | 82)
    )
}

pub(crate) fn valid_date(year: i32, month: u32, day: u32) -> bool {
    (1900..=2100).contains(&year) && chrono::NaiveDate::from_ymd_opt(year, month, day).is_some()
}

/// An 18-character ID number (GB 11643): province, birth date, checksum.
pub fn is_id18(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 18 || !b[..17].iter().all(u8::is_ascii_digit) || !valid_province(&s[..2]) {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s[r].parse::<u32>().unwrap_or(0);
    if !valid_date(num(6..10) as i32, num(10..12), num(12..14)) {
        return false;
    }
    const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    let sum: u32 = b[..17].iter().zip(WEIGHTS).map(|(d, w)| u32::from(d - b'0') * w).sum();
    let check = b"10X98765432"[(sum % 11) as usize];
    b[17].to_ascii_uppercase() == check
}

/// The old 15-digit ID number: province and a birth date in 19YY.
pub fn is_id15(s: &str) -> bool {
    if s.len() != 15 || !s.bytes().all(|b| b.is_ascii_digit()) || !valid_province(&s[..2]) {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s[r].parse::<u32>().unwrap_or(0);
    valid_date(1900 + num(6..8) as i32, num(8..10), num(10..12))
}

fn is_mobile(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 11 && b[0] == b'1' && (b'3'..=b'9').contains(&b[1])
}

/// A card number: UnionPay (62), Visa (4) or Mastercard (5) prefix and a
/// valid Luhn checksum.
pub fn is_bank_card(s: &str) -> bool {
    if !(s.starts_with("62") || s.starts_with('4') || s.starts_with('5')) {
        return false;
    }
    let sum: u32 = s
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0');
            if i % 2 == 1 {
                let x = d * 2;
                if x > 9 { x - 9 } else { x }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::text::mask_numbers;

    fn found(text: &str) -> Vec<(Kind, String)> {
        scan(&[Segment { text, in_footer: false }]).into_iter().map(|f| (f.kind, f.masked)).collect()
    }

    #[test]
    fn id_numbers_need_checksum_and_date() {
        assert!(is_id18("11010519491231002X"));
        assert!(!is_id18("110105194912310021"));
        assert!(!is_id18("110105194902300020"), "no 30 February");
        assert!(!is_id18("99010519491231002X"), "no province 99");
        assert!(is_id15("510723850612001"));
        assert!(!is_id15("510723851312001"));
    }

    #[test]
    fn finds_and_masks_each_kind() {
        assert_eq!(
            found("张三 身份证号 11010519491231002X 13812345678 银行卡号 6222021234567890128"),
            vec![
                (Kind::IdCard, "110105********002X".to_owned()),
                (Kind::Mobile, "138****5678".to_owned()),
                (Kind::BankCard, "6222***********0128".to_owned()),
            ]
        );
    }

    #[test]
    fn leaves_masked_official_and_code_numbers_alone() {
        assert!(found("身份证号：110105********002X 手机 138****5678").is_empty());
        // Office numbers: a landline first, a contact person, sentences apart.
        assert!(found("咨询电话：0838-6221234、13908381234").is_empty());
        assert!(found("联系人：王科长，13908381235").is_empty());
        assert_eq!(found("咨询电话：0838-6221234。申请人张三13908381236").len(), 1);
        // Figures and paths, not phone numbers.
        assert!(found("一般公共预算收入 13812345678.50 元").is_empty());
        assert!(found("见 /2026/11/27/15912345678.html").is_empty());
        assert!(found("合计 1,381,234,567").is_empty());
        assert_eq!(found("手机:13812345678").len(), 1, "a colon is a label's");
        assert!(found("咨询电话：13812345678").is_empty());
        assert!(found("索引号：110105194912310021X").is_empty());
        assert!(found("统一社会信用代码 11010519491231002X").is_empty());
        assert!(found("编号 A11010519491231002X").is_empty(), "part of a longer code");
        assert!(found("订单 213812345678").is_empty(), "not 11 digits");
        assert!(scan(&[Segment { text: "13812345678", in_footer: true }]).is_empty());
    }

    #[test]
    fn a_persons_own_number_in_a_message_is_not_an_offices() {
        assert_eq!(found("我的电话：13912345678，盼回复。").len(), 1);
        assert_eq!(found("来信人联系电话 13912345678").len(), 1);
        assert_eq!(found("本人手机号码13912345678").len(), 1);
        assert!(found("如有疑问请拨打咨询电话13912345678。").is_empty());
    }

    #[test]
    fn quoted_text_never_repeats_a_whole_number() {
        assert_eq!(
            mask_numbers("营商环竟13812345678，文号2026年15号"),
            "营商环竟138****5678，文号2026年15号"
        );
        assert_eq!(mask_numbers("<a href=\"tel:13812345678\">"), "<a href=\"tel:138****5678\">");
    }

    #[test]
    fn id_numbers_need_a_page_that_speaks_of_identity() {
        // 受理号: area code + date + serial, and this one passes the checksum.
        let receipt = "510723202611200019";
        assert!(is_id18(receipt), "it reads as an ID number by its digits alone");
        assert!(found(&format!("办件编号 结果 {receipt} 已办结")).is_empty());
        assert!(found("个体户注册号 510723600123456").is_empty());
        assert_eq!(found("证件号码 510723600123456").len(), 1);
        assert_eq!(found("身份证号码 11010519491231002X").len(), 1);
    }

    #[test]
    fn card_numbers_need_a_page_that_speaks_of_banks() {
        // Passes Luhn, starts with 62: a project code on a page about projects.
        assert!(found("项目代码 6222021234567890128").is_empty());
        assert_eq!(found("惠民惠农补贴 银行账号 6222021234567890128").len(), 1);
    }

    #[test]
    fn a_label_in_the_previous_text_node_counts() {
        let segs = [
            Segment { text: "联系电话：", in_footer: false },
            Segment { text: "13812345678", in_footer: false },
        ];
        assert!(scan(&segs).is_empty());
    }
}
