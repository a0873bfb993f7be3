//! One pass over a parsed page that every accessibility rule shares: which
//! elements a visitor (or a screen reader) can perceive, which ids exist,
//! and the helpers rules use to name and locate an element the way axe-core
//! does (`selector`, a short `snippet`).
//!
//! axe-core runs in a browser and sees computed styles; govaudit has no
//! layout. What decides visibility without one is read here once: the
//! `hidden` attribute, `display:none` and `visibility:hidden|collapse` from
//! the page's own stylesheets and inline `style` as they cascade
//! ([`crate::facts::css`]; `visibility` is inherited and a descendant may
//! say `visible` again), closed `<details>`, `<template>`, `<head>`, and
//! `aria-hidden="true"`. What needs layout (media queries, off-screen
//! positioning, scripts) is out of reach; the README says so.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use ego_tree::NodeId;
use ego_tree::iter::Edge;
use scraper::node::Node;
use scraper::{ElementRef, Html};

use crate::facts::css::LinkedSheets;
use crate::facts::css::cascade::PageStyles;
use crate::facts::css::sheet::{Display, Visibility};
use crate::facts::html::attr::Attr;
use crate::facts::text::Segment;

/// Elements that flow inside a line of text: a word split by them is
/// still one word (`中华人民<b>共合国</b>`). Every other element starts or
/// ends a block of text.
const INLINE: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i", "img",
    "ins", "kbd", "label", "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong", "sub",
    "sup", "time", "tt", "u", "var", "wbr",
];

/// What the walk learned about one element.
#[derive(Clone, Copy, Debug)]
pub struct Entry<'a> {
    pub el: ElementRef<'a>,
    /// Not rendered at all (axe's `isHiddenForEveryone`): the element or an
    /// ancestor is `hidden` or `display:none` (inline or from the page's
    /// stylesheets), a `<template>`, in `<head>`, or inside a closed
    /// `<details>`; or its computed `visibility` is `hidden`/`collapse`.
    pub hidden: bool,
    /// Removed from the accessibility tree: hidden, or the element or an
    /// ancestor has `aria-hidden="true"`.
    pub aria_hidden: bool,
}

/// Hashes a [`NodeId`], which is a small index into the tree, as itself:
/// every rule looks elements up here, and SipHash cost more than the
/// lookups' work.
#[derive(Default)]
pub struct NodeIdHasher(u64);

impl Hasher for NodeIdHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // NodeId hashes through `write_usize`; anything else still hashes.
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_usize(&mut self, n: usize) {
        self.0 = n as u64;
    }
}

/// The page's elements in document order, with their visibility.
pub struct Dom<'a> {
    pub html: &'a Html,
    entries: Vec<Entry<'a>>,
    index: HashMap<NodeId, usize, BuildHasherDefault<NodeIdHasher>>,
    ids: HashMap<&'a str, Vec<usize>>,
    texts: Vec<Segment<'a>>,
    /// Per text segment: a block element opened or closed since the one
    /// before (a paragraph, a table cell, a `<br>`), so a text reader can
    /// tell words split by markup from text in two blocks.
    breaks_before: Vec<bool>,
}

/// What the walk carries down from an open element to its children.
#[derive(Clone, Copy, Default)]
struct Open {
    /// The element or an ancestor is not rendered (`display:none` and the
    /// like): nothing inside can be shown again.
    not_rendered: bool,
    /// The computed `visibility` is `hidden` or `collapse` (inherited).
    invisible: bool,
    /// `not_rendered || invisible`.
    hidden: bool,
    /// The element or an ancestor says `aria-hidden="true"`.
    aria_hidden_attr: bool,
    /// Inside the footer or a contact block.
    footer: bool,
    /// Inside `<textarea>` or `<option>`.
    no_text: bool,
}

impl<'a> Dom<'a> {
    /// The walk with the page's `<style>` blocks (no linked sheet: see
    /// [`Dom::with_styles`]).
    pub fn new(html: &'a Html) -> Self {
        let mut styles = PageStyles::read(html, &|_| None, &|_| {}, LinkedSheets::none());
        Dom::with_styles(html, &mut styles)
    }

