//! Lists that a page's scripts build, read without running the scripts.
//!
//! Many county portals (and most provincial 集约化 platforms) do not write
//! their lists as HTML: the CMS embeds the items in a script, or a script
//! asks an endpoint for them once the page has loaded. Each reader here
//! knows one named pattern and is chosen by what the page contains:
//!
//! - [`hanweb`]: 大汉 JCMS `jpage` lists, their records embedded in a
//!   `<datastore>` and the rest behind `dataproxy.jsp`;
//! - [`trs_pages`]: TRS WCM `createPageHTML(…)` pagination;
//! - [`document_write`]: list markup written by `document.write('…')`;
//! - [`json_list`]: a list fed from a JSON endpoint.
//!
//! What they find is added to the page's items and links, and the requests
//! a browser would send for the rest of the list are handed to the crawler
//! as [`DataRequest`]s; the crawler reads their answers with
//! [`read_answer`].

pub mod document_write;
pub mod hanweb;
pub mod json_list;
pub mod trs_pages;

use scraper::Html;
use scraper::node::Node;
use serde::Serialize;
use url::Url;

use super::PageInput;
use super::links::Resolver;
use super::list::{self, FoundItem};
use crate::facts::html::attr::Attr;

/// Most pages of one scripted list the crawl reads (pagination pages a
/// script names, data requests chained one after the other): the trap
/// guard against a script that claims a million pages.
pub const MAX_LIST_PAGES: u32 = 200;

/// What built a column page's list, as the report names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ListSource {
    /// 大汉 JCMS `jpage` datastore (and its `dataproxy.jsp`).
    Hanweb,
    /// TRS WCM `createPageHTML` pagination.
    TrsPages,
    /// `document.write` of list markup.
    DocumentWrite,
    /// A JSON endpoint a script asks.
    Json,
    /// Read from the page as headless Chromium rendered it.
    Rendered,
}

impl ListSource {
    /// Whether the script builds the list itself, so that an empty HTML
    /// list says nothing about the column (TRS pagination only links
    /// pages: its list is in the HTML).
    pub fn builds_list(self) -> bool {
        self != ListSource::TrsPages
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ListSource::Hanweb => "hanweb",
            ListSource::TrsPages => "trs_pages",
            ListSource::DocumentWrite => "document_write",
            ListSource::Json => "json",
            ListSource::Rendered => "rendered",
        }
    }
}

/// How the answer to a data request is read.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum DataFormat {
    /// jpage's `<datastore>` XML holding records `start..=end`.
    Hanweb(hanweb::Chunk),
    /// A JSON document holding an array of items.
    Json,
}

/// A request a page's script sends for its list, sent by the crawler as
/// the script sends it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct DataRequest {
    pub url: Url,
    /// The `application/x-www-form-urlencoded` body of a POST; `None` for a GET.
    pub form: Option<String>,
    pub format: DataFormat,
    /// The base URL the answer's links are resolved against: the list
    /// page's (its `<base href>` or its own URL).
    pub base: Url,
}

impl DataRequest {
    /// What identifies the request for "each request once": method, URL, body.
    pub fn key(&self) -> String {
        match &self.form {
            Some(form) => format!("POST {} {form}", self.url),
            None => format!("GET {}", self.url),
        }
    }
}

/// What the readers found on one page.
#[derive(Clone, Debug, Default)]
pub struct Scripted {
    /// The patterns found, sorted, each once.
    pub sources: Vec<ListSource>,
    /// Items read from what the page embeds.
    pub items: Vec<FoundItem>,
    /// Pages of the list only a script links to (TRS pagination).
    pub pages: Vec<Url>,
    /// Requests a browser would send for the rest of the list.
    pub data_requests: Vec<DataRequest>,
}

/// Runs the readers whose pattern the page's scripts contain.
/// `static_items` says whether the HTML already lists items (a JSON
/// endpoint is only asked for a page that has none).
pub fn read(doc: &Html, resolver: &Resolver<'_>, input: &PageInput<'_>, static_items: bool) -> Scripted {
    let scripts = scripts_of(doc);
    let mut out = Scripted::default();
    if scripts.is_empty() {
        return out;
    }
    let base = base_of(doc, input.url);
    let all = scripts.join("\n");
    if all.contains("<datastore") || all.contains("<DATASTORE") {
        let found = hanweb::read_page(&scripts, &all, &base, input);
        if found.seen {
            out.sources.push(ListSource::Hanweb);
            out.items.extend(found.items);
            out.data_requests.extend(found.request);
        }
    }
    if all.contains("createPageHTML") {
        let pages = trs_pages::pages(&all, resolver);
        if !pages.is_empty() {
            out.sources.push(ListSource::TrsPages);
            out.pages = pages;
        }
    }
    if all.contains("document.write") {
        let markup = document_write::markup(&scripts);
        let items = fragment_items(&markup, &base, input);
        if !items.is_empty() {
            out.sources.push(ListSource::DocumentWrite);
            out.items.extend(items);
        }
    }
    if !static_items && out.items.is_empty() && out.data_requests.is_empty() {
        let requests = json_list::requests(&scripts, &base, resolver);
        if !requests.is_empty() {
            out.sources.push(ListSource::Json);
            out.data_requests.extend(requests);
        }
    }
    out.sources.sort();
    out.sources.dedup();
    out
}

