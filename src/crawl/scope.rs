//! What the crawl covers and how each URL is treated.
//!
//! Pages of the audited site (the start host and `include_hosts`) are
//! crawled: fetched with GET and parsed. Everything else a page links to,
//! attachments and external links included, is only checked: HEAD first,
//! nothing parsed. Exclusions and the trap guard decide what is never
//! requested at all, so that every crawl ends.

use std::collections::HashMap;

use checks::facts::crawl::SkipReason;
use regex::Regex;
use url::Url;

use super::trap::PathTraps;

/// Same-shape pages followed in a chain, unless the config says otherwise.
const DEFAULT_MAX_CHAIN: u32 = 5;

/// Longer URLs are not sent: no server takes a request line this long.
pub const MAX_URL_BYTES: usize = 64 * 1024;

/// A host as the scope compares it: the name, and the port when it is not
/// the scheme's default (so `http://x/` and `https://x/` are one site, and
/// `x:8080` is another).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct HostKey {
    host: String,
    port: Option<u16>,
}

impl HostKey {
    pub fn of(url: &Url) -> Option<HostKey> {
        Some(HostKey { host: url.host_str()?.to_ascii_lowercase(), port: url.port() })
    }

    /// Parses `host` or `host:port` as given to `--include-host`.
    pub fn parse(spec: &str) -> Option<HostKey> {
        let url = Url::parse(&format!("http://{}/", spec.trim())).ok()?;
        HostKey::of(&url)
    }
}

/// How a URL will be requested.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plan {
    /// A page of the site: GET, and parse it when it is HTML.
    Crawl,
    /// Only whether it opens: HEAD, falling back to GET.
    Check,
}

/// File extensions that are never HTML pages: attachments, media, assets.
const NOT_PAGES: &[&str] = &[
    "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "wps", "et", "dps", "ofd", "txt", "rtf", "csv",
    "zip", "rar", "7z", "tar", "gz", "bz2", "jpg", "jpeg", "png", "gif", "bmp", "webp", "svg", "ico", "tif",
    "tiff", "mp3", "mp4", "avi", "wmv", "flv", "mov", "mkv", "wav", "swf", "css", "js", "json", "xml",
    "woff", "woff2", "ttf", "eot", "otf", "apk", "exe", "msi", "dmg", "iso", "ceb", "caj",
];

pub struct Scope {
    hosts: Vec<HostKey>,
    exclude: Vec<Regex>,
    external: bool,
    max_query_variants: u32,
    /// Distinct query strings seen per `host/path`, for the trap guard.
    query_variants: HashMap<String, u32>,
    /// The trap guard for what the path does.
    traps: PathTraps,
}

impl Scope {
    pub fn new(hosts: Vec<HostKey>, exclude: Vec<Regex>, external: bool, max_query_variants: u32) -> Self {
        Scope {
            hosts,
            exclude,
            external,
            max_query_variants,
            query_variants: HashMap::new(),
            traps: PathTraps::new(DEFAULT_MAX_CHAIN),
        }
    }

    pub fn with_max_chain(mut self, max_chain: u32) -> Self {
        self.traps = PathTraps::new(max_chain);
        self
    }

    pub fn is_internal(&self, url: &Url) -> bool {
        HostKey::of(url).is_some_and(|k| self.hosts.contains(&k))
    }

    /// Adds a host to the site, as when the start URL redirects to `www.`.
    pub fn add_host(&mut self, url: &Url) {
        if let Some(key) = HostKey::of(url)
            && !self.hosts.contains(&key)
        {
            self.hosts.push(key);
        }
    }

    /// Why a newly met URL, linked from `parent` when a page linked it,
    /// must not be requested, if it must not. Call once per distinct URL:
    /// the trap guard counts the calls.
    pub fn skip_reason(&mut self, url: &Url, internal: bool, parent: Option<&Url>) -> Option<SkipReason> {
        if url.as_str().len() > MAX_URL_BYTES {
            return Some(SkipReason::TooLong);
        }
        if self.exclude.iter().any(|re| re.is_match(url.as_str())) {
            return Some(SkipReason::Excluded);
        }
        if !internal {
            return (!self.external).then_some(SkipReason::External);
        }
        if url.query().is_some() {
            let key = format!("{}{}", url.host_str().unwrap_or_default(), url.path());
            let seen = self.query_variants.entry(key).or_default();
            *seen += 1;
            if *seen > self.max_query_variants {
                return Some(SkipReason::Trap);
            }
        }
        // Attachments are checked, never read: they cannot lead further.
        if !is_not_page(url) && self.traps.is_trap(url, parent) {
            return Some(SkipReason::Trap);
        }
        None
    }
}

