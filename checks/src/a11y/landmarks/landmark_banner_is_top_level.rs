//! `a11y.landmark-banner-is-top-level`: a banner landmark inside another
//! landmark.
//!
//! axe-core: rule `landmark-banner-is-top-level` (selector `header:not([role]),
//! [role=banner]`, `landmark-has-body-context-matches`: a `role`
//! attribute, or no `article`, `aside`, `main`, `nav` or `section` ancestor, hidden elements excluded), check
//! `landmark-is-top-level`: no ancestor has a landmark role, its explicit
//! role or else its implicit one (a `<form>` gives no implicit role here).
//! See [`crate::facts::a11y::landmarks::is_top_level`].

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.landmark-banner-is-top-level",
    severity: Severity::Notice,
    title_zh: "页眉（banner）地标位于其他地标之内",
    title_en: "Banner landmark should not be contained in another landmark",
    docs_zh: "\
检查内容：页眉地标（不在 article、aside、main、nav、section 之内的 header，或 role=\"banner\" 的元素）是否位于其他地标（main、nav、aside、有名称的 section 或 \
form、带地标 role 的元素等）之内。\
判定与 axe-core 的 landmark-banner-is-top-level 规则一致，对读屏隐藏的元素不检查。常见于整页外包一个 role=\"main\" 或有名称的 form 的模板，页头因此落在主体之内。

为何重要：读屏用户按地标跳转时，页眉应是页面的顶层区域；嵌在其他地标里会让页面结构混乱，难以找到网站名称和导航。

如何修复：把网站的页头 header 放在 body 之下、其他地标之外；区块自己的标题区用 article 或 section 内的 header（它不是页眉地标）。

参考：axe-core 将其列为最佳实践（与 WCAG 2.1 成功准则 1.3.1 信息和关系相关）；GB/T 37668-2019 可感知性原则。\
govaudit 读服务器返回的 HTML 和本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）隐藏的元素不检查，与 axe 相同；媒体查询、布局（移出屏幕）或其他站点的样式表隐藏的元素仍会检查，脚本生成的结构看不到，这时可能与浏览器中的 axe-core 结果不同。",
    docs_en: "\
What it checks: whether a banner landmark (a header outside article, aside, main, nav and section, or an element \
with role=\"banner\") sits inside another landmark (main, nav, aside, a named section or form, an \
element with a landmark role …). It decides as axe-core's landmark-banner-is-top-level rule does; elements hidden \
from screen readers are skipped. Templates that wrap the whole page in role=\"main\" or a named form put the header \
inside it.

Why it matters: screen-reader users expect the banner at the top level of the page's landmarks; nested in another \
it confuses the page's structure.

How to fix: place the site's header directly in the body, outside other landmarks; a block's own header belongs in \
an article or section, where it is no banner.

References: a best practice in axe-core (related to WCAG 2.1 success criterion 1.3.1 Info and Relationships); \
GB/T 37668-2019 perceivable (可感知性) principle. govaudit reads the served HTML, and \
elements the page's own styles (display:none, visibility:hidden in its <style> blocks and same-site stylesheets) hide are skipped as axe skips them; elements hidden by media queries, layout (off screen) or stylesheets on other hosts are still checked here, and structure built by scripts is not seen, where results may differ from axe-core in a \
browser.",
    standard: Some(Standard {
        impact: Impact::Moderate,
        tags: &["cat.semantics", "best-practice"],
        principle: Principle::Perceivable,
    }),
};

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    super::not_top_level(doc, INFO.id, "header", "banner", true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn banner_must_be_top_level() {
        let cases: &[(&str, usize)] = &[
            ("<header>清溪县人民政府</header><main>x</main>", 0),
            ("<main><header>x</header></main>", 0),
            ("<article><header>x</header></article>", 0),
            ("<div role=\"main\"><header>x</header></div>", 1),
            ("<nav><div role=\"banner\">x</div></nav>", 1),
            ("<form aria-label=\"f\"><header>x</header></form>", 0),
            ("<section aria-label=\"s\"><div role=\"banner\">x</div></section>", 1),
            ("<div role=\"region\" aria-hidden=\"true\"><header>x</header></div>", 0),
        ];
        for (html, want) in cases {
            assert_eq!(crate::facts::page::test_run(run, html).len(), *want, "{html}");
        }
    }
}
