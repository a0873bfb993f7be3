//! `a11y.aria-required-children`: a container role owns no element of the
//! roles it needs, or owns elements it may not (`role="tablist"` whose
//! children are plain links, `role="menu"` over `<li>`s without
//! `menuitem`s).
//!
//! axe-core 4.14.1: rule `aria-required-children` (selector `[role]`,
//! hidden elements excluded, matches an explicit role, DPUB included, with
//! `requiredOwned`), check `aria-required-children` (`getOwnedRoles`): the
//! owned elements are the children and the `aria-owns` targets; an element
//! without a role, global ARIA attribute or focus is looked through, and so
//! is a `group` / `rowgroup` the container requires; elements hidden from
//! screen readers are skipped. It fails when an owned element's role is
//! neither required nor allowed in this container, or when no required role
//! is owned. `aria-busy="true"` passes an empty container. An empty
//! container of a `reviewEmpty` role (list, menu, tablist, table, grid,
//! listbox, tree …) is left for a person to review, not a violation: it is
//! often filled by a script.

use ego_tree::NodeRef;
use scraper::ElementRef;
use scraper::node::Node;

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::dom::Dom;
use crate::facts::a11y::focus::{focus_disabled, is_focusable};
use crate::facts::a11y::roles::{RoleOpts, explicit_role, get_role};
use crate::facts::a11y::standards::{self, ARIA_ATTRS};
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.aria-required-children",
    severity: Severity::Deduction,
    title_zh: "ARIA 容器角色缺少必需的子角色",
    title_en: "ARIA container role is missing its required children",
    docs_zh: "\
检查内容：写了容器角色的元素是否含有该角色必需的子角色、且不含不允许的子元素：role=\"tablist\" 须含 tab，\
role=\"menu\"/\"menubar\" 须含 menuitem（或 menuitemcheckbox、menuitemradio、group、separator），\
role=\"list\" 须含 listitem，role=\"listbox\" 须含 option，role=\"table\"/\"grid\" 须含 row 等。\
没有角色、没有全局 ARIA 属性、不可聚焦的包装元素会被看穿，aria-owns 认领的元素也算子元素。\
子元素的角色既不是必需角色、又不以该容器为所属容器（如 menu 下的普通链接、tablist 下的 li）时违规；\
一个必需角色也没有时违规。与 axe-core 相同：aria-busy=\"true\" 的容器不报；list、menu、tablist、table 等\
内容完全为空时 axe 只要求人工复核，govaudit 也不报。

为何重要：读屏软件按容器角色告诉用户“菜单，5 项”“选项卡列表”，再按子角色逐项播报和操作。\
容器里没有对应的子角色，用户听到一个空菜单或空列表，里面的链接却无法按菜单方式使用。

如何修复：给子元素加上对应角色，如 <ul role=\"menu\"><li role=\"none\"><a role=\"menuitem\" href=\"…\">\
政务公开</a></li></ul>；或者去掉容器的 role：普通导航栏用 <nav> 和列表即可，不必写 role=\"menu\"。

参考：WCAG 2.1 成功准则 1.3.1 信息和关系；GB/T 37668-2019 可感知性原则；axe-core 规则 \
aria-required-children。govaudit 只读服务器返回的 HTML：脚本加载后才填入的子元素看不到，这时会比浏览器中的 \
axe-core 多报；本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）隐藏的元素不检查、隐藏的子元素不算在内，与 axe 相同；媒体查询、布局（移出屏幕）或其他站点的样式表隐藏的子元素仍算在内。",
    docs_en: "\
What it checks: whether an element with a container role owns the child roles it needs and nothing it may not: \
role=\"tablist\" needs tabs, role=\"menu\"/\"menubar\" menuitems (or menuitemcheckbox, menuitemradio, group, \
separator), role=\"list\" listitems, role=\"listbox\" options, role=\"table\"/\"grid\" rows, and so on. Wrappers \
without a role, global ARIA attribute or focus are looked through, and elements claimed with aria-owns count \
as children. It fails when a child's role is neither required nor one that belongs in this container (a plain \
link in a menu, an li in a tablist), or when no required role is owned. As in axe-core, a container with \
aria-busy=\"true\" passes, and an entirely empty list, menu, tablist, table … is only left for review by axe, \
so govaudit does not report it.

