//! Toutiao (今日头条) account pages: a profile (`toutiao.com/c/user/token/…`),
//! an article (`toutiao.com/article/…`, `/a…`, `/i…`) or the profile's feed
//! JSON (`toutiao.com/api/pc/list/user/feed?category=profile_all…`).
//!
//! What real pages look like: the data is JSON, in the feed answer itself,
//! percent-encoded in `<script id="RENDER_DATA" type="application/json">`,
//! assigned to `window._SSR_HYDRATED_DATA=` (with bare `undefined`s JSON does
//! not allow), or in a Baidu "cambrian" `application/ld+json` block
//! (`"pubDate":"2026-11-20T10:00:00"`). A post is an object with a time
//! (`publish_time`, `behot_time`, `create_time`: unix seconds) and a
//! `title`, or a `content` for the short posts (微头条). The rendered HTML
//! shows relative times: `3小时前`, `昨天`, `05月10日` (no year),
//! `2026-05-10 10:00`, in `<span class="time">`,
//! `.feed-card-footer-time-cmp` or an article's `.article-meta`; they are
//! read when the page carries no JSON.
//!
//! ByteDance answers a crawler's first request with an empty page whose
//! script sets `__ac_nonce` and computes `__ac_signature`: a challenge.
//! Real pages load the same anti-crawler script, so the challenge is only
//! looked for when no post was found.

use std::sync::LazyLock;

use chrono::NaiveDateTime;
use scraper::{ElementRef, Html, Selector};
use serde_json::Value;

use super::text::{html_unescape, non_empty, shorten};
use super::{Found, Post, walls, when};

/// Fields that date a post, most precise first.
const TIME_KEYS: &[&str] =
    &["publish_time", "behot_time", "create_time", "publishTime", "createTime", "pubDate"];

/// Fields only a post has: an object with a time and one of these is a post
/// (a user object may have a `create_time` of its own).
const POST_KEYS: &[&str] = &["title", "content", "abstract", "group_id", "item_id", "groupId", "itemId"];

/// Where pages keep the account's name.
const USER_KEYS: &[&str] = &["user_info", "userInfo", "user", "media_info"];

fn selector(css: &str) -> Selector {
    Selector::parse(css).expect("valid selector")
}

pub(super) fn read(body: &str, fetched_at: NaiveDateTime) -> Found {
    let doc = Html::parse_document(body);
    let sources = json_sources(body, &doc);
    let mut posts = Vec::new();
    let mut name = None;
    for value in &sources {
        collect(value, fetched_at, &mut posts, &mut name, 0);
    }
    let name = name.or_else(|| shown_name(&doc));
    if posts.is_empty() {
        posts = shown_posts(&doc, fetched_at);
    }
    if posts.is_empty() {
        return Found::nothing(walls::screen(body), name);
    }
    Found::read(name, posts)
}

