//! The contract between the crawler and the checks.
//!
//! The crawler records one [`Target`] per distinct URL it met (requested or
//! deliberately not), and one [`PageFacts`] per HTML page it parsed (read
//! as `PageFacts<Read>`, kept with its URLs interned). Bodies
//! are gone by the time these exist: site checks work on these compact facts
//! only, which is what keeps memory proportional to the number of URLs.
//!
//! A failed fetch is data here ([`FetchOutcome`]), never an error: a dead
//! link is the site's problem, not the tool's.

use serde::Serialize;

use crate::facts::dates::Written;
pub use crate::facts::html::column::Placement;

/// Index of a URL in [`SiteCrawl::targets`].
pub type TargetId = u32;

/// The HTML element a link was found on; reported as `element`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Element {
    A,
    Area,
    Img,
    Script,
    Link,
    Iframe,
    Frame,
    Embed,
    Object,
    Source,
    Video,
    Audio,
    Track,
    Input,
    /// `<meta http-equiv="refresh" content="0;url=…">`
    Meta,
    /// The legacy `background` attribute of `body`, `table`, `td`, `th`.
    Background,
}

impl Element {
    pub fn as_str(self) -> &'static str {
        match self {
            Element::A => "a",
            Element::Area => "area",
            Element::Img => "img",
            Element::Script => "script",
            Element::Link => "link",
            Element::Iframe => "iframe",
            Element::Frame => "frame",
            Element::Embed => "embed",
            Element::Object => "object",
            Element::Source => "source",
            Element::Video => "video",
            Element::Audio => "audio",
            Element::Track => "track",
            Element::Input => "input",
            Element::Meta => "meta",
            Element::Background => "background",
        }
    }

    /// Whether following this link leads to another page a visitor reads
    /// (and so may be crawled), rather than to a resource embedded in the page.
    pub fn navigates(self) -> bool {
        matches!(self, Element::A | Element::Area | Element::Iframe | Element::Frame | Element::Meta)
    }
}

/// How a network failure showed itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NetErrorKind {
    Timeout,
    Dns,
    Refused,
    Reset,
    Tls,
    RedirectLoop,
    TooManyRedirects,
    /// A 3xx answer whose `Location` is missing or not a URL.
    BadRedirect,
    Other,
}

/// A request that got no usable answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NetError {
    pub kind: NetErrorKind,
    /// The underlying error text, for evidence.
    pub message: String,
}

/// Why a URL was deliberately not requested. None of these is a dead link.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SkipReason {
    /// robots.txt disallows it for our user agent.
    Robots,
    /// It matches a user `exclude` pattern.
    Excluded,
    /// External links are switched off (`--no-external`).
    External,
    /// Too many query-string variants of one path (an endless calendar).
    Trap,
    /// The crawl stopped (Ctrl-C or a limit) before its turn came.
    Interrupted,
    /// govaudit itself failed on the answer (a bug, logged); nothing is
    /// claimed about the URL.
    InternalError,
    /// An official account's page: the account audit requests it (once,
    /// at the platform's pace) and its answer is the link's. Left only when
    /// the account was read at another address (an API, a roster entry).
    Account,
    /// The server asked us to wait longer than we wait (`Retry-After`
    /// beyond the bound), or kept answering 429: not dead, not evaluated.
    RateLimited,
    /// Longer than any server takes (`link.unsendable`): never sent.
    TooLong,
}

/// The request method that produced an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Method {
    #[serde(rename = "GET")]
    Get,
    #[serde(rename = "HEAD")]
    Head,
}

/// A server's answer to one URL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    pub status: u16,
    /// The method of the answer kept (GET after a HEAD fallback).
    pub method: Method,
    /// For a 3xx answer: where it points. `None` on a 3xx means the
    /// `Location` header was missing or unusable.
    pub location: Option<TargetId>,
    /// The media type without parameters, lower case.
    pub content_type: Option<String>,
    /// Set when the answer is an anti-bot challenge: the name of the kind.
    pub challenge: Option<String>,
    /// The body was longer than the cap and was cut.
    pub cut: bool,
    /// For an external HTML page: the parked-domain or for-sale marker its
    /// start shows (see [`crate::facts::parked`]).
    pub parked: Option<String>,
}

