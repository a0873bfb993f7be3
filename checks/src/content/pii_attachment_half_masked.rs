//! `content.pii-attachment-half-masked`: an attachment of the site shows
//! personal numbers masked too little, by the rule of
//! [`crate::content::pii_half_masked`] (an ID mask hides the 8 birth-date
//! digits, a mobile mask at least 4 digits). Found by the same scan as
//! `content.pii-attachment` ([`crate::content::pii_attachment::scan`]).

use crate::check::{CheckInfo, Finding, Severity};
use crate::content::{pii_attachment, pii_half_masked};
use crate::model::site::SiteContext;

pub const INFO: CheckInfo = CheckInfo {
    id: "content.pii-attachment-half-masked",
    severity: Severity::Deduction,
    title_zh: "附件中的个人信息打码不到位",
    title_en: "Attachment masks personal numbers too little",
    docs_zh: "\
检查内容：本站页面链接的本站附件（PDF、Word .docx、Excel .xlsx/.xls）中打码不到位的号码：\
身份证号的 8 位出生日期未全部隐去，或手机号隐去不足 4 位（规则同 content.pii-half-masked）。\
报告给出附件地址、链接它的页面和号码所在位置（PDF 第几页，Excel 工作表和行号，Word 第几段或表格第几行），号码按规范打码显示。

为何重要：打码不到位的名单仍能读出出生日期或手机号大部分，与未打码一样泄露个人信息；附件比页面更少经过审查。

如何修复：按统一规则重新打码（身份证号保留前 6 位和后 4 位，手机号隐去中间 4 位），重新上传并替换旧文件。

参考：《中华人民共和国个人信息保护法》第五十一条；《政府信息公开条例》第十五条；GB 11643-1999《公民身份号码》。",
    docs_en: "\
What it checks: numbers masked too little in files of the site its pages link to (PDF, Word .docx, \
Excel .xlsx/.xls): an ID number whose 8 birth-date digits are not all hidden, or a mobile with fewer \
than 4 digits hidden (the rule of content.pii-half-masked). The finding gives the file, the page \
linking it and where the numbers are (PDF page, sheet and row, Word paragraph or table row), each \
value properly masked.

Why it matters: a list masked so that the birth date or most of a phone number can still be read \
leaks personal data as an unmasked one does, and attachments are reviewed less than pages.

How to fix: mask again by one rule (keep the first 6 and last 4 digits of an ID number, hide the \
middle 4 digits of a mobile), upload the file again in place of the old one.

References: Personal Information Protection Law of the PRC, art. 51; Regulations on the Disclosure \
of Government Information, art. 15; GB 11643-1999.",
    standard: None,
};

pub fn run(ctx: &SiteContext<'_>) -> Vec<Finding> {
    let lang = ctx.lang;
    pii_attachment::findings(
        ctx,
        &INFO,
        |h| h.half_masked,
        |scan, hits, pages| {
            lang.word_with(
                "content-pii-attachment-half-masked-detail",
                &[
                    ("format", scan.format.as_str().to_uppercase().into()),
                    ("counts", pii_half_masked::counts(hits.iter().map(|h| h.kind), lang).into()),
                    ("pages", pages.into()),
                ],
            )
        },
    )
}
