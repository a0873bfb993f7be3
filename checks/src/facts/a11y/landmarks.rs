//! Landmarks as axe-core reads them from the DOM: which elements are
//! landmarks (`getRoleType(role) === 'landmark'`: banner, complementary,
//! contentinfo, form, main, navigation, region, search, application), whether
//! a landmark sits inside another (`landmark-is-top-level`), whether a
//! `header`/`footer` has the body as its context
//! (`landmark-has-body-context-matches`), the page-wide duplicate count of
//! `page-no-duplicate-*`, and the in-page links axe calls skip links
//! (`isSkipLink`, `isCurrentPageLink`, `getElementByReference`).
//!
//! `header` is a banner and `footer` a contentinfo only outside sectioning
//! content (`article`, `aside`, `nav`, `section`) and `main`; `aside` inside
//! sectioning content needs a name, `section` and `form` always do. Those
//! implicit roles are [`crate::facts::a11y::roles::implicit_role`]'s; this
//! file only asks it.

use std::collections::HashMap;

use ego_tree::NodeId;
use scraper::ElementRef;
use url::Url;

use crate::facts::a11y::dom::Dom;
use crate::facts::a11y::roles::{self, RoleOpts};
use crate::facts::a11y::standards;
use crate::facts::html::attr::Attr;

/// axe's `isVisibleToScreenReaders`, which its default `excludeHidden`
/// applies: not hidden, not under `aria-hidden="true"`, not `inert`.
pub fn visible_to_screen_readers(dom: &Dom<'_>, el: ElementRef<'_>) -> bool {
    let inert = |e: ElementRef<'_>| e.value().attr_of("inert").is_some();
    !dom.is_aria_hidden(el) && !inert(el) && !el.ancestors().filter_map(ElementRef::wrap).any(inert)
}

/// axe's `isModalOpen` as far as the markup tells: a `dialog`,
/// `[role=dialog]` or `[aria-modal=true]` shown on screen (a `<dialog>`
/// only with `open`: a closed one is not rendered). axe's second test, an
/// element covering three quarters of the viewport, needs layout.
pub fn modal_open(dom: &Dom<'_>) -> bool {
    dom.entries().any(|e| {
        let v = e.el.value();
        let modal = match v.name() {
            "dialog" => v.attr_of("open").is_some(),
            _ => v.attr_of("role") == Some("dialog") || v.attr_of("aria-modal") == Some("true"),
        };
        modal && !e.hidden
    })
}

/// The role is of ARIA's landmark type in axe's tables.
pub fn is_landmark_role(role: &str) -> bool {
    standards::role_type(role) == Some("landmark")
}

/// The element's role (axe's `getRole` with its defaults) when it is a
/// landmark.
pub fn landmark_role(dom: &Dom<'_>, el: ElementRef<'_>) -> Option<&'static str> {
    roles::get_role(dom, el, RoleOpts::default()).filter(|r| is_landmark_role(r))
}

/// axe's `landmark-is-top-level` check: no ancestor is a landmark (its
/// explicit role, else its implicit one; a `<form>` gives none without a
/// role). A complementary landmark may sit in main.
pub fn is_top_level(dom: &Dom<'_>, el: ElementRef<'_>) -> bool {
    let own = roles::get_role(dom, el, RoleOpts::default());
    let mut parent = roles::parent_element(el);
    while let Some(p) = parent {
        let role = roles::explicit_role(p, RoleOpts::default())
            .or_else(|| if p.value().name() == "form" { None } else { roles::implicit_role(dom, p, false) });
        if role.is_some_and(|r| is_landmark_role(r) && !(r == "main" && own == Some("complementary"))) {
            return false;
        }
        parent = roles::parent_element(p);
    }
    true
}

/// axe's `landmark-has-body-context-matches`: the element has a `role`
/// attribute, or no ancestor is `article`, `aside`, `main`, `nav` or
/// `section` (by tag, whatever their roles).
pub fn has_body_context(el: ElementRef<'_>) -> bool {
    el.value().attr_of("role").is_some()
        || !el
            .ancestors()
            .filter_map(ElementRef::wrap)
            .any(|a| matches!(a.value().name(), "article" | "aside" | "main" | "nav" | "section"))
}