Why it matters: a screen reader announces the container (\"menu, 5 items\", \"tab list\") and then reads and \
operates its items by their roles. Without them the user hears an empty menu or list whose links cannot be \
used as the menu promises.

How to fix: give the children their roles, e.g. <ul role=\"menu\"><li role=\"none\"><a role=\"menuitem\" \
href=\"…\">政务公开</a></li></ul>; or drop the container's role: a plain navigation bar needs <nav> and a list, \
not role=\"menu\".

References: WCAG 2.1 success criterion 1.3.1 Info and Relationships; GB/T 37668-2019 perceivable (可感知性) \
principle; axe-core rule aria-required-children. govaudit reads the served HTML only: children that scripts add \
after loading are not seen, so it may report more than axe-core in a browser; elements \
the page's own styles (display:none, visibility:hidden in its <style> blocks and same-site stylesheets) hide are skipped and children they hide do not count, as in axe; children hidden by media queries, layout (off screen) or stylesheets on other hosts still count.",
    standard: Some(Standard {
        impact: Impact::Critical,
        tags: &["cat.aria", "wcag2a", "wcag131"],
        principle: Principle::Perceivable,
    }),
};

/// The rule's `reviewEmpty` roles: empty, they need a review, not a fix.
const REVIEW_EMPTY: &[&str] = &[
    "doc-bibliography",
    "doc-endnotes",
    "grid",
    "list",
    "listbox",
    "menu",
    "menubar",
    "table",
    "tablist",
    "tree",
    "treegrid",
    "rowgroup",
];

/// One owned node: a text node (no element), or an element with its role
/// and the attribute that made it count (a global ARIA one or `tabindex`).
struct Owned<'a> {
    el: Option<ElementRef<'a>>,
    text: Option<&'a str>,
    role: Option<&'static str>,
    attr: Option<&'static str>,
}

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let dom = doc.dom;
    let dpub = RoleOpts { dpub: true, ..RoleOpts::default() };
    let mut out = Vec::new();
    for entry in dom.entries() {
        let el = entry.el;
        if entry.aria_hidden || el.value().attr_of("role").is_none() {
            continue;
        }
        let Some(role) = explicit_role(el, dpub) else { continue };
        let Some(required) = standards::role(role).map(|d| d.required_owned).filter(|r| !r.is_empty()) else {
            continue;
        };
        let owned = owned_roles(dom, el, required);
        let unallowed: Vec<&Owned<'_>> = owned
            .iter()
            .filter(|o| o.el.is_some())
            .filter(|o| !o.role.is_some_and(|r| required.contains(&r) || allowed_in_context(r, role)))
            .collect();
        let detail = if !unallowed.is_empty() {
            let mut selectors: Vec<String> = Vec::new();
            for o in &unallowed {
                let s = unallowed_selector(dom, o);
                if !selectors.contains(&s) {
                    selectors.push(s);
                }
            }
            doc.lang().word_with(
                "a11y-aria-required-children-detail-unallowed",
                &[("role", role.into()), ("children", selectors.join(", ").into())],
            )
        } else if owned.iter().any(|o| o.role.is_some_and(|r| required.contains(&r)))
            || el.value().attr_of("aria-busy") == Some("true")
            || (REVIEW_EMPTY.contains(&role) && !owned.iter().any(is_content))
        {
            continue;
        } else {
            doc.lang().word_with(
                "a11y-aria-required-children-detail",
                &[("role", role.into()), ("children", required.join(", ").into())],
            )
        };
        out.push(PageIssue::at(INFO.id, el).with_detail(detail));
    }
    out
}