    /// The walk with the rules `styles` holds (the page's `<style>` blocks
    /// and the linked sheets the crawler fetched).
    pub fn with_styles(html: &'a Html, styles: &mut PageStyles) -> Self {
        let mut entries = Vec::new();
        let mut index = HashMap::with_capacity_and_hasher(
            html.tree.values().len(),
            BuildHasherDefault::<NodeIdHasher>::default(),
        );
        let mut ids: HashMap<&'a str, Vec<usize>> = HashMap::new();
        let mut texts = Vec::new();
        let mut breaks_before = Vec::new();
        let mut block_edge = true;
        let mut stack: Vec<Open> = Vec::new();
        for edge in html.tree.root().traverse() {
            match edge {
                Edge::Open(node) => {
                    if let Node::Text(t) = node.value() {
                        let parent = stack.last().copied().unwrap_or_default();
                        if !parent.hidden && !parent.no_text && !t.trim().is_empty() {
                            texts.push(Segment { text: t, in_footer: parent.footer });
                            breaks_before.push(std::mem::take(&mut block_edge));
                        }
                        continue;
                    }
                    let Some(el) = ElementRef::wrap(node) else { continue };
                    block_edge |= !INLINE.contains(&el.value().name());
                    let parent = stack.last().copied().unwrap_or_default();
                    let style = styles.cascade(el);
                    // The `hidden` attribute is the browser's own
                    // `display:none`: any author `display` overrides it.
                    let display_none = match style.display {
                        Some(d) => d == Display::None,
                        None => el.value().attr_of("hidden").is_some(),
                    };
                    let not_rendered =
                        parent.not_rendered || never_rendered(el) || display_none || in_closed_details(el);
                    let invisible = match style.visibility {
                        Some(Visibility::Hidden) => true,
                        Some(Visibility::Visible) => false,
                        Some(Visibility::Inherit) | None => parent.invisible,
                    };
                    let hidden = not_rendered || invisible;
                    let aria_hidden_attr = parent.aria_hidden_attr
                        || el
                            .value()
                            .attr_of("aria-hidden")
                            .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"));
                    let aria_hidden = hidden || aria_hidden_attr;
                    stack.push(Open {
                        not_rendered,
                        invisible,
                        hidden,
                        aria_hidden_attr,
                        footer: parent.footer || crate::facts::text::marks_footer(el),
                        // Form values and option labels are not page text.
                        no_text: parent.no_text || matches!(el.value().name(), "textarea" | "option"),
                    });
                    let i = entries.len();
                    index.insert(node.id(), i);
                    if let Some(id) = el.value().attr_of("id") {
                        ids.entry(id).or_default().push(i);
                    }
                    entries.push(Entry { el, hidden, aria_hidden });
                }
                Edge::Close(node) => {
                    if let Some(el) = node.value().as_element() {
                        block_edge |= !INLINE.contains(&el.name());
                        stack.pop();
                    }
                }
            }
        }
        Dom { html, entries, index, ids, texts, breaks_before }
    }

    /// The visible text nodes, in document order (see [`crate::facts::text`]).
    pub fn texts(&self) -> &[Segment<'a>] {
        &self.texts
    }

    /// For each of [`Self::texts`]: whether a block boundary comes before it.
    pub fn breaks_before(&self) -> &[bool] {
        &self.breaks_before
    }

    /// Every element in document order.
    pub fn entries(&self) -> impl Iterator<Item = &Entry<'a>> + '_ {
        self.entries.iter()
    }

    /// The elements named `tag` (lower case), in document order.
    pub fn tagged(&self, tag: &'static str) -> impl Iterator<Item = &Entry<'a>> + '_ {
        self.entries.iter().filter(move |e| e.el.value().name() == tag)
    }

