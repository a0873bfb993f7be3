//! `a11y.presentation-role-conflict`: an element marked as decoration
//! (`role="none"`, `role="presentation"`, `<img alt="">`) is focusable or
//! carries a global ARIA attribute, so browsers ignore the marking.
//!
//! axe-core 4.14.1: rule `presentation-role-conflict` (selector
//! `img[alt=''], [role="none"], [role="presentation"]`, the values matched
//! exactly; hidden elements excluded; matches elements with an implicit
//! role, Chromium's included), checks `is-element-focusable` and
//! `has-global-aria-attribute`: either one fails.

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::focus::is_focusable;
use crate::facts::a11y::roles::{has_global_aria_attr, implicit_role};
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.presentation-role-conflict",
    severity: Severity::Notice,
    title_zh: "标为装饰的元素可聚焦或带有全局 ARIA 属性",
    title_en: "Element marked as presentational is focusable or has a global ARIA attribute",
    docs_zh: "\
检查内容：写了 role=\"none\"、role=\"presentation\" 或 alt=\"\" 的图片等标为装饰的元素，是否又可以获得焦点\
（链接、按钮、表单控件、带 tabindex）或带有全局 ARIA 属性（aria-label、aria-describedby、aria-hidden 以外的\
aria-live 等）。这时浏览器会忽略“装饰”标记，仍按元素原有角色呈现。判定与 axe-core 的 \
presentation-role-conflict 规则一致，只查元素本身有隐含角色的情况；axe 把它列为最佳实践，govaudit 只作提示，不扣分。

为何重要：开发者本想让读屏软件跳过装饰，结果元素仍会被播报、仍在 Tab 顺序中，而且往往没有名称，\
用户遇到一个无名的焦点或图片。

如何修复：真是装饰就去掉 tabindex 和 aria-* 属性；需要交互或说明时去掉 role=\"none\"/\"presentation\"，\
并给元素一个名称（如图片写有意义的 alt）。

参考：WCAG 2.1 成功准则 4.1.2 名称、角色和值（axe 列为最佳实践）；GB/T 37668-2019 兼容性原则；\
axe-core 规则 presentation-role-conflict；WAI-ARIA 1.2“表现性角色冲突处理”。govaudit 读 HTML 和\
本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）隐藏的元素不检查，与 axe 相同；媒体查询、布局（移出屏幕）或其他站点的样式表隐藏的元素仍会检查，脚本加上的属性看不到。",
    docs_en: "\
What it checks: whether an element marked as decoration (role=\"none\", role=\"presentation\", an image with \
alt=\"\") can take focus (a link, button or form control, or a tabindex) or carries a global ARIA attribute \
(aria-label, aria-describedby, aria-live …). Browsers then ignore the marking and present the element with its \
own role. It decides as axe-core's presentation-role-conflict does, only for elements with an implicit role; \
axe files it as a best practice, so govaudit shows it as a notice that costs no points.

Why it matters: the author meant screen readers to skip the decoration, but it is still announced and still \
in the tab order, usually without a name: users meet a nameless focus stop or image.

How to fix: for real decoration drop the tabindex and aria-* attributes; where the element is interactive or \
meaningful, drop role=\"none\"/\"presentation\" and give it a name (a meaningful alt for an image).

References: WCAG 2.1 success criterion 4.1.2 Name, Role, Value (a best practice in axe); GB/T 37668-2019 \
robust (兼容性) principle; axe-core rule presentation-role-conflict; WAI-ARIA 1.2 presentational roles conflict \
resolution. govaudit reads the HTML, and elements the page's own styles (display:none, visibility:hidden in its <style> blocks and same-site stylesheets) hide are skipped as axe skips them; elements hidden by media queries, layout (off screen) or stylesheets on other hosts are still checked; attributes scripts add are not seen.",
    standard: Some(Standard {
        impact: Impact::Minor,
        tags: &["cat.aria", "best-practice"],
        principle: Principle::Robust,
    }),
};

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let dom = doc.dom;
    let mut out = Vec::new();
    for entry in dom.entries() {
        let el = entry.el;
        let v = el.value();
        let selected = (v.name() == "img" && v.attr_of("alt") == Some(""))
            || matches!(v.attr_of("role"), Some("none" | "presentation"));
        if !selected || entry.aria_hidden || implicit_role(dom, el, true).is_none() {
            continue;
        }
        let focusable = is_focusable(dom, el);
        if !focusable && !has_global_aria_attr(el) {
            continue;
        }
        let reason = if focusable { "focusable" } else { "global-aria" };
        let detail =
            doc.lang().word_with("a11y-presentation-role-conflict-detail", &[("reason", reason.into())]);
        out.push(PageIssue::at(INFO.id, el).with_detail(detail));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::page::test_run;

    #[test]
    fn conflicts_follow_axe() {
        let cases: &[(&str, usize)] = &[
            (r#"<img src="line.gif" alt="">"#, 0),
            (r#"<img src="line.gif" alt="" tabindex="0">"#, 1),
            (r#"<img src="line.gif" alt="" aria-describedby="d">"#, 1),
            (r#"<img src="line.gif" alt="" title="分隔线">"#, 0),
            (r#"<a href="/x" role="presentation">x</a>"#, 1),
            (r#"<a role="none">x</a>"#, 0),
            (r#"<li role="none" aria-label="x">x</li>"#, 1),
            (r#"<li role="none">x</li>"#, 0),
            (r#"<span role="none" tabindex="0">x</span>"#, 0),
            (r#"<label role="none" tabindex="0">x</label>"#, 1),
            (r#"<table role="Presentation" tabindex="0"></table>"#, 0),
            (r#"<button role="none" hidden>x</button>"#, 0),
            (r#"<button role="none" disabled>x</button>"#, 0),
            (r#"<div aria-hidden="true"><a href="/x" role="none">x</a></div>"#, 0),
        ];
        for (html, want) in cases {
            assert_eq!(test_run(run, html).len(), *want, "{html}");
        }
    }
}