/// axe's `getOwnedRoles`.
fn owned_roles<'a>(dom: &Dom<'a>, el: ElementRef<'a>, required: &[&str]) -> Vec<Owned<'a>> {
    let no_presentational = RoleOpts { no_presentational: true, ..RoleOpts::default() };
    let mut queue: std::collections::VecDeque<NodeRef<'a, Node>> = owned_virtual(dom, el).into();
    let mut out = Vec::new();
    // Each queued subtree is walked once per entry point (the children and
    // each aria-owns target), and a target may contain the container: bound
    // the walk by twice the page's size.
    let mut budget = dom.html.tree.values().len().saturating_mul(2);
    while let Some(node) = queue.pop_front() {
        budget = budget.saturating_sub(1);
        if budget == 0 {
            break;
        }
        if let Node::Text(t) = node.value() {
            out.push(Owned { el: None, text: Some(&**t), role: None, attr: None });
            continue;
        }
        let Some(child) = ElementRef::wrap(node) else { continue };
        if dom.is_aria_hidden(child) {
            continue;
        }
        let role = get_role(dom, child, no_presentational);
        let global = global_aria_attr(child);
        let counts = global.is_some() || is_focusable(dom, child);
        let look_through = (role.is_none() && !counts)
            || role.is_some_and(|r| matches!(r, "group" | "rowgroup") && required.contains(&r));
        if look_through {
            queue.extend(child.children());
        } else {
            let attr = global.or_else(|| child.value().attr_of("tabindex").map(|_| "tabindex"));
            out.push(Owned { el: Some(child), text: None, role, attr });
        }
    }
    out
}

/// axe's `getOwnedVirtual`: the children, then the `aria-owns` targets
/// (each once; a child that is also owned moves to the end).
fn owned_virtual<'a>(dom: &Dom<'a>, el: ElementRef<'a>) -> Vec<NodeRef<'a, Node>> {
    let mut owns: Vec<NodeRef<'a, Node>> = Vec::new();
    if let Some(ids) = el.value().attr_of("aria-owns") {
        for id in crate::facts::a11y::js::token_list(ids) {
            if let Some(target) = dom.by_id(&id).next()
                && !owns.iter().any(|o| o.id() == target.id())
            {
                owns.push(*target);
            }
        }
    }
    let mut out: Vec<NodeRef<'a, Node>> =
        el.children().filter(|c| !owns.iter().any(|o| o.id() == c.id())).collect();
    out.extend(owns);
    out
}

