//! `a11y.identical-links-same-purpose`: links with the same name lead to
//! different places (axe-core rule `identical-links-same-purpose`, off by
//! default in axe and only ever "needs review").
//!
//! axe: selector `a[href], area[href], [role="link"]`, matches
//! `identical-links-same-purpose-matches` (an accessible name, and a role
//! that is none or `link`). The check keys each link by its name with
//! emoji, symbols and punctuation removed, sanitized and lower-cased (a
//! name left empty drops out), and by its URL's parts: the scheme with
//! `https` read as `http`, host, a port other than 80 or 443, the path
//! with an `index.*` file name dropped and a trailing `/`, the query as
//! name/value pairs and a `#/` or `#!` route. For each name given to two or
//! more links whose URLs differ, the first such link is reported ("needs
//! review"); links with one name and one URL pass. The rule is AAA
//! (WCAG 2.4.9) and axe never counts it as a violation, so govaudit reports
//! a notice.

use std::collections::{BTreeMap, HashMap};

use percent_encoding::percent_decode_str;
use url::Url;

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::accname::{Names, issue};
use crate::facts::a11y::js::sanitize;
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.identical-links-same-purpose",
    // AAA, off by default in axe and only ever "needs review" there: a
    // county audit shows it without taking points.
    severity: Severity::Notice,
    title_zh: "同名链接指向不同的地址",
    title_en: "Links with the same name go to different places",
    docs_zh: "\
检查内容：可访问名称相同（去掉标点、符号和表情，忽略大小写）的链接是否指向同一地址。\
比较地址时 https 与 http 视为相同，忽略默认端口、index.* 文件名、末尾的斜杠和普通的页内锚点（#top），查询参数不分先后。\
同名而地址不同的每组报告一次，记在第一个链接上。与 axe-core 的 identical-links-same-purpose 规则一致；\
该规则是 WCAG AAA 级，axe 默认不运行，且只给出“需要人工复核”，因此 govaudit 列为提示，不扣分。\n\n\
为何重要：读屏用户常按链接列表浏览，只听到链接文字；几十个“更多”“详情”“点击查看”指向不同栏目，\
就无法区分。县级门户每个栏目块的“更多>>”最常见。\n\n\
如何修复：让链接文字说明去处，如“更多政务公开”“查看《关于……的通知》全文”；\
或用 aria-label 补充，如 <a href=\"/zwgk/\" aria-label=\"更多政务公开\">更多</a>。\n\n\
参考：WCAG 2.1 成功准则 2.4.9 链接目的（仅链接）（AAA 级）；GB/T 37668-2019 可操作性原则；\
axe-core 规则 identical-links-same-purpose。govaudit 只读 HTML：地址按页面地址解析（不看 <base>），\
axe 去掉表情时用的是完整的表情列表，govaudit 用表情所在的 Unicode 区段代替；本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）隐藏的链接不参与比较，与 axe 相同；媒体查询、布局（移出屏幕）或其他站点的样式表隐藏的链接仍会被比较。",
    docs_en: "\
What it checks: whether links whose accessible names are the same (punctuation, symbols and emoji removed, \
case ignored) lead to the same address. Addresses are compared with https read as http, default ports, \
index.* file names, trailing slashes and plain in-page anchors (#top) ignored, and query parameters in any \
order. Each name shared by links to different addresses is reported once, on the first link. As axe-core's \
identical-links-same-purpose rule; the rule is WCAG level AAA, off by default in axe and only ever \"needs \
review\" there, so govaudit reports a notice (no points).\n\n\
Why it matters: screen reader users often browse a list of links and hear only their text; dozens of 更多, \
详情 or 点击查看 leading to different columns cannot be told apart. The 更多>> of every column block on a \
county portal is the usual case.\n\n\
How to fix: make the link text say where it goes (更多政务公开, the document's title), or add an aria-label \
such as <a href=\"/zwgk/\" aria-label=\"更多政务公开\">更多</a>.\n\n\
References: WCAG 2.1 success criterion 2.4.9 Link Purpose (Link Only) (AAA); GB/T 37668-2019 principle: \
operable; axe-core rule identical-links-same-purpose. govaudit reads HTML only: addresses are resolved \
against the page's URL (not <base>); axe removes emoji with a full emoji list, govaudit by the Unicode \
blocks emoji live in; links the page's own styles (display:none, visibility:hidden in its <style> blocks and same-site stylesheets) hide are left out as axe leaves them out; links hidden by media queries, layout (off screen) or stylesheets on other hosts are still compared.",
    standard: Some(Standard {
        impact: Impact::Minor,
        tags: &["cat.semantics", "wcag2aaa", "wcag249"],
        principle: Principle::Operable,
    }),
};

