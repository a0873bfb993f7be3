//! `a11y.aria-conditional-attr`: an ARIA attribute that is allowed on a
//! role only in some contexts is used where it is not: `aria-checked`
//! contradicting a native checkbox's or radio's own state, or
//! `aria-level`, `aria-expanded`, `aria-posinset`, `aria-setsize` on a row
//! of a plain table or grid (only treegrid rows take them).
//!
//! axe-core 4.14.1: rule `aria-conditional-attr` (elements with an
//! `aria-*` attribute, hidden ones excluded), check `aria-conditional-attr`
//! by the element's role: `row` (its owner is the closest `table` without
//! a role or element with a `table`, `grid` or `treegrid` role token; a
//! treegrid or an owner without a role passes), `checkbox` and `radio`
//! (only an `<input>` of that type: `aria-checked`, read as `true`,
//! `mixed` for a checkbox, else `false`, must equal the checked state).
//! From HTML the checked state is the `checked` attribute; a script's
//! `indeterminate` is out of reach.

use scraper::ElementRef;

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::roles::{RoleOpts, closest, get_role, input_type};
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.aria-conditional-attr",
    severity: Severity::Deduction,
    title_zh: "ARIA 属性用在了不允许它的场合",
    title_en: "ARIA attribute is used where its role does not allow it",
    docs_zh: "\
检查内容：只在特定场合允许的 ARIA 属性是否用错了地方：原生复选框、单选框（<input type=\"checkbox\"/\"radio\">）\
上的 aria-checked 与它自身的选中状态（checked 属性）不一致；普通表格或 grid 的行（tr、role=\"row\"）上写了 \
aria-level、aria-expanded、aria-posinset、aria-setsize（只有 treegrid 的行可以用）。判定与 axe-core 的 \
aria-conditional-attr 规则一致。

为何重要：读屏软件按 aria-checked 播报“已选中”，而浏览器按原生状态提交表单，两者矛盾时用户听到的和实际提交的不同；\
普通表格行上的展开、层级属性让读屏软件播报不存在的树形结构。

如何修复：原生复选框、单选框不要写 aria-checked，用 checked 属性表示状态；表格行需要展开、层级时把表格改为 \
role=\"treegrid\"，否则删去这些属性。

参考：WCAG 2.1 成功准则 4.1.2 名称、角色和值；GB/T 37668-2019 兼容性原则；axe-core 规则 aria-conditional-attr。\
govaudit 只读 HTML：选中状态取自 checked 属性，脚本改变的状态和 indeterminate 看不到。",
    docs_en: "\
What it checks: whether an ARIA attribute allowed only in some contexts is used out of them: aria-checked on a \
native checkbox or radio (<input type=\"checkbox\"/\"radio\">) contradicting its own checked state; aria-level, \
aria-expanded, aria-posinset or aria-setsize on a row (tr, role=\"row\") of a plain table or grid (only treegrid \
rows take them). It decides as axe-core's aria-conditional-attr does.

Why it matters: screen readers announce \"checked\" from aria-checked while the browser submits the native state, \
so what users hear and what is sent differ; expansion and level attributes on a plain table's rows announce a \
tree that is not there.

How to fix: do not put aria-checked on native checkboxes and radios: their checked attribute says the state; \
where table rows expand or nest, make the table role=\"treegrid\", else drop the attributes.

References: WCAG 2.1 success criterion 4.1.2 Name, Role, Value; GB/T 37668-2019 robust (兼容性) principle; \
axe-core rule aria-conditional-attr. govaudit reads HTML only: the checked state is the checked attribute; states \
set by scripts and indeterminate are not seen.",
    standard: Some(Standard {
        impact: Impact::Serious,
        tags: &["cat.aria", "wcag2a", "wcag412"],
        principle: Principle::Robust,
    }),
};

