//! `report.xlsx`: the workbook evaluators hand over and offices file. A
//! summary sheet (site, day, score, grade, the vetoes with their evidence,
//! the indicators with their points), one sheet per indicator (and veto)
//! with its findings, then the columns and the accounts. For a roster,
//! `ranking.xlsx`: the ranking and one sheet per site. `findings.csv` stays
//! for scripts; this is for people, so headers are in the report's language.
//!
//! Every sheet has its header row frozen, a filter and set widths. Crawled
//! text is always written as a string cell, so a page that says
//! `=HYPERLINK(…)` can never run as a formula. Excel's limits are kept
//! here rather than left to fail the write: a cell holds at most 32,767
//! characters and a sheet 1,048,576 rows, so longer text and longer tables
//! are cut, and the cut says so.

use std::collections::HashSet;
use std::io::Write;

use checks::Audit;
use checks::Lang;
use checks::audit::{Finding, SiteAudit};
use checks::scorecard::{RankRow, Ranking, format_points};
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

use crate::groups;
use crate::html::common::{category_label, kind_label, verdict};

/// Excel's limits, lowered in tests to prove the cuts.
#[derive(Clone, Copy)]
struct Limits {
    /// Characters (UTF-16 units, as Excel counts) in one cell.
    cell: usize,
    /// Rows in one sheet, the header included.
    rows: u32,
}

const EXCEL: Limits = Limits { cell: 32_767, rows: 1_048_576 };

/// Writes the workbook of one audit to `out`.
pub fn write(audit: &Audit, lang: Lang, mut out: impl Write) -> Result<(), XlsxError> {
    out.write_all(&render(audit, lang)?).map_err(XlsxError::IoError)
}

/// The workbook of one audit as bytes.
pub fn render(audit: &Audit, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    render_with(audit, lang, EXCEL)
}

fn render_with(audit: &Audit, lang: Lang, limits: Limits) -> Result<Vec<u8>, XlsxError> {
    let mut book = Book::new(&audit.as_of, lang)?;
    let summary = book.sheet(&lang.word("xlsx-sheet-summary"))?;
    summary_sheet(&mut Table::new(summary, lang, limits), audit, lang)?;
    for site in &audit.sites {
        for group in groups::of(site) {
            let sheet = book.sheet(&group.rule.title(lang))?;
            let mut table = Table::new(sheet, lang, limits);
            findings_table(&mut table, site, group.findings.iter().map(|&n| &site.findings[n]), false)?;
        }
    }
    let columns = book.sheet(&lang.word("xlsx-sheet-columns"))?;
    columns_table(&mut Table::new(columns, lang, limits), audit)?;
    let accounts = book.sheet(&lang.word("xlsx-sheet-accounts"))?;
    accounts_table(&mut Table::new(accounts, lang, limits), audit)?;
    book.workbook.save_to_buffer()
}

/// Writes a roster's workbook: the ranking, then one sheet per site with
/// all its findings (in `sites`' order).
pub fn write_ranking(
    ranking: &Ranking,
    sites: &[&SiteAudit],
    lang: Lang,
    mut out: impl Write,
) -> Result<(), XlsxError> {
    out.write_all(&render_ranking(ranking, sites, lang)?).map_err(XlsxError::IoError)
}

/// The roster's workbook as bytes.
pub fn render_ranking(ranking: &Ranking, sites: &[&SiteAudit], lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let limits = EXCEL;
    let mut book = Book::new(&ranking.as_of, lang)?;
    let sheet = book.sheet(&lang.word("xlsx-sheet-ranking"))?;
    ranking_table(&mut Table::new(sheet, lang, limits), ranking, lang)?;
    for site in sites {
        let sheet = book.sheet(&site.name)?;
        findings_table(&mut Table::new(sheet, lang, limits), site, site.findings.iter(), true)?;
    }
    book.workbook.save_to_buffer()
}

/// A workbook and the sheet names it has given out.
struct Book {
    workbook: Workbook,
    names: SheetNames,
}

