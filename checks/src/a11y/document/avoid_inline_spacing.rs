//! `a11y.avoid-inline-spacing`: an inline style fixes letter or word
//! spacing with `!important` below what WCAG 1.4.12 lets users set
//! (axe-core rule `avoid-inline-spacing`).
//!
//! axe: selector `[style]`, matches `avoid-inline-spacing-matches` (the
//! element has visible text), hidden ones skipped; all of
//! `important-letter-spacing` (at least 0.12 times the font size),
//! `important-word-spacing` (0.16) and `important-line-height` (1.5, on
//! multi-line text only). A property passes unless the inline style
//! declares it `!important`; `inherit`, `unset`, `revert` and
//! `revert-layer` pass; `normal` counts as 0.
//!
//! Static HTML: the font size is the nearest inline `font-size` in pixels
//! (`px`, `pt`, `rem`) on the element or an ancestor, else the browser's
//! 16px: a stylesheet's size is not seen. `line-height` is left out,
//! because axe checks it only where the text wraps onto several lines,
//! which only layout knows; govaudit errs toward not reporting.

use scraper::ElementRef;

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::inline_style::declarations;
use crate::facts::a11y::js::parse_float;
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.avoid-inline-spacing",
    severity: Severity::Deduction,
    title_zh: "行内样式用 !important 锁定了过小的字间距或词间距",
    title_en: "Inline style locks letter or word spacing too small with !important",
    docs_zh: "\
检查内容：有可见文字的元素的 style 属性里，letter-spacing（字间距）或 word-spacing（词间距）带 !important，\
且小于字号的 0.12 倍（字间距）或 0.16 倍（词间距）；normal 算作 0。不带 !important 的不报告（用户样式可以覆盖）。\
与 axe-core 的 avoid-inline-spacing 规则一致，隐藏的元素不检查。\n\n\
为何重要：低视力和阅读障碍的用户需要用浏览器插件或自定义样式加大字间距、行距；\
行内样式的 !important 会压过用户的设置，文字挤在一起无法调开。\n\n\
如何修复：去掉行内样式里的 !important，或把间距写在样式表里；确需固定时不小于 0.12em（字间距）、0.16em（词间距）。\n\n\
参考：WCAG 2.1 成功准则 1.4.12 文本间距（AA 级）；GB/T 37668-2019 可感知性原则；axe-core 规则 avoid-inline-spacing。\
govaudit 只读 HTML：字号取元素或祖先行内样式中的像素字号，没有时按浏览器默认的 16px，看不到样式表设置的字号；\
line-height（行距）axe 只在文字折成多行时检查，这要排版才能知道，govaudit 不检查行距，宁可少报。",
    docs_en: "\
What it checks: on an element with visible text, whether its style attribute sets letter-spacing or \
word-spacing with !important below 0.12 (letter) or 0.16 (word) times the font size; normal counts as 0. \
Without !important nothing is reported (a user style can override it). As axe-core's avoid-inline-spacing \
rule; hidden elements are skipped.\n\n\
Why it matters: people with low vision or dyslexia widen letter, word and line spacing with a browser \
extension or their own style sheet; an inline !important beats their setting and the text stays cramped.\n\n\
How to fix: drop !important from the inline style, or set spacing in the style sheet; if it must be fixed, \
use at least 0.12em (letters) and 0.16em (words).\n\n\
References: WCAG 2.1 success criterion 1.4.12 Text Spacing (AA); GB/T 37668-2019 principle: perceivable; \
axe-core rule avoid-inline-spacing. govaudit reads HTML only: the font size is the nearest inline pixel size \
on the element or an ancestor, else the browser's 16px, not a stylesheet's; axe checks line-height only \
where text wraps onto several lines, which takes layout, so govaudit leaves line-height out and errs \
toward not reporting.",
    standard: Some(Standard {
        impact: Impact::Serious,
        tags: &["cat.structure", "wcag21aa", "wcag1412"],
        principle: Principle::Perceivable,
    }),
};

/// The properties checked, with the least multiple of the font size.
const LIMITS: &[(&str, f64)] = &[("letter-spacing", 0.12), ("word-spacing", 0.16)];

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    doc.dom
        .entries()
        .filter(|e| !e.hidden && !e.aria_hidden)
        .filter_map(|e| {
            let style = e.el.value().attr_of("style")?;
            let (prop, value) = LIMITS.iter().find_map(|&(prop, min)| {
                let value = important_value(style, prop)?;
                let ratio = spacing_ratio(&value, font_size(e.el))?;
                (ratio < min).then_some((prop, value))
            })?;
            if !has_visible_text(doc, e.el) {
                return None;
            }
            let detail = doc.lang().word_with(
                "a11y-avoid-inline-spacing-detail",
                &[("property", prop.into()), ("value", value.into())],
            );
            Some(PageIssue::at(INFO.id, e.el).with_detail(detail))
        })
        .collect()
}

