//! `a11y.document-title`: the page has no `<title>`, or its title is empty
//! (axe-core `document-title`, check `doc-has-title`).

use scraper::ElementRef;
use scraper::node::Node;

use super::support::in_template;
use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::js::sanitize;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.document-title",
    severity: Severity::Deduction,
    title_zh: "页面没有标题（<title> 缺失或为空）",
    title_en: "Page has no title (<title> missing or empty)",
    docs_zh: "\
检查内容：页面是否有非空的 <title>。与 axe-core 的 document-title 规则相同：取文档中第一个 HTML \
<title> 元素（与浏览器的 document.title 一致，SVG 里的 <title> 不算）的文字，去掉空白（含全角空格）后为空，\
或者页面根本没有 <title>，即不通过。问题记在 <html> 元素上，每页至多一处。

为何重要：读屏软件打开页面时首先朗读标题，浏览器标签页、收藏夹和搜索结果也显示它；\
标题为空或缺失，视障用户无从知道自己到了哪一页。县级政府网站的栏目页、跳转页、\
由内容管理系统模板生成的详情页常见 <title></title> 为空。

如何修复：每个页面写明确的标题，格式宜为“文章或栏目名 - 网站名称”，例如\
“关于做好2024年春耕生产工作的通知 - 清溪县人民政府”；检查模板中标题变量是否取到了值。

参考：WCAG 2.1 成功准则 2.4.2 页面标题（A 级）；GB/T 37668-2019 可操作性原则；axe-core 规则 document-title。\
govaudit 读取静态 HTML，由脚本在加载后设置的标题（document.title = …）看不到，此时会比浏览器中的 axe 多报。",
    docs_en: "\
What it checks: whether the page has a non-empty <title>. As axe-core's document-title rule: the text \
of the first HTML <title> element in the document (what the browser's document.title reads; an SVG \
<title> does not count) must have something besides white space; a page without a <title> fails too. \
The issue is placed on the <html> element, at most one per page.

Why it matters: a screen reader announces the title first when a page opens, and browser tabs, \
bookmarks and search results show it; without one, a blind visitor cannot tell which page they are on. \
Column pages, redirect pages and CMS detail templates on county sites often carry an empty <title>.

How to fix: give every page a specific title, e.g. \"article or column name - site name\"; check \
that the template's title variable is filled in.

References: WCAG 2.1 success criterion 2.4.2 Page Titled (A); GB/T 37668-2019 principle: operable; \
axe-core rule document-title. govaudit reads the static HTML: a title set by a script after load is \
not seen, so govaudit may report pages axe passes in a browser.",
    standard: Some(Standard {
        impact: Impact::Serious,
        tags: &["cat.text-alternatives", "wcag2a", "wcag242"],
        principle: Principle::Operable,
    }),
};

/// What `document.title` reads: the child text of the first HTML
/// `<title>` outside templates; `None` without one.
fn document_title(doc: &PageDoc<'_>) -> Option<String> {
    let title = doc.dom.tagged("title").map(|e| e.el).find(|t| is_html(*t) && !in_template(*t))?;
    Some(
        title
            .children()
            .filter_map(|c| match c.value() {
                Node::Text(t) => Some(&**t),
                _ => None,
            })
            .collect(),
    )
}

fn is_html(el: ElementRef<'_>) -> bool {
    &*el.value().name.ns == "http://www.w3.org/1999/xhtml"
}

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let Some(root) = super::root_for_rules(doc) else { return Vec::new() };
    let detail = match document_title(doc) {
        Some(t) if !sanitize(&t).is_empty() => return Vec::new(),
        Some(_) => doc.lang().word("a11y-document-title-detail-empty"),
        None => doc.lang().word("a11y-document-title-detail"),
    };
    vec![PageIssue::at(INFO.id, root).with_detail(detail)]
}

#[cfg(test)]
mod tests {
    use super::super::test_util::count;

    #[test]
    fn title_must_have_text() {
        let table: &[(&str, usize)] = &[
            ("<html><head><title>清溪县人民政府</title></head><body></body></html>", 0),
            ("<html><head><title></title></head><body></body></html>", 1),
            ("<html><head><title> \u{3000}\n</title></head><body></body></html>", 1),
            ("<html><head><title>&nbsp;</title></head><body></body></html>", 1),
            ("<html><head></head><body><p>无标题</p></body></html>", 1),
            // A title in the body still is document.title.
            ("<html><head></head><body><title>通知公告</title></body></html>", 0),
            // An SVG title is not.
            ("<html><body><svg><title>图标</title></svg></body></html>", 1),
            // The first title decides.
            ("<html><head><title></title><title>第二个</title></head></html>", 1),
            ("<html><head><template><title>模板</title></template></head></html>", 1),
            ("<html aria-hidden=\"true\"><head></head></html>", 0),
        ];
        for &(html, want) in table {
            assert_eq!(count("a11y.document-title", html), want, "{html}");
        }
    }
}
