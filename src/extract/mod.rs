//! Text from attachments: PDF, Word `.docx`, Excel `.xlsx` and `.xls`,
//! with the place of each piece (page, sheet and row, paragraph, table
//! row), for the personal-data scan (`checks::content::pii_attachment`).
//!
//! It lives in the binary, not in `checks`: the parsers are large
//! dependencies the pure core and its fuzz targets should not carry, and
//! reading a file is the crawl's side of the contract
//! (`checks::facts::attachment`). Files come from the audited site, so
//! every reader is bounded: bytes in (the crawl's cap), bytes unpacked
//! (zip bombs, PDF stream bombs), time (checked between pages and rows)
//! and text kept. A file over a budget is read up to it and noted; a
//! parser that panics on a hostile file is caught, and the file is noted
//! unreadable. Old binary `.doc` is not read (see the README).

mod docx;
mod markup;
mod pdf;
mod sheet;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::{Duration, Instant};

use checks::facts::attachment::{Cut, Extracted, Format, Location, Part};

/// Limits on reading one file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Budget {
    /// Bytes downloaded per file; a larger file is not read.
    pub bytes: usize,
    /// Bytes its compressed parts may unpack to.
    pub unpacked: usize,
    /// Wall time for reading it.
    pub time: Duration,
    /// Characters of text kept.
    pub text: usize,
}

impl Default for Budget {
    fn default() -> Self {
        Budget {
            bytes: 20 * 1024 * 1024,
            unpacked: 100 * 1024 * 1024,
            time: Duration::from_secs(10),
            text: 2_000_000,
        }
    }
}

/// The format a URL's file name says, when it is one that is read.
pub fn format_of(path: &str) -> Option<Format> {
    let name = path.rsplit('/').next().unwrap_or_default();
    let (_, ext) = name.rsplit_once('.')?;
    match ext.to_ascii_lowercase().as_str() {
        "pdf" => Some(Format::Pdf),
        "docx" => Some(Format::Docx),
        "xlsx" => Some(Format::Xlsx),
        "xls" => Some(Format::Xls),
        _ => None,
    }
}

/// How a file is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reader {
    Pdf,
    Docx,
    Xlsx,
    /// BIFF, the binary `.xls`.
    Xls,
    /// An HTML table or Excel 2003 XML named `.xls`.
    Markup,
}

impl Reader {
    fn format(self) -> Format {
        match self {
            Reader::Pdf => Format::Pdf,
            Reader::Docx => Format::Docx,
            Reader::Xlsx => Format::Xlsx,
            Reader::Xls | Reader::Markup => Format::Xls,
        }
    }
}

/// The file's real format by its first bytes: a `.xls` that is an `.xlsx`
/// (common: renamed files) is read as what it is, one that is an HTML table
/// or Excel 2003 XML as markup; HTML under another name (an error page
/// served for a missing file) or anything else is not read.
fn sniff(named: Format, body: &[u8]) -> Option<Reader> {
    let zip = body.starts_with(b"PK\x03\x04");
    let ole = body.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
    // A PDF's header may come after some junk, within the first KB.
    let pdf = body[..body.len().min(1024)].windows(5).any(|w| w == b"%PDF-");
    match named {
        Format::Pdf if pdf => Some(Reader::Pdf),
        Format::Docx if zip => Some(Reader::Docx),
        Format::Xlsx | Format::Xls if zip => Some(Reader::Xlsx),
        Format::Xlsx | Format::Xls if ole => Some(Reader::Xls),
        Format::Xls if markup::is_markup(body) => Some(Reader::Markup),
        _ => None,
    }
}

/// Reads a file's text within `budget`. Never panics; CPU-bound: call it
/// on the blocking pool.
pub fn extract(named: Format, body: &[u8], budget: &Budget) -> (Format, Extracted) {
    let Some(reader) = sniff(named, body) else {
        return (named, Extracted { parts: Vec::new(), cut: Some(Cut::Unreadable) });
    };
    let format = reader.format();
    let mut out = Collector::new(budget);
    let read = catch_unwind(AssertUnwindSafe(|| match reader {
        Reader::Pdf => pdf::read(body, &mut out),
        Reader::Docx => docx::read(body, &mut out),
        Reader::Xlsx | Reader::Xls => sheet::read(format, body, &mut out),
        Reader::Markup => markup::read(body, &mut out),
    }));
    let cut = match read {
        Ok(Ok(())) => out.cut.clone(),
        Ok(Err(cut)) => Some(out.cut.clone().unwrap_or(cut)),
        Err(_) => {
            tracing::debug!("a {} attachment broke its reader", format.as_str());
            Some(Cut::Unreadable)
        }
    };
    (format, Extracted { parts: out.parts, cut })
}

