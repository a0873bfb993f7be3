//! The page's own stylesheets, fetched for the accessibility walk (what
//! `display:none` hides a screen reader does not read either).
//!
//! A page's `<link rel=stylesheet>` sheets (and the sheets those
//! `@import`, one level) are fetched before the page is read, once per
//! URL for the whole run, whatever the number of pages that link them:
//! every page of a portal links the same few. Only sheets on the page's own
//! host (same name and port) are fetched: a CDN's or another site's sheet
//! is not ours to request, and what it hides is checked as before. Each
//! request obeys the host's robots.txt as the frontier read it (a host
//! whose robots.txt the crawl has not read gets no sheet request), waits
//! the host's delay (and `Crawl-delay`) after the page that needs it and
//! after the previous sheet, and runs inside that page's request slot, so
//! the per-host limit holds. Bounds: [`limits::SHEET_BYTES`] per sheet,
//! [`limits::SHEETS_PER_SITE`] sheets and [`limits::SITE_BYTES`] per run,
//! and the parse's own limits (see `checks::facts::css`).

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use checks::facts::css::{LinkedSheets, Sheet, limits};
use checks::url_norm::Normalizer;
use reqwest::header::{ACCEPT, CONTENT_TYPE, HeaderMap, HeaderValue};
use tokio::sync::OnceCell;
use tokio::time::Instant;
use url::Url;

use super::fetch::read_body;
use super::login::Logins;
use super::robots::Rules;
use super::scope::HostKey;

/// What the run knows of a host, for its sheet requests.
struct HostPace {
    rules: Rules,
    delay: Duration,
    /// The next sheet request to this host starts no earlier.
    next_at: Instant,
}

/// One sheet's fetch, shared by every page that waits for it (`None`: not
/// read).
type SheetCell = OnceCell<Option<Arc<Sheet>>>;

/// Every sheet the run fetched (or decided not to), by URL.
#[derive(Default)]
pub struct Stylesheets {
    hosts: Mutex<HashMap<String, HostPace>>,
    sheets: Mutex<HashMap<String, Arc<SheetCell>>>,
    /// The status and headers each sheet request got: the link check of
    /// the same URL takes them instead of asking again.
    answers: Mutex<HashMap<String, (u16, HeaderMap)>>,
    /// Requests sent and body bytes read, for the crawl's counters.
    requests: AtomicU64,
    bytes: AtomicU64,
}

/// The client side of a sheet request.
pub struct Requester<'a> {
    pub client: &'a reqwest::Client,
    pub logins: &'a Logins,
    pub normalizer: &'a Normalizer,
}

impl Stylesheets {
    /// The frontier read `origin`'s robots.txt: sheets there may be asked,
    /// as those rules and `delay` allow.
    pub fn know_host(&self, origin: &Url, rules: Rules, delay: Duration) {
        let Ok(mut hosts) = self.hosts.lock() else { return };
        hosts.insert(origin_key(origin), HostPace { rules, delay, next_at: Instant::now() });
    }

    /// The answer a sheet request got at `url`, if one was sent: a page's
    /// `<link>` is a link to check too, and each URL is asked once.
    pub fn answered(&self, url: &Url) -> Option<(u16, HeaderMap)> {
        self.answers.lock().ok()?.get(url.as_str()).cloned()
    }

    /// Requests sent and bytes read so far.
    pub fn used(&self) -> (u64, u64) {
        (self.requests.load(Ordering::Relaxed), self.bytes.load(Ordering::Relaxed))
    }

    /// The sheets the page at `page` links, fetched when not yet fetched.
    pub async fn for_page(&self, via: &Requester<'_>, page: &Url, html: &str) -> LinkedSheets {
        let mut linked = LinkedSheets::default();
        let Some(host) = HostKey::of(page) else { return linked };
        let same_host = |url: &Url| HostKey::of(url).as_ref() == Some(&host);
        for url in checks::facts::css::linked_urls(html, page, via.normalizer) {
            if !same_host(&url) {
                continue;
            }
            let Some(sheet) = self.sheet(via, &url).await else { continue };
            for import in &sheet.imports {
                let Ok(mut imported) = url.join(import.trim()) else { continue };
                via.normalizer.normalize(&mut imported);
                if !same_host(&imported) {
                    continue;
                }
                if let Some(inner) = self.sheet(via, &imported).await {
                    linked.insert(&imported, inner);
                }
            }
            linked.insert(&url, sheet);
        }
        linked
    }

