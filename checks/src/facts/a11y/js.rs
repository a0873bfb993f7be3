//! The JavaScript string and number semantics axe-core's decisions rest
//! on, written once for every accessibility rule: what `\s` and
//! `String.prototype.trim` call white space, axe's `sanitize` and
//! `tokenList`, `parseInt`, `parseFloat` and axe's `parseTabindex`.
//!
//! Rust's own `trim` and `split_whitespace` differ from JavaScript's at the
//! edges (U+0085 and U+FEFF), and a rule that uses them disagrees with axe
//! on pages that carry those characters, so rules use these instead.

/// JavaScript's `\s` (and `String.prototype.trim`'s) white space: Rust's
/// `White_Space` without U+0085, plus the BOM.
pub fn js_space(c: char) -> bool {
    (c.is_whitespace() && c != '\u{85}') || c == '\u{feff}'
}

/// JavaScript's `String.prototype.trim`.
pub fn js_trim(s: &str) -> &str {
    s.trim_matches(js_space)
}

/// `sanitize(s) !== ''`: the text has something besides white space.
pub fn has_text(s: &str) -> bool {
    s.chars().any(|c| !js_space(c))
}

/// axe's `sanitize`: CRLF to LF, no-break spaces to spaces, runs of two or
/// more white-space characters to one space, trimmed. One pass.
pub fn sanitize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        // "\r\n" is one "\n" before the runs are counted.
        let c = if c == '\r' && chars.peek() == Some(&'\n') { chars.next().unwrap_or('\n') } else { c };
        if !js_space(c) {
            out.push(c);
        } else if chars.peek().is_some_and(|&n| js_space(n)) {
            while chars.peek().is_some_and(|&n| js_space(n)) {
                chars.next();
            }
            out.push(' ');
        } else {
            out.push(if c == '\u{a0}' { ' ' } else { c });
        }
    }
    js_trim(&out).to_owned()
}

/// axe's `tokenList`: trimmed, runs of two or more white-space characters
/// made one space, split on spaces (a single tab or newline does not split).
pub fn token_list(s: &str) -> Vec<String> {
    let s = js_trim(s);
    let mut out = String::with_capacity(s.len());
    let mut run = 0;
    let mut pending = String::new();
    for c in s.chars() {
        if js_space(c) {
            run += 1;
            pending.push(c);
        } else {
            if run >= 2 {
                out.push(' ');
            } else {
                out.push_str(&pending);
            }
            run = 0;
            pending.clear();
            out.push(c);
        }
    }
    out.split(' ').map(str::to_owned).collect()
}

/// A sign and decimal digits at the start of `s`, as an integer that
/// saturates rather than overflows; `None` when there are no digits.
fn leading_int(s: &str) -> Option<i64> {
    let (neg, digits) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let end = digits.bytes().take_while(u8::is_ascii_digit).count();
    if end == 0 {
        return None;
    }
    let n = digits[..end].parse::<i64>().unwrap_or(i64::MAX);
    Some(if neg { -n } else { n })
}

/// JavaScript's `parseInt` on a decimal string: leading white space, a
/// sign, then digits; `None` (NaN) when there are none.
pub fn parse_int(s: &str) -> Option<i64> {
    leading_int(s.trim_start_matches(js_space))
}

/// axe's `parseTabindex`: the leading integer of the trimmed value
/// (`/^([-+]?\d+)/`); `None` for no value or no digits.
pub fn parse_tabindex(value: Option<&str>) -> Option<i64> {
    leading_int(js_trim(value?))
}

/// JavaScript's `parseFloat`: the longest prefix that reads as a decimal
/// number after leading white space, NaN when there is none.
pub fn parse_float(s: &str) -> f64 {
    let s = s.trim_start_matches(js_space);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn white_space_is_javascripts() {
        assert!(!has_text(" \u{3000}\u{A0}\t\u{FEFF}"));
        assert!(has_text("\u{200B}") && has_text("\u{85}"));
        assert_eq!(js_trim("\u{feff} a \u{85}"), "a \u{85}");
    }

    #[test]
    fn sanitize_collapses_runs_only() {
        assert_eq!(sanitize("  a \t b\u{a0}c  "), "a b c");
        assert_eq!(sanitize("a\nb"), "a\nb");
        assert_eq!(sanitize("a\r\nb"), "a\nb");
        assert_eq!(sanitize("a\r\n\nb"), "a b");
        assert_eq!(sanitize("\u{3000}"), "");
        assert_eq!(sanitize("  a \u{3000} b "), "a b");
    }

    #[test]
    fn tokens_split_as_axe_does() {
        assert_eq!(token_list("  a  b c "), ["a", "b", "c"]);
        assert_eq!(token_list("a\tb"), ["a\tb"]);
        assert_eq!(token_list(""), [""]);
    }

    #[test]
    fn integers_read_a_prefix_and_saturate() {
        let table: &[(&str, Option<i64>)] = &[
            ("0", Some(0)),
            (" -1 ", Some(-1)),
            ("+3x", Some(3)),
            ("1.5", Some(1)),
            ("-0", Some(0)),
            ("0000000000000000000002", Some(2)),
            ("99999999999999999999999", Some(i64::MAX)),
            ("x", None),
            ("", None),
            ("- 1", None),
        ];
        for &(v, want) in table {
            assert_eq!(parse_tabindex(Some(v)), want, "{v:?}");
            assert_eq!(parse_int(v), want, "{v:?}");
        }
        assert_eq!(parse_tabindex(None), None);
    }

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
            assert_eq!(parse_float(s), want, "{s}");
        }
        for s in [".", "", "yes", "device-width", "-", "e5"] {
            assert!(parse_float(s).is_nan(), "{s}");
        }
    }
}