/// The first global ARIA attribute the element has, in axe's table order.
fn global_aria_attr(el: ElementRef<'_>) -> Option<&'static str> {
    ARIA_ATTRS.iter().filter(|a| a.global).map(|a| a.name).find(|name| el.value().attr_of(name).is_some())
}

/// axe's `isAllowedInContext`: the child's role names this container's
/// role as its required context.
fn allowed_in_context(child_role: &str, parent_role: &str) -> bool {
    standards::role(child_role).is_some_and(|d| d.required_context.contains(&parent_role))
}

/// axe's `getUnallowedSelector`: how the detail names a child it rejects.
fn unallowed_selector(dom: &Dom<'_>, owned: &Owned<'_>) -> String {
    let Some(el) = owned.el else { return "#text".to_owned() };
    let dpub = RoleOpts { dpub: true, ..RoleOpts::default() };
    match (explicit_role(el, dpub), owned.attr) {
        (Some(role), Some(attr))
            if matches!(role, "none" | "presentation") && !natively_focusable(dom, el) =>
        {
            format!("[role={role}][{attr}]")
        }
        (Some(role), _) => format!("[role={role}]"),
        (None, Some(attr)) => format!("{}[{attr}]", el.value().name()),
        (None, None) => el.value().name().to_owned(),
    }
}

/// axe's `isNativelyFocusable`: focusable without a `tabindex`.
fn natively_focusable(dom: &Dom<'_>, el: ElementRef<'_>) -> bool {
    let v = el.value();
    !focus_disabled(dom, el)
        && match v.name() {
            "a" | "area" => v.attr_of("href").is_some(),
            "input" => crate::facts::a11y::roles::input_type(el) != "hidden",
            "textarea" | "select" | "summary" | "button" => true,
            _ => false,
        }
}

/// axe's `isContent`: text that is not blank, or an element with content
/// (`hasContentVirtual(el, false, true)`).
fn is_content(owned: &Owned<'_>) -> bool {
    match (owned.text, owned.el) {
        (Some(t), _) => !t.trim().is_empty(),
        (None, Some(el)) => has_content(el, true, 0),
        (None, None) => false,
    }
}

/// Elements whose own text nodes are not content.
const HIDDEN_TEXT: &[&str] =
    &["head", "title", "template", "script", "style", "iframe", "object", "video", "audio", "noscript"];

/// Roles that are content by themselves (axe's `visualRoles`).
const VISUAL_ROLES: &[&str] =
    &["checkbox", "img", "meter", "progressbar", "scrollbar", "radio", "slider", "spinbutton", "textbox"];

/// axe's `hasContentVirtual`: own text, visual content (an image, a form
/// control…), a label (`aria-label`, `aria-labelledby`) below the top
/// element, or a descendant with content.
fn has_content(el: ElementRef<'_>, ignore_aria: bool, depth: usize) -> bool {
    if depth > crate::facts::a11y::dom::MAX_NAME_DEPTH {
        return false;
    }
    let v = el.value();
    let own_text = !HIDDEN_TEXT.contains(&v.name())
        && el.children().any(|c| matches!(c.value(), Node::Text(t) if !t.trim().is_empty()));
    let visual = match explicit_role(el, RoleOpts::default()) {
        Some(role) => VISUAL_ROLES.contains(&role),
        None => match v.name() {
            "img" | "iframe" | "object" | "video" | "audio" | "canvas" | "svg" | "math" | "button"
            | "select" | "textarea" | "keygen" | "progress" | "meter" => true,
            "input" => crate::facts::a11y::roles::input_type(el) != "hidden",
            _ => false,
        },
    };
    let labelled = !ignore_aria
        && (v.attr_of("aria-label").is_some_and(|l| !l.trim().is_empty())
            || v.attr_of("aria-labelledby").is_some());
    own_text
        || visual
        || labelled
        || el.children().filter_map(ElementRef::wrap).any(|c| has_content(c, false, depth + 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::page::test_run;

    #[test]
    fn owned_roles_decide_as_axe_does() {
        let cases: &[(&str, usize)] = &[
            (r#"<ul role="tablist"><li role="tab">政务公开</li><li role="tab">政务服务</li></ul>"#, 0),
            (r#"<ul role="tablist"><li><a href="/#a">政务公开</a></li></ul>"#, 1),
            (r#"<div role="tablist"><a href="/#a">政务公开</a></div>"#, 1),
            (r#"<div role="tablist"><div class="w"><span role="tab">政务公开</span></div></div>"#, 0),
            (r#"<ul role="menu"><li><a href="/a">首页</a></li></ul>"#, 1),
            (r#"<ul role="menu"><li role="none"><a role="menuitem" href="/a">首页</a></li></ul>"#, 0),
            (r#"<div role="menu"></div>"#, 0),
            (r#"<div role="menu">  </div>"#, 0),
            (r#"<div role="menu">加载中</div>"#, 1),
            (r#"<div role="menu" aria-busy="true">加载中</div>"#, 0),
            (r#"<div role="menu"><span class="icon"></span></div>"#, 0),
            (r#"<div role="menu"><img src="a.png" alt=""></div>"#, 0),
            (r#"<div role="menu"><img src="a.png" alt="菜单"></div>"#, 1),
            (r#"<div role="list"><span aria-describedby="d">x</span></div>"#, 1),
            (r#"<div role="list"><span role="listitem">x</span><span hidden>y</span></div>"#, 0),
            (r#"<div role="list"><span role="listitem">x</span><a href="/">y</a></div>"#, 1),
            (r#"<div role="list" aria-owns="i"></div><span id="i" role="listitem">x</span>"#, 0),
            (r#"<div role="radiogroup"><input type="radio"></div>"#, 0),
            (
                r#"<div role="table"><div role="rowgroup"><div role="row"><span role="cell">x</span></div></div></div>"#,
                0,
            ),
            (r#"<div role="row"><span>x</span></div>"#, 1),
            (r#"<div role="menu" hidden>x</div>"#, 0),
            (r#"<div role="feed"><article>x</article></div>"#, 0),
            (r#"<div role="doc-endnotes"></div>"#, 0),
            (r#"<div id="a" role="list" aria-owns="a">x</div>"#, 1),
        ];
        for (html, want) in cases {
            assert_eq!(test_run(run, html).len(), *want, "{html}");
        }
    }

    #[test]
    fn the_detail_names_what_is_wrong() {
        let issues = test_run(run, r#"<ul role="tablist"><li><a href="/#a">公开</a></li><li>b</li></ul>"#);
        let detail = issues[0].detail.as_deref().unwrap_or_default();
        assert!(detail.contains("li"), "{detail}");
    }
}