impl Book {
    /// A workbook dated `as_of` (not today), so the same audit always
    /// gives the same file.
    fn new(as_of: &str, lang: Lang) -> Result<Self, XlsxError> {
        let mut workbook = Workbook::new();
        let day = chrono::NaiveDate::parse_from_str(as_of, "%Y-%m-%d").ok();
        let date = day
            .and_then(|d| {
                use chrono::Datelike;
                let (m, dd) = (u8::try_from(d.month()).ok()?, u8::try_from(d.day()).ok()?);
                ExcelDateTime::from_ymd(u16::try_from(d.year()).ok()?, m, dd).ok()
            })
            .map_or_else(|| ExcelDateTime::from_ymd(2000, 1, 1), Ok)?;
        let properties = DocProperties::new()
            .set_title(lang.word_with("xlsx-title", &[("as-of", as_of.into())]))
            .set_author("govaudit")
            .set_creation_datetime(&date);
        workbook.set_properties(&properties);
        Ok(Book { workbook, names: SheetNames::default() })
    }

    fn sheet(&mut self, wanted: &str) -> Result<&mut Worksheet, XlsxError> {
        let name = self.names.take(wanted);
        let sheet = self.workbook.add_worksheet();
        sheet.set_name(name)?;
        Ok(sheet)
    }
}

/// A sheet written a row at a time, within Excel's limits.
struct Table<'a> {
    sheet: &'a mut Worksheet,
    row: u32,
    lang: Lang,
    limits: Limits,
    /// Rows that did not fit.
    cut: u64,
    /// The header row of the sheet's main table, which is frozen and
    /// filtered.
    header_row: Option<u32>,
    width: u16,
}

/// One cell: crawled or computed text, or a number.
enum Cell<'a> {
    Text(std::borrow::Cow<'a, str>),
    Number(f64),
}

impl<'a> From<&'a str> for Cell<'a> {
    fn from(s: &'a str) -> Self {
        Cell::Text(s.into())
    }
}

impl From<String> for Cell<'_> {
    fn from(s: String) -> Self {
        Cell::Text(s.into())
    }
}

impl<'a> From<&'a Option<String>> for Cell<'a> {
    fn from(s: &'a Option<String>) -> Self {
        Cell::Text(s.as_deref().unwrap_or_default().into())
    }
}

impl<'a> Table<'a> {
    fn new(sheet: &'a mut Worksheet, lang: Lang, limits: Limits) -> Self {
        Table { sheet, row: 0, lang, limits, cut: 0, header_row: None, width: 0 }
    }

    /// The main table's header: bold, frozen, filtered; `widths` are the
    /// columns' widths in characters.
    fn header(&mut self, words: &[String], widths: &[f64]) -> Result<(), XlsxError> {
        let bold = Format::new()
            .set_bold()
            .set_background_color("#DDEBF7")
            .set_border_bottom(rust_xlsxwriter::FormatBorder::Thin);
        for (col, word) in words.iter().enumerate() {
            let col = u16::try_from(col).unwrap_or(u16::MAX);
            self.sheet.write_string_with_format(
                self.row,
                col,
                bound(word, self.limits.cell, self.lang),
                &bold,
            )?;
        }
        for (col, width) in widths.iter().enumerate() {
            self.sheet.set_column_width(u16::try_from(col).unwrap_or(u16::MAX), *width)?;
        }
        self.sheet.set_freeze_panes(self.row + 1, 0)?;
        self.header_row = Some(self.row);
        self.width = u16::try_from(words.len()).unwrap_or(u16::MAX);
        self.row += 1;
        Ok(())
    }

    /// A line of text above a table (a section's title), in bold.
    fn title(&mut self, text: &str) -> Result<(), XlsxError> {
        let bold = Format::new().set_bold();
        let text = bound(text, self.limits.cell, self.lang);
        self.sheet.write_string_with_format(self.row, 0, text, &bold)?;
        self.row += 1;
        Ok(())
    }

    fn blank(&mut self) {
        self.row += 1;
    }