/// Every JSON document the page carries.
fn json_sources(body: &str, doc: &Html) -> Vec<Value> {
    let mut sources = Vec::new();
    if let Ok(v) = serde_json::from_str::<Value>(body.trim()) {
        sources.push(v);
        return sources;
    }
    static RENDER: LazyLock<Selector> =
        LazyLock::new(|| selector(r#"script#RENDER_DATA, script[type="application/ld+json"]"#));
    for script in doc.select(&RENDER) {
        let raw = script.text().collect::<String>();
        let raw = raw.trim();
        let decoded = if raw.starts_with('%') {
            percent_encoding::percent_decode_str(raw).decode_utf8_lossy().into_owned()
        } else {
            raw.to_owned()
        };
        if let Ok(v) = serde_json::from_str(&decoded) {
            sources.push(v);
        }
    }
    for (at, name) in body.match_indices("_SSR_HYDRATED_DATA") {
        let rest = body[at + name.len()..].trim_start();
        let Some(rest) = rest.strip_prefix('=') else { continue };
        let end = rest.find("</script>").unwrap_or(rest.len());
        let json = rest[..end].replace(":undefined", ":null");
        if let Some(Ok(v)) = serde_json::Deserializer::from_str(json.trim()).into_iter::<Value>().next() {
            sources.push(v);
        }
    }
    sources
}

/// Walks `value` for posts and the account's name. A post's own children
/// (a repost's original, with its own time) are not posts of the account.
fn collect(
    value: &Value,
    fetched_at: NaiveDateTime,
    posts: &mut Vec<Post>,
    name: &mut Option<String>,
    depth: usize,
) {
    // serde_json stops nesting at 128 levels; this is a second guard.
    if depth > 200 {
        return;
    }
    match value {
        Value::Array(items) => items.iter().for_each(|v| collect(v, fetched_at, posts, name, depth + 1)),
        Value::Object(map) => {
            let author = author_of(map);
            if name.is_none() {
                name.clone_from(&author);
            }
            if POST_KEYS.iter().any(|k| map.contains_key(*k))
                && let Some(date) = TIME_KEYS.iter().find_map(|k| date_of(map.get(*k)?, fetched_at))
            {
                // An article page may carry other accounts' posts
                // (recommendations): only the account's own count.
                if author.is_none() || author == *name {
                    posts.push(Post { date, title: title_of(value) });
                }
                return;
            }
            map.values().for_each(|v| collect(v, fetched_at, posts, name, depth + 1));
        }
        _ => {}
    }
}

/// Who wrote an object: its user's name, or its `media_name` / `source`.
fn author_of(map: &serde_json::Map<String, Value>) -> Option<String> {
    USER_KEYS
        .iter()
        .find_map(|k| {
            let user = map.get(*k)?;
            user.get("name").or_else(|| user.get("screen_name"))?.as_str()
        })
        .or_else(|| map.get("media_name").and_then(Value::as_str))
        .or_else(|| map.get("source").and_then(Value::as_str))
        .and_then(non_empty)
}

fn date_of(v: &Value, fetched_at: NaiveDateTime) -> Option<chrono::NaiveDate> {
    match v {
        Value::Number(n) => when::unix(n.as_i64()?),
        Value::String(s) => match s.trim().parse::<i64>() {
            Ok(stamp) => when::unix(stamp),
            Err(_) => when::written(s, fetched_at),
        },
        _ => None,
    }
}

fn title_of(post: &Value) -> Option<String> {
    let field = |k| post.get(k).and_then(Value::as_str).map(html_unescape).and_then(|t| non_empty(&t));
    field("title").or_else(|| field("content").or_else(|| field("abstract")).map(|t| shorten(&t)))
}

/// Dates as the rendered page shows them, when it carries no JSON.
fn shown_posts(doc: &Html, fetched_at: NaiveDateTime) -> Vec<Post> {
    static TIMES: LazyLock<Selector> = LazyLock::new(|| {
        selector(".feed-card-footer-time-cmp, .article-meta span, span.time, .time, .publish-time")
    });
    static HEADING: LazyLock<Selector> = LazyLock::new(|| selector("h1"));
    let heading = doc.select(&HEADING).find_map(|h| non_empty(&h.text().collect::<String>()));
    doc.select(&TIMES)
        .filter_map(|el| {
            let date = when::written(&el.text().collect::<String>(), fetched_at)?;
            let in_article = el
                .ancestors()
                .filter_map(ElementRef::wrap)
                .any(|a| a.value().has_class("article-meta", scraper::CaseSensitivity::CaseSensitive));
            let title = if in_article { heading.clone() } else { card_title(el) };
            Some(Post { date, title })
        })
        .collect()
}

/// The title link of the card around a time: the first link with a
/// `title` or enough text, a few levels up.
fn card_title(time: ElementRef<'_>) -> Option<String> {
    static LINKS: LazyLock<Selector> = LazyLock::new(|| selector("a"));
    time.ancestors().filter_map(ElementRef::wrap).take(5).find_map(|card| {
        card.select(&LINKS).find_map(|a| {
            let text = a.value().attr("title").map(str::to_owned).unwrap_or_else(|| a.text().collect());
            non_empty(&text).filter(|t| t.chars().count() >= 4)
        })
    })
}

/// The name shown on an article (`.article-meta .name`) or a profile.
fn shown_name(doc: &Html) -> Option<String> {
    static NAME: LazyLock<Selector> =
        LazyLock::new(|| selector(".article-meta .name, .user-info .name, .profile-info-name, .user-name"));
    doc.select(&NAME).find_map(|e| non_empty(&e.text().collect::<String>()))
}
