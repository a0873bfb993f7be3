//! `a11y.landmark-main-is-top-level`: a main landmark inside another
//! landmark.
//!
//! axe-core: rule `landmark-main-is-top-level` (selector `main:not([role]),
//! [role=main]`, hidden elements excluded), check
//! `landmark-is-top-level`: no ancestor has a landmark role, its explicit
//! role or else its implicit one (a `<form>` gives no implicit role here).
//! See [`crate::facts::a11y::landmarks::is_top_level`].

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.landmark-main-is-top-level",
    severity: Severity::Notice,
    title_zh: "主体（main）地标位于其他地标之内",
    title_en: "Main landmark should not be contained in another landmark",
    docs_zh: "\
检查内容：主体地标（没有 role 的 main，或 role=\"main\" 的元素）是否位于其他地标（main、nav、aside、有名称的 section 或 form、带地标 role 的元素等）之内。\
判定与 axe-core 的 landmark-main-is-top-level 规则一致，对读屏隐藏的元素不检查。常见于页头 header 或带 role 的外层 div 把正文包在里面。

为何重要：“跳到主要内容”是读屏用户最常用的地标跳转；主体嵌在其他地标里时，读屏软件会把它报告为某个区域的一部分，用户难以判断正文的范围。

如何修复：把 main 放在 body 之下、其他地标之外，页头、导航、页脚与它并列。

参考：axe-core 将其列为最佳实践（与 WCAG 2.1 成功准则 1.3.1 信息和关系相关）；GB/T 37668-2019 可感知性原则。\
govaudit 读服务器返回的 HTML 和本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）隐藏的元素不检查，与 axe 相同；媒体查询、布局（移出屏幕）或其他站点的样式表隐藏的元素仍会检查，脚本生成的结构看不到，这时可能与浏览器中的 axe-core 结果不同。",
    docs_en: "\
What it checks: whether a main landmark (a main without a role, or an element with role=\"main\") sits inside \
another landmark (main, nav, aside, a named section or form, an \
element with a landmark role …). It decides as axe-core's landmark-main-is-top-level rule does; elements hidden \
from screen readers are skipped. Seen where a header or an outer div with a landmark role wraps the content.

Why it matters: 'skip to main content' is the landmark jump users make most; a main nested in another landmark is \
announced as part of it, and the content's extent is unclear.

How to fix: place main directly in the body, outside other landmarks, beside the header, navigation and footer.

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
    super::not_top_level(doc, INFO.id, "main", "main", false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn main_must_be_top_level() {
        let cases: &[(&str, usize)] = &[
            ("<header>x</header><main>正文</main><footer>y</footer>", 0),
            ("<div role=\"banner\"><main>x</main></div>", 1),
            ("<section aria-label=\"s\"><div role=\"main\">x</div></section>", 1),
            ("<section><main>x</main></section>", 0),
            ("<form aria-label=\"f\"><main>x</main></form>", 0),
            ("<form role=\"form\"><main>x</main></form>", 1),
        ];
        for (html, want) in cases {
            assert_eq!(crate::facts::page::test_run(run, html).len(), *want, "{html}");
        }
    }
}
