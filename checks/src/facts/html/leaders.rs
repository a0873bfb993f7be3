//! The leaders page (领导信息, 领导之窗, 机构领导…): which page is one, and
//! each leader it shows with their name, title (职务), portrait, duties
//! (分工) and résumé (简历).
//!
//! Portals show leaders three ways, all read here: cards on an index page
//! (portrait, name, title) each linking to a detail page with the résumé and
//! duties; everything on one page, leader after leader; or a table with a
//! header row (姓名 | 职务 | 分工). The page is read as a sequence of lines
//! (the text of each block element) and images: a leader starts at a line
//! that is a person's name followed by a title (on the same line or the
//! next), and the lines after it, up to the next leader, say the rest.
//!
//! Only a page that names itself a leaders page (its column, breadcrumb,
//! title or URL) is read: a news item about the 县长 is not one. What is
//! kept is small (a name, a title, three flags and the index of the
//! detail page's link), so the site checks can join an index with its
//! detail pages after the bodies are gone.

use ego_tree::iter::Edge;
use scraper::node::Node;
use scraper::{ElementRef, Html};
use url::Url;

use super::FoundLink;
use super::attr::Attr;
use super::leaders_words::{
    DOUBLE_SURNAMES, DUTY_WORDS, EMPTY_WORDS, Field, LABELS, NOT_PAGE_WORDS, PAGE_WORDS, PATH_WORDS,
    RESUME_WORDS, SURNAMES, TITLE_ENDS,
};
use super::links::Resolver;
use crate::facts::crawl::Placement;

/// A leaders page and the leaders read on it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LeadersPage {
    pub leaders: Vec<FoundLeader>,
}

/// One leader as a page shows them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FoundLeader {
    /// The name without the spaces pages pad two-character names with
    /// (`张　三` is 张三).
    pub name: String,
    /// The title as written, whitespace collapsed (县委副书记、县长).
    pub title: Option<String>,
    /// The page says what the leader is in charge of (分工, 分管, 负责…).
    pub duties: bool,
    pub resume: bool,
    pub portrait: bool,
    /// The leader's own page: an index into the page's `links` (the crawl
    /// keeps them in the same order), so it is interned with them.
    pub link: Option<u32>,
}

/// Most leaders kept from one page: a county has a few dozen.
const MAX_LEADERS: usize = 200;
/// Most lines read from one page.
const MAX_LINES: usize = 20_000;
/// Longest line taken for a title: longer is a sentence.
const MAX_TITLE_CHARS: usize = 60;

/// Whether the page is a leaders page, and if so the leaders it shows.
pub fn read(
    doc: &Html,
    placement: &Placement,
    title: Option<&str>,
    url: &Url,
    resolver: &Resolver<'_>,
    links: &[FoundLink],
) -> Option<LeadersPage> {
    if !is_leaders_page(placement, title, url) {
        return None;
    }
    let pieces = pieces(doc, resolver, links);
    Some(LeadersPage { leaders: assemble(&pieces) })
}

/// A page is a leaders page when its column, breadcrumb, heading, title or
/// URL says so and none of them names a column about leaders' activities
/// (领导之窗 › 领导活动). A title counts only by a short part of it
/// (`张三_领导之窗_清溪县`): a headline that mentions 县领导班子 is news.
pub fn is_leaders_page(placement: &Placement, title: Option<&str>, url: &Url) -> bool {
    let mut names: Vec<&str> = Vec::new();
    names.extend(placement.column_name.as_deref());
    names.extend(placement.breadcrumb.iter().map(String::as_str));
    names.extend(placement.heading.as_deref());
    names.extend(title);
    let parts = names.iter().flat_map(|n| n.split(['_', '|', '-', '—', '>', '›', ' ', '\u{3000}']));
    let mut says = false;
    for part in parts.map(str::trim).filter(|p| !p.is_empty()) {
        if NOT_PAGE_WORDS.iter().any(|w| part.contains(w)) {
            return false;
        }
        says |= part.chars().count() <= 8 && PAGE_WORDS.iter().any(|w| part.contains(w));
    }
    says || url.path_segments().is_some_and(|mut s| s.any(|seg| PATH_WORDS.contains(&seg)))
}

