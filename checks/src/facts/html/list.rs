//! The dated items of a list page: what a column (栏目) publishes.
//!
//! County CMSs write lists in a handful of shapes: `<li><a>标题</a>
//! <span>2026-11-20</span></li>`, table rows with 索引号 / 标题 / 发布日期,
//! `<div class="item"><h3><a>…</a></h3><em>[11-20]</em></div>`, picture
//! lists. What they share: each item is a container holding one title link
//! and, next to it, a date. So every titled link is walked up to its item
//! container, the date is read from the container's text without the
//! title, and items are grouped by the element that holds them. Groups that
//! do not look like lists (navigation menus: short, undated names) are
//! dropped.

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

use ego_tree::iter::Edge;
use ego_tree::{NodeId, NodeRef};
use regex::Regex;
use scraper::node::Node;
use scraper::{ElementRef, Html};
use url::Url;

use super::collapse_whitespace;
use super::links::Resolver;
use crate::facts::a11y::dom::NodeIdHasher;
use crate::facts::dates::{self, Written, Year};
use crate::facts::html::attr::Attr;

/// An item of a list, as found on the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundItem {
    pub url: Url,
    pub title: String,
    /// The date written next to it, if any.
    pub date: Option<Written>,
    /// The year of `date` and where it came from: written, the item's
    /// URL, the list's dated neighbours or the page's own time. `None` for a
    /// year-less date nothing on the page decides: the audit assumes one.
    pub year: Option<Year>,
    /// The list marks it pinned (置顶).
    pub pinned: bool,
    /// The list marks it void (已废止, 已失效).
    pub void: bool,
}

/// Words a list writes beside a pinned item.
const PINNED_WORDS: &[&str] = &["置顶", "[顶]", "【顶】"];

/// Words a list writes beside a document no longer in force.
pub const VOID_WORDS: &[&str] = &["废止", "失效", "已作废", "无效"];

/// Titles shorter than this are menu entries, not published items.
const MIN_TITLE_CHARS: usize = 4;

/// An undated group is a list only if its titles are this long on average
/// (menus say 政务公开; items say 关于做好冬季安全生产工作的通知).
const MIN_UNDATED_TITLE_CHARS: usize = 8;

/// How far above a link its item container is looked for.
const MAX_CONTAINER_DEPTH: usize = 4;

struct Candidate {
    group: NodeId,
    /// The container is an element whose job is to hold one item (li, tr, dd).
    definite: bool,
    item: FoundItem,
}

/// The items of every list on the page, in document order. A page that
/// declares itself a column (`ColumnName`, a breadcrumb) may have short
/// undated lists: the last page of a list, a column of two items.
pub fn items(doc: &Html, resolver: &Resolver<'_>, page: &Url, declared_column: bool) -> Vec<FoundItem> {
    items_dated(doc, resolver, page, declared_column, super::column::page_time(doc))
}