    /// The walk's entry for `el`.
    pub fn entry(&self, el: ElementRef<'a>) -> Option<&Entry<'a>> {
        self.index.get(&el.id()).map(|&i| &self.entries[i])
    }

    pub fn is_hidden(&self, el: ElementRef<'a>) -> bool {
        self.entry(el).is_some_and(|e| e.hidden)
    }

    pub fn is_aria_hidden(&self, el: ElementRef<'a>) -> bool {
        self.entry(el).is_some_and(|e| e.aria_hidden)
    }

    /// The elements carrying `id="…"`, in document order.
    pub fn by_id(&self, id: &str) -> impl Iterator<Item = ElementRef<'a>> + '_ {
        self.ids.get(id).into_iter().flatten().map(|&i| self.entries[i].el)
    }

    /// The first element named `tag`.
    #[cfg(test)]
    pub fn first(&self, tag: &'static str) -> Option<ElementRef<'a>> {
        self.tagged(tag).next().map(|e| e.el)
    }

    /// Text of the elements `aria-labelledby` points to, as axe joins it;
    /// `None` when the attribute is absent or names no existing element.
    /// Referenced elements count even when hidden, as in the accname spec.
    pub fn labelledby_text(&self, el: ElementRef<'a>) -> Option<String> {
        let ids = el.value().attr_of("aria-labelledby")?;
        let texts: Vec<String> = ids
            .split_whitespace()
            .filter_map(|id| self.by_id(id).next())
            .map(|r| self.name_from_content(r, true))
            .collect();
        if texts.is_empty() {
            return None;
        }
        Some(collapse(&texts.join(" ")))
    }

    /// The text an element's content gives it as a name: visible text,
    /// and the alternative text of images and `aria-label` of descendants
    /// (accname's "name from content"). Hidden descendants are left out
    /// unless `include_hidden` (text of an `aria-labelledby` target).
    pub fn name_from_content(&self, el: ElementRef<'a>, include_hidden: bool) -> String {
        let mut out = String::new();
        self.collect_name(el, include_hidden, &mut out, 0);
        collapse(&out)
    }

    fn collect_name(&self, el: ElementRef<'a>, include_hidden: bool, out: &mut String, depth: usize) {
        if depth > MAX_NAME_DEPTH {
            return;
        }
        for child in el.children() {
            match child.value() {
                Node::Text(t) => out.push_str(t),
                Node::Element(_) => {
                    let Some(c) = ElementRef::wrap(child) else { continue };
                    if !include_hidden && self.is_aria_hidden(c) {
                        continue;
                    }
                    let v = c.value();
                    if matches!(v.name(), "script" | "style" | "template" | "noscript") {
                        continue;
                    }
                    if let Some(label) = non_empty(v.attr_of("aria-label")) {
                        out.push(' ');
                        out.push_str(label);
                        out.push(' ');
                        continue;
                    }
                    let alt_bearing = matches!(v.name(), "img" | "area")
                        || (v.name() == "input"
                            && v.attr_of("type").is_some_and(|t| t.eq_ignore_ascii_case("image")));
                    if alt_bearing {
                        if let Some(alt) = v.attr_of("alt").or(v.attr_of("title")) {
                            out.push(' ');
                            out.push_str(alt);
                            out.push(' ');
                        }
                        continue;
                    }
                    out.push(' ');
                    self.collect_name(c, include_hidden, out, depth + 1);
                    out.push(' ');
                }
                _ => {}
            }
        }
    }
}

/// How deep name computations descend. Real pages nest a few dozen
/// levels; a hostile page nesting 100,000 `<span>`s must not overflow the
/// crawler's stack (that aborts the whole process), so deeper text is left
/// out of names.
pub const MAX_NAME_DEPTH: usize = 256;

/// Elements a browser never renders, whatever the page's styles say.
fn never_rendered(el: ElementRef<'_>) -> bool {
    let v = el.value();
    matches!(v.name(), "template" | "head" | "script" | "style" | "noscript")
        || (v.name() == "input" && v.attr_of("type").is_some_and(|t| t.trim().eq_ignore_ascii_case("hidden")))
}

/// Content of a `<details>` without `open`, except its first `<summary>`.
fn in_closed_details(el: ElementRef<'_>) -> bool {
    let Some(parent) = el.parent().and_then(ElementRef::wrap) else { return false };
    if parent.value().name() != "details" || parent.value().attr_of("open").is_some() {
        return false;
    }
    let first_summary =
        parent.children().filter_map(ElementRef::wrap).find(|c| c.value().name() == "summary");
    first_summary.map(|s| s.id()) != Some(el.id())
}

/// The attribute's value when it has non-whitespace content.
pub fn non_empty(value: Option<&str>) -> Option<&str> {
    value.filter(|v| !v.trim().is_empty())
}

/// The element's explicit `role`: its first token, lower case.
pub fn role(el: ElementRef<'_>) -> Option<String> {
    el.value().attr_of("role").and_then(|r| r.split_whitespace().next()).map(str::to_ascii_lowercase)
}

pub fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A CSS selector that finds the element: from the nearest ancestor with a
/// page-unique id (`#main > ul > li:nth-child(3) > a`), else from `html`.
/// `:nth-child` is written only where a sibling shares the tag.
pub fn css_path(dom: &Dom<'_>, el: ElementRef<'_>) -> String {
    let mut parts = Vec::new();
    let mut current = Some(el);
    while let Some(node) = current {
        let v = node.value();
        if let Some(id) = v.attr_of("id").filter(|id| is_plain_ident(id))
            && dom.by_id(id).count() == 1
        {
            parts.push(format!("#{id}"));
            break;
        }
        let name = v.name();
        let parent = node.parent().and_then(ElementRef::wrap);
        let part = match parent {
            Some(p) => {
                let siblings: Vec<_> = p.children().filter_map(ElementRef::wrap).collect();
                let same = siblings.iter().filter(|s| s.value().name() == name).count();
                if same > 1 {
                    let n = siblings.iter().position(|s| s.id() == node.id()).map_or(1, |i| i + 1);
                    format!("{name}:nth-child({n})")
                } else {
                    name.to_owned()
                }
            }
            None => name.to_owned(),
        };
        parts.push(part);
        current = parent;
    }
    parts.reverse();
    parts.join(" > ")
}

/// An id usable after `#` without escaping.
fn is_plain_ident(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// How much of an element's markup a finding quotes.
const SNIPPET_CHARS: usize = 160;

/// The element's start tag (attributes in name order: the parser keeps
/// them sorted),
/// cut to a readable length.
pub fn snippet(el: ElementRef<'_>) -> String {
    let v = el.value();
    let mut s = format!("<{}", v.name());
    for (name, value) in v.attrs() {
        s.push(' ');
        s.push_str(name);
        s.push_str("=\"");
        s.push_str(&value.replace('"', "&quot;"));
        s.push('"');
    }
    s.push('>');
    truncate_chars(&s, SNIPPET_CHARS)
}

fn truncate_chars(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &s[..at]),
        None => s.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_dom(html: &str, f: impl FnOnce(&Dom<'_>)) {
        let doc = Html::parse_document(html);
        let dom = Dom::new(&doc);
        f(&dom);
    }

    #[test]
    fn hidden_states_follow_ancestors() {
        with_dom(
            r#"<div hidden><img id=a></div><div style="DISPLAY: none !important"><img id=b></div>
               <div aria-hidden="true"><img id=c></div><img id=d>
               <details><summary id=s>x</summary><p id=p>y</p></details>"#,
            |dom| {
                let get = |id: &str| *dom.entry(dom.by_id(id).next().unwrap()).unwrap();
                assert!(get("a").hidden && get("b").hidden && get("p").hidden);
                assert!(!get("c").hidden && get("c").aria_hidden);
                assert!(!get("d").hidden && !get("d").aria_hidden);
                assert!(!get("s").hidden);
            },
        );
    }

    #[test]
    fn style_blocks_hide_and_visibility_is_inherited_until_overridden() {
        with_dom(
            r#"<style>.nav{display:none} #box{visibility:hidden} #box .tip{visibility:visible}
                      .shown{display:block} .keep{display:none!important}</style>
               <ul class=nav><li><img id=a></li></ul>
               <div id=box><img id=b><p class=tip><img id=c></p><p style="visibility:inherit"><img id=i></p></div>
               <div hidden class=shown><img id=d></div>
               <div class=keep style="display:block"><img id=e></div>
               <div style="visibility:hidden"><span style="visibility:visible"><img id=f></span></div>
               <div style="visibility:hidden" aria-hidden=true><span style="visibility:visible"><img id=g></span></div>
               <div style="display:none"><span style="display:block;visibility:visible"><img id=h></span></div>"#,
            |dom| {
                let get = |id: &str| *dom.entry(dom.by_id(id).next().unwrap()).unwrap();
                assert!(get("a").hidden && get("a").aria_hidden, "display:none from a class rule");
                assert!(get("b").hidden && get("i").hidden, "visibility:hidden is inherited");
                assert!(!get("c").hidden && !get("c").aria_hidden, "a descendant says visible again");
                assert!(!get("d").hidden, "an author display overrides the hidden attribute");
                assert!(get("e").hidden, "!important in a sheet beats a normal inline style");
                assert!(!get("f").hidden && !get("f").aria_hidden, "inline visibility works the same");
                assert!(!get("g").hidden && get("g").aria_hidden, "aria-hidden still holds");
                assert!(get("h").hidden, "nothing inside display:none is shown again");
            },
        );
    }

    /// The issue's case: a page whose `<style>` hides an image without alt
    /// and an iframe without title has no finding about them; the same
    /// page without that rule has both.
    #[test]
    fn a_style_block_hides_an_image_and_an_iframe_from_every_rule() {
        let page = |style: &str| {
            format!(
                r#"<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>清溪县人民政府</title>
                   <style>.top{{width:1200px}} {style}</style></head>
                   <body><main><h1>工作动态</h1><div class="piaofu"><img src="/images/piaofu.gif"></div>
                   <div id="tanchuang"><iframe src="/tc/notice.html"></iframe></div></main></body></html>"#
            )
        };
        let a11y = |html: &str| {
            let url = "http://www.qingxi.gov.cn/xwzx/index.html";
            let analysis =
                crate::facts::html::with_test_input(html, url, encoding_rs::UTF_8, crate::registry::analyze);
            let mut ids: Vec<&str> =
                analysis.issues.iter().map(|i| i.check).filter(|c| c.starts_with("a11y.")).collect();
            ids.sort_unstable();
            ids
        };
        let hidden = a11y(&page(".piaofu, #tanchuang { display: none }"));
        assert!(!hidden.contains(&"a11y.image-alt") && !hidden.contains(&"a11y.frame-title"), "{hidden:?}");
        let shown = a11y(&page(""));
        assert!(shown.contains(&"a11y.image-alt") && shown.contains(&"a11y.frame-title"), "{shown:?}");
        assert_eq!(
            shown.iter().filter(|c| !hidden.contains(c)).copied().collect::<Vec<_>>(),
            ["a11y.frame-title", "a11y.image-alt"],
            "hiding the two elements changes nothing else"
        );
    }

    #[test]
    fn linked_sheets_reach_the_walk_through_the_page_input() {
        use std::sync::Arc;
        let url = url::Url::parse("http://www.qingxi.gov.cn/xwzx/index.html").unwrap();
        let sheet_url = url.join("/images/public.css").unwrap();
        let mut linked = LinkedSheets::default();
        linked.insert(&sheet_url, Arc::new(crate::facts::css::Sheet::parse(".piaofu{display:none}")));
        let html = r#"<html lang="zh-CN"><head><title>工作动态</title><link rel="stylesheet" href="../images/public.css">
                      </head><body><div class="piaofu"><img src="/images/piaofu.gif"></div></body></html>"#;
        let normalizer = crate::url_norm::Normalizer::default();
        let options = crate::facts::page::PageOptions::default();
        let run = |stylesheets: &LinkedSheets| {
            let input = crate::facts::html::PageInput {
                url: &url,
                html,
                encoding: encoding_rs::UTF_8,
                normalizer: &normalizer,
                home: false,
                options: &options,
                stylesheets,
            };
            crate::registry::analyze(&input).issues.iter().filter(|i| i.check == "a11y.image-alt").count()
        };
        assert_eq!(run(&linked), 0);
        assert_eq!(run(LinkedSheets::none()), 1);
    }

    #[test]
    fn selector_starts_at_a_unique_id() {
        with_dom(r#"<div id="nav"><ul><li>a</li><li><a href="/x">b</a></li></ul></div>"#, |dom| {
            let a = dom.first("a").unwrap();
            assert_eq!(css_path(dom, a), "#nav > ul > li:nth-child(2) > a");
        });
        with_dom(r#"<p id="x"></p><p id="x"><img></p>"#, |dom| {
            let img = dom.first("img").unwrap();
            assert_eq!(css_path(dom, img), "html > body > p:nth-child(2) > img");
        });
    }

    #[test]
    fn names_come_from_text_alt_and_labels() {
        with_dom(
            r#"<a id=l><img alt="首页"> <span aria-hidden="true">x</span><i aria-label="图标"></i></a>
               <span id=t hidden>隐藏的名字</span><button aria-labelledby="t missing"></button>"#,
            |dom| {
                let a = dom.first("a").unwrap();
                assert_eq!(dom.name_from_content(a, false), "首页 图标");
                let b = dom.first("button").unwrap();
                assert_eq!(dom.labelledby_text(b).as_deref(), Some("隐藏的名字"));
            },
        );
    }

    #[test]
    fn deep_nesting_does_not_overflow_the_stack() {
        let n = 5_000;
        let html = format!("<a href=/x>{}text{}</a>", "<span>".repeat(n), "</span>".repeat(n));
        with_dom(&html, |dom| {
            // Text deeper than the limit is left out; what matters is that
            // the walk returns.
            assert_eq!(dom.name_from_content(dom.first("a").unwrap(), false), "");
        });
        let issues = crate::facts::page::test_run(crate::a11y::names::link_name::run, &html);
        assert_eq!(issues.len(), 1, "a link whose only text is 5,000 levels down reads as unnamed");
    }

    #[test]
    fn snippet_is_the_start_tag_cut_short() {
        with_dom(r#"<img src="/a.png" alt='say "hi"'>"#, |dom| {
            assert_eq!(snippet(dom.first("img").unwrap()), r#"<img alt="say &quot;hi&quot;" src="/a.png">"#);
        });
    }
}
