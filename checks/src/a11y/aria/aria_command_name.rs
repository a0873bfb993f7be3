//! `a11y.aria-command-name`: an ARIA button, link or menu item has no
//! accessible name.
//!
//! axe-core 4.14.1: rule `aria-command-name` (selector `[role="link"],
//! [role="button"], [role="menuitem"]`, the role written exactly; hidden
//! elements excluded; matches `no-naming-method-matches`: elements HTML
//! names natively, a combobox wrapping an input and a combobox's listbox
//! are left out), passing on any of `has-visible-text, aria-label,
//! aria-labelledby, non-empty-title`.

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::accname::unnamed;
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.aria-command-name",
    severity: Severity::Deduction,
    title_zh: "ARIA 按钮、链接或菜单项没有可读的名称",
    title_en: "ARIA button, link or menu item has no accessible name",
    docs_zh: "\
检查内容：写了 role=\"button\"、role=\"link\" 或 role=\"menuitem\" 的元素（原生 <a href>、<button> 等由 link-name、\
button-name 检查）是否有名称：可见文字、aria-label、aria-labelledby 指向有文字的元素，或非空 title。判定与 axe-core \
的 aria-command-name 规则一致。\n\
\n\
为何重要：门户常用 <div role=\"button\"> 或 <span role=\"link\"> 做成只有图标的“搜索”“关闭”“下一张”，读屏用户只\
听到“按钮”，不知道它做什么。\n\
\n\
如何修复：给元素加上文字或 aria-label，如 <span role=\"button\" aria-label=\"关闭\">×</span>；能用原生 <button>、\
<a href> 时优先使用。\n\
\n\
参考：WCAG 2.1 成功准则 4.1.2 名称、角色和值；GB/T 37668-2019 兼容性原则；axe-core 规则 aria-command-name。govaudit \
只读 HTML：脚本在加载后才加上的名称看不到，这时会比浏览器中的 axe-core 多报；本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）隐藏的元素不检查，与 axe 相同；媒体查询、布局（移出屏幕）或其他站点的样式表隐藏的元素仍会检查。",
    docs_en: "\
What it checks: whether an element with role=\"button\", role=\"link\" or role=\"menuitem\" (native <a href> and \
<button> are left to link-name and button-name) has a name: visible text, aria-label, aria-labelledby pointing \
at text, or a non-empty title. It decides as axe-core's aria-command-name does.\n\
\n\
Why it matters: portals often make icon-only \"search\", \"close\" or \"next\" controls out of <div role=\"button\"> \
or <span role=\"link\">; screen reader users hear just \"button\" and cannot tell what it does.\n\
\n\
How to fix: give the element text or an aria-label, e.g. <span role=\"button\" aria-label=\"关闭\">×</span>; prefer \
a native <button> or <a href>.\n\
\n\
References: WCAG 2.1 success criterion 4.1.2 Name, Role, Value; GB/T 37668-2019 robust (兼容性) principle; axe-core \
rule aria-command-name. govaudit reads HTML only: names that scripts add after loading are not seen, so it may \
report more than axe-core in a browser; elements the page's own styles (display:none, visibility:hidden in its <style> blocks and same-site stylesheets) hide are skipped as axe skips them; elements hidden by media queries, layout (off screen) or stylesheets on other hosts are still checked.",
    standard: Some(Standard {
        impact: Impact::Serious,
        tags: &["cat.aria", "wcag2a", "wcag412"],
        principle: Principle::Robust,
    }),
};

/// The roles the rule's selector names.
const ROLES: &[&str] = &["link", "button", "menuitem"];

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let detail = doc.lang().word("a11y-aria-command-name-detail");
    let candidates =
        doc.dom.entries().filter(|e| e.el.value().attr_of("role").is_some_and(|r| ROLES.contains(&r)));
    unnamed(
        doc,
        INFO.id,
        candidates,
        |names, el| !names.no_naming_method(el) || names.has_text_content(el) || names.aria_or_title(el),
        &detail,
        None,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::page::test_run;

    #[test]
    fn names_follow_axe() {
        let cases: &[(&str, usize)] = &[
            (r#"<div role="button"></div>"#, 1),
            (r#"<div role="button">搜索</div>"#, 0),
            (r#"<div role="button" title="搜索"></div>"#, 0),
            (r#"<div role="Button"></div>"#, 0),
            (r#"<a role="link"></a>"#, 1),
            (r#"<a href="/" role="link"></a>"#, 0),
            (r#"<button role="button"></button>"#, 0),
            (r#"<div role="menuitem" aria-labelledby="x"></div><span id="x">首页</span>"#, 0),
        ];
        for (html, want) in cases {
            assert_eq!(test_run(run, html).len(), *want, "{html}");
        }
    }
}
