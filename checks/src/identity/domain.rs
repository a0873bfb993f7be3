//! `identity.domain` (being written).

use crate::audit::{Finding, Severity};
use crate::registry::{CheckInfo, SiteContext};

pub const INFO: CheckInfo = CheckInfo {
    id: "identity.domain",
    severity: Severity::Notice,
    title_zh: "identity.domain",
    title_en: "identity.domain",
    docs_zh: "TODO",
    docs_en: "TODO",
};

pub fn run(_ctx: &SiteContext<'_>) -> Vec<Finding> {
    Vec::new()
}
