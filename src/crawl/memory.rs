//! The crawl's side of the journal (`store::journal`): what a final answer
//! looks like there, and how a journaled one becomes an answer again.

use std::sync::Arc;

use checks::facts::account::facts::AccountAnswer;
use checks::facts::crawl::{Method, NetError, NetErrorKind};
use checks::url_norm::Normalizer;
use url::Url;

use super::fetch::{Answer, Fetched, RobotsFetched};
use crate::store::journal::{Entry, Recall, Sink, pack};

/// A crawl's journal: what it may reuse, and where its answers go.
#[derive(Clone)]
pub struct Memory {
    pub recall: Arc<Recall>,
    pub sink: Sink,
}

/// What the journal keeps of a page answer besides its outcome.
pub struct Kept {
    /// The body as received, compressed; `None` when it is stored already.
    pub packed: Option<Vec<u8>>,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    pub content_type_header: Option<String>,
    /// The stored body a `304 Not Modified` answer points back to.
    pub body_id: Option<i64>,
}

impl Kept {
    /// The server answered `304 Not Modified`: the stored body is the page.
    pub fn not_modified(&self) -> bool {
        self.packed.is_none() && self.body_id.is_some()
    }
}

/// The journal entry of a final answer, and the body to store with it.
pub fn entry(fetched: &Fetched, kept: Option<Kept>) -> (Entry, Option<Vec<u8>>) {
    let mut entry = Entry { requests: fetched.requests, bytes: fetched.bytes, ..Entry::default() };
    match &fetched.result {
        Ok(answer) => {
            entry.status = Some(answer.status);
            entry.method = Some(method_name(answer.method).to_owned());
            entry.location = answer.location.as_ref().map(|u| u.as_str().to_owned());
            entry.content_type.clone_from(&answer.content_type);
            entry.challenge = answer.challenge.map(str::to_owned);
            entry.parked = answer.parked.map(str::to_owned);
            entry.cut = answer.cut;
        }
        Err(error) => entry.error = Some((error_kind_name(error.kind).to_owned(), error.message.clone())),
    }
    let Some(kept) = kept else { return (entry, None) };
    entry.etag = kept.etag;
    entry.last_modified = kept.last_modified;
    entry.content_type_header = kept.content_type_header;
    entry.body_id = kept.body_id;
    (entry, kept.packed)
}

/// The journal entry of a robots.txt answer, its body compressed.
pub fn robots_entry(fetched: &RobotsFetched) -> (Entry, Option<Vec<u8>>) {
    let entry = Entry {
        requests: fetched.requests,
        bytes: fetched.bytes,
        status: fetched.status,
        ..Entry::default()
    };
    (entry, (!fetched.body.is_empty()).then(|| pack(&fetched.body)))
}

/// The journal entry of an account page's answer, its body compressed;
/// `None` for what was never asked (robots.txt said no, or the run stopped).
pub fn account_entry(answer: &AccountAnswer, requests: u32, bytes: u64) -> Option<(Entry, Option<Vec<u8>>)> {
    let mut entry = Entry { requests, bytes, method: Some("GET".into()), ..Entry::default() };
    match answer {
        AccountAnswer::Answered { status, final_url, body } => {
            entry.status = Some(*status);
            entry.location = Some(final_url.clone());
            Some((entry, Some(pack(body.as_bytes()))))
        }
        AccountAnswer::Failed(error) => {
            entry.error = Some((error_kind_name(error.kind).to_owned(), error.message.clone()));
            Some((entry, None))
        }
        AccountAnswer::Disallowed | AccountAnswer::NotRequested | AccountAnswer::NoAddress => None,
    }
}

/// A journaled account answer, or `None` when its stored body cannot be
/// read (then the page is asked for again: our fault is not the account's).
pub fn account_answer(entry: &Entry, recall: &Recall, requested: &str) -> Option<AccountAnswer> {
    if let Some((kind, message)) = &entry.error {
        return Some(AccountAnswer::Failed(NetError { kind: error_kind(kind), message: message.clone() }));
    }
    let body = recall.body(entry.body_id?).ok()?;
    Some(AccountAnswer::Answered {
        status: entry.status?,
        final_url: entry.location.clone().unwrap_or_else(|| requested.to_owned()),
        body: String::from_utf8(body).ok()?,
    })
}

/// A journaled answer as the frontier takes it (without a parsed page).
pub fn answer(entry: &Entry, normalizer: &Normalizer) -> Result<Answer, NetError> {
    if let Some((kind, message)) = &entry.error {
        return Err(NetError { kind: error_kind(kind), message: message.clone() });
    }
    let location = entry.location.as_deref().and_then(|l| Url::parse(l).ok()).map(|mut url| {
        normalizer.normalize(&mut url);
        url
    });
    Ok(Answer {
        status: entry.status.unwrap_or_default(),
        method: if entry.method.as_deref() == Some("HEAD") { Method::Head } else { Method::Get },
        location,
        content_type: entry.content_type.clone(),
        challenge: entry.challenge.as_deref().and_then(checks::facts::html::challenge::known),
        cut: entry.cut,
        parked: entry.parked.as_deref().and_then(checks::facts::parked::known),
        retry_after: None,
        page: None,
    })
}

fn method_name(method: Method) -> &'static str {
    match method {
        Method::Get => "GET",
        Method::Head => "HEAD",
    }
}

/// Every kind, with the name the report gives it.
const ERROR_KINDS: &[(NetErrorKind, &str)] = &[
    (NetErrorKind::Timeout, "timeout"),
    (NetErrorKind::Dns, "dns"),
    (NetErrorKind::Refused, "refused"),
    (NetErrorKind::Reset, "reset"),
    (NetErrorKind::Tls, "tls"),
    (NetErrorKind::RedirectLoop, "redirect_loop"),
    (NetErrorKind::TooManyRedirects, "too_many_redirects"),
    (NetErrorKind::BadRedirect, "bad_redirect"),
    (NetErrorKind::Other, "other"),
];

fn error_kind_name(kind: NetErrorKind) -> &'static str {
    ERROR_KINDS.iter().find(|(k, _)| *k == kind).map_or("other", |(_, name)| name)
}

fn error_kind(name: &str) -> NetErrorKind {
    ERROR_KINDS.iter().find(|(_, n)| *n == name).map_or(NetErrorKind::Other, |(k, _)| *k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_kinds_keep_their_report_names() {
        for (kind, name) in ERROR_KINDS {
            assert_eq!(serde_json::to_value(kind).unwrap(), serde_json::json!(name));
            assert_eq!(error_kind(name), *kind);
        }
    }
}
