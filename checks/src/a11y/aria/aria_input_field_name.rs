//! `a11y.aria-input-field-name`: an ARIA input field has no accessible name.
//!
//! axe-core 4.14.1: rule `aria-input-field-name` (selector
//! `[role="combobox"], [role="listbox"], [role="searchbox"],
//! [role="slider"], [role="spinbutton"], [role="textbox"]`, the role
//! written exactly; hidden elements excluded; matches
//! `no-naming-method-matches`: elements HTML names natively, a combobox
//! wrapping an input and a combobox's listbox are left out), passing on any
//! of `aria-label, aria-labelledby, non-empty-title`.

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::accname::unnamed;
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.aria-input-field-name",
    severity: Severity::Deduction,
    title_zh: "ARIA 输入控件没有名称",
    title_en: "ARIA input field has no accessible name",
    docs_zh: "\
检查内容：写了 role=\"textbox\"、\"searchbox\"、\"combobox\"、\"listbox\"、\"slider\"、\"spinbutton\" 的非原生\
元素（<input>、<select>、<textarea> 由 label、select-name 检查）是否有 aria-label、aria-labelledby 或非空 title。\
文字内容不算名称；作为组合框弹出层的 listbox 和包着输入框的 combobox 不查。判定与 axe-core 的 aria-input-field-name \
规则一致。\n\
\n\
为何重要：脚本做成的搜索框、下拉框、日期选择器没有名称时，读屏用户进入后只听到“编辑框”“列表框”，不知道该输入或\
选择什么。\n\
\n\
如何修复：加上 aria-label=\"站内搜索\" 或用 aria-labelledby 指向可见的标签文字。\n\
\n\
参考：WCAG 2.1 成功准则 4.1.2 名称、角色和值；GB/T 37668-2019 兼容性原则；axe-core 规则 aria-input-field-name。\
govaudit 只读 HTML：脚本在加载后才加上的名称看不到，这时会比浏览器中的 axe-core 多报；本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）隐藏的元素不检查，与 axe 相同；媒体查询、布局（移出屏幕）或其他站点的样式表隐藏的元素仍会检查\
。",
    docs_en: "\
What it checks: whether a non-native element with role=\"textbox\", \"searchbox\", \"combobox\", \"listbox\", \
\"slider\" or \"spinbutton\" (<input>, <select> and <textarea> are left to label and select-name) has aria-label, \
aria-labelledby or a non-empty title. Its content is no name; a listbox popped up by a combobox and a combobox \
wrapping an input are not checked. It decides as axe-core's aria-input-field-name does.\n\
\n\
Why it matters: script-built search boxes, drop-downs and pickers without a name are announced as just \"edit\" \
or \"list box\"; users do not know what to enter or choose.\n\
\n\
How to fix: add aria-label=\"站内搜索\" or point aria-labelledby at the visible label text.\n\
\n\
References: WCAG 2.1 success criterion 4.1.2 Name, Role, Value; GB/T 37668-2019 robust (兼容性) principle; axe-core \
rule aria-input-field-name. govaudit reads HTML only: names that scripts add after loading are not seen, so it \
may report more than axe-core in a browser; elements the page's own styles (display:none, visibility:hidden in its <style> blocks and same-site stylesheets) hide are skipped as axe skips them; elements hidden by media queries, layout (off screen) or stylesheets on other hosts are still checked.",
    standard: Some(Standard {
        impact: Impact::Serious,
        tags: &["cat.aria", "wcag2a", "wcag412"],
        principle: Principle::Robust,
    }),
};

/// The roles the rule's selector names.
const ROLES: &[&str] = &["combobox", "listbox", "searchbox", "slider", "spinbutton", "textbox"];

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let detail = doc.lang().word("a11y-aria-input-field-name-detail");
    let candidates =
        doc.dom.entries().filter(|e| e.el.value().attr_of("role").is_some_and(|r| ROLES.contains(&r)));
    unnamed(
        doc,
        INFO.id,
        candidates,
        |names, el| !names.no_naming_method(el) || names.aria_or_title(el),
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
            (r#"<div role="textbox"></div>"#, 1),
            (r#"<div role="textbox">关键字</div>"#, 1),
            (r#"<div role="textbox" aria-label="关键字"></div>"#, 0),
            (r#"<input role="textbox">"#, 0),
            (r#"<div role="combobox"><input type="text"></div>"#, 0),
            (r#"<div role="combobox"><div role="listbox"></div></div>"#, 1),
            (r#"<div role="combobox" aria-label="x"><div role="listbox"></div></div>"#, 0),
            (
                r#"<div role="combobox" aria-controls="p" aria-label="x"></div><ul id="p" role="listbox"></ul>"#,
                0,
            ),
        ];
        for (html, want) in cases {
            assert_eq!(test_run(run, html).len(), *want, "{html}");
        }
    }
}
