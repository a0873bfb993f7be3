//! `a11y.table-duplicate-name`: a table's `summary` repeats its
//! `<caption>` (axe-core rule `table-duplicate-name`).
//!
//! axe: selector `table`, hidden tables skipped; fails on
//! `same-caption-summary`: the table has a non-empty `summary` and a
//! `<caption>` child whose text is not empty, and the two, sanitized and
//! lower-cased, are equal.

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::js::sanitize;
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.table-duplicate-name",
    severity: Severity::Notice,
    title_zh: "表格的 summary 与标题（caption）相同",
    title_en: "Table summary repeats its caption",
    docs_zh: "\
检查内容：<table> 的 summary 属性与它的 <caption> 文字是否相同（忽略大小写和多余空白）。\
与 axe-core 的 table-duplicate-name 规则一致，隐藏的表格不检查。这是 axe 的最佳实践规则，govaudit 列为提示，不扣分。\n\n\
为何重要：读屏软件会先读标题再读摘要，两者相同就把同一句话读两遍；摘要本应说明表格的结构或怎么读。\
县级网站的公示表常见 summary=\"2026年公开招聘拟聘用人员名单\" 与同名 caption 并存。\n\n\
如何修复：caption 写表格的标题；summary 要么删除（HTML5 已废弃），要么改写为对表格结构的说明。\n\n\
参考：WCAG 2.1 成功准则 1.3.1 信息和关系（axe 列为最佳实践）；GB/T 37668-2019 可感知性原则；\
axe-core 规则 table-duplicate-name。govaudit 读 HTML 和本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）隐藏的表格不检查，与 axe 相同；媒体查询、布局（移出屏幕）或其他站点的样式表隐藏的表格仍会检查，脚本生成的表格看不到。",
    docs_en: "\
What it checks: whether a <table>'s summary attribute equals the text of its <caption> (ignoring case and \
extra white space). As axe-core's table-duplicate-name rule; hidden tables are not checked. It is a best \
practice in axe, so govaudit reports a notice (no points).\n\n\
Why it matters: a screen reader reads the caption and then the summary, so the same sentence is read twice; \
a summary should say how the table is organised. County 公示 tables often carry a summary equal to their \
caption.\n\n\
How to fix: put the table's title in caption; remove summary (obsolete in HTML5) or make it describe the \
table's structure.\n\n\
References: WCAG 2.1 success criterion 1.3.1 Info and Relationships (a best practice in axe); GB/T \
37668-2019 principle: perceivable; axe-core rule table-duplicate-name. govaudit reads the HTML, and \
tables the page's own styles (display:none, visibility:hidden in its <style> blocks and same-site stylesheets) hide are skipped as axe skips them; tables hidden by media queries, layout (off screen) or stylesheets on other hosts are still checked; tables scripts build are not seen.",
    standard: Some(Standard {
        impact: Impact::Minor,
        tags: &["cat.tables", "best-practice"],
        principle: Principle::Perceivable,
    }),
};

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    doc.dom
        .tagged("table")
        .filter(|e| !e.aria_hidden)
        .filter_map(|e| {
            let summary = e.el.value().attr_of("summary").filter(|s| !s.is_empty())?;
            let caption =
                e.el.children()
                    .filter_map(scraper::ElementRef::wrap)
                    .find(|c| c.value().name() == "caption")?;
            // axe's `subtreeText` of the caption: its text, the alt of its
            // images and the aria-label of its parts.
            let text = sanitize(&doc.dom.name_from_content(caption, false));
            let same = !text.is_empty() && sanitize(summary).to_lowercase() == text.to_lowercase();
            same.then(|| {
                let detail =
                    doc.lang().word_with("a11y-table-duplicate-name-detail", &[("caption", text.into())]);
                PageIssue::at(INFO.id, e.el).with_detail(detail)
            })
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
            (
                r#"<table summary="拟聘用人员名单"><caption>拟聘用人员名单</caption><tr><td>a</td></tr></table>"#,
                1,
            ),
            (r#"<table summary=" Staff  list"><caption>staff list</caption><tr><td>a</td></tr></table>"#, 1),
            (
                r#"<table summary="按姓氏排序"><caption>拟聘用人员名单</caption><tr><td>a</td></tr></table>"#,
                0,
            ),
            (r#"<table summary="名单"><tr><td>名单</td></tr></table>"#, 0),
            (r#"<table><caption>名单</caption><tr><td>a</td></tr></table>"#, 0),
            (r#"<table summary=" "><caption> </caption><tr><td>a</td></tr></table>"#, 0),
            (r#"<div hidden><table summary="名单"><caption>名单</caption></table></div>"#, 0),
        ];
        for (html, want) in cases {
            assert_eq!(test_run(run, html).len(), want, "{html}");
        }
    }
}