/// The rule's `invalidTableRowAttrs`.
const TABLE_ROW_ATTRS: &[&str] = &["aria-posinset", "aria-setsize", "aria-expanded", "aria-level"];

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let dom = doc.dom;
    let mut out = Vec::new();
    for entry in dom.entries() {
        let el = entry.el;
        if entry.aria_hidden || !el.value().attrs().any(|(name, _)| name.starts_with("aria-")) {
            continue;
        }
        let detail = match get_role(dom, el, RoleOpts::default()) {
            Some("row") => row_attrs(doc, el),
            Some(role @ ("checkbox" | "radio")) => checked_state(doc, el, role),
            _ => None,
        };
        if let Some(detail) = detail {
            out.push(PageIssue::at(INFO.id, el).with_detail(detail));
        }
    }
    out
}

/// `ariaConditionalRowAttr`: the detail when a plain table's row has
/// treegrid-only attributes.
fn row_attrs(doc: &PageDoc<'_>, el: ElementRef<'_>) -> Option<String> {
    let present: Vec<&str> =
        TABLE_ROW_ATTRS.iter().copied().filter(|a| el.value().attr_of(a).is_some()).collect();
    if present.is_empty() {
        return None;
    }
    let owner = closest(el, |e| {
        let v = e.value();
        let tokens = |r: &str| r.split_ascii_whitespace().any(|t| matches!(t, "treegrid" | "table" | "grid"));
        (v.name() == "table" && v.attr_of("role").is_none()) || v.attr_of("role").is_some_and(tokens)
    })?;
    let owner_role = get_role(doc.dom, owner, RoleOpts::default()).filter(|r| *r != "treegrid")?;
    Some(doc.lang().word_with(
        "a11y-aria-conditional-attr-detail-row",
        &[("attributes", present.join(", ").into()), ("owner", owner_role.into())],
    ))
}

/// `ariaConditionalCheckboxAttr` / `ariaConditionalRadioAttr`: the detail
/// when a native input's `aria-checked` contradicts its state.
fn checked_state(doc: &PageDoc<'_>, el: ElementRef<'_>, role: &str) -> Option<String> {
    let v = el.value();
    if v.name() != "input" || input_type(el) != role {
        return None;
    }
    let aria = v.attr_of("aria-checked").filter(|a| !a.is_empty())?.to_lowercase();
    let aria = match aria.as_str() {
        "true" => "true",
        "mixed" if role == "checkbox" => "mixed",
        _ => "false",
    };
    let state = if v.attr_of("checked").is_some() { "true" } else { "false" };
    (aria != state).then(|| {
        doc.lang().word_with(
            "a11y-aria-conditional-attr-detail-checked",
            &[("aria", aria.into()), ("state", state.into())],
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::page::test_run;

    #[test]
    fn conditions_follow_axe() {
        let cases: &[(&str, usize)] = &[
            (r#"<input type="checkbox" aria-checked="true">"#, 1),
            (r#"<input type="checkbox" aria-checked="true" checked>"#, 0),
            (r#"<input type="checkbox" aria-checked="false">"#, 0),
            (r#"<input type="checkbox" aria-checked="mixed">"#, 1),
            (r#"<input type="checkbox" aria-checked="">"#, 0),
            (r#"<input type="checkbox" aria-checked="bogus" checked>"#, 1),
            (r#"<input type="radio" aria-checked="mixed">"#, 0),
            (r#"<input type="radio" aria-checked="TRUE">"#, 1),
            (r#"<input type="checkbox" role="switch" aria-checked="true">"#, 0),
            (r#"<span role="checkbox" aria-checked="true"></span>"#, 0),
            (r#"<table><tr aria-expanded="true"><td>x</td></tr></table>"#, 1),
            (r#"<table role="treegrid"><tr aria-expanded="true"><td>x</td></tr></table>"#, 0),
            (r#"<div role="grid"><div role="row" aria-level="2"></div></div>"#, 1),
            (r#"<div role="row" aria-level="2"></div>"#, 0),
            (r#"<table><tr aria-label="x"><td>x</td></tr></table>"#, 0),
            (r#"<table><tr hidden aria-expanded="true"><td>x</td></tr></table>"#, 0),
        ];
        for (html, want) in cases {
            assert_eq!(test_run(run, html).len(), *want, "{html}");
        }
    }
}