    /// The sheets of `html` already fetched, without any request (for a
    /// page read again from the journal).
    pub fn known_for_page(&self, normalizer: &Normalizer, page: &Url, html: &str) -> LinkedSheets {
        let mut linked = LinkedSheets::default();
        let Ok(sheets) = self.sheets.lock() else { return linked };
        let known = |url: &Url| sheets.get(url.as_str()).and_then(|cell| cell.get().cloned().flatten());
        for url in checks::facts::css::linked_urls(html, page, normalizer) {
            let Some(sheet) = known(&url) else { continue };
            for import in &sheet.imports {
                if let Ok(mut imported) = url.join(import.trim()) {
                    normalizer.normalize(&mut imported);
                    if let Some(inner) = known(&imported) {
                        linked.insert(&imported, inner);
                    }
                }
            }
            linked.insert(&url, sheet);
        }
        linked
    }

    /// One sheet, fetched by the first page that asks; the others wait for
    /// that answer.
    async fn sheet(&self, via: &Requester<'_>, url: &Url) -> Option<Arc<Sheet>> {
        let cell = {
            let mut sheets = self.sheets.lock().ok()?;
            if !sheets.contains_key(url.as_str()) && sheets.len() >= limits::SHEETS_PER_SITE {
                return None;
            }
            Arc::clone(sheets.entry(url.as_str().to_owned()).or_default())
        };
        cell.get_or_init(|| self.fetch(via, url)).await.clone()
    }

    async fn fetch(&self, via: &Requester<'_>, url: &Url) -> Option<Arc<Sheet>> {
        let start = {
            let mut hosts = self.hosts.lock().ok()?;
            let Some(host) = hosts.get_mut(&origin_key(url)) else {
                tracing::debug!("{url}: robots.txt of its host not read; stylesheet not fetched");
                return None;
            };
            if !host.rules.allows(url) {
                tracing::debug!("{url}: stylesheet disallowed by robots.txt");
                return None;
            }
            let start = host.next_at.max(Instant::now() + host.delay);
            host.next_at = start + host.delay;
            start
        };
        let room =
            limits::SITE_BYTES.saturating_sub(usize::try_from(self.bytes.load(Ordering::Relaxed)).ok()?);
        if room == 0 {
            return None;
        }
        tokio::time::sleep_until(start).await;
        self.requests.fetch_add(1, Ordering::Relaxed);
        let request = via
            .logins
            .apply(url, via.client.get(url.as_str()))
            .header(ACCEPT, HeaderValue::from_static("text/css,*/*;q=0.1"));
        let resp = request.send().await;
        // "Later" is no answer for the link check: it asks itself, paced.
        if let (Ok(resp), Ok(mut answers)) = (&resp, self.answers.lock())
            && !matches!(resp.status().as_u16(), 429 | 503)
        {
            answers.insert(url.as_str().to_owned(), (resp.status().as_u16(), resp.headers().clone()));
        }
        let resp = match resp {
            Ok(resp) if resp.status().is_success() => resp,
            Ok(resp) => {
                tracing::debug!("{url}: stylesheet answered {}", resp.status());
                return None;
            }
            Err(e) => {
                tracing::debug!("{url}: stylesheet not fetched: {e}");
                return None;
            }
        };
        let html = resp
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|t| t.trim_start().to_ascii_lowercase().starts_with("text/html"));
        let (body, _cut) = read_body(resp, limits::SHEET_BYTES.min(room)).await.ok()?;
        self.bytes.fetch_add(body.len() as u64, Ordering::Relaxed);
        // An error page served with 200 is not a sheet.
        if html {
            return None;
        }
        // A sheet cut at the limit is read as far as it came.
        let text = String::from_utf8_lossy(&body);
        Some(Arc::new(Sheet::parse(&text)))
    }
}

fn origin_key(url: &Url) -> String {
    url.origin().ascii_serialization()
}
