//! Whether an element can take keyboard focus, as axe-core decides it
//! (`commons/dom/focus-disabled.js`, `is-natively-focusable.js`,
//! `is-focusable.js`, `is-in-tab-order.js`), read from HTML alone.
//!
//! The one copy for every group: roles depend on it (a focusable element
//! overrides `role="none"`), and so do `aria-hidden-focus`, `link-name`,
//! `frame-title` and `duplicate-id`.

use scraper::ElementRef;

use super::dom::Dom;
use super::js::parse_tabindex;
use super::roles::{closest, input_type, parent_element};
use crate::facts::html::attr::Attr;

/// axe's `focusDisabled`: `disabled` on a form control, `inert` on it or
/// an ancestor, a disabled fieldset around it (outside its legend), or
/// hidden from everyone (except `<area>`).
pub fn focus_disabled(dom: &Dom<'_>, el: ElementRef<'_>) -> bool {
    let v = el.value();
    let can_be_disabled = matches!(
        v.name(),
        "button"
            | "command"
            | "fieldset"
            | "keygen"
            | "optgroup"
            | "option"
            | "select"
            | "textarea"
            | "input"
    );
    if (can_be_disabled && v.attr_of("disabled").is_some())
        || closest(el, |e| e.value().attr_of("inert").is_some()).is_some()
    {
        return true;
    }
    let mut parent = parent_element(el);
    while let Some(p) = parent {
        match p.value().name() {
            "legend" => break,
            "fieldset" if p.value().attr_of("disabled").is_some() => return true,
            _ => {}
        }
        parent = parent_element(p);
    }
    v.name() != "area" && dom.is_hidden(el)
}

/// axe's `isNativelyFocusable` once `focusDisabled` has been asked.
fn natively_focusable_tag(el: ElementRef<'_>) -> bool {
    let v = el.value();
    match v.name() {
        "a" | "area" => v.attr_of("href").is_some(),
        "input" => input_type(el) != "hidden",
        "textarea" | "select" | "summary" | "button" => true,
        "details" => !el.descendants().filter_map(ElementRef::wrap).any(|d| d.value().name() == "summary"),
        _ => false,
    }
}

/// axe's `isFocusable`: not focus-disabled, and natively focusable or with
/// a `tabindex` that parses.
pub fn is_focusable(dom: &Dom<'_>, el: ElementRef<'_>) -> bool {
    !focus_disabled(dom, el)
        && (natively_focusable_tag(el) || parse_tabindex(el.value().attr_of("tabindex")).is_some())
}

/// axe's `isInTabOrder`: focusable and no negative `tabindex`.
pub fn is_tabbable(dom: &Dom<'_>, el: ElementRef<'_>) -> bool {
    parse_tabindex(el.value().attr_of("tabindex")).is_none_or(|t| t >= 0) && is_focusable(dom, el)
}

#[cfg(test)]
mod tests {
    use scraper::Html;

    use super::*;

    fn with(html: &str, f: impl FnOnce(&Dom<'_>, ElementRef<'_>)) {
        let doc = Html::parse_document(html);
        let dom = Dom::new(&doc);
        let el = dom.by_id("t").next().expect("fixture has #t");
        f(&dom, el);
    }

    #[test]
    fn focusability_follows_axe() {
        let cases: &[(&str, bool, bool)] = &[
            (r#"<a id=t href="/">x</a>"#, true, true),
            (r#"<a id=t>x</a>"#, false, false),
            (r#"<span id=t tabindex="-1">x</span>"#, true, false),
            (r#"<span id=t tabindex="0">x</span>"#, true, true),
            (r#"<a id=t href="/" tabindex="-1">x</a>"#, true, false),
            (r#"<button id=t disabled>x</button>"#, false, false),
            (r#"<fieldset disabled><input id=t></fieldset>"#, false, false),
            (r#"<fieldset disabled><legend><input id=t></legend></fieldset>"#, true, true),
            (r#"<div inert><a id=t href="/">x</a></div>"#, false, false),
            (r#"<div style="display:none"><a id=t href="/">x</a></div>"#, false, false),
            (r#"<input id=t type="hidden">"#, false, false),
            (r#"<input id=t type="HIDDEN">"#, false, false),
            (r#"<details id=t><p>x</p></details>"#, true, true),
            (r#"<details id=t><summary>s</summary></details>"#, false, false),
            (r#"<iframe id=t src="/m"></iframe>"#, false, false),
        ];
        for &(html, focusable, tabbable) in cases {
            with(html, |dom, el| {
                assert_eq!(is_focusable(dom, el), focusable, "{html}");
                assert_eq!(is_tabbable(dom, el), tabbable, "{html}");
            });
        }
    }
}
