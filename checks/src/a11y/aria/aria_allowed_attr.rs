//! `a11y.aria-allowed-attr`: an element carries an ARIA attribute its role
//! does not support (`aria-expanded` on a plain `<div>`, `aria-selected`
//! on a link, `aria-checked` on a text box …).
//!
//! axe-core: rule `aria-allowed-attr` (matches
//! `aria-allowed-attr-matches`, hidden elements excluded), all of the
//! checks `aria-allowed-attr` and `aria-allowed-attr-elm`:
//! - the role is `getRole` (explicit, else implicit, with presentational
//!   roles resolved); allowed are the globals plus the role's allowed and
//!   required attributes; `aria-required="false"` and
//!   `aria-multiline="false"` on a contenteditable are ignored; a failing
//!   element without a role that is neither an HTML element nor focusable
//!   (custom elements, SVG) is only "needs review";
//! - `<br>` and `<wbr>` without an explicit role may carry only
//!   `aria-hidden` among the global attributes.
//! - none of axe's attributes is flagged unsupported, so the rule's
//!   `aria-unsupported-attr` check never fires.

use scraper::ElementRef;

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::dom::Dom;
use crate::facts::a11y::focus::is_focusable;
use crate::facts::a11y::roles::{RoleOpts, explicit_role, get_role, is_html_element};
use crate::facts::a11y::standards;
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.aria-allowed-attr",
    severity: Severity::Deduction,
    title_zh: "元素使用了其角色不支持的 ARIA 属性",
    title_en: "ARIA attribute is not allowed for the element's role",
    docs_zh: "\
检查内容：元素上的 ARIA 属性是否为其角色所允许：全局属性（aria-label、aria-hidden、aria-haspopup 等）处处可用，\
其余状态只能用在对应角色上，例如 aria-expanded 不能用于没有角色的 div/span，aria-selected 只能用于 tab、option、\
gridcell 等，aria-checked 只能用于 checkbox、radio 等。角色按 axe-core 计算：显式 role 优先，否则取 HTML 元素的隐含角色。\
判定与 axe-core 的 aria-allowed-attr 规则一致，隐藏元素不检查。

为何重要：不被支持的属性会被读屏软件忽略或误读，例如菜单按钮的展开状态写在无角色的 li 上时，用户听不到“已展开”。

如何修复：给元素加上匹配的角色（如 role=\"button\"、role=\"tab\"），或把属性移到真正承担该角色的元素上，\
例如把 aria-expanded 写在触发下拉菜单的 a 或 button 上。

参考：WCAG 2.1 成功准则 4.1.2 名称、角色、值；GB/T 37668-2019 兼容性原则。govaudit 只读服务器返回的 HTML，\
脚本后来改写的属性和角色看不到，这时可能与浏览器中的 axe-core 结果不同。",
    docs_en: "\
What it checks: whether each ARIA attribute on an element is allowed for its role. Global attributes (aria-label, \
aria-hidden, aria-haspopup …) are allowed everywhere; the other states only on their roles: aria-expanded not on \
a div or span without a role, aria-selected only on tab, option, gridcell and the like, aria-checked only on \
checkbox, radio and the like. The role is computed as axe-core does: the explicit role first, else the HTML \
element's implicit role. It decides as axe-core's aria-allowed-attr does; hidden elements are skipped.

Why it matters: an unsupported attribute is ignored or misread by screen readers; an expanded state written on a \
li without a role is never announced.

How to fix: give the element a matching role (role=\"button\", role=\"tab\"), or move the attribute to the element \
that plays that role, e.g. aria-expanded on the a or button that opens the menu.

References: WCAG 2.1 success criterion 4.1.2 Name, Role, Value; GB/T 37668-2019 robust (兼容性) principle. \
govaudit reads the served HTML only: attributes and roles that scripts change later are not seen, unlike \
axe-core in a browser.",
    standard: Some(Standard {
        impact: Impact::Critical,
        tags: &["cat.aria", "wcag2a", "wcag412"],
        principle: Principle::Robust,
    }),
};

/// The `name="value"` pairs that fail, empty when the element passes (or
/// is only "needs review").
fn not_allowed(dom: &Dom<'_>, el: ElementRef<'_>) -> Vec<String> {
    let v = el.value();
    let role = get_role(dom, el, RoleOpts::default());
    let ignored = |name: &str, value: &str| {
        (name == "aria-required" && value == "false")
            || (name == "aria-multiline" && value == "false" && v.attr_of("contenteditable").is_some())
    };
    let mut bad: Vec<String> = v
        .attrs()
        .filter(|(name, value)| {
            standards::attr(name).is_some() && !standards::is_allowed(role, name) && !ignored(name, value)
        })
        .map(|(name, value)| format!("{name}=\"{value}\""))
        .collect();
    if !bad.is_empty() && role.is_none() && !is_html_element(el) && !is_focusable(dom, el) {
        bad.clear();
    }
    // `aria-allowed-attr-elm`.
    if let Some(allowed) = standards::element_allowed_aria_attrs(v.name())
        && explicit_role(el, RoleOpts::default()).is_none()
    {
        for (name, value) in v.attrs() {
            let pair = format!("{name}=\"{value}\"");
            if standards::is_global(name) && !allowed.contains(&name) && !bad.contains(&pair) {
                bad.push(pair);
            }
        }
    }
    bad
}

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let mut out = Vec::new();
    for entry in doc.dom.entries() {
        if entry.aria_hidden || !entry.el.value().attrs().any(|(n, _)| n.starts_with("aria-")) {
            continue;
        }
        let bad = not_allowed(doc.dom, entry.el);
        if bad.is_empty() {
            continue;
        }
        let role = get_role(doc.dom, entry.el, RoleOpts::default()).unwrap_or("");
        let bad = bad.join(", ");
        let detail = if role.is_empty() {
            doc.lang().word_with(
                "a11y-aria-allowed-attr-detail-element",
                &[("element", entry.el.value().name().into()), ("attributes", bad.into())],
            )
        } else {
            doc.lang().word_with(
                "a11y-aria-allowed-attr-detail-role",
                &[("role", role.into()), ("attributes", bad.into())],
            )
        };
        out.push(PageIssue::at(INFO.id, entry.el).with_detail(detail));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allowed_attributes_follow_the_role() {
        let cases: &[(&str, usize)] = &[
            (r#"<div aria-expanded="false">菜单</div>"#, 1),
            (r#"<li aria-haspopup="true">菜单</li>"#, 0),
            (r#"<a href="/" aria-expanded="false">菜单</a>"#, 0),
            (r#"<a href="/" aria-selected="true">首页</a>"#, 1),
            (r#"<a href="/" role="tab" aria-selected="true">首页</a>"#, 0),
            (r#"<input type="text" aria-checked="true">"#, 1),
            (r#"<input type="checkbox" aria-checked="true">"#, 0),
            (r#"<input type="text" aria-required="false" aria-label="x">"#, 0),
            (r#"<ul role="presentation"><li aria-expanded="true">x</li></ul>"#, 1),
            (r#"<ul><li aria-expanded="true">x</li></ul>"#, 0),
            (r#"<my-menu aria-expanded="true">x</my-menu>"#, 0),
            (r#"<my-menu tabindex="0" aria-expanded="true">x</my-menu>"#, 1),
            (r#"<br aria-label="换行">"#, 1),
            (r#"<br aria-hidden="true">"#, 0),
            (r#"<div aria-hidden="true"><div aria-expanded="false">x</div></div>"#, 0),
        ];
        for (html, want) in cases {
            assert_eq!(crate::facts::page::test_run(run, html).len(), *want, "{html}");
        }
    }
}
