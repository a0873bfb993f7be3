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
        (PreEscaped(lang.pick("<html lang=\"zh-CN\">", "<html lang=\"en\">"))) "\n"
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
pub(crate) fn kind_label(kind: &str, lang: Lang) -> &str {
    match kind {
        "portal" => lang.pick("门户网站", "Portal"),
        "department" => lang.pick("部门网站", "Department site"),
        "township" => lang.pick("乡镇网站", "Township site"),
        other => other,
    }
}

/// The column categories of the contract.
pub(crate) fn category_label(category: &str, lang: Lang) -> &str {
    match category {
        "news" => lang.pick("动态要闻", "News"),
        "notice" => lang.pick("通知公告", "Notices"),
        "policy" => lang.pick("政策文件", "Policy documents"),
        "personnel" => lang.pick("人事", "Personnel"),
        "planning" => lang.pick("规划计划", "Plans"),
        "interaction" => lang.pick("政民互动", "Interaction"),
        "other" => lang.pick("其他", "Other"),
        other => other,
    }
}

/// The verdict, which a veto decides before the score does.
pub(crate) fn verdict(passed: bool, vetoed: bool, lang: Lang) -> &'static str {
    match (passed, vetoed) {
        (_, true) => lang.pick("不合格（单项否决）", "Fail (veto)"),
        (true, false) => lang.pick("合格", "Pass"),
        (false, false) => lang.pick("不合格", "Fail"),
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
