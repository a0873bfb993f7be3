//! `a11y.aria-deprecated-role`: the element's role is one ARIA deprecates
//! (`directory`, `doc-biblioentry`, `doc-endnote`).
//!
//! axe-core: rule `aria-deprecated-role` (selector `[role]`, matches
//! `no-empty-role-matches`, hidden elements excluded), check
//! `deprecatedrole` on `getRole(node, { dpub: true, fallback: true })`.

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::js::js_trim;
use crate::facts::a11y::roles::{RoleOpts, get_role};
use crate::facts::a11y::standards;
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.aria-deprecated-role",
    severity: Severity::Deduction,
    title_zh: "使用了已废弃的 ARIA 角色",
    title_en: "Deprecated ARIA role is used",
    docs_zh: "\
检查内容：元素的角色（按 axe-core 的计算：取 role 中第一个有效值）是否为 WAI-ARIA 1.2 已废弃的角色：directory、\
doc-biblioentry、doc-endnote。判定与 axe-core 的 aria-deprecated-role 规则一致，隐藏元素不检查。

为何重要：废弃角色在新的读屏软件和浏览器中可能不再被支持，依赖它们表达的目录、注释结构会丢失。

如何修复：directory 改为 list（配合 listitem）；doc-biblioentry、doc-endnote 改为 listitem，放在 doc-bibliography、\
doc-endnotes 中的列表里；或直接使用 ul/ol/li。

参考：WCAG 2.1 成功准则 4.1.2 名称、角色、值；GB/T 37668-2019 兼容性原则。govaudit 只读服务器返回的 HTML，\
脚本后来设置的 role 看不到，这时可能与浏览器中的 axe-core 结果不同。",
    docs_en: "\
What it checks: whether the element's role (as axe-core computes it: the first valid token of the role \
attribute) is one WAI-ARIA 1.2 deprecates: directory, doc-biblioentry, doc-endnote. It decides as axe-core's \
aria-deprecated-role does; hidden elements are skipped.

Why it matters: deprecated roles may no longer be supported by current screen readers and browsers, and the \
structure they were meant to convey is lost.

How to fix: use list (with listitem) instead of directory, and listitem inside the doc-bibliography or \
doc-endnotes list instead of doc-biblioentry / doc-endnote; or plain ul/ol/li.

References: WCAG 2.1 success criterion 4.1.2 Name, Role, Value; GB/T 37668-2019 robust (兼容性) principle. \
govaudit reads the served HTML only: roles that scripts set later are not seen, unlike axe-core in a browser.",
    standard: Some(Standard {
        impact: Impact::Minor,
        tags: &["cat.aria", "wcag2a", "wcag412"],
        principle: Principle::Robust,
    }),
};

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let opts = RoleOpts { dpub: true, fallback: true, ..RoleOpts::default() };
    let mut out = Vec::new();
    for entry in doc.dom.entries() {
        let Some(value) = entry.el.value().attr_of("role") else { continue };
        if entry.aria_hidden || js_trim(value).is_empty() {
            continue;
        }
        let Some(role) = get_role(doc.dom, entry.el, opts) else { continue };
        if !standards::role(role).is_some_and(|r| r.deprecated) {
            continue;
        }
        let detail = doc.lang().word_with("a11y-aria-deprecated-role-detail", &[("role", role.into())]);
        out.push(PageIssue::at(INFO.id, entry.el).with_detail(detail));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_deprecated_roles() {
        let n = |h: &str| crate::facts::page::test_run(run, h).len();
        assert_eq!(n(r#"<ul role="directory"><li>a</li></ul>"#), 1);
        assert_eq!(n(r#"<ul role="list directory"><li>a</li></ul>"#), 0);
        assert_eq!(n(r#"<li role="doc-endnote">a</li>"#), 1);
        assert_eq!(n(r#"<ul role="list"><li>a</li></ul>"#), 0);
    }
}
