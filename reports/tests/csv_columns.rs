//! `columns.csv`: a golden file, and what Excel needs — a BOM — and what a
//! spreadsheet user needs — one row per column, hostile names intact.

// The sample is laid out as tables of data, and other branches' tests share
// it: `cargo fmt` is kept from rewriting it.
#[rustfmt::skip]
mod sample;

use reports::csv::{render_columns, write_columns};

const BOM: &[u8] = b"\xEF\xBB\xBF";

fn rows(bytes: &[u8]) -> Vec<csv::StringRecord> {
    let mut reader = csv::Reader::from_reader(&bytes[BOM.len()..]);
    reader.records().collect::<Result<_, _>>().unwrap()
}

#[test]
fn golden_columns_csv() {
    let bytes = render_columns(&sample::audit()).unwrap();
    assert!(bytes.starts_with(BOM));
    insta::assert_snapshot!(String::from_utf8(bytes[BOM.len()..].to_vec()).unwrap());
}

#[test]
fn one_row_per_column_with_a_bom() {
    let bytes = render_columns(&sample::audit()).unwrap();
    assert!(bytes.starts_with(BOM));
    assert!(!bytes[BOM.len()..].starts_with(BOM), "one BOM only");
    let header = csv::Reader::from_reader(&bytes[BOM.len()..]).headers().unwrap().clone();
    assert_eq!(
        header.iter().collect::<Vec<_>>(),
        [
            "site",
            "name",
            "url",
            "category",
            "level",
            "items",
            "latest",
            "due",
            "limit_days",
            "stale",
            "blank",
            "exempt",
            "latest_year_from",
            "name_from"
        ]
    );
    let rows = rows(&bytes);
    assert_eq!(rows.len(), 4);
    assert!(rows.iter().all(|r| &r[0] == sample::HOSTILE_TITLE));
    let policy = &rows[1];
    assert_eq!(
        policy.iter().collect::<Vec<_>>(),
        [
            sample::HOSTILE_TITLE,
            "政策文件",
            "http://www.qingxi.gov.cn/xxgk/zcwj/",
            "policy",
            "1",
            "20",
            "2026-03-02",
            "",
            "183",
            "true",
            "false",
            "false",
            "text",
            "breadcrumb"
        ]
    );
    let blank = &rows[2];
    assert_eq!((&blank[5], &blank[6], &blank[8], &blank[10]), ("0", "", "", "true"));
    // Quotes, newlines and `"><script>` survive the round trip.
    assert_eq!(&rows[3][1], sample::HOSTILE_TITLE);
    assert_eq!(&rows[3][2], "http://www.qingxi.gov.cn/zt/\"><script>x</script>");
}

#[test]
fn write_and_render_agree() {
    let mut bytes = Vec::new();
    write_columns(&sample::audit(), &mut bytes).unwrap();
    assert_eq!(bytes, render_columns(&sample::audit()).unwrap());
}
