//! 大汉 JCMS (Hanweb) `jpage` lists.
//!
//! A Hanweb column page holds its first items as HTML fragments inside a
//! script the browser does not run:
//!
//! ```text
//! <script type="text/xml"><datastore>
//!   <nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&webid=1&columnid=1234&unitid=5678…"></a>]]></nextgroup>
//!   <recordset><record><![CDATA[<li><a href="/art/2026/11/20/art_1234_1.html">…</a><span>2026-11-20</span></li>]]></record>…</recordset>
//! </datastore></script>
//! ```
//!
//! and `jpage.js` shows them a page at a time. Older items come from the
//! data endpoint `<nextgroup>` names: the script POSTs the link's
//! parameters as a form to `dataproxy.jsp?startrecord=46&endrecord=90&perpage=15`
//! (one "group" of `groupSize` pages per request) and gets the same
//! `<datastore>` XML back. The call `$('#id').jpage({ totalRecord: 120,
//! perPage: 15, groupSize: 3, proxyUrl: '…' })` gives the sizes.

use std::sync::LazyLock;

use regex::Regex;
use url::Url;

use super::{DataAnswer, DataFormat, DataRequest, MAX_LIST_PAGES, fragment_items};
use crate::facts::html::PageInput;
use crate::facts::html::list::FoundItem;

/// jpage's defaults when the page does not say.
const DEFAULT_PER_PAGE: u32 = 15;
const DEFAULT_GROUP_SIZE: u32 = 3;

/// The records one data request asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Chunk {
    /// First and last record asked, counted from 1 as jpage counts.
    pub start: u32,
    pub end: u32,
    pub per_page: u32,
    /// The list's size when the page or an answer says it.
    pub total: Option<u32>,
}

/// What a column page embeds.
#[derive(Debug, Default)]
pub struct PageList {
    /// The page holds a `<datastore>`.
    pub seen: bool,
    pub items: Vec<FoundItem>,
    /// The request for the records after the embedded ones.
    pub request: Option<DataRequest>,
}

/// Reads the datastore in `scripts` (`all` is them joined) of a page whose
/// links resolve against `base`.
pub fn read_page(scripts: &[&str], all: &str, base: &Url, input: &PageInput<'_>) -> PageList {
    let Some(store) = scripts.iter().find_map(|s| datastore(s)) else { return PageList::default() };
    let records = records(store);
    let items = fragment_items(&records.join("\n"), base, input);
    let setting = |name: &str| number_setting(all, name);
    let per_page = setting("perPage").filter(|n| *n > 0).unwrap_or(DEFAULT_PER_PAGE);
    let group = setting("groupSize").filter(|n| *n > 0).unwrap_or(DEFAULT_GROUP_SIZE);
    let total = setting("totalRecord").or_else(|| tag_number(store, "totalrecord"));
    let embedded = records.len() as u32;
    let proxy = string_setting(all, "proxyUrl");
    let request = next_group(store).and_then(|link| {
        let chunk =
            Chunk { start: embedded + 1, end: embedded + per_page.saturating_mul(group), per_page, total };
        let more = total.is_none_or(|t| embedded < t);
        more.then(|| request(&link, proxy.as_deref(), chunk, base, input))?
    });
    PageList { seen: true, items, request }
}

/// Reads one answer of `dataproxy.jsp`: its records, and the request for
/// the next group when the answer was full and the list goes on.
pub fn read_answer(asked: &DataRequest, chunk: &Chunk, input: &PageInput<'_>) -> DataAnswer {
    let store = datastore(input.html).unwrap_or(input.html);
    let records = records(store);
    let items = fragment_items(&records.join("\n"), &asked.base, input);
    let total = chunk.total.or_else(|| tag_number(store, "totalrecord"));
    let size = chunk.end.saturating_sub(chunk.start) + 1;
    let full = records.len() as u32 >= size;
    let within_cap = chunk.end / chunk.per_page.max(1) < MAX_LIST_PAGES;
    let next = (full && within_cap && total.is_none_or(|t| chunk.end < t)).then(|| {
        let next = Chunk { start: chunk.end + 1, end: chunk.end + size, per_page: chunk.per_page, total };
        chunk_request(asked.url.clone(), asked.form.clone().unwrap_or_default(), asked.base.clone(), next)
    });
    DataAnswer { items, next }
}

/// The request for `chunk`, asked as jpage asks: the chunk in the query of
/// the proxy URL, the `<nextgroup>` link's parameters as the form body.
fn request(
    link: &str,
    proxy: Option<&str>,
    chunk: Chunk,
    base: &Url,
    input: &PageInput<'_>,
) -> Option<DataRequest> {
    let link_url = super::resolve(&unescape_xml(link), base, input.normalizer)?;
    let form: Vec<(String, String)> = link_url
        .query_pairs()
        .filter(|(k, _)| !matches!(k.as_ref(), "page" | "startrecord" | "endrecord" | "perpage"))
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let endpoint = match proxy {
        Some(p) => super::resolve(p, base, input.normalizer)?,
        None => link_url.clone(),
    };
    let mut endpoint = endpoint;
    endpoint.set_query(None);
    let form = url::form_urlencoded::Serializer::new(String::new()).extend_pairs(form).finish();
    Some(chunk_request(endpoint, form, base.clone(), chunk))
}

