//! The one fingerprint of a finding: what identifies "the same problem"
//! from run to run, so that SARIF services keep one alert per problem, the
//! history database tells new from fixed, and a reviewer's mark (误报, 核减,
//! 已知) stays on its finding month after month.
//!
//! It hashes where the problem is — the check, the page, the target, the
//! element, the identity mark, the account and the column — never the
//! detail or evidence, which carry dates and day counts that change every
//! day. FNV-1a 64, written out because `std`'s hashers may change between
//! Rust releases. Each field is length-prefixed, so `("ab", "c")` and
//! `("a", "bc")` differ, and an absent field differs from an empty one.

use crate::check::Finding;

/// The fields hashed, in order.
pub const FIELDS: usize = 7;

/// What identifies a finding's place, in [`FIELDS`] parts.
pub fn parts(f: &Finding) -> [Option<&str>; FIELDS] {
    [
        Some(f.check.as_str()),
        f.page.as_deref(),
        f.target.as_deref(),
        f.selector.as_deref(),
        f.mark.as_deref(),
        f.account.as_deref(),
        f.column.as_deref(),
    ]
}

/// The fingerprint of a finding's parts: 16 lowercase hex digits.
pub fn of_parts(parts: &[Option<&str>]) -> String {
    let mut hash = FNV_OFFSET;
    for part in parts {
        let bytes = part.map_or(&[][..], str::as_bytes);
        let len = part.map_or(u64::MAX, |_| bytes.len() as u64);
        hash = fnv1a(fnv1a(hash, &len.to_le_bytes()), bytes);
    }
    format!("{hash:016x}")
}

/// Whether `text` is written like a fingerprint (16 hex digits), so a typo
/// on the command line or in `review.toml` is named as such.
pub fn is_well_formed(text: &str) -> bool {
    text.len() == 16 && text.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

impl Finding {
    /// This finding's fingerprint, worked out from its fields (the
    /// `fingerprint` field is this value, written into the report).
    pub fn fingerprint(&self) -> String {
        of_parts(&parts(self))
    }
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// Continues an FNV-1a 64 hash over `bytes`.
fn fnv1a(hash: u64, bytes: &[u8]) -> u64 {
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    bytes.iter().fold(hash, |hash, byte| (hash ^ u64::from(*byte)).wrapping_mul(PRIME))
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::check::Severity;

    #[test]
    fn fnv1a_matches_the_reference_values() {
        assert_eq!(fnv1a(FNV_OFFSET, b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(FNV_OFFSET, b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a(FNV_OFFSET, b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn fingerprints_tell_apart_moved_and_missing_fields() {
        let f = |page: Option<&str>, target: Option<&str>| Finding {
            page: page.map(Into::into),
            target: target.map(Into::into),
            ..Finding::new("link.dead", Severity::Deduction)
        };
        let moved = [f(Some("ab"), Some("c")), f(Some("a"), Some("bc")), f(Some(""), None), f(None, None)];
        let prints: BTreeSet<String> = moved.iter().map(Finding::fingerprint).collect();
        assert_eq!(prints.len(), moved.len());
        // The detail and evidence change from day to day; the fingerprint does not.
        let later =
            Finding {
                detail: "已 57 天未更新".into(), evidence: "x".into(), ..f(Some("ab"), Some("c"))
            };
        assert_eq!(later.fingerprint(), moved[0].fingerprint());
        assert!(is_well_formed(&later.fingerprint()));
    }

    #[test]
    fn the_account_and_the_column_tell_findings_apart() {
        // Two accounts' stale verdicts are on no page: only the account names differ.
        let a = Finding {
            account: Some("县政府微信".into()),
            ..Finding::new("account.stale", Severity::Veto)
        };
        let b = Finding { account: Some("县政府微博".into()), ..a.clone() };
        let c =
            Finding { column: Some("通知公告".into()), ..Finding::new("column.stale", Severity::Veto) };
        let d = Finding { column: Some("政策文件".into()), ..c.clone() };
        assert_ne!(a.fingerprint(), b.fingerprint());
        assert_ne!(c.fingerprint(), d.fingerprint());
    }

    #[test]
    fn well_formed_means_sixteen_lowercase_hex_digits() {
        assert!(is_well_formed("0123456789abcdef"));
        assert!(!is_well_formed("0123456789ABCDEF"));
        assert!(!is_well_formed("0123456789abcde"));
        assert!(!is_well_formed("0123456789abcdeg"));
    }
}
