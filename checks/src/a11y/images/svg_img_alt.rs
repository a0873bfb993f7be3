//! `a11y.svg-img-alt`: an SVG image (`role="img"`, `graphics-symbol`, or
//! `<svg role="graphics-document">`) has no name (axe-core rule
//! `svg-img-alt`).
//!
//! axe: selector `[role="img"], [role="graphics-symbol"],
//! svg[role="graphics-document"]`, matches `svg-namespace-matches` (an
//! `<svg>` or inside one), hidden ones skipped; passes on any of
//! `svg-non-empty-title` (a `<title>` child with text, hidden text
//! included), `aria-label`, `aria-labelledby`, `non-empty-title`.

use scraper::ElementRef;

use super::in_svg;
use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::accname::unnamed;
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.svg-img-alt",
    severity: Severity::Deduction,
    title_zh: "SVG 图片缺少替代文字",
    title_en: "SVG image without alternative text",
    docs_zh: "\
检查内容：标为图片的 SVG（<svg role=\"img\">、SVG 内 role=\"img\" 或 role=\"graphics-symbol\" 的元素、\
<svg role=\"graphics-document\">）是否有名称：有文字的 <title> 子元素、aria-label、aria-labelledby 或非空 title 属性。\n\n\
为何重要：新版门户常用内联 SVG 画图标和统计图；声明为图片却没有名称时，读屏软件只能读出“图片”。\n\n\
如何修复：在 <svg> 里第一个子元素写 <title>，如 <svg role=\"img\"><title>政务服务</title>…</svg>，\
或加 aria-label；纯装饰的 SVG 用 aria-hidden=\"true\" 且不要写 role=\"img\"。\n\n\
参考：WCAG 2.1 成功准则 1.1.1 非文本内容；GB/T 37668-2019 可感知性；axe-core 规则 svg-img-alt。\
govaudit 读 HTML 和本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）隐藏的 SVG不检查，与 axe 相同；媒体查询、脚本或布局（移出屏幕、零尺寸）隐藏的 SVG仍会被检查。",
    docs_en: "\
What it checks: whether SVG marked as an image (<svg role=\"img\">, elements with role=\"img\" or \
role=\"graphics-symbol\" inside SVG, <svg role=\"graphics-document\">) has a name: a <title> child with text, \
aria-label, aria-labelledby or a non-empty title attribute.\n\n\
Why it matters: newer portals draw icons and charts with inline SVG; an image without a name is read as \
just \"image\".\n\n\
How to fix: put a <title> first inside the <svg>, e.g. <svg role=\"img\"><title>政务服务</title>…</svg>, or \
add aria-label; hide decorative SVG with aria-hidden=\"true\" and no role=\"img\".\n\n\
References: WCAG 2.1 success criterion 1.1.1 Non-text Content; GB/T 37668-2019 perceivable; axe-core rule \
svg-img-alt. govaudit reads the HTML, and \
the page's own styles (display:none, visibility:hidden in its <style> blocks and same-site stylesheets) are read, and SVG they hide is skipped as axe skips them; SVG hidden by media queries, scripts or layout (off screen, zero size) is still checked.",
    standard: Some(Standard {
        impact: Impact::Serious,
        tags: &["cat.text-alternatives", "wcag2a", "wcag111"],
        principle: Principle::Perceivable,
    }),
};

fn applies(el: ElementRef<'_>) -> bool {
    let v = el.value();
    let role = v.attr_of("role");
    (matches!(role, Some("img" | "graphics-symbol"))
        || (v.name() == "svg" && role == Some("graphics-document")))
        && in_svg(el)
}

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    unnamed(
        doc,
        INFO.id,
        doc.dom.entries().filter(|e| applies(e.el)),
        |names, el| names.svg_non_empty_title(el) || names.aria_or_title(el),
        &doc.lang().word("a11y-svg-img-alt-detail"),
        None,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::page::test_run;

    #[test]
    fn decides_like_axe() {
        let cases = [
            (r#"<svg role="img"><path d="M0 0"/></svg>"#, 1),
            (r#"<svg role="img"><title>政务服务</title></svg>"#, 0),
            (r#"<svg role="img"><title> </title></svg>"#, 1),
            (r#"<svg role="img"><g><title>不是子元素</title></g></svg>"#, 1),
            (r#"<svg role="img" aria-label="搜索"></svg>"#, 0),
            (r#"<svg><g role="graphics-symbol"></g></svg>"#, 1),
            (r#"<svg role="graphics-document"></svg>"#, 1),
            (r#"<svg aria-hidden="true" role="img"></svg>"#, 0),
            (r#"<svg></svg><div role="img"></div>"#, 0),
        ];
        for (html, want) in cases {
            assert_eq!(test_run(run, html).len(), want, "{html}");
        }
    }
}
