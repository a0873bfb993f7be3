//! `a11y.aria-prohibited-attr`: `aria-label` / `aria-labelledby` on an
//! element whose role cannot be named (a plain `<span>` or `<div>`, an icon
//! `<i>`, `role="presentation"`, `role="paragraph"` …) and nothing else
//! names it.
//!
//! axe-core: rule `aria-prohibited-attr` (matches
//! `aria-allowed-attr-matches`, hidden elements excluded), check
//! `aria-prohibited-attr` with `elementsAllowedAriaLabel: [applet, input]`:
//! - the role is `getRole(node, { chromium: true, fallback: true })`;
//! - a role of the table prohibits its `prohibitedAttrs`; an element with
//!   no role prohibits `aria-label` and `aria-labelledby` unless it is an
//!   applet or input or its nearest ancestor with a role is a widget (an
//!   icon inside a link or button);
//! - only non-blank prohibited attributes count, and when the element has
//!   text content the result is only "needs review", not a violation.

use scraper::ElementRef;

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::dom::Dom;
use crate::facts::a11y::roles::{RoleOpts, get_role, parent_element};
use crate::facts::a11y::standards;
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.aria-prohibited-attr",
    severity: Severity::Deduction,
    title_zh: "元素的角色不允许使用 aria-label 或 aria-labelledby 命名",
    title_en: "aria-label or aria-labelledby is prohibited on the element's role",
    docs_zh: "\
检查内容：aria-label、aria-labelledby 是否写在了不能被命名的元素上：没有角色的 div、span、i（图标字体常见），\
以及 role=\"presentation\"/\"none\"、paragraph、strong、code 等角色。位于链接、按钮等控件内部的图标不算。\
元素自身有文字内容时 axe-core 只标为“需人工复核”，本检查不计；只有内容为空、名称全靠被禁止的属性时才报告。\
判定与 axe-core 的 aria-prohibited-attr 规则一致，隐藏元素不检查。

为何重要：读屏软件对这些元素不读 aria-label，如“微信”“微博”等只有图标的社交入口，用户什么也听不到。

如何修复：把 aria-label 移到外层的链接或按钮上；或给元素一个可以命名的角色（如图标用 role=\"img\"）；\
或在元素内放置对读屏可见的文字（可用视觉隐藏样式）。

参考：WCAG 2.1 成功准则 4.1.2 名称、角色、值；GB/T 37668-2019 兼容性原则。govaudit 只读服务器返回的 HTML，\
伪元素和脚本插入的文字看不到，这时可能与浏览器中的 axe-core 结果不同。",
    docs_en: "\
What it checks: whether aria-label or aria-labelledby sits on an element that cannot be named: a div, span or i \
(icon fonts) without a role, or the roles presentation/none, paragraph, strong, code and the like. Icons inside \
a link or button are fine. When the element has text of its own axe-core only asks for review, and so this check \
does not count it: it reports only empty elements whose name rests on the prohibited attribute. It decides as \
axe-core's aria-prohibited-attr does; hidden elements are skipped.

Why it matters: screen readers do not read aria-label on such elements; an icon-only 微信 or 微博 entry says \
nothing at all.

How to fix: move the label to the enclosing link or button, give the element a role that can be named \
(role=\"img\" for an icon), or put screen-reader text inside it.

References: WCAG 2.1 success criterion 4.1.2 Name, Role, Value; GB/T 37668-2019 robust (兼容性) principle. \
govaudit reads the served HTML only: pseudo-element and script-inserted text is not seen, unlike axe-core in a \
browser.",
    standard: Some(Standard {
        impact: Impact::Serious,
        tags: &["cat.aria", "wcag2a", "wcag412"],
        principle: Principle::Robust,
    }),
};

/// The role type of the element's nearest ancestor-or-self with a
/// non-presentational role (axe's `getClosestAncestorRoleType`).
fn closest_role_type(dom: &Dom<'_>, el: ElementRef<'_>) -> Option<&'static str> {
    let opts = RoleOpts { no_presentational: true, chromium: true, ..RoleOpts::default() };
    let mut cur = Some(el);
    while let Some(e) = cur {
        if let Some(role) = get_role(dom, e, opts) {
            return standards::role_type(role);
        }
        cur = parent_element(e);
    }
    None
}

/// The prohibited attributes the element carries with a non-blank value.
fn prohibited(dom: &Dom<'_>, el: ElementRef<'_>) -> (Option<&'static str>, Vec<&'static str>) {
    let v = el.value();
    let role = get_role(dom, el, RoleOpts { chromium: true, fallback: true, ..RoleOpts::default() });
    let list: &[&'static str] = match role.and_then(standards::role) {
        Some(def) => def.prohibited_attrs,
        None if role.is_some()
            || matches!(v.name(), "applet" | "input")
            || closest_role_type(dom, el) == Some("widget") =>
        {
            &[]
        }
        None => &["aria-label", "aria-labelledby"],
    };
    let present =
        list.iter().copied().filter(|a| v.attr_of(a).is_some_and(|x| !x.trim().is_empty())).collect();
    (role, present)
}

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let mut out = Vec::new();
    for entry in doc.dom.entries() {
        let el = entry.el;
        if entry.aria_hidden || !el.value().attrs().any(|(n, _)| n.starts_with("aria-")) {
            continue;
        }
        let (role, present) = prohibited(doc.dom, el);
        if present.is_empty() || !doc.dom.name_from_content(el, false).is_empty() {
            continue;
        }
        let attrs = present.join(", ");
        let detail = match role {
            Some(r) => doc.lang().word_with(
                "a11y-aria-prohibited-attr-detail-role",
                &[("role", r.into()), ("attributes", attrs.into())],
            ),
            None => doc.lang().word_with(
                "a11y-aria-prohibited-attr-detail-element",
                &[("element", el.value().name().into()), ("attributes", attrs.into())],
            ),
        };
        out.push(PageIssue::at(INFO.id, el).with_detail(detail));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prohibited_names_follow_axe() {
        let cases: &[(&str, usize)] = &[
            (r#"<div><i class="icon-wx" aria-label="微信"></i></div>"#, 1),
            (r#"<a href="/wx"><i class="icon-wx" aria-label="微信"></i></a>"#, 0),
            (r#"<span aria-label="微信">微信</span>"#, 0),
            (r#"<span role="img" aria-label="微信"></span>"#, 0),
            (r#"<p role="presentation" aria-label="说明"></p>"#, 1),
            (r#"<p aria-label="说明"></p>"#, 1),
            (r#"<div aria-label="   "></div>"#, 0),
            (r#"<input aria-label="搜索">"#, 0),
            (r#"<nav aria-label="主导航"></nav>"#, 0),
            (r#"<label aria-label="x"></label>"#, 0),
            (r#"<section aria-label="要闻"></section>"#, 0),
            (r#"<div aria-labelledby="t"></div><h2 id="t">要闻</h2>"#, 1),
        ];
        for (html, want) in cases {
            assert_eq!(crate::facts::page::test_run(run, html).len(), *want, "{html}");
        }
    }
}
