//! `a11y.aria-valid-attr-value`: an ARIA attribute has a value its type
//! does not allow (`aria-expanded="yes"`, `aria-level="二"`, an
//! `aria-controls` naming no element …).
//!
//! axe-core: rule `aria-valid-attr-value` (matches
//! `aria-has-attr-matches`, hidden elements excluded), all of the checks
//! `aria-valid-attr-value`, `aria-errormessage` and `aria-level`:
//! - values are checked by `commons/aria/validate-attr-value.js`;
//! - an empty value of a non-string attribute is only "needs review";
//! - `aria-labelledby`, `aria-describedby` and `aria-current` are never
//!   violations (their pre-checks return undefined): only "needs review";
//! - `aria-controls` counts only when the element has no `aria-haspopup`
//!   and neither `aria-expanded="false"` nor `aria-selected="false"`;
//!   `aria-owns` only without `aria-expanded="false"`;
//! - `aria-errormessage` (with `aria-invalid` other than `false`) fails for
//!   several ids, a hidden target, or a target that is neither an alert, a
//!   live region nor in `aria-describedby`;
//! - `aria-level` above 6 is only "needs review".

use std::sync::LazyLock;

use regex::Regex;
use scraper::ElementRef;

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::dom::Dom;
use crate::facts::a11y::js::{js_trim, parse_int, token_list};
use crate::facts::a11y::roles::{RoleOpts, explicit_role};
use crate::facts::a11y::standards::{self, AttrDef, AttrType};
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.aria-valid-attr-value",
    severity: Severity::Deduction,
    title_zh: "ARIA 属性的取值无效",
    title_en: "ARIA attribute has an invalid value",
    docs_zh: "\
检查内容：ARIA 属性的值是否符合 WAI-ARIA 1.2 规定的类型：true/false 类属性只能是 true 或 false，\
枚举类属性（aria-haspopup、aria-live、aria-current 等）只能取规定的词，aria-level 等须为不小于下限的整数，\
aria-valuenow 等须为数字，aria-controls、aria-activedescendant 等引用的 id 须在页面中存在。\
判定与 axe-core 的 aria-valid-attr-value 规则一致：空值、aria-labelledby/aria-describedby 指向不存在的 id \
在 axe 中只是“需人工复核”，本检查不计；带 aria-haspopup 或 aria-expanded=\"false\" 的菜单项其 aria-controls 不计。

为何重要：取值无效时读屏软件会忽略该属性或读出错误的状态，例如把展开的导航菜单报告为未知状态。

如何修复：按规范改正取值，如 aria-expanded=\"true\"/\"false\"、aria-haspopup=\"menu\"；\
确保 aria-controls 等引用的元素确实存在并带有对应 id。

参考：WCAG 2.1 成功准则 4.1.2 名称、角色、值；GB/T 37668-2019 兼容性原则。\
govaudit 只读服务器返回的 HTML，由脚本后来插入的被引用元素看不到，这时可能比浏览器中的 axe-core 多报。",
    docs_en: "\
What it checks: whether each ARIA attribute's value fits the type WAI-ARIA 1.2 gives it: true/false for boolean \
states, one of the listed tokens for aria-haspopup, aria-live, aria-current and the like, an integer at or above \
the minimum for aria-level and friends, a number for aria-valuenow, and an existing id for aria-controls or \
aria-activedescendant. It decides as axe-core's aria-valid-attr-value does: empty values and missing ids in \
aria-labelledby / aria-describedby are only 'needs review' in axe and are not counted; aria-controls on an \
element with aria-haspopup or aria-expanded=\"false\" is not counted.

Why it matters: a screen reader ignores an invalid value or announces a wrong state, e.g. an open menu as unknown.

