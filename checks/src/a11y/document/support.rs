//! What only the document rules share: axe-core's language checks
//! (`isValidLang`), its visibility readings (`isVisibleToScreenReaders`,
//! `isVisibleOnScreen`), the ids ARIA and labels refer to, and the rule
//! body of `blink` and `marquee`, written once so that each rule reads like
//! its axe-core counterpart. JavaScript's string and number rules are
//! [`crate::facts::a11y::js`]'s, focusability [`crate::facts::a11y::focus`]'s.

use std::collections::HashSet;

use scraper::ElementRef;

use super::lang_codes::LANGS;
use crate::facts::a11y::dom::Dom;
use crate::facts::a11y::js::{js_trim, parse_float, sanitize};
use crate::facts::a11y::standards;
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

/// axe's `getBaseLang`: the primary subtag, lower case.
pub fn base_lang(lang: &str) -> String {
    js_trim(lang).split('-').next().unwrap_or_default().to_lowercase()
}

/// axe's `isValidLang` on a primary subtag: a two- or three-letter code in
/// its list (it pads shorter values with a backtick, which stands for "end").
pub fn is_valid_lang(base: &str) -> bool {
    if base.len() > 3 || !base.bytes().all(|b| b.is_ascii_lowercase() || b == b'`') {
        return false;
    }
    let code = base.trim_end_matches('`');
    !code.contains('`') && LANGS.binary_search(&code).is_ok()
}

/// axe's `valid-lang` check on one attribute value: the value names an
/// unknown primary language, or is nothing but white space.
pub fn lang_value_invalid(value: &str) -> bool {
    let base = base_lang(value);
    (!base.is_empty() && !is_valid_lang(&base)) || (!value.is_empty() && sanitize(value).is_empty())
}

/// The `lang` / `xml:lang` attributes of `el` that axe calls invalid, as
/// `name="value"` in that order.
pub fn invalid_lang_attrs(el: ElementRef<'_>) -> Vec<String> {
    ["lang", "xml:lang"]
        .into_iter()
        .filter_map(|name| {
            let value = el.value().attr_of(name)?;
            lang_value_invalid(value).then(|| format!("{name}=\"{value}\""))
        })
        .collect()
}

/// Inside a `<template>`: the parser keeps template contents under the
/// element, but a browser's DOM (and so axe) does not see them there.
pub fn in_template(el: ElementRef<'_>) -> bool {
    el.ancestors().filter_map(ElementRef::wrap).any(|a| a.value().name() == "template")
}

/// axe's `isVisibleToScreenReaders`, which its default `excludeHidden`
/// applies: not hidden, not under `aria-hidden="true"`, not `inert`.
pub fn screen_reader_visible(dom: &Dom<'_>, el: ElementRef<'_>) -> bool {
    let inert = el.value().attr_of("inert").is_some()
        || el.ancestors().filter_map(ElementRef::wrap).any(|a| a.value().attr_of("inert").is_some());
    !dom.is_aria_hidden(el) && !inert
}

/// axe's `isVisibleOnScreen` as far as the markup tells: not hidden from
/// everyone, and no inline `opacity: 0` on the element or an ancestor.
/// (Off-screen positioning and clipping need layout: not seen.)
pub fn on_screen(dom: &Dom<'_>, el: ElementRef<'_>) -> bool {
    let transparent = |e: ElementRef<'_>| e.value().attr_of("style").is_some_and(opacity_zero);
    !dom.is_hidden(el) && !transparent(el) && !el.ancestors().filter_map(ElementRef::wrap).any(transparent)
}

/// The rule body of `blink` and `marquee` (axe: the element, check
/// `is-on-screen` under `none`): one issue per `tag` element shown on
/// screen. `aria-hidden` does not exempt it: moving text is still seen.
pub fn each_on_screen(doc: &PageDoc<'_>, check: &'static str, tag: &'static str) -> Vec<PageIssue> {
    doc.dom
        .tagged(tag)
        .filter(|e| on_screen(doc.dom, e.el) && !in_template(e.el))
        .map(|e| PageIssue::at(check, e.el))
        .collect()
}

fn opacity_zero(style: &str) -> bool {
    style.split(';').any(|decl| {
        let Some((prop, value)) = decl.split_once(':') else { return false };
        let value = value.trim().trim_end_matches("!important").trim();
        prop.trim().eq_ignore_ascii_case("opacity") && parse_float(value) == 0.0
    })
}

/// The id values something on the page refers to, as axe's
/// `getAccessibleRefs` collects them: `<label for>` verbatim, and the
/// tokens of the ARIA attributes of type `idref` or `idrefs` in axe's
/// table (sanitized, split on spaces).
pub fn referenced_ids(doc: &PageDoc<'_>) -> HashSet<String> {
    let mut refs = HashSet::new();
    for e in doc.dom.entries() {
        let v = e.el.value();
        let has_ref = v.name() == "label" && v.attr_of("for").is_some()
            || v.attrs().any(|(name, _)| standards::is_idref(name));
        if !has_ref || in_template(e.el) {
            continue;
        }
        if v.name() == "label"
            && let Some(id) = v.attr_of("for")
        {
            refs.insert(id.to_owned());
        }
        for (attr, value) in v.attrs() {
            if !standards::is_idref(attr) {
                continue;
            }
            let value = sanitize(value);
            if value.is_empty() {
                continue;
            }
            // axe's tokenList splits on single spaces only.
            for token in value.split(' ') {
                refs.insert(token.to_owned());
            }
        }
    }
    refs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_codes_follow_axe() {
        assert!(LANGS.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(LANGS.len(), 8268);
        for ok in ["zh", "en", "yue", "cmn", "zh`"] {
            assert!(is_valid_lang(ok), "{ok}");
        }
        for bad in ["cn", "zh_cn", "gb2312", "zho", "chi", "z`h", "chinese", "", "中文"] {
            assert!(!is_valid_lang(bad), "{bad}");
        }
        let table: &[(&str, bool)] = &[
            ("zh-CN", false),
            ("ZH-cn", false),
            ("zh-Hans-CN", false),
            ("en-US", false),
            ("", false),
            ("cn", true),
            ("zh_CN", true),
            ("gb2312", true),
            (" ", true),
            ("-CN", false),
        ];
        for &(value, invalid) in table {
            assert_eq!(lang_value_invalid(value), invalid, "{value:?}");
        }
    }
}
