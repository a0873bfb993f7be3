//! `a11y.empty-table-header`: a table header cell has no text (axe-core
//! rule `empty-table-header`).
//!
//! axe: selector `th:not([role]), [role="rowheader"], [role="columnheader"]`
//! (no table check: a layout table's `<th>` counts too), hidden ones
//! skipped; passes on `has-visible-text` (the subtree's text, sanitized,
//! is not empty) or `presentational-role` (a `<th>` of a
//! `role="presentation"` table or row inherits it).

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::accname::{Names, issue};
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.empty-table-header",
    severity: Severity::Notice,
    title_zh: "表头单元格（th）没有文字",
    title_en: "Table header cell has no text",
    docs_zh: "\
检查内容：没有 role 的 <th>，以及 role=\"rowheader\"/\"columnheader\" 的元素，是否有可读出的文字\
（内部文字、图片 alt、aria-label 等）。空的 <th>（包括只有 &nbsp; 的）报告；\
role=\"presentation\" 的表格里的 th 不检查，隐藏的不检查。与 axe-core 的 empty-table-header 规则一致：\
它不看表格是数据表还是排版表。这是 axe 的最佳实践规则，govaudit 列为提示，不扣分。\n\n\
为何重要：读屏软件朗读数据单元格时会先读它的表头；表头为空时，用户听到的只有数字，\
不知道是哪一列。公示表、统计表左上角的空 <th> 最常见。\n\n\
如何修复：给表头写上文字，如左上角写“序号”“项目”；确实不需要表头的角落单元格改用 <td>。\n\n\
参考：WCAG 2.1 成功准则 1.3.1 信息和关系（axe 列为最佳实践）；GB/T 37668-2019 可感知性原则；\
axe-core 规则 empty-table-header。govaudit 读 HTML 和本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）隐藏的表头不检查，与 axe 相同；媒体查询、布局（移出屏幕）或其他站点的样式表隐藏的表头仍会检查，\
用 CSS 生成的文字看不到（axe 也不计）。",
    docs_en: "\
What it checks: whether a <th> without a role, and an element with role=\"rowheader\" or \"columnheader\", \
has text to read (its own text, an image's alt, an aria-label…). An empty <th> (also one holding only \
&nbsp;) is reported; a th of a role=\"presentation\" table and hidden headers are not checked. As axe-core's \
empty-table-header rule, whether the table holds data or only lays out the page does not matter. It is a \
best practice in axe, so govaudit reports a notice (no points).\n\n\
Why it matters: a screen reader reads a data cell's header before the cell; with an empty header the user \
hears a number without knowing its column. The empty top-left <th> of 公示 and statistics tables is the \
usual case.\n\n\
How to fix: give the header text, e.g. 序号 or 项目 in the corner cell; make a corner cell that needs no \
header a <td>.\n\n\
References: WCAG 2.1 success criterion 1.3.1 Info and Relationships (a best practice in axe); GB/T \
37668-2019 principle: perceivable; axe-core rule empty-table-header. govaudit reads the HTML, and \
headers the page's own styles (display:none, visibility:hidden in its <style> blocks and same-site stylesheets) hide are skipped as axe skips them; headers hidden by media queries, layout (off screen) or stylesheets on other hosts are still checked; text CSS generates is not seen (nor counted by axe).",
    standard: Some(Standard {
        impact: Impact::Minor,
        tags: &["cat.name-role-value", "best-practice"],
        principle: Principle::Perceivable,
    }),
};

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let names = Names::new(doc.dom);
    let detail = doc.lang().word("a11y-empty-table-header-detail");
    doc.dom
        .entries()
        .filter(|e| !e.aria_hidden)
        .filter(|e| {
            let v = e.el.value();
            match v.attr_of("role") {
                None => v.name() == "th",
                Some(role) => matches!(role, "rowheader" | "columnheader"),
            }
        })
        .filter(|e| !names.has_text_content(e.el) && !names.presentational_role(e.el))
        .map(|e| issue(INFO.id, doc, e.el, &detail, None))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::page::test_run;

    #[test]
    fn decides_like_axe() {
        let cases = [
            (r#"<table><tr><th></th><th>金额</th></tr><tr><td>1</td><td>2</td></tr></table>"#, 1),
            (r#"<table><tr><th>&nbsp;</th><th> </th></tr></table>"#, 2),
            (r#"<table><tr><th><img src="/a.png" alt="序号"></th></tr></table>"#, 0),
            (r#"<table><tr><th aria-label="序号"></th></tr></table>"#, 1),
            (r#"<table><tr><th><span aria-label="序号"></span></th></tr></table>"#, 0),
            (r#"<table role="presentation"><tr><th></th></tr></table>"#, 0),
            (r#"<table><tr><th role="cell"></th></tr></table>"#, 0),
            (r#"<div role="columnheader"></div><div role="rowheader">行</div>"#, 1),
            (r#"<table><tr><th hidden></th><th aria-hidden="true"></th></tr></table>"#, 0),
            (r#"<table><tr><th style="display:none"></th></tr></table>"#, 0),
        ];
        for (html, want) in cases {
            assert_eq!(test_run(run, html).len(), want, "{html}");
        }
    }
}