/// Whether the URL's path names a file that is not an HTML page.
pub fn is_not_page(url: &Url) -> bool {
    let last = url.path().rsplit('/').next().unwrap_or_default();
    let Some((_, ext)) = last.rsplit_once('.') else { return false };
    NOT_PAGES.iter().any(|e| e.eq_ignore_ascii_case(ext))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    #[test]
    fn same_host_any_default_port_is_internal() {
        let scope = Scope::new(vec![HostKey::parse("www.qingxi.gov.cn").unwrap()], vec![], true, 10);
        assert!(scope.is_internal(&url("http://WWW.qingxi.gov.cn/a")));
        assert!(scope.is_internal(&url("https://www.qingxi.gov.cn/a")));
        assert!(!scope.is_internal(&url("http://www.qingxi.gov.cn:8080/a")));
        assert!(!scope.is_internal(&url("http://qingxi.gov.cn/a")));
    }

    #[test]
    fn include_host_with_port() {
        let scope = Scope::new(vec![HostKey::parse("127.0.0.1:8080").unwrap()], vec![], true, 10);
        assert!(scope.is_internal(&url("http://127.0.0.1:8080/")));
        assert!(!scope.is_internal(&url("http://127.0.0.1:8081/")));
    }

    #[test]
    fn trap_guard_caps_query_variants_per_path() {
        let mut scope = Scope::new(vec![HostKey::parse("h").unwrap()], vec![], true, 3);
        let reasons: Vec<_> =
            (0..5).map(|i| scope.skip_reason(&url(&format!("http://h/cal?m={i}")), true, None)).collect();
        assert_eq!(reasons, vec![None, None, None, Some(SkipReason::Trap), Some(SkipReason::Trap)]);
        assert_eq!(scope.skip_reason(&url("http://h/other?m=9"), true, None), None);
    }

    #[test]
    fn exclusions_and_external_switch() {
        let mut scope =
            Scope::new(vec![HostKey::parse("h").unwrap()], vec![Regex::new("/print/").unwrap()], false, 3);
        assert_eq!(scope.skip_reason(&url("http://h/print/1.html"), true, None), Some(SkipReason::Excluded));
        assert_eq!(scope.skip_reason(&url("http://other/"), false, None), Some(SkipReason::External));
    }

    #[test]
    fn attachments_are_not_pages() {
        assert!(is_not_page(&url("http://h/fj/2026.PDF")));
        assert!(is_not_page(&url("http://h/a/b.docx?x=1")));
        assert!(!is_not_page(&url("http://h/a/t20261120_1.html")));
        assert!(!is_not_page(&url("http://h/a/")));
        assert!(!is_not_page(&url("http://h/list.jsp?id=1")));
    }
}

/// The part of a host name its owner registered: `yanting.gov.cn` for
/// `jyj.yanting.gov.cn`, `qxjyty.com` for `www.qxjyty.com`; an IP address
/// stays whole.
pub fn registered_domain(host: &str) -> String {
    checks::facts::domain::registrable(host)
}

#[cfg(test)]
mod domain_tests {
    use super::registered_domain;

    #[test]
    fn sites_of_one_county_share_a_group() {
        for (host, domain) in [
            ("www.yanting.gov.cn", "yanting.gov.cn"),
            ("jyj.yanting.gov.cn", "yanting.gov.cn"),
            ("www.qxjyty.com", "qxjyty.com"),
            ("www.example.com.cn", "example.com.cn"),
            ("127.0.0.1", "127.0.0.1"),
            ("localhost", "localhost"),
        ] {
            assert_eq!(registered_domain(host), domain);
        }
    }
}
