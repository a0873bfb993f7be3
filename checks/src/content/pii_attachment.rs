//! `content.pii-attachment`: a file the site publishes (a 公示 list as
//! Excel, PDF or Word) holds unmasked ID, mobile or bank card numbers.
//!
//! The crawler extracts each same-site attachment's text (`src/extract/`)
//! and calls [`scan`] at once, so the crawl keeps a few masked values and
//! their places per file, never the text. The numbers are recognised as on
//! pages ([`crate::content::pii`]): the same checksums, context words and
//! office-number labels, with the whole file as the context. A name beside
//! a number in its row (a 姓名 cell, or a cell of 2–4 Chinese characters)
//! counts the person it identifies.

use std::collections::{BTreeMap, BTreeSet};

use crate::check::{CheckInfo, Finding, Severity};
use crate::content::{pii, pii_half_masked};
use crate::facts::attachment::{AttachmentScan, Extracted, Format, Hit, Location};
use crate::facts::crawl::TargetId;
use crate::facts::text::Segment;
use crate::lang::Lang;
use crate::model::site::SiteContext;

pub const INFO: CheckInfo = CheckInfo {
    id: "content.pii-attachment",
    severity: Severity::Deduction,
    title_zh: "附件公开了公民个人信息（身份证号、手机号、银行卡号）",
    title_en: "Attachment publishes personal data (ID, mobile or bank card numbers)",
    docs_zh: "\
检查内容：本站页面链接的本站附件（PDF、Word .docx、Excel .xlsx/.xls）中未打码的身份证号、手机号、银行卡号，\
认定规则与页面相同（见 content.pii：校验码、出生日期、Luhn、上下文词、办公电话标注）。\
同一行（Excel 行、Word 表格行、PDF 行）中的“姓名”列或 2–4 个汉字的单元格视为号码所属的人，报告涉及人数。\
报告给出附件地址、链接它的页面、号码所在位置（PDF 第几页，Excel 工作表和行号，Word 第几段或表格第几行），号码一律打码显示。\
附件按 ETag / Last-Modified 缓存，下月未变的附件不再下载；每个附件有大小、解压后大小、耗时和保留文字的上限，超出时只读到上限并说明。

为何重要：公示名单常以附件发布，检查通报多次点名附件中的身份证号、手机号泄露；附件不在页面正文中，发布审查最容易漏掉。

如何修复：对附件中的身份证号只保留前 6 位和后 4 位，手机号隐去中间 4 位，删除银行卡号，重新上传并替换旧文件；\
检查网站上其他位置是否还链接旧文件；把附件纳入发布前的保密审查。

参考：《中华人民共和国个人信息保护法》；《政府信息公开条例》第十五条；国办秘函〔2019〕19号（安全、泄密事故）；\
GB 11643-1999《公民身份号码》。",
    docs_en: "\
What it checks: unmasked ID, mobile and bank card numbers in files of the site its pages link to \
(PDF, Word .docx, Excel .xlsx/.xls), recognised by the same rules as on pages (see content.pii: \
checksums, birth dates, Luhn, context words, office-number labels). A 姓名 cell, or a cell of 2-4 \
Chinese characters, in the number's row (spreadsheet row, Word table row, PDF line) is the person it \
belongs to; the finding says how many persons. It gives the file, the page linking it and where the \
numbers are (PDF page, sheet and row, Word paragraph or table row), every number masked. Files are \
cached by ETag / Last-Modified, so next month's run does not download unchanged files; each file has \
a budget of bytes, unpacked bytes, time and text kept, and one over it is read up to it and noted.

Why it matters: published lists often come as attachments, and bulletins have repeatedly named ID and \
phone numbers leaked in them; they are not in the page's text, so the review before publishing misses \
them most easily.

How to fix: mask ID numbers (keep the first 6 and last 4 digits) and mobiles (hide the middle 4 \
digits), remove card numbers, upload the file again in place of the old one, check no other page \
still links the old file, and include attachments in the review before publishing.

References: Personal Information Protection Law of the PRC; Regulations on the Disclosure of \
Government Information, art. 15; 国办秘函〔2019〕19号 (security incidents); GB 11643-1999.",
    standard: None,
};

/// Places named in a finding; the rest are counted.
const PLACES_SHOWN: usize = 5;

/// Values shown in a finding's evidence.
const VALUES_SHOWN: usize = 3;

