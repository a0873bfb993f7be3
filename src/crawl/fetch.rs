//! One URL, one answer: the HTTP side of the crawl.
//!
//! Redirects are not followed here: each hop comes back to the frontier as
//! a new URL, so robots.txt, per-host limits and "each distinct URL once"
//! apply to every hop. Failures come back as data ([`NetError`]), never as
//! `Err`: a dead link is a finding, not a failure of the tool.

use std::error::Error as _;
use std::sync::Arc;
use std::time::Duration;

use checks::facts::crawl::{Method, NetError, NetErrorKind};
use checks::facts::html::{PageAnalysis, PageInput};
use checks::facts::page::PageOptions;
use checks::url_norm::Normalizer;
use reqwest::header::{
    CONTENT_TYPE, ETAG, HeaderMap, IF_MODIFIED_SINCE, IF_NONE_MATCH, LAST_MODIFIED, LOCATION, RETRY_AFTER,
};
use url::Url;

use super::decode;
use super::memory::{self, Kept};
use super::scope::Plan;
use crate::store::journal::{Entry, Kind, Recall};

/// Pages with more visible text than this are not anti-bot challenges.
pub const CHALLENGE_TEXT: u32 = 200;

/// Pages larger than this are parsed off the async worker.
const LARGE_PAGE: usize = 256 * 1024;

/// Error pages are read this far, enough to recognise an anti-bot challenge.
const ERROR_BODY_BYTES: usize = 32 * 1024;

/// What one fetch produced.
pub struct Fetched {
    pub result: Result<Answer, NetError>,
    /// Requests actually sent (2 when HEAD fell back to GET).
    pub requests: u32,
    /// Body bytes received.
    pub bytes: u64,
    /// Taken from the journal of the crawl being resumed: final, and
    /// journaled already.
    pub replayed: bool,
    /// The request could not be made for lack of a local resource (file
    /// descriptors): nothing is known about the URL.
    pub local_failure: bool,
    /// What the journal keeps of the answer (when journaling).
    pub kept: Option<Kept>,
    /// An attachment of the site: its text (see `super::attachments`).
    pub extracted: Option<(checks::facts::attachment::Format, checks::facts::attachment::Extracted)>,
    /// What the attachment's text holds (personal data, wrong words),
    /// scanned with the extraction; its `target` is the frontier's to set.
    pub scanned: Option<checks::facts::attachment::AttachmentScan>,
}

impl Fetched {
    pub fn failed(error: NetError) -> Self {
        Fetched {
            result: Err(error),
            requests: 0,
            bytes: 0,
            replayed: false,
            kept: None,
            local_failure: false,
            extracted: None,
            scanned: None,
        }
    }

    fn new() -> Self {
        Fetched::failed(other("not sent"))
    }
}

/// A server's answer, with what the frontier needs to go on.
pub struct Answer {
    pub status: u16,
    pub method: Method,
    /// For a 3xx: the `Location`, resolved and normalised.
    pub location: Option<Url>,
    pub content_type: Option<String>,
    pub challenge: Option<&'static str>,
    pub cut: bool,
    /// For an external HTML page: its parked-domain marker ([`super::external`]).
    pub parked: Option<&'static str>,
    /// For 429 and 503: how long the server asked us to wait.
    pub retry_after: Option<Duration>,
    /// The parsed page, for a crawled HTML page.
    pub page: Option<PageAnalysis>,
}

impl Answer {
    /// What the crawl keeps of the answer, its page taken: `location` is
    /// the target the redirect's URL was interned as.
    pub fn into_outcome(
        self,
        location: Option<checks::facts::crawl::TargetId>,
    ) -> checks::facts::crawl::FetchOutcome {
        checks::facts::crawl::FetchOutcome::Answered(checks::facts::crawl::Answer {
            status: self.status,
            method: self.method,
            location,
            content_type: self.content_type,
            challenge: self.challenge.map(str::to_owned),
            cut: self.cut,
            parked: self.parked.map(str::to_owned),
        })
    }
}

pub struct Fetcher {
    client: reqwest::Client,
    max_body: usize,
    normalizer: Arc<Normalizer>,
    page_options: Arc<PageOptions>,
    /// The journal's answers, when the crawl has one.
    recall: Option<Arc<Recall>>,
    /// Keep page bodies and validators for the journal.
    journaling: bool,
    logins: super::login::Logins,
    /// The pages' own stylesheets, fetched once for the run.
    stylesheets: super::stylesheets::Stylesheets,
    /// Read the site's attachments within this budget (`None`: only check them).
    attachments: Option<crate::extract::Budget>,
}

