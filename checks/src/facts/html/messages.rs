//! Messages to the government and their replies (留言 / 来信 and 答复), as
//! consultation columns (县长信箱, 网上咨询 …) publish them, read once
//! while the page is parsed so the interaction checks (veto V5) can judge
//! how and how fast the public was answered.
//!
//! County CMSs publish them in three shapes, all read here:
//! - a table whose header names the dates (`信件标题 | 留言时间 | 答复时间 |
//!   状态`), one row a message;
//! - list items (`li`, `dl`, `div`) with one title link and labelled dates
//!   (`<span>来信时间：2026-03-01</span><span>回复时间：2026-03-05</span>`);
//! - messages printed whole on the list page, with no link of their own
//!   (a block each: 留言时间, the question, 回复时间, the reply);
//! - a detail page of one message (`来信时间：2026-03-01 … 答复时间：…`,
//!   often a two-column table `<td>留言时间</td><td>…</td>`).
//!
//! Only labelled dates count: a message is dated by what the page says is
//! its 留言时间, never by a publication date, since the rule measures the
//! time between the question and the answer.

use std::collections::{HashMap, HashSet};

use ego_tree::{NodeId, NodeRef};
use scraper::node::Node;
use scraper::{ElementRef, Html};
use url::Url;

use super::links::Resolver;
use super::text_of;
use crate::facts::dates::{self, Written};
use crate::facts::html::attr::Attr;

/// A message as found on the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundMessage {
    /// The message's own page; `None` when the message is this page (a
    /// detail page) or is published inline without a link.
    pub url: Option<Url>,
    pub title: String,
    /// When it was sent (留言时间, 来信时间 …).
    pub asked: Option<Written>,
    /// When it was answered (答复时间, 回复时间 …).
    pub answered: Option<Written>,
    /// The page says it is still waiting for an answer (未回复, 办理中 …).
    pub pending: bool,
    /// The page says it was answered (已办结, 已回复 …), dated or not.
    pub settled: bool,
}

/// Labels of the date a message was sent.
pub const ASKED_LABELS: &[&str] = &[
    "留言时间",
    "留言日期",
    "来信时间",
    "来信日期",
    "写信时间",
    "写信日期",
    "提问时间",
    "咨询时间",
    "咨询日期",
    "发信时间",
    "信件时间",
    "投诉时间",
    "投诉日期",
    "诉求时间",
    "诉求日期",
    "反映时间",
    "反映日期",
    "来电时间",
    "求助时间",
    "建议时间",
];

/// Labels of a date that is the asked date only in a table that also
/// shows an answer date or a status column: elsewhere 提交时间 or
/// 受理时间 may date a form or an application, not a message.
const TABLE_ASKED_LABELS: &[&str] = &["提交时间", "提交日期", "受理时间", "受理日期", "登记时间", "登记日期"];

/// Headers of a column that states where a message stands (办理中,
/// 已办结 …).
const STATUS_LABELS: &[&str] = &["办理状态", "处理状态", "回复状态", "答复状态", "办结状态", "状态"];

/// Labels of the date a message was answered.
pub const ANSWERED_LABELS: &[&str] =
    &["答复时间", "答复日期", "回复时间", "回复日期", "办结时间", "办结日期", "反馈时间", "处理时间"];

/// Words that say a message has no answer yet.
const PENDING_WORDS: &[&str] =
    &["未回复", "待回复", "未答复", "待答复", "办理中", "处理中", "未办结", "正在办理", "待处理", "受理中"];

/// Words that say a message was answered, whether or not the date is shown.
const SETTLED_WORDS: &[&str] = &["已办结", "已回复", "已答复", "已处理", "已反馈", "办理完毕"];

/// How far after its label a date may start (`留言时间：` then spaces,
/// brackets or a line break).
const LABEL_REACH: usize = 40;

