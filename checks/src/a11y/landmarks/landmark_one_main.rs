//! `a11y.landmark-one-main`: the page has no `main` landmark.
//!
//! axe-core: rule `landmark-one-main` (selector `html:not(html *)`, hidden
//! roots excluded), check `page-has-main` (`has-descendant-evaluate`): the
//! page passes when an element matching `main:not([role]), [role='main']`
//! is visible to screen readers (`role` compared as written). axe also
//! passes a page while a modal dialog is open (`passForModal`), read here
//! from the markup ([`modal_open`]).

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::landmarks::{modal_open, tag_or_role, visible_to_screen_readers};
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.landmark-one-main",
    severity: Severity::Notice,
    title_zh: "页面没有主体（main）地标",
    title_en: "Page should have a main landmark",
    docs_zh: "\
检查内容：页面中是否有对读屏可见的主体地标：没有 role 的 main 元素，或 role=\"main\" 的元素。\
判定与 axe-core 的 landmark-one-main 规则一致，问题记在 <html> 元素上，每页一处。\
县级门户多用 table、div 布局，几乎所有页面都没有 main。

为何重要：读屏软件的“跳到主要内容”依靠 main 地标；没有它，用户每打开一页都要先听完页头和导航。

如何修复：用 <main> 包住页面的正文（文章、栏目列表），每页一个；不便改动标签时，在正文外层的 div 上加 role=\"main\"。

参考：axe-core 将其列为最佳实践（与 WCAG 2.1 成功准则 1.3.1 信息和关系、2.4.1 绕过区块相关）；GB/T 37668-2019 可感知性原则。\
govaudit 读服务器返回的 HTML 和本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）：被它们隐藏的 main 不算存在，与 axe 相同；媒体查询、布局（移出屏幕）或其他站点的样式表隐藏的 main 这里仍算存在（浏览器中的 axe-core 则报告），脚本生成的 main 看不到（这里多报）；\
页面显示着对话框（role=\"dialog\"、aria-modal=\"true\" 或带 open 的 dialog）时与 axe-core 一样不报告，\
本页样式隐藏的对话框不算显示着；媒体查询、布局（移出屏幕）或其他站点的样式表隐藏的对话框这里仍算显示着，会因此少报。",
    docs_en: "\
What it checks: whether the page has a main landmark visible to screen readers: a main element without a role, or \
an element with role=\"main\". It decides as axe-core's landmark-one-main rule does; the issue is placed on the \
<html> element, once per page. County portals laid out with tables and divs have no main on nearly every page.

Why it matters: a screen reader's 'skip to main content' relies on the main landmark; without it users hear the \
header and the navigation again on every page.

How to fix: wrap each page's content (the article, the column's list) in one <main>; where the tags cannot \
change, add role=\"main\" to the div around the content.

References: a best practice in axe-core (related to WCAG 2.1 success criteria 1.3.1 Info and Relationships and \
2.4.1 Bypass Blocks); GB/T 37668-2019 perceivable (可感知性) principle. govaudit reads the served HTML only: a \
main the page's own styles (display:none, visibility:hidden in its <style> blocks and same-site stylesheets) hide does not count, as in axe; one hidden by media queries, layout (off screen) or stylesheets on other hosts still counts here (axe-core reports the page), a main a script adds is not seen (govaudit \
reports the page); like axe-core, a page showing a dialog (role=\"dialog\", aria-modal=\"true\" or an open \
dialog) is not reported; a dialog the page's own styles hide is not showing, but one hidden by media queries, layout (off screen) or stylesheets on other hosts still counts as showing here, so such a page is not reported either.",
    standard: Some(Standard {
        impact: Impact::Moderate,
        tags: &["cat.semantics", "best-practice"],
        principle: Principle::Perceivable,
    }),
};

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let dom = doc.dom;
    let root = doc.html.root_element();
    if !visible_to_screen_readers(dom, root)
        || modal_open(dom)
        || dom.entries().any(|e| tag_or_role(e.el, "main", "main") && visible_to_screen_readers(dom, e.el))
    {
        return Vec::new();
    }
    vec![PageIssue::at(INFO.id, root)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_visible_main_passes() {
        let cases: &[(&str, usize)] = &[
            ("<main>正文</main>", 0),
            ("<div role=\"main\">正文</div>", 0),
            ("<div id=\"main\" class=\"main\">正文</div>", 1),
            ("<main hidden>正文</main>", 1),
            ("<main role=\"region\" aria-label=\"x\">正文</main>", 1),
            ("<div role=\"Main\">正文</div>", 1),
            ("<table><tr><td>正文</td></tr></table>", 1),
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
        assert!(
            crate::facts::page::test_run(run, "<html aria-hidden=\"true\"><body>x</body></html>").is_empty()
        );
    }
}
