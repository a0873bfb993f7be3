//! Attachments of the audited site, read: a PDF, Word or Excel file a page
//! of the site links to, on one of the site's hosts, is fetched with GET
//! (instead of only HEAD), its text extracted (`crate::extract`) and
//! scanned for personal data (`checks::content::pii_attachment`) and wrong
//! words (`checks::content::words`), both on the blocking pool; the
//! frontier keeps only what the scan found.
//!
//! The request is an ordinary job of the frontier: robots.txt, the host's
//! delay and limit and the global limit apply as to any URL. Its answer is
//! also the link's (a dead attachment stays a dead link). Extraction runs
//! on the blocking pool under a parse slot, within the [`Budget`]; a file
//! over it is a note on the file, never a stalled crawl.
//!
//! With a journal, the extracted text is stored as the answer's body
//! (`Kind::Attachment`) with the file's `ETag` and `Last-Modified`: next
//! month's run asks conditionally, and on `304 Not Modified` scans the
//! stored text without downloading the file. A resumed crawl takes it from
//! there too.

use checks::facts::attachment::{AttachmentScan, Cut, Extracted, Format};
use checks::facts::lexicon::Lexicon;
use reqwest::header::{CONTENT_LENGTH, CONTENT_TYPE, IF_MODIFIED_SINCE, IF_NONE_MATCH};
use serde::{Deserialize, Serialize};
use url::Url;

use super::fetch::{Fetched, Fetcher, classify, header_str, not_sent, read_body, validators};
use super::memory::{self, Kept};
use crate::extract::{self, Budget};
use crate::store::journal::{Entry, Kind, pack};

/// What the journal keeps of an attachment: its text, not its bytes.
#[derive(Serialize, Deserialize)]
struct Stored {
    format: Format,
    extracted: Extracted,
}

/// Extra time the async side waits past the budget before it stops
/// waiting for the blocking reader (which checks the budget itself).
const GRACE: std::time::Duration = std::time::Duration::from_secs(2);

/// The format to read `url` as, when it is a file whose text is read.
pub fn readable(url: &Url) -> Option<Format> {
    extract::format_of(url.path())
}

impl Fetcher {
    /// GETs an attachment of the site, extracts its text (conditionally
    /// when the last crawl stored it) and scans it, both on the blocking
    /// pool: the crawl's coordinator only files what was found.
    pub(super) async fn fetch_attachment(&self, url: &Url, format: Format, budget: Budget) -> Fetched {
        let mut fetched = self.attachment_text(url, format, budget).await;
        if let Some((format, extracted)) = fetched.extracted.take() {
            let lexicon = std::sync::Arc::clone(&self.page_options().lexicon);
            let (extracted, scan) = scan(format, extracted, lexicon).await;
            fetched.scanned = Some(scan);
            fetched.extracted = Some((format, extracted));
        }
        fetched
    }