impl Answer {
    /// An HTML page answered to a GET with `status` (no redirect, no
    /// challenge): how tests and fixtures say "this URL answered".
    pub fn html(status: u16) -> Answer {
        Answer {
            status,
            method: Method::Get,
            location: None,
            content_type: Some("text/html".into()),
            challenge: None,
            cut: false,
            parked: None,
        }
    }

    pub fn is_redirect(&self) -> bool {
        (300..400).contains(&self.status) && self.status != 304
    }
}

/// What happened when the crawler dealt with one URL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FetchOutcome {
    Answered(Answer),
    Failed(NetError),
    Skipped(SkipReason),
}

/// One distinct URL met during the crawl.
#[derive(Clone, Debug)]
pub struct Target {
    /// Normalised absolute URL (see [`crate::url_norm`]).
    pub url: String,
    /// Inside the audited site's scope.
    pub internal: bool,
    pub outcome: FetchOutcome,
    /// Index into [`SiteCrawl::pages`] when the answer was parsed as a page.
    pub page: Option<u32>,
    /// The first short link text seen for it (`政策文件`): what the site
    /// calls the page in its menus.
    pub label: Option<String>,
}

/// A link found on a page, after resolution and normalisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Link {
    pub target: TargetId,
    pub element: Element,
}

/// The two stages of a page's facts: as read from the HTML ([`Read`], URLs
/// as found) and as the crawl keeps them ([`Kept`], URLs interned as
/// [`TargetId`]s, the body dropped). Only the fields that hold URLs differ.
pub trait Stage {
    /// The URL the page was read from: not known to the reader.
    type Target: Clone + std::fmt::Debug + Default;
    type Link: Clone + std::fmt::Debug;
    type Item: Clone + std::fmt::Debug;
    type Message: Clone + std::fmt::Debug;
}

/// A page as read from its HTML ([`crate::facts::html::PageAnalysis`]).
#[derive(Clone, Copy, Debug, Default)]
pub struct Read;

/// A page as the crawl keeps it ([`PageFacts`]).
#[derive(Clone, Copy, Debug, Default)]
pub struct Kept;

impl Stage for Read {
    type Target = ();
    type Link = crate::facts::html::FoundLink;
    type Item = crate::facts::html::list::FoundItem;
    type Message = crate::facts::html::messages::FoundMessage;
}

impl Stage for Kept {
    type Target = TargetId;
    type Link = Link;
    type Item = Item;
    type Message = Message;
}

