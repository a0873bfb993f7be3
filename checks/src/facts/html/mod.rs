//! HTML analysis: one parse of one HTML page into the facts the site checks
//! need, run by the crawler as soon as a page arrives.
//!
//! The document is parsed once with html5ever (through `scraper`), the same
//! tree a browser builds, and walked once. What comes out is small: the
//! links, the title, the length and hash of the visible text and any
//! "this page is gone" wording. The body is dropped by the caller afterwards.

pub mod accounts;
pub mod attr;
pub mod care_entry;
pub mod care_page;
pub mod challenge;
pub mod column;
pub mod consultation;
pub mod depth;
pub mod expiry;
pub mod gone;
pub mod leaders;
pub mod leaders_words;
pub mod links;
pub mod list;
pub mod messages;
pub mod scripted;
pub mod search_form;
pub mod titles;

use std::hash::{DefaultHasher, Hasher};

use encoding_rs::Encoding;
use scraper::Html;
use scraper::node::Node;
use url::Url;

use crate::facts::a11y::dom::Dom;
use crate::facts::crawl::{Element, PageFacts, Read};
use crate::facts::css::LinkedSheets;
use crate::facts::css::cascade::PageStyles;
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue, PageOptions};
use crate::url_norm::Normalizer;

/// What a page analysis needs to know besides the HTML.
pub struct PageInput<'a> {
    /// The URL the page was read from, after redirects.
    pub url: &'a Url,
    pub html: &'a str,
    /// The encoding the page was decoded with: browsers encode a link's
    /// query string in it, so we must too to request the same URL.
    pub encoding: &'static Encoding,
    pub normalizer: &'a Normalizer,
    /// The crawler reached the page at depth 0: home-page checks run on it.
    pub home: bool,
    pub options: &'a PageOptions,
    /// The same-site stylesheets the page links, as the crawler fetched
    /// them ([`LinkedSheets::none`] without a crawl: `<style>` blocks only).
    pub stylesheets: &'a LinkedSheets,
}

/// A link as found on the page, resolved and normalised.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundLink {
    pub url: Url,
    pub element: Element,
    /// A link's short text (`政策文件`), which names the page it leads to.
    pub label: Option<String>,
}

/// A page as read from its HTML, before the crawler interns its URLs: the
/// one type of a page's facts at its first stage (see
/// [`crate::facts::crawl::Stage`]).
pub type PageAnalysis = PageFacts<Read>;

/// Elements whose text a visitor never reads.
const INVISIBLE: &[&str] = &["script", "style", "noscript", "template", "title", "head"];

/// Parses `input.html` once and extracts the page's facts, without page
/// checks (`crate::registry::analyze` runs them over the same parse).
pub fn read_page(input: &PageInput<'_>) -> PageAnalysis {
    read_page_with(input, |_| Vec::new())
}

