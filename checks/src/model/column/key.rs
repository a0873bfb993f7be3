//! One name per column, whatever page of it a URL points at.
//!
//! Pagination comes in a few forms: TRS `index_1.html`, `list_2.html`,
//! `index-3.shtml`, and query parameters (`?page=2`, Hanweb's
//! `pageNum=2`). A folder and its index page are one page too
//! (`/xxgk/zcwj/` and `/xxgk/zcwj/index.html`).

use std::sync::LazyLock;

use regex::Regex;
use url::Url;

/// Query parameters that only choose a page of a list (compared ignoring case).
const PAGE_PARAMS: &[&str] = &[
    "page",
    "pageno",
    "pageindex",
    "pagenum",
    "pagenumber",
    "pn",
    "p",
    "curpage",
    "currentpage",
    "cpage",
    "start",
    "offset",
];

static PAGINATED_FILE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(index|default|list|more)(?:[_-]?(\d+))?(\.[a-z]+)?$").expect("valid regex")
});

/// The column a list URL belongs to.
pub fn column_key(raw: &str) -> String {
    let Ok(url) = Url::parse(raw) else { return raw.to_owned() };
    let path = url.path();
    let (dir, file) = path.rsplit_once('/').unwrap_or(("", path));
    let file = match PAGINATED_FILE.captures(file) {
        // index.html, index_2.html → the folder itself.
        Some(c) if matches!(c[1].to_ascii_lowercase().as_str(), "index" | "default") => String::new(),
        Some(c) => format!("{}{}", &c[1], c.get(3).map_or("", |m| m.as_str())),
        None => file.to_owned(),
    };
    let query: Vec<&str> = url
        .query()
        .unwrap_or_default()
        .split('&')
        .filter(|pair| {
            let name = pair.split('=').next().unwrap_or_default();
            !pair.is_empty() && !PAGE_PARAMS.iter().any(|p| p.eq_ignore_ascii_case(name))
        })
        .collect();
    let query = if query.is_empty() { String::new() } else { format!("?{}", query.join("&")) };
    format!("{}{dir}/{file}{query}", url.host_str().unwrap_or_default())
}

/// Which page of its list a URL is (0 for the first).
pub fn page_number(raw: &str) -> u32 {
    let Ok(url) = Url::parse(raw) else { return 0 };
    let file = url.path().rsplit('/').next().unwrap_or_default();
    let from_file =
        PAGINATED_FILE.captures(file).and_then(|c| c.get(2)).and_then(|m| m.as_str().parse().ok());
    let from_query = url
        .query_pairs()
        .find(|(k, _)| PAGE_PARAMS.iter().any(|p| p.eq_ignore_ascii_case(k)))
        .and_then(|(_, v)| v.parse().ok());
    from_file.or(from_query).unwrap_or(0)
}

/// How many folders deep the list sits (`/xxgk/zcwj/index.html` → 2).
pub fn folder_depth(raw: &str) -> u32 {
    let Ok(url) = Url::parse(raw) else { return 1 };
    let path = url.path();
    let dir = path.rsplit_once('/').map_or("", |(d, _)| d);
    dir.split('/').filter(|s| !s.is_empty()).count().max(1) as u32
}

/// The last folder's name, the name of last resort.
pub fn folder_name(raw: &str) -> String {
    let Ok(url) = Url::parse(raw) else { return raw.to_owned() };
    let path = url.path();
    let dir = path.rsplit_once('/').map_or("", |(d, _)| d);
    dir.rsplit('/').find(|s| !s.is_empty()).unwrap_or(path).to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pagination_merges_into_one_column() {
        let first = column_key("http://h/xxgk/zcwj/index.html");
        for other in [
            "http://h/xxgk/zcwj/",
            "http://h/xxgk/zcwj/index_1.html",
            "http://h/xxgk/zcwj/index_12.html",
            "http://h/xxgk/zcwj/index.shtml",
            "http://h/xxgk/zcwj/?page=2",
        ] {
            assert_eq!(column_key(other), first, "{other}");
        }
        assert_ne!(column_key("http://h/xxgk/tzgg/index.html"), first);
        assert_eq!(column_key("http://h/list.jsp?id=3&pageNo=2"), column_key("http://h/list.jsp?id=3"));
        assert_ne!(column_key("http://h/list.jsp?id=3"), column_key("http://h/list.jsp?id=4"));
        assert_eq!(column_key("http://h/news/list_2.html"), column_key("http://h/news/list.html"));
        assert_eq!(
            column_key("http://h/col/col1234/index.html?uid=5&pageNum=2"),
            column_key("http://h/col/col1234/index.html?uid=5")
        );
    }

    #[test]
    fn page_numbers_and_folders() {
        assert_eq!(page_number("http://h/a/index.html"), 0);
        assert_eq!(page_number("http://h/a/index_3.html"), 3);
        assert_eq!(page_number("http://h/list.jsp?id=3&pageNo=2"), 2);
        assert_eq!(folder_depth("http://h/xxgk/zcwj/index.html"), 2);
        assert_eq!(folder_depth("http://h/tzgg/"), 1);
        assert_eq!(folder_name("http://h/xxgk/zcwj/index.html"), "zcwj");
    }
}