/// What axe compares of a link's address (`urlPropsFromAttribute`).
#[derive(PartialEq, Eq)]
struct UrlProps {
    protocol: String,
    hostname: String,
    port: Option<u16>,
    pathname: String,
    search: BTreeMap<String, String>,
    hash: String,
    filename: String,
}

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let names = Names::new(doc.dom);
    let links: Vec<_> = doc
        .dom
        .entries()
        .filter(|e| !e.aria_hidden && selected(e.el))
        .filter(|e| matches!(names.role(e.el), None | Some("link")))
        .filter_map(|e| {
            let name = normalized_name(&names.accessible_name(e.el));
            (!name.is_empty()).then_some((e.el, name))
        })
        .collect();
    let mut groups: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, (_, name)) in links.iter().enumerate() {
        groups.entry(name.as_str()).or_default().push(i);
    }
    // Addresses are resolved only for links that share a name: most links
    // of a page have a name of their own, and resolving is the costly part.
    let props = |i: usize| links[i].0.value().attr_of("href").and_then(|h| url_props(doc.url, h));
    let mut issues = Vec::new();
    for (i, (el, name)) in links.iter().enumerate() {
        let group = &groups[name.as_str()];
        if group[0] != i || group.len() < 2 {
            continue;
        }
        // `isIdenticalObject`: a link without an address matches nothing.
        let first = props(i);
        let same = first.as_ref().is_some_and(|p| group[1..].iter().all(|&j| props(j).as_ref() == Some(p)));
        if !same {
            let detail = doc.lang().word_with(
                "a11y-identical-links-same-purpose-detail",
                &[("name", name.as_str().into()), ("count", group.len().into())],
            );
            issues.push(issue(INFO.id, doc, *el, &detail, Some("href")));
        }
    }
    issues
}

/// `a[href], area[href], [role="link"]` (the role compared exactly).
fn selected(el: scraper::ElementRef<'_>) -> bool {
    let v = el.value();
    (matches!(v.name(), "a" | "area") && v.attr_of("href").is_some()) || v.attr_of("role") == Some("link")
}

/// axe's `removeUnicode` (emoji, symbols outside the BMP's letters,
/// punctuation), then `sanitize` and lower case.
fn normalized_name(name: &str) -> String {
    let kept: String = name.chars().filter(|&c| !removed(c)).collect();
    sanitize(&kept).to_lowercase()
}

fn removed(c: char) -> bool {
    let n = c as u32;
    let emoji = matches!(n, 0x1F000..=0x1FAFF | 0x200D | 0x20E3 | 0xFE0F);
    let symbols = matches!(n, 0x1D00..=0x1DFF | 0x20A0..=0x27BF | 0xE000..=0xF8FF | 0xF0000..=0x10FFFF);
    let format = matches!(n, 0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0xFEFF | 0xFFF9..=0xFFFB);
    let variation = matches!(n, 0x180B..=0x180D | 0x180F | 0xFE00..=0xFE0F | 0xE0100..=0xE01EF);
    let punctuation = matches!(
        n,
        0x2000..=0x206F
            | 0x2E00..=0x2E7F
            | 0x3000..=0x3004
            | 0x3008..=0x3020
            | 0x3030
            | 0x3036..=0x3037
            | 0x303D..=0x303F
            | 0x30FB
            | 0xFE10..=0xFE1F
            | 0xFE30..=0xFE6F
            | 0xFF01..=0xFF0F
            | 0xFF1A..=0xFF20
            | 0xFF3B..=0xFF40
            | 0xFF5B..=0xFF65
            | 0xA2
            | 0xA3
            | 0xA5
            | 0xA7
            | 0xB1
            | 0x20AC
    ) || (c.is_ascii_punctuation());
    emoji || symbols || format || variation || punctuation
}

