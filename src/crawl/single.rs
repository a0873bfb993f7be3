//! One page, asked the way the crawl asks it: for `govaudit inspect`.
//!
//! The same client (user agent, `[crawl.resolve]`, timeout), the same
//! robots.txt rules, the same body cap and the same decoding as a crawl, so
//! what `inspect` shows is what an audit of that page would read.
//! Redirects are followed a few hops, each hop checked against its own
//! host's robots.txt, as the frontier does one hop at a time.

use anyhow::{Context, bail};
use reqwest::header::{CONTENT_TYPE, LAST_MODIFIED};
use url::Url;

use super::fetch::{self, read_body};
use super::{CrawlSettings, robots};

/// Redirect hops followed before giving up, as browsers do (they allow 20;
/// a county page that needs more than a few is broken anyway).
const MAX_HOPS: usize = 10;

/// A page as it arrived, before decoding.
pub struct SinglePage {
    /// The URL the body came from, after redirects.
    pub url: Url,
    pub status: u16,
    pub content_type: Option<String>,
    /// `Last-Modified`, as the server wrote it.
    pub last_modified: Option<String>,
    pub body: Vec<u8>,
    /// The body was longer than `max_body_bytes` and was cut.
    pub cut: bool,
    /// Requests sent, robots.txt included.
    pub requests: u32,
}

impl SinglePage {
    /// The body as text, read the way the crawl reads it (a wrong charset
    /// declaration is read through and said so).
    pub fn decode(&self) -> super::decode::Decoded<'_> {
        super::decode::decode_page(
            &self.body,
            self.content_type.as_deref(),
            self.url.host_str().unwrap_or_default(),
        )
    }
}

/// Fetches `url`; an error is one line saying why no page could be read
/// (network failure, robots.txt, a redirect loop).
pub async fn fetch_page(settings: &CrawlSettings, url: &Url) -> anyhow::Result<SinglePage> {
    let lang = settings.page_options.lang;
    let client = super::client(settings)?;
    let normalizer = checks::url_norm::Normalizer::new(&settings.session_params);
    let fetcher = fetch::Fetcher::new(
        client.clone(),
        settings.max_body_bytes,
        std::sync::Arc::new(checks::url_norm::Normalizer::new(&settings.session_params)),
        std::sync::Arc::clone(&settings.page_options),
    )
    .with_logins(settings.logins.clone());
    let agent = robots::agent_token(&settings.user_agent);
    let mut requests = 0;
    let mut url = url.clone();
    for _ in 0..=MAX_HOPS {
        if let Some(robots_url) = robots::robots_url(&url) {
            let answer = fetcher.fetch_robots(&robots_url).await;
            requests += answer.requests;
            if !robots::Rules::from_answer(agent, answer.status, &answer.body).allows(&url) {
                bail!("{}", lang.word_with("inspect-robots-disallowed", &[("url", url.to_string().into())]));
            }
        }
        requests += 1;
        let resp = settings
            .logins
            .apply(&url, client.get(url.as_str()))
            .send()
            .await
            .map_err(|e| anyhow::anyhow!("{url}: {}", fetch::classify(&e).message))?;
        let status = resp.status().as_u16();
        if let Some(next) = fetch::location(&url, status, resp.headers(), &normalizer) {
            url = next;
            continue;
        }
        let header = |name| {
            resp.headers()
                .get(name)
                .map(|v: &reqwest::header::HeaderValue| String::from_utf8_lossy(v.as_bytes()).into_owned())
        };
        let content_type = header(CONTENT_TYPE);
        let last_modified = header(LAST_MODIFIED);
        let (body, cut) = read_body(resp, settings.max_body_bytes)
            .await
            .map_err(|e| anyhow::anyhow!("{url}: {}", fetch::classify(&e).message))
            .context(lang.word("inspect-page-not-whole"))?;
        return Ok(SinglePage { url, status, content_type, last_modified, body, cut, requests });
    }
    bail!(
        "{}",
        lang.word_with(
            "inspect-too-many-redirects",
            &[("url", url.to_string().into()), ("hops", MAX_HOPS.into())]
        )
    )
}
