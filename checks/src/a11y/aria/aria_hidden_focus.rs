//! `a11y.aria-hidden-focus`: content hidden from screen readers with
//! `aria-hidden="true"` can still be reached with the Tab key (links in a
//! hidden carousel slide, a hidden copy of the menu …).
//!
//! axe-core: rule `aria-hidden-focus` (selector `[aria-hidden="true"]`,
//! matches `aria-hidden-focus-matches`: only the outermost such element;
//! hidden elements are *not* excluded), all of the checks
//! `focusable-modal-open`, `focusable-disabled` and `focusable-not-tabbable`
//! over the element and its descendants that are focusable and not taken out
//! of the tab order by a negative `tabindex`. Focusability is axe's: natively
//! focusable elements (`a[href]`, `area[href]`, `button`, `input` but hidden,
//! `select`, `textarea`, `summary`, `details` without summary) or any
//! `tabindex`, unless disabled, in a disabled fieldset, `inert`, or hidden
//! from everyone. A group of such elements in which every one has an
//! `onfocus` handler is only "needs review" (the script may move focus away).
//! Whether a modal dialog is open, and zero-size elements with
//! `pointer-events: none`, are what a browser would add.

use scraper::ElementRef;

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::dom::Dom;
use crate::facts::a11y::focus::is_tabbable;
use crate::facts::a11y::roles::parent_element;
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.aria-hidden-focus",
    severity: Severity::Deduction,
    title_zh: "aria-hidden 隐藏的内容中含有可用 Tab 键聚焦的元素",
    title_en: "aria-hidden content contains focusable elements",
    docs_zh: "\
检查内容：aria-hidden=\"true\" 的元素（取最外层）及其内部是否还有可以用 Tab 键到达的元素：带 href 的链接、按钮、\
表单控件、summary，或 tabindex 不为负数的任何元素；被 disabled、inert、disabled 的 fieldset 或 display:none 等\
完全隐藏的元素不算。判定与 axe-core 的 aria-hidden-focus 规则一致。常见于轮播图中为“隐藏”非当前页而整体加上 \
aria-hidden、却未移除其中链接的做法。

为何重要：读屏用户按 Tab 键时焦点会落到读屏软件“看不见”的链接上，什么也听不到或听到无关内容，\
无法判断自己所在的位置。

如何修复：隐藏内容中的可聚焦元素加 tabindex=\"-1\"（并由脚本在显示时恢复），或用 hidden / display:none / inert \
真正隐藏；不要对仍需操作的内容使用 aria-hidden。

参考：WCAG 2.1 成功准则 4.1.2 名称、角色、值、1.3.1 信息和关系；GB/T 37668-2019 可操作性、兼容性原则。\
govaudit 只读 HTML，看不到媒体查询或脚本隐藏的元素和脚本设置的焦点处理（本页 <style> 和同站样式表隐藏的会跳过），这时可能比浏览器中的 axe-core 多报。",
    docs_en: "\
What it checks: whether an element with aria-hidden=\"true\" (the outermost one) or anything inside it can still \
be reached with the Tab key: links with href, buttons, form controls, summary, or any element with a tabindex \
that is not negative; elements that are disabled, inert, in a disabled fieldset or hidden from everyone \
(display:none …) do not count. It decides as axe-core's aria-hidden-focus does. Typical case: carousel slides \
hidden with aria-hidden while their links stay in the tab order.

Why it matters: screen-reader users tabbing through the page land on links the screen reader cannot see and \
hear nothing, or something unrelated, and lose their place.

How to fix: give focusable elements in hidden content tabindex=\"-1\" (restored by the script when shown), or \
really hide the content with hidden, display:none or inert; do not use aria-hidden on content people must use.

References: WCAG 2.1 success criteria 4.1.2 Name, Role, Value and 1.3.1 Info and Relationships; GB/T 37668-2019 \
operable and robust (可操作性、兼容性) principles. govaudit reads HTML only: elements hidden by media queries or \
scripts and focus handling done by scripts are not seen (what the page's <style> blocks and same-site stylesheets \
hide is skipped), so it may report more than axe-core in a browser.",
    standard: Some(Standard {
        impact: Impact::Serious,
        tags: &["cat.name-role-value", "wcag2a", "wcag412"],
        principle: Principle::Robust,
    }),
};

fn is_aria_hidden_true(el: ElementRef<'_>) -> bool {
    el.value().attr_of("aria-hidden") == Some("true")
}

/// axe's focusable-disabled / focusable-not-tabbable outcome for a group:
/// fails unless every element has an `onfocus` handler.
fn group_fails(group: &[ElementRef<'_>]) -> bool {
    !group.is_empty() && !group.iter().all(|e| e.value().attr_of("onfocus").is_some())
}

/// How many tabbable elements the subtree has, when it fails.
fn tabbable_count(dom: &Dom<'_>, el: ElementRef<'_>) -> Option<usize> {
    let tabbable: Vec<ElementRef<'_>> = std::iter::once(el)
        .chain(el.descendants().skip(1).filter_map(ElementRef::wrap))
        .filter(|e| is_tabbable(dom, *e))
        .collect();
    let (controls, others): (Vec<_>, Vec<_>) = tabbable
        .iter()
        .partition(|e| matches!(e.value().name(), "button" | "fieldset" | "input" | "select" | "textarea"));
    (group_fails(&controls) || group_fails(&others)).then_some(tabbable.len())
}

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let mut out = Vec::new();
    for entry in doc.dom.entries() {
        let el = entry.el;
        if !is_aria_hidden_true(el) {
            continue;
        }
        let mut up = parent_element(el);
        let mut nested = false;
        while let Some(p) = up {
            if is_aria_hidden_true(p) {
                nested = true;
                break;
            }
            up = parent_element(p);
        }
        if nested {
            continue;
        }
        let Some(n) = tabbable_count(doc.dom, el) else { continue };
        let detail = doc.lang().word_with("a11y-aria-hidden-focus-detail", &[("count", n.into())]);
        out.push(PageIssue::at(INFO.id, el).with_detail(detail));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn focusable_content_under_aria_hidden() {
        let cases: &[(&str, usize)] = &[
            (r#"<div aria-hidden="true"><a href="/a">图片新闻</a></div>"#, 1),
            (r#"<div aria-hidden="true"><a href="/a" tabindex="-1">图片新闻</a></div>"#, 0),
            (r#"<div aria-hidden="true"><a>无链接</a><img src="x.jpg" alt=""></div>"#, 0),
            (r#"<div aria-hidden="true"><div aria-hidden="true"><a href="/">x</a></div></div>"#, 1),
            (r#"<div aria-hidden="true"><button disabled>x</button></div>"#, 0),
            (r#"<div aria-hidden="true" style="display:none"><a href="/">x</a></div>"#, 0),
            (r#"<div aria-hidden="true"><a href="/" onfocus="skip()">x</a></div>"#, 0),
            (r#"<a href="/" aria-hidden="true">x</a>"#, 1),
            (r#"<div aria-hidden="false"><a href="/">x</a></div>"#, 0),
            (r#"<div aria-hidden="true"><span tabindex="0">x</span></div>"#, 1),
            (r#"<div aria-hidden="true" inert><a href="/">x</a></div>"#, 0),
        ];
        for (html, want) in cases {
            assert_eq!(crate::facts::page::test_run(run, html).len(), *want, "{html}");
        }
    }
}