/// What the page shows, in reading order.
#[derive(Debug)]
enum Piece {
    Line {
        text: String,
        link: Option<u32>,
    },
    Image {
        link: Option<u32>,
    },
    /// A row of a table with a 姓名 | 职务 header.
    Row(FoundLeader),
}

/// Elements that start a line of their own.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "li",
    "td",
    "th",
    "dd",
    "dt",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "ul",
    "ol",
    "dl",
    "section",
    "article",
    "header",
    "footer",
    "aside",
    "main",
    "figure",
    "figcaption",
    "center",
    "blockquote",
    "pre",
    "form",
    "br",
];

/// Elements whose content is no leader's: scripts, menus, the footer.
const SKIPPED: &[&str] = &["script", "style", "noscript", "template", "head", "nav", "select", "option"];

fn pieces(doc: &Html, resolver: &Resolver<'_>, links: &[FoundLink]) -> Vec<Piece> {
    // Looked up once per anchor: a leaders page can carry a portal's whole
    // menu, and a scan per anchor would be quadratic.
    let at: std::collections::HashMap<&str, u32> = links
        .iter()
        .enumerate()
        .filter_map(|(i, l)| Some((l.url.as_str(), u32::try_from(i).ok()?)))
        .collect();
    let link_at = |raw: Option<&str>| -> Option<u32> { at.get(resolver.resolve(raw?)?.as_str()).copied() };
    let mut out = Vec::new();
    let mut line = String::new();
    let mut line_link: Option<u32> = None;
    let mut anchors: Vec<Option<u32>> = Vec::new();
    let mut skip: Option<ego_tree::NodeId> = None;
    let flush = |out: &mut Vec<Piece>, line: &mut String, link: &mut Option<u32>| {
        let text = super::collapse_whitespace(line);
        if !text.is_empty() {
            out.push(Piece::Line { text, link: link.take() });
        }
        line.clear();
        *link = None;
    };
    for edge in doc.tree.root().traverse() {
        if out.len() >= MAX_LINES {
            break;
        }
        match edge {
            Edge::Open(node) => {
                if skip.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Element(e) if SKIPPED.contains(&e.name()) => skip = Some(node.id()),
                    Node::Element(e) if e.name() == "table" => {
                        flush(&mut out, &mut line, &mut line_link);
                        if let Some(rows) = ElementRef::wrap(node).and_then(|t| table_rows(t, &link_at)) {
                            out.extend(rows.into_iter().map(Piece::Row));
                            skip = Some(node.id());
                        }
                    }
                    Node::Element(e) if BLOCKS.contains(&e.name()) => {
                        flush(&mut out, &mut line, &mut line_link)
                    }
                    Node::Element(e) if e.name() == "a" => anchors.push(link_at(e.attr_of("href"))),
                    Node::Element(e) if e.name() == "img" && is_portrait(e) => {
                        flush(&mut out, &mut line, &mut line_link);
                        out.push(Piece::Image { link: anchors.iter().rev().find_map(|a| *a) });
                    }
                    Node::Text(t) => {
                        if line_link.is_none() {
                            line_link = anchors.iter().rev().find_map(|a| *a);
                        }
                        line.push_str(t);
                        line.push(' ');
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skip == Some(node.id()) {
                    skip = None;
                    continue;
                }
                if skip.is_some() {
                    continue;
                }
                if let Node::Element(e) = node.value() {
                    if e.name() == "a" {
                        anchors.pop();
                    } else if BLOCKS.contains(&e.name()) {
                        flush(&mut out, &mut line, &mut line_link);
                    }
                }
            }
        }
    }
    flush(&mut out, &mut line, &mut line_link);
    out
}

/// Whether an image can be a portrait: not a logo, an icon, a QR code or
/// a spacer (by its file name or a small size written on it).
fn is_portrait(e: &scraper::node::Element) -> bool {
    let src = e.attr_of("src").unwrap_or_default().to_ascii_lowercase();
    let icon = ["logo", "icon", "ewm", "qrcode", "erweima", "banner", "btn", "arrow", "dot", "line", "bg"]
        .iter()
        .any(|w| src.rsplit('/').next().unwrap_or_default().contains(w));
    let small = ["width", "height"].iter().any(|a| {
        e.attr_of(a).and_then(|v| v.trim().trim_end_matches("px").parse::<u32>().ok()).is_some_and(|n| n < 40)
    });
    !src.is_empty() && !icon && !small
}

/// The leaders of a table whose header row names 姓名 and 职务; `None`
/// for any other table (its cells are read as lines).
fn table_rows<'a>(
    table: ElementRef<'a>,
    link_at: &dyn Fn(Option<&str>) -> Option<u32>,
) -> Option<Vec<FoundLeader>> {
    let rows: Vec<ElementRef<'a>> =
        table.descendants().filter_map(ElementRef::wrap).filter(|e| e.value().name() == "tr").collect();
    let cells = |row: ElementRef<'a>| -> Vec<ElementRef<'a>> {
        row.children()
            .filter_map(ElementRef::wrap)
            .filter(|c| matches!(c.value().name(), "td" | "th"))
            .collect()
    };
    let header_at = rows.iter().position(|r| {
        let texts: Vec<String> = cells(*r).into_iter().map(super::text_of).collect();
        texts.iter().any(|t| t.contains("姓名"))
            && texts.iter().any(|t| t.contains("职务") || t.contains("职位"))
    })?;
    let header: Vec<String> = cells(rows[header_at]).into_iter().map(super::text_of).collect();
    let column = |words: &[&str]| header.iter().position(|h| words.iter().any(|w| h.contains(w)));
    let name_col = column(&["姓名"])?;
    let title_col = column(&["职务", "职位"])?;
    let duties_col = column(&["分工", "分管", "职责", "负责"]);
    let resume_col = column(&["简历", "简介", "履历"]);
    let filled =
        |cell: Option<&ElementRef<'_>>| cell.map(|c| super::text_of(*c)).is_some_and(|t| !is_empty_text(&t));
    let mut out = Vec::new();
    for row in &rows[header_at + 1..] {
        let cells = cells(*row);
        let Some(name) = cells.get(name_col).and_then(|c| name_of(&super::text_of(*c))) else { continue };
        let title = cells.get(title_col).map(|c| super::text_of(*c)).filter(|t| !is_empty_text(t));
        let link = cells.get(name_col).and_then(|c| {
            c.descendants()
                .filter_map(ElementRef::wrap)
                .find(|a| a.value().name() == "a")
                .and_then(|a| link_at(a.attr_of("href")))
        });
        out.push(FoundLeader {
            name,
            title: title.map(|t| bounded_title(&t)),
            duties: filled(duties_col.and_then(|i| cells.get(i))),
            resume: filled(resume_col.and_then(|i| cells.get(i))),
            portrait: row
                .descendants()
                .filter_map(ElementRef::wrap)
                .any(|e| e.value().name() == "img" && is_portrait(e.value())),
            link,
        });
        if out.len() >= MAX_LEADERS {
            break;
        }
    }
    Some(out)
}

