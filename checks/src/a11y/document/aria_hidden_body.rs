//! `a11y.aria-hidden-body`: `<body>` carries `aria-hidden="true"`
//! (axe-core `aria-hidden-body`).

use scraper::ElementRef;

use super::support::in_template;
use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::js::js_trim;
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.aria-hidden-body",
    severity: Severity::Deduction,
    title_zh: "<body> 带有 aria-hidden=\"true\"，整页对读屏软件不可见",
    title_en: "<body> has aria-hidden=\"true\": the page is hidden from screen readers",
    docs_zh: "\
检查内容：<body> 元素是否带有 aria-hidden=\"true\"。与 axe-core 4.14 的 aria-hidden-body 规则相同：\
属性值去掉首尾空白、不区分大小写等于 true 即不通过（axe-core 4.11 只认恰好小写的 true）。

为何重要：aria-hidden=\"true\" 把元素及其全部内容从无障碍树中移除；加在 <body> 上，读屏软件读不到页面上的任何内容，\
但键盘焦点仍会落到看不见的链接上。常见原因是弹窗、漂浮广告或“无障碍”工具条脚本打开对话框时给 body \
加上 aria-hidden，关闭时没有移除，或被静态化工具保存进了页面。

如何修复：删除 <body> 上的 aria-hidden；对话框打开时只给对话框以外的兄弟容器设置 aria-hidden 或 inert，\
或使用 <dialog> 的 showModal()，关闭时恢复。

参考：WCAG 2.1 成功准则 1.3.1 信息和关系、4.1.2 名称、角色、值（A 级）；GB/T 37668-2019 可感知性、兼容性原则；\
axe-core 规则 aria-hidden-body。govaudit 读静态 HTML，脚本在运行中临时设置的 aria-hidden 看不到。",
    docs_en: "\
What it checks: whether the <body> element has aria-hidden=\"true\". As axe-core 4.14's aria-hidden-body \
rule: the value, trimmed and case-insensitive, equal to true fails (axe-core 4.11 took only an exact \
lower-case true).

Why it matters: aria-hidden=\"true\" removes an element and all its content from the accessibility tree; \
on <body> a screen reader reads nothing of the page, while keyboard focus still lands on links it cannot \
announce. Typically a pop-up, floating advert or accessibility toolbar script sets it on body when a \
dialog opens and does not remove it, or a static-export tool saved it into the page.

How to fix: remove aria-hidden from <body>; while a dialog is open, hide only the containers beside it \
(aria-hidden or inert), or use <dialog> with showModal(), and restore them on close.

References: WCAG 2.1 success criteria 1.3.1 Info and Relationships and 4.1.2 Name, Role, Value (A); \
GB/T 37668-2019 principles: perceivable, compatible; axe-core rule aria-hidden-body. govaudit reads the \
static HTML: an aria-hidden a script sets for a while is not seen.",
    standard: Some(Standard {
        impact: Impact::Critical,
        tags: &["cat.aria", "wcag2a", "wcag131", "wcag412"],
        principle: Principle::Perceivable,
    }),
};

fn hides(body: ElementRef<'_>) -> bool {
    body.value().attr_of("aria-hidden").is_some_and(|v| js_trim(v).eq_ignore_ascii_case("true"))
}

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    // Selector `body`, excludeHidden false.
    doc.dom
        .tagged("body")
        .filter(|e| hides(e.el) && !in_template(e.el))
        .map(|e| PageIssue::at(INFO.id, e.el))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::test_util::count;

    #[test]
    fn hidden_body_fails() {
        let table: &[(&str, usize)] = &[
            ("<body aria-hidden=\"true\"><p>正文</p></body>", 1),
            ("<body aria-hidden=\" TRUE \"><p>正文</p></body>", 1),
            ("<body aria-hidden=\"false\"><p>正文</p></body>", 0),
            ("<body><div aria-hidden=\"true\">装饰</div></body>", 0),
            // A second <body> tag adds its attributes to the one body.
            ("<body><p>正文</p><body aria-hidden=\"true\"></body>", 1),
        ];
        for &(body, want) in table {
            let html = format!("<html lang=\"zh-CN\"><head><title>t</title></head>{body}</html>");
            assert_eq!(count("a11y.aria-hidden-body", &html), want, "{body}");
        }
    }
}
