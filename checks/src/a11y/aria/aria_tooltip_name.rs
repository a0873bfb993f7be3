//! `a11y.aria-tooltip-name`: an ARIA tooltip has no accessible name.
//!
//! axe-core 4.14.1: rule `aria-tooltip-name` (selector `[role="tooltip"]`,
//! the role written exactly; hidden elements excluded; matches
//! `no-naming-method-matches`: elements HTML names natively, a combobox
//! wrapping an input and a combobox's listbox are left out), passing on any
//! of `has-visible-text, aria-label, aria-labelledby, non-empty-title`.

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::accname::unnamed;
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.aria-tooltip-name",
    severity: Severity::Deduction,
    title_zh: "ARIA 提示框没有名称",
    title_en: "ARIA tooltip has no accessible name",
    docs_zh: "\
检查内容：写了 role=\"tooltip\" 的元素是否有名称：可见文字、aria-label、aria-labelledby 或非空 title。判定与 axe-core \
的 aria-tooltip-name 规则一致。\n\
\n\
为何重要：空的提示框被读屏软件当作提示播报，却没有内容，用户得不到本应显示的说明。\n\
\n\
如何修复：在提示框中写出提示文字，或在脚本填入文字前不要加 role=\"tooltip\"。\n\
\n\
参考：WCAG 2.1 成功准则 4.1.2 名称、角色和值；GB/T 37668-2019 兼容性原则；axe-core 规则 aria-tooltip-name。govaudit \
只读 HTML：脚本在加载后才加上的名称看不到，这时会比浏览器中的 axe-core 多报；本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）隐藏的元素不检查，与 axe 相同；媒体查询、布局（移出屏幕）或其他站点的样式表隐藏的元素仍会检查。",
    docs_en: "\
What it checks: whether an element with role=\"tooltip\" has a name: visible text, aria-label, aria-labelledby \
or a non-empty title. It decides as axe-core's aria-tooltip-name does.\n\
\n\
Why it matters: an empty tooltip is announced as a tooltip with nothing in it; users miss the hint it was meant \
to give.\n\
\n\
How to fix: put the hint text in the tooltip, or add role=\"tooltip\" only once a script fills it.\n\
\n\
References: WCAG 2.1 success criterion 4.1.2 Name, Role, Value; GB/T 37668-2019 robust (兼容性) principle; axe-core \
rule aria-tooltip-name. govaudit reads HTML only: names that scripts add after loading are not seen, so it may \
report more than axe-core in a browser; elements the page's own styles (display:none, visibility:hidden in its <style> blocks and same-site stylesheets) hide are skipped as axe skips them; elements hidden by media queries, layout (off screen) or stylesheets on other hosts are still checked.",
    standard: Some(Standard {
        impact: Impact::Serious,
        tags: &["cat.aria", "wcag2a", "wcag412"],
        principle: Principle::Robust,
    }),
};

/// The roles the rule's selector names.
const ROLES: &[&str] = &["tooltip"];

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let detail = doc.lang().word("a11y-aria-tooltip-name-detail");
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
            (r#"<div role="tooltip"></div>"#, 1),
            (r#"<div role="tooltip">提示</div>"#, 0),
            (r#"<div role="tooltip" aria-label="提示"></div>"#, 0),
        ];
        for (html, want) in cases {
            assert_eq!(test_run(run, html).len(), *want, "{html}");
        }
    }
}
