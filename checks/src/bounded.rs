//! Text copied from a page into a report, bounded and cleaned.
//!
//! A page controls its titles, names and link texts: a 200,000-character
//! `<title>` copied into every row of a report with 500 findings made a
//! 320 MB CSV, and NUL, BEL or ESC characters reached terminals, CSVs and
//! HTML. Every text is therefore cut at a length no real one reaches, with
//! a marker saying how much was cut, and loses its control characters: as
//! it enters the facts (a page's title), and once more over the whole
//! report (`crate::report_bounds`) before anything is written or stored, so
//! no check can forget it. That pass also takes user info (`http://user:pw@host/`) out
//! of every URL in every text: a password is never written.

use std::borrow::Cow;

/// Names and titles: a county portal's longest are under 100 characters.
pub const NAME_CHARS: usize = 300;

/// Details, evidence and snippets.
pub const TEXT_CHARS: usize = 2000;

/// URLs: longer than any a browser shows, far shorter than the 64 KB a
/// hostile page can write.
pub const URL_CHARS: usize = 4096;

/// `text` without control or bidirectional-override characters (line
/// breaks and tabs kept), cut after `max` characters with a marker.
pub fn bounded(text: &str, max: usize) -> Cow<'_, str> {
    let clean = text.chars().all(|c| !is_unsafe(c));
    let long = text.len() > max && text.chars().nth(max).is_some();
    if clean && !long {
        return Cow::Borrowed(text);
    }
    let kept: String = text.chars().filter(|c| !is_unsafe(*c)).take(max).collect();
    if !long {
        return Cow::Owned(kept);
    }
    let cut = text.chars().filter(|c| !is_unsafe(*c)).count() - kept.chars().count();
    Cow::Owned(format!("{kept}…[已截断 {cut} 字 / {cut} chars cut]"))
}

fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        // Bidirectional overrides and isolates reorder what a reader sees.
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

pub fn bound(text: &mut String, max: usize) {
    if let Cow::Owned(s) = without_userinfo(text) {
        *text = s;
    }
    if let Cow::Owned(s) = bounded(text, max) {
        *text = s;
    }
}

/// `text` with the user info of every URL in it removed.
pub fn without_userinfo(text: &str) -> Cow<'_, str> {
    let mut out = String::new();
    let mut rest = text;
    let mut changed = false;
    while let Some(at) = rest.find("://") {
        let (head, tail) = rest.split_at(at + 3);
        out.push_str(head);
        let authority_end = tail
            .find(|c: char| matches!(c, '/' | '?' | '#' | '"' | '\'' | '<' | '>') || c.is_whitespace())
            .unwrap_or(tail.len());
        match tail[..authority_end].rfind('@') {
            Some(user_end) => {
                changed = true;
                rest = &tail[user_end + 1..];
            }
            None => rest = tail,
        }
    }
    if !changed {
        return Cow::Borrowed(text);
    }
    out.push_str(rest);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_clean_text_is_untouched() {
        assert!(matches!(bounded("清溪县人民政府", NAME_CHARS), Cow::Borrowed(_)));
        assert!(matches!(bounded("第一行\n\t第二行", NAME_CHARS), Cow::Borrowed(_)));
    }

    #[test]
    fn long_text_is_cut_and_says_so() {
        let long = "县".repeat(200_000);
        let cut = bounded(&long, 300);
        assert!(cut.starts_with(&"县".repeat(300)));
        assert!(cut.ends_with("…[已截断 199700 字 / 199700 chars cut]"), "{}", &cut[cut.len() - 60..]);
        assert_eq!(bounded(&"县".repeat(300), 300), "县".repeat(300));
    }

    #[test]
    fn control_and_reordering_characters_are_dropped() {
        assert_eq!(bounded("a\0b\x07c\x1b[31md\r\u{7f}\u{85}e\u{202E}f", NAME_CHARS), "abc[31mdef");
    }

    #[test]
    fn user_info_is_taken_out_of_every_url() {
        assert_eq!(without_userinfo("http://admin:pw@host:8/a?b=c@d"), "http://host:8/a?b=c@d");
        assert_eq!(
            without_userinfo("链接 https://u@a.cn/x 与 ftp://p:q@b.cn 失效"),
            "链接 https://a.cn/x 与 ftp://b.cn 失效"
        );
        assert!(matches!(without_userinfo("mailto:a@b.cn http://a.cn/@x"), Cow::Borrowed(_)));
    }
}