impl Fetcher {
    pub fn new(
        client: reqwest::Client,
        max_body: usize,
        normalizer: Arc<Normalizer>,
        page_options: Arc<PageOptions>,
    ) -> Self {
        Fetcher {
            client,
            max_body,
            normalizer,
            page_options,
            recall: None,
            journaling: false,
            logins: Default::default(),
            stylesheets: Default::default(),
            attachments: None,
        }
    }

    /// Reads the site's attachments (GET, text extracted) within `budget`.
    pub fn with_attachments(mut self, budget: Option<crate::extract::Budget>) -> Self {
        self.attachments = budget;
        self
    }

    /// A GET of `url` with its origin's login, for `super::attachments`.
    pub(super) fn request(&self, url: &Url) -> reqwest::RequestBuilder {
        self.logins.apply(url, self.client.get(url.as_str()))
    }

    /// Whether answers are kept for the journal.
    pub(super) fn journaling(&self) -> bool {
        self.journaling
    }

    /// An answer to a GET from its head, for `super::attachments`.
    pub(super) fn answer_of(&self, url: &Url, status: u16, headers: &HeaderMap) -> Answer {
        self.head_answer(url, status, headers, Method::Get)
    }

    /// Sends the start URLs' user info to their origins.
    pub fn with_logins(mut self, logins: super::login::Logins) -> Self {
        self.logins = logins;
        self
    }

    /// Answers from and for the journal: replays of a resumed crawl,
    /// validators for conditional requests, bodies kept.
    pub fn with_journal(mut self, recall: Arc<Recall>) -> Self {
        self.recall = Some(recall);
        self.journaling = true;
        self
    }

    pub fn client(&self) -> &reqwest::Client {
        &self.client
    }

    /// The journal's answers, when the run has a journal.
    pub fn recall(&self) -> Option<&Recall> {
        self.recall.as_deref()
    }

    /// What the page checks read, the wrong-word lexicon among it (also
    /// run over attachments' text).
    pub fn page_options(&self) -> &PageOptions {
        &self.page_options
    }

    pub fn normalizer(&self) -> &Normalizer {
        &self.normalizer
    }

    pub fn stylesheets(&self) -> &super::stylesheets::Stylesheets {
        &self.stylesheets
    }

    /// Fetches `url` as `plan` says; `home` marks a page reached at depth 0,
    /// on which the home-page checks run. Without `keep_alive` (a link to
    /// another site, asked once) the connection is closed after the answer,
    /// so idle connections never pile up one per linked host.
    pub async fn fetch(&self, url: &Url, plan: Plan, home: bool, keep_alive: bool) -> Fetched {
        let kind = if plan == Plan::Crawl { Kind::Page } else { Kind::Check };
        if let Some(entry) = self.recall.as_ref().and_then(|r| r.replay(url.as_str(), kind))
            && let Some(fetched) = self.replay(url, entry, plan, home)
        {
            return fetched;
        }
        // An attachment on the site's own hosts (`keep_alive` says internal):
        // its text is read, not only its status.
        if plan == Plan::Check
            && keep_alive
            && let Some(budget) = self.attachments
            && let Some(format) = super::attachments::readable(url)
        {
            return self.fetch_attachment(url, format, budget).await;
        }
        let mut fetched = Fetched::new();
        if plan == Plan::Check
            && let Some((status, headers)) = self.stylesheets.answered(url)
        {
            // Asked already, as a page's stylesheet (counted there).
            fetched.result = Ok(self.head_answer(url, status, &headers, Method::Get));
            return fetched;
        }
        if plan == Plan::Check {
            fetched.requests += 1;
            let head = close_unless(keep_alive, self.logins.apply(url, self.client.head(url.as_str())));
            match head.send().await {
                Ok(resp) if !needs_get(&resp) => {
                    let mut answer =
                        self.head_answer(url, resp.status().as_u16(), resp.headers(), Method::Head);
                    // Another site's page (asked without keep-alive): is its domain parked?
                    if !keep_alive && super::external::worth_reading(url, &answer) {
                        drop(resp);
                        super::external::read_start(self, url, &mut answer, &mut fetched).await;
                    }
                    fetched.result = Ok(answer);
                    return fetched;
                }
                Err(e) if not_sent(&e) => {
                    fetched.requests -= 1;
                    fetched.local_failure = true;
                    fetched.result = Err(classify(&e));
                    return fetched;
                }
                Err(e) => {
                    let error = classify(&e);
                    // A timeout, a refused connection, DNS or TLS would fail
                    // GET the same way; anything else may be a server that
                    // mishandles HEAD (it drops the connection), so ask again.
                    if !matches!(error.kind, NetErrorKind::Reset | NetErrorKind::Other) {
                        fetched.result = Err(error);
                        return fetched;
                    }
                }
                // Any error status: many servers mishandle HEAD.
                Ok(_) => {}
            }
        }
        let previous =
            self.recall.as_ref().and_then(|r| r.previous(url.as_str())).filter(|_| plan == Plan::Crawl);
        if let Some(previous) = previous
            && self.get(url, plan, home, Some(previous), &mut fetched, keep_alive).await
        {
            return fetched;
        }
        self.get(url, plan, home, None, &mut fetched, keep_alive).await;
        fetched
    }