/// Parses `input.html` once, extracts the page's facts and hands the parsed
/// page to `run_checks`, whose issues the facts keep.
pub fn read_page_with(
    input: &PageInput<'_>,
    run_checks: impl FnOnce(&PageDoc<'_>) -> Vec<PageIssue>,
) -> PageAnalysis {
    let (doc, cut) = depth::parse(input.html, depth::Limits::default());
    let title = title(&doc);
    let text = visible_text(&doc);
    let gone = gone::detect(title.as_deref(), &text.short, text.len);
    let resolver = links::Resolver::new(&doc, input);
    let metas = Metas::read(&doc);
    let placement = column::placement_with(&doc, &metas, input.url);
    let declared = placement.column_name.is_some() || !placement.breadcrumb.is_empty();
    let mut items = if placement.article {
        Vec::new()
    } else {
        list::items_dated(&doc, &resolver, input.url, declared, placement.page_time)
    };
    let scripted = if placement.article {
        scripted::Scripted::default()
    } else {
        scripted::read(&doc, &resolver, input, !items.is_empty())
    };
    let mut links = links::collect(&doc, &resolver);
    add_scripted(&mut items, &mut links, &scripted);
    let messages = messages::find(&doc, &resolver, input.url);
    // Only a list page without items can be a blank column: not one that
    // publishes messages, whatever a reply says (暂无相关信息), nor one
    // whose scripts build its list, whatever they say on failure.
    let built_by_script = scripted.sources.iter().any(|s| s.builds_list());
    let says_empty = !placement.article
        && items.is_empty()
        && messages.is_empty()
        && !built_by_script
        && list::says_empty(&doc);
    let mut styles = PageStyles::read(
        &doc,
        &|href| resolver.resolve(href),
        &|url| input.normalizer.normalize(url),
        input.stylesheets,
    );
    let dom = Dom::with_styles(&doc, &mut styles);
    let styles = std::cell::RefCell::new(styles);
    let page_doc =
        PageDoc::new(&doc, &dom, input.url, input.home, input.options, &resolver).with_styles(&styles);
    let issues = run_checks(&page_doc);
    let marks = input.home.then(|| crate::facts::marks::read(&page_doc));
    let accounts = accounts::find(&doc, &resolver, title.as_deref(), placement.column_name.as_deref());
    let unlinked_accounts =
        accounts::find_unlinked(&doc, title.as_deref(), placement.column_name.as_deref(), &accounts);
    let consultation_end = consultation::end_date(&doc, title.as_deref());
    let validity = expiry::read(&doc, placement.article);
    let care_entry = if input.home { care_entry::find(&doc, &resolver, &links) } else { None };
    let care = care_page::read(&doc, input.url);
    let leaders = leaders::read(&doc, &placement, title.as_deref(), input.url, &resolver, &links);
    let search_form =
        if input.home { search_form::find(&doc, &resolver, input.url, input.encoding.name()) } else { None };
    PageAnalysis {
        care_entry,
        care,
        leaders,
        search_form,
        validity,
        consultation_end,
        accounts,
        unlinked_accounts,
        marks,
        messages,
        links,
        built_by: scripted.sources,
        data_requests: scripted.data_requests,
        site_name: metas.get("sitename").map(page_name),
        title,
        gone,
        text_len: text.len,
        text_hash: text.hash,
        items,
        placement,
        says_empty,
        issues,
        parse_cut: cut,
        target: (),
        pinned: Vec::new(),
        void_marked: Vec::new(),
        item_years: Vec::new(),
    }
}

/// Adds what the scripts list to the page's items and links: their items
/// are the list's, and a visitor reaches them and the script-made
/// pagination pages by clicking, so they are links to check like others.
fn add_scripted(items: &mut Vec<list::FoundItem>, links: &mut Vec<FoundLink>, scripted: &scripted::Scripted) {
    let mut known: std::collections::HashSet<Url> = links.iter().map(|l| l.url.clone()).collect();
    let mut listed: std::collections::HashSet<Url> = items.iter().map(|i| i.url.clone()).collect();
    for item in &scripted.items {
        if listed.insert(item.url.clone()) {
            items.push(item.clone());
        }
    }
    let new_targets = scripted.items.iter().map(|i| &i.url).chain(&scripted.pages);
    for url in new_targets {
        if known.insert(url.clone()) {
            links.push(FoundLink { url: url.clone(), element: Element::A, label: None });
        }
    }
}

fn title(doc: &Html) -> Option<String> {
    let title = doc.tree.nodes().find(|n| matches!(n.value(), Node::Element(e) if e.name() == "title"))?;
    let text: String = title.descendants().filter_map(|d| d.value().as_text().map(|t| &**t)).collect();
    let collapsed = collapse_whitespace(&text);
    (!collapsed.is_empty()).then(|| page_name(collapsed))
}

/// A name the page gives itself, bounded as it enters the facts (see
/// [`crate::bounded`]).
fn page_name(name: String) -> String {
    match crate::bounded::bounded(&name, crate::bounded::NAME_CHARS) {
        std::borrow::Cow::Borrowed(_) => name,
        std::borrow::Cow::Owned(bounded) => bounded,
    }
}

/// The page's `<meta name="…" content="…">` pairs, read in one walk: a
/// page is asked for several (`ColumnName`, `PubDate`, `SiteName`…), and
/// each missing one would otherwise cost a walk of the whole tree.
pub(crate) struct Metas<'a>(Vec<(&'a str, &'a str)>);

impl<'a> Metas<'a> {
    pub(crate) fn read(doc: &'a Html) -> Self {
        Metas(
            doc.tree
                .nodes()
                .filter_map(|n| match n.value() {
                    Node::Element(e) if e.name() == "meta" => {
                        Some((e.attr_of("name")?, e.attr_of("content")?))
                    }
                    _ => None,
                })
                .collect(),
        )
    }

    /// The first non-blank `content` of a `<meta name>` matching `name`
    /// ignoring case, whitespace collapsed.
    pub(crate) fn get(&self, name: &str) -> Option<String> {
        self.0
            .iter()
            .filter(|(n, _)| n.trim().eq_ignore_ascii_case(name))
            .map(|(_, content)| collapse_whitespace(content))
            .find(|c| !c.is_empty())
    }
}

/// How much visible text is kept for wording checks; pages longer than this
/// are real content, not an error page.
const SHORT_TEXT: usize = 600;

/// What one pass over the visible text learns.
struct VisibleText {
    /// Length in characters.
    len: u32,
    hash: u64,
    /// The first [`SHORT_TEXT`] bytes.
    short: String,
}

fn visible_text(doc: &Html) -> VisibleText {
    let mut hasher = DefaultHasher::new();
    let mut len: u32 = 0;
    let mut short = String::new();
    let mut hidden_depth = 0usize;
    for edge in doc.tree.root().traverse() {
        match edge {
            ego_tree::iter::Edge::Open(node) => match node.value() {
                Node::Element(e) if INVISIBLE.contains(&e.name()) => hidden_depth += 1,
                Node::Text(t) if hidden_depth == 0 => {
                    for word in t.split_whitespace() {
                        hasher.write(word.as_bytes());
                        let chars = word.chars().count() as u32;
                        len = len.saturating_add(chars + 1);
                        if short.len() < SHORT_TEXT {
                            short.push_str(word);
                            short.push(' ');
                        }
                    }
                }
                _ => {}
            },
            ego_tree::iter::Edge::Close(node) => {
                if let Node::Element(e) = node.value()
                    && INVISIBLE.contains(&e.name())
                {
                    hidden_depth = hidden_depth.saturating_sub(1);
                }
            }
        }
    }
    VisibleText { len, hash: hasher.finish(), short }
}

/// An element's text with its text nodes kept apart (`<td>2026-11-05</td>
/// <td>2026-11-10</td>` must not read as one number), whitespace collapsed.
pub(crate) fn text_of(el: scraper::ElementRef<'_>) -> String {
    el.text().flat_map(str::split_whitespace).collect::<Vec<_>>().join(" ")
}

/// A test page as the crawler hands it over: `f` gets the page input for
/// `html` read from `url` in `encoding` (an inner page: not the home page).
#[cfg(test)]
pub(crate) fn with_test_input<T>(
    html: &str,
    url: &str,
    encoding: &'static Encoding,
    f: impl FnOnce(&PageInput<'_>) -> T,
) -> T {
    let url = Url::parse(url).expect("test URL");
    let normalizer = Normalizer::default();
    let options = PageOptions::default();
    f(&PageInput {
        url: &url,
        html,
        encoding,
        normalizer: &normalizer,
        home: false,
        options: &options,
        stylesheets: LinkedSheets::none(),
    })
}

pub(crate) fn collapse_whitespace(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn analyze_html(html: &str) -> PageAnalysis {
        with_test_input(html, "http://www.example.gov.cn/xxgk/index.html", encoding_rs::UTF_8, read_page)
    }

    #[test]
    fn reads_title_and_visible_text_only() {
        let a = analyze_html(
            "<html><head><title>\n 政务公开 \n</title><style>p{}</style></head>\
             <body><script>var x = 1;</script><p>你好 世界</p></body></html>",
        );
        assert_eq!(a.title.as_deref(), Some("政务公开"));
        // "你好 " and "世界 ": 2 + 1 + 2 + 1 characters.
        assert_eq!(a.text_len, 6);
    }

    #[test]
    fn same_text_same_hash() {
        let a = analyze_html("<p>页面 内容</p>");
        let b = analyze_html("<div>页面\n\n内容</div>");
        let c = analyze_html("<p>别的 内容</p>");
        assert_eq!(a.text_hash, b.text_hash);
        assert_ne!(a.text_hash, c.text_hash);
    }

    #[test]
    fn runaway_nesting_is_read_up_to_the_cap_and_said_so() {
        let html = format!(
            "<a href=\"/first.html\">首条</a>{}<a href=\"/lost.html\">x</a>",
            "<span></x>".repeat(100_000)
        );
        let a = analyze_html(&html);
        assert!(a.nesting_cut());
        let links: Vec<&str> = a.links.iter().map(|l| l.url.path()).collect();
        assert_eq!(links, ["/first.html"]);
        assert!(!analyze_html("<div><p>正常页面</p></div>").nesting_cut());
    }
}
