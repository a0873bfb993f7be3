//! `a11y.aria-required-parent`: an element whose role only means
//! something inside another role is not inside it (`role="tab"` outside a
//! `tablist`, `role="menuitem"` outside a `menu`, `role="listitem"` outside
//! a `list`).
//!
//! axe-core 4.14.1: rule `aria-required-parent` (selector `[role]`, hidden
//! elements excluded, matches an explicit role with `requiredContext`),
//! check `aria-required-parent` with `ownGroupRoles: [listitem, treeitem]`
//! (`getMissingContext`): walk up the ancestors, skipping those without a
//! role (explicit or implicit; `none` / `presentation` count as none);
//! a `group` is passed through when the context allows one; the first
//! other role decides. An element (or an ancestor of it) that another
//! element claims with `aria-owns` is also looked for from that owner up.

use std::collections::HashMap;

use scraper::ElementRef;

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::dom::Dom;
use crate::facts::a11y::roles::{RoleOpts, explicit_role, get_role, parent_element};
use crate::facts::a11y::standards;
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.aria-required-parent",
    severity: Severity::Deduction,
    title_zh: "ARIA 角色不在其必需的父角色之内",
    title_en: "ARIA role is not inside its required parent role",
    docs_zh: "\
检查内容：只有放在特定容器里才有意义的角色，是否确实在该容器之内：role=\"tab\" 须在 role=\"tablist\" 中，\
role=\"menuitem\" 须在 menu、menubar（或其中的 group）中，role=\"listitem\" 须在 list 中，role=\"option\" 须在 \
listbox 中，role=\"row\" 须在 table、grid、rowgroup 中等。向上查找祖先元素，跳过没有角色的元素和 \
role=\"none\"/\"presentation\"，遇到的第一个角色（含 ul、table 等元素自带的角色）必须是要求的角色；\
用 aria-owns 认领该元素的容器也算。判定与 axe-core 的 aria-required-parent 规则一致。

为何重要：县级门户的栏目切换条、下拉菜单常把 role=\"tab\"、role=\"menuitem\" 写在普通的 ul、div 里。\
读屏软件找不到所属的选项卡列表或菜单，不会播报“第 2 个选项卡，共 5 个”，键盘操作方式也无从得知。

如何修复：给容器加上对应角色，如 <ul role=\"tablist\"><li role=\"tab\">政务公开</li></ul>；\
中间的包装元素写 role=\"none\"；不是真正的选项卡或菜单时，去掉子元素的 role，用普通链接和列表。

参考：WCAG 2.1 成功准则 1.3.1 信息和关系；GB/T 37668-2019 可感知性原则；axe-core 规则 aria-required-parent。\
govaudit 只读服务器返回的 HTML：脚本在加载后才加上的容器角色看不到，这时会比浏览器中的 axe-core 多报；\
本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）隐藏的元素不检查，与 axe 相同；媒体查询、布局（移出屏幕）或其他站点的样式表隐藏的元素仍会检查。",
    docs_en: "\
What it checks: whether an element whose role only means something inside a container is inside it: \
role=\"tab\" in a tablist, role=\"menuitem\" in a menu or menubar (or a group in one), role=\"listitem\" in a \
list, role=\"option\" in a listbox, role=\"row\" in a table, grid or rowgroup, and so on. The ancestors are \
walked up, skipping elements without a role and role=\"none\"/\"presentation\"; the first role met (the implicit \
roles of ul, table … included) must be a required one; a container claiming the element with aria-owns counts \
too. It decides as axe-core's aria-required-parent does.

Why it matters: county portals' column tabs and drop-down menus often put role=\"tab\" or role=\"menuitem\" in a \
plain ul or div. A screen reader then finds no tab list or menu: it cannot say \"tab 2 of 5\" nor how to operate \
the widget with the keyboard.

How to fix: give the container its role, e.g. <ul role=\"tablist\"><li role=\"tab\">政务公开</li></ul>; mark \
wrappers in between role=\"none\"; where it is not really a tab list or menu, drop the children's roles and use \
plain links and lists.

References: WCAG 2.1 success criterion 1.3.1 Info and Relationships; GB/T 37668-2019 perceivable (可感知性) \
principle; axe-core rule aria-required-parent. govaudit reads the served HTML only: a container role that \
scripts add after loading is not seen, so it may report more than axe-core in a browser; elements the page's own styles (display:none, visibility:hidden in its <style> blocks and same-site stylesheets) hide are skipped as axe skips them; elements hidden by media queries, layout (off screen) or stylesheets on other hosts are still checked.",
    standard: Some(Standard {
        impact: Impact::Critical,
        tags: &["cat.aria", "wcag2a", "wcag131"],
        principle: Principle::Perceivable,
    }),
};