    /// Sends a GET, conditional when the last crawl's `previous` answer is
    /// given, into `fetched`. False when a `304` came but the stored page
    /// could not be read: the caller asks again in full.
    async fn get(
        &self,
        url: &Url,
        plan: Plan,
        home: bool,
        previous: Option<&Entry>,
        fetched: &mut Fetched,
        keep_alive: bool,
    ) -> bool {
        fetched.requests += 1;
        let mut request = close_unless(keep_alive, self.logins.apply(url, self.client.get(url.as_str())));
        if let Some(previous) = previous {
            if let Some(etag) = &previous.etag {
                request = request.header(IF_NONE_MATCH, etag);
            }
            if let Some(date) = &previous.last_modified {
                request = request.header(IF_MODIFIED_SINCE, date);
            }
        }
        match (request.send().await, previous) {
            (Ok(resp), Some(previous)) if resp.status() == reqwest::StatusCode::NOT_MODIFIED => {
                let Some(answer) = self.reread(url, previous, home) else { return false };
                let (etag, last_modified) = validators(resp.headers());
                fetched.kept = Some(Kept {
                    packed: None,
                    etag: etag.or_else(|| previous.etag.clone()),
                    last_modified: last_modified.or_else(|| previous.last_modified.clone()),
                    content_type_header: previous.content_type_header.clone(),
                    body_id: previous.body_id,
                });
                fetched.result = answer;
            }
            // Another site's page that answered the GET (its server
            // rejected HEAD): its start is read for a parked marker, as
            // after a HEAD.
            // (A check's 2xx answer is its status and headers: nothing else
            // of it is read, as `answer_get` would not read it.)
            (Ok(resp), _) if plan == Plan::Check && !keep_alive && resp.status().is_success() => {
                let mut answer = self.head_answer(url, resp.status().as_u16(), resp.headers(), Method::Get);
                if super::external::worth_reading(url, &answer) {
                    super::external::read_answer(resp, url, &mut answer, fetched).await;
                }
                fetched.result = Ok(answer);
            }
            (Ok(resp), _) => {
                let parse = (plan == Plan::Crawl).then_some(home);
                let (answer, bytes, kept) = self.answer_get(url, resp, parse).await;
                fetched.bytes = bytes;
                fetched.result = answer;
                fetched.kept = kept;
            }
            (Err(e), _) => {
                if not_sent(&e) {
                    fetched.requests -= 1;
                    fetched.local_failure = true;
                }
                fetched.result = Err(classify(&e));
            }
        }
        true
    }

    /// The journaled answer of a resumed crawl, as if it had just come;
    /// `None` when its stored page cannot be read (it is fetched again).
    fn replay(&self, url: &Url, entry: &Entry, plan: Plan, home: bool) -> Option<Fetched> {
        let mut fetched = Fetched::new();
        fetched.requests = entry.requests;
        fetched.bytes = entry.bytes;
        fetched.replayed = true;
        fetched.result = if plan == Plan::Crawl {
            self.reread(url, entry, home)?
        } else {
            // A page journaled in full answers a check of it too.
            memory::answer(entry, &self.normalizer)
        };
        Some(fetched)
    }

