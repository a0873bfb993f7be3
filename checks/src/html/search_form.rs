//! The home page's site search form, kept so that one search can be sent
//! after the crawl (`site.search-broken`): where it submits, the name of
//! its text box and its hidden fields.

use scraper::{ElementRef, Html};

use super::links::Resolver;
use crate::html::attr::Attr;

/// A search form as the home page writes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchForm {
    /// Where it submits, absolute.
    pub action: String,
    /// The text box's `name`.
    pub field: String,
    /// Hidden fields sent with the query (`siteid`, `channelid` …).
    pub hidden: Vec<(String, String)>,
    /// It submits by POST: never sent by govaudit.
    pub post: bool,
    /// The page's encoding, in which a browser encodes the query.
    pub encoding: &'static str,
}

/// The first form holding a search box with a name.
pub fn find(
    doc: &Html,
    resolver: &Resolver<'_>,
    page: &url::Url,
    encoding: &'static str,
) -> Option<SearchForm> {
    doc.tree.nodes().filter_map(ElementRef::wrap).filter(|e| e.value().name() == "form").find_map(|form| {
        let inputs: Vec<ElementRef<'_>> =
            form.descendants().filter_map(ElementRef::wrap).filter(|e| e.value().name() == "input").collect();
        let field = inputs
            .iter()
            .find(|i| crate::site::no_search::is_box(**i))
            .and_then(|i| i.value().attr_of("name"))
            .map(str::trim)
            .filter(|n| !n.is_empty())?;
        let hidden = inputs
            .iter()
            .filter(|i| i.value().attr_of("type").is_some_and(|t| t.eq_ignore_ascii_case("hidden")))
            .filter_map(|i| {
                let name = i.value().attr_of("name")?.trim();
                (!name.is_empty())
                    .then(|| (name.to_owned(), i.value().attr_of("value").unwrap_or_default().to_owned()))
            })
            .collect();
        let action = match form.value().attr_of("action").map(str::trim).filter(|a| !a.is_empty()) {
            Some(raw) => resolver.resolve(raw)?.to_string(),
            // No action: the form submits to the page itself.
            None => page.to_string(),
        };
        let post = form.value().attr_of("method").is_some_and(|m| m.trim().eq_ignore_ascii_case("post"));
        Some(SearchForm { action, field: field.to_owned(), hidden, post, encoding })
    })
}
