//! What a page check sees and leaves behind: the parsed page
//! ([`PageDoc`]) and the [`PageIssue`]s kept in the page's facts.
//!
//! The crawler parses each page once and runs every page check over that
//! tree (`crate::registry::analyze`); what comes out is a short list of
//! [`PageIssue`]s kept in the page's facts, and the body is dropped. At the
//! end of the crawl `crate::registry` turns the issues of the pages
//! reported on into findings, so a page check never needs the page again
//! and memory stays proportional to the URLs, not the bytes. Nothing here
//! knows which checks exist.

use std::collections::HashSet;
use std::sync::{Arc, OnceLock};

use ego_tree::NodeId;
use scraper::Html;
use url::Url;

use crate::facts::a11y::dom::Dom;
use crate::facts::html::attr::Attr;
use crate::facts::html::links::Resolver;
use crate::facts::lexicon::{self, Lexicon, WordHit, WordNote};
use crate::facts::text::Segment;
use crate::lang::Lang;

/// What page checks take from the user's settings, fixed for the run.
#[derive(Clone, Debug, Default)]
pub struct PageOptions {
    pub lang: Lang,
    /// The wrong-word lexicon: the shipped entries plus the user's, in one
    /// automaton built once for the run.
    pub lexicon: Arc<Lexicon>,
}

impl PageOptions {
    pub fn new(lang: Lang, lexicon: Lexicon) -> Self {
        PageOptions { lang, lexicon: Arc::new(lexicon) }
    }
}

/// What a page check sees: the parsed page and the shared walk over it.
pub struct PageDoc<'a> {
    pub html: &'a Html,
    pub dom: &'a Dom<'a>,
    pub url: &'a Url,
    /// The crawler reached the page at depth 0: it may be the home page.
    pub home: bool,
    pub options: &'a PageOptions,
    pub resolver: &'a Resolver<'a>,
    /// The page's styles as the walk applied them, for the checks that ask
    /// why an element is out of sight (`link.hidden`); `None` where only the
    /// walk was built.
    pub styles: Option<&'a std::cell::RefCell<crate::facts::css::cascade::PageStyles>>,
    /// The lexicon's words in the page, found on first use: three checks
    /// grade them, one pass finds them.
    words: OnceLock<Vec<WordHit>>,
}

impl<'a> PageDoc<'a> {
    pub fn new(
        html: &'a Html,
        dom: &'a Dom<'a>,
        url: &'a Url,
        home: bool,
        options: &'a PageOptions,
        resolver: &'a Resolver<'a>,
    ) -> Self {
        PageDoc { html, dom, url, home, options, resolver, styles: None, words: OnceLock::new() }
    }

    /// The page with the styles its walk applied.
    pub fn with_styles(
        mut self,
        styles: &'a std::cell::RefCell<crate::facts::css::cascade::PageStyles>,
    ) -> Self {
        self.styles = Some(styles);
        self
    }

    /// The page's visible text segments (see [`crate::facts::text`]).
    pub fn segments(&self) -> &[Segment<'a>] {
        self.dom.texts()
    }

    pub fn lang(&self) -> Lang {
        self.options.lang
    }

    /// The wrong words of the run's lexicon in the page's title and visible
    /// text ([`crate::facts::lexicon`]), in order of first occurrence.
    pub fn word_hits(&self) -> &[WordHit] {
        self.words.get_or_init(|| lexicon::scan_text(&self.options.lexicon, &lexicon::page_text(self)))
    }

    /// The absolute URL an attribute value points to, as the report's
    /// `target`; the raw value when it does not resolve to http(s).
    pub fn target(&self, raw: Option<&str>) -> Option<String> {
        let raw = raw.map(str::trim).filter(|r| !r.is_empty())?;
        Some(self.resolver.resolve(raw).map_or_else(|| raw.to_owned(), String::from))
    }
}

/// One problem a page check found, kept until the site's findings are
/// assembled. Strings are shared (`Arc<str>`): a template's fault repeats
/// on every page with the same selector, snippet and detail, and the
/// crawler keeps one copy of each ([`Interner`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PageIssue {
    pub check: &'static str,
    /// The finding's `detail`; the check's title when `None`.
    pub detail: Option<Arc<str>>,
    pub evidence: Arc<str>,
    pub selector: Option<Arc<str>>,
    pub target: Option<Arc<str>>,
    pub element: Option<Arc<str>>,
    pub mark: Option<&'static str>,
    /// The lexicon entry a wrong-word issue is about (shared with the
    /// lexicon: it costs a pointer per issue).
    pub word: Option<Arc<WordNote>>,
    /// The element the issue is about, while the page is still parsed:
    /// its selector and snippet are written only for the issues kept
    /// (`run_all` in `crate::registry`), since a page can have 20,000
    /// unnamed links and a CSS path costs a walk over siblings.
    pub node: Option<NodeId>,
}

/// Keeps one copy of each string the page issues of a crawl carry. A
/// 100,000-page portal whose template lacks ten `alt`s keeps a million
/// issues; shared, their strings cost a few kilobytes instead of a few
/// hundred megabytes.
#[derive(Debug, Default)]
pub struct Interner {
    strings: HashSet<Arc<str>>,
}

