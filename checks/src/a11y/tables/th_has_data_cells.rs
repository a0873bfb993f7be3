//! `a11y.th-has-data-cells`: a header cell of a data table heads no data
//! cell (axe-core rule `th-has-data-cells`, whose failures axe files under
//! "needs review").
//!
//! axe: selector `table`, matches `data-table-matches` (axe's
//! `isDataTable`: layout tables are left out), hidden tables skipped. The
//! headers are the cells with text that are `<th>` or have the explicit
//! role `columnheader`/`rowheader`. A header passes when a cell's
//! `headers` or `aria-labelledby` names its id; else a column header needs
//! a cell below it, and a row header a cell to its right (up to the first
//! empty slot), that is not itself such a header and has it among its
//! headers (`getHeaders`). The check returns `undefined` where a header
//! fails, so axe never counts this rule as a violation.

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::js::sanitize;
use crate::facts::a11y::roles::{RoleOpts, explicit_role};
use crate::facts::a11y::tables::{Table, is_data_table};
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.th-has-data-cells",
    // axe only asks for a review here, so no points are taken for it.
    severity: Severity::Notice,
    title_zh: "数据表的表头没有对应的数据单元格",
    title_en: "Table header has no data cells",
    docs_zh: "\
检查内容：数据表（按 axe 的 isDataTable 判定，排版用的表格不查）中有文字的表头单元格（th，\
或 role=\"columnheader\"/\"rowheader\"）是否有它所对应的数据单元格：列表头下方、行表头右方要有以它为表头的单元格，\
或有单元格的 headers / aria-labelledby 指向它。每个表格报告一条，详情给出表头数。\
axe-core 的 th-has-data-cells 规则在这种情况下只给出“需要人工复核”（incomplete），从不计入 violations，\
因此 govaudit 列为提示，不扣分。\n\n\
为何重要：表头没有数据单元格，多半是把标题行、栏目名或排版文字写成了 th，读屏软件会把它们当表头读给每个单元格，\
或者表格结构（跨行跨列）写错了，数据与表头对不上。\n\n\
如何修复：只把真正的表头写成 th；表格标题用 <caption>；检查 rowspan/colspan 是否让表头与数据错位。\n\n\
参考：WCAG 2.1 成功准则 1.3.1 信息和关系（A 级）；GB/T 37668-2019 可感知性原则；axe-core 规则 th-has-data-cells。\
govaudit 只读 HTML：判断数据表时看不到样式表设置的边框、行背景色和表格宽度，只看 border、bgcolor、width 属性和行内样式。",
    docs_en: "\
What it checks: in a data table (by axe's isDataTable; layout tables are not checked), whether each header \
cell with text (th, or role=\"columnheader\"/\"rowheader\") heads some data cell: a cell below a column header \
or right of a row header that has it among its headers, or a cell whose headers / aria-labelledby names it. \
One finding per table, the detail giving the number of headers. axe-core's th-has-data-cells rule only \
returns \"needs review\" (incomplete) here and never a violation, so govaudit reports a notice (no points).\n\n\
Why it matters: a header without data cells is usually a title row, a column name or layout text written as \
th, which a screen reader then reads as every cell's header, or spans (rowspan/colspan) that shift the data \
away from its headers.\n\n\
How to fix: make only real headers th; give the table's title in <caption>; check that rowspan/colspan keep \
data under its headers.\n\n\
References: WCAG 2.1 success criterion 1.3.1 Info and Relationships (A); GB/T 37668-2019 principle: \
perceivable; axe-core rule th-has-data-cells. govaudit reads HTML only: telling data from layout tables it \
sees borders, row backgrounds and widths from the border, bgcolor and width attributes and inline styles, \
not from stylesheets.",
    standard: Some(Standard {
        impact: Impact::Serious,
        tags: &["cat.tables", "wcag2a", "wcag131"],
        principle: Principle::Perceivable,
    }),
};

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    doc.dom
        .tagged("table")
        .filter(|e| !e.aria_hidden && is_data_table(doc.dom, e.el))
        .filter_map(|e| {
            let table = Table::new(e.el)?;
            let lonely = lonely_headers(doc, &table);
            (lonely > 0).then(|| {
                let detail =
                    doc.lang().word_with("a11y-th-has-data-cells-detail", &[("count", lonely.into())]);
                PageIssue::at(INFO.id, e.el).with_detail(detail)
            })
        })
        .collect()
}

/// How many of the table's headers head no cell.
fn lonely_headers(doc: &PageDoc<'_>, table: &Table<'_>) -> usize {
    let referenced: Vec<&str> = table
        .cells
        .iter()
        .flat_map(|c| {
            let v = c.el.value();
            // `split(/\s+/)`: a leading space gives an empty token, which no
            // id equals.
            [v.attr_of("headers"), v.attr_of("aria-labelledby")].into_iter().flatten()
        })
        .flat_map(|list| list.split(|c: char| c.is_whitespace()))
        .collect();
    let is_header = |i: usize| {
        let el = table.cells[i].el;
        if sanitize(&el.text().collect::<String>()).is_empty() {
            return false;
        }
        el.value().name() == "th"
            || matches!(explicit_role(el, RoleOpts::default()), Some("rowheader" | "columnheader"))
    };
    (0..table.cells.len())
        .filter(|&h| is_header(h))
        .filter(|&h| {
            let cell = &table.cells[h];
            if cell.el.value().attr_of("id").is_some_and(|id| !id.is_empty() && referenced.contains(&id)) {
                return false;
            }
            let heads = |down: bool| {
                table.walk(cell.x, cell.y, !down).into_iter().any(|c| {
                    let same_kind = if down { table.is_column_header(c) } else { table.is_row_header(c) };
                    !same_kind && table.has_header(doc.dom, c, h)
                })
            };
            let col = table.is_column_header(h) && heads(true);
            let row = !col && table.is_row_header(h) && heads(false);
            !(col || row)
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::page::test_run;

    #[test]
    fn decides_like_axe() {
        let cases = [
            (r#"<table><tr><th>姓名</th><th>职务</th></tr><tr><td>张三</td><td>科员</td></tr></table>"#, 0),
            // A header row with nothing under it.
            (r#"<table><tr><th>姓名</th><th>职务</th></tr></table>"#, 1),
            // The title written as a th spanning the table heads the cells
            // under it, so axe passes it.
            (
                r#"<table><tr><th colspan="2">公示名单</th></tr><tr><th>姓名</th><th>职务</th></tr><tr><td>张三</td><td>科员</td></tr></table>"#,
                0,
            ),
            // Row headers with cells to their right.
            (r#"<table><tr><th>项目</th><td>10</td></tr><tr><th>合计</th><td>20</td></tr></table>"#, 0),
            // A header only a headers attribute reaches.
            (
                r#"<table><tr><th id="h">姓名</th><th>x</th></tr><tr><th>y</th><th headers="h">z</th></tr></table>"#,
                1,
            ),
            // Empty headers are not headers here (empty-table-header's).
            (r#"<table><tr><th></th><th></th></tr></table>"#, 0),
            // Not a data table: layout.
            (r#"<table role="presentation"><tr><th>姓名</th></tr></table>"#, 0),
        ];
        for (html, want) in cases {
            assert_eq!(test_run(run, html).len(), want, "{html}");
        }
    }
}
