//! The one HTML parse of a page, bounded in depth, size and time.
//!
//! html5ever looks through the stack of open elements for most tags it
//! meets, so a deeply nested page costs time in the square of its depth;
//! markup browsers accept builds that depth without a matching `<` for
//! each level (stray end tags `<span></x>`, an empty comment `<!-->`,
//! formatting elements reopened by the parser), so no count of the bytes
//! can see it. The bound therefore sits where the tree is built: a
//! [`TreeSink`] wrapped around scraper's counts the depth each node is
//! inserted at, the nodes made and the parse errors met, and the page is
//! fed to the parser in small chunks, stopping at the first chunk that
//! passes [`MAX_DEPTH`], [`MAX_NODES`] or [`MAX_ERRORS`]. These make the
//! work of a parse proportional to the page, whatever its bytes: the costly
//! steps (a stray end tag looked for through the stack, a misnested
//! formatting element adopted) each report a parse error, and each costs
//! at most the depth. A time budget is kept behind them, for any pattern
//! they miss: the parsing thread's CPU time, not the wall clock, so a page
//! is read the same on a machine busy with other work (a wall-clock budget
//! cut pages on a loaded CI runner that an idle one read whole). What was
//! read is kept, the rest is treated like the rest of an oversize body: not
//! read, and said so (`page.oversize`).
//!
//! Parse errors are counted, not kept: a page of NUL bytes has one per
//! byte, and recording them cost a hundred times the page's size.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::time::Duration;

use ego_tree::NodeId;
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::{Attribute, QualName};
use scraper::{Html, HtmlTreeSink};

/// Browsers cap the depth of the tree they build (Blink at 512 levels);
/// county portals nest 20–60 levels.
pub const MAX_DEPTH: u32 = 512;

/// Elements and comments kept of one page: a large real list page has a
/// few tens of thousands; this many keep one page's tree, and what the
/// checks build over it, to tens of MB.
pub const MAX_NODES: u32 = 100_000;

/// Parse errors met in one page: a broken real page has hundreds.
pub const MAX_ERRORS: u32 = 100_000;

/// CPU time one parse may take, behind the counts above: a 5 MB real page
/// parses in a fraction of it.
pub const PARSE_BUDGET: Duration = Duration::from_secs(3);

/// Bytes fed to the parser at a time: small enough that one chunk of the
/// worst markup costs milliseconds past the bounds.
const CHUNK: usize = 4096;

/// Why a page was read only in part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CutReason {
    /// Nested deeper than [`MAX_DEPTH`].
    Depth,
    /// More than [`MAX_NODES`] elements and comments.
    Nodes,
    /// More than [`MAX_ERRORS`] markup errors.
    Errors,
    /// Parsing took longer than its budget.
    Time,
}

/// Where a page's parse stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cut {
    pub reason: CutReason,
    /// Bytes of the page read before the stop.
    pub read: usize,
}

/// The bounds of one parse.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub depth: u32,
    pub nodes: u32,
    pub errors: u32,
    pub time: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { depth: MAX_DEPTH, nodes: MAX_NODES, errors: MAX_ERRORS, time: PARSE_BUDGET }
    }
}

/// Parses `html` as a document within `limits`: the tree of what was read,
/// and where it stopped when it did not read everything.
pub fn parse(html: &str, limits: Limits) -> (Html, Option<Cut>) {
    let started = ThreadClock::now();
    // The parser drops a NUL in text and turns one in a tag into U+FFFD,
    // one token and one parse error at a time: a page of them is read
    // without them, at the speed of a copy.
    let html = if html.contains('\0') { Cow::Owned(html.replace('\0', "")) } else { Cow::Borrowed(html) };
    let html = html.as_ref();
    let sink = BoundedSink {
        inner: HtmlTreeSink::new(Html::new_document()),
        depths: RefCell::new(HashMap::new()),
        nodes: Cell::new(0),
        errors: Cell::new(0),
        over: Cell::new(None),
        limits,
    };
    let mut parser = html5ever::parse_document(sink, Default::default());
    let mut at = 0;
    let mut cut = None;
    while at < html.len() {
        let end = chunk_end(html, at);
        parser.process(StrTendril::from_slice(&html[at..end]));
        at = end;
        let sink = &parser.tokenizer.sink.sink;
        let reason = sink.over.get().or_else(|| (started.elapsed() > limits.time).then_some(CutReason::Time));
        if let Some(reason) = reason
            && at < html.len()
        {
            cut = Some(Cut { reason, read: at });
            break;
        }
    }
    (parser.finish(), cut)
}

/// The CPU time the current thread has used, where the system says
/// (Linux and the other Unixes); elsewhere the wall clock stands in.
#[derive(Clone, Copy)]
struct ThreadClock {
    #[cfg(unix)]
    start: Duration,
    #[cfg(not(unix))]
    start: std::time::Instant,
}