/// The selector `<tag>:not([role]), [role=<role>]` of the `landmark-*`
/// rules: the tag without any `role` attribute, or any element whose
/// `role` is exactly `role` (CSS compares attribute values as written).
pub fn tag_or_role(el: ElementRef<'_>, tag: &str, role: &str) -> bool {
    let v = el.value();
    match v.attr_of("role") {
        None => v.name() == tag,
        Some(r) => r == role,
    }
}

/// What axe's `page-no-duplicate-*` check finds: the elements of the page
/// that `selected` accepts, visible to screen readers and, when `role` is
/// given, of that computed role. The check runs once, on the first element
/// the rule selects, and fails it when more than one is found.
pub fn duplicates<'a>(
    dom: &Dom<'a>,
    selected: impl Fn(ElementRef<'a>) -> bool,
    role: Option<&str>,
) -> Vec<ElementRef<'a>> {
    dom.entries()
        .map(|e| e.el)
        .filter(|&el| selected(el) && visible_to_screen_readers(dom, el))
        .filter(|&el| role.is_none_or(|r| roles::get_role(dom, el, RoleOpts::default()) == Some(r)))
        .collect()
}

/// The in-page links of a page as axe reads them: which link is the first
/// to leave the page (`isSkipLink` looks for links before it) and where an
/// in-page link leads (`getElementByReference`).
pub struct PageLinks<'a> {
    url: &'a Url,
    /// The first `a[href]` not starting `javascript:` that is not a link
    /// to the current page.
    first_page_link: Option<NodeId>,
    /// Document order of the page's elements, for "comes before".
    order: HashMap<NodeId, usize>,
    /// The first element carrying each `name` (`getElementsByName`).
    by_name: HashMap<&'a str, ElementRef<'a>>,
}

impl<'a> PageLinks<'a> {
    pub fn new(dom: &Dom<'a>, url: &'a Url) -> Self {
        let order: HashMap<NodeId, usize> = dom.entries().enumerate().map(|(i, e)| (e.el.id(), i)).collect();
        let mut by_name = HashMap::new();
        for e in dom.entries() {
            if let Some(name) = e.el.value().attr_of("name") {
                by_name.entry(name).or_insert(e.el);
            }
        }
        let first_page_link = dom
            .tagged("a")
            .map(|e| e.el)
            .find(|a| {
                a.value().attr_of("href").is_some_and(|h| !h.starts_with("javascript:"))
                    && is_current_page_link(url, *a) != Some(true)
            })
            .map(|a| a.id());
        PageLinks { url, first_page_link, order, by_name }
    }

    /// axe's `isSkipLink`: an element with an `href` that comes before the
    /// page's first link away from it (every such element when there is none).
    pub fn is_skip_link(&self, el: ElementRef<'_>) -> bool {
        if !matches!(el.value().name(), "a" | "area") || el.value().attr_of("href").is_none() {
            return false;
        }
        let Some(first) = self.first_page_link else { return true };
        match (self.order.get(&el.id()), self.order.get(&first)) {
            // `compareDocumentPosition` says FOLLOWING only for a node after
            // and outside the element.
            (Some(a), Some(b)) => a < b && !el.descendants().any(|d| d.id() == first),
            _ => false,
        }
    }

    /// axe's `getElementByReference(el, 'href')`: for a link to this page,
    /// the element whose id (else whose `name`) is the fragment.
    pub fn target(&self, dom: &Dom<'a>, el: ElementRef<'_>) -> Option<ElementRef<'a>> {
        let href = el.value().attr_of("href").filter(|h| !h.is_empty())?;
        if is_current_page_link(self.url, el) != Some(true) {
            return None;
        }
        let fragment = match href.find('#') {
            Some(at) => percent_decode(&href[at + 1..]),
            None => href.to_owned(),
        };
        dom.by_id(&fragment).next().or_else(|| self.by_name.get(fragment.as_str()).copied())
    }
}

/// axe's `isCurrentPageLink`: `Some(true)` when the link leads to this
/// page (a `#…` or `/#…` href, or a URL with this page's origin and path,
/// whatever its query), `Some(false)` otherwise and for the router links
/// `#!…` and `#/…`; `None` when it does not resolve.
pub fn is_current_page_link(url: &Url, el: ElementRef<'_>) -> Option<bool> {
    let href = el.value().attr_of("href").filter(|h| !h.is_empty() && *h != "#")?;
    if href.starts_with("/#") {
        return Some(true);
    }
    let Ok(resolved) = url.join(href) else { return None };
    if resolved.fragment().is_some_and(|f| f.starts_with('!') || f.starts_with('/')) {
        return Some(false);
    }
    if href.starts_with('#') {
        return Some(true);
    }
    Some(
        resolved.scheme() == url.scheme()
            && resolved.host_str() == url.host_str()
            && resolved.port_or_known_default() == url.port_or_known_default()
            && resolved.path() == url.path(),
    )
}

