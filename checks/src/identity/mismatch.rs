//! `identity.mismatch` (being written).

use crate::audit::Severity;
use crate::page_check::{PageDoc, PageIssue};
use crate::registry::CheckInfo;

pub const INFO: CheckInfo = CheckInfo {
    id: "identity.mismatch",
    severity: Severity::Deduction,
    title_zh: "identity.mismatch",
    title_en: "identity.mismatch",
    docs_zh: "TODO",
    docs_en: "TODO",
};

pub fn run(_doc: &PageDoc<'_>) -> Vec<PageIssue> {
    Vec::new()
}
