//! `a11y.role-img-alt`: an HTML element with `role="img"` has no name
//! (axe-core rule `role-img-alt`).
//!
//! axe: selector `[role='img']:not(img, area, input, object)` (the
//! attribute exactly `img`), matches `html-namespace-matches` (not `<svg>`
//! and not inside one: those are `svg-img-alt`'s), hidden ones skipped;
//! passes on any of `aria-label`, `aria-labelledby`, `non-empty-title`.

use scraper::ElementRef;

use super::in_svg;
use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::accname::unnamed;
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.role-img-alt",
    severity: Severity::Deduction,
    title_zh: "role=\"img\" 的元素缺少替代文字",
    title_en: "Element with role=\"img\" has no alternative text",
    docs_zh: "\
检查内容：带 role=\"img\" 的 HTML 元素（常见于用 CSS 背景图做的 <div>、<span>、<i> 图标）是否有 \
aria-label、aria-labelledby 或非空 title。<img>、<area>、<input>、<object> 和 SVG 内的元素由其他规则检查。\n\n\
为何重要：role=\"img\" 告诉读屏软件这里是一张图片，但背景图没有 alt，名称只能来自 ARIA 属性或 title；\
缺少时用户只听到“图片”。\n\n\
如何修复：加 aria-label 写明图片内容，如 <div class=\"banner\" role=\"img\" aria-label=\"清溪县全景\">；\
纯装饰的去掉 role=\"img\" 或加 aria-hidden=\"true\"。\n\n\
参考：WCAG 2.1 成功准则 1.1.1 非文本内容；GB/T 37668-2019 可感知性；axe-core 规则 role-img-alt。\
govaudit 读 HTML 和本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）隐藏的元素不检查，与 axe 相同；媒体查询、脚本或布局（移出屏幕、零尺寸）隐藏的元素仍会被检查。",
    docs_en: "\
What it checks: whether an HTML element with role=\"img\" (often a <div>, <span> or <i> icon drawn with a \
CSS background) has aria-label, aria-labelledby or a non-empty title. <img>, <area>, <input>, <object> and \
elements inside SVG are left to other rules.\n\n\
Why it matters: role=\"img\" tells a screen reader this is an image, but a background image has no alt: \
the name can come only from ARIA or title, otherwise the user hears just \"image\".\n\n\
How to fix: add aria-label saying what it shows; for decoration drop role=\"img\" or add aria-hidden.\n\n\
References: WCAG 2.1 success criterion 1.1.1 Non-text Content; GB/T 37668-2019 perceivable; axe-core rule \
role-img-alt. govaudit reads the HTML, and \
the page's own styles (display:none, visibility:hidden in its <style> blocks and same-site stylesheets) are read, and elements they hide are skipped as axe skips them; elements hidden by media queries, scripts or layout (off screen, zero size) are still checked.",
    standard: Some(Standard {
        impact: Impact::Serious,
        tags: &["cat.text-alternatives", "wcag2a", "wcag111"],
        principle: Principle::Perceivable,
    }),
};

fn applies(el: ElementRef<'_>) -> bool {
    let v = el.value();
    v.attr_of("role") == Some("img")
        && !matches!(v.name(), "img" | "area" | "input" | "object")
        && !in_svg(el)
}

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    unnamed(
        doc,
        INFO.id,
        doc.dom.entries().filter(|e| applies(e.el)),
        |names, el| names.aria_or_title(el),
        &doc.lang().word("a11y-role-img-alt-detail"),
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
            (r#"<div class="banner" role="img"></div>"#, 1),
            (r#"<div role="img" aria-label="清溪县全景"></div>"#, 0),
            (r#"<span role="img" title="微信"></span>"#, 0),
            (r#"<span role="img">文字不算</span>"#, 1),
            (r#"<img role="img" src="/a.png">"#, 0),
            (r#"<svg role="img"></svg>"#, 0),
            (r#"<i role="IMG"></i>"#, 0),
            (r#"<i role="img" aria-hidden="true"></i>"#, 0),
        ];
        for (html, want) in cases {
            assert_eq!(test_run(run, html).len(), want, "{html}");
        }
    }
}
