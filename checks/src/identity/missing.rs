//! `identity.missing` (being written).

use crate::audit::Severity;
use crate::page_check::{PageDoc, PageIssue};
use crate::registry::CheckInfo;

pub const INFO: CheckInfo = CheckInfo {
    id: "identity.missing",
    severity: Severity::Deduction,
    title_zh: "identity.missing",
    title_en: "identity.missing",
    docs_zh: "TODO",
    docs_en: "TODO",
};

pub fn run(_doc: &PageDoc<'_>) -> Vec<PageIssue> {
    Vec::new()
}