/// The request for `chunk` of the list behind `endpoint`: the chunk in the
/// query, the column's parameters as the form body.
fn chunk_request(mut endpoint: Url, form: String, base: Url, chunk: Chunk) -> DataRequest {
    endpoint.set_query(Some(&format!(
        "startrecord={}&endrecord={}&perpage={}",
        chunk.start, chunk.end, chunk.per_page
    )));
    DataRequest { url: endpoint, form: Some(form), format: DataFormat::Hanweb(chunk), base }
}

/// The `<datastore>…</datastore>` of a text, if any.
fn datastore(text: &str) -> Option<&str> {
    let start = find_ci(text, "<datastore")?;
    let rest = &text[start..];
    let end = find_ci(rest, "</datastore>").map_or(rest.len(), |e| e + "</datastore>".len());
    Some(&rest[..end])
}

/// The HTML of each `<record>`, CDATA unwrapped.
fn records(store: &str) -> Vec<String> {
    tag_contents(store, "record").into_iter().map(|r| unwrap_cdata(r).trim().to_owned()).collect()
}

/// The `href` of the `<nextgroup>` link.
fn next_group(store: &str) -> Option<String> {
    let inner = unwrap_cdata(tag_contents(store, "nextgroup").into_iter().next()?);
    static HREF: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"(?i)href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))"#).expect("valid regex")
    });
    let caps = HREF.captures(inner)?;
    let href = caps.get(1).or(caps.get(2)).or(caps.get(3))?.as_str().trim();
    (!href.is_empty()).then(|| href.to_owned())
}

/// Inner texts of every `<tag>…</tag>` (any attributes), in order.
fn tag_contents<'a>(text: &'a str, tag: &str) -> Vec<&'a str> {
    let (open, close) = (format!("<{tag}"), format!("</{tag}>"));
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(at) = find_ci(rest, &open) {
        let after = &rest[at + open.len()..];
        // `<recordset>` is not a `<record>`.
        if !after.starts_with(['>', ' ', '\t', '\r', '\n']) {
            rest = after;
            continue;
        }
        let Some(gt) = after.find('>') else { break };
        let body = &after[gt + 1..];
        let Some(end) = find_ci(body, &close) else { break };
        out.push(&body[..end]);
        rest = &body[end + close.len()..];
    }
    out
}

fn unwrap_cdata(s: &str) -> &str {
    let t = s.trim();
    t.strip_prefix("<![CDATA[").and_then(|t| t.strip_suffix("]]>")).unwrap_or(t)
}

/// Case-insensitive ASCII find.
fn find_ci(haystack: &str, needle: &str) -> Option<usize> {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    (0..h.len().checked_sub(n.len())? + 1).find(|&i| h[i..i + n.len()].eq_ignore_ascii_case(n))
}

fn tag_number(store: &str, tag: &str) -> Option<u32> {
    tag_contents(store, tag).first().and_then(|t| unwrap_cdata(t).trim().parse().ok())
}

/// `name: 120`, `name = '120'`, `name: '/path'` in the page's scripts
/// (jpage's options or a variable).
static SETTING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)\b(perPage|groupSize|totalRecord|proxyUrl)\s*[:=]\s*(?:'([^']*)'|"([^"]*)"|(\d{1,9}))"#)
        .expect("valid regex")
});

fn setting<'a>(scripts: &'a str, name: &str) -> Option<&'a str> {
    SETTING
        .captures_iter(scripts)
        .find(|c| c.get(1).is_some_and(|m| m.as_str().eq_ignore_ascii_case(name)))
        .and_then(|c| c.get(2).or(c.get(3)).or(c.get(4)))
        .map(|m| m.as_str().trim())
}

fn number_setting(scripts: &str, name: &str) -> Option<u32> {
    setting(scripts, name)?.parse().ok()
}

fn string_setting(scripts: &str, name: &str) -> Option<String> {
    setting(scripts, name).filter(|s| !s.is_empty()).map(str::to_owned)
}

