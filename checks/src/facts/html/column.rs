//! What a page says about its place in the site: the column it belongs to
//! (TRS `ColumnName` / `ColumnType` meta tags, the breadcrumb
//! `您的位置：首页 > 政务公开 > 政策文件`), whether it is an article and
//! when that article was published.

use scraper::node::Node;
use scraper::{ElementRef, Html};
use url::Url;

use super::attr::Attr;
use super::text_of;
use crate::facts::dates::{self, Written};

/// The page's own account of where it sits.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Placement {
    /// `<meta name="ColumnName">`.
    pub column_name: Option<String>,
    /// `<meta name="ColumnType">`.
    pub column_type: Option<String>,
    /// The breadcrumb after 首页: `["政务公开", "政策文件"]`.
    pub breadcrumb: Vec<String>,
    /// An article (a single published item), not a list or a section page.
    pub article: bool,
    /// For an article: the date it gives itself.
    pub published: Option<Written>,
    /// The heading the page shows above its list (`<h2>工作动态</h2>`).
    pub heading: Option<String>,
    /// When the page says it was generated or last changed (页面生成时间,
    /// `<meta name="LastModified">`): what dates its year-less list items.
    pub page_time: Option<chrono::NaiveDate>,
}

/// Words that introduce a breadcrumb, the longest first. A bare 位置 or
/// 栏目 names the trail only with its colon (地理位置 in a text is not one).
const TRAIL_LABELS: &[&str] = &[
    "您现在的位置",
    "您的位置",
    "当前位置",
    "所在位置",
    "当前的位置",
    "现在的位置",
    "当前栏目：",
    "当前栏目:",
    "所在栏目：",
    "所在栏目:",
    "栏目位置：",
    "栏目位置:",
    "位置：",
    "位置:",
];

/// Characters that separate breadcrumb steps.
const TRAIL_SEPARATORS: &[char] = &['>', '›', '»', '→', '＞', '〉', '/', '|', '≫', '▸', '►'];

/// Separators written with spaces around them: a plain hyphen or dash
/// inside a name (2021-2025年规划) is not one.
const SPACED_SEPARATORS: &[&str] = &[" - ", " — ", " － ", " – "];

/// Trail steps that name the home page, not a column.
const HOME_WORDS: &[&str] = &["首页", "网站首页", "主页", "返回首页", "门户首页"];

pub fn placement(doc: &Html, url: &Url) -> Placement {
    placement_with(doc, &super::Metas::read(doc), url)
}

/// [`placement`] with the page's meta tags already read.
pub(crate) fn placement_with(doc: &Html, metas: &super::Metas<'_>, url: &Url) -> Placement {
    let meta = |name: &str| metas.get(name);
    let column_name = meta("columnname");
    let column_type = meta("columntype");
    let published = meta("pubdate")
        .and_then(|d| dates::first(&d))
        .or_else(|| labelled_date(doc))
        .or_else(|| dates::in_url(url.as_str()).map(Written::from));
    let article = meta("articletitle").is_some() || meta("pubdate").is_some() || looks_like_article(url);
    let page_time = ["lastmodified", "last-modified", "generatetime", "generated"]
        .iter()
        .find_map(|name| meta(name).and_then(|v| dates::http_date(&v)))
        .or_else(|| page_time(doc));
    let site_name = meta("sitename");
    let heading = if article { None } else { heading(doc, site_name.as_deref()) };
    Placement {
        column_name,
        column_type,
        breadcrumb: breadcrumb(doc),
        article,
        published,
        page_time,
        heading,
    }
}

/// Longest heading that can be a column's name, in characters.
const MAX_HEADING_CHARS: usize = 16;

/// The first `h1`–`h3` that names a column: short, not a link (home-page
/// blocks link their headings to their columns), not in the page's header,
/// menus or footer, not the site's own name.
fn heading(doc: &Html, site_name: Option<&str>) -> Option<String> {
    doc.tree.nodes().filter_map(ElementRef::wrap).find_map(|e| {
        if !matches!(e.value().name(), "h1" | "h2" | "h3") {
            return None;
        }
        let blocked = e.ancestors().filter_map(ElementRef::wrap).any(|a| {
            matches!(a.value().name(), "a" | "header" | "nav" | "footer")
                || a.value().attr_of("class").is_some_and(|c| {
                    c.split_whitespace()
                        .any(|w| ["header", "logo", "banner", "top"].iter().any(|m| w.starts_with(m)))
                })
        });
        if blocked || e.descendants().filter_map(ElementRef::wrap).any(|d| d.value().name() == "a") {
            return None;
        }
        let text = text_of(e);
        let chars = text.chars().count();
        let site =
            site_name.is_some_and(|s| s == text) || text.ends_with("人民政府") || text.ends_with("政府网");
        (2..=MAX_HEADING_CHARS).contains(&chars).then_some(text).filter(|_| !site)
    })
}

