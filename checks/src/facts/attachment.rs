//! Attachments of the audited site (PDF, Word, Excel files its pages link
//! to): their text as the crawler extracted it, and what the crawl keeps of
//! each once its text is scanned.
//!
//! Extraction itself (reading a file's bytes) is the binary's
//! (`src/extract/`): it needs parsers this crate does not carry. Here is
//! the contract: text in [`Part`]s, each with the place in the file a
//! reader would look ([`Location`]), and the compact [`AttachmentScan`] the
//! site checks read, so the crawl keeps a few masked values per file, never
//! its text.

use serde::{Deserialize, Serialize};

use crate::facts::crawl::TargetId;

/// The file formats whose text is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Pdf,
    Docx,
    Xlsx,
    Xls,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Docx => "docx",
            Format::Xlsx => "xlsx",
            Format::Xls => "xls",
        }
    }
}

/// Where a piece of text sits in its file, numbered from 1 as a reader
/// counts.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Location {
    /// A PDF page.
    Page(u32),
    /// A spreadsheet row (`sheet`, the row number Excel shows).
    Row { sheet: String, row: u32 },
    /// A Word paragraph (outside tables).
    Paragraph(u32),
    /// A Word table's row.
    TableRow { table: u32, row: u32 },
}

/// A piece of an attachment's text: a PDF page (its lines kept), a
/// spreadsheet row or a Word table row (cells joined by tabs), a paragraph.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Part {
    pub location: Location,
    pub text: String,
}

/// Why an attachment was read only in part or not at all. A budget
/// reached is a note on the file, never a failure of the crawl.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Cut {
    /// Larger than the bytes fetched per file: not read.
    Bytes,
    /// Its compressed parts unpack to more than the budget (a zip bomb or
    /// a huge workbook): read up to it.
    Unpacked,
    /// Reading took longer than the budget: what was read by then is kept.
    Time,
    /// More text than is kept per file: the rest is not scanned.
    Text,
    /// Not a file of its format, damaged or encrypted.
    Unreadable,
}

/// An attachment's text as extracted.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Extracted {
    pub parts: Vec<Part>,
    pub cut: Option<Cut>,
}

/// The kinds of personal number recognised.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NumberKind {
    IdCard,
    Mobile,
    BankCard,
}

/// A personal number found in an attachment, already masked.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Hit {
    pub kind: NumberKind,
    /// The value as a report may show it (never whole).
    pub masked: String,
    /// Masked, but not enough: an ID number's birth date or most of a
    /// mobile number still readable.
    pub half_masked: bool,
    pub location: Location,
}

/// What the crawl keeps of one attachment of the site.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AttachmentScan {
    /// The file's URL.
    pub target: TargetId,
    pub format: Format,
    pub hits: Vec<Hit>,
    /// Distinct persons named beside an unmasked number (a 姓名 cell in
    /// the number's row or line).
    pub persons: u32,
    /// The wrong-word lexicon's words in the text (the three
    /// `content.*` wrong-word checks report them by grade).
    pub words: Vec<AttachmentWord>,
    pub cut: Option<Cut>,
}

/// A lexicon word in an attachment: the hit (its count over the whole
/// file) and where it first appears.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AttachmentWord {
    pub hit: crate::facts::lexicon::WordHit,
    pub location: Location,
}