    /// A data row; past the sheet's last row but one, it is only counted
    /// (the last row says how many were cut).
    fn row<'c>(&mut self, cells: impl IntoIterator<Item = Cell<'c>>) -> Result<(), XlsxError> {
        if self.row + 1 >= self.limits.rows {
            self.cut += 1;
            return Ok(());
        }
        for (col, cell) in cells.into_iter().enumerate() {
            let col = u16::try_from(col).unwrap_or(u16::MAX);
            match cell {
                Cell::Text(text) if text.is_empty() => {}
                Cell::Text(text) => {
                    self.sheet.write_string(self.row, col, bound(&text, self.limits.cell, self.lang))?;
                }
                Cell::Number(n) => {
                    self.sheet.write_number(self.row, col, n)?;
                }
            }
        }
        self.row += 1;
        Ok(())
    }

    /// Sets the filter over the main table and says what was cut.
    fn finish(&mut self) -> Result<(), XlsxError> {
        if let Some(header) = self.header_row {
            let last = self.row.saturating_sub(1).max(header);
            self.sheet.autofilter(header, 0, last, self.width.saturating_sub(1))?;
        }
        if self.cut > 0 {
            let note = self.lang.word_with("xlsx-rows-cut", &[("rows", self.cut.into())]);
            self.sheet.write_string(self.row, 0, note)?;
        }
        Ok(())
    }
}

/// `text` made safe for XML and cut to `max` UTF-16 units, the cut marked.
fn bound(text: &str, max: usize, lang: Lang) -> String {
    let text = groups::xml_safe(text);
    if text.encode_utf16().count() <= max {
        return text.into_owned();
    }
    let marker = lang.word("xlsx-cell-cut");
    let room = max.saturating_sub(marker.encode_utf16().count());
    let mut used = 0;
    let mut out = String::new();
    for c in text.chars() {
        used += c.len_utf16();
        if used > room {
            break;
        }
        out.push(c);
    }
    out + &marker
}

/// Sheet names Excel accepts: at most 31 characters, none of `[]:*?/\`,
/// not starting or ending with `'`, not `History`, and unique ignoring
/// case. Indicator titles and site names come from rubric files and
/// rosters, so any of these can happen.
#[derive(Default)]
struct SheetNames {
    taken: HashSet<String>,
}

const SHEET_NAME_MAX: usize = 31;

impl SheetNames {
    fn take(&mut self, wanted: &str) -> String {
        let cleaned: String = groups::xml_safe(wanted)
            .chars()
            .map(|c| {
                if matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\') || c.is_control() { '_' } else { c }
            })
            .collect();
        let trimmed = cleaned.trim().trim_matches('\'');
        let base = if trimmed.is_empty() { "Sheet" } else { trimmed };
        let base = if base.eq_ignore_ascii_case("history") { format!("{base}_") } else { base.to_owned() };
        (1..)
            .map(|n| {
                let suffix = if n == 1 { String::new() } else { format!(" ({n})") };
                let room = SHEET_NAME_MAX - suffix.len();
                format!("{}{suffix}", cut_utf16(&base, room).trim_end_matches('\''))
            })
            .find(|name| self.taken.insert(name.to_lowercase()))
            .unwrap_or_default()
    }
}

fn cut_utf16(text: &str, max: usize) -> &str {
    let mut used = 0;
    for (at, c) in text.char_indices() {
        used += c.len_utf16();
        if used > max {
            return &text[..at];
        }
    }
    text
}

