//! What the document rules share: the small pieces of JavaScript and of
//! axe-core's utilities their decisions depend on (`String.trim`,
//! `parseFloat`, axe's `sanitize` and `tokenList`, `isValidLang`,
//! `isFocusable`, the ids ARIA and labels refer to), written once so that
//! each rule reads like its axe-core counterpart.

use std::collections::HashSet;

use scraper::ElementRef;

use super::lang_codes::LANGS;
use crate::a11y::dom::Dom;
use crate::page_check::PageDoc;

/// JavaScript's `String.prototype.trim`: Unicode white space and the BOM
/// (Rust's `trim` keeps U+FEFF and drops U+0085; JavaScript does the
/// reverse).
pub fn js_trim(s: &str) -> &str {
    s.trim_matches(is_js_space)
}

fn is_js_space(c: char) -> bool {
    (c.is_whitespace() && c != '\u{85}') || c == '\u{feff}'
}

/// JavaScript's `parseFloat`: the longest prefix that reads as a decimal
/// number after leading white space, NaN when there is none.
pub fn js_parse_float(s: &str) -> f64 {
    let s = s.trim_start_matches(is_js_space);
    let (sign, rest) = match s.as_bytes().first() {
        Some(b'-') => (-1.0, &s[1..]),
        Some(b'+') => (1.0, &s[1..]),
        _ => (1.0, s),
    };
    if rest.starts_with("Infinity") {
        return sign * f64::INFINITY;
    }
    let b = rest.as_bytes();
    let digits = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let int = digits(0);
    let mut end = int;
    let mut frac = 0;
    if b.get(end) == Some(&b'.') {
        frac = digits(end + 1);
        end += 1 + frac;
    }
    if int == 0 && frac == 0 {
        return f64::NAN;
    }
    if matches!(b.get(end), Some(b'e' | b'E')) {
        let signed = usize::from(matches!(b.get(end + 1), Some(b'+' | b'-')));
        let exp = digits(end + 1 + signed);
        if exp > 0 {
            end += 1 + signed + exp;
        }
    }
    // "5." and ".5" are valid Rust floats too; the prefix is ASCII.
    rest[..end].parse::<f64>().map_or(f64::NAN, |v| sign * v)
}

/// axe's `sanitize`: CRLF to LF, no-break spaces to spaces, runs of two or
/// more white-space characters to one space, trimmed.
pub fn sanitize(s: &str) -> String {
    let s = s.replace("\r\n", "\n").replace('\u{a0}', " ");
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if is_js_space(c) && chars.peek().is_some_and(|&n| is_js_space(n)) {
            while chars.peek().is_some_and(|&n| is_js_space(n)) {
                chars.next();
            }
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    js_trim(&out).to_owned()
}

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
            let value = el.value().attr(name)?;
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
    let inert = el.value().attr("inert").is_some()
        || el.ancestors().filter_map(ElementRef::wrap).any(|a| a.value().attr("inert").is_some());
    !dom.is_aria_hidden(el) && !inert
}

/// axe's `isVisibleOnScreen` as far as the markup tells: not hidden from
/// everyone, and no inline `opacity: 0` on the element or an ancestor.
/// (Off-screen positioning and clipping need layout: not seen.)
pub fn on_screen(dom: &Dom<'_>, el: ElementRef<'_>) -> bool {
    let transparent = |e: ElementRef<'_>| e.value().attr("style").is_some_and(opacity_zero);
    !dom.is_hidden(el) && !transparent(el) && !el.ancestors().filter_map(ElementRef::wrap).any(transparent)
}

fn opacity_zero(style: &str) -> bool {
    style.split(';').any(|decl| {
        let Some((prop, value)) = decl.split_once(':') else { return false };
        let value = value.trim().trim_end_matches("!important").trim();
        prop.trim().eq_ignore_ascii_case("opacity") && js_parse_float(value) == 0.0
    })
}

/// axe's `parseTabindex`: the leading integer of the trimmed value.
/// Returns the sign of the number (-1, 0, 1) to avoid overflow on long
/// digit strings; `None` when the value does not start with one.
pub fn tabindex_sign(value: &str) -> Option<i8> {
    let v = js_trim(value);
    let (negative, rest) = match v.as_bytes().first() {
        Some(b'-') => (true, &v[1..]),
        Some(b'+') => (false, &v[1..]),
        _ => (false, v),
    };
    let digits: &str = &rest[..rest.bytes().take_while(u8::is_ascii_digit).count()];
    if digits.is_empty() {
        return None;
    }
    Some(match (digits.bytes().all(|d| d == b'0'), negative) {
        (true, _) => 0,
        (false, true) => -1,
        (false, false) => 1,
    })
}

