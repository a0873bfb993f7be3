//! `a11y.image-redundant-alt`: an image's text alternative repeats the
//! text around it (axe-core rule `image-redundant-alt`).
//!
//! axe: selector `img`, hidden images skipped; fails on
//! `duplicate-img-label`: the image's role is not `presentation`/`none`,
//! its nearest ancestor among `button, [role=button], a[href], p, li, td,
//! th` has visible text (axe's `visibleVirtual` for screen readers: the
//! text nodes of its visible elements joined without spaces, `<br>` as a
//! space, sanitized), and that text, lower-cased, equals the image's
//! accessible name, lower-cased. An image alone in its link gives the link
//! no visible text and passes.

use std::collections::HashMap;

use ego_tree::NodeId;
use scraper::ElementRef;
use scraper::node::Node;

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::accname::{Names, is_presentation, issue};
use crate::facts::a11y::dom::{Dom, MAX_NAME_DEPTH};
use crate::facts::a11y::js::sanitize;
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.image-redundant-alt",
    severity: Severity::Notice,
    title_zh: "图片的替代文字与旁边的文字重复",
    title_en: "Image alternative text repeats the text beside it",
    docs_zh: "\
检查内容：<img> 的可访问名称（alt 等）是否与它所在的链接、按钮、段落、列表项或单元格\
（最近的 button、role=\"button\"、a[href]、p、li、td、th）的可见文字完全相同（忽略大小写）。\
例如 <a href=\"/zwgk/\"><img src=\"zwgk.png\" alt=\"政务公开\">政务公开</a>。只有图片、没有文字的链接不报告；\
alt=\"\" 或 role=\"presentation\" 的装饰图片不报告；隐藏的图片不检查。与 axe-core 的 image-redundant-alt 规则一致。\
这是 axe 的最佳实践规则，govaudit 列为提示，不扣分。\n\n\
为何重要：读屏软件会把同一个词读两遍（“政务公开 政务公开”），县级门户导航和栏目入口的图标加文字链接里最常见，\
每页几十处，拖慢浏览。\n\n\
如何修复：图标旁边已有文字时，把图标的 alt 写成空（alt=\"\"），让它作为装饰；\
或只保留图片并把文字写在 alt 里。\n\n\
参考：WCAG 2.1 成功准则 1.1.1 非文本内容（axe 列为最佳实践）；GB/T 37668-2019 可感知性原则；\
axe-core 规则 image-redundant-alt。govaudit 读 HTML 和本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）：被它们隐藏的图片不检查，被它们隐藏的文字不算可见文字，与 axe 相同；媒体查询、布局（移出屏幕）或其他站点的样式表隐藏的图片仍会检查，文字仍算作可见文字，axe 在浏览器中不算。",
    docs_en: "\
What it checks: whether an <img>'s accessible name (its alt…) equals, ignoring case, the visible text of the \
link, button, paragraph, list item or cell it is in (the nearest button, role=\"button\", a[href], p, li, td \
or th), as in <a href=\"/zwgk/\"><img src=\"zwgk.png\" alt=\"政务公开\">政务公开</a>. A link holding only the \
image is not reported, nor a decorative image (alt=\"\", role=\"presentation\"); hidden images are skipped. As \
axe-core's image-redundant-alt rule. It is a best practice in axe, so govaudit reports a notice (no points).\n\n\
Why it matters: a screen reader reads the same words twice (\"政务公开 政务公开\"); icon-and-text links in \
county portal navigation and column entries do this dozens of times a page.\n\n\
How to fix: when text stands beside the icon, give the icon alt=\"\" so it is decoration; or keep only the \
image and put the words in its alt.\n\n\
References: WCAG 2.1 success criterion 1.1.1 Non-text Content (a best practice in axe); GB/T 37668-2019 \
principle: perceivable; axe-core rule image-redundant-alt. govaudit reads the HTML, and \
images the page's own styles (display:none, visibility:hidden in its <style> blocks and same-site stylesheets) hide are skipped and text they hide is not visible text, as in axe; images and text hidden by media queries, layout (off screen) or stylesheets on other hosts are still checked and still count as visible text here, where axe in a browser leaves them out.",
    standard: Some(Standard {
        impact: Impact::Minor,
        tags: &["cat.text-alternatives", "best-practice"],
        principle: Principle::Perceivable,
    }),
};

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let names = Names::new(doc.dom);
    // The images of a layout table's cell share it: its text is read once.
    let mut texts: HashMap<NodeId, String> = HashMap::new();
    doc.dom
        .tagged("img")
        .filter(|e| !e.aria_hidden && !is_presentation(names.role(e.el)))
        .filter_map(|e| {
            let parent = e.el.ancestors().filter_map(ElementRef::wrap).find(|a| label_parent(*a))?;
            let name = sanitize(&names.accessible_name(e.el)).to_lowercase();
            if name.is_empty() {
                return None;
            }
            let visible =
                texts.entry(parent.id()).or_insert_with(|| visible_text(doc.dom, parent).to_lowercase());
            if *visible != name {
                return None;
            }
            let detail = doc.lang().word_with("a11y-image-redundant-alt-detail", &[("text", name.into())]);
            Some(issue(INFO.id, doc, e.el, &detail, Some("src")))
        })
        .collect()
}