/// The date a page prints as its own generation or update time, usually in
/// its footer (`页面生成时间：2025-11-21 08:30`).
pub fn page_time(doc: &Html) -> Option<chrono::NaiveDate> {
    doc.tree.nodes().find_map(|n| {
        let Node::Text(t) = n.value() else { return None };
        // Every label says 生成 or 更新: two searches rule out almost every text.
        if !may_hold_words(t)
            || !(t.contains("生成") || t.contains("更新"))
            || !dates::PAGE_TIME_LABELS.iter().any(|l| t.contains(l))
        {
            return None;
        }
        // The label is often in its own span; the date beside it.
        dates::page_time(t).or_else(|| {
            n.ancestors().take(2).filter_map(ElementRef::wrap).find_map(|el| dates::page_time(&text_of(el)))
        })
    })
}

/// Whether a text node may hold one of the Chinese words looked for: most
/// text nodes are the spaces and line breaks between tags, and one quick
/// test rules them out before a search per word.
pub(crate) fn may_hold_words(t: &str) -> bool {
    !t.is_ascii()
}

/// Article URLs of the common CMSs: TRS `t20261120_3829801.html`, Hanweb
/// `art_1234_5678.html`, `content_123.htm`, `/2026-11/20/`.
fn looks_like_article(url: &Url) -> bool {
    let path = url.path();
    let file = path.rsplit('/').next().unwrap_or_default();
    dates::in_url(url.as_str()).is_some() || file.starts_with("art_") || file.starts_with("content_")
}

/// The date in the element that holds a 发布时间 / 发布日期 label.
fn labelled_date(doc: &Html) -> Option<Written> {
    doc.tree.nodes().find_map(|n| {
        let Node::Text(t) = n.value() else { return None };
        // A footer's 页面生成时间 is when the page was written, not published.
        if !may_hold_words(t)
            || !(t.contains("时间") || t.contains("日期"))
            || dates::PAGE_TIME_LABELS.iter().any(|l| t.contains(l))
        {
            return None;
        }
        let parent = n.parent().and_then(ElementRef::wrap)?;
        dates::labelled(&text_of(parent))
    })
}

/// The breadcrumb's steps after the home page.
fn breadcrumb(doc: &Html) -> Vec<String> {
    for node in doc.tree.nodes() {
        let Node::Text(t) = node.value() else { continue };
        // Every label says 位置 or 栏目: two searches rule out almost every text.
        if !may_hold_words(t) || (!t.contains("位置") && !t.contains("栏目")) {
            continue;
        }
        // A bare 位置： opens its text (地理位置：… is a description).
        let labelled = |l: &&&str| {
            if l.starts_with("位置") { t.trim_start().starts_with(**l) } else { t.contains(**l) }
        };
        let Some(label) = TRAIL_LABELS.iter().find(labelled) else { continue };
        // The label is often in its own span; the trail is in the block around it.
        for block in node.ancestors().take(3).filter_map(ElementRef::wrap) {
            let text = text_of(block);
            let Some(at) = text.find(label) else { continue };
            let trail = text[at + label.len()..].trim_start_matches([':', '：', ' ']);
            let steps = steps(trail);
            if !steps.is_empty() {
                return steps;
            }
        }
    }
    Vec::new()
}

fn steps(trail: &str) -> Vec<String> {
    let mut trail = SPACED_SEPARATORS.iter().fold(trail.to_owned(), |t, s| t.replace(s, ">"));
    // 》 separates steps unless the trail quotes a title 《…》.
    if !trail.contains('《') {
        trail = trail.replace('》', ">");
    }
    trail
        .split(TRAIL_SEPARATORS)
        .map(|s| s.trim_matches(|c: char| c.is_whitespace() || c == '>' || c == '»'))
        .filter(|s| !s.is_empty())
        .take_while(|s| s.chars().count() <= 20)
        .filter(|s| !HOME_WORDS.contains(s))
        .map(str::to_owned)
        .take(6)
        .collect()
}