How to fix: use a valid value (aria-expanded=\"true\"/\"false\", aria-haspopup=\"menu\"); make sure the element an \
id reference names exists.

References: WCAG 2.1 success criterion 4.1.2 Name, Role, Value; GB/T 37668-2019 robust (兼容性) principle. \
govaudit reads the served HTML only: a referenced element that a script inserts later is missing here, so it may \
report more than axe-core running in a browser.",
    standard: Some(Standard {
        impact: Impact::Critical,
        tags: &["cat.aria", "wcag2a", "wcag412"],
        principle: Principle::Robust,
    }),
};

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let mut out = Vec::new();
    for entry in doc.dom.entries() {
        if entry.aria_hidden || !entry.el.value().attrs().any(|(n, _)| n.starts_with("aria-")) {
            continue;
        }
        let mut invalid = invalid_values(doc.dom, entry.el);
        if let Some(bad) = bad_errormessage(doc.dom, entry.el) {
            invalid.push(bad);
        }
        if invalid.is_empty() {
            continue;
        }
        let detail = doc
            .lang()
            .word_with("a11y-aria-valid-attr-value-detail", &[("attributes", invalid.join(", ").into())]);
        out.push(PageIssue::at(INFO.id, entry.el).with_detail(detail));
    }
    out
}

/// The element's `name="value"` pairs axe's check `aria-valid-attr-value`
/// reports as invalid.
fn invalid_values(dom: &Dom<'_>, el: ElementRef<'_>) -> Vec<String> {
    let v = el.value();
    let mut out = Vec::new();
    for (name, value) in v.attrs() {
        if name == "aria-errormessage" || !name.starts_with("aria-") {
            continue;
        }
        let Some(def) = standards::attr(name) else { continue };
        if value_is_valid(dom, def, value) {
            continue;
        }
        // The pre-checks of `aria-valid-attr-value-evaluate.js`.
        let counts = match name {
            "aria-controls" => {
                let has_popup = v.attr_of("aria-haspopup").is_some_and(|p| p != "false");
                v.attr_of("aria-expanded") != Some("false")
                    && v.attr_of("aria-selected") != Some("false")
                    && !has_popup
            }
            "aria-owns" => v.attr_of("aria-expanded") != Some("false"),
            "aria-current" | "aria-describedby" | "aria-labelledby" => false,
            _ => true,
        };
        // An empty value of a non-string type is "needs review".
        if counts && !(value.is_empty() && def.ty != AttrType::Text) {
            out.push(format!("{name}=\"{value}\""));
        }
    }
    out
}

static DECIMAL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[-+]?([0-9]*)\.?([0-9]*)$").expect("static regex"));
static INT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[-+]?[0-9]+$").expect("static regex"));

/// axe's `validateAttrValue`.
fn value_is_valid(dom: &Dom<'_>, def: &AttrDef, value: &str) -> bool {
    if def.allow_empty && js_trim(value).is_empty() {
        return true;
    }
    let exists = |id: &str| !id.is_empty() && dom.by_id(id).next().is_some();
    match def.ty {
        AttrType::Boolean => matches!(value.to_lowercase().as_str(), "true" | "false"),
        AttrType::Token => def.values.contains(&value.to_lowercase().as_str()),
        AttrType::Tokens => token_list(value).iter().all(|t| def.values.contains(&t.as_str())),
        AttrType::IdRef => exists(value),
        AttrType::IdRefs => !value.is_empty() && token_list(value).iter().any(|id| exists(id)),
        AttrType::Text => !js_trim(value).is_empty(),
        AttrType::Decimal => DECIMAL.captures(value).is_some_and(|c| {
            c.get(1).is_some_and(|m| !m.is_empty()) || c.get(2).is_some_and(|m| !m.is_empty())
        }),
        AttrType::Int => {
            INT.is_match(value) && parse_int(value).is_some_and(|n| def.min.is_none_or(|min| n >= min))
        }
    }
}

