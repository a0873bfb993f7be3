//! `a11y.landmark-no-duplicate-banner`: the page has more than one banner
//! landmark.
//!
//! axe-core: rule `landmark-no-duplicate-banner` (selector `header:not([role]),
//! [role=banner]`, hidden elements excluded), check `page-no-duplicate-banner`:
//! it runs once, on the first element of the selector, and fails it when
//! more than one element of the selector whose computed role is banner (a `header` inside
//! `article` is none) is visible to screen
//! readers. One finding per page at most.

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.landmark-no-duplicate-banner",
    severity: Severity::Notice,
    title_zh: "页面有多个页眉（banner）地标",
    title_en: "Page has more than one banner landmark",
    docs_zh: "\
检查内容：页面中页眉地标（不在 article、aside、main、nav、section 之内的 header，或 role=\"banner\" 的元素）是否多于一个。判定与 axe-core 的 \
landmark-no-duplicate-banner 规则一致：\
对读屏可见的页眉地标超过一个时，报告第一个（每页一处），其余的列在说明里。article、section 里的 header 不是页眉，不计入，但若它是页面上第一个 header，问题就记在它上面，与 axe-core 相同。

为何重要：页眉是整个网站的标识区域，一页只应有一个；多个页眉让读屏用户分不清哪一个才是网站的页头。

如何修复：页面只保留一个网站页头 header（或 role=\"banner\"）；区块内的标题区放进 section 或 article，或改用 div。

参考：axe-core 将其列为最佳实践（与 WCAG 2.1 成功准则 1.3.1 信息和关系相关）；GB/T 37668-2019 可感知性原则。\
govaudit 读服务器返回的 HTML 和本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）：被它们隐藏的元素不计入，与 axe 相同；媒体查询、布局（移出屏幕）或其他站点的样式表隐藏的元素这里仍会计入（浏览器中的 axe-core 不计），脚本生成的结构看不到，\
这时可能与浏览器中的 axe-core 结果不同。",
    docs_en: "\
What it checks: whether the page has more than one banner landmark (a header outside article, aside, main, nav and \
section, or role=\"banner\"). It decides as axe-core's landmark-no-duplicate-banner \
rule does: when more than one banner is visible to screen readers, the first is reported (once per page). A header \
inside an article or section is no banner and does not count, but when it is the page's first header the issue is \
placed on it, as axe-core does.

Why it matters: the banner identifies the site and a page should have one; several leave users unsure which is the \
site's header.

How to fix: keep one site header (or role=\"banner\"); put block headers inside a section or article, or use a div.

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
    super::duplicated(doc, INFO.id, "header", "banner", Some("banner"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_banner_at_most() {
        let cases: &[(&str, usize)] = &[
            ("<header>x</header><main>y</main>", 0),
            ("<header>x</header><header>y</header>", 1),
            ("<header>x</header><div role=\"banner\">y</div>", 1),
            ("<header>x</header><article><header>y</header></article>", 0),
            ("<article><header>y</header></article><header>x</header><header>z</header>", 1),
            ("<header>x</header><header hidden>y</header>", 0),
            ("<header>x</header><header role=\"none\">y</header>", 0),
        ];
        for (html, want) in cases {
            assert_eq!(crate::facts::page::test_run(run, html).len(), *want, "{html}");
        }
    }
}
