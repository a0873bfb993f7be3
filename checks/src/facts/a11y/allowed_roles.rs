//! Which explicit roles an HTML element may take, as axe-core 4.14.1's
//! `lib/standards/html-elms.js` (`allowedRoles` and its variants, read by
//! `getElementSpec`) says. `aria-allowed-role` reads it.
//!
//! The variants are decided from the element's attributes and its input
//! type, as axe matches them; the one that needs a name
//! (`<img>` with an accessible name) asks [`Names`].

use scraper::ElementRef;

use super::accname::Names;
use super::js::sanitize;
use super::roles::input_type;
use crate::facts::html::attr::Attr;

/// An element's `allowedRoles`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Allowed {
    /// `true`: any role but its implicit one.
    Any,
    /// `false` (or no entry): no role at all.
    Nothing,
    /// Only these roles.
    Only(&'static [&'static str]),
}

const LINK_ROLES: &[&str] = &[
    "button",
    "checkbox",
    "menuitem",
    "menuitemcheckbox",
    "menuitemradio",
    "option",
    "radio",
    "switch",
    "tab",
    "treeitem",
    "doc-backlink",
    "doc-biblioref",
    "doc-glossref",
    "doc-noteref",
];
const LIST_ROLES: &[&str] = &[
    "directory",
    "group",
    "listbox",
    "menu",
    "menubar",
    "none",
    "presentation",
    "radiogroup",
    "tablist",
    "toolbar",
    "tree",
];
const HEADING_ROLES: &[&str] = &["none", "presentation", "tab", "doc-subtitle"];
const HEADER_ROLES: &[&str] = &["group", "none", "presentation", "doc-footnote"];
const FRAME_ROLES: &[&str] = &["application", "document", "img", "image", "none", "presentation"];
const NAMED_IMG_ROLES: &[&str] = &[
    "button",
    "checkbox",
    "link",
    "math",
    "menuitem",
    "menuitemcheckbox",
    "menuitemradio",
    "meter",
    "option",
    "progressbar",
    "radio",
    "scrollbar",
    "separator",
    "slider",
    "switch",
    "tab",
    "treeitem",
    "doc-cover",
];
#[rustfmt::skip]
const SECTION_ROLES: &[&str] = &[
    "alert", "alertdialog", "application", "banner", "complementary", "contentinfo", "dialog",
    "document", "feed", "group", "log", "main", "marquee", "navigation", "none", "note",
    "presentation", "search", "status", "tabpanel", "doc-abstract", "doc-acknowledgments",
    "doc-afterword", "doc-appendix", "doc-bibliography", "doc-chapter", "doc-colophon",
    "doc-conclusion", "doc-credit", "doc-credits", "doc-dedication", "doc-endnotes", "doc-epigraph",
    "doc-epilogue", "doc-errata", "doc-example", "doc-foreword", "doc-glossary", "doc-index",
    "doc-introduction", "doc-notice", "doc-pagelist", "doc-part", "doc-preface", "doc-prologue",
    "doc-pullquote", "doc-qna", "doc-toc",
];

/// Elements whose `allowedRoles` is `true` whatever their attributes.
#[rustfmt::skip]
const ANY_ROLE: &[&str] = &[
    "abbr", "address", "b", "bdi", "bdo", "blockquote", "canvas", "cite", "code", "data", "del",
    "dfn", "div", "em", "hgroup", "i", "ins", "kbd", "mark", "output", "p", "pre", "q", "rp", "rt",
    "ruby", "s", "samp", "small", "span", "strong", "sub", "sup", "svg", "table", "tbody", "td",
    "tfoot", "th", "thead", "time", "tr", "u", "var",
];

/// axe's `getElementSpec(vNode).allowedRoles` for an HTML element.
pub fn allowed_roles<'a>(names: &Names<'_, 'a>, el: ElementRef<'a>) -> Allowed {
    use Allowed::{Any, Nothing, Only};
    let v = el.value();
    let tag = v.name();
    if ANY_ROLE.contains(&tag) {
        return Any;
    }
    match tag {
        "a" => {
            if v.attr_of("href").is_some() {
                Only(LINK_ROLES)
            } else {
                Any
            }
        }
        "area" => {
            if v.attr_of("href").is_some() {
                Nothing
            } else {
                Only(&["button", "link"])
            }
        }
        "article" => Only(&["feed", "presentation", "none", "document", "application", "main", "region"]),
        "aside" => Only(&[
            "feed",
            "note",
            "presentation",
            "none",
            "region",
            "search",
            "doc-dedication",
            "doc-example",
            "doc-footnote",
            "doc-glossary",
            "doc-pullquote",
            "doc-tip",
        ]),
        "audio" | "video" => Only(&["application"]),
        "br" | "wbr" => Only(&["presentation", "none"]),
        "button" => Only(&[
            "checkbox",
            "combobox",
            "gridcell",
            "link",
            "menuitem",
            "menuitemcheckbox",
            "menuitemradio",
            "option",
            "radio",
            "separator",
            "slider",
            "switch",
            "tab",
            "treeitem",
        ]),
        "dialog" => Only(&["alertdialog"]),
        "dl" => Only(&["group", "list", "presentation", "none"]),
        "dt" => Only(&["listitem"]),
        "embed" => Only(&["application", "document", "img", "image", "presentation", "none"]),
        "fieldset" => Only(&["none", "presentation", "radiogroup"]),
        "figcaption" => Only(&["group", "none", "presentation"]),
        "figure" => {
            let captioned =
                el.children().filter_map(ElementRef::wrap).any(|c| c.value().name() == "figcaption");
            if captioned { Only(&["doc-example"]) } else { Any }
        }
        "footer" | "header" => Only(HEADER_ROLES),
        "form" => Only(&["form", "search", "none", "presentation"]),
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => Only(HEADING_ROLES),
        "hr" => Only(&["none", "presentation", "doc-pagebreak"]),
        "iframe" => Only(FRAME_ROLES),
        "img" => {
            let named = v.attr_of("alt").is_some_and(|a| a.chars().any(|c| c != '\n' && c != '\r'))
                || !sanitize(&names.accessible_name(el)).is_empty();
            if named { Only(NAMED_IMG_ROLES) } else { Only(&["presentation", "none"]) }
        }
        "input" => input_allowed(el),
        "li" => Only(&[
            "menuitem",
            "menuitemcheckbox",
            "menuitemradio",
            "option",
            "none",
            "presentation",
            "radio",
            "separator",
            "tab",
            "treeitem",
            "doc-biblioentry",
            "doc-endnote",
        ]),
        "menu" | "ol" | "ul" => Only(LIST_ROLES),
        "nav" => Only(&[
            "doc-index",
            "doc-pagelist",
            "doc-toc",
            "menu",
            "menubar",
            "none",
            "presentation",
            "tablist",
        ]),
        "object" => Only(&["application", "document", "img", "image"]),
        "search" => Only(&["form", "group", "none", "presentation", "region", "search"]),
        "section" => Only(SECTION_ROLES),
        "select" => {
            let single = v.attr_of("multiple").is_none() && v.attr_of("size").is_none_or(|s| s == "1");
            if single { Only(&["menu"]) } else { Nothing }
        }
        "summary" => {
            if is_summary_for_details(el) {
                Nothing
            } else {
                Any
            }
        }
        _ => Nothing,
    }
}

