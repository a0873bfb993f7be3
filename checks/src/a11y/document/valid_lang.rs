//! `a11y.valid-lang`: an element inside the page marks its text with a
//! `lang` (or `xml:lang`) that names no known language (axe-core
//! `valid-lang`, check `valid-lang`).

use scraper::ElementRef;
use scraper::node::Node;

use super::support::{invalid_lang_attrs, screen_reader_visible};
use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::dom::{Dom, non_empty};
use crate::facts::a11y::js::js_trim;
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.valid-lang",
    severity: Severity::Deduction,
    title_zh: "元素的 lang 不是有效的语言代码",
    title_en: "Element lang is not a valid language code",
    docs_zh: "\
检查内容：<html> 以外带 lang 或 xml:lang 属性的元素，其值是否以有效的语言代码开头。与 axe-core 的 valid-lang \
规则相同：取第一个连字符之前的主语言子标签，转小写后须在 axe-core 的语言代码表中；只有空白的值也不通过；\
元素自身没有文字（也没有带文字、未另设 lang 的可见子元素）时不报；对读屏软件隐藏的元素（hidden、display:none、\
aria-hidden=\"true\" 及其内部）不检查。空的 lang=\"\" 表示“语言未知”，不算错误。

为何重要：读屏软件按 lang 切换发音；无效的代码使这段文字按错误的语言朗读。\
常见于从其他网站复制来的英文版链接、外文名称，写成 lang=\"english\"、lang=\"cn\"。

如何修复：用 IANA 语言代码：英文 en、简体中文 zh-CN、繁体中文 zh-TW、藏文 bo、维吾尔文 ug、蒙古文 mn；\
不确定时删掉该属性，文字沿用页面语言。

参考：WCAG 2.1 成功准则 3.1.2 部分语言（AA 级）；GB/T 37668-2019 可理解性原则；axe-core 规则 valid-lang。\
govaudit 与 axe 的差别：“元素有无文字”对图片、表单控件等要用可访问名称判断，govaudit 只看 aria-labelledby、\
aria-label、alt、value、title、placeholder 和按钮文字，不看 <label>；只从行内样式判断隐藏。",
    docs_en: "\
What it checks: whether an element other than <html> with a lang or xml:lang attribute starts it with a \
valid language code. As axe-core's valid-lang rule: the primary subtag (before the first hyphen), \
lower-cased, must be in axe-core's list of language codes; a value of only white space fails too; an \
element without text of its own (nor a visible child with text and no lang of its own) is not reported; \
elements hidden from screen readers (hidden, display:none, aria-hidden=\"true\" and their content) are \
not tested. An empty lang=\"\" means \"unknown language\" and is not an error.

Why it matters: screen readers switch pronunciation by lang; an invalid code makes the passage read \
with the wrong language's rules. Typical on county sites: lang=\"english\" or lang=\"cn\" on a link to the \
English version or on a foreign name copied from elsewhere.

How to fix: use IANA language codes: en, zh-CN, zh-TW, bo (Tibetan), ug (Uyghur), mn (Mongolian); when \
unsure, remove the attribute so the text takes the page's language.

References: WCAG 2.1 success criterion 3.1.2 Language of Parts (AA); GB/T 37668-2019 principle: \
understandable; axe-core rule valid-lang. Differences from axe: whether an image or a form control has \
text needs its accessible name; govaudit looks at aria-labelledby, aria-label, alt, value, title, \
placeholder and button text, not at <label>; hiding is read from inline styles only.",
    standard: Some(Standard {
        impact: Impact::Serious,
        tags: &["cat.language", "wcag2aa", "wcag312"],
        principle: Principle::Understandable,
    }),
};

/// Elements whose own text nodes axe does not count (`hasChildTextNodes`).
const NO_TEXT: &[&str] =
    &["head", "title", "template", "script", "style", "iframe", "object", "video", "audio", "noscript"];

/// Roles axe's `isVisualContent` treats as content without text.
const VISUAL_ROLES: &[&str] =
    &["checkbox", "img", "meter", "progressbar", "scrollbar", "radio", "slider", "spinbutton", "textbox"];

fn is_visual_content(el: ElementRef<'_>) -> bool {
    if let Some(role) = crate::facts::a11y::dom::role(el) {
        return VISUAL_ROLES.contains(&role.as_str());
    }
    let v = el.value();
    match v.name() {
        "img" | "iframe" | "object" | "video" | "audio" | "canvas" | "svg" | "math" | "button" | "select"
        | "textarea" | "keygen" | "progress" | "meter" => true,
        "input" => !v.attr_of("type").is_some_and(|t| t.eq_ignore_ascii_case("hidden")),
        _ => false,
    }
}

