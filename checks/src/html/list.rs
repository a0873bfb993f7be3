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

use std::collections::HashMap;

use ego_tree::{NodeId, NodeRef};
use scraper::node::Node;
use scraper::{ElementRef, Html};
use url::Url;

use super::collapse_whitespace;
use super::links::Resolver;
use crate::dates::{self, Written};
use crate::html::attr::Attr;

/// An item of a list, as found on the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundItem {
    pub url: Url,
    pub title: String,
    /// The date written next to it, if any.
    pub date: Option<Written>,
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
    let mut candidates = Vec::new();
    for node in doc.tree.nodes() {
        let Some(a) = ElementRef::wrap(node).filter(|e| e.value().name() == "a") else { continue };
        let Some(url) = a.value().attr_of("href").and_then(|h| resolver.resolve(h)) else { continue };
        if url == *page {
            continue;
        }
        let Some(title) = title_of(a) else { continue };
        let (container, definite) = container_of(node);
        let Some(group) = container.parent().map(|p| p.id()) else { continue };
        // The title may hold a date of its own (关于11月20日停电的通知).
        let beside = text_outside(container, node.id());
        let date = latest_date(&beside);
        // The marks are words beside the title, in the title, or an
        // image's alt (a 置顶 icon).
        let alts: String = container
            .descendants()
            .filter_map(|n| match n.value() {
                Node::Element(e) if e.name() == "img" => e.attr_of("alt"),
                _ => None,
            })
            .collect();
        let marked = |words: &[&str]| {
            words.iter().any(|w| beside.contains(w) || title.contains(w) || alts.contains(w))
        };
        let (pinned, void) = (marked(PINNED_WORDS), marked(VOID_WORDS));
        candidates.push(Candidate { group, definite, item: FoundItem { url, title, date, pinned, void } });
    }
    let mut groups: HashMap<NodeId, Vec<&Candidate>> = HashMap::new();
    for c in &candidates {
        groups.entry(c.group).or_default().push(c);
    }
    let mut seen = std::collections::HashSet::new();
    candidates
        .iter()
        .filter(|c| groups.get(&c.group).is_some_and(|g| is_list(g, declared_column)))
        .filter(|c| seen.insert(c.item.url.clone()))
        .map(|c| c.item.clone())
        .collect()
}

/// The title of an item link: its `title` attribute when the text is cut
/// short, as TRS lists do; `None` for menu-sized text.
fn title_of(a: ElementRef<'_>) -> Option<String> {
    let shown = collapse_whitespace(&a.text().collect::<String>());
    let attr = a.value().attr_of("title").map(collapse_whitespace).unwrap_or_default();
    let title = if attr.chars().count() > shown.chars().count() { attr } else { shown };
    (title.chars().count() >= MIN_TITLE_CHARS).then_some(title)
}

/// The text of `container` outside the link `skip`, text nodes kept apart
/// (`<td>2026-11-05</td><td>2026-11-10</td>` must not read as one number).
fn text_outside(container: NodeRef<'_, Node>, skip: NodeId) -> String {
    container
        .descendants()
        .filter(|n| !n.ancestors().any(|a| a.id() == skip))
        .filter_map(|n| n.value().as_text().map(|t| &**t))
        .flat_map(str::split_whitespace)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The element that holds one item: the nearest `li`, `tr` or `dd`, else
/// the highest ancestor that contains no other link.
fn container_of(a: NodeRef<'_, Node>) -> (NodeRef<'_, Node>, bool) {
    let mut best = a;
    for ancestor in a.ancestors().take(MAX_CONTAINER_DEPTH) {
        let Some(el) = ElementRef::wrap(ancestor) else { break };
        match el.value().name() {
            "li" | "tr" | "dd" => return (ancestor, true),
            "ul" | "ol" | "dl" | "table" | "tbody" | "body" | "html" => break,
            _ if link_count(el) == 1 => best = ancestor,
            _ => break,
        }
    }
    (best, false)
}

/// Links inside `el`, counted up to two: all `container_of` needs to know.
fn link_count(el: ElementRef<'_>) -> usize {
    el.descendants()
        .filter(|n| matches!(n.value(), Node::Element(e) if e.name() == "a" && e.attr_of("href").is_some()))
        .take(2)
        .count()
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
    use crate::html::with_test_input;

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
    fn menus_are_not_lists() {
        let got = items_of(
            r#"<ul><li><a href="/xwzx/">新闻动态</a></li><li><a href="/xxgk/">政务公开</a></li>
               <li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul>"#,
        );
        assert!(got.is_empty(), "{got:?}");
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
