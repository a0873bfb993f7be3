//! `a11y.aria-allowed-role`: an element carries a role HTML does not allow
//! on it (`<a href role="menuitem">` is fine, `<li role="button">`,
//! `<ul role="navigation">`, `<input type="text" role="button">` are not).
//!
//! axe-core 4.14.1: rule `aria-allowed-role` (selector `[role]`, matches a
//! valid explicit role, DPUB roles and role lists included), check
//! `aria-allowed-role` (`getElementUnallowedRoles`, allowing implicit
//! roles): each valid role of the list must be the element's implicit role
//! (`<header>` as `banner`, `<footer>` as `contentinfo` too) or one that
//! `html-elms.js` allows ([`crate::facts::a11y::allowed_roles`]). An element
//! hidden from screen readers is left for review, not reported; elements
//! outside HTML (inside `<svg>`, custom elements) are not checked.

use scraper::ElementRef;

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::accname::Names;
use crate::facts::a11y::allowed_roles::{Allowed, allowed_roles};
use crate::facts::a11y::js::token_list;
use crate::facts::a11y::roles::{RoleOpts, explicit_role, implicit_role, is_html_element};
use crate::facts::a11y::standards;
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.aria-allowed-role",
    severity: Severity::Notice,
    title_zh: "元素使用了 HTML 不允许的 ARIA 角色",
    title_en: "ARIA role is not allowed on the element",
    docs_zh: "\
检查内容：role 属性中的每个有效角色是否为该 HTML 元素允许的角色：如 <a href> 可写 menuitem、tab、button，\
<li> 可写 tab、menuitem、none，<ul> 可写 menu、tablist、none，但 <li role=\"button\">、<ul role=\"navigation\">、\
<h2 role=\"button\">、<input type=\"text\" role=\"button\">、<button role=\"menu\"> 不允许。元素本来的角色\
（如 <nav role=\"navigation\">、<header role=\"banner\">）不算违规。判定与 axe-core 的 aria-allowed-role 规则一致，\
允许的角色取自 axe-core 的 html-elms 表；axe 把它列为最佳实践，govaudit 只作提示，不扣分。

为何重要：不允许的角色会覆盖元素原有的语义，读屏软件按新角色播报，而元素的键盘行为并没有随之改变，\
用户听到“按钮”却按不动，或者丢失了列表、标题等结构。

如何修复：换用语义相符的元素（要按钮就用 <button>，要导航就用 <nav>）；只是排版用途时去掉 role；\
列表项要做菜单项时把 role 写在里面的 <a> 上。

参考：WCAG 2.1 成功准则 4.1.2 名称、角色和值（axe 列为最佳实践）；GB/T 37668-2019 兼容性原则；\
axe-core 规则 aria-allowed-role；W3C《ARIA in HTML》。govaudit 只读 HTML：axe 对读屏软件看不到的元素只要求\
人工复核，govaudit 不报；因此本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）隐藏的元素也不报；媒体查询、布局（移出屏幕）或其他站点的样式表隐藏的元素仍会检查。",
    docs_en: "\
What it checks: whether each valid role in a role attribute is one the HTML element may take: <a href> may be \
a menuitem, tab or button, <li> a tab, menuitem or none, <ul> a menu, tablist or none, but <li role=\"button\">, \
<ul role=\"navigation\">, <h2 role=\"button\">, <input type=\"text\" role=\"button\"> and <button role=\"menu\"> \
are not allowed. The element's own role (<nav role=\"navigation\">, <header role=\"banner\">) is no fault. It \
decides as axe-core's aria-allowed-role does, with the allowed roles of axe-core's html-elms table; axe files \
it as a best practice, so govaudit shows it as a notice that costs no points.

Why it matters: a role the element may not take overrides its meaning; screen readers announce the new role \
while the element's keyboard behaviour stays the same, so users hear \"button\" and cannot press it, or lose a \
list's or heading's structure.

How to fix: use the element that means what you want (<button> for a button, <nav> for navigation); drop \
roles used for layout only; for a menu item in a list, put the role on the <a> inside the <li>.

References: WCAG 2.1 success criterion 4.1.2 Name, Role, Value (a best practice in axe); GB/T 37668-2019 \
robust (兼容性) principle; axe-core rule aria-allowed-role; W3C ARIA in HTML. govaudit reads HTML only: axe only \
asks to review elements hidden from screen readers, which govaudit leaves out; so \
elements the page's own styles (display:none, visibility:hidden in its <style> blocks and same-site stylesheets) hide are not reported either; elements hidden by media queries, layout (off screen) or stylesheets on other hosts are still checked.",
    standard: Some(Standard {
        impact: Impact::Minor,
        tags: &["cat.aria", "best-practice"],
        principle: Principle::Robust,
    }),
};

