//! `a11y.frame-title`: a `<frame>` or `<iframe>` has no accessible name
//! (axe-core rule `frame-title`).
//!
//! axe: selector `frame, iframe`, matches `no-negative-tabindex-matches`
//! (a negative `tabindex` takes it out), hidden ones skipped; passes on
//! any of `non-empty-title`, `aria-label`, `aria-labelledby`,
//! `presentational-role` (not when the frame has a `title` attribute:
//! axe reports the presentational role as overridden then).

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::accname::unnamed;
use crate::facts::a11y::js::parse_tabindex;
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.frame-title",
    severity: Severity::Deduction,
    title_zh: "内嵌框架（iframe）没有标题",
    title_en: "Frame without a title",
    docs_zh: "\
检查内容：每个 <iframe> 和 <frame> 是否有名称：非空 title、aria-label 或 aria-labelledby 指向有文字的元素；\
role=\"presentation\"/\"none\" 且没有 title 属性的框架算装饰，不检查；tabindex 为负数的框架也不检查。\n\n\
为何重要：门户常用 iframe 嵌入百度或高德地图、视频播放器、“我为政府网站找错”入口、统计代码；\
读屏用户进入框架时只听到“框架”，无法判断要不要进入。\n\n\
如何修复：写出框架内容，如 <iframe src=\"…\" title=\"清溪县人民政府位置地图\">；\
只为加载统计脚本的 1 像素框架可加 aria-hidden=\"true\" 或 tabindex=\"-1\"。\n\n\
参考：WCAG 2.1 成功准则 4.1.2 名称、角色和值、2.4.1 绕过块；GB/T 37668-2019 兼容性、可操作性；\
axe-core 规则 frame-title。govaudit 读 HTML 和本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）隐藏的框架不检查，与 axe 相同；媒体查询、脚本或布局（移出屏幕、零尺寸）隐藏的框架仍会被检查。",
    docs_en: "\
What it checks: whether every <iframe> and <frame> has a name: a non-empty title, aria-label or \
aria-labelledby pointing at text. A frame with role=\"presentation\"/\"none\" and no title attribute is \
decoration; frames with a negative tabindex are skipped.\n\n\
Why it matters: portals embed Baidu or Amap maps, video players, the 我为政府网站找错 widget and counters \
in iframes; a screen reader user entering one hears only \"frame\".\n\n\
How to fix: say what the frame holds, e.g. title=\"清溪县人民政府位置地图\"; a 1-pixel frame that only loads \
a counter can take aria-hidden=\"true\" or tabindex=\"-1\".\n\n\
References: WCAG 2.1 success criteria 4.1.2 Name, Role, Value and 2.4.1 Bypass Blocks; GB/T 37668-2019 \
robust (兼容性), operable; axe-core rule frame-title. govaudit reads the HTML, and \
the page's own styles (display:none, visibility:hidden in its <style> blocks and same-site stylesheets) are read, and frames they hide are skipped as axe skips them; frames hidden by media queries, scripts or layout (off screen, zero size) are still checked.",
    standard: Some(Standard {
        impact: Impact::Serious,
        tags: &["cat.text-alternatives", "wcag2a", "wcag412"],
        principle: Principle::Robust,
    }),
};

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let frames = doc.dom.entries().filter(|e| {
        matches!(e.el.value().name(), "iframe" | "frame")
            && parse_tabindex(e.el.value().attr_of("tabindex")).is_none_or(|t| t >= 0)
    });
    unnamed(
        doc,
        INFO.id,
        frames,
        |names, el| names.aria_or_title(el) || names.presentational_role(el),
        &doc.lang().word("a11y-frame-title-detail"),
        Some("src"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::page::test_run;

    #[test]
    fn decides_like_axe() {
        let cases = [
            (r#"<iframe src="https://map.baidu.com/"></iframe>"#, 1),
            (r#"<iframe src="/m" title="位置地图"></iframe>"#, 0),
            (r#"<iframe src="/m" title=" "></iframe>"#, 1),
            (r#"<iframe src="/m" aria-label="位置地图"></iframe>"#, 0),
            (r#"<iframe src="/m" role="presentation"></iframe>"#, 0),
            (r#"<iframe src="/m" role="presentation" title=""></iframe>"#, 1),
            (r#"<iframe src="/m" tabindex="-1"></iframe>"#, 0),
            (r#"<iframe src="/m" width="0" height="0" style="display:none"></iframe>"#, 0),
            (r#"<iframe src="/m" aria-hidden="true"></iframe>"#, 0),
        ];
        for (html, want) in cases {
            assert_eq!(test_run(run, html).len(), want, "{html}");
        }
    }
}