fn summary_sheet(table: &mut Table<'_>, audit: &Audit, lang: Lang) -> Result<(), XlsxError> {
    let header = vec![
        lang.word("xlsx-item"),
        lang.word("xlsx-value"),
        lang.word("xlsx-status"),
        lang.word("xlsx-evidence"),
        lang.word("xlsx-count"),
        lang.word("xlsx-weight"),
        lang.word("xlsx-points-lost"),
        lang.word("xlsx-points-left"),
    ];
    table.header(&header, &[24.0, 36.0, 14.0, 60.0, 8.0, 8.0, 8.0, 8.0])?;
    let mut first = true;
    for site in &audit.sites {
        if !first {
            table.blank();
        }
        first = false;
        let pair = |key: String, value: String| [Cell::from(key), Cell::from(value)];
        table.row(pair(lang.word("xlsx-site"), site.name.clone()))?;
        table.row(pair(lang.word("xlsx-address"), site.root.clone()))?;
        table.row(pair(lang.word("xlsx-as-of"), audit.as_of.clone()))?;
        table.row(pair(lang.word("xlsx-pages"), site.stats.pages.to_string()))?;
        table.row(pair(lang.word("xlsx-findings"), site.findings.len().to_string()))?;
        let Some(score) = &site.score else {
            table.row(pair(lang.word("xlsx-score"), lang.word("office-not-scored")))?;
            continue;
        };
        table.row(pair(lang.word("xlsx-rubric"), score.rubric_name.clone()))?;
        table.row([
            Cell::from(lang.word("xlsx-score")),
            Cell::Number(score.total),
            Cell::from(format!("/ {}", format_points(score.scale))),
        ])?;
        table.row(pair(lang.word("xlsx-grade"), score.grade_label.clone()))?;
        table.row(pair(lang.word("xlsx-verdict"), verdict(score.passed, score.vetoed, lang)))?;
        table.blank();
        table.title(&lang.word("xlsx-vetoes"))?;
        for veto in &score.vetoes {
            table.row([
                Cell::from(veto.id.as_str()),
                Cell::from(veto.title.as_str()),
                Cell::from(groups::veto_status(veto.status, lang)),
                Cell::from(veto.evidence.as_str()),
                Cell::Number(veto.findings as f64),
            ])?;
        }
        table.blank();
        table.title(&lang.word("xlsx-indicators"))?;
        for i in &score.indicators {
            let status = if i.excluded {
                lang.word("office-not-scored-excluded")
            } else if !i.assessed {
                lang.word("html-not-assessed")
            } else {
                String::new()
            };
            table.row([
                Cell::from(i.id.as_str()),
                Cell::from(i.title.as_str()),
                Cell::from(status),
                Cell::from(""),
                Cell::Number(i.findings as f64),
                Cell::Number(i.weight),
                Cell::Number(i.lost),
                Cell::Number(i.weight - i.lost),
            ])?;
        }
    }
    table.finish()
}

/// The header of a findings table, after its optional rule column.
fn finding_header(lang: Lang) -> [String; 15] {
    [
        lang.word("xlsx-check"),
        lang.word("xlsx-check-id"),
        lang.word("xlsx-severity"),
        lang.word("xlsx-page"),
        lang.word("xlsx-target"),
        lang.word("xlsx-detail"),
        lang.word("xlsx-evidence"),
        lang.word("xlsx-location"),
        lang.word("xlsx-due"),
        lang.word("xlsx-owner"),
        lang.word("xlsx-fingerprint"),
        lang.word("xlsx-review"),
        lang.word("xlsx-reviewer"),
        lang.word("xlsx-review-reason"),
        lang.word("xlsx-review-until"),
    ]
}
const FINDING_WIDTHS: &[f64] =
    &[24.0, 20.0, 8.0, 40.0, 40.0, 50.0, 50.0, 20.0, 12.0, 16.0, 18.0, 10.0, 12.0, 30.0, 12.0];

/// The findings, one row each; with `by_rule` a first column names the
/// veto or indicator that counted each (a roster's per-site sheet).
fn findings_table<'f>(
    table: &mut Table<'_>,
    site: &SiteAudit,
    findings: impl Iterator<Item = &'f Finding>,
    by_rule: bool,
) -> Result<(), XlsxError> {
    let lang = table.lang;
    let rule = by_rule.then(|| (lang.word("xlsx-rule"), 24.0));
    let header: Vec<String> = rule.iter().map(|(w, _)| w.clone()).chain(finding_header(lang)).collect();
    let widths: Vec<f64> = rule.iter().map(|(_, w)| *w).chain(FINDING_WIDTHS.iter().copied()).collect();
    table.header(&header, &widths)?;
    for f in findings {
        let first = by_rule.then(|| Cell::from(groups::rule_title(site, f)));
        let cells = [
            Cell::from(groups::check_title(&f.check, lang)),
            Cell::from(f.check.as_str()),
            Cell::from(groups::severity_label(f.severity, lang)),
            Cell::from(&f.page),
            Cell::from(&f.target),
            Cell::from(f.detail.as_str()),
            Cell::from(f.evidence.as_str()),
            Cell::from(&f.location),
            Cell::from(&f.due),
            Cell::from(&f.owner),
            Cell::from(&f.fingerprint),
            Cell::from(review_label(f, lang)),
            Cell::from(f.review.as_ref().map(|r| r.reviewer.as_str()).unwrap_or_default()),
            Cell::from(f.review.as_ref().map(|r| r.reason.as_str()).unwrap_or_default()),
            Cell::from(f.review.as_ref().and_then(|r| r.until.clone()).unwrap_or_default()),
        ];
        table.row(first.into_iter().chain(cells))?;
    }
    table.finish()
}

