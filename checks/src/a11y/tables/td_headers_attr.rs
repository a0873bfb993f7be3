//! `a11y.td-headers-attr`: a cell's `headers` attribute names something
//! other than a header cell of its own table (axe-core rule
//! `td-headers-attr`).
//!
//! axe: selector `table`, matches `table-or-grid-role-matches` (the
//! table's role is `table`, `grid` or `treegrid`: a `role="presentation"`
//! table is left out, any other counts, layout or data), hidden tables
//! skipped. Over the cells of `table.rows` that have `headers` and are
//! visible to screen readers, a token fails when it is the cell's own id,
//! names no cell of this table, or names a cell whose role is not
//! `columnheader`/`rowheader`. One finding per table. A `headers` that is
//! empty is only "needs review" in axe, so it is not reported.

use std::collections::HashMap;

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::js::{js_trim, token_list};
use crate::facts::a11y::roles::{RoleOpts, get_role};
use crate::facts::a11y::tables::{row_cells, table_rows};
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.td-headers-attr",
    severity: Severity::Deduction,
    title_zh: "单元格的 headers 属性没有指向本表的表头",
    title_en: "Cell's headers attribute does not refer to a header of its table",
    docs_zh: "\
检查内容：表格（role 为 table、grid、treegrid，即除 role=\"presentation\"/\"none\" 外的表格）中，\
单元格的 headers 属性列出的每个 id 是否都是本表中的表头单元格（th，或 role=\"columnheader\"/\"rowheader\"）。\
指向自己、指向不存在或不在本表的 id、指向普通 td，都报告该表格（每个表格一条）。\
headers 为空只是 axe 的“需要复核”，不报告。判定与 axe-core 的 td-headers-attr 规则一致。\n\n\
为何重要：读屏软件按 headers 找到单元格的表头并朗读；指向错误时读出的表头是错的或没有，\
复杂的公示表、预决算表就无法理解。县级网站常见从别的页面复制表格后 id 改了而 headers 没改。\n\n\
如何修复：让 headers 列出本表中表头单元格（th）的 id，并给这些 th 加上对应 id；\
简单的表格不需要 headers，删除它，用 th 和 scope 表示表头即可。\n\n\
参考：WCAG 2.1 成功准则 1.3.1 信息和关系（A 级）；GB/T 37668-2019 可感知性原则；axe-core 规则 td-headers-attr。\
govaudit 读 HTML 和本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）隐藏的表格和单元格不检查，与 axe 相同；媒体查询、布局（移出屏幕）或其他站点的样式表隐藏的表格和单元格仍会检查，脚本生成的表格看不到。",
    docs_en: "\
What it checks: in a table whose role is table, grid or treegrid (any table but role=\"presentation\" or \
\"none\"), whether every id a cell's headers attribute lists is a header cell of the same table (a th, or \
role=\"columnheader\"/\"rowheader\"). A cell naming itself, an id that does not exist or is outside the table, \
or a plain td is reported, once per table. An empty headers is only \"needs review\" in axe and is not \
reported. As axe-core's td-headers-attr rule.\n\n\
Why it matters: a screen reader follows headers to announce a cell's headers; when they point wrong, the \
header read is wrong or missing, and a complex 公示 or budget table cannot be followed. County sites often \
copy a table from another page and change the ids but not the headers.\n\n\
How to fix: list in headers the ids of header cells (th) of the same table and give those th the ids; a \
simple table needs no headers: remove them and mark headers with th and scope.\n\n\
References: WCAG 2.1 success criterion 1.3.1 Info and Relationships (A); GB/T 37668-2019 principle: \
perceivable; axe-core rule td-headers-attr. govaudit reads the HTML, and \
tables and cells the page's own styles (display:none, visibility:hidden in its <style> blocks and same-site stylesheets) hide are skipped as axe skips them; tables and cells hidden by media queries, layout (off screen) or stylesheets on other hosts are still checked; tables scripts build are not seen.",
    standard: Some(Standard {
        impact: Impact::Serious,
        tags: &["cat.tables", "wcag2a", "wcag131"],
        principle: Principle::Perceivable,
    }),
};

