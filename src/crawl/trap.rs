//! Crawler traps in the path: URLs a site makes up without end.
//!
//! The query-string guard in [`super::scope`] caps the variants of one
//! path; these rules catch what it cannot see:
//! - a path that repeats itself (`/a/b/a/b/a/b/`, from a relative link that
//!   resolves one level deeper on every page) or grows past any real depth;
//! - a chain of pages each linking to the next of the same shape (numbers
//!   and tokens aside), like an endless calendar `/calendar/2026/1` →
//!   `/calendar/2026/2` → …: followed a few steps, then cut;
//! - session-like tokens in a segment (`/sess/8f3a9c2e7b1d4f60/`): a few
//!   distinct tokens under one parent, then cut.
//!
//! Lists and articles are found from list pages, not by walking a chain, so
//! a real site meets none of these limits.

use std::collections::{HashMap, HashSet};
use std::hash::{DefaultHasher, Hash, Hasher};

use url::Url;

/// More path segments than any real page has.
const MAX_SEGMENTS: usize = 24;

/// A segment seen this often in one path is a loop.
const MAX_REPEATS: usize = 3;

/// Distinct session-like tokens under one parent path.
const MAX_TOKENS: usize = 5;

#[derive(Default)]
pub struct PathTraps {
    /// How many same-shape pages led to a URL, for URLs found that way.
    chains: HashMap<String, u32>,
    /// Distinct tokens (hashed) seen under each parent path.
    tokens: HashMap<String, HashSet<u64>>,
    max_chain: u32,
}

impl PathTraps {
    pub fn new(max_chain: u32) -> Self {
        PathTraps { max_chain, ..PathTraps::default() }
    }

    /// Whether `url`, found on `parent` (when a page linked it), is a trap.
    /// Call once per distinct URL.
    pub fn is_trap(&mut self, url: &Url, parent: Option<&Url>) -> bool {
        let segments: Vec<&str> =
            url.path_segments().map(|s| s.filter(|s| !s.is_empty()).collect()).unwrap_or_default();
        if segments.len() > MAX_SEGMENTS || repeats(&segments) {
            return true;
        }
        if self.new_token_past_limit(url, &segments) {
            return true;
        }
        let Some(parent) = parent.filter(|p| shape(p) == shape(url)) else { return false };
        let chain = self.chains.get(parent.as_str()).copied().unwrap_or(0) + 1;
        if chain > self.max_chain {
            return true;
        }
        self.chains.insert(url.as_str().to_owned(), chain);
        false
    }

    fn new_token_past_limit(&mut self, url: &Url, segments: &[&str]) -> bool {
        for (i, segment) in segments.iter().enumerate() {
            if !is_token(segment) {
                continue;
            }
            let parent = format!("{}/{}", url.host_str().unwrap_or_default(), segments[..i].join("/"));
            let seen = self.tokens.entry(parent).or_default();
            let mut hasher = DefaultHasher::new();
            segment.hash(&mut hasher);
            let token = hasher.finish();
            if !seen.contains(&token) {
                if seen.len() >= MAX_TOKENS {
                    return true;
                }
                seen.insert(token);
            }
        }
        false
    }
}

fn repeats(segments: &[&str]) -> bool {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    segments.iter().any(|s| {
        let n = counts.entry(s).or_default();
        *n += 1;
        *n >= MAX_REPEATS
    })
}

/// The URL with its numbers and tokens blanked: pages of one shape differ
/// only in those.
fn shape(url: &Url) -> String {
    let blank = |part: &str| {
        if !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
            "#".to_owned()
        } else if is_token(part) {
            "*".to_owned()
        } else {
            part.to_owned()
        }
    };
    let path: Vec<String> = url.path().split('/').map(blank).collect();
    let query: Vec<String> = url.query_pairs().map(|(k, v)| format!("{k}={}", blank(&v))).collect();
    format!("{}{}?{}", url.host_str().unwrap_or_default(), path.join("/"), query.join("&"))
}

/// A segment that looks generated for a visit: long, of letters and digits
/// mixed the way random strings are, not the way words and dates are.
fn is_token(segment: &str) -> bool {
    if segment.len() < 16 || !segment.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') {
        return false;
    }
    let digits = segment.bytes().filter(u8::is_ascii_digit).count();
    let letters = segment.bytes().filter(u8::is_ascii_alphabetic).count();
    let switches =
        segment.as_bytes().windows(2).filter(|w| w[0].is_ascii_digit() != w[1].is_ascii_digit()).count();
    digits >= 4 && letters >= 4 && switches >= 6
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    /// Follows `next` from `start` as a crawler would, each page linking
    /// one new URL; how many were let through.
    fn walk(traps: &mut PathTraps, start: &str, next: impl Fn(usize) -> String) -> usize {
        let mut parent = url(start);
        for i in 1..1000 {
            let link = url(&next(i));
            if traps.is_trap(&link, Some(&parent)) {
                return i - 1;
            }
            parent = link;
        }
        1000
    }

    #[test]
    fn chains_of_one_shape_are_cut_after_a_few_steps() {
        let mut traps = PathTraps::new(5);
        assert_eq!(walk(&mut traps, "http://h/a/0", |i| format!("http://h/a/{i}")), 5);
        assert_eq!(
            walk(&mut traps, "http://h/calendar/2026/0", |i| format!("http://h/calendar/2026/{i}")),
            5
        );
        assert_eq!(walk(&mut traps, "http://h/cal?month=0", |i| format!("http://h/cal?month={i}")), 5);
    }

    #[test]
    fn repeating_and_endless_paths_are_traps() {
        let mut traps = PathTraps::new(5);
        assert!(traps.is_trap(&url("http://h/a/b/a/b/a/b/"), None));
        assert!(traps.is_trap(&url(&format!("http://h/{}", "x/".repeat(30))), None));
        assert!(!traps.is_trap(&url("http://h/xxgk/xxgk/index.html"), None));
    }

    #[test]
    fn session_tokens_under_one_parent_are_cut() {
        let mut traps = PathTraps::new(5);
        let token = |i: usize| format!("8f3a9c2e7b1d4f60a5e9c3b2{i:04}");
        let let_through =
            (0..20).filter(|i| !traps.is_trap(&url(&format!("http://h/sess/{}/", token(*i))), None)).count();
        assert_eq!(let_through, MAX_TOKENS);
        // The same token again is the same session.
        assert!(!traps.is_trap(&url(&format!("http://h/sess/{}/news.html", token(0))), None));
    }

    #[test]
    fn real_sites_meet_no_limit() {
        let mut traps = PathTraps::new(5);
        let list = url("http://h/xwzx/index.html");
        // Articles found from their list, each linking to the next.
        for i in 0..500 {
            let article = url(&format!("http://h/xwzx/2026/11/t20261105_{i}.html"));
            assert!(!traps.is_trap(&article, Some(&list)));
        }
        for page in ["http://h/art/2026/11/5/art_1229_12345.html", "http://h/zhengwugongkai2026/index.html"] {
            assert!(!traps.is_trap(&url(page), Some(&list)), "{page}");
        }
        // A pager whose first page links to pages 2–10 directly.
        let first = url("http://h/list.jsp?page=1");
        for i in 2..=10 {
            assert!(!traps.is_trap(&url(&format!("http://h/list.jsp?page={i}")), Some(&first)));
        }
    }
}
