//! Accessibility rules: landmarks group (see `crate::a11y`).
//!
//! The page's landmarks as axe-core judges them: one `main`, no second
//! banner, contentinfo or main, banner, contentinfo and main not inside
//! another landmark, and no two landmarks of a role with the same name.
//! Which elements are landmarks is [`crate::facts::a11y::landmarks`]'s.
//! Every rule here is a best practice in axe (tags `cat.semantics`,
//! `best-practice`): a notice, no points.

use crate::facts::a11y::landmarks::{self, visible_to_screen_readers};
use crate::facts::page::{PageDoc, PageIssue};

pub mod landmark_banner_is_top_level;
pub mod landmark_contentinfo_is_top_level;
pub mod landmark_main_is_top_level;
pub mod landmark_no_duplicate_banner;
pub mod landmark_no_duplicate_contentinfo;
pub mod landmark_no_duplicate_main;
pub mod landmark_one_main;
pub mod landmark_unique;

/// The body of the `landmark-*-is-top-level` rules: every element of the
/// rule's selector (`<tag>:not([role]), [role=<role>]`), visible to screen
/// readers and, where the rule asks (`body_context`), with the body as its
/// context, that sits inside another landmark.
fn not_top_level(
    doc: &PageDoc<'_>,
    check: &'static str,
    tag: &str,
    role: &str,
    body_context: bool,
) -> Vec<PageIssue> {
    let dom = doc.dom;
    dom.entries()
        .filter(|e| landmarks::tag_or_role(e.el, tag, role) && visible_to_screen_readers(dom, e.el))
        .filter(|e| !body_context || landmarks::has_body_context(e.el))
        .filter(|e| !landmarks::is_top_level(dom, e.el))
        .map(|e| {
            let detail = doc.lang().word_with("a11y-landmark-is-top-level-detail", &[("role", role.into())]);
            PageIssue::at(check, e.el).with_detail(detail)
        })
        .collect()
}

/// The body of the `landmark-no-duplicate-*` rules: axe's check runs once,
/// on the first element of the rule's selector visible to screen readers,
/// and fails it when the page has more than one element of the selector
/// (of computed role `count_role`, when given).
fn duplicated(
    doc: &PageDoc<'_>,
    check: &'static str,
    tag: &str,
    role: &str,
    count_role: Option<&str>,
) -> Vec<PageIssue> {
    let dom = doc.dom;
    let selected = |el| landmarks::tag_or_role(el, tag, role);
    let Some(first) = dom.entries().find(|e| selected(e.el) && visible_to_screen_readers(dom, e.el)) else {
        return Vec::new();
    };
    let found = landmarks::duplicates(dom, selected, count_role);
    if found.len() <= 1 {
        return Vec::new();
    }
    let detail = doc.lang().word_with(
        "a11y-landmark-no-duplicate-detail",
        &[("role", role.into()), ("count", found.len().into())],
    );
    vec![PageIssue::at(check, first.el).with_detail(detail)]
}