/// Turns the page's lines into leaders.
fn assemble(pieces: &[Piece]) -> Vec<FoundLeader> {
    let mut reader = Reader::default();
    for (i, piece) in pieces.iter().enumerate() {
        if reader.out.len() >= MAX_LEADERS {
            break;
        }
        match piece {
            Piece::Row(leader) => {
                reader.finish();
                reader.out.push(leader.clone());
            }
            Piece::Image { link } => reader.image(*link),
            Piece::Line { text, link } => reader.line(text, *link, &pieces[i + 1..]),
        }
    }
    reader.finish();
    let mut out = reader.out;
    if out.len() == 1 && reader.pending_image.is_some() {
        out[0].portrait = true;
    }
    out.truncate(MAX_LEADERS);
    out
}

/// What [`assemble`] knows between two lines.
#[derive(Default)]
struct Reader {
    out: Vec<FoundLeader>,
    cur: Option<FoundLeader>,
    /// A portrait seen after the current leader's title: the next leader's
    /// card starts with it.
    pending_image: Option<Option<u32>>,
    /// A title no leader took yet: on a page whose cards put the title
    /// above the name (县委副书记、县长 / 张三), the next name's.
    pending_title: Option<String>,
    /// The page puts titles above names: a title after a name is the
    /// next leader's.
    title_first: bool,
    /// A label on a line of its own (工作分工) whose content follows.
    section: Option<Field>,
}