/// JavaScript's `decodeURIComponent`, leaving a malformed escape as written.
fn percent_decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s).decode_utf8().map_or_else(|_| s.to_owned(), |d| d.into_owned())
}

#[cfg(test)]
mod tests {
    use scraper::Html;

    use super::*;

    fn with<R>(html: &str, f: impl FnOnce(&Dom<'_>) -> R) -> R {
        let doc = Html::parse_document(html);
        let dom = Dom::new(&doc);
        f(&dom)
    }

    #[test]
    fn header_and_footer_are_landmarks_only_in_the_body_context() {
        with(
            r#"<header id=a></header><article><header id=b></header><footer id=c></footer></article>
               <main><footer id=d></footer></main><div role="main"><header id=e></header></div>
               <section id=f></section><section id=g aria-label="通知"></section>"#,
            |dom| {
                let role = |id: &str| landmark_role(dom, dom.by_id(id).next().unwrap());
                assert_eq!(role("a"), Some("banner"));
                assert_eq!(role("b"), None, "header inside article is not a banner");
                assert_eq!(role("c"), None);
                assert_eq!(role("d"), None, "footer inside main is not a contentinfo");
                assert_eq!(role("e"), None);
                assert_eq!(role("f"), None, "an unnamed section is no region");
                assert_eq!(role("g"), Some("region"));
                let ctx = |id: &str| has_body_context(dom.by_id(id).next().unwrap());
                assert!(ctx("a") && !ctx("b") && !ctx("d") && ctx("e"));
            },
        );
    }

    #[test]
    fn top_level_follows_axe() {
        with(
            r#"<main><aside id=a></aside><nav id=b></nav></main>
               <form aria-label="x"><div role="banner" id=c></div></form>
               <div role="region"><main id=d></main></div><main id=e></main>"#,
            |dom| {
                let top = |id: &str| is_top_level(dom, dom.by_id(id).next().unwrap());
                assert!(top("a"), "complementary may sit in main");
                assert!(!top("b"));
                assert!(top("c"), "a form's implicit role is not asked");
                assert!(!top("d"));
                assert!(top("e"));
            },
        );
    }

    #[test]
    fn current_page_links() {
        let url = Url::parse("http://www.qingxi.gov.cn/xwzx/index.html?x=1").unwrap();
        with(
            r##"<a id=a href="#main">a</a><a id=b href="#">b</a><a id=c href="#/route">c</a>
               <a id=d href="/#top">d</a><a id=e href="index.html?y=2#c">e</a><a id=f href="/">f</a>"##,
            |dom| {
                let cur = |id: &str| is_current_page_link(&url, dom.by_id(id).next().unwrap());
                assert_eq!(cur("a"), Some(true));
                assert_eq!(cur("b"), None);
                assert_eq!(cur("c"), Some(false));
                assert_eq!(cur("d"), Some(true));
                assert_eq!(cur("e"), Some(true));
                assert_eq!(cur("f"), Some(false));
            },
        );
    }

    #[test]
    fn skip_links_come_before_the_first_link_away() {
        let url = Url::parse("http://www.qingxi.gov.cn/").unwrap();
        with(
            r##"<a id=s href="#main">跳到正文</a><a id=h href="/xwzx/">新闻</a><a id=t href="#top">顶部</a>
               <div id=main name=x></div><a id=n href="#%E6%AD%A3%E6%96%87">n</a><p name="正文"></p>"##,
            |dom| {
                let links = PageLinks::new(dom, &url);
                let el = |id: &str| dom.by_id(id).next().unwrap();
                assert!(links.is_skip_link(el("s")));
                assert!(!links.is_skip_link(el("h")) && !links.is_skip_link(el("t")));
                assert_eq!(links.target(dom, el("s")).map(|e| e.id()), Some(el("main").id()));
                assert_eq!(links.target(dom, el("n")).map(|e| e.value().name().to_owned()), Some("p".into()));
            },
        );
    }
}