    /// The attachment's text: from the journal, or fetched and extracted.
    async fn attachment_text(&self, url: &Url, format: Format, budget: Budget) -> Fetched {
        if let Some(recall) = self.recall()
            && let Some(entry) = recall.replay(url.as_str(), Kind::Attachment)
            && let Some(fetched) = self.stored(entry, true)
        {
            return fetched;
        }
        let previous = self.recall().and_then(|r| r.previous_attachment(url.as_str())).cloned();
        let mut fetched = Fetched::failed(checks::facts::crawl::NetError {
            kind: checks::facts::crawl::NetErrorKind::Other,
            message: "not sent".into(),
        });
        fetched.requests = 1;
        let mut request = self.request(url);
        if let Some(previous) = &previous {
            if let Some(etag) = &previous.etag {
                request = request.header(IF_NONE_MATCH, etag);
            }
            if let Some(date) = &previous.last_modified {
                request = request.header(IF_MODIFIED_SINCE, date);
            }
        }
        let resp = match request.send().await {
            Ok(resp) => resp,
            Err(e) => {
                // Not sent for lack of a local resource: nothing is known of the file.
                if not_sent(&e) {
                    fetched.requests = 0;
                    fetched.local_failure = true;
                }
                fetched.result = Err(classify(&e));
                return fetched;
            }
        };
        if resp.status() == reqwest::StatusCode::NOT_MODIFIED
            && let Some(previous) = &previous
            && let Some(mut reused) = self.stored(previous, false)
        {
            let (etag, last_modified) = validators(resp.headers());
            reused.requests = 1;
            reused.kept = Some(Kept {
                packed: None,
                etag: etag.or_else(|| previous.etag.clone()),
                last_modified: last_modified.or_else(|| previous.last_modified.clone()),
                content_type_header: previous.content_type_header.clone(),
                body_id: previous.body_id,
            });
            return reused;
        }
        let status = resp.status().as_u16();
        let answer = self.answer_of(url, status, resp.headers());
        if !(200..300).contains(&status) {
            fetched.result = Ok(answer);
            return fetched;
        }
        let (etag, last_modified) = validators(resp.headers());
        let content_type_header = header_str(resp.headers(), CONTENT_TYPE);
        let declared = header_str(resp.headers(), CONTENT_LENGTH).and_then(|n| n.trim().parse::<u64>().ok());
        let extracted = if declared.is_some_and(|n| n > budget.bytes as u64) {
            Extracted { parts: Vec::new(), cut: Some(Cut::Bytes) }
        } else {
            match read_body(resp, budget.bytes).await {
                Ok((_, true)) => Extracted { parts: Vec::new(), cut: Some(Cut::Bytes) },
                Ok((body, false)) => {
                    fetched.bytes = body.len() as u64;
                    read(format, body, budget).await
                }
                // The answer came: the link is alive; the file is not read.
                Err(_) => Extracted { parts: Vec::new(), cut: Some(Cut::Unreadable) },
            }
        };
        let stored = Stored { format, extracted };
        fetched.kept = self.journaling().then(|| Kept {
            packed: serde_json::to_vec(&stored).ok().map(|json| pack(&json)),
            etag,
            last_modified,
            content_type_header,
            body_id: None,
        });
        fetched.extracted = Some((stored.format, stored.extracted));
        fetched.result = Ok(answer);
        fetched
    }

    /// An attachment answered from the journal: the stored answer and
    /// text; `None` when the text cannot be read (it is fetched again).
    fn stored(&self, entry: &Entry, replayed: bool) -> Option<Fetched> {
        let recall = self.recall()?;
        let body = recall.body(entry.body_id?).ok()?;
        let stored: Stored = serde_json::from_slice(&body).ok()?;
        let mut fetched = Fetched::failed(checks::facts::crawl::NetError {
            kind: checks::facts::crawl::NetErrorKind::Other,
            message: String::new(),
        });
        fetched.result = memory::answer(entry, self.normalizer());
        fetched.replayed = replayed;
        if replayed {
            fetched.requests = entry.requests;
            fetched.bytes = entry.bytes;
        }
        fetched.extracted = Some((stored.format, stored.extracted));
        Some(fetched)
    }
}

/// Scans an attachment's text for personal data and wrong words on the
/// blocking pool (a file at the text budget takes tens of milliseconds).
/// The scan's target is set by the frontier, which knows the URL's id.
async fn scan(
    format: Format,
    extracted: Extracted,
    lexicon: std::sync::Arc<Lexicon>,
) -> (Extracted, AttachmentScan) {
    let work = tokio::task::spawn_blocking(move || {
        let _slot = super::slots::parse_slot();
        let mut scan = checks::content::pii_attachment::scan(0, format, &extracted);
        scan.words = checks::content::words::in_attachment(&lexicon, &extracted);
        (extracted, scan)
    });
    match work.await {
        Ok(done) => done,
        // Only a panic in the scan ends here: nothing found, nothing lost
        // but this file's findings.
        Err(_) => {
            let cut = Some(Cut::Unreadable);
            let empty =
                AttachmentScan { target: 0, format, hits: Vec::new(), persons: 0, words: Vec::new(), cut };
            (Extracted { parts: Vec::new(), cut: Some(Cut::Unreadable) }, empty)
        }
    }
}

/// Extracts on the blocking pool, under a parse slot, within the budget.
async fn read(format: Format, body: Vec<u8>, budget: Budget) -> Extracted {
    let work = tokio::task::spawn_blocking(move || {
        let _slot = super::slots::parse_slot();
        extract::extract(format, &body, &budget).1
    });
    match tokio::time::timeout(budget.time + GRACE, work).await {
        Ok(Ok(extracted)) => extracted,
        // The reader panicked past `catch_unwind` (it does not) or was cancelled.
        Ok(Err(_)) => Extracted { parts: Vec::new(), cut: Some(Cut::Unreadable) },
        Err(_) => Extracted { parts: Vec::new(), cut: Some(Cut::Time) },
    }
}