/// axe's `isFocusable` from the markup: not disabled, inert or hidden, and
/// either natively focusable or carrying a `tabindex` that parses.
pub fn is_focusable(dom: &Dom<'_>, el: ElementRef<'_>) -> bool {
    if focus_disabled(dom, el) {
        return false;
    }
    natively_focusable(el) || el.value().attr("tabindex").and_then(tabindex_sign).is_some()
}

/// axe's `focusDisabled`: `disabled` where the element supports it, an
/// `inert` ancestor, a disabled `<fieldset>` above it (up to a `<legend>`),
/// or hidden from everyone (except `<area>`).
fn focus_disabled(dom: &Dom<'_>, el: ElementRef<'_>) -> bool {
    let v = el.value();
    let disabled_allowed = matches!(
        v.name(),
        "button"
            | "command"
            | "fieldset"
            | "keygen"
            | "optgroup"
            | "option"
            | "select"
            | "textarea"
            | "input"
    );
    let inert = v.attr("inert").is_some()
        || el.ancestors().filter_map(ElementRef::wrap).any(|a| a.value().attr("inert").is_some());
    if (disabled_allowed && v.attr("disabled").is_some()) || inert {
        return true;
    }
    for a in el.ancestors().filter_map(ElementRef::wrap) {
        match a.value().name() {
            "legend" => break,
            "fieldset" if a.value().attr("disabled").is_some() => return true,
            _ => {}
        }
    }
    v.name() != "area" && dom.is_hidden(el)
}

/// axe's `isNativelyFocusable` (after `focusDisabled`).
fn natively_focusable(el: ElementRef<'_>) -> bool {
    let v = el.value();
    match v.name() {
        "a" | "area" => v.attr("href").is_some(),
        "input" => !v.attr("type").is_some_and(|t| t.eq_ignore_ascii_case("hidden")),
        "textarea" | "select" | "summary" | "button" => true,
        "details" => !el.descendants().filter_map(ElementRef::wrap).any(|d| d.value().name() == "summary"),
        _ => false,
    }
}

/// The ARIA attributes whose value is an id reference list (axe's
/// standards, type `idref` or `idrefs`).
const IDREF_ATTRS: &[&str] = &[
    "aria-activedescendant",
    "aria-controls",
    "aria-describedby",
    "aria-details",
    "aria-errormessage",
    "aria-flowto",
    "aria-labelledby",
    "aria-owns",
];

/// The id values something on the page refers to, as axe's
/// `getAccessibleRefs` collects them: `<label for>` verbatim, and the
/// tokens of the id-reference ARIA attributes (sanitized, split on spaces).
pub fn referenced_ids(doc: &PageDoc<'_>) -> HashSet<String> {
    let mut refs = HashSet::new();
    for e in doc.dom.entries() {
        let v = e.el.value();
        let has_ref =
            v.name() == "label" && v.attr("for").is_some() || IDREF_ATTRS.iter().any(|a| v.attr(a).is_some());
        if !has_ref || in_template(e.el) {
            continue;
        }
        if v.name() == "label"
            && let Some(id) = v.attr("for")
        {
            refs.insert(id.to_owned());
        }
        for attr in IDREF_ATTRS {
            let value = sanitize(v.attr(attr).unwrap_or_default());
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
    fn parse_float_reads_a_prefix_like_javascript() {
        let cases: &[(&str, f64)] = &[
            ("5", 5.0),
            (" 1.0", 1.0),
            ("1.5abc", 1.5),
            ("5.", 5.0),
            (".5", 0.5),
            ("1.2.3", 1.2),
            ("-1", -1.0),
            ("+2", 2.0),
            ("1e1", 10.0),
            ("1e", 1.0),
            ("Infinity", f64::INFINITY),
        ];
        for &(s, want) in cases {
            assert_eq!(js_parse_float(s), want, "{s}");
        }
        for s in [".", "", "yes", "device-width", "-", "e5"] {
            assert!(js_parse_float(s).is_nan(), "{s}");
        }
    }

    #[test]
    fn sanitize_collapses_runs_only() {
        assert_eq!(sanitize("  a \t b\u{a0}c  "), "a b c");
        assert_eq!(sanitize("a\nb"), "a\nb");
        assert_eq!(sanitize("\u{3000}"), "");
    }

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

    #[test]
    fn tabindex_parses_a_leading_integer() {
        let table: &[(&str, Option<i8>)] = &[
            ("1", Some(1)),
            (" 2 ", Some(1)),
            ("+3", Some(1)),
            ("01", Some(1)),
            ("1.5", Some(1)),
            ("0", Some(0)),
            ("-0", Some(0)),
            ("-1", Some(-1)),
            ("99999999999999999999999", Some(1)),
            ("", None),
            ("a1", None),
            ("- 1", None),
        ];
        for &(v, want) in table {
            assert_eq!(tabindex_sign(v), want, "{v:?}");
        }
    }
}