/// Why a table fails, in axe's order of messages.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Fault {
    SelfRef,
    NotInTable,
    NotHeader,
}

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    doc.dom
        .tagged("table")
        .filter(|e| !e.aria_hidden)
        .filter(|e| {
            matches!(get_role(doc.dom, e.el, RoleOpts::default()), Some("table" | "grid" | "treegrid"))
        })
        .filter_map(|e| {
            let cells: Vec<_> = table_rows(e.el).into_iter().flat_map(row_cells).collect();
            let mut role_by_id: HashMap<&str, Option<&str>> = HashMap::new();
            for cell in &cells {
                if let Some(id) = cell.value().attr_of("id").filter(|id| !id.is_empty()) {
                    role_by_id.insert(id, get_role(doc.dom, *cell, RoleOpts::default()));
                }
            }
            let mut worst: Option<(Fault, usize)> = None;
            for cell in &cells {
                let Some(headers) = cell.value().attr_of("headers") else { continue };
                if doc.dom.is_aria_hidden(*cell) || js_trim(headers).is_empty() {
                    continue;
                }
                let own = cell.value().attr_of("id").filter(|id| !id.is_empty());
                let fault = token_list(headers)
                    .iter()
                    .filter_map(|id| {
                        if own == Some(id.as_str()) {
                            Some(Fault::SelfRef)
                        } else {
                            match role_by_id.get(id.as_str()).copied().flatten() {
                                None => Some(Fault::NotInTable),
                                Some("columnheader" | "rowheader") => None,
                                Some(_) => Some(Fault::NotHeader),
                            }
                        }
                    })
                    .min();
                if let Some(f) = fault {
                    // axe reports the first kind of fault in its order, with
                    // the cells that have it.
                    worst = Some(match worst {
                        Some((w, n)) if w < f => (w, n),
                        Some((w, n)) if w == f => (w, n + 1),
                        _ => (f, 1),
                    });
                }
            }
            let (fault, count) = worst?;
            let detail = match fault {
                Fault::SelfRef => {
                    doc.lang().word_with("a11y-td-headers-attr-detail-self", &[("count", count.into())])
                }
                Fault::NotInTable => doc
                    .lang()
                    .word_with("a11y-td-headers-attr-detail-not-in-table", &[("count", count.into())]),
                Fault::NotHeader => {
                    doc.lang().word_with("a11y-td-headers-attr-detail-not-header", &[("count", count.into())])
                }
            };
            Some(PageIssue::at(INFO.id, e.el).with_detail(detail))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::page::test_run;

    #[test]
    fn decides_like_axe() {
        let cases = [
            (r#"<table><tr><th id="h">姓名</th></tr><tr><td headers="h">张三</td></tr></table>"#, 0),
            (r#"<table><tr><th id="h">姓名</th></tr><tr><td headers="x">张三</td></tr></table>"#, 1),
            (r#"<table><tr><th id="h">姓名</th></tr><tr><td headers=" ">张三</td></tr></table>"#, 0),
            (r#"<table><tr><td id="c" headers="c">张三</td></tr></table>"#, 1),
            (r#"<table><tr><td id="a">a</td><td headers="a">b</td></tr></table>"#, 1),
            (r#"<table><tr><td role="columnheader" id="a">a</td><td headers="a">b</td></tr></table>"#, 0),
            // An id outside the table, even on a th, is not in the table.
            (r#"<p id="h">姓名</p><table><tr><td headers="h">张三</td></tr></table>"#, 1),
            (
                r#"<table><tr><th id="h">姓名</th></tr></table><table><tr><td headers="h">张三</td></tr></table>"#,
                1,
            ),
            (r#"<table role="presentation"><tr><td headers="x">张三</td></tr></table>"#, 0),
            (r#"<table><tr><td headers="x" aria-hidden="true">张三</td></tr></table>"#, 0),
            (r#"<table style="display:none"><tr><td headers="x">张三</td></tr></table>"#, 0),
            // A nested table's cells belong to the nested table.
            (
                r#"<table><tr><th id="h">a</th></tr><tr><td><table><tr><td headers="h">b</td></tr></table></td></tr></table>"#,
                1,
            ),
        ];
        for (html, want) in cases {
            assert_eq!(test_run(run, html).len(), want, "{html}");
        }
    }

    #[test]
    fn names_the_first_kind_of_fault() {
        let html = r#"<table><tr><td id="a">a</td><td headers="a">b</td><td id="c" headers="c zz">c</td></tr></table>"#;
        let issues = test_run(run, html);
        assert_eq!(issues.len(), 1);
        let detail = issues[0].detail.as_deref().unwrap_or_default();
        assert!(detail.contains('1') && detail.contains("自身"), "{detail}");
    }
}