/// An approximation of axe's accessible text for visual content (see the
/// docs: `<label>` is not followed).
fn has_accessible_text(dom: &Dom<'_>, el: ElementRef<'_>) -> bool {
    let v = el.value();
    if dom.labelledby_text(el).is_some_and(|t| !t.is_empty()) {
        return true;
    }
    let input_type = v.attr_of("type").map(|t| t.trim().to_ascii_lowercase());
    let own = match v.name() {
        "img" | "area" => v.attr_of("alt"),
        "input" => match input_type.as_deref() {
            // Browsers label these even without a value.
            Some("submit" | "reset") => return true,
            Some("image") => v.attr_of("alt").or(v.attr_of("value")),
            Some("button") => v.attr_of("value"),
            _ => v.attr_of("placeholder"),
        },
        "textarea" => v.attr_of("placeholder"),
        _ => None,
    };
    non_empty(v.attr_of("aria-label")).is_some()
        || non_empty(own).is_some()
        || (v.name() == "button" && !dom.name_from_content(el, false).is_empty())
        || non_empty(v.attr_of("title")).is_some()
}

/// axe's `hasLangText`: the element has text a language applies to.
fn has_lang_text(dom: &Dom<'_>, el: ElementRef<'_>, depth: usize) -> bool {
    if depth > crate::facts::a11y::dom::MAX_NAME_DEPTH {
        return false;
    }
    let own_text = !NO_TEXT.contains(&el.value().name())
        && el.children().any(|c| matches!(c.value(), Node::Text(t) if !js_trim(t).is_empty()));
    if own_text {
        return true;
    }
    if is_visual_content(el) {
        return has_accessible_text(dom, el);
    }
    el.children().filter_map(ElementRef::wrap).any(|c| {
        c.value().attr_of("lang").is_none_or(str::is_empty)
            && has_lang_text(dom, c, depth + 1)
            && !dom.is_hidden(c)
    })
}

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let mut out = Vec::new();
    for e in doc.dom.entries() {
        let v = e.el.value();
        // Selector [lang]:not(html), [xml:lang]:not(html); excludeHidden.
        if v.name() == "html" || (v.attr_of("lang").is_none() && v.attr_of("xml:lang").is_none()) {
            continue;
        }
        if !screen_reader_visible(doc.dom, e.el) {
            continue;
        }
        let invalid = invalid_lang_attrs(e.el);
        if invalid.is_empty() || !has_lang_text(doc.dom, e.el, 0) {
            continue;
        }
        let list = invalid.join(" ");
        let detail = doc.lang().word_with("a11y-valid-lang-detail", &[("codes", list.into())]);
        out.push(PageIssue::at(INFO.id, e.el).with_detail(detail));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::test_util::count;

    #[test]
    fn parts_need_valid_codes_when_they_have_text() {
        let table: &[(&str, usize)] = &[
            (r#"<p lang="en">English</p>"#, 0),
            (r#"<p lang="">未知</p>"#, 0),
            (r#"<a lang="english" href="/en/">English</a>"#, 1),
            (r#"<span lang="cn">中文</span>"#, 1),
            (r#"<span xml:lang="zh_CN">中文</span>"#, 1),
            (r#"<span lang=" ">中文</span>"#, 1),
            // No text: not reported.
            (r#"<span lang="cn"></span>"#, 0),
            (r#"<span lang="cn">  </span>"#, 0),
            // Text in a child without a lang of its own counts.
            (r#"<div lang="cn"><p><b>通知</b></p></div>"#, 1),
            // A child with its own lang carries its own text.
            (r#"<div lang="cn"><p lang="zh">通知</p></div>"#, 0),
            (r#"<div lang="cn"><p hidden>通知</p></div>"#, 0),
            // Images need an accessible name.
            (r#"<img lang="cn" src="a.png" alt="县政府">"#, 1),
            (r#"<img lang="cn" src="a.png">"#, 0),
            (r#"<input lang="cn" type="submit">"#, 1),
            // Hidden from screen readers: not tested.
            (r#"<div aria-hidden="true"><span lang="cn">中文</span></div>"#, 0),
            (r#"<span lang="cn" style="display:none">中文</span>"#, 0),
            (r#"<template><span lang="cn">中文</span></template>"#, 0),
        ];
        for &(body, want) in table {
            let html =
                format!("<html lang=\"zh-CN\"><head><title>t</title></head><body>{body}</body></html>");
            assert_eq!(count("a11y.valid-lang", &html), want, "{body}");
        }
    }
}
