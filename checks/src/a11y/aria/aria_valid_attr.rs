//! `a11y.aria-valid-attr`: an attribute starts with `aria-` but is not one
//! ARIA defines (`aria-lable`, `aria-labeledby`, `aria-role` …).
//!
//! axe-core: rule `aria-valid-attr` (matches `aria-has-attr-matches`,
//! hidden elements excluded), check `aria-valid-attr`: every attribute
//! whose name starts with `aria-` must be in `standards/aria-attrs.js`.

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::standards;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.aria-valid-attr",
    severity: Severity::Deduction,
    title_zh: "使用了不存在的 ARIA 属性（aria-* 拼写错误）",
    title_en: "ARIA attribute name is not valid",
    docs_zh: "\
检查内容：元素上以 aria- 开头的属性名是否为 WAI-ARIA 1.2 定义的属性，例如把 aria-label 写成 aria-lable、\
把 aria-labelledby 写成 aria-labeledby，或自创 aria-role、aria-text 等。判定与 axe-core 的 aria-valid-attr 规则一致，\
不可见（隐藏或 aria-hidden）的元素不检查。

为何重要：读屏软件只识别规范中的属性，拼错的属性会被整体忽略，开发者以为提供了的名称或状态实际并不存在，\
视障用户听不到链接、按钮的用途。

如何修复：对照 WAI-ARIA 1.2 属性表更正拼写；不需要的自定义数据请改用 data-* 属性。

参考：WCAG 2.1 成功准则 4.1.2 名称、角色、值；GB/T 37668-2019 兼容性原则。govaudit 只读 HTML，\
由脚本在浏览器中加上的属性看不到，这一点可能与浏览器里运行的 axe-core 不同。",
    docs_en: "\
What it checks: every attribute whose name starts with aria- must be one WAI-ARIA 1.2 defines; typos such as \
aria-lable or aria-labeledby and inventions such as aria-role are reported. It decides as axe-core's \
aria-valid-attr rule does and skips elements that are hidden or inside aria-hidden content.

Why it matters: screen readers only know the attributes of the specification; a misspelt one is ignored, so the \
name or state the author meant to give is simply missing for blind visitors.

How to fix: correct the spelling against the WAI-ARIA 1.2 attribute list; keep private data in data-* attributes.

References: WCAG 2.1 success criterion 4.1.2 Name, Role, Value; GB/T 37668-2019 robust (兼容性) principle. \
govaudit reads the served HTML only: attributes that scripts add in a browser are not seen, where axe-core \
running in a browser would see them.",
    standard: Some(Standard {
        impact: Impact::Critical,
        tags: &["cat.aria", "wcag2a", "wcag412"],
        principle: Principle::Robust,
    }),
};

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let mut out = Vec::new();
    for entry in doc.dom.entries() {
        if entry.aria_hidden {
            continue;
        }
        let invalid: Vec<&str> = entry
            .el
            .value()
            .attrs()
            .map(|(name, _)| name)
            .filter(|name| name.starts_with("aria-") && standards::attr(name).is_none())
            .collect();
        if invalid.is_empty() {
            continue;
        }
        let list = invalid.join(", ");
        let detail = doc.lang().word_with("a11y-aria-valid-attr-detail", &[("attributes", list.into())]);
        out.push(PageIssue::at(INFO.id, entry.el).with_detail(detail));
    }
    out
}
