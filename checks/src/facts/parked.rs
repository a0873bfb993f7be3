//! Whether an external page is a parked or for-sale domain's page: what a
//! lapsed domain shows once a registrar, a parking service or a domain
//! trader holds it, before it is resold (often to a gambling site).
//!
//! Read on the start of the page only ([`BODY_BYTES`]), with one
//! case-insensitive multi-pattern pass: the markers are the wording of the
//! registrars' and traders' own pages (该域名出售, "This domain may be for
//! sale"), the parking services' names as their pages load them (sedo,
//! bodis, parkingcrew, dan.com, afternic…) and the scripts that send a
//! parked domain's visitor to the parking service's lander (`/lander`,
//! `ww1.` hosts).

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder};

/// How much of an external page is read for the markers.
pub const BODY_BYTES: usize = 64 * 1024;

/// The markers, as written on the pages (matched ignoring ASCII case).
pub const MARKERS: &[&str] = &[
    // Chinese registrars' and traders' pages.
    "该域名出售",
    "此域名出售",
    "本域名出售",
    "该域名正在出售",
    "此域名正在出售",
    "本域名正在出售",
    "域名正在出售",
    "该域名可以出售",
    "该域名可转让",
    "此域名可转让",
    "域名停放",
    "域名待售",
    "该域名已过期",
    "域名已到期",
    // English wording.
    "this domain may be for sale",
    "this domain is for sale",
    "the domain name is for sale",
    "is for sale!",
    "buy this domain",
    "this domain has expired",
    "this domain name has expired",
    "domain parking",
    "parked free, courtesy of godaddy",
    // Parking services and traders, as their pages name or load them.
    "sedoparking.com",
    "sedo.com/search/details",
    "parkingcrew.net",
    "bodis.com",
    "parklogic.com",
    "park.above.com",
    "//dan.com/",
    "www.dan.com",
    "afternic.com",
    "hugedomains.com",
    "undeveloped.com",
    "domainmarket.com",
    "godaddy.com/domainsearch",
    // Scripts sending the visitor to a parking lander.
    "\"/lander\"",
    "'/lander'",
    "//ww1.",
];

static MATCHER: LazyLock<Option<AhoCorasick>> =
    LazyLock::new(|| AhoCorasickBuilder::new().ascii_case_insensitive(true).build(MARKERS).ok());

/// The marker `name` names, as a journal stored it (`None` for a marker
/// this version no longer looks for).
pub fn known(name: &str) -> Option<&'static str> {
    MARKERS.iter().copied().find(|m| *m == name)
}

/// The first marker found in `body` (read to [`BODY_BYTES`]), as written in
/// [`MARKERS`].
pub fn detect(body: &[u8]) -> Option<&'static str> {
    let body = &body[..body.len().min(BODY_BYTES)];
    let matcher = MATCHER.as_ref()?;
    matcher.find(body).map(|m| MARKERS[m.pattern().as_usize()])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_registrars_traders_and_landers() {
        let page = "<html><title>qxzt2019.com</title><body><h1>该域名出售，欢迎联系</h1>";
        assert_eq!(detect(page.as_bytes()), Some("该域名出售"));
        assert_eq!(detect(b"<h1>This Domain May Be For Sale</h1>"), Some("this domain may be for sale"));
        assert_eq!(detect(b"<script>window.location.href=\"/lander\"</script>"), Some("\"/lander\""));
        assert_eq!(detect(b"<script src=\"https://www.sedoparking.com/js/x.js\">"), Some("sedoparking.com"));
    }

    #[test]
    fn a_stored_marker_comes_back_only_if_still_known() {
        assert_eq!(known("该域名出售"), Some("该域名出售"));
        assert_eq!(known("a marker of an older version"), None);
    }

    #[test]
    fn ordinary_pages_and_far_markers_are_not_parked() {
        assert_eq!(detect("<h1>四川省人民政府</h1><p>域名注册服务</p>".as_bytes()), None);
        assert_eq!(detect(b"<a href=\"https://www.sedan.com/\">cars</a>"), None);
        let mut far = vec![b' '; BODY_BYTES];
        far.extend_from_slice("该域名出售".as_bytes());
        assert_eq!(detect(&far), None);
    }
}