/// What the answer to one data request holds.
#[derive(Clone, Debug, Default)]
pub struct DataAnswer {
    pub items: Vec<FoundItem>,
    /// The next request of the list, when the answer says there is more.
    pub next: Option<DataRequest>,
}

/// Reads the answer `body` to `request`; `input` carries the list page's
/// URL, the answer's text and the crawl's normaliser.
pub fn read_answer(request: &DataRequest, input: &PageInput<'_>) -> DataAnswer {
    match &request.format {
        DataFormat::Hanweb(chunk) => hanweb::read_answer(request, chunk, input),
        DataFormat::Json => {
            DataAnswer { items: json_list::items(input.html, &request.base, input.normalizer), next: None }
        }
    }
}

/// The text of every inline script, in document order.
fn scripts_of(doc: &Html) -> Vec<&str> {
    doc.tree
        .nodes()
        .filter(
            |n| matches!(n.value(), Node::Element(e) if e.name() == "script" && e.attr_of("src").is_none()),
        )
        .filter_map(|n| n.first_child().and_then(|c| c.value().as_text().map(|t| &**t)))
        .collect()
}

/// The document's base URL: its first `<base href>` resolved against the
/// page URL, else the page URL, as browsers do.
fn base_of(doc: &Html, page: &Url) -> Url {
    let href = doc.tree.nodes().find_map(|n| match n.value() {
        Node::Element(e) if e.name() == "base" => e.attr_of("href"),
        _ => None,
    });
    href.and_then(|h| page.join(h.trim()).ok()).unwrap_or_else(|| page.clone())
}

/// The list items of an HTML fragment a script holds, its links resolved
/// against `base` in the page's encoding. Table rows are put back in a
/// table (a parser drops a stray `<tr>`).
pub(crate) fn fragment_items(markup: &str, base: &Url, input: &PageInput<'_>) -> Vec<FoundItem> {
    if !markup.contains("<a") && !markup.contains("<A") {
        return Vec::new();
    }
    let starts_with_row = markup.trim_start().get(..3).is_some_and(|s| s.eq_ignore_ascii_case("<tr"));
    let wrapped = if starts_with_row { format!("<table>{markup}</table>") } else { markup.to_owned() };
    let html = format!("<base href=\"{}\">{wrapped}", html_attr(base.as_str()));
    let doc = Html::parse_document(&html);
    let fragment_input = PageInput { url: base, html: &html, ..*input };
    let resolver = Resolver::new(&doc, &fragment_input);
    // The fragment is the column's list: short and undated lists count.
    list::items(&doc, &resolver, input.url, true)
}

fn html_attr(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;")
}

/// `raw` resolved against `base` and normalised, if it is an http(s) URL.
pub(crate) fn resolve(raw: &str, base: &Url, normalizer: &crate::url_norm::Normalizer) -> Option<Url> {
    let raw = raw.trim();
    if raw.is_empty() || raw.starts_with('#') {
        return None;
    }
    let mut url = base.join(raw).ok()?;
    if !matches!(url.scheme(), "http" | "https") {
        return None;
    }
    normalizer.normalize(&mut url);
    Some(url)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::html::{read_page, with_test_input};

    fn analyzed(html: &str) -> crate::facts::html::PageAnalysis {
        with_test_input(html, "http://www.qx.gov.cn/col/col1234/index.html", encoding_rs::UTF_8, read_page)
    }

    #[test]
    fn a_plain_list_page_has_no_script_source() {
        let a = analyzed(
            r#"<ul><li><a href="/a/1.html">清溪县召开防汛工作会议</a><span>2026-11-02</span></li>
               <li><a href="/a/2.html">清溪县开展安全生产大检查</a><span>2026-11-01</span></li></ul>
               <script>var x = "<li>not a list</li>"; $.getJSON('/api/weather.json');</script>"#,
        );
        assert!(a.built_by.is_empty(), "{:?}", a.built_by);
        assert!(a.data_requests.is_empty());
        assert_eq!(a.items.len(), 2);
    }

    #[test]
    fn script_items_are_links_of_the_page() {
        let a = analyzed(
            r#"<div id="list"><script>document.write('<li><a href="/art/2026/11/20/art_1_1.html">关于开展冬季消防检查的通知</a><span>2026-11-20</span></li>');</script></div>"#,
        );
        assert_eq!(a.built_by, [ListSource::DocumentWrite]);
        assert_eq!(a.items.len(), 1);
        assert!(a.links.iter().any(|l| l.url.path() == "/art/2026/11/20/art_1_1.html"));
    }

    #[test]
    fn base_href_applies_to_script_fragments() {
        let a = analyzed(
            r#"<head><base href="/other/"></head><script>document.write('<li><a href="x.html">清溪县开展安全生产大检查</a> 2026-11-01</li>')</script>"#,
        );
        assert_eq!(a.items[0].url.as_str(), "http://www.qx.gov.cn/other/x.html");
    }
}
