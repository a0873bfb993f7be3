//! `a11y.page-has-heading-one`: the page has no level-one heading (county
//! templates title the page with a `<div class="title">` or an image).
//!
//! axe-core: rule `page-has-heading-one` (selector `html:not(html *)`,
//! hidden roots excluded), check `page-has-heading-one`
//! (`has-descendant-evaluate`): the page passes when an element matching
//! `h1:not([role], [aria-level]), :is(h1, h2, h3, h4, h5, h6):not([role])[aria-level=1],
//! [role=heading][aria-level=1]` is visible to screen readers. Attribute
//! values compare as written (`aria-level="01"` is not level one here,
//! nor in axe). axe also passes a page while a modal dialog is open
//! (`passForModal`), read here from the markup ([`modal_open`]).

use scraper::ElementRef;

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::landmarks::{modal_open, visible_to_screen_readers};
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.page-has-heading-one",
    severity: Severity::Notice,
    title_zh: "页面没有一级标题（h1）",
    title_en: "Page should contain a level-one heading",
    docs_zh: "\
检查内容：页面中是否有对读屏可见的一级标题：没有 role 和 aria-level 的 h1，或 aria-level=\"1\" 的 h1–h6（无 role），\
或 role=\"heading\" 且 aria-level=\"1\" 的元素。判定与 axe-core 的 page-has-heading-one 规则一致，问题记在 <html> 元素上，每页一处。\
县级门户的首页和栏目页常用图片或 div 显示网站名称、栏目名称，整页没有 h1。

为何重要：读屏用户常用“跳到一级标题”直接找到页面的主要内容；没有 h1，只能从头逐段收听。

如何修复：每个页面用一个 h1 标出页面的主题：首页可用网站名称，栏目页用栏目名称，文章页用文章标题；字号用 CSS 调整。

参考：axe-core 将其列为最佳实践（与 WCAG 2.1 成功准则 1.3.1 信息和关系、2.4.6 标题和标签相关）；GB/T 37668-2019 可感知性原则。\
govaudit 读服务器返回的 HTML 和本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）：被它们隐藏的 h1 不算存在，与 axe 相同；媒体查询、布局（移出屏幕）或其他站点的样式表隐藏的 h1 这里仍算存在（浏览器中的 axe-core 则报告），脚本生成的 h1 看不到（这里多报）；\
页面显示着对话框（role=\"dialog\"、aria-modal=\"true\" 或带 open 的 dialog）时与 axe-core 一样不报告，\
本页样式隐藏的对话框不算显示着；媒体查询、布局（移出屏幕）或其他站点的样式表隐藏的对话框这里仍算显示着，会因此少报。",
    docs_en: "\
What it checks: whether the page has a level-one heading visible to screen readers: an h1 without role and \
aria-level, an h1-h6 without role with aria-level=\"1\", or an element with role=\"heading\" and aria-level=\"1\". \
It decides as axe-core's page-has-heading-one rule does; the issue is placed on the <html> element, once per page. \
County portals often show the site's or column's name as an image or a div and have no h1 at all.

Why it matters: screen-reader users jump to the first-level heading to find what a page is about; without one \
they must listen from the top.

How to fix: give every page one h1 naming its subject: the site's name on the home page, the column's name on a \
column page, the article's title on an article page; set its size with CSS.

References: a best practice in axe-core (related to WCAG 2.1 success criteria 1.3.1 Info and Relationships and \
2.4.6 Headings and Labels); GB/T 37668-2019 perceivable (可感知性) principle. govaudit reads the served HTML only: \
an h1 the page's own styles (display:none, visibility:hidden in its <style> blocks and same-site stylesheets) hide does not count, as in axe; one hidden by media queries, layout (off screen) or stylesheets on other hosts still counts here (axe-core reports the page), an h1 a script adds is not seen (govaudit \
reports the page); like axe-core, a page showing a dialog (role=\"dialog\", aria-modal=\"true\" or an open \
dialog) is not reported; a dialog the page's own styles hide is not showing, but one hidden by media queries, layout (off screen) or stylesheets on other hosts still counts as showing here, so such a page is not reported either.",
    standard: Some(Standard {
        impact: Impact::Moderate,
        tags: &["cat.semantics", "best-practice"],
        principle: Principle::Perceivable,
    }),
};

/// The rule's selector.
fn is_level_one(el: ElementRef<'_>) -> bool {
    let v = el.value();
    let heading_tag = matches!(v.name(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6");
    let level = v.attr_of("aria-level");
    match v.attr_of("role") {
        None => (v.name() == "h1" && level.is_none()) || (heading_tag && level == Some("1")),
        Some(role) => role == "heading" && level == Some("1"),
    }
}

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let root = doc.html.root_element();
    if !visible_to_screen_readers(doc.dom, root)
        || modal_open(doc.dom)
        || doc.dom.entries().any(|e| is_level_one(e.el) && visible_to_screen_readers(doc.dom, e.el))
    {
        return Vec::new();
    }
    vec![PageIssue::at(INFO.id, root)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn level_one_headings_follow_axe() {
        let cases: &[(&str, usize)] = &[
            ("<h1>清溪县人民政府</h1>", 0),
            ("<h2>通知公告</h2>", 1),
            ("<div class=\"title\">清溪县人民政府</div>", 1),
            ("<h1 hidden>隐藏</h1>", 1),
            ("<div aria-hidden=\"true\"><h1>x</h1></div>", 1),
            ("<h1 aria-level=\"2\">x</h1>", 1),
            ("<h3 aria-level=\"1\">x</h3>", 0),
            ("<h3 aria-level=\"01\">x</h3>", 1),
            ("<div role=\"heading\" aria-level=\"1\">x</div>", 0),
            ("<div role=\"heading\">x</div>", 1),
            ("<h1 role=\"presentation\">x</h1>", 1),
            ("<h1 role=\"heading\">x</h1>", 1),
            ("<h1></h1>", 0),
            // A modal dialog shown passes the page (`passForModal`).
            ("<div role=\"dialog\" aria-label=\"提示\">欢迎访问</div>", 0),
            ("<div aria-modal=\"true\">欢迎访问</div>", 0),
            ("<dialog open>欢迎访问</dialog>", 0),
            ("<dialog>未打开</dialog>", 1),
            ("<div role=\"dialog\" style=\"display:none\">已关闭</div>", 1),
        ];
        for (html, want) in cases {
            assert_eq!(crate::facts::page::test_run(run, html).len(), *want, "{html}");
        }
        let hidden_root = "<html aria-hidden=\"true\"><body><p>x</p></body></html>";
        assert!(crate::facts::page::test_run(run, hidden_root).is_empty());
    }
}
