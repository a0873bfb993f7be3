//! Feishu (飞书) custom bot: a POST of
//! `{"msg_type":"text","content":{"text":…}}` to
//! `…/open-apis/bot/v2/hook/<id>`; success is `{"code":0,…}` (older bots
//! answer `{"StatusCode":0,…}`).
//!
//! With 签名校验 the body gains `"timestamp"` (seconds, as a string, within
//! an hour of Feishu's clock) and `"sign"`: the base64 of HMAC-SHA256
//! keyed with `"<timestamp>\n<secret>"` over an EMPTY message — unlike
//! DingTalk, where the secret is the key. Source: 自定义机器人使用指南,
//! open.feishu.cn/document/client-docs/bot-v3/add-custom-bot.

use base64::Engine;
use hmac::{Hmac, KeyInit, Mac};
use serde_json::json;
use sha2::Sha256;

use super::message::{Layout, MAX_ITEMS, Message, ROBOT_BYTES};
use super::{Failure, http};
use crate::i18n::Lang;

/// Feishu's signature of `timestamp` (seconds) with `secret`.
pub fn sign(timestamp: i64, secret: &str) -> String {
    let key = format!("{timestamp}\n{secret}");
    let mac = Hmac::<Sha256>::new_from_slice(key.as_bytes()).expect("HMAC takes a key of any length");
    base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
}

pub fn body(message: &Message, secret: Option<(i64, &str)>, lang: Lang) -> serde_json::Value {
    let mut body = json!({
        "msg_type": "text",
        "content": { "text": message.render(Layout::Plain, ROBOT_BYTES, MAX_ITEMS, lang) },
    });
    if let Some((timestamp, secret)) = secret {
        body["timestamp"] = json!(timestamp.to_string());
        body["sign"] = json!(sign(timestamp, secret));
    }
    body
}

pub async fn send(
    client: &reqwest::Client,
    url: &str,
    secret: Option<&str>,
    message: &Message,
    lang: Lang,
) -> Result<(), Failure> {
    let signed = secret.map(|s| (chrono::Utc::now().timestamp(), s));
    let answer = http::post(client, url, &body(message, signed, lang)).await?;
    http::code(&answer, &["code", "StatusCode"])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The secret is in the key, the message is empty, as Feishu's Java
    /// sample does (`mac.init(stringToSign); mac.doFinal(new byte[]{})`);
    /// the value is Python's `hmac.new(b"1599360473\nsecret", b"", sha256)`.
    #[test]
    fn the_signature_keys_with_timestamp_and_secret() {
        assert_eq!(sign(1_599_360_473, "secret"), "q4jswNiMy51J5JuQV566yJat0/lQ/c+22kINzUgKsGU=");
        // Not DingTalk's scheme (the secret as key, the string as message).
        assert_ne!(sign(1_599_360_473, "secret"), super::super::dingtalk::sign(1_599_360_473, "secret"));
    }
}
