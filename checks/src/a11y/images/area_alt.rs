//! `a11y.area-alt`: a linked `<area>` of an image map has no text
//! alternative (axe-core rule `area-alt`).
//!
//! axe: selector `map area[href]` with `excludeHidden: false` (hidden
//! areas are checked too); passes on any of `non-empty-alt`,
//! `aria-label`, `aria-labelledby`, `non-empty-title`.

use scraper::ElementRef;

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::accname::{Names, issue};
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.area-alt",
    severity: Severity::Deduction,
    title_zh: "图片热区链接缺少替代文字",
    title_en: "Image-map area without alternative text",
    docs_zh: "\
检查内容：图片地图 <map> 中带 href 的每个 <area> 是否有非空 alt、aria-label、aria-labelledby 或非空 title。\
与 axe 相同，这条规则也检查隐藏的热区。\n\n\
为何重要：县域地图的“乡镇导航”常用 <img usemap> 加多个 <area> 链接到各乡镇页面；没有 alt 时读屏用户\
只听到一串无名链接，无法选择要去的乡镇，键盘用户也看不到焦点落在哪里。\n\n\
如何修复：给每个热区写出目标名称，如 <area shape=\"poly\" coords=\"…\" href=\"/xzdh/qxz/\" alt=\"清溪镇\">；\
同时在地图旁提供一份文字乡镇列表更好。\n\n\
参考：WCAG 2.1 成功准则 1.1.1 非文本内容、2.4.4 链接目的（上下文中）、4.1.2 名称、角色和值；\
GB/T 37668-2019 可感知性、可操作性；axe-core 规则 area-alt。",
    docs_en: "\
What it checks: whether every <area> with href inside a <map> has a non-empty alt, aria-label, \
aria-labelledby or a non-empty title. As in axe, hidden areas are checked too.\n\n\
Why it matters: the township navigation (乡镇导航) of a county map is often an <img usemap> with one <area> \
link per township; without alt a screen reader user hears a row of unnamed links.\n\n\
How to fix: name each target, e.g. <area shape=\"poly\" coords=\"…\" href=\"/xzdh/qxz/\" alt=\"清溪镇\">, and \
offer a text list of townships next to the map.\n\n\
References: WCAG 2.1 success criteria 1.1.1 Non-text Content, 2.4.4 Link Purpose (In Context), 4.1.2 \
Name, Role, Value; GB/T 37668-2019 perceivable, operable; axe-core rule area-alt.",
    standard: Some(Standard {
        impact: Impact::Critical,
        tags: &["cat.text-alternatives", "wcag2a", "wcag244", "wcag412"],
        principle: Principle::Operable,
    }),
};

/// Inside a `<template>`: not part of the document axe walks.
fn in_template(el: ElementRef<'_>) -> bool {
    el.ancestors().filter_map(ElementRef::wrap).any(|a| a.value().name() == "template")
}

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let names = Names::new(doc.dom);
    doc.dom
        .tagged("area")
        .map(|e| e.el)
        .filter(|el| el.value().attr_of("href").is_some() && !in_template(*el))
        .filter(|el| el.ancestors().filter_map(ElementRef::wrap).any(|a| a.value().name() == "map"))
        .filter(|el| !(names.non_empty_attr(*el, "alt") || names.aria_or_title(*el)))
        .map(|el| issue(INFO.id, doc, el, &doc.lang().word("a11y-area-alt-detail"), Some("href")))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::page::test_run;

    #[test]
    fn decides_like_axe() {
        let cases = [
            (r#"<map name="m"><area href="/a/" coords="0,0,1,1"></map>"#, 1),
            (r#"<map name="m"><area href="/a/" alt=""></map>"#, 1),
            (r#"<map name="m"><area href="/a/" alt="清溪镇"></map>"#, 0),
            (r#"<map name="m"><area href="/a/" title="清溪镇"></map>"#, 0),
            (r#"<map name="m"><area nohref alt=""></map>"#, 0),
            (r#"<area href="/a/">"#, 0),
            (r#"<div hidden><map name="m"><area href="/a/"></map></div>"#, 1),
        ];
        for (html, want) in cases {
            assert_eq!(test_run(run, html).len(), want, "{html}");
        }
    }
}