/// DPUB roles that are allowed only where their type is the element's
/// implicit role (axe's `dpubRoles`).
const DPUB_IMPLICIT_ONLY: &[&str] = &[
    "doc-backlink",
    "doc-biblioentry",
    "doc-biblioref",
    "doc-cover",
    "doc-endnote",
    "doc-glossref",
    "doc-noteref",
];

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let dom = doc.dom;
    let names = Names::new(dom);
    let matching = RoleOpts { dpub: true, fallback: true, ..RoleOpts::default() };
    let mut out = Vec::new();
    for entry in dom.entries() {
        let el = entry.el;
        let Some(attr) = el.value().attr_of("role") else { continue };
        if entry.aria_hidden || explicit_role(el, matching).is_none() || !is_html_element(el) {
            continue;
        }
        let unallowed = unallowed_roles(&names, el, attr);
        if unallowed.is_empty() {
            continue;
        }
        let detail = doc.lang().word_with(
            "a11y-aria-allowed-role-detail",
            &[("tag", el.value().name().to_owned().into()), ("roles", unallowed.join(", ").into())],
        );
        out.push(PageIssue::at(INFO.id, el).with_detail(detail));
    }
    out
}

/// axe's `getElementUnallowedRoles(el, allowImplicit = true)`.
fn unallowed_roles<'a>(names: &Names<'_, 'a>, el: ElementRef<'a>, attr: &str) -> Vec<String> {
    let implicit = implicit_role(names.dom, el, false);
    let implicit_or_landmark = implicit.or(match el.value().name() {
        "header" => Some("banner"),
        "footer" => Some("contentinfo"),
        _ => None,
    });
    token_list(&attr.to_lowercase())
        .into_iter()
        .filter(|r| standards::is_valid_role(r, false))
        .filter(|r| {
            if Some(r.as_str()) == implicit_or_landmark {
                return false;
            }
            if DPUB_IMPLICIT_ONLY.contains(&r.as_str()) && standards::role_type(r) != implicit_or_landmark {
                return true;
            }
            match allowed_roles(names, el) {
                Allowed::Only(list) => !list.contains(&r.as_str()),
                _ if Some(r.as_str()) == implicit => true,
                Allowed::Any => false,
                Allowed::Nothing => true,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::page::test_run;

    #[test]
    fn allowed_roles_follow_axe() {
        let cases: &[(&str, usize)] = &[
            (r#"<a href="/a" role="menuitem">首页</a>"#, 0),
            (r#"<a href="/a" role="navigation">首页</a>"#, 1),
            (r#"<a role="navigation">首页</a>"#, 0),
            (r#"<ul><li role="button">首页</li></ul>"#, 1),
            (r#"<ul><li role="tab">首页</li></ul>"#, 0),
            (r#"<ul role="navigation"><li>a</li></ul>"#, 1),
            (r#"<ul role="menu"><li>a</li></ul>"#, 0),
            (r#"<nav role="navigation"><a href="/">a</a></nav>"#, 0),
            (r#"<header role="banner">x</header>"#, 0),
            (r#"<footer role="contentinfo">x</footer>"#, 0),
            (r#"<h2 role="button">x</h2>"#, 1),
            (r#"<input type="text" role="button">"#, 1),
            (r#"<input type="text" role="combobox" aria-expanded="false">"#, 0),
            (r#"<button role="menu">x</button>"#, 1),
            (r#"<button role="tab">x</button>"#, 0),
            (r#"<div role="navigation">x</div>"#, 0),
            (r#"<img src="a.png" role="button">"#, 1),
            (r#"<img src="a.png" alt="搜索" role="button">"#, 0),
            (r#"<img src="a.png" alt="" role="presentation">"#, 0),
            (r#"<div role="doc-cover">x</div>"#, 1),
            (r#"<section role="banner navigation">x</section>"#, 0),
            (r#"<li role="xyz button">x</li>"#, 1),
            (r#"<li role="xyz">x</li>"#, 0),
            (r#"<label role="button">x</label>"#, 1),
            (r#"<ul aria-hidden="true"><li role="button">x</li></ul>"#, 0),
            (r#"<svg><g role="button"></g></svg>"#, 0),
            (r#"<select role="menu"><option>a</option></select>"#, 0),
            (r#"<select role="menu" multiple><option>a</option></select>"#, 1),
        ];
        for (html, want) in cases {
            assert_eq!(test_run(run, html).len(), *want, "{html}");
        }
    }
}
