//! `a11y.aria-dialog-name`: an ARIA dialog has no accessible name.
//!
//! axe-core 4.14.1: rule `aria-dialog-name` (selector `[role="dialog"],
//! [role="alertdialog"]`, the role written exactly; hidden elements
//! excluded; matches `no-naming-method-matches`: elements HTML names
//! natively, a combobox wrapping an input and a combobox's listbox are left
//! out), passing on any of `aria-label, aria-labelledby, non-empty-title`.

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::accname::unnamed;
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.aria-dialog-name",
    severity: Severity::Notice,
    title_zh: "ARIA 对话框没有名称",
    title_en: "ARIA dialog has no accessible name",
    docs_zh: "\
检查内容：写了 role=\"dialog\" 或 role=\"alertdialog\" 的元素是否有 aria-label、aria-labelledby 或非空 title。\
axe 把它列为最佳实践，govaudit 只作提示，不扣分。判定与 axe-core 的 aria-dialog-name 规则一致。\n\
\n\
为何重要：首页弹窗、登录框打开时读屏软件先报对话框的名称；没有名称时用户不知道弹出的是什么。\n\
\n\
如何修复：用 aria-labelledby 指向对话框的标题，如 <div role=\"dialog\" aria-labelledby=\"dt\"><h2 id=\"dt\">用\
户登录</h2>…</div>。\n\
\n\
参考：WCAG 2.1 成功准则 4.1.2 名称、角色和值（axe 列为最佳实践）；GB/T 37668-2019 兼容性原则；axe-core 规则 aria-dialog-name。\
govaudit 只读 HTML：脚本在加载后才加上的名称看不到，这时会比浏览器中的 axe-core 多报；本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）隐藏的元素不检查，与 axe 相同；媒体查询、布局（移出屏幕）或其他站点的样式表隐藏的元素仍会检查\
。",
    docs_en: "\
What it checks: whether an element with role=\"dialog\" or role=\"alertdialog\" has aria-label, aria-labelledby \
or a non-empty title. axe files it as a best practice, so govaudit shows it as a notice that costs no points. \
It decides as axe-core's aria-dialog-name does.\n\
\n\
Why it matters: when a pop-up or login box opens, screen readers announce the dialog's name first; without one \
users do not know what appeared.\n\
\n\
How to fix: point aria-labelledby at the dialog's heading, e.g. <div role=\"dialog\" aria-labelledby=\"dt\"><h2 \
id=\"dt\">用户登录</h2>…</div>.\n\
\n\
References: WCAG 2.1 success criterion 4.1.2 Name, Role, Value (a best practice in axe); GB/T 37668-2019 robust \
(兼容性) principle; axe-core rule aria-dialog-name. govaudit reads HTML only: names that scripts add after loading \
are not seen, so it may report more than axe-core in a browser; elements the page's own styles (display:none, visibility:hidden in its <style> blocks and same-site stylesheets) hide are skipped as axe skips them; elements hidden by media queries, layout (off screen) or stylesheets on other hosts are still checked.",
    standard: Some(Standard {
        impact: Impact::Serious,
        tags: &["cat.aria", "best-practice"],
        principle: Principle::Robust,
    }),
};

/// The roles the rule's selector names.
const ROLES: &[&str] = &["dialog", "alertdialog"];

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let detail = doc.lang().word("a11y-aria-dialog-name-detail");
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
            (r#"<div role="dialog"><h2>通知</h2></div>"#, 1),
            (r#"<div role="alertdialog" title="提示"></div>"#, 0),
            (r#"<dialog role="dialog"></dialog>"#, 1),
        ];
        for (html, want) in cases {
            assert_eq!(test_run(run, html).len(), *want, "{html}");
        }
    }
}
