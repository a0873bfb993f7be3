//! `a11y.duplicate-id`: an id value is used by more than one element
//! (axe-core `duplicate-id`: deprecated and off by default since axe-core
//! 4.7, decided here as its last definition, 4.14, does). The shared
//! search also serves `a11y.duplicate-id-aria`.

use std::collections::{HashMap, HashSet};

use scraper::ElementRef;

use super::support::{in_template, referenced_ids};
use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::focus::is_focusable;
use crate::facts::a11y::js::js_trim;
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.duplicate-id",
    severity: Severity::Notice,
    title_zh: "id 属性值在页面中重复",
    title_en: "id attribute value is not unique",
    docs_zh: "\
检查内容：页面中是否有多个元素使用同一个 id。与 axe-core 的 duplicate-id 规则相同：只看既没有被 aria-labelledby、\
aria-describedby 等 ARIA 属性或 <label for> 引用、使用它的元素又都不能获得焦点的 id（被引用的由 a11y.duplicate-id-aria \
检查，可获得焦点的属于 axe 已停用的 duplicate-id-active）；隐藏元素也算；每个重复的 id 值只报一处，记在第一个使用它的元素上，\
详情给出使用次数。

为何重要：id 应在页面内唯一；重复时脚本、页内锚点和辅助技术只能找到第一个元素。\
县级网站模板常把 id=\"nav\"、id=\"list\"、id=\"more\" 在每个栏目区块重复一遍。WCAG 2.2 已删除 4.1.1 解析准则，\
axe-core 自 4.7 起把本规则标为“已弃用”并默认关闭；与 axe 对比时须显式启用（rules: {'duplicate-id': {enabled: true}}）。

如何修复：给每个区块不同的 id（nav-news、nav-notice），或改用 class；模板循环输出时在 id 上加序号。

参考：WCAG 2.1 成功准则 4.1.1 解析（A 级，WCAG 2.2 已废止）；GB/T 37668-2019 兼容性原则；axe-core 规则 duplicate-id。\
govaudit 与 axe 的差别：“能否获得焦点”只从 HTML 和行内样式判断；<template> 里的元素不算，与浏览器一致。",
    docs_en: "\
What it checks: whether several elements share one id value. As axe-core's duplicate-id rule: only ids \
that no ARIA attribute (aria-labelledby, aria-describedby …) or <label for> refers to, and that no \
focusable element uses (referenced ids are a11y.duplicate-id-aria's; focusable ones belonged to axe's \
retired duplicate-id-active); hidden elements count; each duplicated value is reported once, on the \
first element that uses it, with the count in the detail.

Why it matters: an id must be unique in the page; with duplicates, scripts, in-page anchors and \
assistive technology find only the first element. County templates repeat id=\"nav\", id=\"list\" or \
id=\"more\" in every column block. WCAG 2.2 removed criterion 4.1.1 Parsing, and axe-core 4.7 and later \
mark this rule deprecated and run it only when enabled: a comparison with axe must enable it \
(rules: {'duplicate-id': {enabled: true}}).

How to fix: give each block its own id (nav-news, nav-notice) or use a class; number ids when a \
template repeats a block.

References: WCAG 2.1 success criterion 4.1.1 Parsing (A; obsolete in WCAG 2.2); GB/T 37668-2019 \
principle: compatible; axe-core rule duplicate-id. Differences from axe: focusability is read from HTML \
and inline styles only; elements inside <template> do not count, as in a browser.",
    standard: Some(Standard {
        impact: Impact::Minor,
        tags: &["cat.parsing", "wcag2a-obsolete", "wcag411", "deprecated"],
        principle: Principle::Robust,
    }),
};

/// Which of axe's two duplicate-id rules is asking.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Refs {
    /// `duplicate-id`: ids nothing refers to, on non-focusable elements.
    Unreferenced,
    /// `duplicate-id-aria`: ids ARIA or a `<label for>` refers to.
    Referenced,
}

