//! `a11y.aria-roles`: a `role` attribute names no ARIA role (`role="nav"`,
//! `role="tabs"`), or names an abstract one (`role="widget"`).
//!
//! axe-core: rule `aria-roles` (selector `[role]`, matches
//! `no-empty-role-matches`, hidden elements excluded), none of the checks
//! `invalidrole` (every token of the value is unknown; abstract roles count
//! as known there), `abstractrole` (a token is abstract) and
//! `unsupportedrole` (no role of axe's table is flagged unsupported).

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::js::{js_trim, token_list};
use crate::facts::a11y::standards;
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.aria-roles",
    severity: Severity::Deduction,
    title_zh: "role 属性的取值不是有效的 ARIA 角色",
    title_en: "role attribute is not a valid ARIA role",
    docs_zh: "\
检查内容：role 属性是否为 WAI-ARIA 1.2（含 DPUB、图形模块）定义的具体角色。常见错误如 role=\"nav\"（应为 navigation）、\
role=\"tabs\"、role=\"menu-item\"，以及使用 widget、landmark、section 等只供规范内部分类的抽象角色。\
多个值时只要有一个有效即不算无效角色，但任一为抽象角色仍然报告。判定与 axe-core 的 aria-roles 规则一致，隐藏元素不检查。

为何重要：读屏软件无法识别无效角色，导航区、菜单、选项卡等结构不会被告知用户，依赖键盘和读屏的用户难以定位内容。

如何修复：改为规范中的角色名（navigation、menubar、menuitem、tablist、tab 等），或直接使用语义化的 HTML 元素\
（nav、button、ul/li）而不写 role。

参考：WCAG 2.1 成功准则 4.1.2 名称、角色、值；GB/T 37668-2019 兼容性原则。govaudit 只读服务器返回的 HTML，\
脚本后来设置的 role 看不到，这时可能与浏览器中的 axe-core 结果不同。",
    docs_en: "\
What it checks: whether the role attribute names a concrete role of WAI-ARIA 1.2 (with the DPUB and graphics \
modules). Typical mistakes are role=\"nav\" (navigation is meant), role=\"tabs\", role=\"menu-item\", and the abstract \
roles (widget, landmark, section) the specification keeps for its own taxonomy. With several tokens the value is \
invalid only when none is known, but any abstract token is reported. It decides as axe-core's aria-roles does; \
hidden elements are skipped.

Why it matters: screen readers ignore an unknown role, so navigation, menus and tabs are not announced and \
keyboard and screen-reader users cannot find their way.

How to fix: use the role names of the specification (navigation, menubar, menuitem, tablist, tab …) or the \
semantic HTML element itself (nav, button, ul/li) without a role.

References: WCAG 2.1 success criterion 4.1.2 Name, Role, Value; GB/T 37668-2019 robust (兼容性) principle. \
govaudit reads the served HTML only: roles that scripts set later are not seen, unlike axe-core in a browser.",
    standard: Some(Standard {
        impact: Impact::Critical,
        tags: &["cat.aria", "wcag2a", "wcag412"],
        principle: Principle::Robust,
    }),
};

/// Why the element's role value fails, or `None`.
fn problem(value: &str) -> Option<(bool, Vec<String>)> {
    let tokens = token_list(value);
    let all_invalid = tokens.iter().all(|t| !standards::is_valid_role(&t.to_lowercase(), true));
    if all_invalid {
        return Some((false, tokens));
    }
    let abstracts: Vec<String> =
        tokens.into_iter().filter(|t| standards::role_type(t) == Some("abstract")).collect();
    (!abstracts.is_empty()).then_some((true, abstracts))
}

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let mut out = Vec::new();
    for entry in doc.dom.entries() {
        let Some(value) = entry.el.value().attr_of("role") else { continue };
        if entry.aria_hidden || js_trim(value).is_empty() {
            continue;
        }
        let Some((is_abstract, roles)) = problem(value) else { continue };
        let roles = roles.join(" ");
        let detail = if is_abstract {
            doc.lang().word_with("a11y-aria-roles-detail-abstract", &[("roles", roles.into())])
        } else {
            doc.lang().word_with("a11y-aria-roles-detail", &[("roles", roles.into())])
        };
        out.push(PageIssue::at(INFO.id, entry.el).with_detail(detail));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_and_abstract_roles() {
        assert!(problem("nav").is_some());
        assert!(problem("navigation").is_none());
        assert!(problem("Navigation").is_none());
        assert!(problem("nav navigation").is_none());
        assert_eq!(problem("widget"), Some((true, vec!["widget".to_owned()])));
        assert_eq!(problem("button widget").map(|p| p.0), Some(true));
        assert!(problem("doc-toc").is_none());
        assert!(problem("graphics-symbol").is_none());
        assert_eq!(
            crate::facts::page::test_run(run, r#"<div role="nav">x</div><div role=" ">y</div>"#).len(),
            1
        );
        assert_eq!(
            crate::facts::page::test_run(run, r#"<div aria-hidden="true"><p role="nav">x</p></div>"#).len(),
            0
        );
    }
}
