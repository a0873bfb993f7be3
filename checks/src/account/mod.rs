//! Checks on the official new-media accounts (政务新媒体), each judged once
//! in `crate::model::accounts` from what `crate::facts::account` read.

pub mod due_soon;
pub mod duplicate;
pub mod not_evaluated;
pub mod stale;
pub mod unreachable;
pub mod zombie;

use crate::check::{CheckInfo, Finding};
use crate::model::accounts::Judged;

/// A finding about one account, located as the contract says: `target`
/// the account's URL, `account` and `platform` its name and platform, and
/// `page` the portal page that lists it (none for a roster account).
fn finding(info: &CheckInfo, judged: &Judged<'_>, detail: String, evidence: String) -> Finding {
    let spec = &judged.facts.spec;
    Finding {
        page: spec.listed_on.clone(),
        // An account listed only as a QR code has no address.
        target: (!spec.url.is_empty()).then(|| spec.url.clone()),
        detail,
        evidence,
        account: Some(spec.name.clone()),
        platform: Some(spec.platform.as_str().to_owned()),
        ..Finding::new(info.id, info.severity)
    }
}
