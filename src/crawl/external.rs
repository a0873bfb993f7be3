//! The start of an external page, read once: whether a linked domain now
//! shows a parked or for-sale page (`link.parked-domain`).
//!
//! External links are checked with HEAD. When the answer is a 2xx HTML page
//! (or says no type), one bounded GET follows (a server that rejects HEAD
//! is asked with GET anyway: that answer's start is read instead), on the same connection
//! policy, and at most [`checks::facts::parked::BODY_BYTES`] of its body
//! are read and looked at for the markers; nothing is parsed or kept. Each
//! hop of a redirect is a target of its own, so the page read is always
//! the one the chain ends on, and each external target is read once.

use checks::facts::{domain, parked};
use url::Url;

use super::fetch::{Answer, Fetched, Fetcher, read_body};

/// Whether the HEAD answer of an external link is worth a GET of its start:
/// a page that opened, HTML or of unknown type, on a domain that can be
/// sold on (not a government's, whose names nobody else may register) and
/// not on a platform official accounts live on (the account audit reads
/// those, at the platform's pace).
pub fn worth_reading(url: &Url, answer: &Answer) -> bool {
    let host = url.host_str().unwrap_or_default();
    !domain::is_reserved(host)
        && !domain::is_account_platform(host)
        && (200..300).contains(&answer.status)
        && answer.content_type.as_deref().is_none_or(|t| t == "text/html" || t == "application/xhtml+xml")
}

/// Reads the start of `url` and notes its parked marker in `answer`; the
/// request and bytes are counted in `fetched`. A failed GET changes
/// nothing: the HEAD answer stands, and the link is not judged parked.
pub async fn read_start(fetcher: &Fetcher, url: &Url, answer: &mut Answer, fetched: &mut Fetched) {
    let request = fetcher.client().get(url.as_str()).header(reqwest::header::CONNECTION, "close");
    fetched.requests += 1;
    let Ok(resp) = request.send().await else { return };
    read_answer(resp, url, answer, fetched).await;
}

/// Reads the start of a GET answer of an external page (the one
/// [`read_start`] sent, or the GET a server that rejects HEAD was asked
/// with instead) and notes its parked marker in `answer`.
pub async fn read_answer(resp: reqwest::Response, url: &Url, answer: &mut Answer, fetched: &mut Fetched) {
    // The server may answer the GET otherwise than the HEAD: only an HTML
    // page that opened is read.
    let is_html = super::fetch::media_type(resp.headers())
        .as_deref()
        .is_none_or(|t| t == "text/html" || t == "application/xhtml+xml");
    if !resp.status().is_success() || !is_html {
        return;
    }
    let content_type = super::fetch::header_str(resp.headers(), reqwest::header::CONTENT_TYPE);
    let Ok((body, _cut)) = read_body(resp, parked::BODY_BYTES).await else { return };
    fetched.bytes += body.len() as u64;
    // Decoded as a browser would: Chinese parking pages are as often GBK
    // as UTF-8, and the markers are matched as UTF-8 text.
    let (text, _) = super::decode::decode(&body, content_type.as_deref(), url.host_str().unwrap_or_default());
    answer.parked = parked::detect(text.as_bytes());
}
