//! `a11y.landmark-no-duplicate-main`: the page has more than one main
//! landmark.
//!
//! axe-core: rule `landmark-no-duplicate-main` (selector `main:not([role]),
//! [role=main]`, hidden elements excluded), check `page-no-duplicate-main`:
//! it runs once, on the first element of the selector, and fails it when
//! more than one element of the selector is visible to screen
//! readers. One finding per page at most.

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.landmark-no-duplicate-main",
    severity: Severity::Notice,
    title_zh: "页面有多个主体（main）地标",
    title_en: "Page has more than one main landmark",
    docs_zh: "\
检查内容：页面中主体地标（没有 role 的 main，或 role=\"main\" 的元素）是否多于一个。判定与 axe-core 的 landmark-no-duplicate-main 规则一致：\
对读屏可见的主体地标超过一个时，报告第一个（每页一处），其余的列在说明里。常见于模板的左右两栏各写了一个 main。

为何重要：“跳到主要内容”只应有一个目的地；多个主体让读屏用户不知道正文在哪里。

如何修复：页面只用一个 main（或 role=\"main\"）标出正文，侧栏用 aside，其他区块用 section 或 div。

参考：axe-core 将其列为最佳实践（与 WCAG 2.1 成功准则 1.3.1 信息和关系相关）；GB/T 37668-2019 可感知性原则。\
govaudit 读服务器返回的 HTML 和本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）：被它们隐藏的元素不计入，与 axe 相同；媒体查询、布局（移出屏幕）或其他站点的样式表隐藏的元素这里仍会计入（浏览器中的 axe-core 不计），脚本生成的结构看不到，\
这时可能与浏览器中的 axe-core 结果不同。",
    docs_en: "\
What it checks: whether the page has more than one main landmark (a main without a role, or role=\"main\"). It \
decides as axe-core's landmark-no-duplicate-main \
rule does: when more than one main is visible to screen readers, the first is reported (once per page). Seen where \
a template marks both columns of a two-column layout as main.

Why it matters: 'skip to main content' should have one destination; with several, users cannot tell where the \
content is.

How to fix: mark the content with one main (or role=\"main\"); use aside for sidebars and section or div for other \
blocks.

References: a best practice in axe-core (related to WCAG 2.1 success criterion 1.3.1 Info and Relationships); \
GB/T 37668-2019 perceivable (可感知性) principle. govaudit reads the served HTML, and \
elements the page's own styles (display:none, visibility:hidden in its <style> blocks and same-site stylesheets) hide do not count, as in axe; elements hidden by media queries, layout (off screen) or stylesheets on other hosts still count here (not in a browser), and structure built by scripts is not seen, where results may differ from \
axe-core in a browser.",
    standard: Some(Standard {
        impact: Impact::Moderate,
        tags: &["cat.semantics", "best-practice"],
        principle: Principle::Perceivable,
    }),
};

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    super::duplicated(doc, INFO.id, "main", "main", None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_main_at_most() {
        let cases: &[(&str, usize)] = &[
            ("<main>x</main>", 0),
            ("<main>x</main><main>y</main>", 1),
            ("<main>x</main><div role=\"main\">y</div>", 1),
            ("<main>x</main><main hidden>y</main>", 0),
            ("<main>x</main><main role=\"none\">y</main>", 0),
        ];
        for (html, want) in cases {
            assert_eq!(crate::facts::page::test_run(run, html).len(), *want, "{html}");
        }
    }
}
