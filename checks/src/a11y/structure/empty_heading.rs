//! `a11y.empty-heading`: a heading with no text a screen reader can read
//! (`<h2></h2>` left by a template, a heading holding only an image without
//! alt).
//!
//! axe-core: rule `empty-heading` (selector `h1, h2, h3, h4, h5, h6,
//! [role="heading"]`, matches `heading-matches`, hidden elements excluded),
//! any of `has-visible-text` (the accessible text of the content, with
//! image alt text and descendants' `aria-label`, hidden parts left out),
//! `aria-label`, `aria-labelledby`, `non-empty-title`.

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.empty-heading",
    severity: Severity::Notice,
    title_zh: "标题元素没有可读的文字",
    title_en: "Heading has no discernible text",
    docs_zh: "\
检查内容：h1–h6 以及 role=\"heading\" 的元素是否有读屏软件能读出的文字：元素内的文字、图片的 alt、\
子元素的 aria-label，或自身的 aria-label、aria-labelledby、title。模板留下的空 <h2></h2>、只含无 alt 图片或 &nbsp; \
的标题都会报告。判定与 axe-core 的 empty-heading 规则一致，隐藏的标题不检查。

为何重要：读屏用户常按标题浏览页面（如逐个跳到“通知公告”“政务公开”等栏目标题），空标题会被读成“标题 2”\
而没有内容，既浪费时间又让人误以为页面缺失信息。

如何修复：给标题填入栏目或文章名称；纯装饰用途的元素不要用标题标签，改用 div 或 span 加样式。

参考：WCAG 2.1 成功准则 1.3.1 信息和关系、2.4.6 标题和标签；GB/T 37668-2019 可感知性、可操作性原则。\
govaudit 只读服务器返回的 HTML，媒体查询和脚本隐藏的标题、脚本后来填入的文字看不到（本页 <style> 和同站样式表隐藏的会跳过），这时可能与浏览器中的 axe-core 结果不同。",
    docs_en: "\
What it checks: whether h1-h6 and role=\"heading\" elements have text a screen reader can read: text content, \
image alt text, descendants' aria-label, or their own aria-label, aria-labelledby or title. An empty <h2></h2> \
left by a template, or a heading holding only an image without alt or a &nbsp;, is reported. It decides as \
axe-core's empty-heading does; hidden headings are skipped.

Why it matters: screen-reader users move through a page by its headings (通知公告, 政务公开 …); an empty heading \
is announced as 'heading level 2' with nothing after it.

How to fix: put the column or article name in the heading; do not use heading tags for decoration, use a styled \
div or span instead.

References: WCAG 2.1 success criteria 1.3.1 Info and Relationships and 2.4.6 Headings and Labels; GB/T \
37668-2019 perceivable and operable (可感知性、可操作性) principles. govaudit reads the served HTML only: headings \
hidden by media queries or scripts and text filled in by scripts are not seen (what the page's own <style> and \
same-site stylesheets hide is skipped), unlike axe-core in a browser.",
    standard: Some(Standard {
        impact: Impact::Minor,
        tags: &["cat.name-role-value", "best-practice"],
        principle: Principle::Robust,
    }),
};

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let blank = |v: Option<&str>| v.is_none_or(|s| s.split_whitespace().next().is_none());
    super::headings(doc)
        .filter(|e| {
            let v = e.el.value();
            doc.dom.name_from_content(e.el, false).is_empty()
                && blank(v.attr_of("aria-label"))
                && doc.dom.labelledby_text(e.el).is_none_or(|t| t.is_empty())
                && blank(v.attr_of("title"))
        })
        .map(|e| PageIssue::at(INFO.id, e.el))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_headings() {
        let cases: &[(&str, usize)] = &[
            ("<h2></h2>", 1),
            ("<h2>&nbsp;</h2>", 1),
            ("<h2>通知公告</h2>", 0),
            (r#"<h2><img src="t.png"></h2>"#, 1),
            (r#"<h2><img src="t.png" alt="通知公告"></h2>"#, 0),
            (r#"<h2 title="通知公告"></h2>"#, 0),
            (r#"<h2 aria-label="通知公告"></h2>"#, 0),
            (r#"<h2 aria-labelledby="t"></h2><span id="t">通知公告</span>"#, 0),
            (r#"<h2><span aria-hidden="true">通知公告</span></h2>"#, 1),
            (r#"<h2 role="presentation"></h2>"#, 0),
            (r#"<div role="heading" aria-level="2"></div>"#, 1),
            (r#"<h2 style="display:none"></h2>"#, 0),
        ];
        for (html, want) in cases {
            assert_eq!(crate::facts::page::test_run(run, html).len(), *want, "{html}");
        }
    }
}
