//! `a11y.aria-toggle-field-name`: an ARIA toggle field has no accessible name.
//!
//! axe-core 4.14.1: rule `aria-toggle-field-name` (selector
//! `[role="checkbox"], [role="menuitemcheckbox"], [role="menuitemradio"],
//! [role="radio"], [role="switch"], [role="option"]`, the role written
//! exactly; hidden elements excluded; matches `no-naming-method-matches`:
//! elements HTML names natively, a combobox wrapping an input and a
//! combobox's listbox are left out), passing on any of `has-visible-text,
//! aria-label, aria-labelledby, non-empty-title`.

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::accname::unnamed;
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.aria-toggle-field-name",
    severity: Severity::Deduction,
    title_zh: "ARIA 开关控件没有名称",
    title_en: "ARIA toggle field has no accessible name",
    docs_zh: "\
检查内容：写了 role=\"checkbox\"、\"radio\"、\"switch\"、\"option\"、\"menuitemcheckbox\"、\"menuitemradio\" 的\
非原生元素是否有名称：可见文字、aria-label、aria-labelledby 或非空 title。判定与 axe-core 的 aria-toggle-field-name \
规则一致。\n\
\n\
为何重要：留言板的“同意须知”、问卷的选项常用带图标的 <span role=\"checkbox\"> 做成，没有名称时读屏用户只听到“复\
选框，未选中”。\n\
\n\
如何修复：在元素内写出文字，或加 aria-label / aria-labelledby 指向旁边的说明文字。\n\
\n\
参考：WCAG 2.1 成功准则 4.1.2 名称、角色和值；GB/T 37668-2019 兼容性原则；axe-core 规则 aria-toggle-field-name。\
govaudit 只读 HTML：脚本在加载后才加上的名称看不到，这时会比浏览器中的 axe-core 多报；本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）隐藏的元素不检查，与 axe 相同；媒体查询、布局（移出屏幕）或其他站点的样式表隐藏的元素仍会检查\
。",
    docs_en: "\
What it checks: whether a non-native element with role=\"checkbox\", \"radio\", \"switch\", \"option\", \"menuitemcheckbox\" \
or \"menuitemradio\" has a name: visible text, aria-label, aria-labelledby or a non-empty title. It decides as \
axe-core's aria-toggle-field-name does.\n\
\n\
Why it matters: message boards' \"I agree\" boxes and survey options are often icon-only <span role=\"checkbox\"> \
elements; without a name users hear just \"check box, not checked\".\n\
\n\
How to fix: put the text inside the element, or add aria-label / aria-labelledby pointing at the text beside it.\n\
\n\
References: WCAG 2.1 success criterion 4.1.2 Name, Role, Value; GB/T 37668-2019 robust (兼容性) principle; axe-core \
rule aria-toggle-field-name. govaudit reads HTML only: names that scripts add after loading are not seen, so it \
may report more than axe-core in a browser; elements the page's own styles (display:none, visibility:hidden in its <style> blocks and same-site stylesheets) hide are skipped as axe skips them; elements hidden by media queries, layout (off screen) or stylesheets on other hosts are still checked.",
    standard: Some(Standard {
        impact: Impact::Serious,
        tags: &["cat.aria", "wcag2a", "wcag412"],
        principle: Principle::Robust,
    }),
};

/// The roles the rule's selector names.
const ROLES: &[&str] = &["checkbox", "menuitemcheckbox", "menuitemradio", "radio", "switch", "option"];

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let detail = doc.lang().word("a11y-aria-toggle-field-name-detail");
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
            (r#"<span role="checkbox" aria-checked="false"></span>"#, 1),
            (r#"<span role="checkbox" aria-checked="false">同意</span>"#, 0),
            (r#"<span role="switch" aria-checked="false" title="夜间模式"></span>"#, 0),
            (r#"<div role="listbox"><div role="option"></div></div>"#, 1),
            (r#"<input type="radio" role="radio">"#, 0),
        ];
        for (html, want) in cases {
            assert_eq!(test_run(run, html).len(), *want, "{html}");
        }
    }
}