/// What a page says: read from its HTML (`PageFacts<Read>`, the
/// `PageAnalysis` the crawler gets), then kept once its body is dropped and
/// its URLs interned (`PageFacts`, what the site checks read).
#[derive(Clone, Debug)]
pub struct PageFacts<S: Stage = Kept> {
    /// The URL the page was read from (after redirects).
    pub target: S::Target,
    /// Distinct link targets, in document order, first element kept.
    pub links: Vec<S::Link>,
    pub title: Option<String>,
    /// `<meta name="SiteName">`, which TRS-style portals carry on every page.
    pub site_name: Option<String>,
    /// Wording that says the content is gone (页面不存在, 404 …), if any.
    pub gone: Option<String>,
    /// Length in characters of the visible text.
    pub text_len: u32,
    /// Hash of the visible text, to recognise the site's not-found page.
    pub text_hash: u64,
    /// Items of the page's lists, with the date written beside each (none
    /// for an article: its sidebars belong to other columns).
    pub items: Vec<S::Item>,
    pub placement: Placement,
    /// The page says its list is empty (暂无信息).
    pub says_empty: bool,
    /// What the page checks found while the page was parsed.
    pub issues: Vec<crate::facts::page::PageIssue>,
    /// Official accounts the page lists (a 政务新媒体 page).
    pub accounts: Vec<crate::facts::html::accounts::FoundAccount>,
    /// Accounts the page lists by QR code and name only, with no link.
    pub unlinked_accounts: Vec<crate::facts::html::accounts::UnlinkedAccount>,
    /// On a home page: the identity marks with the values read.
    pub marks: Option<crate::facts::marks::Marks>,
    /// Messages and replies the page publishes (a consultation column's
    /// list, or one message's own page).
    pub messages: Vec<S::Message>,
    /// For a public consultation notice (征求意见): the day it ends.
    pub consultation_end: Option<Written>,
    /// For an article: the deadline it states and whether it says it is
    /// no longer in force.
    pub validity: crate::facts::html::expiry::Validity,
    /// Items the page's lists mark pinned (置顶). Kept only: while read,
    /// each item carries its own mark.
    pub pinned: Vec<TargetId>,
    /// Items the page's lists mark void (已废止, 已失效). Kept only, as
    /// `pinned`.
    pub void_marked: Vec<TargetId>,
    /// The years the page's evidence gives its items' year-less dates (their
    /// URL, their dated neighbours, the page's own time); an item not here
    /// has its year written, no date, or an assumed year. Kept only, as
    /// `pinned`.
    pub item_years: Vec<(TargetId, crate::facts::dates::Year)>,
    /// On a home page: its site search form.
    pub search_form: Option<crate::facts::html::search_form::SearchForm>,
    /// On a home page: the link to its elderly-friendly mode (关怀版,
    /// 长者模式), one of `links`.
    pub care_entry: Option<S::Link>,
    /// What the page offers an older visitor (its own text-size, colour
    /// and reading-aloud controls, a toolbar) and the pop-ups it loads.
    pub care: crate::facts::html::care_page::CareFacts,
    /// On a leaders page (领导信息): the leaders it shows; `None` for any
    /// other page.
    pub leaders: Option<crate::facts::html::leaders::LeadersPage>,
    /// Where and why the parse stopped, for a page read only in part (the
    /// markup nested too deep, or too large or slow to read whole).
    pub parse_cut: Option<crate::facts::html::depth::Cut>,
    /// The scripts that build the page's list; empty for an HTML list.
    pub built_by: Vec<crate::facts::html::scripted::ListSource>,
    /// Requests the page's scripts send for the rest of its list, for the
    /// crawler to send as they do. Read only: the crawler takes them.
    pub data_requests: Vec<crate::facts::html::scripted::DataRequest>,
}

// By hand: derived, it would ask every stage's link, item and message
// types for a default, which a link has not.
impl<S: Stage> Default for PageFacts<S> {
    fn default() -> Self {
        PageFacts {
            target: S::Target::default(),
            links: Vec::new(),
            items: Vec::new(),
            messages: Vec::new(),
            pinned: Vec::new(),
            void_marked: Vec::new(),
            item_years: Vec::new(),
            data_requests: Vec::new(),
            title: None,
            site_name: None,
            gone: None,
            text_len: 0,
            text_hash: 0,
            placement: Placement::default(),
            says_empty: false,
            issues: Vec::new(),
            accounts: Vec::new(),
            unlinked_accounts: Vec::new(),
            marks: None,
            consultation_end: None,
            validity: Default::default(),
            search_form: None,
            care_entry: None,
            care: Default::default(),
            leaders: None,
            parse_cut: None,
            built_by: Vec::new(),
        }
    }
}

impl<S: Stage> PageFacts<S> {
    /// The identity marks a home page shows, each with the value read
    /// (标识码, ICP and 公安备案 numbers, sponsor, contact); `None` for a
    /// page not read as a home page.
    pub fn marks(&self) -> Option<&crate::facts::marks::Marks> {
        self.marks.as_ref()
    }

    /// Only the start of the page was read (see [`crate::facts::html::depth`]).
    pub fn nesting_cut(&self) -> bool {
        self.parse_cut.is_some()
    }
}

