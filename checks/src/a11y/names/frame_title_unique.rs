//! `a11y.frame-title-unique`: frames share a title (axe-core rule
//! `frame-title-unique`, whose failures axe files under "needs review").
//!
//! axe: selector `frame[title], iframe[title]`, matches
//! `frame-title-has-text-matches` (the title, sanitized, is not empty),
//! hidden frames skipped; the `unique-frame-title` check collects each
//! title, sanitized and lower-cased, and every frame whose title another
//! frame also has fails. The rule is `reviewOnFail`, so axe lists the
//! failures as "needs review", not as violations.

use std::collections::HashMap;

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::accname::issue;
use crate::facts::a11y::js::sanitize;
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.frame-title-unique",
    // axe only asks for a review here, so no points are taken for it.
    severity: Severity::Notice,
    title_zh: "多个框架（iframe）的 title 相同",
    title_en: "Frames share the same title",
    docs_zh: "\
检查内容：带非空 title 的 <iframe>、<frame> 中，是否有两个以上 title 相同（忽略大小写和多余空白）；\
相同的每一个都报告。隐藏的框架不检查。与 axe-core 的 frame-title-unique 规则一致；\
axe 把本规则的不通过列为“需要人工复核”（incomplete），不计入 violations，因此 govaudit 列为提示，不扣分。\n\n\
为何重要：读屏用户按框架列表跳转时只看到 title，几个框架都叫“iframe”或“飘窗”就分不清哪个是地图、哪个是视频。\
县级门户的飘窗、广告位、统计代码常用同一个 title 的多个 iframe。\n\n\
如何修复：给每个框架写出各自内容的 title，如 title=\"清溪县人民政府位置地图\"、title=\"清溪县宣传片\"；\
只做统计、不显示内容的 iframe 可加 aria-hidden=\"true\" 或 tabindex=\"-1\" 并隐藏。\n\n\
参考：WCAG 2.1 成功准则 4.1.2 名称、角色、值（A 级）；GB/T 37668-2019 兼容性原则；axe-core 规则 frame-title-unique。\
govaudit 读 HTML 和本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）隐藏的框架不检查，与 axe 相同；媒体查询、布局（移出屏幕）或其他站点的样式表隐藏的框架仍会检查，脚本加上的框架看不到。",
    docs_en: "\
What it checks: whether two or more <iframe>/<frame> elements with a non-empty title share it (ignoring case \
and extra white space); each of them is reported. Hidden frames are skipped. As axe-core's frame-title-unique \
rule; axe lists this rule's failures as \"needs review\" (incomplete), not as violations, so govaudit reports \
a notice (no points).\n\n\
Why it matters: screen reader users jump between frames by their titles; when several are called \"iframe\" \
or 飘窗 they cannot tell the map from the video. County portals' floating windows, ad slots and counters \
often use several iframes with one title.\n\n\
How to fix: give each frame a title saying what it holds (title=\"清溪县人民政府位置地图\", title=\"清溪县宣传片\"); \
hide an iframe that only counts visits and shows nothing (aria-hidden=\"true\" or tabindex=\"-1\").\n\n\
References: WCAG 2.1 success criterion 4.1.2 Name, Role, Value (A); GB/T 37668-2019 principle: compatible; \
axe-core rule frame-title-unique. govaudit reads the HTML, and frames the page's own styles (display:none, visibility:hidden in its <style> blocks and same-site stylesheets) hide are skipped as axe skips them; frames hidden by media queries, layout (off screen) or stylesheets on other hosts are still checked; frames scripts add are not seen.",
    standard: Some(Standard {
        impact: Impact::Serious,
        tags: &["cat.text-alternatives", "wcag2a", "wcag412"],
        principle: Principle::Robust,
    }),
};

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let frames: Vec<_> = doc
        .dom
        .entries()
        .filter(|e| !e.aria_hidden && matches!(e.el.value().name(), "iframe" | "frame"))
        .filter_map(|e| {
            let title = sanitize(e.el.value().attr_of("title")?);
            (!title.is_empty()).then(|| (e.el, title.to_lowercase()))
        })
        .collect();
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for (_, title) in &frames {
        *counts.entry(title.as_str()).or_default() += 1;
    }
    frames
        .iter()
        .filter_map(|(el, title)| {
            let n = counts.get(title.as_str()).copied().unwrap_or(0);
            (n > 1).then(|| {
                let detail = doc.lang().word_with(
                    "a11y-frame-title-unique-detail",
                    &[("title", title.as_str().into()), ("count", n.into())],
                );
                issue(INFO.id, doc, *el, &detail, Some("src"))
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
            (r#"<iframe src="/a" title="飘窗"></iframe><iframe src="/b" title="飘窗"></iframe>"#, 2),
            (r#"<iframe src="/a" title="Map"></iframe><iframe src="/b" title=" map "></iframe>"#, 2),
            (r#"<iframe src="/a" title="地图"></iframe><iframe src="/b" title="视频"></iframe>"#, 0),
            (r#"<iframe src="/a" title=" "></iframe><iframe src="/b" title=""></iframe>"#, 0),
            (r#"<iframe src="/a" title="飘窗"></iframe><iframe src="/b" title="飘窗" hidden></iframe>"#, 0),
            (r#"<frameset><frame src="/a" title="x"><frame src="/b" title="X"></frameset>"#, 2),
        ];
        for (html, want) in cases {
            assert_eq!(test_run(run, html).len(), want, "{html}");
        }
    }
}