/// Every message the page publishes, in document order.
pub fn find(doc: &Html, resolver: &Resolver<'_>, page: &Url) -> Vec<FoundMessage> {
    // Most pages have no message at all: one pass over the text nodes
    // rules them out before anything else is read.
    let labelled = doc.tree.nodes().any(|n| {
        n.value().as_text().is_some_and(|t| {
            // Every asked label says 时间 or 日期: two searches rule out
            // almost every text before the twenty-six labels are tried.
            super::column::may_hold_words(t)
                && (t.contains("时间") || t.contains("日期"))
                && ASKED_LABELS.iter().chain(TABLE_ASKED_LABELS).any(|l| t.contains(l))
        })
    });
    if !labelled {
        return Vec::new();
    }
    let mut found = tables(doc, resolver, page);
    if found.is_empty() {
        found = items(doc, resolver, page);
    }
    if found.is_empty() {
        found = inline(doc);
    }
    if found.is_empty()
        && let Some(one) = detail(doc)
    {
        found.push(one);
    }
    found
}

/// Messages in tables whose header row names the asked date.
fn tables(doc: &Html, resolver: &Resolver<'_>, page: &Url) -> Vec<FoundMessage> {
    let mut out = Vec::new();
    for table in doc.tree.nodes().filter_map(ElementRef::wrap).filter(|e| e.value().name() == "table") {
        let rows: Vec<ElementRef<'_>> = rows_of(table);
        let Some(header) = rows.iter().position(|r| {
            let cells = cells_of(*r);
            // A header names the column; a detail table's label cell is
            // followed by its value in the same row.
            asked_column(&cells).is_some() && cells.iter().all(|c| dates::first(&text_of(*c)).is_none())
        }) else {
            continue;
        };
        let cells = cells_of(rows[header]);
        let Some(asked_col) = asked_column(&cells) else { continue };
        // Only a table of several columns is a list of messages.
        if cells.len() < 2 {
            continue;
        }
        let answered_col = column_of(&cells, ANSWERED_LABELS);
        let status_col = column_of(&cells, STATUS_LABELS);
        for row in &rows[header + 1..] {
            let cells = cells_of(*row);
            let date_in = |col: Option<usize>| {
                col.and_then(|c| cells.get(c)).and_then(|c| dates::find(&text_of(*c)).into_iter().next())
            };
            let asked = date_in(Some(asked_col));
            let answered = date_in(answered_col);
            // The status column says where the message stands; a title
            // that quotes 已回复 does not.
            let status = match status_col.and_then(|c| cells.get(c)) {
                Some(cell) => text_of(*cell),
                None => text_of(*row),
            };
            let link = first_link(*row, resolver, page);
            let title = link.as_ref().map(|(_, t)| t.clone()).unwrap_or_else(|| longest_cell(&cells));
            if asked.is_none() && link.is_none() {
                continue;
            }
            out.push(FoundMessage {
                url: link.map(|(u, _)| u),
                title,
                asked,
                answered,
                pending: says_pending(&status),
                settled: says_settled(&status),
            });
        }
    }
    out
}

