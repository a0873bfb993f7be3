//! Attachments with personal data (issue 20 §3): a 低保 roll in Excel with
//! full ID and mobile numbers (`content.pii-attachment`), a 危房改造 list
//! in PDF whose IDs are masked but leave the birth date readable
//! (`content.pii-attachment-half-masked`), and beside them the same kind
//! of files done right, an Excel list masked by the rule and a Word form
//! with only the office's number, which must stay silent. Each hangs from
//! one of the newest 公示公告 articles, as such lists do.

use super::catalog::{Attachment, Catalog, Fate};
use crate::files;
use crate::serve::Resource;

/// The files, by their name on the server (TRS style).
const ROLL: &str = "P020261120517302914865.xlsx";
const HALF_MASKED: &str = "P020261118302846195377.pdf";
const MASKED_LIST: &str = "P020261117830461925514.xlsx";
const FORM: &str = "P020261117830461925515.docx";

/// A planted attachment and where its finding must point.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlantedAttachment {
    pub check: &'static str,
    /// Portal path of the article linking the file.
    pub page: String,
    /// Portal path of the file.
    pub file: String,
    /// Where in the file, as the finding's `location` says it.
    pub location: &'static str,
}

/// Served 公示公告 articles, newest first.
fn newest(cat: &Catalog) -> Vec<usize> {
    let mut served: Vec<usize> = cat.columns[Catalog::column_index("gsgg")]
        .iter()
        .copied()
        .filter(|&i| cat.articles[i].fate == Fate::Served)
        .collect();
    served.sort_by_key(|&i| std::cmp::Reverse(cat.articles[i].at));
    served
}

/// Attaches the files to the newest 公示公告 articles (the newest one is
/// `content.pii`'s page list; the second its masked list, which gets the
/// clean files).
pub(super) fn plant(cat: &mut Catalog) {
    let newest = newest(cat);
    let attach = |cat: &mut Catalog, nth: usize, name: &str, file: &str| {
        let file = Attachment { name: name.to_owned(), file: file.to_owned(), served: true };
        cat.articles[newest[nth]].attachments.push(file);
    };
    attach(cat, 1, "临时救助对象名单.xlsx", MASKED_LIST);
    attach(cat, 1, "临时救助申请表.docx", FORM);
    attach(cat, 2, "2026年度城乡低保拟保对象花名册.xlsx", ROLL);
    attach(cat, 3, "农村危房改造补助对象名单.pdf", HALF_MASKED);
}

/// The planted files' findings.
pub(super) fn planted(cat: &Catalog) -> Vec<PlantedAttachment> {
    let newest = newest(cat);
    let at = |nth: usize, file: &str| {
        let a = &cat.articles[newest[nth]];
        (a.path(), format!("{}/{file}", a.month_dir()))
    };
    let (roll_page, roll) = at(2, ROLL);
    let (pdf_page, pdf) = at(3, HALF_MASKED);
    vec![
        PlantedAttachment {
            check: "content.pii-attachment",
            page: roll_page,
            file: roll,
            location: "工作表“低保对象”第 2 行、工作表“低保对象”第 3 行",
        },
        PlantedAttachment {
            check: "content.pii-attachment-half-masked",
            page: pdf_page,
            file: pdf,
            location: "第 2 页",
        },
    ]
}

fn cells(rows: &[&[&str]]) -> Vec<Vec<String>> {
    rows.iter().map(|r| r.iter().map(|c| (*c).to_owned()).collect()).collect()
}

/// The file served for a planted attachment, if `file` is one.
pub(super) fn resource(file: &str) -> Option<Resource> {
    const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    let header: &[&str] = &["序号", "姓名", "身份证号码", "联系电话", "家庭住址", "保障人数"];
    let (content_type, bytes) = match file {
        ROLL => (
            XLSX,
            files::xlsx(
                "低保对象",
                &cells(&[
                    header,
                    &["1", "王德明", "510723195803042120", "13990214478", "青溪镇河坝村3组", "2"],
                    &["2", "李秀英", "510723196709210049", "0816-7235678", "青溪镇河坝村5组", "1"],
                    &["3", "张某某", "510723********3511", "139****6621", "桥楼乡石龙村1组", "3"],
                ]),
            ),
        ),
        MASKED_LIST => (
            XLSX,
            files::xlsx(
                "Sheet1",
                &cells(&[
                    header,
                    &["1", "赵某某", "510723********2130", "139****6621", "青溪镇", "2"],
                    &["2", "刘某某", "510723********0043", "135****0918", "桥楼乡", "1"],
                ]),
            ),
        ),
        FORM => (
            DOCX,
            files::docx(
                &[
                    "清溪县临时救助申请表",
                    "受理单位：清溪县民政局　联系电话：0816-7231234",
                    "申请人签字：　　　　年　月　日",
                ],
                &cells(&[&["姓名", "", "身份证号码", ""], &["家庭住址", "", "联系电话", ""]]),
            ),
        ),
        HALF_MASKED => (
            "application/pdf",
            files::pdf(&[
                vec![
                    "清溪县2026年度农村危房改造补助对象名单".to_owned(),
                    "经乡镇审核、县级审批，现将补助对象公示如下。".to_owned(),
                ],
                vec![
                    "序号 姓名 身份证号码 所在村 补助金额（元）".to_owned(),
                    "1 陈光荣 5107231958****2120 河坝村 20000".to_owned(),
                    "2 周桂兰 5107231967****0049 石龙村 15000".to_owned(),
                    "3 吴某某 510723********3511 石龙村 15000".to_owned(),
                ],
            ]),
        ),
        _ => return None,
    };
    Some(Resource::new(200, content_type, bytes))
}
