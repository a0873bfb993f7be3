//! `identity.no-error-report-entry` (being written).

use crate::audit::Severity;
use crate::page_check::{PageDoc, PageIssue};
use crate::registry::CheckInfo;

pub const INFO: CheckInfo = CheckInfo {
    id: "identity.no-error-report-entry",
    severity: Severity::Deduction,
    title_zh: "identity.no-error-report-entry",
    title_en: "identity.no-error-report-entry",
    docs_zh: "TODO",
    docs_en: "TODO",
};

pub fn run(_doc: &PageDoc<'_>) -> Vec<PageIssue> {
    Vec::new()
}
