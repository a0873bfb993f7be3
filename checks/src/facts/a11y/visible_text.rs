//! axe-core's plain readings of an element's text and its label, read
//! from HTML: `visibleVirtual` (`commons/text/visible-virtual.js`: the text
//! nodes under an element whose parent is shown, `<br>` as a space, no
//! alternative text) and `label` (`commons/dom/label-virtual.js`, the
//! text `title-only` asks for: `aria-labelledby`, `aria-label`, the
//! `<label for>`, the enclosing `<label>`).
//!
//! "Shown" is the shared walk's reading ([`Dom`]): hidden from everyone
//! for the screen (`hidden`), hidden from screen readers for assistive
//! technology (`aria_hidden`).

use scraper::ElementRef;
use scraper::node::Node;

use super::dom::{Dom, MAX_NAME_DEPTH};
use super::js::{js_trim, sanitize, token_list};
use super::roles::closest;
use crate::facts::html::attr::Attr;

/// axe's `visibleVirtual(el, screenReader)`, sanitised: the text of `el`
/// that a sighted visitor (`screen_reader` false) or a screen reader sees.
pub fn visible_text(dom: &Dom<'_>, el: ElementRef<'_>, screen_reader: bool) -> String {
    let mut out = String::new();
    collect(dom, el, screen_reader, &mut out, 0);
    sanitize(&out)
}

fn collect(dom: &Dom<'_>, el: ElementRef<'_>, screen_reader: bool, out: &mut String, depth: usize) {
    if depth > MAX_NAME_DEPTH {
        return;
    }
    let shown = dom.entry(el).is_none_or(|e| if screen_reader { !e.aria_hidden } else { !e.hidden });
    for child in el.children() {
        match child.value() {
            Node::Text(t) if shown => out.push_str(t),
            Node::Element(e) if e.name() == "br" => out.push(' '),
            Node::Element(_) => {
                if let Some(c) = ElementRef::wrap(child) {
                    collect(dom, c, screen_reader, out, depth + 1);
                }
            }
            _ => {}
        }
    }
}

/// axe's `label(vNode)`: the first text found among `aria-labelledby`
/// (the referenced elements' visible text, joined), `aria-label`, the
/// first `<label for>` naming the element's id, and the closest
/// enclosing `<label>` (their text as a screen reader reads it).
pub fn label_text(dom: &Dom<'_>, el: ElementRef<'_>) -> Option<String> {
    let v = el.value();
    if let Some(ids) = v.attr_of("aria-labelledby") {
        let refs: Vec<String> = token_list(ids)
            .iter()
            .map(|id| dom.by_id(id).next().map(|r| visible_text(dom, r, false)).unwrap_or_default())
            .collect();
        let joined = refs.join(" ");
        let joined = js_trim(&joined);
        if !joined.is_empty() {
            return Some(joined.to_owned());
        }
    }
    if let Some(label) = v.attr_of("aria-label").map(sanitize).filter(|l| !l.is_empty()) {
        return Some(label);
    }
    if let Some(id) = v.attr_of("id").filter(|id| !id.is_empty()) {
        let first_for = dom.tagged("label").find(|l| l.el.value().attr_of("for") == Some(id));
        if let Some(text) = first_for.map(|l| visible_text(dom, l.el, true)).filter(|t| !t.is_empty()) {
            return Some(text);
        }
    }
    closest(el, |e| e.value().name() == "label").map(|l| visible_text(dom, l, true)).filter(|t| !t.is_empty())
}

#[cfg(test)]
mod tests {
    use scraper::Html;

    use super::*;

    fn with<R>(html: &str, f: impl FnOnce(&Dom<'_>, ElementRef<'_>) -> R) -> R {
        let doc = Html::parse_document(html);
        let dom = Dom::new(&doc);
        let el = dom.by_id("t").next().expect("fixture has #t");
        f(&dom, el)
    }

    #[test]
    fn visible_text_leaves_out_hidden_text_and_alt() {
        let html = r#"<p id=t>站内<br>搜索<span hidden>隐藏</span><span aria-hidden="true">图标</span><img alt="图"></p>"#;
        assert_eq!(with(html, |d, e| visible_text(d, e, false)), "站内 搜索图标");
        assert_eq!(with(html, |d, e| visible_text(d, e, true)), "站内 搜索");
    }

    #[test]
    fn label_text_follows_axe_order() {
        let cases: &[(&str, Option<&str>)] = &[
            (r#"<input id=t title="搜索">"#, None),
            (r#"<input id=t aria-label=" 搜索 ">"#, Some("搜索")),
            (r#"<span id=l>关键字</span><input id=t aria-labelledby="l">"#, Some("关键字")),
            (r#"<span id=l hidden>关键字</span><input id=t aria-labelledby="l">"#, None),
            (r#"<label for=t>关键字</label><input id=t>"#, Some("关键字")),
            (r#"<label for=t aria-hidden="true">关键字</label><input id=t>"#, None),
            (r#"<label>关键字<input id=t></label>"#, Some("关键字")),
            (r#"<label><img alt="搜索"><input id=t></label>"#, None),
        ];
        for (html, want) in cases {
            assert_eq!(with(html, label_text).as_deref(), *want, "{html}");
        }
    }
}