impl Interner {
    /// Replaces each of the issues' strings with the copy already kept.
    pub fn intern(&mut self, issues: &mut [PageIssue]) {
        for issue in issues {
            self.one(&mut issue.evidence);
            for s in [&mut issue.detail, &mut issue.selector, &mut issue.target, &mut issue.element]
                .into_iter()
                .flatten()
            {
                self.one(s);
            }
        }
    }

    fn one(&mut self, s: &mut Arc<str>) {
        match self.strings.get(&**s) {
            Some(kept) => *s = Arc::clone(kept),
            None => {
                self.strings.insert(Arc::clone(s));
            }
        }
    }
}

impl PageIssue {
    /// An issue about one element: its tag name as `element`; its CSS path
    /// and its start tag (as evidence) are written if the issue is kept.
    pub fn at(check: &'static str, el: scraper::ElementRef<'_>) -> Self {
        PageIssue {
            check,
            element: Some(el.value().name().into()),
            node: Some(el.id()),
            ..PageIssue::default()
        }
    }

    /// Writes the selector and snippet of the element the issue is about.
    pub fn locate(&mut self, doc: &PageDoc<'_>) {
        let Some(el) =
            self.node.take().and_then(|id| doc.html.tree.get(id)).and_then(scraper::ElementRef::wrap)
        else {
            return;
        };
        if self.evidence.is_empty() {
            // Markup can carry a number (`href="tel:139…"`, `value=`).
            self.evidence = crate::facts::text::mask_numbers(&crate::facts::a11y::dom::snippet(el)).into();
        }
        if let Some(target) = self.target.as_ref().filter(|t| t.starts_with("tel:") || t.starts_with("sms:"))
        {
            self.target = Some(crate::facts::text::mask_numbers(target).into());
        }
        self.selector = Some(crate::facts::a11y::dom::css_path(doc.dom, el).into());
    }

    pub fn with_target(mut self, target: Option<String>) -> Self {
        self.target = target.map(Arc::from);
        self
    }

    pub fn with_detail(mut self, detail: String) -> Self {
        self.detail = Some(detail.into());
        self
    }
}

/// Whether an element a visitor can activate is labelled so that `names`
/// holds: its title, alt, aria-label or value, its own text when short (a
/// news headline that mentions the words is not an entry: entries are
/// short labels), or the alt or title of an image inside it. Entries on
/// the home page (无障碍, 政务服务, 站内搜索) are found this way.
pub fn labelled(el: scraper::ElementRef<'_>, max_label: usize, names: impl Fn(&str) -> bool) -> bool {
    let v = el.value();
    let own = [v.attr_of("title"), v.attr_of("alt"), v.attr_of("aria-label"), v.attr_of("value")];
    if own.into_iter().flatten().any(&names) {
        return true;
    }
    let text = crate::facts::a11y::dom::collapse(&el.text().collect::<String>());
    if text.chars().count() <= max_label && names(&text) {
        return true;
    }
    el.descendants()
        .filter_map(scraper::ElementRef::wrap)
        .any(|d| [d.value().attr_of("alt"), d.value().attr_of("title")].into_iter().flatten().any(&names))
}

/// Builds the `PageDoc` the crawler would build for `html` at `url` and
/// hands it to `read` (for unit tests of page checks and page readers).
#[cfg(test)]
pub fn with_test_page<T>(url: &str, home: bool, html: &str, read: impl FnOnce(&PageDoc<'_>) -> T) -> T {
    let url = Url::parse(url).expect("test url");
    let normalizer = crate::url_norm::Normalizer::default();
    let options = PageOptions::default();
    let input = crate::facts::html::PageInput {
        url: &url,
        html,
        encoding: encoding_rs::UTF_8,
        normalizer: &normalizer,
        home,
        options: &options,
        stylesheets: crate::facts::css::LinkedSheets::none(),
    };
    let parsed = Html::parse_document(html);
    let dom = Dom::new(&parsed);
    let resolver = Resolver::new(&parsed, &input);
    read(&PageDoc::new(&parsed, &dom, &url, home, &options, &resolver))
}

/// Runs one page check over a test page, as the crawler would on an inner
/// page of `www.qingxi.gov.cn` (for the checks' unit tests).
#[cfg(test)]
pub fn test_run(run: fn(&PageDoc<'_>) -> Vec<PageIssue>, html: &str) -> Vec<PageIssue> {
    with_test_page("http://www.qingxi.gov.cn/xwzx/index.html", false, html, |doc| {
        let mut issues = run(doc);
        issues.iter_mut().for_each(|i| i.locate(doc));
        issues
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interned_issues_share_their_strings() {
        let issue = || PageIssue {
            check: "a11y.image-alt",
            evidence: Arc::from(String::from("<img src=\"/logo.png\">")),
            selector: Some(Arc::from(String::from("#header > img"))),
            ..PageIssue::default()
        };
        let (mut a, mut b) = (vec![issue()], vec![issue()]);
        assert!(!Arc::ptr_eq(&a[0].evidence, &b[0].evidence));
        let mut interner = Interner::default();
        interner.intern(&mut a);
        interner.intern(&mut b);
        assert!(Arc::ptr_eq(&a[0].evidence, &b[0].evidence));
        assert!(Arc::ptr_eq(a[0].selector.as_ref().unwrap(), b[0].selector.as_ref().unwrap()));
        assert_eq!(a, b);
    }
}
