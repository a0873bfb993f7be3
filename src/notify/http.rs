//! The robots' and webhooks' one request: a JSON POST with bounded time
//! and a bounded answer, read back as JSON.

use std::time::Duration;

use super::Failure;

/// The most bytes of an answer read: the robots answer a few dozen.
const MAX_ANSWER: usize = 64 * 1024;

/// A client for `timeout` per request (connecting included). Redirects
/// are not followed: a robot URL that redirects is misconfigured, and
/// following it would send the message (and the key in its URL) elsewhere.
pub fn client(timeout: Duration) -> Result<reqwest::Client, Failure> {
    reqwest::Client::builder()
        .user_agent(crate::config::DEFAULT_USER_AGENT)
        .redirect(reqwest::redirect::Policy::none())
        .connect_timeout(timeout)
        .timeout(timeout)
        .build()
        .map_err(|_| Failure::Client)
}

/// POSTs `body` to `url` and returns the answer's JSON (`Null` when it is
/// empty or not JSON); a status other than 2xx is a failure. Errors never
/// carry the URL: it holds the robot's key.
pub async fn post(
    client: &reqwest::Client,
    url: &str,
    body: &serde_json::Value,
) -> Result<serde_json::Value, Failure> {
    // reqwest's `json` feature is not built: the body is serialised here.
    let mut answer = client
        .post(url)
        .header(reqwest::header::CONTENT_TYPE, "application/json; charset=utf-8")
        .body(body.to_string())
        .send()
        .await
        .map_err(|e| from_reqwest(&e))?;
    let status = answer.status();
    let mut bytes = Vec::new();
    while let Some(chunk) = answer.chunk().await.map_err(|e| from_reqwest(&e))? {
        bytes.extend_from_slice(&chunk);
        if bytes.len() > MAX_ANSWER {
            break;
        }
    }
    if !status.is_success() {
        return Err(Failure::Status(status.as_u16()));
    }
    Ok(serde_json::from_slice(&bytes).unwrap_or(serde_json::Value::Null))
}

/// The answer's numeric code under `key` (`errcode`, `code`): 0 is
/// Characters of a server's own error text a failure line keeps.
pub const MAX_ERROR_CHARS: usize = 200;

/// success; any other, or none at all, is a failed send.
pub fn code(answer: &serde_json::Value, keys: &[&str]) -> Result<(), Failure> {
    let Some(code) = keys.iter().find_map(|k| answer.get(*k).and_then(serde_json::Value::as_i64)) else {
        return Err(Failure::Answer);
    };
    if code == 0 {
        return Ok(());
    }
    let text = ["errmsg", "msg", "StatusMessage"]
        .iter()
        .find_map(|k| answer.get(*k).and_then(serde_json::Value::as_str))
        .unwrap_or_default();
    Err(Failure::Code(code, text.chars().take(MAX_ERROR_CHARS).collect()))
}

fn from_reqwest(e: &reqwest::Error) -> Failure {
    if e.is_timeout() {
        Failure::Timeout
    } else if e.is_connect() {
        Failure::Connect
    } else {
        Failure::Transport
    }
}