/// [`items`] with the page's own time already known (it dates year-less
/// items when nothing in their list does).
pub fn items_dated(
    doc: &Html,
    resolver: &Resolver<'_>,
    page: &Url,
    declared_column: bool,
    page_time: Option<chrono::NaiveDate>,
) -> Vec<FoundItem> {
    let links = Links::of(doc, resolver);
    let titles = TitleTargets::of(doc, &links);
    let mut read: HashSet<(NodeId, &str)> = HashSet::new();
    let mut candidates = Vec::new();
    for link in &links.all {
        let Some(url) = &link.url else { continue };
        let Some(node) = doc.tree.get(link.node) else { continue };
        let Some(a) = ElementRef::wrap(node) else { continue };
        // A link too short to be a title stays short with a date left out
        // of it: skip it before looking for its container.
        if url == page || link.download {
            continue;
        }
        let Some(plain_title) = title_of(a, &link.shown, None) else { continue };
        let (container, definite) = container_of(node, url, &titles);
        // The same document linked twice in one item (a title and a 详情
        // link) is one item; reading the item again for each costs its size.
        if !read.insert((container.id(), url.as_str())) {
            continue;
        }
        let Some(group) = container.parent().map(|p| p.id()) else { continue };
        // The title may hold a date of its own (关于11月20日停电的通知).
        let beside = text_outside(container, node.id());
        // Some CMSs put the date inside the title link, in its own element.
        let (date, title) = match latest_date(&beside) {
            Some(d) => (Some(d), plain_title),
            None => match date_element_in(a) {
                Some((d, text)) => {
                    let Some(title) = title_of(a, &link.shown, Some(&text)) else { continue };
                    (Some(d), title)
                }
                None => (None, plain_title),
            },
        };
        candidates.push(candidate(container, group, definite, url.clone(), title, date, &beside));
    }
    candidates.extend(linkless_rows(doc, resolver, page));
    let mut members: HashMap<NodeId, Vec<usize>> = HashMap::new();
    for (n, c) in candidates.iter().enumerate() {
        members.entry(c.group).or_default().push(n);
    }
    // Each list's year-less dates take the years its own evidence gives.
    // A pinned item is out of the list's order: it neither dates its
    // neighbours nor is dated by them.
    for list in members.values() {
        let (pinned, ordered): (Vec<usize>, Vec<usize>) =
            list.iter().partition(|&&n| candidates[n].item.pinned);
        let written = |ns: &[usize]| -> Vec<(Option<Written>, String)> {
            ns.iter().map(|&n| (candidates[n].item.date, candidates[n].item.url.to_string())).collect()
        };
        let infer = |w: &[(Option<Written>, String)]| {
            let borrowed: Vec<(Option<Written>, &str)> = w.iter().map(|(d, u)| (*d, u.as_str())).collect();
            dates::infer_years(&borrowed, page_time)
        };
        let mut years: Vec<(usize, Option<Year>)> =
            ordered.iter().copied().zip(infer(&written(&ordered))).collect();
        for n in pinned {
            years.extend(infer(&written(&[n])).into_iter().map(|y| (n, y)));
        }
        for (n, year) in years {
            candidates[n].item.year = year;
        }
    }
    let mut groups: HashMap<NodeId, Vec<&Candidate>> = HashMap::new();
    for c in &candidates {
        groups.entry(c.group).or_default().push(c);
    }
    let lists: HashSet<NodeId> = groups
        .iter()
        .filter(|(id, g)| is_list(g, declared_column) && !in_menu(doc, **id))
        .map(|(id, _)| *id)
        .collect();
    // Beside a dated list, an undated group leading to section pages or
    // other sites is a menu (专题 links in a side or footer block), not
    // more of the column.
    let dated_list = lists.iter().any(|id| groups[id].iter().any(|c| c.item.date.is_some()));
    let menu = |g: &[&Candidate]| {
        let undated = g.iter().all(|c| c.item.date.is_none());
        let sections = g.iter().filter(|c| leads_away(&c.item.url, page)).count();
        dated_list && undated && sections * 2 > g.len()
    };
    // Decided once per group: per item it would cost the group's length each time.
    let mut counted: HashSet<NodeId> = lists.iter().filter(|id| !menu(&groups[*id])).copied().collect();
    let elsewhere = other_sections_news(&counted, &groups, page);
    counted.retain(|id| !elsewhere.contains(id));
    let counts = |c: &&Candidate| counted.contains(&c.group);
    let mut seen = HashSet::new();
    let mut found: Vec<FoundItem> = candidates
        .iter()
        .filter(counts)
        .filter(|c| c.item.url != *page)
        .filter(|c| seen.insert(c.item.url.clone()))
        .map(|c| c.item.clone())
        .collect();
    // Rows without a link of their own stand for the page: the newest one
    // gives the column its date.
    let newest_linkless = candidates
        .iter()
        .filter(counts)
        .filter(|c| c.item.url == *page && c.item.date.is_some())
        .max_by_key(|c| c.item.date.map(|w| (c.item.year.map(|y| y.year).or(w.year), w.month, w.day)));
    found.extend(newest_linkless.map(|c| c.item.clone()));
    found
}

fn candidate(
    container: NodeRef<'_, Node>,
    group: NodeId,
    definite: bool,
    url: Url,
    title: String,
    date: Option<Written>,
    beside: &str,
) -> Candidate {
    // The marks are words beside the title, in the title, or an image's
    // alt (a 置顶 icon).
    let alts: String = container
        .descendants()
        .filter_map(|n| match n.value() {
            Node::Element(e) if e.name() == "img" => e.attr_of("alt"),
            _ => None,
        })
        .collect();
    let marked =
        |words: &[&str]| words.iter().any(|w| beside.contains(w) || title.contains(w) || alts.contains(w));
    let (pinned, void) = (marked(PINNED_WORDS), marked(VOID_WORDS));
    Candidate { group, definite, item: FoundItem { url, title, date, year: None, pinned, void } }
}

/// Words of a link that only fetches the item's file (a download icon).
const DOWNLOAD_WORDS: &[&str] =
    &["下载", "附件", "预览", "查看", "打印", "pdf", "doc", "docx", "wps", "ofd", "xls", "xlsx"];

/// Class or id fragments of download and attachment links.
const DOWNLOAD_MARKS: &[&str] = &["download", "xiazai", "fujian", "attach"];

/// Class or id fragments of icons.
const ICON_MARKS: &[&str] = &["icon", "ico-", "ico_", "ico "];

/// A map keyed by tree node, for the maps asked once per node of the
/// page: SipHash costs more there than the lookups' work.
type NodeMap<V> = HashMap<NodeId, V, BuildHasherDefault<NodeIdHasher>>;

/// What both passes over the links ask of each: read once per link, since
/// collecting a link's text or resolving its address costs its size each
/// time, and every link is asked by [`TitleTargets`] and by the item pass.
struct Links {
    /// Every `a` element, in the tree's order.
    all: Vec<Link>,
    /// Where each `a` element is in `all`.
    at: NodeMap<usize>,
}

struct Link {
    node: NodeId,
    /// The element has an `href` at all.
    has_href: bool,
    /// Where the `href` leads; `None` without one or when it leads nowhere.
    url: Option<Url>,
    /// The link's text, whitespace collapsed.
    shown: String,
    /// [`is_download`].
    download: bool,
    /// [`is_secondary`].
    secondary: bool,
}

impl Links {
    fn of(doc: &Html, resolver: &Resolver<'_>) -> Links {
        let mut all = Vec::new();
        let mut at = NodeMap::default();
        for a in doc.tree.nodes().filter_map(ElementRef::wrap).filter(|e| e.value().name() == "a") {
            let href = a.value().attr_of("href");
            let shown = collapsed_text(a);
            let download = is_download(a.value(), &shown);
            let secondary = is_secondary(a.value(), &shown, download);
            at.insert(a.id(), all.len());
            all.push(Link {
                node: a.id(),
                has_href: href.is_some(),
                url: href.and_then(|h| resolver.resolve(h)),
                shown,
                download,
                secondary,
            });
        }
        Links { all, at }
    }

