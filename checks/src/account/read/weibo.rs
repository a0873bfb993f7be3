//! Weibo's mobile API: `m.weibo.cn/api/container/getIndex?…&containerid=107603<uid>`,
//! the JSON behind an account's timeline on m.weibo.cn.
//!
//! What real answers look like: `{"ok":1,"data":{"cardlistInfo":{…},
//! "cards":[{"card_type":9,"mblog":{"created_at":…,"text":…,"user":{"screen_name":…}}}]}}`;
//! some cards nest their posts in `card_group`. `created_at` is written the
//! way the timeline shows it: `刚刚`, `15分钟前`, `3小时前`, `昨天 18:30`,
//! `今天 08:00`, `11-24` this year, `2025-11-24` before; older API versions
//! and weibo.com's own `ajax/statuses/mymblog` (`data.list`, also read here)
//! write `Tue Nov 24 18:30:00 +0800 2026`. `text` is HTML, with a `全文`
//! link when the post is cut.
//!
//! A pinned post (`isTop: 1`, `mblogtype: 2`, or a `置顶` label) stays at
//! the top whatever its age; inspectors judge freshness by the newest post
//! that is not pinned, so pinned ones are left out of the posts.
//!
//! `{"ok":0,…}` answers (rate limits, "这里还没有内容") say nothing about
//! the account; `{"ok":-100,"url":"https://passport.weibo.cn/…"}` is a
//! login wall; closed accounts say `用户不存在` or `该账号已注销`.

use chrono::NaiveDateTime;
use serde_json::Value;

use super::text::{non_empty, plain, shorten};
use super::{Found, Post, walls, when};

pub(super) fn read(body: &str, fetched_at: NaiveDateTime) -> Found {
    let Ok(answer) = serde_json::from_str::<Value>(body.trim()) else {
        return Found::nothing(walls::screen(body), None);
    };
    let data = answer.get("data");
    let cards = data.and_then(|d| d.get("cards").or_else(|| d.get("list"))).and_then(Value::as_array);
    let (Some(1), Some(cards)) = (answer.get("ok").and_then(Value::as_i64), cards) else {
        return Found::nothing(walls::screen(body), None);
    };
    let mblogs: Vec<&Value> = cards.iter().flat_map(mblogs_of).collect();
    let name = data
        .and_then(|d| d.pointer("/userInfo/screen_name"))
        .or_else(|| mblogs.iter().find_map(|m| m.pointer("/user/screen_name")))
        .and_then(Value::as_str)
        .and_then(non_empty);
    let shown: Vec<&Value> = mblogs.into_iter().filter(|m| !pinned(m)).collect();
    let posts: Vec<Post> = shown
        .iter()
        .filter_map(|m| {
            let date = when::written(m.get("created_at")?.as_str()?, fetched_at)?;
            Some(Post { date, title: title(m) })
        })
        .collect();
    if posts.is_empty() && !shown.is_empty() {
        // Posts without a date we can read: not a shape we know.
        return Found::nothing(walls::screen(body), name);
    }
    Found::read(name, posts)
}

/// The posts of one card: its own `mblog`, those of its `card_group`, or
/// the card itself when it is a post (`data.list` answers).
fn mblogs_of(card: &Value) -> Vec<&Value> {
    if let Some(m) = card.get("mblog") {
        return vec![m];
    }
    if let Some(group) = card.get("card_group").and_then(Value::as_array) {
        return group.iter().filter_map(|c| c.get("mblog")).collect();
    }
    if card.get("created_at").is_some() {
        return vec![card];
    }
    Vec::new()
}

fn pinned(mblog: &Value) -> bool {
    let one = |v: &Value| v.as_i64() == Some(1) || v.as_bool() == Some(true) || v.as_str() == Some("1");
    mblog.get("isTop").is_some_and(one)
        || mblog.get("mblogtype").and_then(Value::as_i64) == Some(2)
        || mblog.pointer("/title/text").and_then(Value::as_str) == Some("置顶")
}

/// The post's text, plain and short; a repost's own text may be empty or
/// just `转发微博`, then the reposted text says what it is about.
fn title(mblog: &Value) -> Option<String> {
    let text_of = |m: &Value| {
        let raw = m.get("text").or_else(|| m.get("text_raw"))?.as_str()?;
        let text = plain(raw);
        non_empty(text.strip_suffix("全文").unwrap_or(&text).trim_end_matches(['.', '…', ' ']))
    };
    let own = text_of(mblog).filter(|t| t != "转发微博" && t != "Repost");
    own.or_else(|| mblog.get("retweeted_status").and_then(text_of)).map(|t| shorten(&t))
}
