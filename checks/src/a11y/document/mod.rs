//! Accessibility rules: document group (see `crate::a11y`).
//!
//! Rules about the page as a whole and about markup a template repeats on
//! every page: the title, the page's language and the languages of its
//! parts, duplicate ids, the viewport and refresh `<meta>`, moving text
//! (`<blink>`, `<marquee>`), positive `tabindex`, and `aria-hidden` on the
//! body. Each decides as the pinned axe-core does (the current npm release;
//! 4.11 differs only where a rule's file says so, and in reading
//! `aria-hidden`, which 4.11 takes only as an exact lower-case `true`).
//!
//! For a comparison with axe: `duplicate-id` is deprecated and off by
//! default in axe-core 4.7 and later, so axe must be run with
//! `rules: { 'duplicate-id': { enabled: true } }`; axe files
//! `duplicate-id-aria` failures under `incomplete` ("needs review"), not
//! `violations`; and `tabindex` is a `best-practice` rule, left out when
//! axe runs only the `wcag*` tags. The fixtures and the unit-test tables of
//! this group were run through the pinned axe-core (under jsdom) and agree on
//! the number of failing nodes.

pub mod aria_hidden_body;
pub mod avoid_inline_spacing;
pub mod blink;
pub mod document_title;
pub mod duplicate_id;
pub mod duplicate_id_aria;
pub mod html_has_lang;
pub mod html_lang_valid;
pub mod html_xml_lang_mismatch;
mod lang_codes;
pub mod marquee;
pub mod meta_refresh;
pub mod meta_viewport;
pub mod meta_viewport_large;
mod support;
pub mod tabindex;
pub mod valid_lang;

/// The root `<html>` element when axe would test it: rules on it keep
/// axe's default `excludeHidden`, so an `aria-hidden` or `inert` root is
/// skipped.
fn root_for_rules<'a>(doc: &crate::facts::page::PageDoc<'a>) -> Option<scraper::ElementRef<'a>> {
    let root = doc.html.root_element();
    support::screen_reader_visible(doc.dom, root).then_some(root)
}

#[cfg(test)]
pub(crate) mod test_util {
    use crate::facts::page::PageIssue;
    use crate::registry::analyze;

    /// The issues `check` raises on `html` (all page checks run).
    pub fn issues(check: &str, html: &str) -> Vec<PageIssue> {
        let url = "http://www.qingxi.gov.cn/xwzx/index.html";
        let analysis = crate::facts::html::with_test_input(html, url, encoding_rs::UTF_8, analyze);
        analysis.issues.into_iter().filter(|i| i.check == check).collect()
    }

    pub fn count(check: &str, html: &str) -> usize {
        issues(check, html).len()
    }
}