    /// A journaled answer, its page parsed again from the stored body;
    /// `None` when the body cannot be read (a damaged or locked database):
    /// a problem of ours is never reported as the site's.
    fn reread(&self, url: &Url, entry: &Entry, home: bool) -> Option<Result<Answer, NetError>> {
        let mut answer = match memory::answer(entry, &self.normalizer) {
            Ok(answer) => answer,
            Err(error) => return Some(Err(error)),
        };
        let (Some(recall), Some(id)) = (&self.recall, entry.body_id) else { return Some(Ok(answer)) };
        match recall.body(id) {
            Ok(body) => {
                let (challenge, page) =
                    self.parse(url, &body, entry.content_type_header.as_deref(), home, None);
                answer.challenge = challenge;
                answer.page = page;
                Some(Ok(answer))
            }
            Err(e) => {
                tracing::warn!("{url}: the stored page could not be read ({e:#}); fetching it again");
                None
            }
        }
    }

    /// An answer from the response head alone.
    fn head_answer(&self, url: &Url, status: u16, headers: &HeaderMap, method: Method) -> Answer {
        Answer {
            status,
            method,
            location: location(url, status, headers, &self.normalizer),
            content_type: media_type(headers),
            challenge: None,
            cut: false,
            parked: None,
            retry_after: retry_after(status, headers),
            page: None,
        }
    }

    async fn answer_get(
        &self,
        url: &Url,
        resp: reqwest::Response,
        parse: Option<bool>,
    ) -> (Result<Answer, NetError>, u64, Option<Kept>) {
        // `parse` is `Some(home)` when the body is to be read as a page.
        let home = parse.unwrap_or(false);
        let mut answer = self.head_answer(url, resp.status().as_u16(), resp.headers(), Method::Get);
        let content_type_header = header_str(resp.headers(), CONTENT_TYPE);
        let is_error = answer.status >= 400;
        // A page URL that answers with a PDF or an image is not read: only
        // HTML, or an answer without a type that might be HTML.
        let maybe_html = answer.content_type.as_deref().is_none_or(|t| is_html(Some(t), &[]));
        let read_as_page = parse.is_some() && (200..300).contains(&answer.status) && maybe_html;
        if !is_error && !read_as_page {
            return (Ok(answer), 0, None);
        }
        let (etag, last_modified) = validators(resp.headers());
        let cap = if is_error { ERROR_BODY_BYTES } else { self.max_body };
        let (body, cut) = match read_body(resp, cap).await {
            Ok(read) => read,
            // The status already says what matters about an error page.
            Err(_) if is_error => return (Ok(answer), 0, None),
            // A page that does not arrive whole did not load.
            Err(e) => return (Err(classify(&e)), 0, None),
        };
        let bytes = body.len() as u64;
        if is_error {
            answer.challenge =
                checks::facts::html::challenge::detect(answer.status, &String::from_utf8_lossy(&body));
            return (Ok(answer), bytes, None);
        }
        if !is_html(answer.content_type.as_deref(), &body) {
            return (Ok(answer), bytes, None);
        }
        answer.cut = cut;
        let via = super::stylesheets::Requester {
            client: &self.client,
            logins: &self.logins,
            normalizer: &self.normalizer,
        };
        let sheets = self.stylesheets.for_page(&via, url, &String::from_utf8_lossy(&body)).await;
        let (challenge, page) = self.parse(url, &body, content_type_header.as_deref(), home, Some(&sheets));
        answer.challenge = challenge;
        // Nested too deep to read whole: like a body over the cap.
        answer.cut |= page.as_ref().is_some_and(|p| p.nesting_cut());
        answer.page = page;
        // The body as it came, for --resume and next month's 304s.
        let kept = self.journaling.then(|| Kept {
            packed: Some(crate::store::journal::pack(&body)),
            etag,
            last_modified,
            content_type_header,
            body_id: None,
        });
        (Ok(answer), bytes, kept)
    }

