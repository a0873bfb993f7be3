//! An element's role as axe-core computes it from the DOM
//! (`commons/aria/get-explicit-role.js`, `get-role.js`,
//! `implicit-html-roles.js`), read from HTML alone: the explicit role, the
//! implicit one, and ARIA's presentational conflict resolution and
//! inheritance.
//!
//! The one copy for every group (aria, structure, names, images): a rule
//! that computed roles its own way would disagree with its neighbours on
//! the same element.

use scraper::ElementRef;

use super::focus::is_focusable;
use super::js::{has_text, js_trim, parse_int, token_list};
use super::standards;
use crate::facts::a11y::dom::Dom;
use crate::facts::html::attr::Attr;

/// Options of axe's `getExplicitRole` / `getRole`.
#[derive(Clone, Copy, Debug, Default)]
pub struct RoleOpts {
    /// Take the first valid token of the role list, not the whole value.
    pub fallback: bool,
    /// Abstract roles count as valid.
    pub abstracts: bool,
    /// DPUB roles (`doc-*`) count.
    pub dpub: bool,
    /// Elements without an implicit ARIA role get Chromium's role.
    pub chromium: bool,
    /// Give no implicit role.
    pub no_implicit: bool,
    /// `none` / `presentation` count as no role.
    pub no_presentational: bool,
}

/// axe's `getExplicitRole`: the role the `role` attribute gives, if valid.
pub fn explicit_role(el: ElementRef<'_>, opts: RoleOpts) -> Option<&'static str> {
    let attr = el.value().attr_of("role")?;
    let value = js_trim(attr).to_lowercase();
    let candidates = if opts.fallback { token_list(&value) } else { vec![value] };
    candidates
        .iter()
        .filter(|r| opts.dpub || !r.starts_with("doc-"))
        .find_map(|r| standards::role(r).filter(|d| opts.abstracts || d.ty != "abstract").map(|d| d.name))
}

/// axe's `getRole`: the explicit role, else the implicit one, with
/// presentational roles resolved as ARIA's conflict resolution says.
pub fn get_role(dom: &Dom<'_>, el: ElementRef<'_>, opts: RoleOpts) -> Option<&'static str> {
    let role = resolve_role(dom, el, opts);
    if opts.no_presentational && matches!(role, Some("none" | "presentation")) {
        return None;
    }
    role
}

fn resolve_role(dom: &Dom<'_>, el: ElementRef<'_>, opts: RoleOpts) -> Option<&'static str> {
    let Some(explicit) = explicit_role(el, opts) else {
        return if opts.no_implicit { None } else { resolve_implicit_role(dom, el, opts) };
    };
    if !matches!(explicit, "none" | "presentation") {
        return Some(explicit);
    }
    if has_conflict_resolution(dom, el) {
        return if opts.no_implicit { None } else { resolve_implicit_role(dom, el, opts) };
    }
    Some(explicit)
}

fn resolve_implicit_role(dom: &Dom<'_>, el: ElementRef<'_>, opts: RoleOpts) -> Option<&'static str> {
    let implicit = implicit_role(dom, el, opts.chromium)?;
    inherited_presentation(dom, el, opts).or(Some(implicit))
}

/// Table parts and list items whose container is presentational are too.
fn inherited_presentation(dom: &Dom<'_>, el: ElementRef<'_>, opts: RoleOpts) -> Option<&'static str> {
    let parents: &[&str] = match el.value().name() {
        "td" | "th" => &["tr"],
        "tr" => &["thead", "tbody", "tfoot", "table"],
        "thead" | "tbody" | "tfoot" => &["table"],
        "li" => &["ol", "ul"],
        "dt" | "dd" => &["dl", "div"],
        "div" => &["dl"],
        _ => return None,
    };
    let parent = parent_element(el)?;
    if !parents.contains(&parent.value().name()) {
        return None;
    }
    match explicit_role(parent, opts) {
        Some(r @ ("none" | "presentation")) if !has_conflict_resolution(dom, parent) => Some(r),
        Some(_) => None,
        None => inherited_presentation(dom, parent, opts),
    }
}

/// A global ARIA attribute or focusability overrides `role="none"`.
fn has_conflict_resolution(dom: &Dom<'_>, el: ElementRef<'_>) -> bool {
    has_global_aria_attr(el) || is_focusable(dom, el)
}

pub fn has_global_aria_attr(el: ElementRef<'_>) -> bool {
    el.value().attrs().any(|(name, _)| standards::is_global(name))
}

