//! `a11y.aria-hidden-body`: `<body aria-hidden="true">` hides the whole
//! page from screen readers.
//!
//! axe-core 4.11: rule `aria-hidden-body` (selector `body`, hidden elements
//! not excluded, matches `is-initiator-matches`: the top document), check
//! `aria-hidden-body`: the body's `aria-hidden` must not be exactly `true`.

use crate::audit::Severity;
use crate::page_check::{PageDoc, PageIssue};
use crate::registry::CheckInfo;

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.aria-hidden-body",
    severity: Severity::Deduction,
    title_zh: "body 元素带有 aria-hidden=\"true\"，整页对读屏隐藏",
    title_en: "aria-hidden=\"true\" on the body hides the whole page",
    docs_zh: "\
检查内容：页面的 body 元素是否写了 aria-hidden=\"true\"。判定与 axe-core 的 aria-hidden-body 规则一致。\
一些弹窗或“无障碍工具条”脚本打开弹窗时给 body 加上该属性，若写进了模板，整页都会对读屏软件消失。

为何重要：aria-hidden 会把元素及其全部内容移出无障碍树，body 上的 aria-hidden=\"true\" 让读屏用户面对一张空白页面，\
无法获取任何政务信息。

如何修复：删除 body 上的 aria-hidden；弹窗打开时只隐藏弹窗以外的同级容器，或使用 dialog 元素与 aria-modal=\"true\"。

参考：WCAG 2.1 成功准则 4.1.2 名称、角色、值、1.3.1 信息和关系；GB/T 37668-2019 可感知性、兼容性原则。\
govaudit 只读服务器返回的 HTML，脚本运行后设置或移除的属性看不到，这时可能与浏览器中的 axe-core 结果不同。",
    docs_en: "\
What it checks: whether the page's body element carries aria-hidden=\"true\". It decides as axe-core's \
aria-hidden-body does. Some popup or accessibility-toolbar scripts set it while a dialog is open; written into \
a template it makes the whole page vanish for screen readers.

Why it matters: aria-hidden removes the element and everything in it from the accessibility tree, so a screen \
reader user faces an empty page.

How to fix: remove aria-hidden from the body; while a dialog is open hide only its sibling containers, or use a \
dialog element with aria-modal=\"true\".

References: WCAG 2.1 success criteria 4.1.2 Name, Role, Value and 1.3.1 Info and Relationships; GB/T 37668-2019 \
perceivable and robust (可感知性、兼容性) principles. govaudit reads the served HTML only: attributes scripts set or \
remove later are not seen, unlike axe-core in a browser.",
};

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    doc.dom
        .tagged("body")
        .filter(|e| e.el.value().attr("aria-hidden") == Some("true"))
        .map(|e| PageIssue::at(INFO.id, doc, e.el))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_hidden() {
        assert_eq!(super::super::run_on(r#"<body aria-hidden="true"><p>x</p></body>"#, run).len(), 1);
        assert_eq!(super::super::run_on(r#"<body aria-hidden="false"><p>x</p></body>"#, run).len(), 0);
    }
}
