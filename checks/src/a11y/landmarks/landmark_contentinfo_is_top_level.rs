//! `a11y.landmark-contentinfo-is-top-level`: a contentinfo landmark inside another
//! landmark.
//!
//! axe-core: rule `landmark-contentinfo-is-top-level` (selector `footer:not([role]),
//! [role=contentinfo]`, `landmark-has-body-context-matches`: a `role`
//! attribute, or no `article`, `aside`, `main`, `nav` or `section` ancestor, hidden elements excluded), check
//! `landmark-is-top-level`: no ancestor has a landmark role, its explicit
//! role or else its implicit one (a `<form>` gives no implicit role here).
//! See [`crate::facts::a11y::landmarks::is_top_level`].

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.landmark-contentinfo-is-top-level",
    severity: Severity::Notice,
    title_zh: "页脚（contentinfo）地标位于其他地标之内",
    title_en: "Contentinfo landmark should not be contained in another landmark",
    docs_zh: "\
检查内容：页脚地标（不在 article、aside、main、nav、section 之内的 footer，或 role=\"contentinfo\" 的元素）是否位于其他地标（main、nav、aside、有名称的 \
section 或 form、带地标 role 的元素等）之内。\
判定与 axe-core 的 landmark-contentinfo-is-top-level 规则一致，对读屏隐藏的元素不检查。常见于整页外包一个 role=\"main\" 的模板，版权信息区因此落在主体之内。

为何重要：页脚（主办单位、网站标识码、备案号、联系方式）应是页面的顶层区域，读屏用户才能直接跳到；嵌在其他地标里会混淆页面结构。

如何修复：把网站的页脚 footer 放在 body 之下、其他地标之外；文章自己的落款区用 article 内的 footer（它不是页脚地标）。

参考：axe-core 将其列为最佳实践（与 WCAG 2.1 成功准则 1.3.1 信息和关系相关）；GB/T 37668-2019 可感知性原则。\
govaudit 读服务器返回的 HTML 和本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）隐藏的元素不检查，与 axe 相同；媒体查询、布局（移出屏幕）或其他站点的样式表隐藏的元素仍会检查，脚本生成的结构看不到，这时可能与浏览器中的 axe-core 结果不同。",
    docs_en: "\
What it checks: whether a contentinfo landmark (a footer outside article, aside, main, nav and section, or an \
element with role=\"contentinfo\") sits inside another landmark (main, nav, aside, a named section or form, an \
element with a landmark role …). It decides as axe-core's landmark-contentinfo-is-top-level rule does; elements \
hidden \
from screen readers are skipped. Templates that wrap the whole page in role=\"main\" put the copyright footer \
inside it.

Why it matters: the footer (sponsor, site code, filing numbers, contact) should be a top-level region users can \
jump to; nested in another landmark it confuses the page's structure.

How to fix: place the site's footer directly in the body, outside other landmarks; an article's own footer belongs \
inside the article, where it is no contentinfo.

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
    super::not_top_level(doc, INFO.id, "footer", "contentinfo", true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contentinfo_must_be_top_level() {
        let cases: &[(&str, usize)] = &[
            ("<main>x</main><footer>版权所有</footer>", 0),
            ("<main><footer>x</footer></main>", 0),
            ("<div role=\"main\"><footer>x</footer></div>", 1),
            ("<aside><div role=\"contentinfo\">x</div></aside>", 1),
            ("<div role=\"navigation\"><footer hidden>x</footer></div>", 0),
        ];
        for (html, want) in cases {
            assert_eq!(crate::facts::page::test_run(run, html).len(), *want, "{html}");
        }
    }
}