impl PageFacts<Kept> {
    /// What is kept of a page read from `target`, its links and items
    /// already interned.
    pub fn new(target: TargetId, analysis: PageFacts<Read>, links: Vec<Link>, items: Vec<Item>) -> Self {
        let messages = messages_of(&analysis, &links);
        // One target per link, in the order of `analysis.links`.
        let care_entry = analysis
            .care_entry
            .as_ref()
            .and_then(|entry| analysis.links.iter().position(|l| l.url == entry.url))
            .and_then(|at| links.get(at).copied());
        // The crawler interns `analysis.items` in order, one item each.
        let marked = |mark: fn(&crate::facts::html::list::FoundItem) -> bool| {
            analysis
                .items
                .iter()
                .zip(&items)
                .filter(|(found, _)| mark(found))
                .map(|(_, i)| i.target)
                .collect()
        };
        let (pinned, void_marked) = (marked(|f| f.pinned), marked(|f| f.void));
        let item_years = analysis
            .items
            .iter()
            .zip(&items)
            .filter(|(found, _)| found.date.is_some_and(|w| w.year.is_none()))
            .filter_map(|(found, i)| Some((i.target, found.year?)))
            .collect();
        let PageFacts {
            target: (),
            links: _,
            items: _,
            messages: _,
            pinned: _,
            void_marked: _,
            item_years: _,
            data_requests: _,
            care_entry: _,
            title,
            site_name,
            gone,
            text_len,
            text_hash,
            placement,
            says_empty,
            issues,
            accounts,
            unlinked_accounts,
            marks,
            consultation_end,
            validity,
            search_form,
            care,
            leaders,
            parse_cut,
            built_by,
        } = analysis;
        PageFacts {
            target,
            links,
            items,
            messages,
            pinned,
            void_marked,
            item_years,
            data_requests: Vec::new(),
            care_entry,
            title,
            site_name,
            gone,
            text_len,
            text_hash,
            placement,
            says_empty,
            issues,
            accounts,
            unlinked_accounts,
            marks,
            consultation_end,
            validity,
            search_form,
            care,
            leaders,
            parse_cut,
            built_by,
        }
    }
}

/// The page's messages, their links resolved to the targets the crawler
/// interned for the page's links (one target per link, in the order of
/// `analysis.links`), so the crawler need not know about messages.
fn messages_of(analysis: &PageFacts<Read>, links: &[Link]) -> Vec<Message> {
    analysis
        .messages
        .iter()
        .map(|m| {
            let target = m.url.as_ref().and_then(|url| {
                let at = analysis.links.iter().position(|l| l.url == *url)?;
                links.get(at).map(|l| l.target)
            });
            Message {
                target,
                title: m.title.clone(),
                asked: m.asked,
                answered: m.answered,
                pending: m.pending,
                settled: m.settled,
            }
        })
        .collect()
}

/// A message to the government (留言 / 来信) as a page publishes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// The message's own page; `None` for the page itself (a detail page)
    /// or a message published inline.
    pub target: Option<TargetId>,
    pub title: String,
    /// 留言时间 / 来信时间.
    pub asked: Option<Written>,
    /// 答复时间 / 回复时间.
    pub answered: Option<Written>,
    /// The page says it awaits an answer (未回复, 办理中 …).
    pub pending: bool,
    /// The page says it was answered (已办结 …), dated or not.
    pub settled: bool,
}

/// An item of a list page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    pub target: TargetId,
    pub title: String,
    pub date: Option<Written>,
}

/// Everything the crawler learned about one site.
#[derive(Clone, Debug, Default)]
pub struct SiteCrawl {
    /// The start URL as given (normalised).
    pub root: TargetId,
    pub targets: Vec<Target>,
    pub pages: Vec<PageFacts>,
    /// The site's answer for a URL that cannot exist, used to recognise
    /// "soft 404" pages (answered 200 but saying the content is gone).
    pub not_found_probe: Option<TargetId>,
    /// The parsed body of that answer when it was a 200 HTML page.
    pub not_found_page: Option<PageFacts>,
    /// The official accounts audited with the site, and their answers.
    pub accounts: Vec<crate::facts::account::facts::AccountFacts>,
    /// The answer to the one site search sent (`site.search-broken`).
    pub search_results: Option<SearchResults>,
    /// The pages axe-core judged in headless Chromium (`--render`).
    pub rendered: Vec<crate::facts::a11y::rendered::RenderedPage>,
    /// The site's attachments whose text was read, scanned.
    pub attachments: Vec<crate::facts::attachment::AttachmentScan>,
}