/// The rows of a table, not those of tables nested in it.
fn rows_of(table: ElementRef<'_>) -> Vec<ElementRef<'_>> {
    table
        .descendants()
        .filter_map(ElementRef::wrap)
        .filter(|e| e.value().name() == "tr")
        .filter(|tr| {
            tr.ancestors().filter_map(ElementRef::wrap).find(|a| a.value().name() == "table") == Some(table)
        })
        .collect()
}

fn cells_of(row: ElementRef<'_>) -> Vec<ElementRef<'_>> {
    row.children().filter_map(ElementRef::wrap).filter(|c| matches!(c.value().name(), "td" | "th")).collect()
}

/// The header cell of the asked date: a message label, or a generic one
/// (提交时间) when the header also has an answer date or a status column.
fn asked_column(cells: &[ElementRef<'_>]) -> Option<usize> {
    column_of(cells, ASKED_LABELS).or_else(|| {
        let shows_progress =
            column_of(cells, ANSWERED_LABELS).is_some() || column_of(cells, STATUS_LABELS).is_some();
        column_of(cells, TABLE_ASKED_LABELS).filter(|_| shows_progress)
    })
}

/// The index of the first cell that holds one of `labels`.
fn column_of(cells: &[ElementRef<'_>], labels: &[&str]) -> Option<usize> {
    cells.iter().position(|c| {
        let text = text_of(*c);
        labels.iter().any(|l| text.contains(l))
    })
}

fn longest_cell(cells: &[ElementRef<'_>]) -> String {
    cells.iter().map(|c| text_of(*c)).max_by_key(|t| t.chars().count()).unwrap_or_default()
}

/// The first link of `el` that leads elsewhere, with its title.
fn first_link(el: ElementRef<'_>, resolver: &Resolver<'_>, page: &Url) -> Option<(Url, String)> {
    el.descendants().filter_map(ElementRef::wrap).filter(|e| e.value().name() == "a").find_map(|a| {
        let url = a.value().attr_of("href").and_then(|h| resolver.resolve(h)).filter(|u| u != page)?;
        let shown = text_of(a);
        let attr = a.value().attr_of("title").map(super::collapse_whitespace).unwrap_or_default();
        let title = if attr.chars().count() > shown.chars().count() { attr } else { shown };
        Some((url, title))
    })
}

/// Messages in list items: each title link's nearest container that
/// states a labelled asked date.
fn items(doc: &Html, resolver: &Resolver<'_>, page: &Url) -> Vec<FoundMessage> {
    let mut out: Vec<FoundMessage> = Vec::new();
    let mut used = HashSet::new();
    for node in doc.tree.nodes() {
        let Some(a) = ElementRef::wrap(node).filter(|e| e.value().name() == "a") else { continue };
        if a.value().attr_of("href").and_then(|h| resolver.resolve(h)).is_none_or(|u| u == *page) {
            continue;
        }
        let Some(container) = labelled_container(node) else { continue };
        if !used.insert(container.id()) {
            continue;
        }
        let text = text_of(container);
        let Some((url, title)) = first_link(container, resolver, page) else { continue };
        out.push(FoundMessage {
            url: Some(url),
            title,
            asked: after_label(&text, ASKED_LABELS),
            answered: after_label(&text, ANSWERED_LABELS),
            pending: says_pending(&text),
            settled: says_settled(&text),
        });
    }
    out
}

/// How far above a link its message container is looked for.
const MAX_CONTAINER_DEPTH: usize = 4;

/// The nearest ancestor of the link `a` that holds a dated asked label
/// and no other message's link.
fn labelled_container(a: NodeRef<'_, Node>) -> Option<ElementRef<'_>> {
    for ancestor in a.ancestors().take(MAX_CONTAINER_DEPTH).filter_map(ElementRef::wrap) {
        if matches!(ancestor.value().name(), "ul" | "ol" | "table" | "tbody" | "body" | "html") {
            return None;
        }
        let links = ancestor
            .descendants()
            .filter(
                |n| matches!(n.value(), Node::Element(e) if e.name() == "a" && e.attr_of("href").is_some()),
            )
            .take(2)
            .count();
        if links > 1 {
            return None;
        }
        if after_label(&text_of(ancestor), ASKED_LABELS).is_some() {
            return Some(ancestor);
        }
    }
    None
}

/// At most this many inline messages are read from one page.
const MAX_INLINE: usize = 500;

/// Messages printed whole on the page, without a link each. Each asked
/// label's largest block that holds no other asked label starts a
/// message; on a flat page (one table of label/value rows, one `<dl>` of
/// `dd`s) that block is a single row, so the message runs on over the
/// following siblings up to the next message's start, and takes in the
/// title line just before it. Fewer than two messages is a detail page,
/// not a list.
fn inline(doc: &Html) -> Vec<FoundMessage> {
    let labels: Vec<NodeRef<'_, Node>> = doc
        .tree
        .nodes()
        .filter(|n| n.value().as_text().is_some_and(|t| ASKED_LABELS.iter().any(|l| t.contains(l))))
        .take(MAX_INLINE)
        .collect();
    if labels.len() < 2 {
        return Vec::new();
    }
    // How many labels each node holds, counted up each label's ancestors
    // once: linear in labels × depth, whatever the page's size.
    let mut holds: HashMap<NodeId, usize> = HashMap::new();
    for label in &labels {
        for node in std::iter::once(*label).chain(label.ancestors()) {
            *holds.entry(node.id()).or_default() += 1;
        }
    }
    let held = |n: NodeRef<'_, Node>| holds.get(&n.id()).copied().unwrap_or(0);
    // Each label's block, grouped by the parent the blocks share, parents
    // in document order.
    let mut parents: Vec<(NodeId, Vec<NodeRef<'_, Node>>)> = Vec::new();
    for label in &labels {
        let Some(block) = std::iter::once(*label)
            .chain(label.ancestors())
            .take_while(|a| !is_root(*a) && held(*a) == 1)
            .last()
        else {
            continue;
        };
        let Some(parent) = block.parent() else { continue };
        match parents.iter_mut().find(|(id, _)| *id == parent.id()) {
            Some((_, blocks)) => blocks.push(block),
            None => parents.push((parent.id(), vec![block])),
        }
    }
    let mut found = Vec::new();
    for (_, blocks) in &parents {
        for (at, block) in blocks.iter().enumerate() {
            let prev = at.checked_sub(1).map(|p| blocks[p]);
            let next_start = blocks.get(at + 1).map(|b| run_start(*b, Some(*block), &held));
            let run = message_run(*block, run_start(*block, prev, &held), next_start, &held);
            let text =
                run.iter().map(|n| node_text(*n)).filter(|t| !t.is_empty()).collect::<Vec<_>>().join(" ");
            let Some(asked) = after_label(&text, ASKED_LABELS) else { continue };
            found.push(FoundMessage {
                url: None,
                title: inline_title(&run, &text),
                asked: Some(asked),
                answered: after_label(&text, ANSWERED_LABELS),
                pending: says_pending(&text),
                settled: says_settled(&text),
            });
        }
    }
    if found.len() < 2 { Vec::new() } else { found }
}

fn is_root(node: NodeRef<'_, Node>) -> bool {
    matches!(node.value(), Node::Element(e) if matches!(e.name(), "body" | "html")) || node.parent().is_none()
}

/// How many title lines before its asked label a message may have.
const MAX_TITLE_LINES: usize = 2;

/// Where the message whose asked label is in `block` starts: at `block`,
/// or at the title line(s) just before it (a `dt`, a heading, a row
/// labelled 标题), never at or before the previous message's block.
fn run_start<'a>(
    block: NodeRef<'a, Node>,
    prev: Option<NodeRef<'a, Node>>,
    held: &impl Fn(NodeRef<'a, Node>) -> usize,
) -> NodeRef<'a, Node> {
    let mut start = block;
    let mut lines = 0;
    let mut sibling = block.prev_sibling();
    while let Some(s) = sibling {
        if prev.is_some_and(|p| p.id() == s.id()) || held(s) > 0 {
            break;
        }
        let text = node_text(s);
        if !text.is_empty() {
            if lines == MAX_TITLE_LINES || !is_title_line(s, &text) {
                break;
            }
            lines += 1;
            start = s;
        }
        sibling = s.prev_sibling();
    }
    start
}

/// A line that names a message rather than ends the one before: a term,
/// a heading, or a line led by a subject label.
fn is_title_line(node: NodeRef<'_, Node>, text: &str) -> bool {
    let heading = matches!(node.value(), Node::Element(e)
        if matches!(e.name(), "dt" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "caption"))
        || ElementRef::wrap(node).is_some_and(|e| {
            e.value().name() == "tr"
                && cells_of(e).first().is_some_and(|c| c.value().name() == "th")
                && cells_of(e).len() == 1
        });
    let labelled = SUBJECT_LABELS.iter().any(|l| text.starts_with(l));
    (heading || labelled) && !ANSWERED_LABELS.iter().any(|l| text.contains(l))
}

/// The nodes of one message: from `start` through `block` on to just
/// before the next message's start; the last message of its parent runs
/// on over the siblings of the same kind as `block` that hold no label.
fn message_run<'a>(
    block: NodeRef<'a, Node>,
    start: NodeRef<'a, Node>,
    next_start: Option<NodeRef<'a, Node>>,
    held: &impl Fn(NodeRef<'a, Node>) -> usize,
) -> Vec<NodeRef<'a, Node>> {
    let mut run = Vec::new();
    let mut node = Some(start);
    while let Some(n) = node {
        if n.id() == block.id() {
            break;
        }
        run.push(n);
        node = n.next_sibling();
    }
    run.push(block);
    let kind = element_name(block);
    let mut sibling = block.next_sibling();
    while let Some(s) = sibling {
        match next_start {
            Some(next) if next.id() == s.id() => break,
            None if held(s) > 0 || (element_name(s).is_some() && !same_kind(element_name(s), kind)) => break,
            _ => {}
        }
        run.push(s);
        sibling = s.next_sibling();
    }
    run
}

fn element_name<'a>(node: NodeRef<'a, Node>) -> Option<&'a str> {
    match node.value() {
        Node::Element(e) => Some(e.name()),
        _ => None,
    }
}

/// `dt` and `dd` lines are of one kind; otherwise the same tag.
fn same_kind(a: Option<&str>, b: Option<&str>) -> bool {
    fn family(n: Option<&str>) -> Option<&str> {
        match n {
            Some("dt" | "dd") => Some("dd"),
            other => other,
        }
    }
    family(a) == family(b)
}

/// A node's text, text nodes kept apart by a space.
fn node_text(node: NodeRef<'_, Node>) -> String {
    node.descendants()
        .filter_map(|n| n.value().as_text().map(|t| &**t))
        .flat_map(str::split_whitespace)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Labels of a message's subject.
const SUBJECT_LABELS: &[&str] = &["留言标题", "信件标题", "来信标题", "标题", "主题"];

/// A message's title: its heading, its labelled subject, else the start
/// of its text.
fn inline_title(run: &[NodeRef<'_, Node>], text: &str) -> String {
    let heading = run
        .iter()
        .flat_map(|n| n.descendants())
        .filter_map(ElementRef::wrap)
        .find(|e| {
            matches!(e.value().name(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "strong" | "b" | "dt" | "th")
        })
        .map(text_of)
        .filter(|t| !t.is_empty() && !ASKED_LABELS.iter().any(|l| t.contains(l)))
        // `留言标题：…` is a subject line, read below; a bare `标题` is the title.
        .filter(|t| !SUBJECT_LABELS.iter().any(|l| t.starts_with(l) && t.len() > l.len()));
    let subject = || {
        SUBJECT_LABELS.iter().find_map(|label| {
            let at = text.find(label)? + label.len();
            let after = text[at..].trim_start_matches([':', '：', ' ']);
            let end = after.find(' ').unwrap_or(after.len());
            Some(after[..end].to_owned()).filter(|s| {
                !s.is_empty() && !ASKED_LABELS.iter().chain(ANSWERED_LABELS).any(|l| s.contains(l))
            })
        })
    };
    heading.or_else(subject).unwrap_or_else(|| text.chars().take(40).collect())
}

/// The page itself as one message: its first dated asked label and its
/// first dated answer label.
fn detail(doc: &Html) -> Option<FoundMessage> {
    let body = doc.tree.nodes().filter_map(ElementRef::wrap).find(|e| e.value().name() == "body")?;
    let text = text_of(body);
    let asked = after_label(&text, ASKED_LABELS)?;
    let title = doc
        .tree
        .nodes()
        .filter_map(ElementRef::wrap)
        .find(|e| e.value().name() == "title")
        .map(text_of)
        .unwrap_or_default();
    let answered = after_label(&text, ANSWERED_LABELS);
    Some(FoundMessage {
        url: None,
        title,
        asked: Some(asked),
        answered,
        pending: says_pending(&text),
        settled: says_settled(&text),
    })
}

/// The first date, with its year, that follows one of `labels` in
/// `text`; every occurrence of every label is tried (a header `答复时间`
/// without a value may come before the labelled one).
pub fn after_label(text: &str, labels: &[&str]) -> Option<Written> {
    let mut best: Option<(usize, Written)> = None;
    for label in labels {
        for (at, _) in text.match_indices(label) {
            if best.is_some_and(|(b, _)| b < at) {
                break;
            }
            let after: String = text[at + label.len()..].chars().take(LABEL_REACH).collect();
            let after = after.trim_start_matches([':', '：', ' ', '\u{a0}', '】', ']', '\t', '\n', '\r']);
            // The date must be the label's value, not a date further on
            // after another label.
            if ASKED_LABELS.iter().chain(ANSWERED_LABELS).any(|l| after.find(l).is_some_and(|i| i < 4)) {
                continue;
            }
            let Some(date) = dates::find(after).into_iter().next().filter(|w| w.year.is_some()) else {
                continue;
            };
            if after.find(|c: char| c.is_ascii_digit()).is_some_and(|i| i > 6) {
                continue;
            }
            best = Some((at, date));
            break;
        }
    }
    best.map(|(_, w)| w)
}

fn says_pending(text: &str) -> bool {
    PENDING_WORDS.iter().any(|w| text.contains(w))
}

fn says_settled(text: &str) -> bool {
    !says_pending(text) && SETTLED_WORDS.iter().any(|w| text.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::html::with_test_input;

    /// A message as the tests compare it: path, asked, answered, pending.
    type Seen = (Option<String>, Option<Written>, Option<Written>, bool);

    #[test]
    fn every_asked_label_passes_the_quick_search() {
        for label in ASKED_LABELS.iter().chain(TABLE_ASKED_LABELS) {
            assert!(label.contains("时间") || label.contains("日期"), "{label}: find would skip it");
        }
    }

    fn messages(html: &str) -> Vec<Seen> {
        let doc = Html::parse_document(html);
        let found = with_test_input(html, "http://h/hdjl/xzxx/index.html", encoding_rs::UTF_8, |input| {
            find(&doc, &Resolver::new(&doc, input), input.url)
        });
        found
            .into_iter()
            .map(|m| (m.url.map(|u| u.path().to_owned()), m.asked, m.answered, m.pending))
            .collect()
    }

    fn w(year: i32, month: u32, day: u32) -> Option<Written> {
        Some(Written { year: Some(year), month, day })
    }

    #[test]
    fn tables_with_date_columns() {
        let got = messages(
            r#"<table><tr><th>信件标题</th><th>留言时间</th><th>答复时间</th><th>状态</th></tr>
            <tr><td><a href="/hdjl/xzxx/1.html">咨询社保缴费</a></td><td>2026-03-01</td><td>2026-03-05</td><td>已办结</td></tr>
            <tr><td><a href="/hdjl/xzxx/2.html">道路积水</a></td><td>2026-04-01 10:20</td><td></td><td>办理中</td></tr>
            </table>"#,
        );
        assert_eq!(
            got,
            vec![
                (Some("/hdjl/xzxx/1.html".into()), w(2026, 3, 1), w(2026, 3, 5), false),
                (Some("/hdjl/xzxx/2.html".into()), w(2026, 4, 1), None, true),
            ]
        );
    }

    #[test]
    fn list_items_with_labelled_dates() {
        let got = messages(
            r#"<ul><li><a href="/x/1.html">关于小区停水的问题</a><span>来信时间：2026-03-01</span><span>回复时间：2026-03-05</span></li>
            <li><a href="/x/2.html">关于路灯损坏的问题</a><span>来信时间：2026-03-02</span><span>状态：待回复</span></li></ul>
            <dl><dt><a href="/x/3.html">咨询公积金提取</a></dt><dd>留言日期：2026年3月3日</dd><dd>答复日期：2026年3月9日</dd></dl>"#,
        );
        assert_eq!(
            got,
            vec![
                (Some("/x/1.html".into()), w(2026, 3, 1), w(2026, 3, 5), false),
                (Some("/x/2.html".into()), w(2026, 3, 2), None, true),
                (Some("/x/3.html".into()), w(2026, 3, 3), w(2026, 3, 9), false),
            ]
        );
    }

    #[test]
    fn detail_pages() {
        let got = messages(
            r#"<h1>关于小区停水的问题</h1><table><tr><td>来信人</td><td>王**</td></tr>
            <tr><td>留言时间</td><td>2026-03-01 10:00</td></tr><tr><td>答复单位</td><td>县水务局</td></tr>
            <tr><td>答复时间</td><td>2026-03-05 09:00</td></tr></table>"#,
        );
        assert_eq!(got, vec![(None, w(2026, 3, 1), w(2026, 3, 5), false)]);
        let text = messages("<p>来信时间：2026-03-01</p><p>答复时间：</p><p>正在办理</p>");
        assert_eq!(text, vec![(None, w(2026, 3, 1), None, true)]);
    }

    #[test]
    fn messages_printed_inline() {
        let got = messages(
            r#"<div class="msglist">
            <div class="msg"><h4>关于小区停水的问题</h4><p>留言时间：2026-03-01 10:20</p><p>留言内容：小区停水三天。</p>
              <div class="reply"><p>回复时间：2026-03-05</p><p>回复内容：经核实，暂无相关信息表明将继续停水。</p></div></div>
            <div class="msg"><h4>关于路灯损坏的问题</h4><p>留言时间：2026-03-02</p><p>留言内容：路灯坏了。</p>
              <p>状态：办理中</p></div>
            </div>"#,
        );
        assert_eq!(got, vec![(None, w(2026, 3, 1), w(2026, 3, 5), false), (None, w(2026, 3, 2), None, true)]);
        // One message on its own page stays a detail page.
        let one =
            messages(r#"<div class="msg"><h4>关于小区停水的问题</h4><p>留言时间：2026-03-01</p></div>"#);
        assert_eq!(one, vec![(None, w(2026, 3, 1), None, false)]);
    }

    fn titles(html: &str) -> Vec<String> {
        let doc = Html::parse_document(html);
        with_test_input(html, "http://h/hdjl/xzxx/index.html", encoding_rs::UTF_8, |input| {
            find(&doc, &Resolver::new(&doc, input), input.url)
        })
        .into_iter()
        .map(|m| m.title)
        .collect()
    }

    const FLAT_TABLE: &str = r#"<table>
        <tr><td>留言标题</td><td>关于小区停水的问题</td></tr><tr><td>留言时间</td><td>2026-09-01</td></tr>
        <tr><td>留言内容</td><td>停水三天。</td></tr><tr><td>回复时间</td><td>2026-09-02</td></tr>
        <tr><td>回复内容</td><td>已恢复供水。</td></tr>
        <tr><td>留言标题</td><td>关于路灯损坏的问题</td></tr><tr><td>留言时间</td><td>2026-09-03</td></tr>
        <tr><td>留言内容</td><td>路灯坏了。</td></tr><tr><td>回复时间</td><td>2026-09-05</td></tr>
        </table>"#;

    const FLAT_DL: &str = r#"<dl>
        <dt>关于小区停水的问题</dt><dd>留言时间：2026-09-01 停水三天。</dd><dd>回复时间：2026-09-02 已恢复供水。</dd>
        <dt>关于路灯损坏的问题</dt><dd>留言时间：2026-09-03 路灯坏了。</dd><dd>回复时间：2026-09-05 已修复。</dd>
        <dt>关于垃圾清运的问题</dt><dd>留言时间：2026-09-04 垃圾未清运。</dd>
        </dl>"#;

    #[test]
    fn flat_pages_give_each_message_its_reply_and_title() {
        assert_eq!(
            messages(FLAT_TABLE),
            vec![(None, w(2026, 9, 1), w(2026, 9, 2), false), (None, w(2026, 9, 3), w(2026, 9, 5), false)]
        );
        assert_eq!(titles(FLAT_TABLE), vec!["关于小区停水的问题", "关于路灯损坏的问题"]);
        // The last message has no reply: the one before's reply is not its.
        assert_eq!(
            messages(FLAT_DL),
            vec![
                (None, w(2026, 9, 1), w(2026, 9, 2), false),
                (None, w(2026, 9, 3), w(2026, 9, 5), false),
                (None, w(2026, 9, 4), None, false),
            ]
        );
        assert_eq!(titles(FLAT_DL), vec!["关于小区停水的问题", "关于路灯损坏的问题", "关于垃圾清运的问题"]);
    }

    #[test]
    fn a_flat_run_stops_at_other_markup() {
        // A footer after the last message is not part of its reply.
        let got = messages(
            r#"<div><p>留言时间：2026-09-01</p><p>回复时间：2026-09-02</p><p>留言时间：2026-09-03</p>
            <div class="footer">回复时间：2026-09-09</div></div>"#,
        );
        assert_eq!(
            got,
            vec![(None, w(2026, 9, 1), w(2026, 9, 2), false), (None, w(2026, 9, 3), None, false)]
        );
    }

    #[test]
    fn many_linked_messages_are_all_read() {
        // The cost per message is measured by `checks/examples/page_cost.rs`,
        // not timed here: a test's clock reads the machine's load.
        let rows: String = (0..20_000)
            .map(|i| format!("<div><a href='/m/{i}.html'>问题{i}</a><span>留言时间：2026-09-01</span></div>"))
            .collect();
        assert_eq!(messages(&rows).len(), 20_000);
    }

    #[test]
    fn tables_dated_by_submission_with_a_status_column() {
        let got = messages(
            r#"<table><tr><th>信件标题</th><th>受理单位</th><th>提交时间</th><th>办理状态</th></tr>
            <tr><td><a href="/x/1.html">关于已回复问题的再次反映</a></td><td>县住建局</td><td>2025-03-01</td><td>办理中</td></tr>
            <tr><td><a href="/x/2.html">咨询公积金提取</a></td><td>县公积金中心</td><td>2025-03-02</td><td>已答复</td></tr>
            </table>
            <table><tr><th>标题</th><th>诉求时间</th><th>回复时间</th></tr>
            <tr><td><a href="/x/3.html">噪音扰民</a></td><td>2026-03-03</td><td>2026-03-04</td></tr></table>"#,
        );
        assert_eq!(
            got,
            vec![
                (Some("/x/1.html".into()), w(2025, 3, 1), None, true),
                (Some("/x/2.html".into()), w(2025, 3, 2), None, false),
                (Some("/x/3.html".into()), w(2026, 3, 3), w(2026, 3, 4), false),
            ]
        );
        let doc_settled = r#"<table><tr><th>信件标题</th><th>提交时间</th><th>办理状态</th></tr>
            <tr><td><a href="/x/2.html">咨询公积金提取</a></td><td>2025-03-02</td><td>已办结</td></tr></table>"#;
        let doc = Html::parse_document(doc_settled);
        let found =
            with_test_input(doc_settled, "http://h/hdjl/xzxx/index.html", encoding_rs::UTF_8, |input| {
                find(&doc, &Resolver::new(&doc, input), input.url)
            });
        assert!(found[0].settled && !found[0].pending);
    }

    #[test]
    fn submission_and_publication_dates_alone_are_not_messages() {
        // 提交时间 with no answer or status column dates forms, not messages.
        assert!(
            messages(
                r#"<table><tr><th>表格名称</th><th>提交时间</th></tr>
                <tr><td><a href="/f/1.html">政府信息公开申请表</a></td><td>2026-03-01</td></tr></table>"#
            )
            .is_empty()
        );
        // A normal list dated by 发布时间 stays a column.
        assert!(
            messages(
                r#"<table><tr><th>标题</th><th>发布时间</th><th>状态</th></tr>
                <tr><td><a href="/a/1.html">县政府常务会议</a></td><td>2026-03-01</td><td>有效</td></tr></table>"#
            )
            .is_empty()
        );
    }

    #[test]
    fn pages_without_labels_have_no_messages() {
        assert!(
            messages("<ul><li><a href='/a.html'>县政府召开常务会议</a><span>2026-03-01</span></li></ul>")
                .is_empty()
        );
    }
}
