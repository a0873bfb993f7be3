//! `a11y.aria-required-attr`: an element's role requires a state it does
//! not have (`role="checkbox"` without `aria-checked`, `role="heading"`
//! without `aria-level`, `role="combobox"` without `aria-expanded` /
//! `aria-controls` …).
//!
//! axe-core: rule `aria-required-attr` (selector `[role]`, hidden
//! elements excluded), check `aria-required-attr`: the explicit role (the
//! whole `role` value, DPUB roles not counted) and its `requiredAttrs`; an
//! attribute counts when non-empty or implied by the element
//! (`html-elms.js` `implicitAttrs`). A separator that is not focusable, a
//! combobox with `aria-expanded="false"` and a slider with `aria-valuetext`
//! pass. `role="tab"` requires nothing in axe (not `aria-selected`).

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::focus::is_focusable;
use crate::facts::a11y::js::js_trim;
use crate::facts::a11y::roles::{RoleOpts, explicit_role, input_type};
use crate::facts::a11y::standards;
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.aria-required-attr",
    severity: Severity::Deduction,
    title_zh: "ARIA 角色缺少必需的属性",
    title_en: "ARIA role is missing a required attribute",
    docs_zh: "\
检查内容：写了 role 的元素是否具备该角色必需的 ARIA 属性：checkbox、radio、switch、menuitemcheckbox、menuitemradio \
须有 aria-checked；heading 须有 aria-level（h1–h6 自带级别）；slider、scrollbar、meter、可聚焦的 separator 须有 \
aria-valuenow；combobox 须有 aria-expanded 和 aria-controls（aria-expanded=\"false\" 的收起状态除外）。\
空值视为缺少。判定与 axe-core 的 aria-required-attr 规则一致；按 axe，role=\"tab\" 不要求 aria-selected。

为何重要：缺少必需状态时读屏软件无法告诉用户复选框是否勾选、标题是第几级、下拉框是否展开，\
用户无法判断和操作控件。

如何修复：补上必需属性并由脚本保持其与界面状态同步，如 <div role=\"checkbox\" aria-checked=\"false\">；\
能用原生元素（input type=checkbox、h2、select）时优先使用原生元素。

参考：WCAG 2.1 成功准则 4.1.2 名称、角色、值；GB/T 37668-2019 兼容性原则。govaudit 只读服务器返回的 HTML，\
脚本在页面加载后才加上的属性看不到，这时可能比浏览器中的 axe-core 多报。",
    docs_en: "\
What it checks: whether an element with a role has the ARIA attributes that role requires: aria-checked for \
checkbox, radio, switch, menuitemcheckbox and menuitemradio; aria-level for heading (h1-h6 carry their level); \
aria-valuenow for slider, scrollbar, meter and a focusable separator; aria-expanded and aria-controls for \
combobox (not when collapsed with aria-expanded=\"false\"). An empty value counts as missing. It decides as \
axe-core's aria-required-attr does; as in axe, role=\"tab\" does not require aria-selected.

Why it matters: without the required state a screen reader cannot say whether a box is checked, which level a \
heading is or whether a combobox is open, so users cannot judge or operate the control.

How to fix: add the attribute and keep it in step with the widget, e.g. <div role=\"checkbox\" \
aria-checked=\"false\">; prefer native elements (input type=checkbox, h2, select) where possible.

References: WCAG 2.1 success criterion 4.1.2 Name, Role, Value; GB/T 37668-2019 robust (兼容性) principle. \
govaudit reads the served HTML only: attributes that scripts add after loading are not seen, so it may report \
more than axe-core running in a browser.",
    standard: Some(Standard {
        impact: Impact::Critical,
        tags: &["cat.aria", "wcag2a", "wcag412"],
        principle: Principle::Robust,
    }),
};

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let mut out = Vec::new();
    for entry in doc.dom.entries() {
        let el = entry.el;
        let v = el.value();
        if entry.aria_hidden || v.attr_of("role").is_none() {
            continue;
        }
        let Some(role) = explicit_role(el, RoleOpts::default()) else { continue };
        let Some(def) = standards::role(role) else { continue };
        if def.required_attrs.is_empty()
            || (role == "separator" && !is_focusable(doc.dom, el))
            || (role == "combobox" && v.attr_of("aria-expanded") == Some("false"))
            || (role == "slider" && v.attr_of("aria-valuetext").is_some_and(|t| !js_trim(t).is_empty()))
        {
            continue;
        }
        let itype = if v.name() == "input" { input_type(el) } else { "" };
        let missing: Vec<&str> = def
            .required_attrs
            .iter()
            .copied()
            .filter(|a| v.attr_of(a).is_none_or(str::is_empty))
            .filter(|a| !standards::has_implicit_attr(v.name(), itype, a))
            .collect();
        if missing.is_empty() {
            continue;
        }
        let missing = missing.join(", ");
        let detail = doc.lang().word_with(
            "a11y-aria-required-attr-detail",
            &[("role", role.into()), ("attributes", missing.into())],
        );
        out.push(PageIssue::at(INFO.id, el).with_detail(detail));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn required_attributes_follow_axe() {
        let cases: &[(&str, usize)] = &[
            (r#"<span role="checkbox">同意</span>"#, 1),
            (r#"<span role="checkbox" aria-checked="">同意</span>"#, 1),
            (r#"<span role="checkbox" aria-checked="false">同意</span>"#, 0),
            (r#"<input type="checkbox" role="checkbox">"#, 0),
            (r#"<div role="heading">通知公告</div>"#, 1),
            (r#"<h2 role="heading">通知公告</h2>"#, 0),
            (r#"<div role="heading" aria-level="2">通知公告</div>"#, 0),
            (r#"<li role="tab">政务公开</li>"#, 0),
            (r#"<input role="combobox">"#, 1),
            (r#"<input role="combobox" aria-expanded="false">"#, 0),
            (r#"<div role="separator"></div>"#, 0),
            (r#"<div role="separator" tabindex="0"></div>"#, 1),
            (r#"<div role="slider" aria-valuetext="中"></div>"#, 0),
            (r#"<div role="doc-endnote">x</div>"#, 0),
            (r#"<div hidden><span role="checkbox">x</span></div>"#, 0),
        ];
        for (html, want) in cases {
            assert_eq!(crate::facts::page::test_run(run, html).len(), *want, "{html}");
        }
    }
}
