//! `a11y.summary-name`: the `<summary>` that opens a `<details>` has no
//! name.
//!
//! axe-core 4.14.1: rule `summary-name` (selector `summary`, hidden
//! elements excluded; matches `summary-interactive-matches`: the first
//! `<summary>` child of a `<details>`), passing on any of
//! `has-visible-text`, `aria-label`, `aria-labelledby`, `non-empty-title`.

use scraper::ElementRef;

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::accname::unnamed;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.summary-name",
    severity: Severity::Deduction,
    title_zh: "展开按钮（summary）没有可读的文字",
    title_en: "Summary element has no discernible text",
    docs_zh: "\
检查内容：<details> 的第一个 <summary>（点击展开、收起的按钮）是否有名称：可见文字、aria-label、\
aria-labelledby 或非空 title。判定与 axe-core 的 summary-name 规则一致。

为何重要：<summary> 是一个按钮，读屏软件播报它的名称和“已折叠/已展开”；没有名称时用户只听到“按钮，已折叠”，\
不知道展开后是什么内容。常见于只放一个箭头图标的“更多”“展开全文”。

如何修复：在 <summary> 中写出文字，如 <summary>展开全文</summary>；只用图标时加 aria-label。

参考：WCAG 2.1 成功准则 4.1.2 名称、角色和值；GB/T 37668-2019 兼容性原则；axe-core 规则 summary-name。\
govaudit 读 HTML 和本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）隐藏的摘要不检查，与 axe 相同；媒体查询、布局（移出屏幕）或其他站点的样式表隐藏的摘要仍会检查，脚本后来填入的文字看不到。",
    docs_en: "\
What it checks: whether the first <summary> of a <details> (the button that opens and closes it) has a name: \
visible text, aria-label, aria-labelledby or a non-empty title. It decides as axe-core's summary-name does.

Why it matters: a <summary> is a button; screen readers announce its name and whether it is collapsed. Without \
a name users hear \"button, collapsed\" and do not know what it opens. \"More\" and \"read the full text\" toggles \
made of an arrow icon alone are common.

How to fix: write the text in the <summary>, e.g. <summary>展开全文</summary>; add aria-label to an icon-only one.

References: WCAG 2.1 success criterion 4.1.2 Name, Role, Value; GB/T 37668-2019 robust (兼容性) principle; \
axe-core rule summary-name. govaudit reads the HTML, and summaries the page's own styles (display:none, visibility:hidden in its <style> blocks and same-site stylesheets) hide are skipped as axe skips them; summaries hidden by media queries, layout (off screen) or stylesheets on other hosts are still checked; text scripts fill in later is not seen.",
    standard: Some(Standard {
        impact: Impact::Serious,
        tags: &["cat.name-role-value", "wcag2a", "wcag412"],
        principle: Principle::Robust,
    }),
};

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let detail = doc.lang().word("a11y-summary-name-detail");
    let candidates = doc.dom.tagged("summary").filter(|e| opens_details(e.el));
    unnamed(
        doc,
        INFO.id,
        candidates,
        |names, el| names.has_text_content(el) || names.aria_or_title(el),
        &detail,
        None,
    )
}

/// axe's `summary-interactive-matches`: the first `<summary>` child of a
/// `<details>`.
fn opens_details(el: ElementRef<'_>) -> bool {
    let Some(parent) = el.parent().and_then(ElementRef::wrap) else { return false };
    parent.value().name() == "details"
        && parent
            .children()
            .filter_map(ElementRef::wrap)
            .find(|c| c.value().name() == "summary")
            .is_some_and(|s| s.id() == el.id())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::page::test_run;

    #[test]
    fn summaries_follow_axe() {
        let cases: &[(&str, usize)] = &[
            (r#"<details><summary></summary><p>正文</p></details>"#, 1),
            (r#"<details><summary><i class="arrow"></i></summary><p>正文</p></details>"#, 1),
            (r#"<details><summary>展开全文</summary><p>正文</p></details>"#, 0),
            (r#"<details><summary aria-label="展开全文"></summary></details>"#, 0),
            (r#"<details><summary>展开</summary><summary></summary></details>"#, 0),
            (r#"<summary></summary>"#, 0),
            (r#"<details hidden><summary></summary></details>"#, 0),
        ];
        for (html, want) in cases {
            assert_eq!(test_run(run, html).len(), *want, "{html}");
        }
    }
}
