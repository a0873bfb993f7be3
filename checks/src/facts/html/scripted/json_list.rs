//! Lists fed from a JSON endpoint.
//!
//! `<ul id="list"></ul>` and a script that fills it:
//! `$.getJSON('/xxgk/tzgg/list.json', function (data) { … })`,
//! `$.ajax({ url: '/api/articles?column=12', dataType: 'json' })`,
//! `fetch('/api/list')`. Only a page whose HTML lists nothing is read this
//! way, and only GET requests are sent: a POST may change something on the
//! server. The answer's items are found by shape, not by one CMS's field
//! names: the array of objects that most often carry a link and a title
//! (`url`/`link`/`href`…, `title`/`name`…), with a date when one is given.

use std::sync::LazyLock;

use chrono::{DateTime, Datelike, FixedOffset};
use regex::Regex;
use serde_json::Value;
use url::Url;

use super::{DataFormat, DataRequest};
use crate::facts::dates::{self, Written};
use crate::facts::html::links::Resolver;
use crate::facts::html::list::FoundItem;
use crate::url_norm::Normalizer;

/// Endpoints asked per page at most.
const MAX_REQUESTS: usize = 3;

/// Endpoints that count visits or serve widgets, not lists.
const NOT_LISTS: &[&str] = &[
    "count",
    "visit",
    "hits",
    "click",
    "statistic",
    "/stat/",
    "weather",
    "login",
    "captcha",
    "token",
    "track",
];

static SHORT_CALL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?:(?:\$|jQuery)\.(?:getJSON|get)|\bfetch|\baxios\.get)\s*\(\s*(?:'([^']+)'|"([^"]+)")"#)
        .expect("valid regex")
});

