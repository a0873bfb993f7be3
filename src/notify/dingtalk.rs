//! DingTalk (钉钉) custom robot: a POST of
//! `{"msgtype":"markdown","markdown":{"title":…,"text":…}}` to
//! `…/robot/send?access_token=…`; success is `{"errcode":0,…}`.
//!
//! With 加签 (the signing secret, `SEC…`), the URL gains
//! `&timestamp=<ms>&sign=<s>` where `s` is the URL-encoded base64 of
//! HMAC-SHA256, keyed with the secret, of `"<timestamp>\n<secret>"`; the
//! timestamp (milliseconds) must be within an hour of DingTalk's clock.
//! Source: 自定义机器人安全设置, open.dingtalk.com/document/robots/customize-robot-security-settings.

use base64::Engine;
use hmac::{Hmac, KeyInit, Mac};
use serde_json::json;
use sha2::Sha256;

use super::message::{Layout, MAX_ITEMS, Message, ROBOT_BYTES};
use super::{Failure, http};
use crate::i18n::Lang;

/// DingTalk's signature of `timestamp_ms` with `secret`, base64 (not yet URL-encoded).
pub fn sign(timestamp_ms: i64, secret: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes a key of any length");
    mac.update(format!("{timestamp_ms}\n{secret}").as_bytes());
    base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
}

/// The robot URL with the signature's query parameters.
pub fn signed_url(url: &str, timestamp_ms: i64, secret: &str) -> String {
    let sign: String = url::form_urlencoded::byte_serialize(sign(timestamp_ms, secret).as_bytes()).collect();
    let joiner = if url.contains('?') { '&' } else { '?' };
    format!("{url}{joiner}timestamp={timestamp_ms}&sign={sign}")
}

pub fn body(message: &Message, lang: Lang) -> serde_json::Value {
    json!({
        "msgtype": "markdown",
        "markdown": {
            "title": message.title,
            "text": message.render(Layout::Markdown, ROBOT_BYTES, MAX_ITEMS, lang),
        },
    })
}

pub async fn send(
    client: &reqwest::Client,
    url: &str,
    secret: Option<&str>,
    message: &Message,
    lang: Lang,
) -> Result<(), Failure> {
    let url = match secret {
        Some(secret) => signed_url(url, chrono::Utc::now().timestamp_millis(), secret),
        None => url.to_owned(),
    };
    let answer = http::post(client, &url, &body(message, lang)).await?;
    http::code(&answer, &["errcode"])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The value DingTalk's documented Python sample gives for these inputs
    /// (also the `dingding` crate's test vector).
    #[test]
    fn the_signature_is_dingtalks() {
        assert_eq!(sign(1_700_000_000_000, "secret"), "OuzzJR5+xZ4/EYwqtNt6sMYZQMTa/HEGvc9miJe7XzY=");
        assert_eq!(
            signed_url("https://oapi.dingtalk.com/robot/send?access_token=T", 1_700_000_000_000, "secret"),
            "https://oapi.dingtalk.com/robot/send?access_token=T&timestamp=1700000000000\
             &sign=OuzzJR5%2BxZ4%2FEYwqtNt6sMYZQMTa%2FHEGvc9miJe7XzY%3D"
        );
    }
}
