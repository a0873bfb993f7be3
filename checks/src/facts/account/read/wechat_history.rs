//! A WeChat account's message history: the `profile_ext?action=home` page
//! and the `profile_ext?action=getmsg` JSON that loads further pages.
//!
//! What real answers look like: the page carries the messages as JSON
//! HTML-escaped inside a JavaScript string,
//! `var msgList = '{&quot;list&quot;:[{&quot;comm_msg_info&quot;:{…,&quot;datetime&quot;:1700000000},&quot;app_msg_ext_info&quot;:{&quot;title&quot;:…}}]}';`
//! (older pages leave the JSON unescaped); the getmsg answer is plain JSON
//! whose `general_msg_list` field is a string holding the same JSON. Each
//! message has one date, `comm_msg_info.datetime` (unix seconds), and one or
//! more articles: `app_msg_ext_info` and its `multi_app_msg_item_list`. A
//! text message (type 1) has no article, only `comm_msg_info.content`.
//!
//! Without a session key the answer is `{"ret":-3,"errmsg":"no session"}`
//! or the "请在微信客户端打开链接" page: a login wall.

use serde_json::Value;

use super::text::{html_unescape, non_empty, shorten};
use super::{Found, Post, ReadState, walls, wechat_article, when};

pub(super) fn read(body: &str, _fetched_at: chrono::NaiveDateTime) -> Found {
    if let Ok(answer) = serde_json::from_str::<Value>(body.trim()) {
        return from_getmsg(&answer, body);
    }
    let doc = scraper::Html::parse_document(body);
    let name = wechat_article::name(body, &doc);
    match msg_list(body) {
        Some(list) => Found::read(name, posts(&list)),
        None => Found::nothing(walls::screen_parsed(body, &doc), name),
    }
}

/// The getmsg answer: `general_msg_list` when `ret` is 0.
fn from_getmsg(answer: &Value, body: &str) -> Found {
    let list = answer.get("general_msg_list").and_then(Value::as_str);
    match list.and_then(|l| serde_json::from_str::<Value>(l).ok()) {
        Some(list) if list.get("list").is_some_and(Value::is_array) => Found::read(None, posts(&list)),
        _ if answer.get("errmsg").and_then(Value::as_str).is_some_and(|e| e.contains("session")) => {
            Found::nothing(ReadState::LoginWall, None)
        }
        _ => Found::nothing(walls::screen(body), None),
    }
}

/// The JSON assigned to `msgList`, quoted (and HTML-escaped) or not.
fn msg_list(body: &str) -> Option<Value> {
    body.match_indices("msgList").find_map(|(at, name)| assigned(&body[at + name.len()..]))
}

/// The value of `= …` at the start of `rest`.
fn assigned(rest: &str) -> Option<Value> {
    let rest = rest.trim_start().strip_prefix('=')?.trim_start();
    let value = match rest.chars().next()? {
        quote @ ('\'' | '"') => {
            let inner = js_string(&rest[1..], quote)?;
            serde_json::from_str(&html_unescape(&inner)).ok()?
        }
        _ => serde_json::Deserializer::from_str(rest).into_iter::<Value>().next()?.ok()?,
    };
    value.get("list").is_some_and(Value::is_array).then_some(value)
}

/// The content of a JavaScript string up to its closing `quote`, with `\'`
/// and `\\` undone; `None` when the string never closes (a cut page).
fn js_string(s: &str, quote: char) -> Option<String> {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push(chars.next()?),
            c if c == quote => return Some(out),
            c => out.push(c),
        }
    }
    None
}

/// One post per article of each message, all with the message's date.
fn posts(list: &Value) -> Vec<Post> {
    let messages = list.get("list").and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default();
    let mut posts = Vec::new();
    for message in messages {
        let info = message.get("comm_msg_info");
        let Some(date) = info.and_then(|i| stamp(i.get("datetime")?)).and_then(when::unix) else { continue };
        let ext = message.get("app_msg_ext_info");
        let mut titles: Vec<Option<String>> = vec![ext.and_then(|e| text_field(e, "title"))];
        if let Some(items) = ext.and_then(|e| e.get("multi_app_msg_item_list")).and_then(Value::as_array) {
            titles.extend(items.iter().map(|i| text_field(i, "title")));
        }
        if ext.is_none() {
            // A text message: its content is its title.
            titles = vec![info.and_then(|i| text_field(i, "content")).map(|t| shorten(&t))];
        }
        posts.extend(titles.into_iter().map(|title| Post::new(date, title)));
    }
    posts
}

/// A unix time written as a number or a numeric string.
fn stamp(v: &Value) -> Option<i64> {
    v.as_i64().or_else(|| v.as_str()?.trim().parse().ok())
}

fn text_field(v: &Value, key: &str) -> Option<String> {
    non_empty(&html_unescape(v.get(key)?.as_str()?))
}