static AJAX: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:\$|jQuery)\.ajax\s*\(\s*\{([^{}]*)").expect("valid regex"));

static AJAX_URL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"\burl\s*:\s*(?:'([^']+)'|"([^"]+)")"#).expect("valid regex"));

static POST: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"(?i)\b(?:type|method)\s*:\s*['"]post['"]"#).expect("valid regex"));

/// The GET requests the page's scripts send for data, up to `MAX_REQUESTS` (3).
pub fn requests(scripts: &[&str], base: &Url, resolver: &Resolver<'_>) -> Vec<DataRequest> {
    let mut raws: Vec<&str> = Vec::new();
    for script in scripts {
        for caps in SHORT_CALL.captures_iter(script) {
            raws.extend(caps.get(1).or(caps.get(2)).map(|m| m.as_str()));
        }
        for caps in AJAX.captures_iter(script) {
            let options = caps.get(1).map_or("", |m| m.as_str());
            if POST.is_match(options) {
                continue;
            }
            if let Some(url) = AJAX_URL.captures(options).and_then(|c| c.get(1).or(c.get(2))) {
                raws.push(url.as_str());
            }
        }
    }
    let mut out: Vec<DataRequest> = Vec::new();
    for raw in raws {
        let lower = raw.to_ascii_lowercase();
        if NOT_LISTS.iter().any(|w| lower.contains(w)) || lower.ends_with(".js") || lower.ends_with(".css") {
            continue;
        }
        let Some(url) = resolver.resolve(raw) else { continue };
        if out.len() < MAX_REQUESTS && !out.iter().any(|r| r.url == url) {
            out.push(DataRequest { url, form: None, format: DataFormat::Json, base: base.clone() });
        }
    }
    out
}

const URL_KEYS: &[&str] =
    &["url", "link", "href", "linkurl", "docpuburl", "puburl", "pageurl", "detailurl", "arturl", "path"];
const TITLE_KEYS: &[&str] = &["title", "doctitle", "name", "subject", "topic", "titlename", "bt"];
const DATE_KEYS: &[&str] = &[
    "date",
    "pubdate",
    "publishdate",
    "pubtime",
    "publishtime",
    "docreltime",
    "reltime",
    "releasedate",
    "releasetime",
    "time",
    "createtime",
    "created",
    "fbrq",
    "fbsj",
    "updatetime",
];

/// How deep the answer is searched for its list.
const MAX_DEPTH: usize = 8;

/// The items of a JSON answer, links resolved against `base`.
pub fn items(body: &str, base: &Url, normalizer: &Normalizer) -> Vec<FoundItem> {
    let Ok(value) = serde_json::from_str::<Value>(body.trim_start_matches('\u{feff}')) else {
        return Vec::new();
    };
    let mut best = Vec::new();
    search(&value, base, normalizer, 0, &mut best);
    best
}

fn search(value: &Value, base: &Url, normalizer: &Normalizer, depth: usize, best: &mut Vec<FoundItem>) {
    if depth > MAX_DEPTH {
        return;
    }
    match value {
        Value::Array(values) => {
            let items: Vec<FoundItem> = values.iter().filter_map(|v| item(v, base, normalizer)).collect();
            if items.len() > best.len() {
                *best = items;
            }
            for v in values.iter().filter(|v| v.is_object() || v.is_array()) {
                search(v, base, normalizer, depth + 1, best);
            }
        }
        Value::Object(map) => {
            for v in map.values() {
                search(v, base, normalizer, depth + 1, best);
            }
        }
        _ => {}
    }
}

fn item(value: &Value, base: &Url, normalizer: &Normalizer) -> Option<FoundItem> {
    let map = value.as_object()?;
    let field = |keys: &[&str]| {
        keys.iter().find_map(|k| map.iter().find(|(name, _)| name.eq_ignore_ascii_case(k)).map(|(_, v)| v))
    };
    let url = super::resolve(field(URL_KEYS)?.as_str()?, base, normalizer)?;
    let title = strip_tags(field(TITLE_KEYS)?.as_str()?);
    if title.chars().count() < 4 {
        return None;
    }
    let date = field(DATE_KEYS).and_then(date_of);
    Some(FoundItem { url, title, date, year: None, pinned: false, void: false })
}

/// A date given as text (`2026-11-20 10:00:00`) or as a Unix time in
/// seconds or milliseconds (read in China's time zone).
fn date_of(value: &Value) -> Option<Written> {
    match value {
        Value::String(s) => {
            let found = dates::find(s);
            found.iter().find(|w| w.year.is_some()).or(found.first()).copied()
        }
        Value::Number(n) => {
            let n = n.as_i64()?;
            let secs = if n > 100_000_000_000 { n / 1000 } else { n };
            let china = FixedOffset::east_opt(8 * 3600)?;
            let t = DateTime::from_timestamp(secs, 0)?.with_timezone(&china);
            Some(Written { year: Some(t.year()), month: t.month(), day: t.day() })
        }
        _ => None,
    }
}

fn strip_tags(s: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    crate::facts::html::collapse_whitespace(&out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::html::scripted::ListSource;
    use crate::facts::html::{read_page, with_test_input};

    const PAGE: &str = "http://www.qx.gov.cn/xxgk/tzgg/index.html";

    #[test]
    fn an_empty_list_filled_by_a_script_names_its_endpoint() {
        let html = r#"<ul id="list"></ul><script>
            $.get('/stat/count.jsp?id=3');
            $.ajax({ url: 'list.json', dataType: 'json', success: function (d) { render(d); } });
            $.ajax({ url: '/api/save', type: 'POST' });
            </script>"#;
        let a = with_test_input(html, PAGE, encoding_rs::UTF_8, read_page);
        assert_eq!(a.built_by, [ListSource::Json]);
        let urls: Vec<&str> = a.data_requests.iter().map(|r| r.url.as_str()).collect();
        assert_eq!(urls, ["http://www.qx.gov.cn/xxgk/tzgg/list.json"]);
        assert!(a.data_requests[0].form.is_none());
    }

    #[test]
    fn a_page_whose_html_lists_items_asks_no_endpoint() {
        let html = r#"<ul><li><a href="/a/1.html">清溪县召开防汛工作会议</a><span>2026-11-02</span></li>
            <li><a href="/a/2.html">清溪县开展安全生产大检查</a><span>2026-11-01</span></li></ul>
            <script>$.getJSON('/api/hot.json');</script>"#;
        let a = with_test_input(html, PAGE, encoding_rs::UTF_8, read_page);
        assert!(a.data_requests.is_empty());
        assert!(a.built_by.is_empty());
    }

    #[test]
    fn items_are_found_by_shape() {
        let base = Url::parse(PAGE).expect("url");
        let body = r#"{"code":0,"data":{"total":3,"nav":[{"name":"首页","url":"/"}],
            "list":[{"DOCTITLE":"关于做好冬季<b>安全生产</b>工作的通知","DOCPUBURL":"./202611/t20261120_1.html","DOCRELTIME":"2026-11-20 09:30:00"},
                    {"title":"清溪县召开防汛工作会议","link":"/xxgk/tzgg/202611/t20261101_2.html","pubDate":1793491200000},
                    {"title":"没有链接的一条","date":"2026-10-01"}]}}"#;
        let got = items(body, &base, &Normalizer::default());
        let got: Vec<(&str, &str, Option<Written>)> =
            got.iter().map(|i| (i.url.path(), i.title.as_str(), i.date)).collect();
        assert_eq!(
            got,
            [
                (
                    "/xxgk/tzgg/202611/t20261120_1.html",
                    "关于做好冬季安全生产工作的通知",
                    Some(Written { year: Some(2026), month: 11, day: 20 })
                ),
                (
                    "/xxgk/tzgg/202611/t20261101_2.html",
                    "清溪县召开防汛工作会议",
                    Some(Written { year: Some(2026), month: 11, day: 1 })
                ),
            ]
        );
        assert!(items("not json", &base, &Normalizer::default()).is_empty());
        assert!(items(r#"{"count": 12}"#, &base, &Normalizer::default()).is_empty());
    }
}
