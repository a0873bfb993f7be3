//! RSS 2.0, RSS 1.0 and Atom feeds: what portals, RSSHub-style bridges and
//! some platforms publish for an account.
//!
//! What real feeds look like: RSS items carry `pubDate` in RFC 2822
//! (`Fri, 20 Nov 2026 18:30:00 +0800`), but Chinese CMSs often write
//! `2026-11-20 18:30:00`, `2026/11/20` or `CST` for UTC+8; RSS 1.0 uses
//! `dc:date`; Atom entries `published` and `updated` in RFC 3339. Every form
//! goes through [`when::written`]. The channel's or feed's `title` names the
//! account. A feed with no items is an account that has published nothing:
//! read, with no posts. Items without any date are not counted; a feed whose
//! items all lack one could not be read.
//!
//! quick-xml reads the feed as a stream, so a huge feed costs no more
//! memory than its posts, and a feed cut off mid-way keeps the items that
//! came before the cut. (feed-rs was tried first: it panics on an overlong
//! `itunes:duration`, and it gives items random ids.)

use chrono::NaiveDateTime;
use quick_xml::Reader;
use quick_xml::events::Event;

use super::text::{html_unescape, non_empty};
use super::{Found, Post, walls, when};

/// What is being collected from the current item.
#[derive(Default)]
struct Item {
    title: Option<String>,
    /// `pubDate`, `published`, `dc:date`, `issued`: when it was published.
    published: Option<String>,
    /// `updated`, `modified`: when it last changed, for feeds without the first.
    updated: Option<String>,
}

pub(super) fn read(body: &str, fetched_at: NaiveDateTime) -> Found {
    let mut reader = Reader::from_str(body);
    let config = reader.config_mut();
    config.expand_empty_elements = true;
    config.check_end_names = false;
    config.allow_dangling_amp = true;
    config.allow_unmatched_ends = true;

    let mut root: Option<String> = None;
    let mut path: Vec<String> = Vec::new();
    let mut text = String::new();
    let mut name: Option<String> = None;
    let mut item: Option<Item> = None;
    let mut items = 0usize;
    let mut posts = Vec::new();
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => {
                let local = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
                if root.is_none() {
                    root = Some(local.clone());
                }
                if matches!(local.as_str(), "item" | "entry") {
                    item = Some(Item::default());
                }
                path.push(local);
                text.clear();
            }
            Ok(Event::Text(t)) => text.push_str(&html_unescape(&t.decode().unwrap_or_default())),
            Ok(Event::GeneralRef(r)) => {
                text.push_str(&html_unescape(&format!("&{};", r.decode().unwrap_or_default())))
            }
            Ok(Event::CData(c)) => text.push_str(&c.decode().unwrap_or_default()),
            Ok(Event::End(_)) => {
                let Some(local) = path.pop() else { continue };
                let parent = path.last().map(String::as_str);
                let value = non_empty(&text);
                text.clear();
                match (local.as_str(), parent, item.as_mut()) {
                    ("item" | "entry", _, Some(_)) => {
                        items += 1;
                        if let Some(done) = item.take()
                            && let Some(post) = post(done, fetched_at)
                        {
                            posts.push(post);
                        }
                    }
                    ("title", Some("item" | "entry"), Some(it)) => it.title = it.title.take().or(value),
                    ("pubDate" | "published" | "date" | "issued", Some("item" | "entry"), Some(it)) => {
                        it.published = it.published.take().or(value)
                    }
                    ("updated" | "modified", Some("item" | "entry"), Some(it)) => {
                        it.updated = it.updated.take().or(value)
                    }
                    ("title", Some("channel" | "feed"), None) => name = name.or(value),
                    _ => {}
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => {}
        }
    }
    let is_feed = root.as_deref().is_some_and(|r| matches!(r, "rss" | "feed" | "RDF" | "channel"));
    if !is_feed || (items > 0 && posts.is_empty()) {
        return Found::nothing(walls::screen(body), name);
    }
    Found::read(name, posts)
}

fn post(item: Item, fetched_at: NaiveDateTime) -> Option<Post> {
    let date =
        [item.published, item.updated].into_iter().flatten().find_map(|d| when::written(&d, fetched_at))?;
    Some(Post::new(date, item.title))
}
