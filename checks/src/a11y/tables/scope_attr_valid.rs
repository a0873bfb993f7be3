//! `a11y.scope-attr-valid`: a `scope` attribute is on the wrong element or
//! has a value no browser knows (axe-core rule `scope-attr-valid`).
//!
//! axe: selector `td[scope], th[scope]`, hidden cells skipped; all of
//! `html5-scope` (in an HTML5 document, that is one whose doctype is
//! `<!DOCTYPE html>` without public or system id, only `<th>` may have
//! `scope`; older doctypes and pages without one allow it on `<td>`) and
//! `scope-value` (the value, lower-cased, is `row`, `col`, `rowgroup` or
//! `colgroup`).

use scraper::node::Node;

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.scope-attr-valid",
    severity: Severity::Notice,
    title_zh: "表格的 scope 属性用法不正确",
    title_en: "scope attribute is used incorrectly",
    docs_zh: "\
检查内容：带 scope 属性的 <td>、<th>：scope 的值（不分大小写）是否为 row、col、rowgroup、colgroup 之一；\
在 HTML5 页面（<!DOCTYPE html>）里，scope 是否只用在 <th> 上（XHTML 1.0 等旧文档类型或没有文档类型声明时，\
<td scope> 也算正确）。与 axe-core 的 scope-attr-valid 规则一致，隐藏的单元格不检查。\
这是 axe 的最佳实践规则，govaudit 列为提示，不扣分。\n\n\
为何重要：读屏软件按 scope 判断一个表头管一行还是一列；写成 scope=\"column\"、scope=\"行\" 等无效值，\
或写在普通单元格上，表头关系就读不出来或读错。\n\n\
如何修复：表头用 <th>，列表头写 scope=\"col\"，行表头写 scope=\"row\"；普通单元格 <td> 去掉 scope。\n\n\
参考：WCAG 2.1 成功准则 1.3.1 信息和关系（axe 列为最佳实践）；GB/T 37668-2019 可感知性原则；\
axe-core 规则 scope-attr-valid。govaudit 读 HTML 和本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）隐藏的单元格不检查，与 axe 相同；媒体查询、布局（移出屏幕）或其他站点的样式表隐藏的单元格仍会检查，脚本生成的表格看不到。",
    docs_en: "\
What it checks: on a <td> or <th> with a scope attribute, whether the value (in any case) is row, col, \
rowgroup or colgroup, and, in an HTML5 page (<!DOCTYPE html>), whether scope is on a <th> only (with an \
older doctype such as XHTML 1.0, or none, <td scope> is allowed). As axe-core's scope-attr-valid rule; \
hidden cells are not checked. It is a best practice in axe, so govaudit reports a notice (no points).\n\n\
Why it matters: a screen reader reads scope to know whether a header heads a row or a column; an invalid \
value (scope=\"column\", scope=\"行\") or a scope on a plain cell loses or garbles that relation.\n\n\
How to fix: mark headers with <th>, scope=\"col\" for a column header and scope=\"row\" for a row header; \
remove scope from plain <td> cells.\n\n\
References: WCAG 2.1 success criterion 1.3.1 Info and Relationships (a best practice in axe); GB/T \
37668-2019 principle: perceivable; axe-core rule scope-attr-valid. govaudit reads the HTML, and \
cells the page's own styles (display:none, visibility:hidden in its <style> blocks and same-site stylesheets) hide are skipped as axe skips them; cells hidden by media queries, layout (off screen) or stylesheets on other hosts are still checked; tables scripts build are not seen.",
    standard: Some(Standard {
        impact: Impact::Moderate,
        tags: &["cat.tables", "best-practice"],
        principle: Principle::Perceivable,
    }),
};

const VALUES: &[&str] = &["row", "col", "rowgroup", "colgroup"];

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let html5 = is_html5(doc);
    doc.dom
        .entries()
        .filter(|e| !e.aria_hidden && matches!(e.el.value().name(), "td" | "th"))
        .filter_map(|e| {
            let scope = e.el.value().attr_of("scope")?;
            let detail = if html5 && e.el.value().name() != "th" {
                doc.lang().word_with("a11y-scope-attr-valid-detail-td", &[("scope", scope.into())])
            } else if !VALUES.contains(&scope.to_lowercase().as_str()) {
                doc.lang().word_with("a11y-scope-attr-valid-detail-value", &[("scope", scope.into())])
            } else {
                return None;
            };
            Some(PageIssue::at(INFO.id, e.el).with_detail(detail))
        })
        .collect()
}

/// axe's `isHTML5`: the doctype is `html` without public or system id.
fn is_html5(doc: &PageDoc<'_>) -> bool {
    doc.html.tree.root().children().any(|n| match n.value() {
        Node::Doctype(d) => d.name() == "html" && d.public_id().is_empty() && d.system_id().is_empty(),
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::page::test_run;

    const XHTML: &str = r#"<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">"#;

    #[test]
    fn decides_like_axe() {
        let table = |cells: &str| format!("<table><tr>{cells}</tr></table>");
        let cases = [
            (format!("<!DOCTYPE html>{}", table(r#"<th scope="col">a</th><th scope="ROW">b</th>"#)), 0),
            (format!("<!DOCTYPE html>{}", table(r#"<th scope="column">a</th><th scope="">b</th>"#)), 2),
            (format!("<!DOCTYPE html>{}", table(r#"<td scope="row">a</td>"#)), 1),
            (format!("{XHTML}{}", table(r#"<td scope="row">a</td>"#)), 0),
            (format!("{XHTML}{}", table(r#"<td scope="行">a</td>"#)), 1),
            (table(r#"<td scope="col">a</td>"#), 0),
            (format!("<!DOCTYPE html>{}", table(r#"<td scope="row" hidden>a</td>"#)), 0),
        ];
        for (html, want) in cases {
            assert_eq!(test_run(run, &html).len(), want, "{html}");
        }
    }
}