/// A site search's results page, kept apart from the site's pages: it is
/// the answer to our query, not a page of the site to audit.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchResults {
    /// The URL that answered with the results (after redirects).
    pub target: TargetId,
    /// The pages of the site it links to.
    pub links: Vec<TargetId>,
}

/// The end of a chain of redirects.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Resolved<'a> {
    /// The last URL reached.
    pub target: TargetId,
    pub outcome: &'a FetchOutcome,
    /// Redirects followed to get there.
    pub hops: u32,
    /// The chain looped back on itself or was longer than allowed.
    pub broken: Option<NetErrorKind>,
}

/// Browsers and the contract stop after this many redirects.
pub const MAX_REDIRECTS: u32 = 10;

impl SiteCrawl {
    pub fn target(&self, id: TargetId) -> &Target {
        &self.targets[id as usize]
    }

    /// Follows redirects from `id` to the answer that decides the link.
    pub fn resolve(&self, id: TargetId) -> Resolved<'_> {
        let mut current = id;
        let mut hops = 0;
        let mut seen = vec![id];
        loop {
            let outcome = &self.target(current).outcome;
            let next = match outcome {
                FetchOutcome::Answered(a) if a.is_redirect() => a.location,
                _ => None,
            };
            let Some(next) = next else {
                return Resolved { target: current, outcome, hops, broken: None };
            };
            hops += 1;
            let broken = if seen.contains(&next) {
                Some(NetErrorKind::RedirectLoop)
            } else if hops > MAX_REDIRECTS {
                Some(NetErrorKind::TooManyRedirects)
            } else {
                None
            };
            if broken.is_some() {
                return Resolved { target: next, outcome, hops, broken };
            }
            seen.push(next);
            current = next;
        }
    }

    /// The page facts for a target, if it was parsed as a page.
    pub fn page_of(&self, id: TargetId) -> Option<&PageFacts> {
        self.target(id).page.map(|i| &self.pages[i as usize])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn redirect(to: TargetId) -> FetchOutcome {
        FetchOutcome::Answered(Answer {
            status: 301,
            method: Method::Get,
            location: Some(to),
            content_type: None,
            challenge: None,
            cut: false,
            parked: None,
        })
    }

    fn ok() -> FetchOutcome {
        FetchOutcome::Answered(Answer::html(200))
    }

    fn site(outcomes: Vec<FetchOutcome>) -> SiteCrawl {
        SiteCrawl {
            targets: outcomes
                .into_iter()
                .enumerate()
                .map(|(i, outcome)| Target {
                    url: format!("http://h/{i}"),
                    internal: true,
                    outcome,
                    page: None,
                    label: None,
                })
                .collect(),
            ..SiteCrawl::default()
        }
    }

    #[test]
    fn follows_a_chain_to_its_end() {
        let s = site(vec![redirect(1), redirect(2), ok()]);
        let r = s.resolve(0);
        assert_eq!((r.target, r.hops, r.broken), (2, 2, None));
    }

    #[test]
    fn detects_a_loop() {
        let s = site(vec![redirect(1), redirect(0)]);
        assert_eq!(s.resolve(0).broken, Some(NetErrorKind::RedirectLoop));
    }

    #[test]
    fn stops_after_ten_redirects() {
        let mut outcomes: Vec<_> = (1..=11).map(redirect).collect();
        outcomes.push(ok());
        let s = site(outcomes);
        assert_eq!(s.resolve(0).broken, Some(NetErrorKind::TooManyRedirects));
        // Exactly ten is still fine.
        assert_eq!(s.resolve(1).broken, None);
    }
}