/// `urlPropsFromAttribute(node, 'href')`.
fn url_props(page: &Url, href: &str) -> Option<UrlProps> {
    let url = page.join(href.trim()).ok()?;
    let protocol = match url.scheme() {
        "https" => "http:".to_owned(),
        "ftps" => "ftp:".to_owned(),
        s => format!("{s}:"),
    };
    let path = url.path();
    let path = if path.starts_with('/') { path.to_owned() } else { format!("/{path}") };
    let last = path.rsplit('/').next().unwrap_or_default();
    let (mut pathname, filename) = if last.is_empty() || !last.contains('.') {
        (path.clone(), String::new())
    } else {
        let stripped = path.replacen(last, "", 1);
        let index = last.find("index").is_some_and(|i| last.len() > i + 5);
        (stripped, if index { String::new() } else { last.to_owned() })
    };
    if !pathname.ends_with('/') {
        pathname.push('/');
    }
    let decode = |s: &str| percent_decode_str(s).decode_utf8_lossy().into_owned();
    let search = url
        .query()
        .filter(|q| !q.is_empty())
        .map(|q| {
            q.split('&')
                .map(|pair| {
                    let mut kv = pair.split('=');
                    (decode(kv.next().unwrap_or_default()), decode(kv.next().unwrap_or_default()))
                })
                .collect()
        })
        .unwrap_or_default();
    let hash = url.fragment().map(|f| format!("#{f}")).unwrap_or_default();
    // `getHashRoute`: only a `#/` or `#!` route counts.
    let hash = if hash.starts_with("#/") || hash.starts_with("#!") { hash } else { String::new() };
    Some(UrlProps {
        protocol,
        hostname: url.host_str().unwrap_or_default().to_owned(),
        port: url.port().filter(|p| !matches!(p, 80 | 443)),
        pathname,
        search,
        hash,
        filename,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::page::test_run;

    #[test]
    fn decides_like_axe() {
        let cases = [
            (r#"<a href="/zwgk/">更多</a><a href="/hdjl/">更多</a>"#, 1),
            (r#"<a href="/zwgk/">更多&gt;&gt;</a><a href="/hdjl/">更多</a><a href="/xwzx/">更多 »</a>"#, 1),
            (r#"<a href="/zwgk/">更多</a><a href="/zwgk/index.html">更多</a>"#, 0),
            (
                r#"<a href="http://www.qingxi.gov.cn/zwgk">更多</a><a href="https://www.qingxi.gov.cn:443/zwgk/#top">更多</a>"#,
                0,
            ),
            (r#"<a href="/list?a=1&b=2">列表</a><a href="/list?b=2&a=1">列表</a>"#, 0),
            (r#"<a href="/list?a=1">列表</a><a href="/list?a=2">列表</a>"#, 1),
            (r#"<a href="/zwgk/">政务公开</a><a href="/hdjl/">互动交流</a>"#, 0),
            (r#"<a href="/zwgk/">More</a><a href="/hdjl/">MORE</a>"#, 1),
            (r#"<span role="link">更多</span><span role="link">更多</span>"#, 1),
            (r#"<a href="/a">&gt;&gt;</a><a href="/b">&gt;&gt;</a>"#, 0),
            (r#"<a href="/a">更多</a><a href="/b" hidden>更多</a>"#, 0),
            (r#"<a href="/a">更多</a><a href="/b" role="button">更多</a>"#, 0),
        ];
        for (html, want) in cases {
            assert_eq!(test_run(run, html).len(), want, "{html}");
        }
    }
}