/// Gathers the parts within the text and time budgets.
pub(crate) struct Collector {
    parts: Vec<Part>,
    chars: usize,
    budget: Budget,
    deadline: Instant,
    cut: Option<Cut>,
}

impl Collector {
    fn new(budget: &Budget) -> Self {
        Collector {
            parts: Vec::new(),
            chars: 0,
            budget: *budget,
            deadline: Instant::now() + budget.time,
            cut: None,
        }
    }

    /// Keeps a part; `false` once a budget is spent (the reader stops).
    pub(crate) fn push(&mut self, location: Location, text: String) -> bool {
        if self.cut.is_some() {
            return false;
        }
        if Instant::now() > self.deadline {
            self.cut = Some(Cut::Time);
            return false;
        }
        // Not trimmed: a row's leading empty cells keep its columns.
        if text.trim().is_empty() {
            return true;
        }
        let n = text.chars().count();
        if self.chars + n > self.budget.text {
            self.cut = Some(Cut::Text);
            return false;
        }
        self.chars += n;
        self.parts.push(Part { location, text });
        true
    }

    /// Whether time is up (for readers between costly steps).
    pub(crate) fn out_of_time(&mut self) -> bool {
        if Instant::now() > self.deadline {
            self.cut.get_or_insert(Cut::Time);
            return true;
        }
        false
    }

    pub(crate) fn unpacked_budget(&self) -> usize {
        self.budget.unpacked
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[test]
    fn formats_by_name_and_by_bytes() {
        assert_eq!(format_of("/fj/2026/名单.XLSX"), Some(Format::Xlsx));
        assert_eq!(format_of("/a/b.doc"), None);
        assert_eq!(format_of("/a/b"), None);
        assert_eq!(sniff(Format::Xls, b"PK\x03\x04rest"), Some(Reader::Xlsx), "a renamed xlsx");
        assert_eq!(sniff(Format::Xls, b"\xEF\xBB\xBF <table>"), Some(Reader::Markup), "an HTML table");
        assert_eq!(sniff(Format::Xlsx, b"<table>"), None);
        assert_eq!(sniff(Format::Pdf, b"<!DOCTYPE html><title>404</title>"), None);
    }

    #[test]
    fn garbage_and_truncated_files_are_unreadable_not_panics() {
        let budget = Budget::default();
        for (format, body) in [
            (Format::Pdf, b"%PDF-1.4\n1 0 obj << /Type /Catalog".to_vec()),
            (Format::Docx, b"PK\x03\x04\x14\x00\x00\x00garbage".to_vec()),
            (Format::Xlsx, b"PK\x03\x04".to_vec()),
            (Format::Xls, vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 1]),
            (Format::Pdf, Vec::new()),
        ] {
            let (_, extracted) = extract(format, &body, &budget);
            assert!(extracted.parts.is_empty(), "{format:?}");
            assert_eq!(extracted.cut, Some(Cut::Unreadable), "{format:?}");
        }
    }

    fn rows(rows: &[&[&str]]) -> Vec<Vec<String>> {
        rows.iter().map(|r| r.iter().map(|c| (*c).to_owned()).collect()).collect()
    }

    fn located(extracted: &Extracted) -> Vec<(Location, &str)> {
        extracted.parts.iter().map(|p| (p.location.clone(), p.text.as_str())).collect()
    }

    #[test]
    fn xlsx_rows_keep_their_sheet_row_and_columns() {
        let book = demo::files::xlsx(
            "公示名单",
            &rows(&[&["姓名", "身份证号码"], &["", ""], &["张三", "11010519491231002X"]]),
        );
        let (format, extracted) = extract(Format::Xlsx, &book, &Budget::default());
        assert_eq!(format, Format::Xlsx);
        assert_eq!(extracted.cut, None);
        let row = |row| Location::Row { sheet: "公示名单".into(), row };
        assert_eq!(
            located(&extracted),
            vec![(row(1), "姓名\t身份证号码"), (row(3), "张三\t11010519491231002X")]
        );
        // Named .xls, served as the .xlsx it is.
        assert_eq!(extract(Format::Xls, &book, &Budget::default()).0, Format::Xlsx);
    }

