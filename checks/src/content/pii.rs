//! `content.pii` (being written).

use crate::audit::Severity;
use crate::page_check::{PageDoc, PageIssue};
use crate::registry::CheckInfo;

pub const INFO: CheckInfo = CheckInfo {
    id: "content.pii",
    severity: Severity::Deduction,
    title_zh: "content.pii",
    title_en: "content.pii",
    docs_zh: "TODO",
    docs_en: "TODO",
};

pub fn run(_doc: &PageDoc<'_>) -> Vec<PageIssue> {
    Vec::new()
}