/// `核减`, `已知（已过期）`: a finding's mark, empty when it has none.
fn review_label(f: &Finding, lang: Lang) -> String {
    let Some(review) = &f.review else { return String::new() };
    let kind = review.kind.name(lang);
    if review.active() { kind } else { lang.word_with("xlsx-review-expired", &[("kind", kind.into())]) }
}

fn columns_table(table: &mut Table<'_>, audit: &Audit) -> Result<(), XlsxError> {
    let lang = table.lang;
    let many = audit.sites.len() > 1;
    let words = [
        lang.word("xlsx-column"),
        lang.word("xlsx-address"),
        lang.word("xlsx-category"),
        lang.word("xlsx-level"),
        lang.word("xlsx-items"),
        lang.word("xlsx-latest"),
        lang.word("xlsx-due"),
        lang.word("xlsx-limit-days"),
        lang.word("xlsx-stale"),
        lang.word("xlsx-blank"),
        lang.word("xlsx-exempt"),
    ];
    let site = many.then(|| lang.word("xlsx-site"));
    let header: Vec<String> = site.iter().cloned().chain(words).collect();
    let widths = [24.0, 40.0, 10.0, 6.0, 8.0, 12.0, 12.0, 10.0, 8.0, 8.0, 8.0];
    let widths: Vec<f64> = site.iter().map(|_| 24.0).chain(widths).collect();
    table.header(&header, &widths)?;
    let yes = |b: bool| if b { lang.word("office-yes") } else { String::new() };
    for s in &audit.sites {
        for c in &s.columns {
            let first = many.then(|| Cell::from(s.name.as_str()));
            let cells = [
                Cell::from(c.name.as_str()),
                Cell::from(c.url.as_str()),
                Cell::from(category_label(c.category.as_str(), lang)),
                Cell::Number(f64::from(c.level)),
                Cell::Number(c.items as f64),
                Cell::from(&c.latest),
                Cell::from(&c.due),
                c.limit_days.map_or(Cell::from(""), |d| Cell::Number(f64::from(d))),
                Cell::from(yes(c.stale)),
                Cell::from(yes(c.blank)),
                Cell::from(yes(c.exempt)),
            ];
            table.row(first.into_iter().chain(cells))?;
        }
    }
    table.finish()
}

fn accounts_table(table: &mut Table<'_>, audit: &Audit) -> Result<(), XlsxError> {
    let lang = table.lang;
    let many = audit.sites.len() > 1;
    let words = [
        lang.word("xlsx-account"),
        lang.word("xlsx-platform"),
        lang.word("xlsx-address"),
        lang.word("xlsx-unit"),
        lang.word("xlsx-latest"),
        lang.word("xlsx-posts"),
        lang.word("xlsx-reachable"),
        lang.word("xlsx-stale"),
        lang.word("xlsx-state"),
        lang.word("xlsx-listed-on"),
    ];
    let site = many.then(|| lang.word("xlsx-site"));
    let header: Vec<String> = site.iter().cloned().chain(words).collect();
    let widths = [24.0, 10.0, 40.0, 20.0, 12.0, 8.0, 8.0, 8.0, 12.0, 40.0];
    let widths: Vec<f64> = site.iter().map(|_| 24.0).chain(widths).collect();
    table.header(&header, &widths)?;
    let yes = |b: bool| if b { lang.word("office-yes") } else { lang.word("office-no") };
    for s in &audit.sites {
        for a in &s.accounts {
            let first = many.then(|| Cell::from(s.name.as_str()));
            let cells = [
                Cell::from(a.name.as_str()),
                Cell::from(a.platform.as_str()),
                Cell::from(a.url.as_str()),
                Cell::from(&a.unit),
                Cell::from(&a.latest),
                Cell::Number(a.posts as f64),
                Cell::from(yes(a.reachable)),
                Cell::from(yes(a.stale)),
                Cell::from(a.state.as_str()),
                Cell::from(&a.listed_on),
            ];
            table.row(first.into_iter().chain(cells))?;
        }
    }
    table.finish()
}

