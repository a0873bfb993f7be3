//! What the page's own stylesheets hide: the `<style>` blocks and the
//! same-site sheets it links (fetched by the crawler, once per site, and
//! handed in through [`crate::facts::html::PageInput::stylesheets`]).
//!
//! Only what decides visibility without layout is read: `display:none`,
//! `visibility:hidden|collapse` and the declarations that undo them, with
//! their `!important`, specificity and order against each other and
//! against the inline `style` (see [`cascade`]). Out of reach without a
//! browser, and so left out, in the direction of checking the element as
//! before: media queries (rules inside `@media`/`@supports` may show an
//! element, never hide it), dynamic pseudo-classes (`:hover`, `:focus`),
//! pseudo-elements, `@layer`, CSS nesting, custom properties (`var()`),
//! scripts that change classes, and anything that hides by geometry
//! (off-screen positioning, zero size, `clip`, `opacity`).

pub mod cascade;
pub mod conceal;
pub mod sheet;

use std::collections::BTreeMap;
use std::sync::{Arc, LazyLock};

use regex::Regex;
use url::Url;

use crate::url_norm::Normalizer;
pub use sheet::Sheet;

/// The bounds that keep a hostile or huge sheet from costing more than a
/// page: what one sheet may hold, and what one page may match.
pub mod limits {
    use std::time::Duration;

    /// Bytes of one sheet read (the crawler reads no more; a `<style>`
    /// block is cut here too).
    pub const SHEET_BYTES: usize = 512 * 1024;
    /// Rules of one sheet read, kept or not.
    pub const SHEET_RULES: usize = 20_000;
    /// Wall time one sheet's parse may take before the rest is left out.
    pub const PARSE_TIME: Duration = Duration::from_millis(200);
    /// `@import`s of one sheet followed (one level only).
    pub const IMPORTS_PER_SHEET: usize = 8;
    /// A longer selector list, or one with more brackets, is not a real one.
    pub const SELECTOR_BYTES: usize = 4 * 1024;
    pub const SELECTOR_NESTING: usize = 32;
    /// `<style>` blocks and linked sheets one page applies.
    pub const SHEETS_PER_PAGE: usize = 32;
    /// Rules (selectors with a `display`/`visibility` declaration) one page
    /// applies.
    pub const PAGE_RULES: usize = 20_000;
    /// Selector matches one page may try (the cost is rules × elements,
    /// cut down by indexing rules by id, class and tag): past it, elements
    /// later in the document get their inline style only.
    pub const PAGE_MATCHES: usize = 20_000;
    /// Selector matches one page may try to explain why the elements
    /// around its links to other sites are out of sight (`link.hidden`).
    pub const CONCEAL_MATCHES: usize = 5_000;
    /// Sheets the crawler fetches for one site, and their bytes.
    pub const SHEETS_PER_SITE: usize = 64;
    pub const SITE_BYTES: usize = 8 * 1024 * 1024;
}

/// Stylesheets the crawler fetched, by their normalised absolute URL: the
/// ones a page links and the ones those import.
#[derive(Clone, Default)]
pub struct LinkedSheets(BTreeMap<String, Arc<Sheet>>);

static NONE: LinkedSheets = LinkedSheets(BTreeMap::new());

impl LinkedSheets {
    /// No linked sheet: `govaudit inspect --file`, and pages read without a
    /// crawl, apply their `<style>` blocks only.
    pub fn none() -> &'static LinkedSheets {
        &NONE
    }

    pub fn insert(&mut self, url: &Url, sheet: Arc<Sheet>) {
        self.0.insert(url.as_str().to_owned(), sheet);
    }

    pub fn get(&self, url: &Url) -> Option<&Arc<Sheet>> {
        self.0.get(url.as_str())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Whether a `media` attribute (or an `@import`'s media list) applies on a
/// screen without evaluating media features: absent, `all` or `screen`.
pub fn media_applies(media: Option<&str>) -> bool {
    media.is_none_or(|m| {
        m.split(',').all(|q| {
            let q = q.trim();
            q.is_empty() || q.eq_ignore_ascii_case("all") || q.eq_ignore_ascii_case("screen")
        })
    })
}

/// The stylesheet URLs a page's HTML asks for (`<link rel=stylesheet>`,
/// and `@import` in its `<style>` blocks), resolved against its `<base>`
/// and normalised as the page's own links are, in document order. Read
/// from the text with a cheap scan, before the page is parsed, so the
/// crawler can fetch them first; [`cascade::PageStyles::read`] decides from
/// the parsed page which of them apply.
pub fn linked_urls(html: &str, page: &Url, normalizer: &Normalizer) -> Vec<Url> {
    static TAG: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"(?i)<(link|base)\s[^>]*>|@import\s+(?:url\(\s*)?["']?([^"')\s;]+)"#)
            .expect("static regex")
    });
    static ATTR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"(?i)\b(rel|href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))"#).expect("static regex")
    });
    let mut base = page.clone();
    let mut out: Vec<Url> = Vec::new();
    for tag in TAG.captures_iter(html) {
        let raw = if let Some(import) = tag.get(2) {
            Some(import.as_str())
        } else {
            let (mut rel, mut href) = (None, None);
            for attr in ATTR.captures_iter(tag.get(0).map_or("", |m| m.as_str())) {
                let value = attr.get(2).or(attr.get(3)).or(attr.get(4)).map_or("", |m| m.as_str());
                if attr[1].eq_ignore_ascii_case("rel") {
                    rel = Some(value);
                } else {
                    href = Some(value);
                }
            }
            if tag[1].eq_ignore_ascii_case("base") {
                if let Some(b) = href.and_then(|h| page.join(h.trim()).ok()) {
                    base = b;
                }
                continue;
            }
            let is_sheet = rel.is_some_and(|r| {
                r.split_ascii_whitespace().any(|t| t.eq_ignore_ascii_case("stylesheet"))
                    && !r.split_ascii_whitespace().any(|t| t.eq_ignore_ascii_case("alternate"))
            });
            href.filter(|_| is_sheet)
        };
        let Some(mut url) = raw.and_then(|r| base.join(r.trim()).ok()) else { continue };
        if !matches!(url.scheme(), "http" | "https") {
            continue;
        }
        normalizer.normalize(&mut url);
        if !out.contains(&url) {
            out.push(url);
        }
        if out.len() >= limits::SHEETS_PER_PAGE {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_linked_and_imported_sheets() {
        let page = Url::parse("http://www.qingxi.gov.cn/xwzx/index.html").unwrap();
        let html = r#"<head><base href="/static/"><LINK href='a.css' REL="Stylesheet">
            <link rel="alternate stylesheet" href="alt.css"><link rel=icon href=x.ico>
            <link rel=stylesheet href=http://cdn.example.com/b.css>
            <style>@import url("c.css"); @import 'd.css';</style></head>"#;
        let urls: Vec<String> =
            linked_urls(html, &page, &Normalizer::default()).into_iter().map(String::from).collect();
        assert_eq!(
            urls,
            [
                "http://www.qingxi.gov.cn/static/a.css",
                "http://cdn.example.com/b.css",
                "http://www.qingxi.gov.cn/static/c.css",
                "http://www.qingxi.gov.cn/static/d.css",
            ]
        );
    }

    #[test]
    fn media_lists() {
        assert!(media_applies(None) && media_applies(Some("screen, all")) && media_applies(Some("")));
        assert!(!media_applies(Some("print")) && !media_applies(Some("screen and (max-width: 600px)")));
    }
}
