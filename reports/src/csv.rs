//! `findings.csv` (one row per finding) and `columns.csv` (one row per
//! column, 栏目), for spreadsheets. UTF-8 with a byte-order mark, because
//! Excel on a Chinese Windows reads a BOM-less file as GBK and garbles every
//! character.

use checks::Audit;

pub(crate) const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Writes one data row whose cells cannot run as spreadsheet formulas.
///
/// Crawled text goes into these files, and Excel or WPS runs a cell that
/// starts with `=`, `+`, `-` or `@` as a formula (CSV injection): such a
/// cell gets a leading `'`, which spreadsheets show as text. Our own
/// numbers and URLs never start with those characters.
pub(crate) fn safe_row<W: std::io::Write, S: AsRef<str>>(
    writer: &mut csv::Writer<W>,
    cells: impl IntoIterator<Item = S>,
) -> Result<(), csv::Error> {
    writer.write_record(cells.into_iter().map(|c| defuse(c.as_ref()).into_owned()))
}

fn defuse(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{cell}").into() } else { cell.into() }
}

const HEADER: &[&str] = &[
    "site",
    "check",
    "severity",
    "page",
    "target",
    "detail",
    "evidence",
    "status",
    "error",
    "element",
    "on_homepage",
    "internal",
    "column",
    "account",
    "platform",
    "selector",
    "mark",
    "rule",
    "location",
    "grade",
    "correction",
    "source",
    // Review: the finding's fingerprint (what `govaudit review mark` takes)
    // and its mark, if any.
    "fingerprint",
    "review",
    "review_state",
    "reviewer",
    "review_reason",
    "review_until",
];

/// The findings as CSV bytes (for tests and small audits).
pub fn render(audit: &Audit) -> Result<Vec<u8>, csv::Error> {
    let mut out = Vec::new();
    write(audit, &mut out)?;
    Ok(out)
}

/// Writes the findings to `out`, a row at a time.
pub fn write(audit: &Audit, mut out: impl std::io::Write) -> Result<(), csv::Error> {
    out.write_all(BOM)?;
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(HEADER)?;
    for site in &audit.sites {
        for f in &site.findings {
            let opt = |v: &Option<String>| v.clone().unwrap_or_default();
            let flag = |v: Option<bool>| v.map(|b| b.to_string()).unwrap_or_default();
            let review = f.review.as_ref();
            safe_row(
                &mut writer,
                [
                    site.name.clone(),
                    f.check.clone(),
                    f.severity.as_str().to_owned(),
                    opt(&f.page),
                    opt(&f.target),
                    f.detail.clone(),
                    f.evidence.clone(),
                    f.status.map(|s| s.to_string()).unwrap_or_default(),
                    opt(&f.error),
                    opt(&f.element),
                    flag(f.on_homepage),
                    flag(f.internal),
                    opt(&f.column),
                    opt(&f.account),
                    opt(&f.platform),
                    opt(&f.selector),
                    opt(&f.mark),
                    opt(&f.rule),
                    opt(&f.location),
                    f.grade.map(|g| g.as_str().to_owned()).unwrap_or_default(),
                    opt(&f.correction),
                    opt(&f.source),
                    f.fingerprint.clone().unwrap_or_else(|| f.fingerprint()),
                    review.map(|r| r.kind.as_str().to_owned()).unwrap_or_default(),
                    review
                        .map(|r| if r.active() { "active" } else { "expired" }.to_owned())
                        .unwrap_or_default(),
                    review.map(|r| r.reviewer.clone()).unwrap_or_default(),
                    review.map(|r| r.reason.clone()).unwrap_or_default(),
                    review.and_then(|r| r.until.clone()).unwrap_or_default(),
                ],
            )?;
        }
    }
    writer.flush()?;
    Ok(())
}

const COLUMNS_HEADER: &[&str] = &[
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
    "name_from",
];

/// The columns as CSV bytes (for tests and small audits).
pub fn render_columns(audit: &Audit) -> Result<Vec<u8>, csv::Error> {
    let mut out = Vec::new();
    write_columns(audit, &mut out)?;
    Ok(out)
}

/// Writes every site's columns to `out`, a row each: the list an office
/// works through to see which columns are overdue, blank or exempt.
/// Absent dates and limits are empty cells, so a spreadsheet sorts them
/// together.
pub fn write_columns(audit: &Audit, mut out: impl std::io::Write) -> Result<(), csv::Error> {
    out.write_all(BOM)?;
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(COLUMNS_HEADER)?;
    for site in &audit.sites {
        for c in &site.columns {
            let opt = |v: &Option<String>| v.clone().unwrap_or_default();
            safe_row(
                &mut writer,
                [
                    site.name.clone(),
                    c.name.clone(),
                    c.url.clone(),
                    c.category.as_str().to_owned(),
                    c.level.to_string(),
                    c.items.to_string(),
                    opt(&c.latest),
                    opt(&c.due),
                    c.limit_days.map(|d| d.to_string()).unwrap_or_default(),
                    c.stale.to_string(),
                    c.blank.to_string(),
                    c.exempt.to_string(),
                    c.latest_year_from.map(|s| s.as_str().to_owned()).unwrap_or_default(),
                    c.name_from.as_str().to_owned(),
                ],
            )?;
        }
    }
    writer.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_that_would_run_as_formulas_are_defused() {
        for (cell, safe) in [
            ("=HYPERLINK(\"http://x\",\"点我\")", "'=HYPERLINK(\"http://x\",\"点我\")"),
            ("+1", "'+1"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("http://h/a?x=1", "http://h/a?x=1"),
            ("清溪县", "清溪县"),
            ("", ""),
        ] {
            assert_eq!(defuse(cell), safe);
        }
    }
    use checks::audit::{SCHEMA, SiteAudit, Tool};
    use checks::{Finding, Severity};

    #[test]
    fn starts_with_a_bom_and_has_a_row_per_finding() {
        let finding = Finding {
            page: Some("http://h/".into()),
            detail: "含有逗号, 和\"引号\"".into(),
            ..Finding::new("link.dead", Severity::Deduction)
        };
        let audit = Audit {
            schema: SCHEMA,
            tool: Tool { name: "govaudit", version: "0.1.0" },
            as_of: "2026-11-26".into(),
            started_at: String::new(),
            finished_at: String::new(),
            sites: vec![SiteAudit {
                name: "清溪县人民政府".into(),
                root: "http://h/".into(),
                findings: vec![finding.clone(), finding],
                ..SiteAudit::default()
            }],
        };
        let bytes = render(&audit).unwrap();
        assert!(bytes.starts_with(BOM));
        let mut reader = csv::Reader::from_reader(&bytes[BOM.len()..]);
        let rows: Vec<csv::StringRecord> = reader.records().collect::<Result<_, _>>().unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(&rows[0][0], "清溪县人民政府");
        assert_eq!(&rows[0][5], "含有逗号, 和\"引号\"");
    }
}
