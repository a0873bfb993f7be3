//! Weibo post pages in HTML, as a listed link or a saved copy shows them:
//! m.weibo.cn's `/status/…` and `/detail/…` pages, which carry the post as
//! JSON in `var $render_data = [{"status": {…}}][0]`, and weibo.com's post
//! pages, which write the time in the post's header: a link whose `title`
//! holds the full time (`2024-05-13 17:07`), whose text is often written
//! with a two-digit year (`24-5-13 17:07`), or, in the older layout, a
//! `node-type="feed_list_item_date"` link with a `date` in milliseconds.
//!
//! Such pages load captcha and login scripts for their comment boxes; the
//! post's own date decides first, and [`super::walls`] looks only at a page
//! that showed none.

use std::sync::LazyLock;

use chrono::{NaiveDate, NaiveDateTime};
use regex::Regex;
use scraper::{ElementRef, Html, Selector};
use serde_json::Value;

use super::text::{non_empty, shorten};
use super::{Found, Post, walls, when};
use crate::facts::html::attr::Attr;

fn selector(css: &str) -> Selector {
    Selector::parse(css).expect("valid selector")
}

pub(super) fn read(body: &str, fetched_at: NaiveDateTime) -> Found {
    if let Some(found) = render_data(body, fetched_at) {
        return found;
    }
    let doc = Html::parse_document(body);
    let name = shown_name(&doc);
    let title = shown_text(&doc);
    let posts: Vec<Post> =
        header_times(&doc, fetched_at).into_iter().map(|date| Post::new(date, title.clone())).collect();
    if posts.is_empty() {
        return Found::nothing(walls::screen_parsed(body, &doc), name);
    }
    Found::read(name, posts)
}

/// The post in m.weibo.cn's `$render_data`, read like an API answer.
fn render_data(body: &str, fetched_at: NaiveDateTime) -> Option<Found> {
    let at = body.find("$render_data")?;
    let rest = body[at..].split_once('=')?.1.trim_start();
    let value = serde_json::Deserializer::from_str(rest).into_iter::<Value>().next()?.ok()?;
    let status = value.pointer("/0/status").or_else(|| value.get("status"))?;
    let answer = serde_json::json!({ "ok": 1, "data": status });
    Some(super::weibo::read(&answer.to_string(), fetched_at))
}

/// The times written in post headers, newest first as the page lists them.
fn header_times(doc: &Html, fetched_at: NaiveDateTime) -> Vec<NaiveDate> {
    static TIMES: LazyLock<Selector> = LazyLock::new(|| {
        selector(
            r#"a[node-type="feed_list_item_date"], [class*="head-info_time"], .WB_from a[date], .from a[date], a[date][title]"#,
        )
    });
    doc.select(&TIMES).filter_map(|el| time_of(el, fetched_at)).collect()
}

/// One header's day: its `date` (milliseconds), its `title`, its text.
fn time_of(el: ElementRef<'_>, fetched_at: NaiveDateTime) -> Option<NaiveDate> {
    let attr = |name| el.value().attr_of(name).map(str::trim).filter(|v| !v.is_empty());
    attr("date")
        .and_then(|d| d.parse::<i64>().ok())
        .and_then(when::unix)
        .or_else(|| attr("title").and_then(|t| full_time(t, fetched_at)))
        .or_else(|| full_time(&el.text().collect::<String>(), fetched_at))
}

/// A time as weibo.com writes it: `24-5-13 17:07` (two-digit year), or
/// any form the platforms use (`2024-05-13 17:07`, `5月13日 17:07`,
/// `3小时前`).
fn full_time(text: &str, fetched_at: NaiveDateTime) -> Option<NaiveDate> {
    static SHORT_YEAR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*([0-9]{2})-([0-9]{1,2})-([0-9]{1,2})(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?\s*$")
            .expect("valid regex")
    });
    if let Some(c) = SHORT_YEAR.captures(text) {
        let year = 2000 + c.get(1)?.as_str().parse::<i32>().ok()?;
        let date = NaiveDate::from_ymd_opt(
            year,
            c.get(2)?.as_str().parse().ok()?,
            c.get(3)?.as_str().parse().ok()?,
        )?;
        return when::plausible(date);
    }
    when::written(text, fetched_at)
}

/// The author in the header (`head_name`, the old `WB_info`), else the
/// page title's `清溪发布的微博`.
fn shown_name(doc: &Html) -> Option<String> {
    static NAME: LazyLock<Selector> = LazyLock::new(|| selector(r#"[class*="head_name"], .WB_info a"#));
    static TITLE: LazyLock<Selector> = LazyLock::new(|| selector("title"));
    doc.select(&NAME).find_map(|e| non_empty(&e.text().collect::<String>())).or_else(|| {
        let title = doc.select(&TITLE).next()?.text().collect::<String>();
        non_empty(title.split_once("的微博")?.0)
    })
}

/// The post's text, short.
fn shown_text(doc: &Html) -> Option<String> {
    static TEXT: LazyLock<Selector> =
        LazyLock::new(|| selector(r#"[class*="detail_wbtext"], .WB_text, .weibo-text"#));
    doc.select(&TEXT).find_map(|e| non_empty(&e.text().collect::<String>())).map(|t| shorten(&t))
}