impl ThreadClock {
    fn now() -> Self {
        #[cfg(unix)]
        return ThreadClock { start: thread_cpu_time() };
        #[cfg(not(unix))]
        return ThreadClock { start: std::time::Instant::now() };
    }

    fn elapsed(self) -> Duration {
        #[cfg(unix)]
        return thread_cpu_time().saturating_sub(self.start);
        #[cfg(not(unix))]
        return self.start.elapsed();
    }
}

#[cfg(unix)]
fn thread_cpu_time() -> Duration {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid, writable timespec for the call's duration;
    // CLOCK_THREAD_CPUTIME_ID needs no other argument.
    let ok = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) } == 0;
    if !ok {
        // No thread clock: no budget, the counts still bound the parse.
        return Duration::ZERO;
    }
    Duration::new(u64::try_from(ts.tv_sec).unwrap_or(0), u32::try_from(ts.tv_nsec).unwrap_or(0))
}

/// The end of the chunk starting at `at`, on a character boundary.
fn chunk_end(html: &str, at: usize) -> usize {
    let mut end = (at + CHUNK).min(html.len());
    while !html.is_char_boundary(end) {
        end += 1;
    }
    end
}

/// scraper's tree builder, counting what it builds.
struct BoundedSink {
    inner: HtmlTreeSink,
    /// The depth of each element inserted (the document is at 0).
    depths: RefCell<HashMap<NodeId, u32>>,
    nodes: Cell<u32>,
    errors: Cell<u32>,
    /// The first bound passed.
    over: Cell<Option<CutReason>>,
    limits: Limits,
}

impl BoundedSink {
    fn depth(&self, node: &NodeId) -> u32 {
        self.depths.borrow().get(node).copied().unwrap_or(0)
    }

    fn placed(&self, child: &NodeOrText<NodeId>, depth: u32) {
        if let NodeOrText::AppendNode(id) = child {
            self.depths.borrow_mut().insert(*id, depth);
            if depth > self.limits.depth {
                self.pass(CutReason::Depth);
            }
        }
    }

    fn made(&self) {
        self.nodes.set(self.nodes.get().saturating_add(1));
        if self.nodes.get() > self.limits.nodes {
            self.pass(CutReason::Nodes);
        }
    }

    fn pass(&self, reason: CutReason) {
        if self.over.get().is_none() {
            self.over.set(Some(reason));
        }
    }
}

impl TreeSink for BoundedSink {
    type Handle = NodeId;
    type Output = Html;
    type ElemName<'a> = <HtmlTreeSink as TreeSink>::ElemName<'a>;