    fn get(&self, node: NodeId) -> Option<&Link> {
        self.at.get(&node).map(|&i| &self.all[i])
    }
}

/// Whether a link only fetches an item's file: `<a download>`, a link
/// whose class says download or attachment, or one that says 下载 / PDF.
/// `shown` is its text, whitespace collapsed.
fn is_download(el: &scraper::node::Element, shown: &str) -> bool {
    el.attr_of("download").is_some() || has_mark(el, DOWNLOAD_MARKS) || {
        // Lower-casing every link's text costs more than the search: a
        // text without any of the words, in any case, cannot say download.
        // (No non-ASCII letter lower-cases into the ASCII words' letters:
        // only K and İ lower-case into ASCII, to k and i.)
        let latin = shown.bytes().any(|b| b.is_ascii_alphabetic());
        let may_say = DOWNLOAD_WORDS.iter().any(|w| match w.is_ascii() {
            true => latin && shown.as_bytes().windows(w.len()).any(|b| b.eq_ignore_ascii_case(w.as_bytes())),
            false => shown.contains(w),
        });
        may_say && {
            let text = shown.to_lowercase();
            let word = text.trim_matches(|c: char| !c.is_alphanumeric());
            !word.is_empty() && word.chars().count() <= 4 && DOWNLOAD_WORDS.iter().any(|w| word.contains(w))
        }
    }
}

/// An element's text with its whitespace collapsed, as
/// `collapse_whitespace` gives the joined text, built in one string.
fn collapsed_text(el: ElementRef<'_>) -> String {
    let mut out = String::new();
    let mut space = false;
    for c in el.text().flat_map(str::chars) {
        if c.is_whitespace() {
            space = !out.is_empty();
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    out
}

/// Whether a link is a second link of an item whatever its address: a
/// download or an icon (no text of its own). A link to the item's own
/// document again is one too; [`TitleTargets`] tells that case apart.
fn is_secondary(el: &scraper::node::Element, shown: &str, download: bool) -> bool {
    download || shown.is_empty() || (has_mark(el, ICON_MARKS) && shown.chars().count() < MIN_TITLE_CHARS)
}

/// Whether an element's class and id, lower case, hold one of `marks`.
fn has_mark(el: &scraper::node::Element, marks: &[&str]) -> bool {
    let (class, id) = (el.attr_of("class"), el.attr_of("id"));
    // Most links have neither: " " holds no mark, and building it costs
    // an allocation per link.
    if class.is_none() && id.is_none() {
        return false;
    }
    let both = format!("{} {}", class.unwrap_or_default(), id.unwrap_or_default()).to_ascii_lowercase();
    marks.iter().any(|m| both.contains(m))
}

/// A date written inside the title link in an element of its own
/// (`<a><span>标题</span><span class="date">2019-01-02</span></a>`), and
/// that element's text, to leave out of the title. A date that is part of
/// the title's words (关于2026年12月1日停电的通知) is not one.
fn date_element_in(a: ElementRef<'_>) -> Option<(Written, String)> {
    let whole = text_of_node(*a);
    a.descendants().filter_map(ElementRef::wrap).filter(|e| e.id() != a.id()).find_map(|e| {
        let text = text_of_node(*e);
        let date = dates::first(&text)?;
        let rest = text.chars().filter(|c| !c.is_ascii_digit() && !"-/.年月日[]()（）【】 :：".contains(*c));
        // Before or after the title, not inside its words.
        let apart = whole.starts_with(&text) || whole.ends_with(&text);
        (rest.count() == 0 && apart).then_some((date, text))
    })
}

/// Items printed without a link of their own: a row opened by script
/// (`<li onclick="…">`, `<a href="javascript:…">`). Their URL is the one
/// their script names when it can be read, else the page's own.
fn linkless_rows(doc: &Html, resolver: &Resolver<'_>, page: &Url) -> Vec<Candidate> {
    let mut out = Vec::new();
    for node in doc.tree.nodes() {
        let Some(row) = ElementRef::wrap(node).filter(|e| matches!(e.value().name(), "li" | "tr" | "dd"))
        else {
            continue;
        };
        let links = row.descendants().filter_map(ElementRef::wrap).filter(|e| e.value().name() == "a");
        if links.clone().any(|a| a.value().attr_of("href").and_then(|h| resolver.resolve(h)).is_some()) {
            continue;
        }
        // Nested rows (a table in an li): the innermost is the item.
        if row
            .descendants()
            .skip(1)
            .filter_map(ElementRef::wrap)
            .any(|e| matches!(e.value().name(), "li" | "tr"))
        {
            continue;
        }
        let scripted =
            std::iter::once(row).chain(row.descendants().filter_map(ElementRef::wrap)).find_map(|e| {
                e.value().attr_of("onclick").or_else(|| {
                    e.value().attr_of("href").filter(|h| h.trim_start().starts_with("javascript"))
                })
            });
        let Some(script) = scripted else { continue };
        let text = text_of_node(*row);
        let Some(date) = latest_date(&text) else { continue };
        let title = longest_text(*row);
        if title.chars().count() < MIN_UNDATED_TITLE_CHARS {
            continue;
        }
        let url = script_target(script).and_then(|t| resolver.resolve(&t)).unwrap_or_else(|| page.clone());
        let Some(group) = node.parent().map(|p| p.id()) else { continue };
        out.push(candidate(node, group, true, url, title, Some(date), &text));
    }
    out
}

/// A node's text, text nodes kept apart.
fn text_of_node(node: NodeRef<'_, Node>) -> String {
    node.descendants()
        .filter_map(|n| n.value().as_text().map(|t| &**t))
        .flat_map(str::split_whitespace)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The longest text of a row: its title, not its date or its index number.
fn longest_text(row: NodeRef<'_, Node>) -> String {
    row.descendants()
        .filter_map(|n| n.value().as_text().map(|t| collapse_whitespace(t)))
        .max_by_key(|t| t.chars().count())
        .unwrap_or_default()
}

/// The address a row's script opens: `window.open('/a/1.html')`,
/// `location.href='…'`.
fn script_target(script: &str) -> Option<String> {
    static QUOTED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r#"['"]((?:https?://|/|\./|\.\./)?[^'"\s]*\.(?:s?html?|jsp|aspx?|php)(?:\?[^'"\s]*)?)['"]"#,
        )
        .expect("valid regex")
    });
    QUOTED.captures(script).and_then(|c| c.get(1)).map(|m| m.as_str().to_owned())
}