/// axe's check `aria-errormessage`: the failing `aria-errormessage="…"`.
fn bad_errormessage(dom: &Dom<'_>, el: ElementRef<'_>) -> Option<String> {
    let v = el.value();
    let invalid = v.attr_of("aria-invalid")?;
    if invalid == "false" {
        return None;
    }
    let value = v.attr_of("aria-errormessage")?;
    if js_trim(value).is_empty() {
        return None;
    }
    let tokens = token_list(value);
    let report = || Some(format!("aria-errormessage=\"{value}\""));
    if tokens.len() > 1 {
        return report();
    }
    // A missing target is only "needs review" in axe.
    let target = tokens.first().and_then(|id| dom.by_id(id).next())?;
    if dom.is_aria_hidden(target) {
        return report();
    }
    let described = v.attr_of("aria-describedby").map(token_list).unwrap_or_default();
    let live = matches!(target.value().attr_of("aria-live"), Some("assertive" | "polite"));
    let ok = explicit_role(target, RoleOpts::default()) == Some("alert")
        || live
        || tokens.iter().any(|t| described.contains(t));
    if ok { None } else { report() }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(html: &str) -> usize {
        crate::facts::page::test_run(run, html).len()
    }

    #[test]
    fn values_are_checked_by_type() {
        let cases: &[(&str, usize)] = &[
            (r#"<a href="/" aria-expanded="yes">x</a>"#, 1),
            (r#"<a href="/" aria-expanded="TRUE">x</a>"#, 0),
            (r#"<a href="/" aria-expanded="">x</a>"#, 0),
            (r#"<a href="/" aria-haspopup="true">x</a>"#, 0),
            (r#"<a href="/" aria-haspopup="dropdown">x</a>"#, 1),
            (r#"<div role="heading" aria-level="二">x</div>"#, 1),
            (r#"<div role="heading" aria-level="0">x</div>"#, 1),
            (r#"<div role="heading" aria-level="7">x</div>"#, 0),
            (r#"<div role="slider" aria-valuenow="3.5"></div>"#, 0),
            (r#"<div role="slider" aria-valuenow="."></div>"#, 1),
            (r#"<div aria-relevant="additions text">x</div>"#, 0),
            (r#"<div aria-relevant="additions  foo">x</div>"#, 1),
            (r#"<div aria-label="  ">x</div>"#, 0),
            (r#"<div aria-live="Polite">x</div>"#, 0),
            (r#"<div aria-hidden="true" aria-live="loud">x</div>"#, 0),
        ];
        for (html, want) in cases {
            assert_eq!(count(html), *want, "{html}");
        }
    }

    #[test]
    fn id_references_follow_axe_prechecks() {
        let cases: &[(&str, usize)] = &[
            (r#"<a href="/" aria-controls="sub1">x</a>"#, 1),
            (r#"<a href="/" aria-controls="sub1 sub2">x</a><ul id="sub2"></ul>"#, 0),
            (r#"<a href="/" aria-controls="sub1" aria-expanded="false">x</a>"#, 0),
            (r#"<a href="/" aria-controls="sub1" aria-haspopup="true">x</a>"#, 0),
            (r#"<div aria-labelledby="nothing">x</div>"#, 0),
            (r#"<div aria-describedby="nothing">x</div>"#, 0),
            (r#"<a href="/" aria-current="yes">x</a>"#, 0),
            (r#"<input aria-activedescendant="opt9">"#, 1),
            (r#"<input aria-activedescendant="">"#, 0),
            (r#"<input aria-invalid="true" aria-errormessage="e1"><p id="e1">错误</p>"#, 1),
            (r#"<input aria-invalid="true" aria-errormessage="e1"><p id="e1" role="alert">错误</p>"#, 0),
            (
                r#"<input aria-invalid="true" aria-errormessage="e1"><p id="e1" aria-live="polite" hidden>x</p>"#,
                1,
            ),
            (r#"<input aria-invalid="false" aria-errormessage="e1">"#, 0),
        ];
        for (html, want) in cases {
            assert_eq!(count(html), *want, "{html}");
        }
    }
}
