//! `content.typo` (being written).

use crate::audit::Severity;
use crate::page_check::{PageDoc, PageIssue};
use crate::registry::CheckInfo;

pub const INFO: CheckInfo = CheckInfo {
    id: "content.typo",
    severity: Severity::Deduction,
    title_zh: "content.typo",
    title_en: "content.typo",
    docs_zh: "TODO",
    docs_en: "TODO",
};

pub fn run(_doc: &PageDoc<'_>) -> Vec<PageIssue> {
    Vec::new()
}
pub const DEFAULT_TYPOS: &[(&str, &str)] = &[];