    /// Decodes and analyses a page. Small pages are parsed right here on
    /// the runtime's worker: handing each one to a blocking-pool thread cost
    /// more in thread wake-ups than the parse itself (a third of the wall
    /// time on the benchmark). A large body is parsed with `block_in_place`,
    /// so the worker's other tasks move on meanwhile, once one of the
    /// process's parse slots is free (see [`super::slots`]). Without
    /// `sheets` (a page read again from the journal), the stylesheets the
    /// run has fetched already apply.
    fn parse(
        &self,
        url: &Url,
        body: &[u8],
        content_type: Option<&str>,
        home: bool,
        sheets: Option<&checks::facts::css::LinkedSheets>,
    ) -> (Option<&'static str>, Option<PageAnalysis>) {
        let work = || {
            let host = url.host_str().unwrap_or_default();
            let decoded = decode::decode_page(body, content_type, host);
            let (text, encoding) = (decoded.text, decoded.encoding);
            let known;
            let stylesheets = match sheets {
                Some(sheets) => sheets,
                None => {
                    known = self.stylesheets.known_for_page(&self.normalizer, url, &text);
                    &known
                }
            };
            let input = PageInput {
                url,
                html: &text,
                encoding,
                normalizer: &self.normalizer,
                home,
                options: &self.page_options,
                stylesheets,
            };
            let mut page = checks::registry::analyze(&input);
            if let Some(mismatch) = decoded.mismatch {
                page.issues.push(checks::page::charset_mismatch::issue(mismatch, self.page_options.lang));
            }
            // Challenge stubs show next to no text; looking for their
            // signatures in every real page would be wasted work.
            let challenge = if page.text_len < CHALLENGE_TEXT {
                checks::facts::html::challenge::detect(200, &text)
            } else {
                None
            };
            match challenge {
                Some(kind) => (Some(kind), None),
                None => (None, Some(page)),
            }
        };
        if body.len() > LARGE_PAGE {
            tokio::task::block_in_place(|| {
                let _slot = super::slots::parse_slot();
                work()
            })
        } else {
            work()
        }
    }
}

/// `request` asking the server to close the connection after answering,
/// unless it is to be kept alive.
fn close_unless(keep_alive: bool, request: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
    if keep_alive { request } else { request.header(reqwest::header::CONNECTION, "close") }
}

/// A request that never left the machine: it could not be built, or a
/// local resource (file descriptors) ran out. It is not counted as sent,
/// and says nothing about the URL.
pub(super) fn not_sent(e: &reqwest::Error) -> bool {
    e.is_builder() || super::fds::is_local_exhaustion(e)
}

/// Whether a HEAD answer must be confirmed with GET.
fn needs_get(resp: &reqwest::Response) -> bool {
    let status = resp.status().as_u16();
    // 429 and 503 mean "later", not "use GET": the frontier retries them.
    status >= 400 && !(matches!(status, 429 | 503) && resp.headers().contains_key(RETRY_AFTER))
}

pub(super) async fn read_body(
    mut resp: reqwest::Response,
    cap: usize,
) -> Result<(Vec<u8>, bool), reqwest::Error> {
    let mut body = Vec::new();
    while let Some(chunk) = resp.chunk().await? {
        let room = cap - body.len();
        if chunk.len() > room {
            body.extend_from_slice(&chunk[..room]);
            return Ok((body, true));
        }
        body.extend_from_slice(&chunk);
    }
    Ok((body, false))
}

/// `ETag` and `Last-Modified`, for the next run's conditional request.
pub(super) fn validators(headers: &HeaderMap) -> (Option<String>, Option<String>) {
    (header_str(headers, ETAG), header_str(headers, LAST_MODIFIED))
}

pub(super) fn header_str(headers: &HeaderMap, name: reqwest::header::HeaderName) -> Option<String> {
    headers.get(name).map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
}

/// The media type of `Content-Type`, lower case, without parameters.
pub(super) fn media_type(headers: &HeaderMap) -> Option<String> {
    let value = header_str(headers, CONTENT_TYPE)?;
    let media = value.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    (!media.is_empty()).then_some(media)
}

fn is_html(media_type: Option<&str>, body: &[u8]) -> bool {
    match media_type {
        Some(t) => t == "text/html" || t == "application/xhtml+xml",
        // No type given: look at the start, as browsers sniff.
        None => {
            let start = &body[..body.len().min(512)];
            let lower = String::from_utf8_lossy(start).to_ascii_lowercase();
            ["<!doctype html", "<html", "<head", "<body", "<meta", "<title"].iter().any(|t| lower.contains(t))
        }
    }
}

pub(super) fn location(base: &Url, status: u16, headers: &HeaderMap, normalizer: &Normalizer) -> Option<Url> {
    if !(300..400).contains(&status) {
        return None;
    }
    let raw = headers.get(LOCATION)?;
    // Browsers read Location bytes as UTF-8 and percent-encode the rest.
    let raw = String::from_utf8_lossy(raw.as_bytes());
    let mut url = base.join(raw.trim()).ok()?;
    normalizer.normalize(&mut url);
    Some(url)
}