/// The rule's `ownGroupRoles`: inside a `group`, these roles may also be
/// owned by their own kind (a nested list item's group sits in a list item).
const OWN_GROUP_ROLES: &[&str] = &["listitem", "treeitem"];

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let dom = doc.dom;
    let mut owners: Option<HashMap<String, ElementRef<'_>>> = None;
    let mut out = Vec::new();
    for entry in dom.entries() {
        let el = entry.el;
        if entry.aria_hidden || el.value().attr_of("role").is_none() {
            continue;
        }
        let Some(role) = explicit_role(el, RoleOpts::default()) else { continue };
        let Some(context) = standards::role(role).map(|d| d.required_context).filter(|c| !c.is_empty())
        else {
            continue;
        };
        let Some(mut missing) = missing_context(dom, el, role, context.to_vec(), false) else { continue };
        let owners = owners.get_or_insert_with(|| aria_owners(dom));
        let mut found = false;
        for owner in owning_elements(owners, el) {
            match missing_context(dom, owner, role, missing.clone(), true) {
                None => {
                    found = true;
                    break;
                }
                Some(m) => missing = m,
            }
        }
        if found {
            continue;
        }
        let detail = doc.lang().word_with(
            "a11y-aria-required-parent-detail",
            &[("role", role.into()), ("parents", missing.join(", ").into())],
        );
        out.push(PageIssue::at(INFO.id, el).with_detail(detail));
    }
    out
}

/// axe's `getMissingContext`: `None` when the context is found from `el`'s
/// parent (from `el` itself when `include_element`) up, else the roles
/// still missing.
fn missing_context<'a>(
    dom: &Dom<'a>,
    el: ElementRef<'a>,
    own_role: &'static str,
    mut context: Vec<&'static str>,
    include_element: bool,
) -> Option<Vec<&'static str>> {
    let allows_group = context.contains(&"group");
    let no_presentational = RoleOpts { no_presentational: true, ..RoleOpts::default() };
    let mut current = if include_element { Some(el) } else { parent_element(el) };
    while let Some(node) = current {
        match get_role(dom, node, no_presentational) {
            None => {}
            Some("group") if allows_group => {
                if OWN_GROUP_ROLES.contains(&own_role) {
                    context.push(own_role);
                }
                context.retain(|r| *r != "group");
            }
            Some(r) if context.contains(&r) => return None,
            Some(_) => return Some(context),
        }
        current = parent_element(node);
    }
    Some(context)
}

/// The first element, in document order, whose `aria-owns` names each id
/// (`[aria-owns~=id]`).
fn aria_owners<'a>(dom: &Dom<'a>) -> HashMap<String, ElementRef<'a>> {
    let mut owners = HashMap::new();
    for entry in dom.entries() {
        if let Some(owns) = entry.el.value().attr_of("aria-owns") {
            for id in owns.split_ascii_whitespace() {
                owners.entry(id.to_owned()).or_insert(entry.el);
            }
        }
    }
    owners
}

/// axe's `getAriaOwners`: for `el` and each ancestor with an id, the
/// element that claims it.
fn owning_elements<'a>(owners: &HashMap<String, ElementRef<'a>>, el: ElementRef<'a>) -> Vec<ElementRef<'a>> {
    let mut out = Vec::new();
    let mut current = Some(el);
    while let Some(node) = current {
        if let Some(owner) =
            node.value().attr_of("id").filter(|id| !id.is_empty()).and_then(|id| owners.get(id))
        {
            out.push(*owner);
        }
        current = parent_element(node);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::page::test_run;

    #[test]
    fn context_is_found_as_axe_finds_it() {
        let cases: &[(&str, usize)] = &[
            (r#"<ul class="tabs"><li role="tab">政务公开</li><li role="tab">政务服务</li></ul>"#, 2),
            (r#"<ul role="tablist"><li role="tab">政务公开</li></ul>"#, 0),
            (r#"<div role="tablist"><div class="wrap"><a role="tab" href="/#a">公开</a></div></div>"#, 0),
            (r#"<div role="tablist"><ul><li><a role="tab" href="/#a">公开</a></li></ul></div>"#, 1),
            (
                r#"<div role="tablist"><ul role="none"><li role="none"><a role="tab" href="/#a">公开</a></li></ul></div>"#,
                0,
            ),
            (r#"<div role="menu"><div role="group"><a role="menuitem" href="/a">a</a></div></div>"#, 0),
            (r#"<div role="group"><a role="menuitem" href="/a">a</a></div>"#, 1),
            (r#"<div class="nav"><a role="menuitem" href="/a">a</a></div>"#, 1),
            // listitem's context is `list` only: a group does not pass it on.
            (
                r#"<div role="list"><div role="listitem">a<div role="group"><div role="listitem">b</div></div></div></div>"#,
                1,
            ),
            (
                r#"<div role="tree"><div role="treeitem">a<div role="group"><div role="treeitem">b</div></div></div></div>"#,
                0,
            ),
            (
                r#"<div role="tablist" aria-owns="t1"></div><div><span id="t1" role="tab">公开</span></div>"#,
                0,
            ),
            (r#"<div role="tablist" aria-owns="w"></div><div id="w"><span role="tab">公开</span></div>"#, 0),
            (r#"<div role="tablist" aria-owns="t1 t2"></div><span id="t2" role="tab">公开</span>"#, 0),
            (r#"<span role="tab" hidden>公开</span><span role="tab" aria-hidden="true">公开</span>"#, 0),
            (r#"<span role="doc-endnote">x</span>"#, 0),
            (r#"<table><tr role="row"><td role="cell">x</td></tr></table>"#, 0),
            (r#"<div role="row"><span role="cell">x</span></div>"#, 1),
            (r#"<li role="listitem">孤立</li>"#, 1),
            (r#"<ul><li role="listitem">x</li></ul>"#, 0),
        ];
        for (html, want) in cases {
            assert_eq!(test_run(run, html).len(), *want, "{html}");
        }
    }
}
