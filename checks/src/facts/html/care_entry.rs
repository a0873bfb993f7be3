//! The entry to a home page's elderly-friendly mode (关怀版, 长者模式 …):
//! the link a visitor follows to it, for `elderly.entry-broken` to join
//! with the link verdicts once the crawl knows whether it opens.
//!
//! Only links count: a mode switched on by a script in place (a toolbar, a
//! `javascript:` link) opens no page of its own.

use scraper::{ElementRef, Html};

use super::FoundLink;
use super::attr::Attr;
use super::links::Resolver;

/// Words that name an elderly-friendly mode. 无障碍 is not among them: it
/// usually opens a toolbar script, not a page.
pub const CARE_WORDS: &[&str] = &[
    "长者模式",
    "長者模式",
    "关怀版",
    "關懷版",
    "关怀模式",
    "适老版",
    "适老化",
    "适老模式",
    "长者助手",
    "长者版",
    "大字版",
    "老年版",
    "老年模式",
    "长辈模式",
    "长辈版",
    "关爱版",
    "关爱模式",
];

/// The longest link text read as the entry's label: entries are short
/// labels, a headline that mentions 适老化 is not one.
const MAX_LABEL: usize = 12;

fn names_care_mode(text: &str) -> bool {
    CARE_WORDS.iter().any(|w| text.contains(w))
}

/// The first link or image-map area named for the mode, as one of the
/// page's `links` (so the crawler requests it like any other).
pub fn find(doc: &Html, resolver: &Resolver<'_>, links: &[FoundLink]) -> Option<FoundLink> {
    doc.tree
        .nodes()
        .filter_map(ElementRef::wrap)
        .filter(|e| matches!(e.value().name(), "a" | "area"))
        .filter(|e| crate::facts::page::labelled(*e, MAX_LABEL, names_care_mode))
        .find_map(|e| {
            let url = resolver.resolve(e.value().attr_of("href")?)?;
            links.iter().find(|l| l.url == url).cloned()
        })
}

#[cfg(test)]
mod tests {
    use crate::facts::html::{read_page, with_test_input};

    fn entry(body: &str) -> Option<String> {
        let mut html = String::from("<html><title>清溪县人民政府</title><body>");
        html.push_str(body);
        let mut found = None;
        with_test_input(&html, "http://www.qingxi.gov.cn/", encoding_rs::UTF_8, |input| {
            let home = crate::facts::html::PageInput { home: true, ..*input };
            found = read_page(&home).care_entry.map(|l| l.url.to_string());
        });
        found
    }

    #[test]
    fn reads_the_link_named_for_the_mode() {
        let url = Some("http://www.qingxi.gov.cn/zzms/index.html".to_owned());
        assert_eq!(entry("<a href=\"/zzms/index.html\">长者模式</a>"), url);
        assert_eq!(entry("<a href=\"/zzms/index.html\" title=\"关怀版\"><img src=\"/i.png\"></a>"), url);
        assert_eq!(entry("<a href=\"/zzms/index.html\"><img src=\"/i.png\" alt=\"适老版\"></a>"), url);
        assert_eq!(entry("<map><area href=\"/zzms/index.html\" alt=\"大字版\"></map>"), url);
    }

    #[test]
    fn leaves_what_opens_no_page_of_its_own() {
        assert_eq!(entry("<a href=\"javascript:void(0)\" onclick=\"care()\">关怀版</a>"), None);
        assert_eq!(entry("<button onclick=\"care()\">长者模式</button>"), None);
        assert_eq!(entry("<a href=\"/wza/index.html\">无障碍</a>"), None);
        // A headline is not an entry.
        assert_eq!(entry("<a href=\"/xw/1.html\">我县加快推动政府网站适老化与无障碍改造工作</a>"), None);
    }
}
