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
//! Article pages in the 2019–2020 layout carry neither: the date is in
//! `<div class="article-sub"><span>原创</span><span>清溪发布</span>
//! <span>2019-09-04 22:18:34</span></div>` and in an inline
//! `var BASE_DATA = {…}` script, a JavaScript object literal (unquoted
//! keys, single-quoted strings: `articleInfo: { title: '…', subInfo:
//! { source: '清溪发布', time: '2019-09-04 22:18:34' } }`) that no JSON
//! parser reads, so its fields are picked out one by one.
//!
//! ByteDance answers a crawler's first request with an empty page whose
//! script sets `__ac_nonce` and computes `__ac_signature`: a challenge.
//! Real pages load the same anti-crawler script, so the challenge is only
//! looked for when no post was found.

use std::collections::HashMap;
use std::sync::LazyLock;

use chrono::NaiveDateTime;
use scraper::{ElementRef, Html, Selector};
use serde_json::Value;

use super::text::{html_unescape, non_empty, shorten};
use super::{Found, Post, walls, when};
use crate::facts::html::attr::Attr;

/// Fields that date a post, most precise first.
const TIME_KEYS: &[&str] =
    &["publish_time", "behot_time", "create_time", "publishTime", "createTime", "pubDate"];

/// Fields only a post has: an object with a time and one of these is a post
/// (a user object may have a `create_time` of its own).
const POST_KEYS: &[&str] = &["title", "content", "abstract", "group_id", "item_id", "groupId", "itemId"];

/// Where pages keep the account's name.
const USER_KEYS: &[&str] = &["user_info", "userInfo", "user", "media_info", "mediaUser"];

fn selector(css: &str) -> Selector {
    Selector::parse(css).expect("valid selector")
}

pub(super) fn read(body: &str, fetched_at: NaiveDateTime) -> Found {
    let doc = Html::parse_document(body);
    let mut walk = Walk::default();
    for value in json_sources(body, &doc) {
        walk.collect(&value, fetched_at, 0);
    }
    // The account is the page's owner (a profile's user object), else the
    // author of the article the page is titled after, else the name the
    // page shows, else whoever wrote most posts.
    let name = walk
        .owners
        .first()
        .cloned()
        .or_else(|| page_author(&doc, &walk.posts))
        .or_else(|| shown_name(&doc))
        .or_else(|| most_common(&walk.posts));
    let mut posts: Vec<Post> = walk
        .posts
        .into_iter()
        .filter(|(_, author)| author.is_none() || name.is_none() || *author == name)
        .map(|(post, _)| post)
        .collect();
    if posts.is_empty() {
        posts = shown_posts(&doc, fetched_at);
    }
    let name = name.or_else(|| base_data(body).and_then(|b| b.source));
    if posts.is_empty()
        && let Some(article) = base_data(body)
        && let Some(date) = article.time.as_deref().and_then(|t| when::written(t, fetched_at))
    {
        posts.push(Post::new(date, article.title));
    }
    if posts.is_empty() {
        return Found::nothing(walls::screen_parsed(body, &doc), name);
    }
    Found::read(name, posts)
}

/// What the JSON holds: posts with their authors, and the users that
/// are not a post's (the page's owner).
#[derive(Default)]
struct Walk {
    posts: Vec<(Post, Option<String>)>,
    owners: Vec<String>,
}

impl Walk {
    /// A post's own children (its author, a repost's original with its
    /// own time) are not walked: they are not posts of the account.
    fn collect(&mut self, value: &Value, fetched_at: NaiveDateTime, depth: usize) {
        // serde_json stops nesting at 128 levels; this is a second guard.
        if depth > 200 {
            return;
        }
        match value {
            Value::Array(items) => items.iter().for_each(|v| self.collect(v, fetched_at, depth + 1)),
            Value::Object(map) => {
                if POST_KEYS.iter().any(|k| map.contains_key(*k))
                    && let Some(date) = TIME_KEYS.iter().find_map(|k| date_of(map.get(*k)?, fetched_at))
                {
                    self.posts.push((Post::new(date, title_of(value)), author_of(map)));
                    return;
                }
                self.owners.extend(user_name(map));
                map.values().for_each(|v| self.collect(v, fetched_at, depth + 1));
            }
            _ => {}
        }
    }
}

/// The name of a user object under one of [`USER_KEYS`].
fn user_name(map: &serde_json::Map<String, Value>) -> Option<String> {
    USER_KEYS.iter().find_map(|k| {
        let user = map.get(*k)?;
        non_empty(user.get("name").or_else(|| user.get("screen_name"))?.as_str()?)
    })
}

/// Who wrote a post: its user's name, or its `media_name` / `source`.
fn author_of(map: &serde_json::Map<String, Value>) -> Option<String> {
    user_name(map)
        .or_else(|| map.get("media_name").and_then(Value::as_str).and_then(non_empty))
        .or_else(|| map.get("source").and_then(Value::as_str).and_then(non_empty))
}

