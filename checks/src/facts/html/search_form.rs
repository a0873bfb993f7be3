//! The home page's site search form, kept so that one search can be sent
//! after the crawl (`site.search-broken`): where it submits, the name of
//! its text box and its hidden fields.

use scraper::{ElementRef, Html};

use super::links::Resolver;
use crate::facts::html::attr::Attr;

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
            .find(|i| is_box(**i))
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

/// Words in an input's attributes that make it a search box.
const BOX_WORDS: &[&str] =
    &["search", "keyword", "query", "searchword", "搜索", "检索", "关键字", "关键词", "请输入"];

/// Names search boxes are commonly given on their own (`q`, Baidu's `wd`).
const BOX_NAMES: &[&str] = &["q", "wd", "kw", "key", "word", "sw"];

/// Whether an input is a site search box: by its type, the words of its
/// attributes, its name, or a form that searches.
pub fn is_box(el: scraper::ElementRef<'_>) -> bool {
    let v = el.value();
    let kind = v.attr_of("type").unwrap_or("text").to_ascii_lowercase();
    if !matches!(kind.as_str(), "text" | "search" | "") {
        return false;
    }
    let attrs = ["name", "id", "class", "placeholder", "title", "aria-label"];
    let said = attrs.iter().filter_map(|a| v.attr_of(a)).any(|t| {
        let lower = t.to_lowercase();
        BOX_WORDS.iter().any(|w| lower.contains(w))
    });
    let named = v.attr_of("name").is_some_and(|n| BOX_NAMES.contains(&n.to_ascii_lowercase().as_str()));
    let in_search_form = el.ancestors().filter_map(scraper::ElementRef::wrap).any(|a| {
        a.value().name() == "form"
            && a.value().attr_of("action").is_some_and(|act| act.to_ascii_lowercase().contains("search"))
    });
    said || named || in_search_form
}