/// Scans an attachment's extracted text for personal numbers, properly
/// and half masked, and counts the persons named beside the unmasked ones.
pub fn scan(target: TargetId, format: Format, extracted: &Extracted) -> AttachmentScan {
    // One segment a line: a PDF page's lines, a row, a paragraph. The whole
    // file is one context (a 身份证号码 header decides for every row).
    let mut lines: Vec<(&Location, &str)> = Vec::new();
    for part in &extracted.parts {
        lines.extend(part.text.lines().filter(|l| !l.trim().is_empty()).map(|l| (&part.location, l)));
    }
    let segments: Vec<Segment<'_>> =
        lines.iter().map(|(_, text)| Segment { text, in_footer: false }).collect();
    let mut hits = Vec::new();
    let mut persons = BTreeSet::new();
    let names = NameColumns::of(&lines);
    for found in pii::scan_rows(&segments) {
        let (location, line) = lines[found.segment];
        if let Some(name) = names.name_in(location, line) {
            persons.insert(name);
        }
        hits.push(Hit {
            kind: found.kind,
            masked: found.masked,
            half_masked: false,
            location: location.clone(),
        });
    }
    for found in pii_half_masked::scan_rows(&segments) {
        let location = lines[found.segment].0.clone();
        hits.push(Hit { kind: found.kind, masked: found.masked, half_masked: true, location });
    }
    // In file order, as a reader goes through it.
    hits.sort_by(|a, b| (&a.location, a.kind, &a.masked).cmp(&(&b.location, b.kind, &b.masked)));
    AttachmentScan {
        target,
        format,
        hits,
        persons: persons.len() as u32,
        words: Vec::new(),
        cut: extracted.cut.clone(),
    }
}

/// Where each sheet (or the file) names its persons: the index of a
/// `姓名` header cell, when a row has one.
struct NameColumns(BTreeMap<String, usize>);

impl NameColumns {
    fn of(lines: &[(&Location, &str)]) -> Self {
        let mut columns = BTreeMap::new();
        for (location, line) in lines {
            if let Some(at) = cells(line).position(|c| c == "姓名") {
                columns.entry(sheet_of(location)).or_insert(at);
            }
        }
        NameColumns(columns)
    }

    /// The person a line names: its 姓名 column's cell, else its first
    /// cell that reads as a name.
    fn name_in(&self, location: &Location, line: &str) -> Option<String> {
        if let Some(&at) = self.0.get(&sheet_of(location))
            && let Some(cell) = cells(line).nth(at)
            && looks_like_name(cell)
        {
            return Some(cell.to_owned());
        }
        cells(line).find(|c| looks_like_name(c)).map(str::to_owned)
    }
}

/// A sheet's name, or one key for a file without sheets.
fn sheet_of(location: &Location) -> String {
    match location {
        Location::Row { sheet, .. } => sheet.clone(),
        _ => String::new(),
    }
}

/// A line's cells: tab-separated in rows, space-separated in PDF lines.
fn cells(line: &str) -> impl Iterator<Item = &str> {
    line.split(|c: char| c == '\t' || c.is_whitespace()).map(str::trim).filter(|c| !c.is_empty())
}

/// Endings of words in a list's cells that are not names: places, bodies,
/// column headers.
const NOT_NAME_ENDINGS: &[char] = &[
    '村', '镇', '乡', '县', '区', '市', '省', '族', '组', '局', '委', '办', '所', '站', '号', '码', '名',
    '别', '址', '话', '注', '计', '额', '元', '户', '期', '间', '位', '况', '型', '类', '项', '口', '业',
    '费',
];

/// Cells that are 2–4 characters but never a name.
const NOT_NAMES: &[&str] = &[
    "序号", "合计", "小计", "总计", "男性", "女性", "已婚", "未婚", "本人", "户主", "配偶", "子女", "低保",
    "特困", "五保",
];

/// A cell of 2–4 Chinese characters that is not a header, a place or a
/// body: most likely a person's name in a 公示 row.
fn looks_like_name(cell: &str) -> bool {
    let n = cell.chars().count();
    (2..=4).contains(&n)
        && cell.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
        && !cell.ends_with(NOT_NAME_ENDINGS)
        && !NOT_NAMES.contains(&cell)
}

/// Where a location is, in words: `第 3 页`, `Sheet1 第 5 行`.
pub fn place(location: &Location, lang: Lang) -> String {
    match location {
        Location::Page(n) => lang.word_with("attachment-place-page", &[("page", (*n).into())]),
        // A sheet's name is the file's text: never a whole number in a report.
        Location::Row { sheet, row } => lang.word_with(
            "attachment-place-row",
            &[("sheet", crate::facts::text::mask_numbers(sheet).into()), ("row", (*row).into())],
        ),
        Location::Paragraph(n) => lang.word_with("attachment-place-paragraph", &[("paragraph", (*n).into())]),
        Location::TableRow { table, row } => lang
            .word_with("attachment-place-table-row", &[("table", (*table).into()), ("row", (*row).into())]),
    }
}

