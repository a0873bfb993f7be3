//! What the two HTML views (the scorecard and the ranking) share: the page
//! head with its one stylesheet, number formatting, links that cannot run
//! script, and the labels of the contract's identifiers.
//!
//! Everything crawled goes through maud's escaping; the only `PreEscaped`
//! values here are this crate's own constants.

use checks::Lang;
use maud::{DOCTYPE, Markup, PreEscaped, html};

/// The stylesheet, inlined in every page so the file opens offline.
const CSS: &str = include_str!("style.css");

/// A line break between block elements: it keeps the markup line-oriented,
/// so golden snapshots diff by row instead of as one huge line.
pub(crate) const NL: PreEscaped<&str> = PreEscaped("\n");

/// `<!DOCTYPE html><html lang=…><head>…</head><body>`, left open: the
/// writers stream the body after it and close it with [`END`].
pub(crate) fn start(title: &str, lang: Lang) -> Markup {
    html! {
        (DOCTYPE) "\n"
        (PreEscaped(match lang {
            // The page's language tag, an identifier rather than a word.
            Lang::Zh => "<html lang=\"zh-CN\">",
            Lang::En => "<html lang=\"en\">",
        })) "\n"
        head {
            meta charset="utf-8";
            meta name="viewport" content="width=device-width, initial-scale=1";
            meta name="color-scheme" content="light";
            title { (title) }
            style { (PreEscaped(CSS)) }
        }
        (NL)
        (PreEscaped("<body>")) "\n"
    }
}

pub(crate) const END: &str = "</body>\n</html>\n";

pub(crate) use checks::scorecard::format_points as points;

/// Whether a link to `s` may be emitted: only http and https. Crawled URLs
/// can be `javascript:` or `data:`; those are shown as text only.
pub(crate) fn is_web_url(s: &str) -> bool {
    let starts =
        |prefix: &[u8]| s.as_bytes().get(..prefix.len()).is_some_and(|p| p.eq_ignore_ascii_case(prefix));
    starts(b"http://") || starts(b"https://")
}

/// Whether `s` is a relative reference (`sites/a/scorecard.html`): no
/// scheme before the first `/`, `?` or `#`, so it cannot be `javascript:`
/// (browsers strip leading spaces and tabs, so any `:` there counts).
pub(crate) fn is_relative_ref(s: &str) -> bool {
    let head = s.split(['/', '?', '#']).next().unwrap_or_default();
    !s.is_empty() && !head.contains(':') && !s.starts_with("//") && !s.contains('\\')
}

/// A URL as text, and a link when it is a web URL.
pub(crate) fn url(s: &str) -> Markup {
    html! {
        @if is_web_url(s) { a href=(s) { (s) } } @else { span.u { (s) } }
    }
}

/// Text that links to `href` when that is safe; in print the address is
/// written after it, since the text does not show it.
pub(crate) fn link_or_text(text: &str, href: Option<&str>) -> Markup {
    let href = href.filter(|h| is_web_url(h) || is_relative_ref(h));
    html! {
        @match href { Some(h) => a.show href=(h) { (text) }, None => (text) }
    }
}

/// The site kinds a rubric scores (`portal`, `department`, `township`).
pub(crate) fn kind_label(kind: &str, lang: Lang) -> String {
    match kind {
        "portal" => lang.word("html-kind-portal"),
        "department" => lang.word("html-kind-department"),
        "township" => lang.word("html-kind-township"),
        other => other.to_owned(),
    }
}

/// The column categories of the contract.
pub(crate) fn category_label(category: &str, lang: Lang) -> String {
    match category {
        "news" => lang.word("html-category-news"),
        "notice" => lang.word("html-category-notice"),
        "policy" => lang.word("html-category-policy"),
        "personnel" => lang.word("html-category-personnel"),
        "planning" => lang.word("html-category-planning"),
        "interaction" => lang.word("html-category-interaction"),
        "other" => lang.word("html-category-other"),
        other => other.to_owned(),
    }
}

/// The verdict, which a veto decides before the score does.
pub(crate) fn verdict(passed: bool, vetoed: bool, lang: Lang) -> String {
    match (passed, vetoed) {
        (_, true) => lang.word("html-verdict-vetoed"),
        (true, false) => lang.word("html-verdict-pass"),
        (false, false) => lang.word("html-verdict-fail"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_urls_and_relative_paths_become_links() {
        assert!(is_web_url("http://a.gov.cn/"));
        assert!(is_web_url("HTTPS://a.gov.cn/"));
        assert!(!is_web_url("javascript:alert(1)"));
        assert!(!is_web_url(" http://a/"));
        assert!(!is_web_url("数据"));
        assert!(is_relative_ref("sites/a/scorecard.html"));
        assert!(is_relative_ref("a.html#top"));
        assert!(!is_relative_ref("javascript:alert(1)"));
        assert!(!is_relative_ref(" javascript:alert(1)"));
        assert!(!is_relative_ref("java\tscript:alert(1)"));
        assert!(!is_relative_ref("//evil.example/"));
        assert!(!is_relative_ref(""));
    }
}