/// The `<input>` variants, later ones overriding earlier ones as
/// `getElementSpec` merges them.
fn input_allowed(el: ElementRef<'_>) -> Allowed {
    use Allowed::{Nothing, Only};
    let v = el.value();
    match input_type(el) {
        "button" => Only(&[
            "checkbox",
            "combobox",
            "link",
            "menuitem",
            "menuitemcheckbox",
            "menuitemradio",
            "option",
            "radio",
            "switch",
            "tab",
        ]),
        "checkbox" if v.attr_of("aria-pressed").is_some() => {
            Only(&["button", "menuitemcheckbox", "option", "switch"])
        }
        "checkbox" => Only(&["menuitemcheckbox", "option", "switch"]),
        "color" | "date" | "datetime-local" | "file" | "month" | "number" | "password" | "range"
        | "reset" | "submit" | "time" | "week" | "hidden" => Nothing,
        "image" => Only(&["link", "menuitem", "menuitemcheckbox", "menuitemradio", "radio", "switch"]),
        "radio" => Only(&["menuitemradio"]),
        "text" if v.attr_of("list").is_some() => Nothing,
        _ => Only(&["combobox", "searchbox", "spinbutton"]),
    }
}

/// The first `<summary>` child of a `<details>` (axe's
/// `isSummaryForDetails`).
fn is_summary_for_details(el: ElementRef<'_>) -> bool {
    let Some(parent) = el.parent().and_then(ElementRef::wrap) else { return false };
    parent.value().name() == "details"
        && parent
            .children()
            .filter_map(ElementRef::wrap)
            .find(|c| c.value().name() == "summary")
            .is_some_and(|s| s.id() == el.id())
}

#[cfg(test)]
mod tests {
    use scraper::Html;

    use super::*;
    use crate::facts::a11y::dom::Dom;

    fn allowed(html: &str) -> Allowed {
        let doc = Html::parse_document(html);
        let dom = Dom::new(&doc);
        let names = Names::new(&dom);
        allowed_roles(&names, dom.by_id("t").next().expect("fixture has #t"))
    }

    #[test]
    fn variants_follow_html_elms() {
        assert_eq!(allowed(r#"<a id=t>x</a>"#), Allowed::Any);
        assert_eq!(allowed(r#"<a id=t href="/">x</a>"#), Allowed::Only(LINK_ROLES));
        assert_eq!(allowed(r#"<img id=t src=a.png>"#), Allowed::Only(&["presentation", "none"]));
        assert_eq!(allowed(r#"<img id=t src=a.png alt="标志">"#), Allowed::Only(NAMED_IMG_ROLES));
        assert_eq!(allowed(r#"<img id=t src=a.png aria-label="标志">"#), Allowed::Only(NAMED_IMG_ROLES));
        assert_eq!(allowed(r#"<input id=t type=submit>"#), Allowed::Nothing);
        assert_eq!(allowed(r#"<input id=t type=text list=l>"#), Allowed::Nothing);
        assert_eq!(
            allowed(r#"<input id=t type=search list=l>"#),
            Allowed::Only(&["combobox", "searchbox", "spinbutton"])
        );
        assert_eq!(allowed(r#"<select id=t size="1"></select>"#), Allowed::Only(&["menu"]));
        assert_eq!(allowed(r#"<select id=t multiple></select>"#), Allowed::Nothing);
        assert_eq!(allowed(r#"<details><summary id=t>x</summary></details>"#), Allowed::Nothing);
        assert_eq!(allowed(r#"<summary id=t>x</summary>"#), Allowed::Any);
        assert_eq!(
            allowed(r#"<figure id=t><figcaption>x</figcaption></figure>"#),
            Allowed::Only(&["doc-example"])
        );
        assert_eq!(allowed(r#"<label id=t>x</label>"#), Allowed::Nothing);
    }
}