/// The last declaration of `prop` when it is `!important`, lower case,
/// without the priority.
fn important_value(style: &str, prop: &str) -> Option<String> {
    let (_, value) = declarations(style).filter(|(p, _)| p == prop).last()?;
    let value = value.to_ascii_lowercase();
    let value = value.strip_suffix("important")?.trim_end().strip_suffix('!')?.trim().to_owned();
    (!matches!(value.as_str(), "inherit" | "unset" | "revert" | "revert-layer" | "initial")).then_some(value)
}

/// The spacing as a multiple of the font size; `None` for a value that is
/// no length (axe: "needs review").
fn spacing_ratio(value: &str, font_px: f64) -> Option<f64> {
    if value == "normal" {
        return Some(0.0);
    }
    if let Some(em) = value.strip_suffix("em").filter(|v| !v.ends_with('r')) {
        return number(em);
    }
    length_px(value).map(|px| px / font_px)
}

/// A length in pixels: `px`, `pt`, `rem` (of the 16px root) or a bare 0.
fn length_px(value: &str) -> Option<f64> {
    if let Some(v) = value.strip_suffix("rem") {
        return number(v).map(|n| n * 16.0);
    }
    if let Some(v) = value.strip_suffix("px") {
        return number(v);
    }
    if let Some(v) = value.strip_suffix("pt") {
        return number(v).map(|n| n * 4.0 / 3.0);
    }
    number(value).filter(|n| *n == 0.0)
}

fn number(s: &str) -> Option<f64> {
    let n = parse_float(s.trim());
    (!n.is_nan()).then_some(n)
}

/// The nearest inline `font-size` in pixels on the element or an
/// ancestor, else 16.
fn font_size(el: ElementRef<'_>) -> f64 {
    std::iter::once(el)
        .chain(el.ancestors().filter_map(ElementRef::wrap))
        .find_map(|e| {
            let style = e.value().attr_of("style")?;
            let (_, value) = declarations(style).filter(|(p, _)| p == "font-size").last()?;
            let value = value.trim_end_matches("!important").trim().to_ascii_lowercase();
            length_px(&value).filter(|px| *px > 0.0)
        })
        .unwrap_or(16.0)
}

/// `visibleVirtual(node)` is not empty: some text shown on screen.
fn has_visible_text(doc: &PageDoc<'_>, el: ElementRef<'_>) -> bool {
    el.descendants().any(|n| {
        n.value().as_text().is_some_and(|t| !t.trim().is_empty())
            && n.parent().and_then(ElementRef::wrap).is_some_and(|p| !doc.dom.is_hidden(p))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::page::test_run;

    #[test]
    fn decides_like_axe() {
        let cases = [
            (r#"<p style="letter-spacing: 1px !important">通知公告</p>"#, 1),
            (r#"<p style="letter-spacing: 2px !important">通知公告</p>"#, 0),
            (r#"<p style="letter-spacing: 1px">通知公告</p>"#, 0),
            (r#"<p style="letter-spacing: 0.1em !important">通知公告</p>"#, 1),
            (r#"<p style="letter-spacing: 0.12em !important">通知公告</p>"#, 0),
            (r#"<p style="letter-spacing: normal !important">通知公告</p>"#, 1),
            (r#"<p style="word-spacing: 0 ! important">a b</p>"#, 1),
            (r#"<p style="word-spacing: inherit !important">a b</p>"#, 0),
            (r#"<div style="font-size: 12px"><p style="letter-spacing: 1.5px !important">通知</p></div>"#, 0),
            (r#"<p style="letter-spacing: 1px !important"><img src="/a.png" alt="x"></p>"#, 0),
            (r#"<p style="letter-spacing: 1px !important" hidden>通知公告</p>"#, 0),
            (r#"<p style="line-height: 1 !important">通知公告</p>"#, 0),
            (r#"<p style="letter-spacing: 5% !important">通知公告</p>"#, 0),
        ];
        for (html, want) in cases {
            assert_eq!(test_run(run, html).len(), want, "{html}");
        }
    }
}