/// Whether a group sits in a menu block: a `nav`, `footer` or `aside`, or
/// an element whose class or id says menu, nav, footer or sidebar.
fn in_menu(doc: &Html, group: NodeId) -> bool {
    let Some(node) = doc.tree.get(group) else { return false };
    std::iter::once(node).chain(node.ancestors()).take(MENU_DEPTH).filter_map(ElementRef::wrap).any(|e| {
        let el = e.value();
        if matches!(el.name(), "nav" | "footer" | "aside") {
            return true;
        }
        let marks =
            format!("{} {}", el.attr_of("class").unwrap_or_default(), el.attr_of("id").unwrap_or_default())
                .to_ascii_lowercase();
        MENU_MARKS.iter().any(|m| marks.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| w.starts_with(m)))
    })
}

/// Whether a link leads to a section (`/zt/xczx/`, `index.html`) or
/// another site rather than to a published item.
fn leads_away(url: &Url, page: &Url) -> bool {
    let file = url.path().rsplit('/').next().unwrap_or_default().to_ascii_lowercase();
    let stem = file.split('.').next().unwrap_or_default();
    url.host_str() != page.host_str()
        || file.is_empty()
        || ["index", "default", "list", "main"].iter().any(|s| stem.starts_with(s))
}

/// Dated lists of other sections' news beside the column's own list: a
/// side block of 最新信息 whose every link leads out of the page's folder
/// (`/xwzx/gzdt/…` on `/xxgk/ghjh/index.html`), while another list on the
/// page lies under it. Such a list dates other columns, not this one,
/// whatever its class names. Without a list under the folder nothing is
/// set aside: many columns keep their articles elsewhere (Hanweb
/// `/art/2025/…`, a shared `/xxgk/` document store).
fn other_sections_news(
    counted: &HashSet<NodeId>,
    groups: &HashMap<NodeId, Vec<&Candidate>>,
    page: &Url,
) -> HashSet<NodeId> {
    let folder = &page.path()[..page.path().rfind('/').map_or(0, |i| i + 1)];
    // The site's root holds every section: no list is outside it.
    if folder.len() <= 1 {
        return HashSet::new();
    }
    let under = |url: &Url| url.host_str() == page.host_str() && url.path().starts_with(folder);
    let own = counted.iter().any(|id| groups[id].iter().all(|c| under(&c.item.url)));
    if !own {
        return HashSet::new();
    }
    counted
        .iter()
        .filter(|id| {
            let g = &groups[*id];
            g.iter().any(|c| c.item.date.is_some()) && !g.iter().any(|c| under(&c.item.url))
        })
        .copied()
        .collect()
}

/// How far above a group its menu block is looked for.
const MENU_DEPTH: usize = 6;

/// Class and id words of menu blocks.
const MENU_MARKS: &[&str] = &["nav", "menu", "footer", "foot", "sidebar", "sidenav", "friendlink", "links"];

/// The title of an item link: its `title` attribute when the text is cut
/// short, as TRS lists do; `None` for menu-sized text. `date` is the text
/// of a date element inside the link, left out; `shown` the link's text,
/// whitespace collapsed.
fn title_of(a: ElementRef<'_>, shown: &str, date: Option<&str>) -> Option<String> {
    let shown = match date {
        Some(d) => collapse_whitespace(&shown.replacen(d, " ", 1)),
        None => shown.to_owned(),
    };
    let attr = a.value().attr_of("title").map(collapse_whitespace).unwrap_or_default();
    let title = if attr.chars().count() > shown.chars().count() { attr } else { shown };
    (title.chars().count() >= MIN_TITLE_CHARS).then_some(title)
}

/// The text of `container` outside the link `skip`, text nodes kept apart
/// (`<td>2026-11-05</td><td>2026-11-10</td>` must not read as one number).
fn text_outside(container: NodeRef<'_, Node>, skip: NodeId) -> String {
    // One walk that notes when it enters and leaves `skip`: asking each
    // node's ancestors costs the item's depth per node.
    let mut words = Vec::new();
    let mut inside_skip = false;
    for edge in container.traverse() {
        match edge {
            Edge::Open(n) if n.id() == skip => inside_skip = true,
            Edge::Close(n) if n.id() == skip => inside_skip = false,
            Edge::Open(n) if !inside_skip => {
                if let Some(t) = n.value().as_text() {
                    words.extend(t.split_whitespace());
                }
            }
            _ => {}
        }
    }
    words.join(" ")
}

