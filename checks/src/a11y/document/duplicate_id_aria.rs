//! `a11y.duplicate-id-aria`: an id that ARIA or a `<label for>` refers to
//! is used by more than one element (axe-core `duplicate-id-aria`, whose
//! failures axe files under "needs review").

use super::duplicate_id::{Refs, duplicates};
use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::js::js_trim;
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.duplicate-id-aria",
    // axe only asks for a review here, so no points are taken for it.
    severity: Severity::Notice,
    title_zh: "被 ARIA 或 <label> 引用的 id 在页面中重复",
    title_en: "id referenced by ARIA or a label is not unique",
    docs_zh: "\
检查内容：被 aria-labelledby、aria-describedby、aria-controls、aria-owns、aria-activedescendant、aria-details、\
aria-errormessage、aria-flowto 或 <label for> 引用的 id，是否被多个元素使用。与 axe-core 的 duplicate-id-aria \
规则相同：隐藏元素也算；每个重复的 id 值只报一处，记在第一个使用它的元素上，详情给出使用次数。\
axe 把本规则的不通过列为“需要人工复核”（incomplete），不计入 violations；与 axe 对比时应读取 incomplete。\
因此 govaudit 把它列为提示（notice），不扣分，由人工确认。

为何重要：读屏软件按 id 找到标签或说明文字；id 重复时只取第一个元素，表单控件可能读出别的字段的标签。\
县级网站常见多个检索框共用 id=\"keyword\" 并各自有 <label for=\"keyword\">，或多个选项卡共用 aria-labelledby 指向的 id。

如何修复：给每个被引用的元素唯一的 id，并同步修改引用它的 for 或 aria-* 属性。

参考：WCAG 2.1 成功准则 4.1.2 名称、角色、值（A 级）；GB/T 37668-2019 兼容性原则；axe-core 规则 duplicate-id-aria。\
govaudit 与 axe 的差别：<template> 里的元素和引用不算，与浏览器一致；脚本在加载后改写的 id 看不到。",
    docs_en: "\
What it checks: whether an id that aria-labelledby, aria-describedby, aria-controls, aria-owns, \
aria-activedescendant, aria-details, aria-errormessage, aria-flowto or <label for> refers to is used by \
more than one element. As axe-core's duplicate-id-aria rule: hidden elements count; each duplicated value \
is reported once, on the first element that uses it, with the count in the detail. axe files this \
rule's failures as \"needs review\" (incomplete), not as violations: a comparison with axe should read \
its incomplete list. govaudit therefore reports it as a notice (no points) for a person to confirm.

Why it matters: screen readers find labels and descriptions by id; with a duplicate they take the first \
element, and a form control may announce another field's label. County sites often have several search \
boxes sharing id=\"keyword\", each with its own <label for=\"keyword\">.

How to fix: give each referenced element a unique id and update the for or aria-* attributes that point \
to it.

References: WCAG 2.1 success criterion 4.1.2 Name, Role, Value (A); GB/T 37668-2019 principle: \
compatible; axe-core rule duplicate-id-aria. Differences from axe: elements and references inside \
<template> do not count, as in a browser; ids a script rewrites after load are not seen.",
    standard: Some(Standard {
        impact: Impact::Critical,
        tags: &["cat.parsing", "wcag2a", "wcag412"],
        principle: Principle::Robust,
    }),
};

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    duplicates(doc, Refs::Referenced)
        .into_iter()
        .map(|(el, n)| {
            let id = js_trim(el.value().attr_of("id").unwrap_or_default());
            let detail = doc
                .lang()
                .word_with("a11y-duplicate-id-aria-detail", &[("id", id.into()), ("count", n.into())]);
            PageIssue::at(INFO.id, el).with_detail(detail)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::test_util::count;

    fn n(body: &str) -> usize {
        count("a11y.duplicate-id-aria", &format!("<html lang=\"zh-CN\"><body>{body}</body></html>"))
    }

    #[test]
    fn referenced_duplicates_fail() {
        let table: &[(&str, usize)] = &[
            (r#"<label for="kw">搜索</label><input id="kw"><input id="kw">"#, 1),
            (r#"<h2 id="t">通知</h2><h2 id="t">公告</h2><ul aria-labelledby="x  t"></ul>"#, 1),
            (r#"<p id="d"></p><p id="d"></p><input aria-describedby="d">"#, 1),
            (r#"<label for="kw">搜索</label><input id="kw"><input id="kw2">"#, 0),
            // Unreferenced duplicates are duplicate-id's.
            (r#"<div id="nav"></div><div id="nav"></div>"#, 0),
            // A reference inside <template> does not count.
            (r#"<div id="t"></div><div id="t"></div><template><p aria-labelledby="t"></p></template>"#, 0),
        ];
        for &(body, want) in table {
            assert_eq!(n(body), want, "{body}");
        }
    }
}