fn retry_after(status: u16, headers: &HeaderMap) -> Option<Duration> {
    if !matches!(status, 429 | 503) {
        return None;
    }
    let value = header_str(headers, RETRY_AFTER)?;
    let value = value.trim();
    let wait = if let Ok(secs) = value.parse::<u64>() {
        Duration::from_secs(secs)
    } else {
        let when = chrono::DateTime::parse_from_rfc2822(value).ok()?;
        (when.with_timezone(&chrono::Utc) - chrono::Utc::now()).to_std().unwrap_or_default()
    };
    // Unclamped: the frontier gives the URL up when this is beyond its bound.
    Some(wait)
}

fn other(message: &str) -> NetError {
    NetError { kind: NetErrorKind::Other, message: message.to_owned() }
}

/// Sorts a request failure into the kinds the report names. The message
/// keeps the causes (the top level only repeats the URL).
pub fn classify(e: &reqwest::Error) -> NetError {
    let mut causes = Vec::new();
    let mut kind = if e.is_timeout() { NetErrorKind::Timeout } else { NetErrorKind::Other };
    let mut source = e.source();
    while let Some(s) = source {
        causes.push(s.to_string());
        if kind == NetErrorKind::Other
            && let Some(io) = s.downcast_ref::<std::io::Error>()
        {
            kind = match io.kind() {
                std::io::ErrorKind::ConnectionRefused => NetErrorKind::Refused,
                std::io::ErrorKind::ConnectionReset
                | std::io::ErrorKind::ConnectionAborted
                | std::io::ErrorKind::BrokenPipe
                | std::io::ErrorKind::UnexpectedEof => NetErrorKind::Reset,
                std::io::ErrorKind::TimedOut => NetErrorKind::Timeout,
                _ => kind,
            };
        }
        source = s.source();
    }
    let message = if causes.is_empty() { e.to_string() } else { causes.join(": ") };
    if kind == NetErrorKind::Other {
        let lower = message.to_ascii_lowercase();
        kind = if lower.contains("dns error") || lower.contains("failed to lookup") {
            NetErrorKind::Dns
        } else if lower.contains("certificate") || lower.contains("tls") || lower.contains("ssl") {
            NetErrorKind::Tls
        } else if lower.contains("connection closed before message completed") || lower.contains("reset") {
            NetErrorKind::Reset
        } else {
            kind
        };
    }
    NetError { kind, message }
}

/// A robots.txt answer.
pub struct RobotsFetched {
    /// `None` when no answer arrived.
    pub status: Option<u16>,
    pub body: Vec<u8>,
    pub requests: u32,
    pub bytes: u64,
    /// Taken from the journal of the crawl being resumed.
    pub replayed: bool,
}

impl RobotsFetched {
    pub fn none() -> Self {
        RobotsFetched { status: None, body: Vec::new(), requests: 0, bytes: 0, replayed: false }
    }
}

/// Redirects followed for robots.txt, as RFC 9309 asks (at least five).
const ROBOTS_REDIRECTS: u32 = 5;

impl Fetcher {
    /// Fetches robots.txt, following a few redirects (they are common when
    /// a site moves to https or `www.`).
    pub async fn fetch_robots(&self, url: &Url) -> RobotsFetched {
        let mut fetched = RobotsFetched::none();
        if let Some(recall) = &self.recall
            && let Some(entry) = recall.replay(url.as_str(), Kind::Robots)
        {
            fetched.status = entry.status;
            fetched.body = entry.body_id.and_then(|id| recall.body(id).ok()).unwrap_or_default();
            fetched.requests = entry.requests;
            fetched.bytes = entry.bytes;
            fetched.replayed = true;
            return fetched;
        }
        let mut url = url.clone();
        for _ in 0..=ROBOTS_REDIRECTS {
            fetched.requests += 1;
            let resp = match self.logins.apply(&url, self.client.get(url.as_str())).send().await {
                Ok(resp) => resp,
                Err(e) => {
                    // The host's own links will show the failure where it matters.
                    tracing::debug!("robots.txt at {url} could not be fetched: {}", classify(&e).message);
                    return fetched;
                }
            };
            let status = resp.status().as_u16();
            if let Some(next) = location(&url, status, resp.headers(), &self.normalizer) {
                url = next;
                continue;
            }
            fetched.status = Some(status);
            if (200..300).contains(&status)
                && let Ok((body, _)) = read_body(resp, super::robots::MAX_ROBOTS_BYTES).await
            {
                fetched.bytes = body.len() as u64;
                fetched.body = body;
            }
            return fetched;
        }
        fetched
    }
}
