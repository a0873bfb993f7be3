//! The requests a list page's scripts send for the rest of the list
//! (a Hanweb `dataproxy.jsp`, a JSON endpoint), sent the way the script
//! sends them.
//!
//! The frontier schedules them like any request of the site: after
//! robots.txt allows them, within the per-host limit and delay, each
//! (method, URL, body) once, and at most [`MAX_LIST_PAGES`] per list.
//! They only read: jpage's proxy answers a form POST that names a column
//! and a record range, which is how every visitor's browser pages through
//! the list; JSON endpoints are only asked with GET.

use checks::facts::html::PageInput;
use checks::facts::html::list::FoundItem;
pub use checks::facts::html::scripted::MAX_LIST_PAGES;
use checks::facts::html::scripted::{self, DataRequest};
use checks::facts::page::PageOptions;
use checks::url_norm::Normalizer;
use reqwest::header::{ACCEPT, CONTENT_TYPE, HeaderValue};

use super::fetch::{classify, read_body};

/// A data request the frontier keeps until its answer is read.
pub struct DataJob {
    pub request: DataRequest,
    /// The page (index into the crawl's pages) whose list it extends.
    pub page: u32,
    /// The depth of that page: the items found are one deeper.
    pub depth: u32,
    /// Requests of this list sent before this one.
    pub chain: u32,
}

/// What one data request brought.
#[derive(Default)]
pub struct DataFetched {
    pub requests: u32,
    pub bytes: u64,
    pub items: Vec<FoundItem>,
    pub next: Option<DataRequest>,
}

/// Sends `request` and reads the list in its answer. A failure leaves the
/// list as the page showed it (logged, not a finding: the page's own
/// links are what a visitor follows).
pub async fn fetch(
    client: &reqwest::Client,
    normalizer: &Normalizer,
    request: &DataRequest,
    max_body: usize,
) -> DataFetched {
    let mut fetched = DataFetched { requests: 1, ..DataFetched::default() };
    let builder = match &request.form {
        Some(form) => client
            .post(request.url.as_str())
            .header(
                CONTENT_TYPE,
                HeaderValue::from_static("application/x-www-form-urlencoded; charset=UTF-8"),
            )
            .header("X-Requested-With", "XMLHttpRequest")
            .body(form.clone()),
        None => {
            client.get(request.url.as_str()).header(ACCEPT, "application/json, text/javascript, */*; q=0.01")
        }
    };
    let resp = match builder.send().await {
        Ok(resp) => resp,
        Err(e) => {
            tracing::debug!("{}: {}", request.key(), classify(&e).message);
            return fetched;
        }
    };
    if !resp.status().is_success() {
        tracing::debug!("{}: answered {}", request.key(), resp.status());
        return fetched;
    }
    let content_type = resp.headers().get(CONTENT_TYPE).and_then(|v| v.to_str().ok()).map(str::to_owned);
    let Ok((body, _)) = read_body(resp, max_body).await else { return fetched };
    fetched.bytes = body.len() as u64;
    let host = request.url.host_str().unwrap_or_default();
    let (text, encoding) = super::decode::decode(&body, content_type.as_deref(), host);
    let options = PageOptions::default();
    let input = PageInput {
        url: &request.base,
        html: &text,
        encoding,
        normalizer,
        home: false,
        options: &options,
        stylesheets: checks::facts::css::LinkedSheets::none(),
    };
    let answer = scripted::read_answer(request, &input);
    fetched.items = answer.items;
    fetched.next = answer.next;
    fetched
}