fn ranking_table(table: &mut Table<'_>, ranking: &Ranking, lang: Lang) -> Result<(), XlsxError> {
    let mut header = vec![
        lang.word("ranking-rank"),
        lang.word("ranking-site"),
        lang.word("ranking-address"),
        lang.word("ranking-kind"),
        lang.word("ranking-total"),
        lang.word("ranking-grade"),
    ];
    // Index titles come from the rubric, in the ranking's language.
    header.extend(ranking.indices.iter().map(|(_, title)| title.clone()));
    header.extend([lang.word("ranking-veto-reasons"), lang.word("xlsx-accounts-failed")]);
    let mut widths = vec![6.0, 30.0, 30.0, 10.0, 8.0, 20.0];
    widths.extend(ranking.indices.iter().map(|_| 10.0));
    widths.extend([40.0, 20.0]);
    table.header(&header, &widths)?;
    for row in &ranking.rows {
        table.row(rank_cells(ranking, row, lang))?;
    }
    table.finish()
}

fn rank_cells<'r>(ranking: &Ranking, row: &'r RankRow, lang: Lang) -> Vec<Cell<'r>> {
    let mut cells = vec![
        Cell::Number(f64::from(row.rank)),
        Cell::from(row.name.as_str()),
        Cell::from(row.root.as_str()),
        Cell::from(kind_label(&row.kind, lang)),
        Cell::Number(row.total),
        Cell::from(groups::grade_and_verdict(&row.grade_label, row.passed, row.vetoed, lang)),
    ];
    for (id, _) in &ranking.indices {
        let score = row.indices.iter().find(|(index, _)| index == id).map(|(_, s)| *s);
        cells.push(score.map_or(Cell::from(""), Cell::Number));
    }
    cells.push(Cell::from(row.veto_reasons.join("；")));
    cells.push(row.new_media.as_ref().map_or(Cell::from(""), |m| {
        Cell::from(lang.word_with(
            "xlsx-accounts-failed-cell",
            &[("accounts", m.accounts.into()), ("failed", m.failed.into())],
        ))
    }));
    cells
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_are_legal_and_unique() {
        let mut names = SheetNames::default();
        let long = "政府信息公开".repeat(10);
        for (wanted, got) in [
            ("概况", "概况"),
            ("概况", "概况 (2)"),
            ("a[b]:c*d?e/f\\g", "a_b__c_d_e_f_g"),
            ("'quoted'", "quoted"),
            ("", "Sheet"),
            ("History", "History_"),
            ("SHEET", "SHEET (2)"),
        ] {
            assert_eq!(names.take(wanted), got, "{wanted:?}");
        }
        let first = names.take(&long);
        let second = names.take(&long);
        assert_eq!(first.encode_utf16().count(), 31);
        assert!(second.ends_with(" (2)") && second.encode_utf16().count() <= 31, "{second}");
    }

    #[test]
    fn rows_past_the_sheet_limit_are_counted_on_its_last_row() {
        use calamine::Reader;
        let finding = checks::Finding::new("link.dead", checks::Severity::Deduction);
        let audit = Audit {
            schema: checks::audit::SCHEMA,
            tool: checks::audit::Tool { name: "govaudit", version: "0" },
            as_of: "2026-11-26".into(),
            started_at: String::new(),
            finished_at: String::new(),
            sites: vec![SiteAudit { findings: vec![finding; 10], ..SiteAudit::default() }],
        };
        let bytes = render_with(&audit, Lang::Zh, Limits { cell: 100, rows: 5 }).unwrap();
        let mut book = calamine::Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
        let sheet = book.sheet_names()[1].clone();
        let range = book.worksheet_range(&sheet).unwrap();
        assert_eq!(range.height(), 5, "a header, three findings and the note");
        let note = range.get_value((4, 0)).map(ToString::to_string).unwrap_or_default();
        assert_eq!(note, Lang::Zh.word_with("xlsx-rows-cut", &[("rows", 7.into())]));
    }

    #[test]
    fn long_cells_are_cut_and_say_so() {
        let text = "长".repeat(100);
        let cut = bound(&text, 40, Lang::Zh);
        assert_eq!(cut.encode_utf16().count(), 40, "{cut}");
        assert!(cut.ends_with(&Lang::Zh.word("xlsx-cell-cut")));
        assert_eq!(bound("短", 40, Lang::Zh), "短");
        // A character outside the BMP counts twice and is never split.
        let emoji = "😀".repeat(30);
        assert!(bound(&emoji, 40, Lang::Zh).encode_utf16().count() <= 40);
    }
}
