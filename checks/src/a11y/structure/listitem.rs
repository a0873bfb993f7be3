//! `a11y.listitem`: an `<li>` that is not inside a `<ul>`, `<ol>` or
//! `<menu>` (or an element with role list), such as footer links written
//! as bare `<li>` in a `<div>`.
//!
//! axe-core: rule `listitem` (selector `li`, matches `no-role-matches`,
//! hidden elements excluded), check `listitem`: the parent's explicit role
//! `list`, `none` or `presentation` passes; any other valid explicit role
//! fails; otherwise the parent must be `ul`, `ol` or `menu`.

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::roles::{RoleOpts, explicit_role, parent_element};
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.listitem",
    severity: Severity::Deduction,
    title_zh: "li 元素不在 ul、ol 列表之内",
    title_en: "List item is not contained in a ul or ol",
    docs_zh: "\
检查内容：没有 role 属性的 li 的父元素是否为 ul、ol、menu，或 role 为 list（以及 none/presentation）的元素；\
父元素带有其他有效角色（如 role=\"menubar\"、role=\"navigation\"）时也报告。判定与 axe-core 的 listitem 规则一致，\
隐藏的 li 不检查。常见于页脚“网站地图 | 联系我们”等链接直接写成 div 下的 li。

为何重要：脱离列表的 li 不会被读屏软件当作列表项朗读，用户听不到“列表，共 N 项”，也无法按列表快速跳过一组链接。

如何修复：用 ul 或 ol 包住这些 li；若父元素需要 menubar 等角色，则给 li 写上对应的 role（如 role=\"menuitem\" 或 \
role=\"none\"）；或把 li 改为 span、a 等元素。

参考：WCAG 2.1 成功准则 1.3.1 信息和关系；GB/T 37668-2019 可感知性原则。govaudit 只读服务器返回的 HTML，\
媒体查询和脚本隐藏的元素、脚本生成的结构看不到（本页 <style> 和同站样式表隐藏的会跳过），这时可能与浏览器中的 axe-core 结果不同。",
    docs_en: "\
What it checks: whether an li without a role has a ul, ol or menu parent, or a parent with role list (or \
none/presentation); a parent with any other valid role (role=\"menubar\", role=\"navigation\") fails too. It \
decides as axe-core's listitem rule does; hidden li elements are skipped. Footers often write their links as li \
directly inside a div.

Why it matters: an li outside a list is not announced as a list item, so users do not hear 'list, N items' and \
cannot skip a group of links as a list.

How to fix: wrap the li elements in a ul or ol; when the parent needs a role such as menubar, give the li the \
matching role (role=\"menuitem\" or role=\"none\"); or use span or a instead of li.

References: WCAG 2.1 success criterion 1.3.1 Info and Relationships; GB/T 37668-2019 perceivable (可感知性) \
principle. govaudit reads the served HTML only: elements hidden by media queries or scripts \
and structure built by scripts are not seen (what the page's own <style> and same-site stylesheets hide is skipped), unlike axe-core in a browser.",
    standard: Some(Standard {
        impact: Impact::Serious,
        tags: &["cat.structure", "wcag2a", "wcag131"],
        principle: Principle::Perceivable,
    }),
};

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let mut out = Vec::new();
    for entry in doc.dom.tagged("li") {
        if entry.aria_hidden || entry.el.value().attr_of("role").is_some_and(|r| !r.is_empty()) {
            continue;
        }
        let Some(parent) = parent_element(entry.el) else { continue };
        let parent_role = explicit_role(parent, RoleOpts::default());
        let ok = match parent_role {
            Some("list" | "none" | "presentation") => true,
            Some(_) => false,
            None => matches!(parent.value().name(), "ul" | "ol" | "menu"),
        };
        if ok {
            continue;
        }
        let detail = match parent_role {
            Some(r) => doc.lang().word_with("a11y-listitem-detail-role", &[("role", r.into())]),
            None => doc
                .lang()
                .word_with("a11y-listitem-detail-element", &[("element", parent.value().name().into())]),
        };
        out.push(PageIssue::at(INFO.id, entry.el).with_detail(detail));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listitem_parents() {
        let cases: &[(&str, usize)] = &[
            ("<ul><li>a</li></ul>", 0),
            ("<div><li>a</li><li>b</li></div>", 2),
            ("<menu><li>a</li></menu>", 0),
            (r#"<div role="list"><li>a</li></div>"#, 0),
            (r#"<ul role="menubar"><li>a</li></ul>"#, 1),
            (r#"<ul role="nav"><li>a</li></ul>"#, 0),
            (r#"<div role="nav"><li>a</li></div>"#, 1),
            (r#"<ul role="none"><li>a</li></ul>"#, 0),
            (r#"<div><li role="menuitem">a</li></div>"#, 0),
            (r#"<div hidden><li>a</li></div>"#, 0),
        ];
        for (html, want) in cases {
            assert_eq!(crate::facts::page::test_run(run, html).len(), *want, "{html}");
        }
    }
}