/// The element that holds one item: the nearest `li`, `tr` or `dd`, else
/// the highest ancestor that contains no other link than the title's own
/// second links (a download icon, the same document again).
fn container_of<'a>(a: NodeRef<'a, Node>, url: &Url, titles: &TitleTargets) -> (NodeRef<'a, Node>, bool) {
    let mut best = a;
    for ancestor in a.ancestors().take(MAX_CONTAINER_DEPTH) {
        let Some(el) = ElementRef::wrap(ancestor) else { break };
        match el.value().name() {
            "li" | "tr" | "dd" => return (ancestor, true),
            "ul" | "ol" | "dl" | "table" | "tbody" | "body" | "html" => break,
            _ if titles.only(ancestor.id(), url) => best = ancestor,
            _ => break,
        }
    }
    (best, false)
}

/// Where the title links (not [`is_secondary`]) inside an element lead,
/// for every element of the page, found in one pass: asking each link's
/// ancestors afresh costs the page's size per link, and a page of
/// thousands of links never finishes.
struct TitleTargets<'a> {
    /// Up to two different targets per element; absent: none.
    inside: NodeMap<Targets>,
    /// Each target's number, by its URL's text: an element's targets are
    /// kept as numbers, so passing them up the tree copies no URL.
    ids: HashMap<&'a str, u32>,
}

/// The different targets of an element's title links, counted up to two.
/// `None` stands for a link whose `href` resolves to nothing: unlike any other.
#[derive(Clone, Copy)]
enum Targets {
    One(Option<u32>),
    Many,
}

impl Targets {
    fn with(self, other: Targets) -> Targets {
        match (self, other) {
            (Targets::One(Some(a)), Targets::One(Some(b))) if a == b => Targets::One(Some(a)),
            _ => Targets::Many,
        }
    }
}

