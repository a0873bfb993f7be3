//! `a11y.landmark-no-duplicate-contentinfo`: the page has more than one contentinfo
//! landmark.
//!
//! axe-core: rule `landmark-no-duplicate-contentinfo` (selector `footer:not([role]),
//! [role=contentinfo]`, hidden elements excluded), check `page-no-duplicate-contentinfo`:
//! it runs once, on the first element of the selector, and fails it when
//! more than one element of the selector whose computed role is contentinfo (a
//! `footer` inside `article` is none) is visible to screen
//! readers. One finding per page at most.

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.landmark-no-duplicate-contentinfo",
    severity: Severity::Notice,
    title_zh: "页面有多个页脚（contentinfo）地标",
    title_en: "Page has more than one contentinfo landmark",
    docs_zh: "\
检查内容：页面中页脚地标（不在 article、aside、main、nav、section 之内的 footer，或 role=\"contentinfo\" 的元素）是否多于一个。判定与 axe-core 的 \
landmark-no-duplicate-contentinfo 规则一致：\
对读屏可见的页脚地标超过一个时，报告第一个（每页一处），其余的列在说明里。常见于模板把版权区和友情链接区各写成一个 footer。

为何重要：页脚（主办单位、网站标识码、备案号）一页只应有一个；多个页脚让读屏用户难以找到网站信息。

如何修复：页面只保留一个网站页脚 footer（或 role=\"contentinfo\"），其他区块改用 div 或 section。

参考：axe-core 将其列为最佳实践（与 WCAG 2.1 成功准则 1.3.1 信息和关系相关）；GB/T 37668-2019 可感知性原则。\
govaudit 读服务器返回的 HTML 和本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）：被它们隐藏的元素不计入，与 axe 相同；媒体查询、布局（移出屏幕）或其他站点的样式表隐藏的元素这里仍会计入（浏览器中的 axe-core 不计），脚本生成的结构看不到，\
这时可能与浏览器中的 axe-core 结果不同。",
    docs_en: "\
What it checks: whether the page has more than one contentinfo landmark (a footer outside article, aside, main, nav \
and section, or role=\"contentinfo\"). It decides as axe-core's landmark-no-duplicate-contentinfo \
rule does: when more than one contentinfo is visible to screen readers, the first is reported (once per page). Seen \
where a template writes the links block and the copyright block each as a footer.

Why it matters: a page should have one footer with the site's information (sponsor, site code, filing numbers); \
several make it hard to find.

How to fix: keep one site footer (or role=\"contentinfo\") and use div or section for the other blocks.

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
    super::duplicated(doc, INFO.id, "footer", "contentinfo", Some("contentinfo"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_contentinfo_at_most() {
        let cases: &[(&str, usize)] = &[
            ("<main>y</main><footer>x</footer>", 0),
            ("<footer>友情链接</footer><footer>版权所有</footer>", 1),
            ("<div role=\"contentinfo\">x</div><footer>y</footer>", 1),
            ("<footer>x</footer><article><footer>y</footer></article>", 0),
            ("<footer>x</footer><footer aria-hidden=\"true\">y</footer>", 0),
        ];
        for (html, want) in cases {
            assert_eq!(crate::facts::page::test_run(run, html).len(), *want, "{html}");
        }
    }
}
