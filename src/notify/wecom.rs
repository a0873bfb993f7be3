//! WeCom (企业微信) group robot: a POST of
//! `{"msgtype":"markdown","markdown":{"content":…}}` to the robot's
//! webhook URL (`…/cgi-bin/webhook/send?key=…`); success is
//! `{"errcode":0,"errmsg":"ok"}`. The content holds at most 4096 bytes.
//! Source: 群机器人配置说明, developer.work.weixin.qq.com/document/path/91770.

use serde_json::json;

use super::message::{Layout, MAX_ITEMS, Message, ROBOT_BYTES};
use super::{Failure, http};
use crate::i18n::Lang;

pub fn body(message: &Message, lang: Lang) -> serde_json::Value {
    json!({
        "msgtype": "markdown",
        "markdown": { "content": message.render(Layout::Markdown, ROBOT_BYTES, MAX_ITEMS, lang) },
    })
}

pub async fn send(client: &reqwest::Client, url: &str, message: &Message, lang: Lang) -> Result<(), Failure> {
    let answer = http::post(client, url, &body(message, lang)).await?;
    http::code(&answer, &["errcode"])
}