/// The first element of each duplicated id value the rule applies to,
/// with how many elements use the value, in document order.
///
/// axe's `duplicate-id-evaluate` trims the id and fails when another
/// element's id equals the trimmed value; its `after` keeps one result per
/// trimmed value, the first in document order among the elements the
/// rule's `matches` kept.
pub(super) fn duplicates<'a>(doc: &PageDoc<'a>, which: Refs) -> Vec<(ElementRef<'a>, usize)> {
    // Template contents are not in a browser's document.
    let ids: Vec<(ElementRef<'a>, &'a str, &'a str)> = doc
        .dom
        .entries()
        .filter_map(|e| {
            let raw = e.el.value().attr_of("id")?;
            (!(e.hidden && in_template(e.el))).then_some((e.el, raw, js_trim(raw)))
        })
        .collect();
    let mut raw_count: HashMap<&str, usize> = HashMap::new();
    for (_, raw, _) in &ids {
        *raw_count.entry(raw).or_default() += 1;
    }
    let others = |raw: &str, key: &str| raw_count.get(key).copied().unwrap_or(0) - usize::from(raw == key);
    if !ids.iter().any(|(_, raw, key)| !key.is_empty() && others(raw, key) > 0) {
        return Vec::new();
    }
    let refs = referenced_ids(doc);
    let mut focusable: HashMap<&str, bool> = HashMap::new();
    let mut seen: HashSet<&str> = HashSet::new();
    let mut out = Vec::new();
    for &(el, raw, key) in &ids {
        if key.is_empty() {
            continue;
        }
        let referenced = refs.contains(raw);
        let applies = match which {
            Refs::Referenced => referenced,
            Refs::Unreferenced => {
                !referenced
                    && !*focusable.entry(key).or_insert_with(|| {
                        doc.dom.by_id(key).any(|m| !in_template(m) && is_focusable(doc.dom, m))
                    })
            }
        };
        if !applies || !seen.insert(key) {
            continue;
        }
        let n = others(raw, key);
        if n > 0 {
            out.push((el, n + 1));
        }
    }
    out
}

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    duplicates(doc, Refs::Unreferenced)
        .into_iter()
        .map(|(el, n)| {
            let id = js_trim(el.value().attr_of("id").unwrap_or_default());
            let detail =
                doc.lang().word_with("a11y-duplicate-id-detail", &[("id", id.into()), ("count", n.into())]);
            PageIssue::at(INFO.id, el).with_detail(detail)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{count, issues};

    fn n(body: &str) -> usize {
        count("a11y.duplicate-id", &format!("<html lang=\"zh-CN\"><body>{body}</body></html>"))
    }

    #[test]
    fn one_issue_per_duplicated_value() {
        assert_eq!(n(r#"<div id="nav">一</div><div id="nav">二</div><div id="nav">三</div>"#), 1);
        assert_eq!(n(r#"<div id="nav"></div><div id="nav"></div><ul id="list"></ul><ul id="list"></ul>"#), 2);
        assert_eq!(n(r#"<div id="nav"></div><div id="main"></div>"#), 0);
        // Hidden elements count.
        assert_eq!(n(r#"<div id="nav"></div><div id="nav" style="display:none"></div>"#), 1);
        // Template contents do not.
        assert_eq!(n(r#"<div id="nav"></div><template><div id="nav"></div></template>"#), 0);
        // Trimmed: " nav" collides with "nav".
        assert_eq!(n(r#"<div id=" nav"></div><div id="nav"></div>"#), 1);
        assert_eq!(n(r#"<div id=""></div><div id=""></div>"#), 0);
    }

    #[test]
    fn focusable_and_referenced_ids_are_other_rules() {
        // A focusable element with the id: duplicate-id-active (retired).
        assert_eq!(n(r#"<a id="more" href="/a">更多</a><a id="more" href="/b">更多</a>"#), 0);
        assert_eq!(n(r#"<span id="more"></span><div id="more" tabindex="0"></div>"#), 0);
        // Not focusable: no href, disabled, hidden.
        assert_eq!(n(r#"<a id="more">更多</a><button id="more" disabled>更多</button>"#), 1);
        assert_eq!(n(r#"<div id="x"></div><a id="x" href="/a" hidden>隐</a>"#), 1);
        // Referenced: duplicate-id-aria.
        assert_eq!(n(r#"<h2 id="t">通知</h2><h2 id="t">公告</h2><ul aria-labelledby="t"></ul>"#), 0);
    }

    #[test]
    fn issue_is_on_the_first_element() {
        let found = issues(
            "a11y.duplicate-id",
            r#"<html><body><div class="a" id="nav"></div><div class="b" id="nav"></div></body></html>"#,
        );
        assert_eq!(found.len(), 1);
        assert!(found[0].evidence.contains("class=\"a\""));
        assert_eq!(found[0].detail.as_deref(), Some("id=\"nav\" 在本页被 2 个元素使用"));
    }
}