fn unescape_xml(s: &str) -> String {
    s.replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use crate::facts::html::scripted::{ListSource, read_answer as read_any};
    use crate::facts::html::{read_page, with_test_input};

    const PAGE: &str = "http://www.qx.gov.cn/col/col1234/index.html";

    fn record(n: u32, day: u32) -> String {
        format!(
            "<record><![CDATA[\n<li><a href=\"/art/2026/11/{day}/art_1234_{n}.html\" title=\"清溪县第{n}期政务动态信息\">清溪县第{n}期政务动态…</a><span>2026-11-{day:02}</span></li>\n]]></record>"
        )
    }

    fn page(records: u32, settings: &str) -> String {
        let recs: String = (1..=records).map(|n| record(n, 28 - n.min(27))).collect();
        format!(
            r#"<html><head><title>工作动态</title></head><body><div id="4085961">
            <script type="text/xml"><datastore>
            <nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&appid=1&webid=1&path=/&columnid=1234&unitid=4085961&webname=清溪县&permissiontype=0"></a>]]></nextgroup>
            <recordset>{recs}</recordset></datastore></script></div>
            <script src="/module/web/jpage/jpage.js"></script>
            <script>$(document).ready(function(){{ $('#4085961').jpage({{ {settings} }}); }});</script>
            <div class="empty">暂无数据</div></body></html>"#
        )
    }

    #[test]
    fn embedded_records_are_the_lists_items() {
        let a = with_test_input(
            &page(
                15,
                "totalRecord: 40, perPage: 15, groupSize: 3, proxyUrl: '/module/web/jpage/dataproxy.jsp'",
            ),
            PAGE,
            encoding_rs::UTF_8,
            read_page,
        );
        assert_eq!(a.built_by, [ListSource::Hanweb]);
        assert_eq!(a.items.len(), 15);
        assert_eq!(a.items[0].url.as_str(), "http://www.qx.gov.cn/art/2026/11/27/art_1234_1.html");
        assert_eq!(a.items[0].title, "清溪县第1期政务动态信息");
        assert!(a.items[0].date.is_some());
        assert!(!a.says_empty, "a datastore list is not blank");
        let [request] = a.data_requests.as_slice() else { panic!("{:?}", a.data_requests) };
        assert_eq!(
            request.url.as_str(),
            "http://www.qx.gov.cn/module/web/jpage/dataproxy.jsp?startrecord=16&endrecord=60&perpage=15"
        );
        let form = request.form.as_deref().expect("a POST");
        assert!(form.contains("columnid=1234") && form.contains("unitid=4085961"), "{form}");
        assert!(!form.contains("page=1&"), "{form}");
    }

    #[test]
    fn a_list_that_fits_on_the_page_asks_for_nothing_more() {
        let a =
            with_test_input(&page(12, "totalRecord: 12, perPage: 15"), PAGE, encoding_rs::UTF_8, read_page);
        assert_eq!(a.items.len(), 12);
        assert!(a.data_requests.is_empty());
    }

    #[test]
    fn a_page_without_datastore_is_not_hanweb() {
        let a = with_test_input(
            "<script>var datastore = 1; $('#x').jpage({perPage: 15});</script><p>暂无数据</p>",
            PAGE,
            encoding_rs::UTF_8,
            read_page,
        );
        assert!(a.built_by.is_empty());
        assert!(a.data_requests.is_empty());
        assert!(a.says_empty);
    }

    #[test]
    fn answers_chain_until_the_list_ends() {
        let a = with_test_input(&page(15, "perPage: 15, groupSize: 1"), PAGE, encoding_rs::UTF_8, read_page);
        let first = a.data_requests[0].clone();
        assert_eq!(first.url.query(), Some("startrecord=16&endrecord=30&perpage=15"));
        let full: String = (16..=30).map(|n| record(n, 1)).collect();
        let answer = format!(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><datastore><recordset>{full}</recordset></datastore>"
        );
        let read = with_test_input(&answer, PAGE, encoding_rs::UTF_8, |input| read_any(&first, input));
        assert_eq!(read.items.len(), 15);
        let next = read.next.expect("a full answer asks for more");
        assert_eq!(next.url.query(), Some("startrecord=31&endrecord=45&perpage=15"));
        assert_eq!(next.form, first.form);
        let short: String = (31..=33).map(|n| record(n, 1)).collect();
        let last =
            format!("<datastore><totalrecord>33</totalrecord><recordset>{short}</recordset></datastore>");
        let read = with_test_input(&last, PAGE, encoding_rs::UTF_8, |input| read_any(&next, input));
        assert_eq!(read.items.len(), 3);
        assert!(read.next.is_none(), "a short answer is the last");
    }

    #[test]
    fn table_row_records_are_read() {
        let html = r#"<script type="text/xml"><datastore><recordset>
            <record><![CDATA[<tr><td><a href="/art/2026/11/3/art_9_1.html">关于印发清溪县冬季安全生产方案的通知</a></td><td>2026-11-03</td></tr>]]></record>
            </recordset></datastore></script>"#;
        let a = with_test_input(html, PAGE, encoding_rs::UTF_8, read_page);
        assert_eq!(a.items.len(), 1);
        assert!(a.data_requests.is_empty(), "no nextgroup, nothing to ask");
    }
}