impl Reader {
    fn finish(&mut self) {
        self.out.extend(self.cur.take());
        self.section = None;
    }

    fn start(&mut self, name: String, title: Option<String>, link: Option<u32>) {
        self.finish();
        self.cur = Some(FoundLeader {
            name,
            title,
            portrait: self.pending_image.is_some(),
            link: link.or(self.pending_image.take().flatten()),
            ..FoundLeader::default()
        });
        self.pending_image = None;
        self.pending_title = None;
    }

    fn image(&mut self, link: Option<u32>) {
        match self.cur.as_mut() {
            Some(c) if c.title.is_none() && !self.title_first => {
                c.portrait = true;
                c.link = c.link.or(link);
            }
            _ => self.pending_image = Some(link),
        }
    }

    fn line(&mut self, text: &str, link: Option<u32>, rest: &[Piece]) {
        if let Some((field, value)) = labelled(text) {
            self.pending_title = None;
            return self.labelled(field, value, link);
        }
        if let Some((name, title)) = name_and_title(text) {
            return self.start(name, Some(title), link);
        }
        if let Some(name) = name_of(text) {
            if let Some(title) = self.pending_title.take() {
                self.title_first = true;
                return self.start(name, Some(title), link);
            }
            if self.section == Some(Field::Name) || title_follows(rest) {
                return self.start(name, None, link);
            }
        }
        let is_title = title_of(text).is_some();
        if is_title && (self.title_first || self.cur.as_ref().is_none_or(|c| c.title.is_some())) {
            self.pending_title = Some(bounded_title(text));
            return;
        }
        self.pending_title = None;
        let Some(c) = self.cur.as_mut() else { return };
        if let Some(field) = self.section.take() {
            if !is_empty_text(text) {
                set(Some(c), field, text);
            }
        } else if is_title {
            c.title = Some(bounded_title(text));
        } else if link.is_some() {
            // A linked line is a headline (沈立群主持召开…), not duties.
        } else if DUTY_WORDS.iter().any(|w| text.contains(w)) && text.chars().count() >= 4 {
            c.duties = true;
        } else if RESUME_WORDS.iter().any(|w| text.contains(w)) {
            c.resume = true;
        }
    }

    fn labelled(&mut self, field: Field, value: &str, link: Option<u32>) {
        let has = !is_empty_text(value);
        match field {
            Field::Name => match name_of(value) {
                Some(name) => self.start(name, None, link),
                None => self.section = (!has).then_some(Field::Name),
            },
            _ if self.cur.is_none() => {}
            _ if has => {
                set(self.cur.as_mut(), field, value);
                self.section = None;
            }
            _ => self.section = Some(field),
        }
    }
}

fn set(leader: Option<&mut FoundLeader>, field: Field, text: &str) {
    let Some(l) = leader else { return };
    match field {
        Field::Title => l.title = Some(bounded_title(text)),
        Field::Duties => l.duties = true,
        Field::Resume => l.resume = true,
        Field::Name => {}
    }
}

/// Whether one of the next two lines is a title (images between them
/// skipped): a name on its own is a leader only when a title follows.
fn title_follows(rest: &[Piece]) -> bool {
    rest.iter()
        .filter_map(|p| match p {
            Piece::Line { text, .. } => Some(text.as_str()),
            Piece::Image { .. } => None,
            Piece::Row(_) => Some(""),
        })
        .take(2)
        .any(|t| title_of(t).is_some() || labelled(t).is_some_and(|(f, _)| f == Field::Title))
}

/// `职务：县长` → (Title, "县长"); a label alone on its line → (field, "").
fn labelled(text: &str) -> Option<(Field, &str)> {
    let text = text.trim();
    LABELS.iter().find_map(|(label, field)| {
        let rest = text.strip_prefix(label)?;
        let rest = rest.trim_start();
        if rest.is_empty() {
            return Some((*field, ""));
        }
        let rest = rest.strip_prefix(['：', ':'])?;
        Some((*field, rest.trim()))
    })
}

