//! axe-core's `no-focusable-content` check (`getFocusableDescendants`):
//! the focusable descendants of an element whose role is of type
//! `widget`, looking into every other descendant. `nested-interactive`
//! and `aria-text` read it.

use scraper::ElementRef;

use super::dom::Dom;
use super::focus::is_focusable;
use super::roles::{RoleOpts, get_role};
use super::standards;

/// The focusable widget descendants of `el`, in document order.
pub fn focusable_descendants<'a>(dom: &Dom<'a>, el: ElementRef<'a>) -> Vec<ElementRef<'a>> {
    let mut found = Vec::new();
    // An explicit stack in document order: a hostile page's depth must not
    // overflow the crawler's stack.
    let mut stack: Vec<ElementRef<'a>> = el.children().filter_map(ElementRef::wrap).collect();
    stack.reverse();
    while let Some(child) = stack.pop() {
        let widget =
            get_role(dom, child, RoleOpts::default()).and_then(standards::role_type) == Some("widget");
        if widget && is_focusable(dom, child) {
            found.push(child);
        } else {
            let start = stack.len();
            stack.extend(child.children().filter_map(ElementRef::wrap));
            stack[start..].reverse();
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use scraper::Html;

    use super::*;

    #[test]
    fn widgets_are_found_in_document_order_and_not_looked_into() {
        let doc = Html::parse_document(
            r#"<div id=t><span><a id=a href="/a"><input id=inner></a></span><i tabindex="0">x</i><select id=b></select></div>"#,
        );
        let dom = Dom::new(&doc);
        let found = focusable_descendants(&dom, dom.by_id("t").next().expect("fixture has #t"));
        let ids: Vec<_> = found.iter().filter_map(|e| e.value().attr("id")).collect();
        assert_eq!(ids, ["a", "b"]);
    }
}
