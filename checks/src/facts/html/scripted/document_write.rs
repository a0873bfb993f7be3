//! List markup written by `document.write`.
//!
//! Older CMS templates write a list line by line from a script:
//! `document.write('<li><a href="/a/1.html">…</a><span>2026-11-20</span></li>');`.
//! What the browser inserts is the text of those string literals, so the
//! literals are read (escapes decoded, `'a' + 'b'` joined) and parsed as
//! markup. A call whose argument is not made only of literals
//! (`document.write(title)`) is left out: its text is not in the page.

/// The markup the page's scripts write, in document order.
pub fn markup(scripts: &[&str]) -> String {
    let mut out = String::new();
    for script in scripts {
        let mut rest = *script;
        while let Some(at) = rest.find("document.write") {
            rest = &rest[at + "document.write".len()..];
            rest = rest.strip_prefix("ln").unwrap_or(rest);
            let Some(args) = rest.trim_start().strip_prefix('(') else { continue };
            if let Some((text, after)) = literal_sum(args) {
                out.push_str(&text);
                out.push('\n');
                rest = after;
            }
        }
    }
    out
}

/// Reads `'a' + "b" )` up to the closing parenthesis: the joined text and
/// what follows, or `None` when anything but literals is there.
fn literal_sum(s: &str) -> Option<(String, &str)> {
    let mut text = String::new();
    let mut rest = s.trim_start();
    loop {
        let (part, after) = literal(rest)?;
        text.push_str(&part);
        rest = after.trim_start();
        if let Some(after) = rest.strip_prefix('+') {
            rest = after.trim_start();
        } else {
            return Some((text, rest.strip_prefix(')')?));
        }
    }
}

/// One JavaScript string literal at the start of `s`, decoded.
fn literal(s: &str) -> Option<(String, &str)> {
    let quote = s.chars().next().filter(|c| matches!(c, '\'' | '"' | '`'))?;
    let mut out = String::new();
    let mut chars = s[1..].char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            c if c == quote => return Some((out, &s[1 + i + 1..])),
            // A template literal with a substitution is not a constant.
            '$' if quote == '`' && s[1 + i..].starts_with("${") => return None,
            '\\' => {
                let (_, e) = chars.next()?;
                match e {
                    'n' => out.push('\n'),
                    't' => out.push('\t'),
                    'r' => {}
                    'u' | 'x' => {
                        let len = if e == 'u' { 4 } else { 2 };
                        let hex: String = (0..len).filter_map(|_| chars.next().map(|(_, h)| h)).collect();
                        out.push(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32)?);
                    }
                    // A line continuation.
                    '\n' => {}
                    other => out.push(other),
                }
            }
            '\n' if quote != '`' => return None,
            c => out.push(c),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::html::scripted::ListSource;
    use crate::facts::html::{read_page, with_test_input};

    #[test]
    fn literals_are_joined_and_decoded() {
        let got = markup(&[
            r#"document.write('<ul>');document.writeln("<li><a href=\"/a/1.html\">" + '关于\u5f00展冬季' + "消防检查的通知</a><\/li>");"#,
            "document.write(title); document.write(`<li>${x}</li>`); document.write('</ul>')",
        ]);
        assert_eq!(got, "<ul>\n<li><a href=\"/a/1.html\">关于开展冬季消防检查的通知</a></li>\n</ul>\n");
    }

    #[test]
    fn written_lists_are_read_and_other_writes_are_not() {
        let html = r#"<div class="list"><script>
            document.write('<li><a href="/xwzx/gzdt/t20261120_1.html">清溪县召开冬季安全生产工作会议</a><span>2026-11-20</span></li>');
            document.write('<li><a href="/xwzx/gzdt/t20261118_2.html">全县政务公开工作推进会召开</a><span>2026-11-18</span></li>');
            </script></div>"#;
        let a = with_test_input(html, "http://h.gov.cn/xwzx/gzdt/index.html", encoding_rs::UTF_8, read_page);
        assert_eq!(a.built_by, [ListSource::DocumentWrite]);
        assert_eq!(a.items.len(), 2);
        let other = r#"<script>document.write('<span>今天是' + new Date() + '</span>'); document.write('<a href="/">首页</a>');</script>"#;
        let a = with_test_input(other, "http://h.gov.cn/xwzx/gzdt/index.html", encoding_rs::UTF_8, read_page);
        assert!(a.built_by.is_empty(), "{:?}", a.built_by);
        assert!(a.items.is_empty());
    }
}
