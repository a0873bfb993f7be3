//! One availability probe of a home page, as veto V2 counts it: the page
//! must load completely (redirects followed, body read to the end) within
//! the timeout; DNS, TLS, refused connections and HTTP ≥ 400 fail.

use std::time::{Duration, Instant};

use url::Url;

use super::fetch::classify;

/// Bodies are read this far; a home page is far smaller, and one that is
/// not has not loaded.
const MAX_BODY: usize = 8 * 1024 * 1024;

pub struct ProbeResult {
    pub ok: bool,
    pub status: Option<u16>,
    pub error: Option<String>,
    pub elapsed: Duration,
}

/// A client for probes: redirects followed (10 at most), the whole request
/// bounded by `timeout`.
pub fn client(
    user_agent: &str,
    timeout: Duration,
    resolve: &std::collections::BTreeMap<String, std::net::SocketAddr>,
) -> anyhow::Result<reqwest::Client> {
    let mut builder = reqwest::Client::builder()
        .user_agent(user_agent)
        .redirect(reqwest::redirect::Policy::limited(10))
        .timeout(timeout);
    for (host, addr) in resolve {
        builder = builder.resolve(host, *addr);
    }
    builder.build().map_err(Into::into)
}

pub async fn probe(client: &reqwest::Client, url: &Url, logins: &super::login::Logins) -> ProbeResult {
    let started = Instant::now();
    let result = async {
        let resp = logins.apply(url, client.get(url.as_str())).send().await?;
        let status = resp.status().as_u16();
        let (_, cut) = super::fetch::read_body(resp, MAX_BODY).await?;
        Ok::<(u16, bool), reqwest::Error>((status, cut))
    }
    .await;
    let elapsed = started.elapsed();
    match result {
        // An endless body, or one that unpacks past the cap (a gzip bomb),
        // never finished loading: the page did not open.
        Ok((status, true)) => ProbeResult {
            ok: false,
            status: Some(status),
            error: Some(format!("body cut at {} MB: endless or oversized", MAX_BODY / (1024 * 1024))),
            elapsed,
        },
        Ok((status, false)) => ProbeResult { ok: status < 400, status: Some(status), error: None, elapsed },
        Err(e) => ProbeResult { ok: false, status: None, error: Some(classify(&e).message), elapsed },
    }
}