/// The places of `hits`, the first few named, in file order.
pub fn places(hits: &[&Hit], lang: Lang) -> String {
    let distinct: BTreeSet<&Location> = hits.iter().map(|h| &h.location).collect();
    let shown: Vec<String> = distinct.iter().take(PLACES_SHOWN).map(|l| place(l, lang)).collect();
    let mut out = shown.join(&lang.word("content-pii-list-separator"));
    if distinct.len() > PLACES_SHOWN {
        out.push_str(
            &lang.word_with("attachment-places-more", &[("count", (distinct.len() - PLACES_SHOWN).into())]),
        );
    }
    out
}

/// The masked values of `hits` with their places, for the evidence.
pub fn evidence(hits: &[&Hit], lang: Lang) -> String {
    hits.iter()
        .take(VALUES_SHOWN)
        .map(|h| format!("{} ({})", h.masked, place(&h.location, lang)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The pages of the site linking each attachment with hits, sorted.
pub fn linking_pages(ctx: &SiteContext<'_>, wanted: &BTreeSet<TargetId>) -> BTreeMap<TargetId, Vec<String>> {
    let mut out: BTreeMap<TargetId, Vec<String>> = BTreeMap::new();
    for page in ctx.pages() {
        for link in page.links.iter().filter(|l| wanted.contains(&l.target)) {
            out.entry(link.target).or_default().push(ctx.crawl.target(page.target).url.clone());
        }
    }
    out.values_mut().for_each(|pages| {
        pages.sort();
        pages.dedup();
    });
    out
}

/// One finding per attachment whose hits `pick` keeps: the first page
/// linking it as `page`, the file as `target`, the places as `location`.
pub fn findings(
    ctx: &SiteContext<'_>,
    info: &CheckInfo,
    pick: fn(&Hit) -> bool,
    detail: impl Fn(&AttachmentScan, &[&Hit], usize) -> String,
) -> Vec<Finding> {
    let with_hits: Vec<(&AttachmentScan, Vec<&Hit>)> = ctx
        .crawl
        .attachments
        .iter()
        .map(|a| (a, a.hits.iter().filter(|h| pick(h)).collect::<Vec<_>>()))
        .filter(|(_, hits)| !hits.is_empty())
        .collect();
    let wanted = with_hits.iter().map(|(a, _)| a.target).collect();
    let linking = linking_pages(ctx, &wanted);
    with_hits
        .into_iter()
        .map(|(scan, hits)| {
            let pages = linking.get(&scan.target).map(Vec::as_slice).unwrap_or_default();
            let mut detail = detail(scan, &hits, pages.len());
            // What was found stands; the rest of the file was not read.
            if scan.cut.is_some() {
                detail.push_str(&ctx.lang.word("content-pii-attachment-cut"));
            }
            Finding {
                page: pages.first().cloned(),
                target: Some(ctx.crawl.target(scan.target).url.clone()),
                detail,
                evidence: evidence(&hits, ctx.lang),
                location: Some(places(&hits, ctx.lang)),
                ..Finding::new(info.id, info.severity)
            }
        })
        .collect()
}

pub fn run(ctx: &SiteContext<'_>) -> Vec<Finding> {
    let lang = ctx.lang;
    findings(
        ctx,
        &INFO,
        |h| !h.half_masked,
        |scan, hits, pages| {
            let count = |k| hits.iter().filter(|h| h.kind == k).count();
            let counts: Vec<String> = [pii::Kind::IdCard, pii::Kind::Mobile, pii::Kind::BankCard]
                .into_iter()
                .filter(|&k| count(k) > 0)
                .map(|k| {
                    lang.word_with(
                        "content-pii-count",
                        &[("kind", k.name(lang).into()), ("count", count(k).into())],
                    )
                })
                .collect();
            lang.word_with(
                "content-pii-attachment-detail",
                &[
                    ("format", scan.format.as_str().to_uppercase().into()),
                    ("counts", counts.join(&lang.word("content-pii-list-separator")).into()),
                    ("persons", scan.persons.into()),
                    ("pages", pages.into()),
                ],
            )
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::attachment::Part;

    fn row(sheet: &str, row: u32, text: &str) -> Part {
        Part { location: Location::Row { sheet: sheet.into(), row }, text: text.into() }
    }

    #[test]
    fn finds_numbers_with_their_rows_and_persons() {
        let extracted = Extracted {
            parts: vec![
                row("公示", 1, "序号\t姓名\t身份证号码\t联系电话\t所在村"),
                row("公示", 2, "1\t张三\t11010519491231002X\t13812345678\t青溪村"),
                row("公示", 3, "2\t李四\t110105********002X\t138****5679\t青溪村"),
                row("公示", 4, "3\t王小明\t5107231990****1234\t\t河东村"),
            ],
            cut: None,
        };
        let scan = scan(7, Format::Xlsx, &extracted);
        let shown: Vec<(&str, bool, &Location)> =
            scan.hits.iter().map(|h| (h.masked.as_str(), h.half_masked, &h.location)).collect();
        let at = |row| Location::Row { sheet: "公示".into(), row };
        assert_eq!(
            shown,
            vec![
                ("110105********002X", false, &at(2)),
                ("138****5678", false, &at(2)),
                ("510723********1234", true, &at(4)),
            ]
        );
        assert_eq!(scan.persons, 1, "only 张三's numbers are unmasked");
    }

    #[test]
    fn a_clean_list_has_no_hits() {
        let extracted = Extracted {
            parts: vec![
                row("Sheet1", 1, "姓名\t身份证号码\t手机"),
                row("Sheet1", 2, "张三\t110105********002X\t138****5678"),
                row("Sheet1", 3, "合计\t1\t"),
            ],
            cut: None,
        };
        let scan = scan(1, Format::Xlsx, &extracted);
        assert!(scan.hits.is_empty());
        assert_eq!(scan.persons, 0);
    }

    /// A site of two pages linking one roll, `cut` when read only in part.
    fn site_findings(cut: Option<crate::facts::attachment::Cut>) -> Vec<Finding> {
        use crate::facts::crawl::{Answer, Element, FetchOutcome, Link, PageFacts, SiteCrawl, Target};
        let target = |url: &str, page: Option<u32>| Target {
            url: url.to_owned(),
            internal: true,
            outcome: FetchOutcome::Answered(Answer::html(200)),
            page,
            label: None,
        };
        let links = vec![Link { target: 3, element: Element::A }];
        let page = |target| PageFacts {
            target,
            links: links.clone(),
            text_len: 500,
            // Two pages, not one page's copy.
            text_hash: u64::from(target),
            ..PageFacts::default()
        };
        let extracted = Extracted {
            parts: vec![row("名单", 1, "姓名\t身份证号码"), row("名单", 2, "张三\t11010519491231002X")],
            cut,
        };
        let crawl = crate::facts::crawl::SiteCrawl {
            root: 0,
            targets: vec![
                target("http://www.qingxi.gov.cn/", None),
                target("http://www.qingxi.gov.cn/gs/2.html", Some(0)),
                target("http://www.qingxi.gov.cn/gs/1.html", Some(1)),
                target("http://www.qingxi.gov.cn/fj/roll.xlsx", None),
            ],
            pages: vec![page(1), page(2)],
            attachments: vec![scan(3, Format::Xlsx, &extracted)],
            ..SiteCrawl::default()
        };
        let as_of = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).expect("a day");
        let settings = crate::model::settings::AuditSettings::new(Lang::Zh, as_of);
        let ctx = SiteContext::new(&crawl, &settings);
        let mut found = run(&ctx);
        found.extend(crate::content::pii_attachment_half_masked::run(&ctx));
        found
    }

    #[test]
    fn one_finding_per_file_on_its_first_linking_page() {
        let found = site_findings(None);
        assert_eq!(found.len(), 1, "{found:?}");
        let f = &found[0];
        assert_eq!(f.check, "content.pii-attachment");
        assert_eq!(f.page.as_deref(), Some("http://www.qingxi.gov.cn/gs/1.html"));
        assert_eq!(f.target.as_deref(), Some("http://www.qingxi.gov.cn/fj/roll.xlsx"));
        assert_eq!(f.location.as_deref(), Some("工作表“名单”第 2 行"));
        assert_eq!(f.evidence, "110105********002X (工作表“名单”第 2 行)");
        assert!(f.detail.contains("涉及 1 人") && f.detail.contains("2 个页面链接该附件"), "{}", f.detail);
        let cut = site_findings(Some(crate::facts::attachment::Cut::Time));
        assert!(cut[0].detail.ends_with(&Lang::Zh.word("content-pii-attachment-cut")), "{}", cut[0].detail);
    }

    #[test]
    fn pdf_lines_and_name_cells() {
        let extracted = Extracted {
            parts: vec![Part {
                location: Location::Page(2),
                text: "2026年低保对象公示\n序号 姓名 身份证号 地址\n1 赵六 11010519491231002X 青溪镇\n"
                    .into(),
            }],
            cut: None,
        };
        let scan = scan(1, Format::Pdf, &extracted);
        assert_eq!(scan.hits.len(), 1);
        assert_eq!(scan.hits[0].location, Location::Page(2));
        assert_eq!(scan.persons, 1);
        assert!(!looks_like_name("青溪镇") && !looks_like_name("序号") && looks_like_name("欧阳小明"));
    }
}