    #[test]
    fn pdf_pages_keep_their_lines() {
        let doc = demo::files::pdf(&[
            vec!["低保对象公示".to_owned()],
            vec!["序号 姓名 身份证号".to_owned(), "1 李四 5107231990****1234".to_owned()],
        ]);
        let (format, extracted) = extract(Format::Pdf, &doc, &Budget::default());
        assert_eq!(format, Format::Pdf);
        assert_eq!(extracted.cut, None);
        let got = located(&extracted);
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].0, Location::Page(1));
        assert_eq!(got[1], (Location::Page(2), "序号 姓名 身份证号\n1 李四 5107231990****1234\n"));
    }

    #[test]
    fn a_zip_bomb_workbook_stops_before_calamine() {
        let mut book = demo::files::xlsx("S", &rows(&[&["a"]]));
        let budget = Budget { unpacked: 64 * 1024, ..Budget::default() };
        assert_eq!(extract(Format::Xlsx, &book, &budget).1.cut, None);
        // A sheet of 1 MB of zeros deflates to a few KB.
        let big = format!("<worksheet><sheetData>{}</sheetData></worksheet>", "0".repeat(1 << 20));
        book = demo::files::xlsx("S", &rows(&[&[big.as_str()]]));
        let (_, extracted) = extract(Format::Xlsx, &book, &budget);
        assert!(book.len() < 64 * 1024, "{} bytes", book.len());
        assert_eq!(extracted.cut, Some(Cut::Unpacked));
        assert!(extracted.parts.is_empty());
    }

    #[test]
    fn time_and_text_budgets_cut_the_read() {
        let many: Vec<Vec<String>> = (0..500).map(|i| vec![format!("第{i}行"), "张三".into()]).collect();
        let book = demo::files::xlsx("S", &many);
        let no_time = Budget { time: Duration::ZERO, ..Budget::default() };
        assert_eq!(extract(Format::Xlsx, &book, &no_time).1.cut, Some(Cut::Time));
        let little_text = Budget { text: 100, ..Budget::default() };
        let (_, extracted) = extract(Format::Xlsx, &book, &little_text);
        assert_eq!(extracted.cut, Some(Cut::Text));
        assert!(extracted.parts.iter().map(|p| p.text.chars().count()).sum::<usize>() <= 100);
    }
}

#[cfg(test)]
mod hostile {
    use super::*;

    /// A PDF whose one object nests arrays `depth` deep.
    fn nested_pdf(depth: usize) -> Vec<u8> {
        let obj = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        let body = format!("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /X {obj} >>\nendobj\n");
        let xref = body.len();
        format!("{body}xref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<< /Size 2 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n")
            .into_bytes()
    }

    /// Files of each format cut short and with bytes overwritten, as a
    /// damaged download or a hostile server sends them: each is read or
    /// refused, within the time budget, and nothing escapes as a panic.
    #[test]
    fn damaged_files_are_read_or_refused_in_time() {
        let rows: Vec<Vec<String>> =
            (0..40).map(|i| vec![format!("{i}"), "张三".into(), "11010519491231002X".into()]).collect();
        let files = [
            (Format::Pdf, demo::files::pdf(&vec![vec!["身份证号 11010519491231002X".to_owned(); 20]; 3])),
            (Format::Docx, demo::files::docx(&["公示"; 20], &rows)),
            (Format::Xlsx, demo::files::xlsx("S", &rows)),
        ];
        let budget = Budget { time: Duration::from_secs(2), ..Budget::default() };
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for (format, file) in &files {
            for round in 0..60 {
                let mut damaged = file.clone();
                if round % 2 == 0 {
                    damaged.truncate((next() as usize) % file.len());
                } else {
                    for _ in 0..1 + round / 6 {
                        let at = (next() as usize) % damaged.len();
                        damaged[at] = next() as u8;
                    }
                }
                let start = std::time::Instant::now();
                let _ = extract(*format, &damaged, &budget);
                assert!(start.elapsed() < budget.time + Duration::from_secs(1), "{format:?} round {round}");
            }
        }
    }

    #[test]
    fn deeply_nested_pdf_objects() {
        let (_, extracted) = extract(Format::Pdf, &nested_pdf(100_000), &Budget::default());
        assert!(extracted.parts.is_empty());
    }
}
