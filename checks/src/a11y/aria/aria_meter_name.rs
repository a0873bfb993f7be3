//! `a11y.aria-meter-name`: an ARIA meter has no accessible name.
//!
//! axe-core 4.14.1: rule `aria-meter-name` (selector `[role="meter"]`, the
//! role written exactly; hidden elements excluded; matches
//! `no-naming-method-matches`: elements HTML names natively, a combobox
//! wrapping an input and a combobox's listbox are left out), passing on any
//! of `aria-label, aria-labelledby, non-empty-title`.

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::accname::unnamed;
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.aria-meter-name",
    severity: Severity::Deduction,
    title_zh: "ARIA 计量器没有名称",
    title_en: "ARIA meter has no accessible name",
    docs_zh: "\
检查内容：写了 role=\"meter\" 的非原生元素是否有 aria-label、aria-labelledby 或非空 title（文字内容不算名称）。\
判定与 axe-core 的 aria-meter-name 规则一致。\n\
\n\
为何重要：办件满意率、空气质量指数等计量条没有名称时，读屏用户只听到一个数值，不知道它衡量什么。\n\
\n\
如何修复：加上 aria-label=\"办件满意率\" 或 aria-labelledby 指向标题文字。\n\
\n\
参考：WCAG 2.1 成功准则 1.1.1 非文本内容；GB/T 37668-2019 可感知性原则；axe-core 规则 aria-meter-name。govaudit \
只读 HTML：脚本在加载后才加上的名称看不到，这时会比浏览器中的 axe-core 多报；本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）隐藏的元素不检查，与 axe 相同；媒体查询、布局（移出屏幕）或其他站点的样式表隐藏的元素仍会检查。",
    docs_en: "\
What it checks: whether a non-native element with role=\"meter\" has aria-label, aria-labelledby or a non-empty \
title (its content is no name). It decides as axe-core's aria-meter-name does.\n\
\n\
Why it matters: a satisfaction-rate or air-quality gauge without a name reads as a bare number; users do not know \
what it measures.\n\
\n\
How to fix: add aria-label=\"办件满意率\" or aria-labelledby pointing at its caption.\n\
\n\
References: WCAG 2.1 success criterion 1.1.1 Non-text Content; GB/T 37668-2019 perceivable (可感知性) principle; \
axe-core rule aria-meter-name. govaudit reads HTML only: names that scripts add after loading are not seen, so \
it may report more than axe-core in a browser; elements the page's own styles (display:none, visibility:hidden in its <style> blocks and same-site stylesheets) hide are skipped as axe skips them; elements hidden by media queries, layout (off screen) or stylesheets on other hosts are still checked.",
    standard: Some(Standard {
        impact: Impact::Serious,
        tags: &["cat.aria", "wcag2a", "wcag111"],
        principle: Principle::Perceivable,
    }),
};

/// The roles the rule's selector names.
const ROLES: &[&str] = &["meter"];

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let detail = doc.lang().word("a11y-aria-meter-name-detail");
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
            (r#"<div role="meter" aria-valuenow="1">1</div>"#, 1),
            (r#"<div role="meter" aria-valuenow="1" title="满意率">1</div>"#, 0),
            (r#"<meter role="meter" value="1"></meter>"#, 1),
        ];
        for (html, want) in cases {
            assert_eq!(test_run(run, html).len(), *want, "{html}");
        }
    }
}
