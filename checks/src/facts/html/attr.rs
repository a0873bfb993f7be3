//! Attribute lookup by name without interning the name.
//!
//! `scraper`'s `Element::attr(&str)` turns the name into an interned atom
//! (a perfect-hash lookup) and binary-searches the attributes comparing
//! qualified names as strings. The checks ask for attributes by name tens
//! of thousands of times per page, and that conversion was a tenth of a
//! crawl's CPU time. Elements carry a handful of attributes, so a linear
//! scan comparing the names as plain strings is cheaper.

use scraper::ElementRef;
use scraper::node::Element;

/// `attr_of(name)`: the value of the attribute `name` in no namespace (an
/// HTML attribute; `xlink:href` is not `href`), as `Element::attr` gives it.
pub trait Attr<'a> {
    fn attr_of(self, name: &str) -> Option<&'a str>;
}

impl<'a> Attr<'a> for &'a Element {
    #[inline]
    fn attr_of(self, name: &str) -> Option<&'a str> {
        self.attrs.iter().find(|(q, _)| q.ns.is_empty() && &*q.local == name).map(|(_, v)| &**v)
    }
}

impl<'a> Attr<'a> for ElementRef<'a> {
    #[inline]
    fn attr_of(self, name: &str) -> Option<&'a str> {
        self.value().attr_of(name)
    }
}

#[cfg(test)]
mod tests {
    use scraper::{Html, Selector};

    use super::*;

    /// The same answers as `Element::attr`, for present, absent, repeated
    /// and namespaced attributes.
    #[test]
    fn answers_as_scraper_does() {
        let doc = Html::parse_document(
            r#"<a href="/a" HREF="/b" title="t" data-x=""></a>
               <svg><a xlink:href="/svg">s</a></svg>"#,
        );
        let selector = Selector::parse("a").expect("selector");
        for a in doc.select(&selector) {
            for name in ["href", "title", "data-x", "alt", "xlink:href"] {
                assert_eq!(a.attr_of(name), a.value().attr(name), "{name} on {}", a.html());
            }
        }
        let first = doc.select(&selector).next().expect("a link");
        assert_eq!(first.attr_of("href"), Some("/a"));
        assert_eq!(first.attr_of("data-x"), Some(""));
    }
}
