//! `a11y.image-alt`: an `<img>` has no text alternative and is not marked
//! decorative (axe-core rule `image-alt`).
//!
//! axe: selector `img`, matches `no-explicit-name-required-matches`,
//! hidden and `aria-hidden` images skipped; passes on any of `has-alt`
//! (an `alt` attribute, even empty), `aria-label`, `aria-labelledby`,
//! `non-empty-title`, `presentational-role`; fails on `alt-space-value`
//! (an `alt` of white space only) whatever else it has.

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::accname::{Names, issue};
use crate::facts::a11y::js::js_space;
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.image-alt",
    severity: Severity::Deduction,
    title_zh: "图片缺少替代文字（alt）",
    title_en: "Image without alternative text",
    docs_zh: "\
检查内容：页面上每个 <img> 是否有替代文字：alt 属性（装饰图片写 alt=\"\"）、aria-label、\
aria-labelledby 指向有文字的元素、非空 title，或 role=\"presentation\"/\"none\"（且没有全局 ARIA 属性、\
不可聚焦，否则按 axe 的冲突规则仍算作图片）。alt 只有空格的算违规。隐藏或 aria-hidden=\"true\" 的图片不检查。\n\n\
为何重要：读屏软件遇到没有 alt 的图片会读出文件名（如“logo 点 png”），盲人无法知道图片内容；\
县级门户模板里的标志、轮播图、栏目题图常常漏写 alt。\n\n\
如何修复：有含义的图片写出图片要传达的内容，如 <img src=\"/images/logo.png\" alt=\"清溪县人民政府\">；\
纯装饰的图片写 alt=\"\"；不要用空格充当 alt。\n\n\
参考：WCAG 2.1 成功准则 1.1.1 非文本内容（A 级）；GB/T 37668-2019 可感知性；axe-core 规则 image-alt。\
govaudit 读 HTML 和本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）隐藏的图片不检查，与 axe 相同；媒体查询、脚本或布局（移出屏幕、零尺寸）隐藏的图片仍会被检查，如脚本轮播中未显示的一帧，axe 在浏览器中会跳过。",
    docs_en: "\
What it checks: whether every <img> has a text alternative: an alt attribute (alt=\"\" for decoration), \
aria-label, aria-labelledby pointing at text, a non-empty title, or role=\"presentation\"/\"none\" (without \
global ARIA attributes and not focusable, otherwise axe's conflict resolution keeps it an image). An alt of \
spaces only is a violation. Hidden and aria-hidden images are skipped.\n\n\
Why it matters: a screen reader announces an image without alt by its file name; logos, carousel slides \
and column banners in county portal templates often lack alt.\n\n\
How to fix: describe what the image conveys, e.g. alt=\"清溪县人民政府\" on the logo; give decorative images \
alt=\"\"; never use a space as alt.\n\n\
References: WCAG 2.1 success criterion 1.1.1 Non-text Content (A); GB/T 37668-2019 perceivable; axe-core \
rule image-alt. govaudit reads the HTML, and \
the page's own styles (display:none, visibility:hidden in its <style> blocks and same-site stylesheets) are read, and images they hide are skipped as axe skips them; images hidden by media queries, scripts or layout (off screen, zero size) are still checked, such as a carousel slide a script has not shown, where axe in a browser skips them.",
    standard: Some(Standard {
        impact: Impact::Critical,
        tags: &["cat.text-alternatives", "wcag2a", "wcag111"],
        principle: Principle::Perceivable,
    }),
};

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let names = Names::new(doc.dom);
    doc.dom
        .tagged("img")
        .filter(|e| !e.aria_hidden && names.no_explicit_name_required(e.el))
        .filter_map(|e| {
            let el = e.el;
            let alt = el.value().attr_of("alt");
            // alt-space-value: /^\s+$/.
            let space_alt = alt.is_some_and(|a| !a.is_empty() && a.chars().all(js_space));
            if space_alt {
                return Some(issue(
                    INFO.id,
                    doc,
                    el,
                    &doc.lang().word("a11y-image-alt-detail-space"),
                    Some("src"),
                ));
            }
            let named = alt.is_some() || names.aria_or_title(el) || names.presentational_role(el);
            (!named).then(|| issue(INFO.id, doc, el, &doc.lang().word("a11y-image-alt-detail"), Some("src")))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::page::test_run;

    #[test]
    fn decides_like_axe() {
        let cases = [
            (r#"<img src="/images/logo.png">"#, 1),
            (r#"<img src="/images/logo.png" alt="">"#, 0),
            (r#"<img src="/images/logo.png" alt>"#, 0),
            (r#"<img src="/images/logo.png" alt=" ">"#, 1),
            (r#"<img src="/images/logo.png" alt="　" aria-label="标志">"#, 1),
            (r#"<img src="/images/logo.png" title="清溪县">"#, 0),
            (r#"<img src="/images/logo.png" title=" ">"#, 1),
            (r#"<img src="/images/logo.png" role="presentation">"#, 0),
            (r#"<img src="/images/logo.png" role="none" aria-label="">"#, 1),
            (r#"<img src="/images/logo.png" role="none" tabindex="0">"#, 1),
            (r#"<img src="/images/logo.png" role="banner">"#, 0),
            (r#"<img src="/images/logo.png" role="img">"#, 1),
            (r#"<img src="/images/logo.png" aria-labelledby="t"><span id="t">清溪县</span>"#, 0),
            (r#"<img src="/images/logo.png" aria-labelledby="nope">"#, 1),
            (r#"<div hidden><img src="/a.png"></div><div aria-hidden="true"><img src="/b.png"></div>"#, 0),
            (r#"<div style="display: none"><img src="/a.png"></div>"#, 0),
        ];
        for (html, want) in cases {
            assert_eq!(test_run(run, html).len(), want, "{html}");
        }
    }
}