impl<'a> TitleTargets<'a> {
    fn of(doc: &Html, links: &'a Links) -> TitleTargets<'a> {
        let mut inside: NodeMap<Targets> = NodeMap::default();
        let mut ids: HashMap<&'a str, u32> = HashMap::new();
        for edge in doc.tree.root().traverse() {
            let Edge::Close(node) = edge else { continue };
            let own = links.get(node.id()).filter(|l| l.has_href && !l.secondary).map(|l| {
                Targets::One(l.url.as_ref().map(|url| {
                    let next = ids.len() as u32;
                    *ids.entry(url.as_str()).or_insert(next)
                }))
            });
            let merged = node.children().filter_map(|c| inside.get(&c.id()).copied()).fold(own, |acc, t| {
                Some(match acc {
                    None => t,
                    Some(a) => a.with(t),
                })
            });
            if let Some(t) = merged {
                inside.insert(node.id(), t);
            }
        }
        TitleTargets { inside, ids }
    }

    /// Whether every title link inside `el` leads to `url`: then `el` holds
    /// one item, the title's second links to the same document included.
    fn only(&self, el: NodeId, url: &Url) -> bool {
        match self.inside.get(&el) {
            None => true,
            Some(Targets::One(Some(target))) => self.ids.get(url.as_str()) == Some(target),
            Some(_) => false,
        }
    }
}

/// The latest dated day in an item's text (a table row may give 成文日期
/// and 发布日期; publication is the later one), else its first year-less date.
fn latest_date(text: &str) -> Option<Written> {
    let found = dates::find(text);
    found.iter().filter(|w| w.year.is_some()).max().or(found.first()).copied()
}

/// Whether a group of candidates is a list of published items.
fn is_list(group: &[&Candidate], declared_column: bool) -> bool {
    let n = group.len();
    let dated = group.iter().filter(|c| c.item.date.is_some()).count();
    if dated > 0 && dated * 2 >= n {
        // One dated item in an li is a list of one; loose divs need company.
        return n >= 2 || group[0].definite;
    }
    let chars: usize = group.iter().map(|c| c.item.title.chars().count()).sum();
    let enough = n >= 3 || declared_column;
    enough && group.iter().all(|c| c.definite) && chars >= n * MIN_UNDATED_TITLE_CHARS
}

/// Wording a list page shows when it has nothing (a blank column).
const EMPTY_MARKERS: &[&str] = &[
    "暂无信息",
    "暂无数据",
    "暂无内容",
    "暂无记录",
    "暂无相关",
    "没有相关信息",
    "无相关信息",
    "没有找到相关",
    "信息正在更新",
    "正在建设中",
];

/// Elements whose text a visitor never sees: a script's "暂无数据" is
/// what it writes when its request fails, not what the page shows.
const UNSEEN: &[&str] = &["script", "template", "noscript", "style"];

/// Whether the page's visible text says its list is empty.
pub fn says_empty(doc: &Html) -> bool {
    doc.tree.nodes().any(|n| {
        n.value().as_text().is_some_and(|t| EMPTY_MARKERS.iter().any(|m| t.contains(m)))
            && !n.ancestors().any(|a| matches!(a.value(), Node::Element(e) if UNSEEN.contains(&e.name())))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::html::with_test_input;

    fn items_of(html: &str) -> Vec<(String, String, Option<Written>)> {
        let doc = Html::parse_document(html);
        let found = with_test_input(html, "http://h/xwzx/gzdt/index.html", encoding_rs::UTF_8, |input| {
            items(&doc, &Resolver::new(&doc, input), input.url, false)
        });
        found.into_iter().map(|i| (i.url.path().to_owned(), i.title, i.date)).collect()
    }

    fn w(year: Option<i32>, month: u32, day: u32) -> Option<Written> {
        Some(Written { year, month, day })
    }

    #[test]
    fn li_span_lists() {
        let got = items_of(
            r#"<ul class="nav"><li><a href="/">首页</a></li><li><a href="/xxgk/">政务公开</a></li></ul>
            <ul class="list">
              <li><a href="./202611/t20261120_1.html" title="县政府召开常务会议研究部署冬季安全生产工作">县政府召开常务会议研究部署…</a><span>2026-11-20</span></li>
              <li><a href="./202611/t20261118_2.html">全县政务公开工作推进会召开</a><span>[11-18]</span></li>
            </ul>"#,
        );
        assert_eq!(
            got,
            vec![
                (
                    "/xwzx/gzdt/202611/t20261120_1.html".into(),
                    "县政府召开常务会议研究部署冬季安全生产工作".into(),
                    w(Some(2026), 11, 20)
                ),
                (
                    "/xwzx/gzdt/202611/t20261118_2.html".into(),
                    "全县政务公开工作推进会召开".into(),
                    w(None, 11, 18)
                ),
            ]
        );
    }

    #[test]
    fn dates_inside_titles_are_not_item_dates() {
        let got = items_of(
            r#"<ul><li><a href="/a.html">关于2026年12月1日停电检修的通知</a><span>2026-11-20</span></li></ul>"#,
        );
        assert_eq!(got[0].2, w(Some(2026), 11, 20));
    }

    #[test]
    fn table_rows_take_the_publication_date() {
        let got = items_of(
            r#"<table><tr><th>索引号</th><th>标题</th><th>成文日期</th><th>发布日期</th></tr>
            <tr><td>00882-2026-00123</td><td><a href="/xxgk/zcwj/t20261110_9.html">关于印发清溪县冬季安全生产方案的通知</a></td><td>2026-11-05</td><td>2026-11-10</td></tr>
            </table>"#,
        );
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].2, w(Some(2026), 11, 10));
    }

    #[test]
    fn div_items_and_undated_lists() {
        let got = items_of(
            r#"<div class="news"><div class="item"><h3><a href="/a/1.html">清溪县召开防汛工作会议</a></h3><em>2026年11月2日</em></div>
               <div class="item"><h3><a href="/a/2.html">清溪县开展安全生产大检查</a></h3><em>2026年11月1日</em></div></div>
               <ul><li><a href="/b/1.html">关于公布第一批县级非物质文化遗产名录的通知</a></li>
                   <li><a href="/b/2.html">关于做好二〇二六年度预算公开工作的通知文件</a></li>
                   <li><a href="/b/3.html">关于调整县级机关事务管理有关事项的决定</a></li></ul>"#,
        );
        let dates: Vec<_> = got.iter().map(|(p, _, d)| (p.as_str(), *d)).collect();
        assert_eq!(
            dates,
            vec![
                ("/a/1.html", w(Some(2026), 11, 2)),
                ("/a/2.html", w(Some(2026), 11, 1)),
                ("/b/1.html", None),
                ("/b/2.html", None),
                ("/b/3.html", None),
            ]
        );
    }

    #[test]
    fn link_text_collapses_as_the_joined_text_does() {
        let doc = Html::parse_document(
            "<a> 关于<b>印发</b>\n\t方案 </a><a><i> </i>  </a><a>pdf<span>下载</span> <i>\u{3000}x</i></a><a></a>",
        );
        for a in doc.tree.nodes().filter_map(ElementRef::wrap).filter(|e| e.value().name() == "a") {
            assert_eq!(collapsed_text(a), collapse_whitespace(&a.text().collect::<String>()));
        }
    }

    #[test]
    fn download_words_in_any_case() {
        let doc = Html::parse_document(
            r#"<a>PDF</a><a>【Docx】</a><a>下载</a><a>附件预览</a><a>关于印发方案的通知</a><a>XLS表格文件</a><a>ofd</a>"#,
        );
        let said: Vec<bool> = doc
            .tree
            .nodes()
            .filter_map(ElementRef::wrap)
            .filter(|e| e.value().name() == "a")
            .map(|a| is_download(a.value(), &collapsed_text(a)))
            .collect();
        assert_eq!(said, [true, true, true, true, false, false, true]);
    }

    #[test]
    fn menus_are_not_lists() {
        let got = items_of(
            r#"<ul><li><a href="/xwzx/">新闻动态</a></li><li><a href="/xxgk/">政务公开</a></li>
               <li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul>"#,
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn second_links_stay_with_their_item() {
        let got = items_of(
            r#"<div class="list">
               <div class="row"><a href="/a/1.html">关于印发清溪县冬季安全生产方案的通知</a><a href="/files/1.pdf" download><img src="/i/pdf.png" alt=""></a><span>2026-11-20</span></div>
               <div class="row"><a href="/a/2.html">关于做好今冬明春森林防灭火工作的通知</a><a class="download-icon" href="/files/2.pdf">关于做好今冬明春森林防灭火工作的通知.pdf</a><span>2026-11-18</span></div>
               <div class="row"><a href="/a/3.html">清溪县召开全县经济工作会议</a> <a href="/a/3.html"><i class="icon-more"></i></a><span>2026-11-16</span></div>
               <div class="row"><a href="/a/4.html">清溪县开展安全生产大检查</a> <a href="/files/4.doc">下载</a><span>2026-11-15</span></div>
               </div>"#,
        );
        let got: Vec<_> = got.iter().map(|(p, _, d)| (p.as_str(), *d)).collect();
        assert_eq!(
            got,
            vec![
                ("/a/1.html", w(Some(2026), 11, 20)),
                ("/a/2.html", w(Some(2026), 11, 18)),
                ("/a/3.html", w(Some(2026), 11, 16)),
                ("/a/4.html", w(Some(2026), 11, 15)),
            ]
        );
    }

    #[test]
    fn two_titled_links_are_two_items() {
        let got = items_of(
            r#"<ul><li><a href="/a/1.html">清溪县召开防汛工作会议</a> <a href="/a/2.html">清溪县开展安全生产大检查</a><em>2026-11-02</em></li>
               <li><a href="/a/3.html">清溪县召开全县经济工作会议</a><em>2026-11-01</em></li></ul>"#,
        );
        let paths: Vec<&str> = got.iter().map(|(p, _, _)| p.as_str()).collect();
        assert_eq!(paths, ["/a/1.html", "/a/2.html", "/a/3.html"]);
    }

    #[test]
    fn a_date_inside_the_title_link() {
        let got = items_of(
            r#"<ul><li><a href="/a/1.html"><span class="title">县政府召开常务会议研究部署冬季工作</span><span class="date">2019-01-02</span></a></li>
               <li><a href="/a/2.html"><span>全县政务公开工作推进会召开</span><span>[12-28]</span></a></li></ul>"#,
        );
        assert_eq!(
            got,
            vec![
                ("/a/1.html".into(), "县政府召开常务会议研究部署冬季工作".into(), w(Some(2019), 1, 2)),
                ("/a/2.html".into(), "全县政务公开工作推进会召开".into(), w(None, 12, 28)),
            ]
        );
        // A date that is part of the title's words is not the item's.
        let own = items_of(
            r#"<ul><li><a href="/a/3.html"><span>关于2026年12月1日停电检修的通知</span></a></li>
               <li><a href="/a/4.html">关于<span>2026年12月8日</span>举行消防演练的通知</a></li>
               <li><a href="/a/5.html"><span>关于12月10日起调整公交线路的通告</span></a></li></ul>"#,
        );
        let dates: Vec<_> = own.iter().map(|(_, _, d)| *d).collect();
        assert_eq!(dates, [None, None, None]);
    }

    #[test]
    fn rows_opened_by_script_keep_their_dates() {
        let got = items_of(
            r#"<ul class="list">
               <li onclick="window.open('/xwzx/gzdt/show_9.html')"><span>县政府召开常务会议研究部署冬季工作</span><span>2026-11-20</span></li>
               <li onclick="showDetail(12)"><span>全县政务公开工作推进会召开</span><span>2026-11-18</span></li>
               <li onclick="showDetail(11)"><span>清溪县开展安全生产大检查活动</span><span>2026-11-22</span></li>
               </ul>
               <ul><li><span>本栏目信息由县政府办公室负责维护更新</span><span>2026-11-25</span></li></ul>"#,
        );
        assert_eq!(
            got,
            vec![
                (
                    "/xwzx/gzdt/show_9.html".into(),
                    "县政府召开常务会议研究部署冬季工作".into(),
                    w(Some(2026), 11, 20)
                ),
                // Without an address: the page itself, with its newest row's date.
                (
                    "/xwzx/gzdt/index.html".into(),
                    "清溪县开展安全生产大检查活动".into(),
                    w(Some(2026), 11, 22)
                ),
            ]
        );
    }

    #[test]
    fn menus_beside_a_dated_list_are_not_items() {
        let got = items_of(
            r#"<ul class="list"><li><a href="/xwzx/gzdt/202611/t20261120_1.html">县政府召开常务会议研究部署冬季工作</a><span>2026-11-20</span></li></ul>
               <div class="left"><ul>
                 <li><a href="/zt/xczx/index.html">全面推进乡村振兴专题专栏</a></li>
                 <li><a href="/zt/yshj/">持续优化营商环境专题专栏</a></li>
                 <li><a href="http://www.sc.gov.cn/zt/">四川省人民政府专题专栏</a></li></ul></div>
               <div id="footer"><ul>
                 <li><a href="/zt/2026/a.html">学习贯彻党的二十大精神专题</a></li>
                 <li><a href="/zt/2026/b.html">清溪县第七次全国人口普查</a></li>
                 <li><a href="/zt/2026/c.html">清溪县创建国家卫生县城专题</a></li></ul></div>"#,
        );
        let paths: Vec<&str> = got.iter().map(|(p, _, _)| p.as_str()).collect();
        assert_eq!(paths, ["/xwzx/gzdt/202611/t20261120_1.html"]);
    }

    #[test]
    fn a_pinned_item_does_not_date_its_neighbours() {
        let doc_html = r#"<ul>
            <li><a href="/a/1.html">关于公布清溪县政务服务事项清单的通知</a><span>置顶</span><span>2023-05-01</span></li>
            <li><a href="/a/2.html">县政府召开常务会议研究部署冬季工作</a><span>11-20</span></li>
            <li><a href="/a/3.html">全县政务公开工作推进会召开</a><span>11-18</span></li>
            <li><a href="/a/4.html">清溪县开展安全生产大检查</a><span>2026-11-10</span></li></ul>"#;
        let doc = Html::parse_document(doc_html);
        let found = with_test_input(doc_html, "http://h/xwzx/gzdt/index.html", encoding_rs::UTF_8, |input| {
            items(&doc, &Resolver::new(&doc, input), input.url, false)
        });
        let years: Vec<_> = found.iter().map(|i| i.year.map(|y| (y.year, y.source))).collect();
        use crate::facts::dates::YearSource::*;
        assert_eq!(
            years,
            [Some((2023, Text)), Some((2026, Neighbour)), Some((2026, Neighbour)), Some((2026, Text))]
        );
    }

    /// Reads `html` in a thread and fails if that takes longer than a
    /// bound far above what a linear reading needs (well under a second
    /// here), far below what a cubic one does (hours).
    fn read_within_bound(html: String) -> usize {
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let _ = tx.send(items_of(&html).len());
        });
        rx.recv_timeout(std::time::Duration::from_secs(30)).expect("a long page is read in bounded time")
    }

    #[test]
    fn long_pages_are_read_in_bounded_time() {
        const N: usize = 20_000;
        let page = |row: &dyn Fn(usize) -> String, open: &str, close: &str| {
            let rows: String = (0..N).map(row).collect();
            format!("<html><body>{open}{rows}{close}</body></html>")
        };
        // Picture links with no text: none is an item.
        let pictures = page(
            &|i| format!(r#"<a href="/p/{i}.html"><img src="{i}.jpg" alt="图{i}"></a>"#),
            r#"<div class="links">"#,
            "</div>",
        );
        assert_eq!(read_within_bound(pictures), 0);
        // Items in blocks of their own, each with a picture link beside the title.
        let blocks = page(
            &|i| {
                format!(
                    r#"<div class="item"><a href="/a/{i}.html"><img src="{i}.jpg"></a><a href="/a/{i}.html">清溪县工作动态第{i}期</a><em>2026-11-20</em></div>"#
                )
            },
            r#"<div class="list">"#,
            "</div>",
        );
        assert_eq!(read_within_bound(blocks), N);
        // A long list of rows.
        let rows = page(
            &|i| {
                format!(r#"<li><a href="/a/{i}.html">清溪县工作动态第{i}期</a><span>2026-11-20</span></li>"#)
            },
            "<ul>",
            "</ul>",
        );
        assert_eq!(read_within_bound(rows), N);
        // One document linked again and again in one block.
        let same = page(&|_| r#"<a href="/a/1.html">清溪县工作动态详情</a>"#.to_owned(), "<div>", "</div>");
        assert!(read_within_bound(same) <= 1);
    }

    #[test]
    fn other_sections_news_beside_the_column_does_not_date_it() {
        let side = r#"<div class="right-box"><div class="tit">最新信息</div><ul>
               <li><a href="/xwzx/gzdt/202612/t20261203_1.html">县政府召开常务会议研究部署冬季工作</a><span>2026-12-03</span></li>
               <li><a href="/xwzx/tzgg/202612/t20261201_2.html">关于做好元旦春节期间有关工作的通知</a><span>2026-12-01</span></li></ul></div>"#;
        let own = r#"<div class="left-box"><ul>
               <li><a href="/xxgk/ghjh/202201/t20220110_1.html">清溪县十四五规划纲要全文发布</a><span>2022-01-10</span></li></ul></div>"#;
        let read = |html: String| {
            let doc = Html::parse_document(&html);
            let found =
                with_test_input(&html, "http://h/xxgk/ghjh/index.html", encoding_rs::UTF_8, |input| {
                    items(&doc, &Resolver::new(&doc, input), input.url, false)
                });
            found.into_iter().map(|i| i.url.path().to_owned()).collect::<Vec<_>>()
        };
        assert_eq!(read(format!("{own}{side}")), ["/xxgk/ghjh/202201/t20220110_1.html"]);
        // Without a list under the page's folder, the articles may live
        // elsewhere (Hanweb /art/…): every list is kept.
        let elsewhere = r#"<ul><li><a href="/art/2022/1/10/art_12_1.html">清溪县十四五规划纲要全文发布</a><span>2022-01-10</span></li></ul>"#;
        assert_eq!(read(format!("{elsewhere}{side}")).len(), 3);
    }

    #[test]
    fn empty_lists_say_so() {
        assert!(says_empty(&Html::parse_document("<p>建议提案办理</p><div>暂无信息</div>")));
        assert!(!says_empty(&Html::parse_document("<p>县政府召开常务会议</p>")));
    }

    #[test]
    fn empty_wording_a_visitor_never_sees_is_not_an_empty_list() {
        for hidden in [
            "<script>if (!data.length) $('#list').html('<li>暂无数据</li>');</script>",
            "<template><li>暂无信息</li></template>",
            "<noscript>暂无内容，请开启脚本</noscript>",
        ] {
            assert!(
                !says_empty(&Html::parse_document(&format!("<ul id=\"list\"></ul>{hidden}"))),
                "{hidden}"
            );
        }
        assert!(says_empty(&Html::parse_document("<script>var x;</script><ul><li>暂无数据</li></ul>")));
    }
}
