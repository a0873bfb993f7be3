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
pub mod blink;
pub mod document_title;
pub mod duplicate_id;
pub mod duplicate_id_aria;
pub mod html_has_lang;
pub mod html_lang_valid;
mod lang_codes;
pub mod marquee;
pub mod meta_refresh;
pub mod meta_viewport;
mod support;
pub mod tabindex;
pub mod valid_lang;

use crate::page_check::{PageCheck, Scope};

/// The rules of this group, in the order `govaudit checks` lists them.
pub const RULES: &[PageCheck] = &[
    PageCheck { info: &document_title::INFO, scope: Scope::EveryPage, run: document_title::run },
    PageCheck { info: &html_has_lang::INFO, scope: Scope::EveryPage, run: html_has_lang::run },
    PageCheck { info: &html_lang_valid::INFO, scope: Scope::EveryPage, run: html_lang_valid::run },
    PageCheck { info: &valid_lang::INFO, scope: Scope::EveryPage, run: valid_lang::run },
    PageCheck { info: &meta_viewport::INFO, scope: Scope::EveryPage, run: meta_viewport::run },
    PageCheck { info: &meta_refresh::INFO, scope: Scope::EveryPage, run: meta_refresh::run },
    PageCheck { info: &marquee::INFO, scope: Scope::EveryPage, run: marquee::run },
    PageCheck { info: &blink::INFO, scope: Scope::EveryPage, run: blink::run },
    PageCheck { info: &tabindex::INFO, scope: Scope::EveryPage, run: tabindex::run },
    PageCheck { info: &aria_hidden_body::INFO, scope: Scope::EveryPage, run: aria_hidden_body::run },
    PageCheck { info: &duplicate_id_aria::INFO, scope: Scope::EveryPage, run: duplicate_id_aria::run },
    PageCheck { info: &duplicate_id::INFO, scope: Scope::EveryPage, run: duplicate_id::run },
];

/// The root `<html>` element when axe would test it: rules on it keep
/// axe's default `excludeHidden`, so an `aria-hidden` or `inert` root is
/// skipped.
fn root_for_rules<'a>(doc: &crate::page_check::PageDoc<'a>) -> Option<scraper::ElementRef<'a>> {
    let root = doc.html.root_element();
    support::screen_reader_visible(doc.dom, root).then_some(root)
}

#[cfg(test)]
pub(crate) mod test_util {
    use crate::html::analyze;
    use crate::page_check::PageIssue;

    /// The issues `check` raises on `html` (all page checks run).
    pub fn issues(check: &str, html: &str) -> Vec<PageIssue> {
        let url = "http://www.qingxi.gov.cn/xwzx/index.html";
        let analysis = crate::html::with_test_input(html, url, encoding_rs::UTF_8, analyze);
        analysis.issues.into_iter().filter(|i| i.check == check).collect()
    }

    pub fn count(check: &str, html: &str) -> usize {
        issues(check, html).len()
    }
}