impl From<chrono::NaiveDate> for Written {
    fn from(d: chrono::NaiveDate) -> Self {
        use chrono::Datelike;
        Written { year: Some(d.year()), month: d.month(), day: d.day() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(html: &str, url: &str) -> Placement {
        placement(&Html::parse_document(html), &Url::parse(url).unwrap())
    }

    #[test]
    fn trs_list_page() {
        let p = place(
            r#"<head><meta name="ColumnName" content="政策文件"><meta name="ColumnType" content="政策文件"></head>
               <div class="position"><span>您的位置：</span><a href="/">首页</a> &gt; <a href="/xxgk/">政务公开</a> &gt; <span>政策文件</span></div>"#,
            "http://h/xxgk/zcwj/index.html",
        );
        assert_eq!(p.column_name.as_deref(), Some("政策文件"));
        assert_eq!(p.breadcrumb, vec!["政务公开", "政策文件"]);
        assert_eq!(p.heading, None);
        assert!(!p.article);
        assert_eq!(p.published, None);
    }

    #[test]
    fn the_page_time_in_a_footer_or_a_meta() {
        let day = chrono::NaiveDate::from_ymd_opt(2025, 11, 21);
        let footer = place(
            r#"<ul><li><a href="/1.html">青石镇召开会议</a><span>11-20</span></li></ul>
               <div class="footer"><span>页面生成时间：</span><span>2025-11-21 08:30</span></div>"#,
            "http://h/xwdt/index.html",
        );
        assert_eq!(footer.page_time, day);
        let meta = place(r#"<meta name="LastModified" content="2025-11-21 08:30:00">"#, "http://h/");
        assert_eq!(meta.page_time, day);
        let none = place(r#"<p>更新时间：2025-11-21</p>"#, "http://h/");
        assert_eq!(none.page_time, None);
    }

    #[test]
    fn every_page_time_label_passes_the_quick_search() {
        for label in dates::PAGE_TIME_LABELS {
            assert!(label.contains("生成") || label.contains("更新"), "{label}: page_time would skip it");
        }
    }

    #[test]
    fn list_headings() {
        let p = place(
            r#"<meta name="SiteName" content="清溪县人民政府"><div class="header"><h1>清溪县人民政府</h1></div>
               <div class="home"><h2><a href="/xwzx/">新闻中心</a></h2></div>
               <h2>清溪县人民政府</h2><div class="main"><h2 class="lm">工作动态</h2><ul><li>…</li></ul></div>"#,
            "http://h/xwzx/gzdt/index.html",
        );
        assert_eq!(p.heading.as_deref(), Some("工作动态"));
        let long = place("<h2>关于印发清溪县冬季安全生产工作方案的通知全文</h2>", "http://h/a/");
        assert_eq!(long.heading, None, "a title, not a column's name");
    }

    #[test]
    fn breadcrumb_separators() {
        for trail in [
            "当前位置:首页>>新闻动态>>工作动态",
            "您现在的位置 › 首页 › 新闻动态 › 工作动态",
            "所在位置：网站首页 » 新闻动态 » 工作动态",
            "当前位置：首页 》 新闻动态 》 工作动态",
            "当前位置：首页》新闻动态》工作动态",
            "您的位置：首页 - 新闻动态 - 工作动态",
            "位置：首页 > 新闻动态 > 工作动态",
            "当前栏目：新闻动态 > 工作动态",
        ] {
            let p = place(&format!("<p>{trail}</p>"), "http://h/xwzx/gzdt/");
            assert_eq!(p.breadcrumb, vec!["新闻动态", "工作动态"], "{trail}");
        }
        // A label needs its colon; a hyphen inside a name, a quoted title's
        // marks, are not separators.
        assert_eq!(place("<p>地理位置优越 交通便利</p>", "http://h/").breadcrumb, Vec::<String>::new());
        assert_eq!(place("<p>地理位置：县城中心</p>", "http://h/").breadcrumb, Vec::<String>::new());
        assert_eq!(
            place("<div><span>位置：</span><a>首页</a> - <a>工作动态</a></div>", "http://h/").breadcrumb,
            vec!["工作动态"]
        );
        assert_eq!(
            place("<p>当前位置：首页 > 2021-2025年规划</p>", "http://h/").breadcrumb,
            vec!["2021-2025年规划"]
        );
        assert_eq!(
            place("<p>当前位置：首页 > 《政府工作报告》解读</p>", "http://h/").breadcrumb,
            vec!["《政府工作报告》解读"]
        );
    }

    #[test]
    fn articles_and_their_dates() {
        let trs = place(
            r#"<meta name="ArticleTitle" content="关于印发方案的通知"><meta name="PubDate" content="2026-11-20 10:19">"#,
            "http://h/xxgk/zcwj/202611/t20261120_1.html",
        );
        assert!(trs.article);
        assert_eq!(trs.published, Some(Written { year: Some(2026), month: 11, day: 20 }));
        let labelled = place(
            r#"<div class="info"><span>发布时间：2026-11-18 09:00</span> <span>来源：县政府办</span></div><p>正文</p>"#,
            "http://h/show.aspx?id=3",
        );
        assert!(!labelled.article, "no meta, no article URL: only the date is known");
        assert_eq!(labelled.published, Some(Written { year: Some(2026), month: 11, day: 18 }));
        assert_eq!(labelled.page_time, None);
        let generated = place(
            "<p>发布时间：11-20</p><div>页面生成时间：2025-11-21 09:00</div>",
            "http://h/show.aspx?id=4",
        );
        assert_eq!(
            (generated.published, generated.page_time),
            (None, chrono::NaiveDate::from_ymd_opt(2025, 11, 21))
        );
        let by_url = place("<p>正文</p>", "http://h/art/2026/11/17/art_1_2.html");
        assert!(by_url.article);
        assert_eq!(by_url.published, Some(Written { year: Some(2026), month: 11, day: 17 }));
    }
}