fn is_empty_text(text: &str) -> bool {
    let t = text.trim_matches(|c: char| c.is_whitespace() || matches!(c, '。' | '.' | '；' | ';'));
    t.is_empty() || EMPTY_WORDS.contains(&t)
}

fn bounded_title(text: &str) -> String {
    crate::bounded::bounded(&super::collapse_whitespace(text), crate::bounded::NAME_CHARS).into_owned()
}

/// A person's name: 2–4 Han characters starting with a surname (padding
/// spaces taken out, 同志 dropped), or a name with a middle dot (阿不都·热合曼).
pub fn name_of(text: &str) -> Option<String> {
    let name: String = text.chars().filter(|c| !c.is_whitespace() && *c != '\u{a0}').collect();
    let name = name.strip_suffix("同志").unwrap_or(&name);
    let han = |c: char| matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}');
    let count = name.chars().count();
    let plain = (2..=4).contains(&count) && name.chars().all(han);
    let dotted = name.contains('·') && (3..=12).contains(&count) && name.chars().all(|c| han(c) || c == '·');
    if !(plain || dotted) {
        return None;
    }
    let surname = DOUBLE_SURNAMES.iter().any(|s| name.starts_with(s))
        || name.chars().next().is_some_and(|c| SURNAMES.contains(c));
    let word = TITLE_ENDS.iter().any(|t| name.ends_with(t)) || PAGE_WORDS.iter().any(|w| name.contains(w));
    (surname && !word || dotted).then(|| name.to_owned())
}

/// The title a line states (`职务：` taken off), if every part of it ends
/// like a title: 县委副书记、县长 / 副县长 / 党组成员、副局长（兼）.
pub fn title_of(text: &str) -> Option<Vec<String>> {
    let text = labelled(text).filter(|(f, _)| *f == Field::Title).map_or(text, |(_, rest)| rest);
    if text.chars().count() > MAX_TITLE_CHARS {
        return None;
    }
    let parts = title_parts(text);
    let titled = |p: &String| TITLE_ENDS.iter().any(|end| p.ends_with(end));
    (!parts.is_empty() && parts.iter().all(titled)).then_some(parts)
}

/// The parts of a title, each without spaces, punctuation and a bracketed
/// note (副县长（正处级）is 副县长): what titles are compared by.
pub fn title_parts(text: &str) -> Vec<String> {
    let mut parts = Vec::new();
    for raw in
        text.split(|c: char| matches!(c, '、' | '，' | ',' | '；' | ';' | '/' | '／') || c.is_whitespace())
    {
        let mut part = String::new();
        let mut depth = 0u32;
        for c in raw.chars() {
            match c {
                '（' | '(' | '【' | '[' => depth += 1,
                '）' | ')' | '】' | ']' => depth = depth.saturating_sub(1),
                c if depth == 0 && !c.is_ascii_punctuation() && !"：。·“”‘’《》".contains(c) => {
                    part.push(c)
                }
                _ => {}
            }
        }
        let part = part.strip_prefix("现任").unwrap_or(&part);
        // 清溪县人民政府副县长 is 副县长: the body is the site's own.
        let part = part.split_once("人民政府").filter(|(_, t)| !t.is_empty()).map_or(part, |(_, t)| t);
        if !part.is_empty() {
            parts.push(part.to_owned());
        }
    }
    parts
}

/// `张三 县委副书记、县长`, `张　三　副县长`, `张三：副县长`, `县长 张三`: a
/// name and a title on one line, split at a space or a colon.
fn name_and_title(text: &str) -> Option<(String, String)> {
    let tokens: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, '：' | ':'))
        .filter(|t| !t.is_empty())
        .collect();
    let n = tokens.len();
    let split = |name: &[&str], title: &[&str]| {
        let name = name_of(&name.concat())?;
        let title = title.join(" ");
        title_of(&title)?;
        Some((name, bounded_title(&title)))
    };
    (1..n.min(5))
        .find_map(|k| split(&tokens[..k], &tokens[k..]).or_else(|| split(&tokens[n - k..], &tokens[..n - k])))
}

#[cfg(test)]
#[path = "leaders_tests.rs"]
mod tests;