/// The author of most posts; the first one met on a tie.
fn most_common(posts: &[(Post, Option<String>)]) -> Option<String> {
    let mut counts: HashMap<&str, (usize, usize)> = HashMap::new();
    for (i, author) in posts.iter().filter_map(|(_, a)| a.as_deref()).enumerate() {
        counts.entry(author).or_insert((0, i)).0 += 1;
    }
    let best = counts.iter().max_by_key(|(_, (n, first))| (*n, std::cmp::Reverse(*first)))?;
    Some((*best.0).to_owned())
}

/// On an article page, the author of the post the page is titled after
/// (`<title>清溪县召开县委常委会会议 - 今日头条</title>`).
fn page_author(doc: &Html, posts: &[(Post, Option<String>)]) -> Option<String> {
    let page_title = page_title(doc)?;
    let heading = page_title.split(" - ").next()?.trim();
    posts.iter().find(|(p, _)| p.title.as_deref() == Some(heading)).and_then(|(_, a)| a.clone())
}

fn page_title(doc: &Html) -> Option<String> {
    static TITLE: LazyLock<Selector> = LazyLock::new(|| selector("title"));
    doc.select(&TITLE).find_map(|t| non_empty(&t.text().collect::<String>()))
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

/// What a `BASE_DATA` script says about its article.
struct BaseData {
    title: Option<String>,
    source: Option<String>,
    time: Option<String>,
}

/// The article's fields in the page's `BASE_DATA` object literal, read
/// field by field (`time: '…'`, `"time": "…"`), the first of each kept:
/// `articleInfo` comes before the comments and related articles.
fn base_data(body: &str) -> Option<BaseData> {
    static FIELD: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(
            r#"\b(title|source|time|publishTime)["']?\s*:\s*(?:'((?:[^'\\\n]|\\.){0,300})'|"((?:[^"\\\n]|\\.){0,300})")"#,
        )
            .expect("valid regex")
    });
    let at = body.find("BASE_DATA")?;
    let script = &body[at..];
    let script = &script[..script.find("</script>").unwrap_or(script.len())];
    let mut found = BaseData { title: None, source: None, time: None };
    for c in FIELD.captures_iter(script) {
        let Some(raw) = c.get(2).or(c.get(3)) else { continue };
        // Titles are written `'&quot;…&quot;'.slice(6, -6)`: the quotes
        // the script cuts off are cut here too.
        let unescaped = html_unescape(&super::text::js_unescape(raw.as_str()));
        let value = non_empty(unescaped.trim_matches('"'));
        let slot = match c.get(1).map(|k| k.as_str()) {
            Some("title") => &mut found.title,
            Some("source") => &mut found.source,
            _ => &mut found.time,
        };
        if slot.is_none() {
            *slot = value;
        }
    }
    found.time.is_some().then_some(found)
}

/// Dates as the rendered page shows them, when it carries no JSON.
fn shown_posts(doc: &Html, fetched_at: NaiveDateTime) -> Vec<Post> {
    static TIMES: LazyLock<Selector> = LazyLock::new(|| {
        selector(
            ".feed-card-footer-time-cmp, .article-meta span, .article-sub span, span.time, .time, .publish-time",
        )
    });
    static HEADING: LazyLock<Selector> = LazyLock::new(|| selector("h1"));
    let heading = doc.select(&HEADING).find_map(|h| non_empty(&h.text().collect::<String>()));
    doc.select(&TIMES)
        .filter_map(|el| {
            let (date, year) = when::written_with_year(&el.text().collect::<String>(), fetched_at)?;
            let in_article = el.ancestors().filter_map(ElementRef::wrap).any(|a| {
                ["article-meta", "article-sub"]
                    .iter()
                    .any(|c| a.value().has_class(c, scraper::CaseSensitivity::CaseSensitive))
            });
            let title = if in_article { heading.clone() } else { card_title(el) };
            Some(Post { date, title, year })
        })
        .collect()
}

/// The title link of the card around a time: the first link with a
/// `title` or enough text, a few levels up.
fn card_title(time: ElementRef<'_>) -> Option<String> {
    static LINKS: LazyLock<Selector> = LazyLock::new(|| selector("a"));
    time.ancestors().filter_map(ElementRef::wrap).take(5).find_map(|card| {
        card.select(&LINKS).find_map(|a| {
            let text = a.value().attr_of("title").map(str::to_owned).unwrap_or_else(|| a.text().collect());
            non_empty(&text).filter(|t| t.chars().count() >= 4)
        })
    })
}

/// The name shown on an article (`.article-meta .name`) or a profile, or
/// a profile's title (`清溪发布的头条主页 - 今日头条`).
fn shown_name(doc: &Html) -> Option<String> {
    static NAME: LazyLock<Selector> =
        LazyLock::new(|| selector(".article-meta .name, .user-info .name, .profile-info-name, .user-name"));
    doc.select(&NAME).find_map(|e| non_empty(&e.text().collect::<String>())).or_else(|| {
        let title = page_title(doc)?;
        let (name, _) = title.split_once("的头条主页").or_else(|| title.split_once("的个人主页"))?;
        non_empty(name)
    })
}