    fn finish(self) -> Html {
        self.inner.finish()
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {
        self.errors.set(self.errors.get().saturating_add(1));
        if self.errors.get() > self.limits.errors {
            self.pass(CutReason::Errors);
        }
    }

    fn get_document(&self) -> NodeId {
        self.inner.get_document()
    }

    fn elem_name<'a>(&'a self, target: &'a NodeId) -> Self::ElemName<'a> {
        self.inner.elem_name(target)
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> NodeId {
        self.made();
        self.inner.create_element(name, attrs, flags)
    }

    fn create_comment(&self, text: StrTendril) -> NodeId {
        self.made();
        self.inner.create_comment(text)
    }

    fn create_pi(&self, target: StrTendril, data: StrTendril) -> NodeId {
        self.made();
        self.inner.create_pi(target, data)
    }

    fn append(&self, parent: &NodeId, child: NodeOrText<NodeId>) {
        self.placed(&child, self.depth(parent) + 1);
        self.inner.append(parent, child);
    }

    fn append_based_on_parent_node(
        &self,
        element: &NodeId,
        prev_element: &NodeId,
        child: NodeOrText<NodeId>,
    ) {
        // Either beside `element` or in `prev_element`: the deeper counts.
        self.placed(&child, self.depth(element).max(self.depth(prev_element) + 1));
        self.inner.append_based_on_parent_node(element, prev_element, child);
    }

    fn append_doctype_to_document(&self, name: StrTendril, public_id: StrTendril, system_id: StrTendril) {
        self.inner.append_doctype_to_document(name, public_id, system_id);
    }

    fn mark_script_already_started(&self, node: &NodeId) {
        self.inner.mark_script_already_started(node);
    }

    fn get_template_contents(&self, target: &NodeId) -> NodeId {
        self.inner.get_template_contents(target)
    }

    fn same_node(&self, x: &NodeId, y: &NodeId) -> bool {
        self.inner.same_node(x, y)
    }

    fn set_quirks_mode(&self, mode: QuirksMode) {
        self.inner.set_quirks_mode(mode);
    }

    fn append_before_sibling(&self, sibling: &NodeId, new_node: NodeOrText<NodeId>) {
        self.placed(&new_node, self.depth(sibling));
        self.inner.append_before_sibling(sibling, new_node);
    }

    fn add_attrs_if_missing(&self, target: &NodeId, attrs: Vec<Attribute>) {
        self.inner.add_attrs_if_missing(target, attrs);
    }

    fn remove_from_parent(&self, target: &NodeId) {
        self.inner.remove_from_parent(target);
    }

    fn reparent_children(&self, node: &NodeId, new_parent: &NodeId) {
        self.inner.reparent_children(node, new_parent);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Without the time budget: a debug build on a busy machine is slow.
    fn untimed(limits: Limits) -> Limits {
        Limits { time: Duration::from_secs(600), ..limits }
    }

    fn depth_cut(html: &str) -> Option<Cut> {
        parse(html, untimed(Limits { depth: 50, ..Limits::default() })).1
    }

    #[test]
    fn real_pages_are_never_cut() {
        let list: String = (0..5000).map(|i| format!("<li><a href=\"/a{i}\">文章</a><p>摘要")).collect();
        let page = format!(
            "<html><head><script>if (a<b) {{ x('<div>'); }}</script><!-- <div><div> --></head>\
             <body><div><ul>{list}</ul><table><tr><td>1<td>2</table><img src=x><br/></div></body></html>"
        );
        assert_eq!(depth_cut(&page), None);
        assert_eq!(depth_cut(&"<div></div>".repeat(10_000)), None);
        assert_eq!(depth_cut(&"<p>段落".repeat(10_000)), None);
    }

    #[test]
    fn runaway_nesting_is_cut_past_the_limit() {
        let page = format!("<body>{}x", "<div>".repeat(20_000));
        let cut = depth_cut(&page).expect("cut");
        assert_eq!(cut.reason, CutReason::Depth);
        // Within a chunk of the place the nesting passed the limit.
        assert!(cut.read <= 6 + 51 * 5 + CHUNK, "{}", cut.read);
    }

    #[test]
    fn nesting_that_no_count_of_tags_sees_is_cut_too() {
        // Stray end tags between the opening tags, an empty comment that a
        // byte scanner reads as opening a long one, formatting elements the
        // parser reopens itself.
        for page in [
            "<span></x>".repeat(20_000),
            format!("<!-->{}", "<div>".repeat(20_000)),
            format!("{}{}", "<b id=1><i id=2><u id=3>".repeat(30), "<p>x".repeat(20_000)),
        ] {
            assert_eq!(depth_cut(&page).map(|c| c.reason), Some(CutReason::Depth), "{}", &page[..40]);
        }
    }

    #[test]
    fn too_many_nodes_are_cut() {
        let page = "<p>x".repeat(2_000);
        let (_, cut) = parse(&page, untimed(Limits { nodes: 100, ..Limits::default() }));
        assert_eq!(cut.map(|c| c.reason), Some(CutReason::Nodes));
    }

    #[test]
    fn endless_markup_errors_are_cut() {
        // Shallow enough for the depth bound, each stray end tag looked
        // for through the whole stack.
        let page = format!("{}{}", "<span>".repeat(40), "</x>".repeat(20_000));
        let (_, cut) = parse(&page, untimed(Limits { errors: 1000, ..Limits::default() }));
        assert_eq!(cut.map(|c| c.reason), Some(CutReason::Errors));
        let broken_but_real = "<table><tr><td>1</b></td></tr></table><p>段落</div>".repeat(100);
        assert_eq!(parse(&broken_but_real, untimed(Limits::default())).1, None);
    }

    #[test]
    fn a_parse_over_its_time_is_cut() {
        let page = "<p>x".repeat(50_000);
        let (_, cut) = parse(&page, Limits { time: Duration::ZERO, ..Limits::default() });
        assert_eq!(cut, Some(Cut { reason: CutReason::Time, read: CHUNK }));
    }

    #[test]
    fn nul_bytes_cost_no_more_than_their_page() {
        let page = format!("<p>{}</p><a href=\"/next.html\">x</a>", "\0".repeat(5_000_000));
        // Within the default CPU budget: a parse error per NUL would not be.
        let (doc, cut) = parse(&page, Limits::default());
        assert_eq!(cut, None);
        assert!(doc.tree.nodes().count() < 10);
    }

    #[test]
    fn what_was_read_is_kept() {
        let page =
            format!("<a href=\"/first.html\">首条</a>{}<a href=\"/lost.html\">x</a>", "<i>".repeat(20_000));
        let (doc, cut) = parse(&page, untimed(Limits::default()));
        assert!(cut.is_some());
        let sel = scraper::Selector::parse("a").unwrap();
        let hrefs: Vec<_> = doc.select(&sel).filter_map(|a| a.value().attr("href")).collect();
        assert_eq!(hrefs, ["/first.html"]);
    }
}