/// `button, [role=button], a[href], p, li, td, th`. The attribute
/// selector compares `role` exactly.
fn label_parent(el: ElementRef<'_>) -> bool {
    let v = el.value();
    matches!(v.name(), "button" | "p" | "li" | "td" | "th")
        || v.attr_of("role") == Some("button")
        || (v.name() == "a" && v.attr_of("href").is_some())
}

/// axe's `visibleVirtual(el, true)`: the text of the element's text nodes
/// whose parent is visible to screen readers, joined as they stand,
/// `<br>` as a space, sanitized.
pub fn visible_text(dom: &Dom<'_>, el: ElementRef<'_>) -> String {
    let mut out = String::new();
    collect(dom, el, &mut out, 0);
    sanitize(&out)
}

fn collect(dom: &Dom<'_>, el: ElementRef<'_>, out: &mut String, depth: usize) {
    if depth > MAX_NAME_DEPTH {
        return;
    }
    let visible = !dom.is_aria_hidden(el);
    for child in el.children() {
        match child.value() {
            Node::Text(t) if visible => out.push_str(t),
            Node::Element(e) if e.name() == "br" => out.push(' '),
            Node::Element(_) => {
                if let Some(c) = ElementRef::wrap(child) {
                    collect(dom, c, out, depth + 1);
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::page::test_run;

    #[test]
    fn decides_like_axe() {
        let cases = [
            (r#"<a href="/zwgk/"><img src="/i/zwgk.png" alt="政务公开">政务公开</a>"#, 1),
            (r#"<a href="/zwgk/"><img src="/i/zwgk.png" alt="政务公开"> 政务公开 </a>"#, 1),
            (r#"<a href="/zwgk/"><img src="/i/zwgk.png" alt="政务公开"></a>"#, 0),
            (r#"<a href="/zwgk/"><img src="/i/zwgk.png" alt="">政务公开</a>"#, 0),
            (r#"<a href="/zwgk/"><img src="/i/zwgk.png" alt="图标">政务公开</a>"#, 0),
            (r#"<a href="/zwgk/"><img src="/i/zwgk.png" alt="Open">OPEN</a>"#, 1),
            (r#"<a href="/zwgk/"><img src="/i/zwgk.png" title="政务公开">政务公开</a>"#, 1),
            (r#"<a href="/zwgk/"><img src="/i/zwgk.png" alt="政务公开" role="presentation">政务公开</a>"#, 0),
            // Text in two elements is joined without a space.
            (r#"<li><img src="/i/a.png" alt="政务公开"><span>政务</span><span>公开</span></li>"#, 1),
            (r#"<li><img src="/i/a.png" alt="政务 公开"><span>政务</span><br><span>公开</span></li>"#, 1),
            // No link, button, p, li, td or th around it.
            (r#"<div><img src="/i/a.png" alt="政务公开">政务公开</div>"#, 0),
            // An <a> without href is not one.
            (r#"<p><a><img src="/i/a.png" alt="政务公开"></a>政务公开</p>"#, 1),
            (
                r#"<a href="/x"><img src="/i/a.png" alt="政务公开"><span aria-hidden="true">政务公开</span></a>"#,
                0,
            ),
            (r#"<a href="/x" hidden><img src="/i/a.png" alt="政务公开">政务公开</a>"#, 0),
        ];
        for (html, want) in cases {
            assert_eq!(test_run(run, html).len(), want, "{html}");
        }
    }
}