/// axe's `isHtmlElement`: an element of the HTML namespace that
/// `html-elms.js` knows.
pub fn is_html_element(el: ElementRef<'_>) -> bool {
    let name = &el.value().name;
    &*name.ns == "http://www.w3.org/1999/xhtml" && standards::is_html_element(&name.local)
}

pub fn parent_element(el: ElementRef<'_>) -> Option<ElementRef<'_>> {
    el.parent().and_then(ElementRef::wrap)
}

/// The input's `type` property: the attribute lower-cased when it names a
/// known type, else `text`. Not trimmed: `type=" checkbox"` is a text field
/// (axe's `VirtualNode` reads `getAttribute('type').toLowerCase()`).
/// The types are ASCII, so an ASCII comparison does without a copy.
pub fn input_type(el: ElementRef<'_>) -> &'static str {
    const TYPES: &[&str] = &[
        "button",
        "checkbox",
        "color",
        "date",
        "datetime-local",
        "email",
        "file",
        "hidden",
        "image",
        "month",
        "number",
        "password",
        "radio",
        "range",
        "reset",
        "search",
        "submit",
        "tel",
        "text",
        "time",
        "url",
        "week",
    ];
    let raw = el.value().attr_of("type").unwrap_or_default();
    TYPES.iter().find(|k| k.eq_ignore_ascii_case(raw)).copied().unwrap_or("text")
}

/// axe's `implicitRole` (`implicit-html-roles.js`).
pub fn implicit_role(dom: &Dom<'_>, el: ElementRef<'_>, chromium: bool) -> Option<&'static str> {
    let v = el.value();
    let has = |a: &str| v.attr_of(a).is_some();
    let role = match v.name() {
        "a" | "area" => return has("href").then_some("link"),
        "article" => "article",
        "aside" => {
            let nested = parent_element(el).is_some_and(|p| closest(p, is_sectioning_content).is_some());
            return (!nested || has_accessible_name(dom, el, true)).then_some("complementary");
        }
        "body" => "document",
        "button" => "button",
        "datalist" => "listbox",
        "dd" => "definition",
        "dfn" | "dt" => "term",
        "details" | "fieldset" | "optgroup" => "group",
        "dialog" => "dialog",
        "figure" => "figure",
        "footer" => return closest(el, is_sectioning_or_main).is_none().then_some("contentinfo"),
        "header" => return closest(el, is_sectioning_or_main).is_none().then_some("banner"),
        "form" => return has_accessible_name(dom, el, false).then_some("form"),
        "section" => return has_accessible_name(dom, el, false).then_some("region"),
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => "heading",
        "hr" => "separator",
        "img" => {
            let empty_alt = v.attr_of("alt") == Some("");
            let presentational = empty_alt && !has_global_aria_attr(el) && !is_focusable(dom, el);
            if presentational { "presentation" } else { "img" }
        }
        "input" => {
            // axe's `idrefs(node, 'list')`: the first token naming an element.
            let with_list = v
                .attr_of("list")
                .and_then(|l| token_list(l).iter().find_map(|id| dom.by_id(id).next()))
                .is_some_and(|t| t.value().name() == "datalist");
            match input_type(el) {
                "checkbox" => "checkbox",
                "number" => "spinbutton",
                "radio" => "radio",
                "range" => "slider",
                "button" | "image" | "reset" | "submit" => "button",
                "search" | "text" | "tel" | "url" | "email" if with_list => "combobox",
                "search" => "searchbox",
                _ => "textbox",
            }
        }
        "li" => "listitem",
        "main" => "main",
        "math" => "math",
        "menu" | "ol" | "ul" => "list",
        "meter" => "meter",
        "nav" => "navigation",
        "option" => "option",
        "output" => "status",
        "progress" => "progressbar",
        "search" => "search",
        "select" => {
            let size = v.attr_of("size").and_then(parse_int).unwrap_or(0);
            if has("multiple") || size > 1 { "listbox" } else { "combobox" }
        }
        "summary" => "button",
        "table" => "table",
        "tbody" | "tfoot" | "thead" => "rowgroup",
        "td" => {
            let grid = closest(el, |e| e.value().name() == "table")
                .and_then(|t| explicit_role(t, RoleOpts::default()))
                .is_some_and(|r| matches!(r, "grid" | "treegrid"));
            if grid { "gridcell" } else { "cell" }
        }
        // axe works out the scope from the table's grid when `scope` is not
        // exactly `col` or `row`; the two roles allow the same attributes
        // and both take their name from content, so `scope` is enough here.
        "th" => {
            if v.attr_of("scope") == Some("row") {
                "rowheader"
            } else {
                "columnheader"
            }
        }
        "textarea" => "textbox",
        "tr" => "row",
        other => return if chromium { standards::chromium_role(other) } else { None },
    };
    Some(role)
}

/// axe's `closest`: the element itself or its nearest ancestor that `pred`
/// accepts.
pub fn closest<'a>(el: ElementRef<'a>, pred: impl Fn(ElementRef<'a>) -> bool) -> Option<ElementRef<'a>> {
    let mut cur = Some(el);
    while let Some(e) = cur {
        if pred(e) {
            return Some(e);
        }
        cur = parent_element(e);
    }
    None
}

/// `article, aside, nav, section` without a role, or the roles they imply.
fn is_sectioning_content(el: ElementRef<'_>) -> bool {
    let v = el.value();
    match v.attr_of("role") {
        None => matches!(v.name(), "article" | "aside" | "nav" | "section"),
        Some(r) => matches!(r, "article" | "complementary" | "navigation" | "region"),
    }
}

fn is_sectioning_or_main(el: ElementRef<'_>) -> bool {
    let v = el.value();
    is_sectioning_content(el)
        || (v.name() == "main" && v.attr_of("role").is_none())
        || v.attr_of("role") == Some("main")
}

/// axe's `hasAccessibleName`: `aria-labelledby` text or `aria-label`, or a
/// title when `check_title`. The referenced text is the walk's plain
/// reading (`Dom::labelledby_text`), not the full name computation: that
/// one asks for roles, and two sections naming each other would recurse
/// without end.
fn has_accessible_name(dom: &Dom<'_>, el: ElementRef<'_>, check_title: bool) -> bool {
    let v = el.value();
    dom.labelledby_text(el).is_some_and(|t| has_text(&t))
        || v.attr_of("aria-label").is_some_and(has_text)
        || (check_title && v.attr_of("title").is_some_and(has_text))
}

#[cfg(test)]
mod tests {
    use scraper::Html;

    use super::*;

    fn role_of(html: &str, opts: RoleOpts) -> Option<&'static str> {
        let doc = Html::parse_document(html);
        let dom = Dom::new(&doc);
        let el = dom.by_id("t").next().expect("fixture has #t");
        get_role(&dom, el, opts)
    }

    #[test]
    fn roles_resolve_as_axe_does() {
        let d = RoleOpts::default();
        let fallback = RoleOpts { fallback: true, ..d };
        let cases: &[(&str, RoleOpts, Option<&str>)] = &[
            (r#"<div id=t role="nav"></div>"#, d, None),
            (r#"<div id=t role="Navigation"></div>"#, d, Some("navigation")),
            (r#"<div id=t role="nav navigation"></div>"#, d, None),
            (r#"<div id=t role="nav navigation"></div>"#, fallback, Some("navigation")),
            (r#"<a id=t href="/">x</a>"#, d, Some("link")),
            (r#"<a id=t>x</a>"#, d, None),
            (r#"<img id=t alt="">"#, d, Some("presentation")),
            (r#"<img id=t alt="" aria-label="x">"#, d, Some("img")),
            (r#"<ul role="presentation"><li id=t>x</li></ul>"#, d, Some("presentation")),
            (r#"<ul role="none" aria-label="x"><li id=t>x</li></ul>"#, d, Some("listitem")),
            (r#"<button id=t role="none">x</button>"#, d, Some("button")),
            (r#"<header id=t></header>"#, d, Some("banner")),
            (r#"<article><header id=t></header></article>"#, d, None),
            (r#"<input id=t type="CHECKBOX">"#, d, Some("checkbox")),
            (r#"<input id=t type="bogus">"#, d, Some("textbox")),
            (r#"<h2 id=t role="presentation">x</h2>"#, d, Some("presentation")),
            (r#"<h2 id=t role="presentation" tabindex="0">x</h2>"#, d, Some("heading")),
            (r#"<label id=t>x</label>"#, RoleOpts { chromium: true, ..d }, Some("Label")),
            (r#"<input id=t type=" checkbox">"#, d, Some("textbox")),
            (r#"<input id=t type="text" list="none dl"><datalist id=dl></datalist>"#, d, Some("combobox")),
            (r#"<table><tr><th id=t scope="row">x</th></tr></table>"#, d, Some("rowheader")),
            (r#"<table><tr><th id=t scope="ROW">x</th></tr></table>"#, d, Some("columnheader")),
            (r#"<select id=t size="0000000000000000002"></select>"#, d, Some("listbox")),
            (
                r#"<section id=t aria-labelledby=u></section><section id=u aria-labelledby=t>x</section>"#,
                d,
                Some("region"),
            ),
        ];
        for (html, opts, want) in cases {
            assert_eq!(role_of(html, *opts), *want, "{html}");
        }
    }
}
