//! Text copied from a page into a report, bounded and cleaned.
//!
//! A page controls its titles, names and link texts: a 200,000-character
//! `<title>` copied into every row of a report with 500 findings made a
//! 320 MB CSV, and NUL, BEL or ESC characters reached terminals, CSVs and
//! HTML. Every text is therefore cut at a length no real one reaches, with
//! a marker saying how much was cut, and loses its control characters: as
//! it enters the facts (a page's title), and once more over the whole
//! [`SiteAudit`] before anything is written or stored, so no check can
//! forget it. That pass also takes user info (`http://user:pw@host/`) out
//! of every URL in every text: a password is never written.

use std::borrow::Cow;

use crate::audit::{Finding, SiteAudit};

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

fn bound(text: &mut String, max: usize) {
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

fn bound_opt(text: &mut Option<String>, max: usize) {
    if let Some(text) = text {
        bound(text, max);
    }
}

/// Bounds every text of `site` that can come from a page.
pub fn bound_site(site: &mut SiteAudit) {
    bound(&mut site.name, NAME_CHARS);
    bound(&mut site.root, URL_CHARS);
    for column in &mut site.columns {
        bound(&mut column.name, NAME_CHARS);
        bound(&mut column.url, URL_CHARS);
    }
    for account in &mut site.accounts {
        bound(&mut account.name, NAME_CHARS);
        bound(&mut account.platform, NAME_CHARS);
        bound(&mut account.url, URL_CHARS);
        bound_opt(&mut account.unit, NAME_CHARS);
        bound_opt(&mut account.listed_on, URL_CHARS);
    }
    // A defaced footer's sponsor or contact is page text like any other.
    for mark in site.marks.iter_mut().flatten() {
        bound_opt(&mut mark.value, NAME_CHARS);
    }
    site.findings.iter_mut().for_each(bound_finding);
    for url in &mut site.stats.skipped_by.trap_examples {
        bound(url, URL_CHARS);
    }
}

pub fn bound_finding(f: &mut Finding) {
    bound_opt(&mut f.page, URL_CHARS);
    bound_opt(&mut f.target, URL_CHARS);
    bound(&mut f.detail, TEXT_CHARS);
    bound(&mut f.evidence, TEXT_CHARS);
    for name in [&mut f.error, &mut f.element, &mut f.column, &mut f.account, &mut f.platform, &mut f.mark] {
        bound_opt(name, NAME_CHARS);
    }
    bound_opt(&mut f.selector, TEXT_CHARS);
    bound_opt(&mut f.rule, TEXT_CHARS);
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

    #[test]
    fn every_page_text_of_a_site_is_bounded() {
        let long = "x".repeat(10_000);
        let mut site = SiteAudit {
            name: format!("\x1b{long}"),
            root: "http://h/".into(),
            marks: Some(vec![crate::audit::IdentityMark {
                mark: "sponsor".into(),
                present: true,
                value: Some(format!("\x07{long}")),
            }]),
            findings: vec![Finding {
                detail: long.clone(),
                page: Some(long.clone()),
                evidence: "<a href=\"http://u:secret@h/\">".into(),
                ..Finding::default()
            }],
            ..SiteAudit::default()
        };
        bound_site(&mut site);
        assert!(site.name.len() < NAME_CHARS + 60 && !site.name.contains('\x1b'));
        let sponsor = site.marks.as_ref().unwrap()[0].value.as_ref().unwrap();
        assert!(sponsor.len() < NAME_CHARS + 60 && !sponsor.contains('\x07'));
        assert!(site.findings[0].detail.len() < TEXT_CHARS + 60);
        assert!(site.findings[0].page.as_ref().unwrap().len() < URL_CHARS + 60);
        assert_eq!(site.findings[0].evidence, "<a href=\"http://h/\">");
    }
}
