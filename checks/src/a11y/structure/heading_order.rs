//! `a11y.heading-order`: a heading is more than one level deeper than the
//! heading before it (h1 then h4 in a 通知公告 block).
//!
//! axe-core: rule `heading-order` (selector `h1, h2, h3, h4, h5, h6,
//! [role=heading]`, matches `heading-matches`, hidden elements excluded),
//! check `heading-order`: `evaluate` collects the level of every heading of
//! the page visible to screen readers (`getLevel`: the tag's level, or
//! `aria-level` when it parses to an integer of at least 1, else the tag's
//! level or 2 for `role=heading`), and `after` fails a heading whose level
//! exceeds the previous heading's by more than one. The first heading of the
//! page passes whatever its level, and going back up (h4 then h2) is fine.
//! Headings inside iframes join the order in a browser; here they cannot.

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::js::parse_int;
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.heading-order",
    severity: Severity::Notice,
    title_zh: "标题级别跳级（如 h1 之后直接出现 h4）",
    title_en: "Heading levels should only increase by one",
    docs_zh: "\
检查内容：按页面顺序排列所有对读屏可见的标题（h1–h6 与 role=\"heading\"，有效的 aria-level 优先于标签级别），\
若某个标题比前一个标题深两级或更多（如 h1 之后是 h3/h4，h2 之后是 h4），报告该标题。页面第一个标题不论级别都不报告，\
由深回浅（h4 之后 h2）也不报告。判定与 axe-core 的 heading-order 规则（evaluate 与 after 两步）一致。\
县级门户常见于首页“通知公告”“政务动态”等区块直接使用 h4、h5 做栏目标题。

为何重要：读屏用户依靠标题级别理解页面结构，跳级会让人以为漏掉了中间的章节，难以判断内容之间的层次关系。

如何修复：按层次依次使用标题级别：页面主标题 h1，各栏目 h2，栏目内小标题 h3；需要的字号用 CSS 调整，不要为了字号选择标题级别。

参考：WCAG 2.1 成功准则 1.3.1 信息和关系、2.4.6 标题和标签（axe 列为最佳实践）；GB/T 37668-2019 可感知性、可理解性原则。\
govaudit 只读本页 HTML：iframe 中的标题在浏览器里会并入顺序，这里看不到；媒体查询和脚本隐藏的标题也看不到（本页 <style> 和同站样式表隐藏的会跳过），\
这时可能与浏览器中的 axe-core 结果不同。",
    docs_en: "\
What it checks: the headings visible to screen readers in page order (h1-h6 and role=\"heading\"; a valid \
aria-level overrides the tag's level); a heading two or more levels deeper than the heading before it (h1 then \
h3/h4, h2 then h4) is reported. The first heading of the page is never reported, whatever its level, and going \
back up (h4 then h2) is fine. It decides as axe-core's heading-order does (its evaluate and after steps). County \
portals often title 通知公告 or 政务动态 blocks with h4 or h5 straight after the page's h1.

Why it matters: screen-reader users understand a page through its heading levels; a skipped level suggests \
missing sections and hides how the content is organised.

How to fix: use heading levels in sequence: h1 for the page, h2 for each block, h3 inside; set the size with CSS, \
never choose a level for its size.

References: WCAG 2.1 success criteria 1.3.1 Info and Relationships and 2.4.6 Headings and Labels (a best practice \
in axe); GB/T 37668-2019 perceivable and understandable (可感知性、可理解性) principles. govaudit reads this page's \
HTML only: headings inside iframes join the order in a browser but not here, and headings hidden by media queries or \
scripts are not seen (those the page's own <style> and same-site stylesheets hide are skipped), so results may differ from axe-core in a browser.",
    standard: Some(Standard {
        impact: Impact::Moderate,
        tags: &["cat.semantics", "best-practice"],
        principle: Principle::Perceivable,
    }),
};

/// axe's `getLevel` for an element whose role is heading.
fn level(tag: &str, aria_level: Option<&str>) -> i64 {
    let tag_level = tag.strip_prefix('h').and_then(|d| d.parse::<i64>().ok()).filter(|_| tag.len() == 2);
    let aria = aria_level.filter(|a| !a.is_empty());
    match (tag_level, aria) {
        (Some(t), None) => t,
        (_, Some(a)) => match parse_int(a) {
            Some(n) if n >= 1 => n,
            _ => tag_level.unwrap_or(2),
        },
        (None, None) => 2,
    }
}

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let mut out = Vec::new();
    let mut prev: Option<i64> = None;
    for entry in super::headings(doc) {
        let v = entry.el.value();
        let current = level(v.name(), v.attr_of("aria-level"));
        if let Some(p) = prev
            && current - p > 1
        {
            let detail = doc
                .lang()
                .word_with("a11y-heading-order-detail", &[("level", current.into()), ("previous", p.into())]);
            out.push(PageIssue::at(INFO.id, entry.el).with_detail(detail));
        }
        prev = Some(current);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_follow_axe() {
        assert_eq!(level("h3", None), 3);
        assert_eq!(level("h3", Some("")), 3);
        assert_eq!(level("h3", Some("5")), 5);
        assert_eq!(level("h3", Some("x")), 3);
        assert_eq!(level("h3", Some("0")), 3);
        assert_eq!(level("div", None), 2);
        assert_eq!(level("div", Some("4")), 4);
        assert_eq!(level("div", Some("-1")), 2);
        assert_eq!(level("div", Some("2.7")), 2);
    }

    #[test]
    fn order_follows_axe() {
        let cases: &[(&str, usize)] = &[
            ("<h1>a</h1><h2>b</h2><h3>c</h3>", 0),
            ("<h1>a</h1><h4>b</h4>", 1),
            ("<h4>a</h4><h5>b</h5><h2>c</h2><h4>d</h4>", 1),
            ("<h3>first</h3>", 0),
            (r#"<h1>a</h1><h2 aria-hidden="true">b</h2><h3>c</h3>"#, 1),
            (r#"<h1>a</h1><div role="heading">b</div><h3>c</h3>"#, 0),
            (r#"<h1>a</h1><div role="heading" aria-level="4">b</div>"#, 1),
            (r#"<h1>a</h1><h3 role="presentation">b</h3><h2>c</h2>"#, 0),
            (r#"<h1>a</h1><h1>b</h1><h3>c</h3><h4>d</h4><h6>e</h6>"#, 2),
        ];
        for (html, want) in cases {
            assert_eq!(crate::facts::page::test_run(run, html).len(), *want, "{html}");
        }
    }
}
