//! `a11y.list`: a `<ul>` or `<ol>` holds something other than list items
//! (a `<div>` wrapping the items, a bare `<a>`, loose text …).
//!
//! axe-core: rule `list` (selector `ul, ol`, matches `no-role-matches`:
//! no or an empty `role`, hidden elements excluded), none of
//! `only-listitems` (`invalid-children` with `validRoles: [listitem]`,
//! `validNodeNames: [li]`): a child fails when it is non-blank text, or an
//! element visible to screen readers whose explicit role is not listitem,
//! or that has no explicit role and is not `li`. `<script>` and
//! `<template>` children are hidden and do not count.

use scraper::ElementRef;
use scraper::node::Node;

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::js::js_trim;
use crate::facts::a11y::roles::{RoleOpts, explicit_role};
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.list",
    severity: Severity::Deduction,
    title_zh: "列表（ul/ol）中含有 li 以外的直接子元素",
    title_en: "List contains elements other than list items",
    docs_zh: "\
检查内容：没有 role 属性的 ul、ol 的直接子节点是否只有 li（或 role=\"listitem\" 的元素）：\
若含有 div、a、span 等其他元素（带 role 时须为 listitem），或直接含有非空白文字，则报告该列表。\
script、template 等不显示的子元素不算。判定与 axe-core 的 list 规则一致，隐藏的列表不检查。\
常见于栏目列表模板在 ul 与 li 之间套了 div，或把 a 直接放进 ul。

为何重要：读屏软件会报告“列表，共 N 项”并逐项朗读，结构不合法时项数错误或内容被跳过，\
用户无法知道一个栏目有多少条信息。

如何修复：让 ul/ol 只包含 li，把 div、a 等放进 li 里；若只是排版用途，不要使用 ul/ol。

参考：WCAG 2.1 成功准则 1.3.1 信息和关系；GB/T 37668-2019 可感知性原则。govaudit 只读服务器返回的 HTML，\
媒体查询和脚本隐藏的子元素看不到（本页 <style> 和同站样式表隐藏的会跳过），脚本生成的列表项也看不到，这时可能与浏览器中的 axe-core 结果不同。",
    docs_en: "\
What it checks: whether a ul or ol without a role has only li children (or elements with role=\"listitem\"): a \
div, a, span or other element (or one with any other role), or non-blank text directly inside, makes the list \
fail. Hidden children such as script and template do not count. It decides as axe-core's list rule does; hidden \
lists are skipped. Column templates often wrap the items in a div inside the ul, or put links straight in it.

Why it matters: screen readers announce 'list, N items' and read item by item; with an invalid structure the \
count is wrong or content is skipped.

How to fix: let ul/ol contain only li and put other elements inside the li; do not use ul/ol for layout alone.

References: WCAG 2.1 success criterion 1.3.1 Info and Relationships; GB/T 37668-2019 perceivable (可感知性) \
principle. govaudit reads the served HTML only: children hidden by media queries or scripts \
and items built by scripts are not seen (what the page's own <style> and same-site stylesheets hide is skipped), unlike axe-core in a browser.",
    standard: Some(Standard {
        impact: Impact::Serious,
        tags: &["cat.structure", "wcag2a", "wcag131"],
        principle: Principle::Perceivable,
    }),
};

/// The first offending child, as axe names it (`div`, `[role=link]`,
/// `#text`), or `None` for a valid list.
fn bad_child(doc: &PageDoc<'_>, list: ElementRef<'_>) -> Option<String> {
    for child in list.children() {
        match child.value() {
            Node::Text(t) if !js_trim(t).is_empty() => return Some("#text".to_owned()),
            Node::Element(_) => {
                let Some(el) = ElementRef::wrap(child) else { continue };
                if doc.dom.is_aria_hidden(el) {
                    continue;
                }
                match explicit_role(el, RoleOpts::default()) {
                    Some("listitem") => {}
                    Some(role) => return Some(format!("[role={role}]")),
                    None if el.value().name() == "li" => {}
                    None => return Some(el.value().name().to_owned()),
                }
            }
            _ => {}
        }
    }
    None
}

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let mut out = Vec::new();
    for entry in doc.dom.entries() {
        let v = entry.el.value();
        if entry.aria_hidden
            || !matches!(v.name(), "ul" | "ol")
            || v.attr_of("role").is_some_and(|r| !r.is_empty())
        {
            continue;
        }
        let Some(bad) = bad_child(doc, entry.el) else { continue };
        let detail =
            doc.lang().word_with("a11y-list-detail", &[("element", v.name().into()), ("child", bad.into())]);
        out.push(PageIssue::at(INFO.id, entry.el).with_detail(detail));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_children() {
        let cases: &[(&str, usize)] = &[
            ("<ul><li>a</li><li>b</li></ul>", 0),
            ("<ul><div><li>a</li></div></ul>", 1),
            (r#"<ul><a href="/">a</a></ul>"#, 1),
            ("<ol>loose text<li>a</li></ol>", 1),
            ("<ul> <!-- c --> <li>a</li>\n</ul>", 0),
            ("<ul><li>a</li><script>x()</script><template><p>t</p></template></ul>", 0),
            (r#"<ul><div role="listitem">a</div></ul>"#, 0),
            (r#"<ul><li role="presentation">a</li></ul>"#, 1),
            (r#"<ul><div hidden>a</div><li>b</li></ul>"#, 0),
            (r#"<ul><div aria-hidden="true">a</div><li>b</li></ul>"#, 0),
            (r#"<ul role="menubar"><div>a</div></ul>"#, 0),
            (r#"<ul role=""><div>a</div></ul>"#, 1),
            ("<ul></ul>", 0),
        ];
        for (html, want) in cases {
            assert_eq!(crate::facts::page::test_run(run, html).len(), *want, "{html}");
        }
    }
}
