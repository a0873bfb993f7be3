//! Text helpers the readers share: platforms put their data in HTML
//! attributes, JavaScript strings and HTML fragments inside JSON, each with
//! its own escaping, and a title is only useful once it is plain text.

use scraper::Html;

/// How long a title made from a post's text may be: enough to recognise a
/// Weibo post in a report, short enough for a table cell.
pub const TITLE_CHARS: usize = 40;

/// Decodes HTML character references: the named ones platforms use
/// (`&quot;`, `&amp;`, `&lt;`, `&gt;`, `&apos;`, `&nbsp;`) and numeric ones
/// (`&#39;`, `&#x27;`). Anything else, including references to characters
/// that do not exist, is kept as written.
pub fn html_unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        // Names are short; `;` is ASCII, so slicing at it is on a boundary.
        let decoded = rest.bytes().skip(1).take(10).position(|b| b == b';').and_then(|semi| {
            let name = &rest[1..1 + semi];
            Some((reference(name)?, semi + 2))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn reference(name: &str) -> Option<char> {
    match name {
        "quot" => Some('"'),
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "apos" => Some('\''),
        "nbsp" => Some('\u{a0}'),
        _ => {
            let num = name.strip_prefix('#')?;
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse().ok()?,
            };
            char::from_u32(code)
        }
    }
}

/// Decodes the escapes of a JavaScript string literal's content (`\"`,
/// `\'`, `\\`, `\/`, `\n`, `\xNN`, `\uNNNN`): WeChat writes `&` as `\x26`
/// inside its `JsDecode('…')` strings.
pub fn js_unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some(kind @ ('x' | 'u')) => {
                let len = if kind == 'x' { 2 } else { 4 };
                let digits: String = chars.clone().take(len).collect();
                match u32::from_str_radix(&digits, 16).ok().and_then(char::from_u32) {
                    Some(decoded) if digits.len() == len => {
                        out.push(decoded);
                        for _ in 0..len {
                            chars.next();
                        }
                    }
                    _ => out.push(kind),
                }
            }
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

/// The text of an HTML fragment (a Weibo post's `text`), whitespace
/// collapsed.
pub fn plain(html: &str) -> String {
    if !html.contains('<') && !html.contains('&') {
        return collapse(html);
    }
    let fragment = Html::parse_fragment(html);
    collapse(&fragment.root_element().text().collect::<Vec<_>>().join(" "))
}

pub fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `s` cut to [`TITLE_CHARS`] characters, with `…` when something was cut.
pub fn shorten(s: &str) -> String {
    if s.chars().count() <= TITLE_CHARS {
        return s.to_owned();
    }
    let mut cut: String = s.chars().take(TITLE_CHARS).collect();
    cut.push('…');
    cut
}

/// `Some(collapsed)` unless it is empty.
pub fn non_empty(s: &str) -> Option<String> {
    let s = collapse(s);
    (!s.is_empty()).then_some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unescapes_html() {
        assert_eq!(html_unescape("{&quot;a&quot;:&quot;x&amp;amp;y&quot;}"), r#"{"a":"x&amp;y"}"#);
        assert_eq!(html_unescape("&#39;&#x27;&lt;b&gt;"), "''<b>");
        assert_eq!(html_unescape("AT&T &unknown; &#99999999; &"), "AT&T &unknown; &#99999999; &");
        assert_eq!(html_unescape("清溪&nbsp;发布&amp;清溪"), "清溪\u{a0}发布&清溪");
    }

    #[test]
    fn unescapes_js() {
        assert_eq!(js_unescape(r"a\x26b\u6e05\/c\'d"), "a&b清/c'd");
        assert_eq!(js_unescape(r"\x2"), "x2");
        assert_eq!(js_unescape("end\\"), "end\\");
    }

    #[test]
    fn plain_text_of_fragments() {
        assert_eq!(
            plain("<a href='/n/x'>@清溪发布</a> 今日<br/>天气 <span>晴</span>"),
            "@清溪发布 今日 天气 晴"
        );
        assert_eq!(shorten(&"字".repeat(41)).chars().count(), 41);
        assert_eq!(shorten("短"), "短");
    }
}
