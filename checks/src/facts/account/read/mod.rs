//! Platform readers: what an official account's page says about how
//! recently the account published.
//!
//! Inspectors judge a 政务新媒体 account by its newest post, so each reader
//! turns one fetched page (a WeChat article or history page, an RSS or Atom
//! feed, a Weibo container answer, a Toutiao page, or any page through a
//! [`GenericRule`]) into dated [`Post`]s. Platforms answer a crawler with
//! more than posts: deleted articles, login walls, anti-bot challenges. Those
//! are told apart in [`ReadState`], because "the account is stale" and "we
//! could not see the account" lead to different findings.
//!
//! Pure like the rest of the crate: the fetch time comes in as
//! `fetched_at` (platforms write "3小时前"), never from the clock. Every
//! reader is total: any body, however broken or hostile, gives a
//! [`Reading`].

mod detect;
mod feed;
mod generic;
mod text;
mod toutiao;
mod walls;
mod wechat_article;
mod wechat_history;
mod weibo;
mod weibo_html;
mod when;

use std::collections::HashSet;

use chrono::{NaiveDate, NaiveDateTime};

pub use detect::detect;
pub use generic::validate;
pub use walls::screen;
pub use weibo::timeline_url;

/// What an account page was, and the posts it shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reading {
    pub state: ReadState,
    /// The account's name as the page gives it (`清溪发布`).
    pub name: Option<String>,
    /// Newest first, one per distinct date and title. Empty unless `state`
    /// is [`ReadState::Read`].
    pub posts: Vec<Post>,
}

/// What kind of answer the page was.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadState {
    /// Posts (possibly zero) were read.
    Read,
    /// The link is dead on the platform side: a deleted or banned article,
    /// an expired link, a closed account.
    Expired,
    /// The platform wants a login before it shows anything.
    LoginWall,
    /// An anti-bot challenge page stood in for the content.
    Challenge,
    /// None of the known shapes: the reader could not find dates.
    Unrecognized,
    /// The account's profile without its posts (a Weibo profile
    /// container): the account exists, its posts are elsewhere.
    ProfileOnly,
}

/// One post as the page lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Post {
    /// The day it was published, in China time (UTC+8).
    pub date: NaiveDate,
    pub title: Option<String>,
    /// Where the day's year came from: [`crate::facts::dates::YearSource::Assumed`] when the
    /// page wrote `11月28日` and nothing on it gave the year (年份推定).
    pub year: crate::facts::dates::YearSource,
}

impl Post {
    /// A post whose day was written with its year (or as a timestamp).
    pub fn new(date: NaiveDate, title: Option<String>) -> Post {
        Post { date, title, year: crate::facts::dates::YearSource::Text }
    }
}

/// The shapes of account page govaudit can read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Format {
    /// A WeChat article, `mp.weixin.qq.com/s/…` or `/s?__biz=…`.
    WechatArticle,
    /// A WeChat account's history, `mp/profile_ext?action=home` (page) or
    /// `action=getmsg` (JSON).
    WechatHistory,
    /// RSS 2.0, RSS 1.0 or Atom.
    Feed,
    /// Weibo's mobile API, `m.weibo.cn/api/container/getIndex`, one post
    /// (`statuses/show`), and Weibo's post pages in HTML.
    WeiboJson,
    /// A Toutiao (今日头条) profile or article page, or its feed JSON.
    Toutiao,
    /// Any other page, read by a rule from the configuration.
    Generic(GenericRule),
}

/// How to read a page no dedicated reader knows, typically a portal's own
/// page mirroring its accounts' posts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GenericRule {
    /// CSS selector for the elements holding each post's date (or the post
    /// elements that contain one).
    pub selector: String,
    /// A regex with named groups `m`, `d` and optionally `y`; `None` reads
    /// the common Chinese forms (`2026-11-20`, `2026年11月20日`, `[11-20]`).
    pub date_pattern: Option<String>,
}

/// Reads `body` as `format`. `fetched_at` is the local (UTC+8) time the page
/// was fetched: relative dates ("3小时前", "昨天 18:30", "刚刚", "11-24"
/// without a year) are resolved against it; a yearless date that would fall
/// after `fetched_at` takes the year before. Posts come back newest first,
/// deduplicated.
pub fn read(format: &Format, body: &str, fetched_at: NaiveDateTime) -> Reading {
    let found = match format {
        Format::WechatArticle => wechat_article::read(body, fetched_at),
        Format::WechatHistory => wechat_history::read(body, fetched_at),
        Format::Feed => feed::read(body, fetched_at),
        Format::WeiboJson => weibo::read(body, fetched_at),
        Format::Toutiao => toutiao::read(body, fetched_at),
        Format::Generic(rule) => generic::read(rule, body, fetched_at),
    };
    found.finish()
}

/// What a reader found, before ordering.
struct Found {
    state: ReadState,
    name: Option<String>,
    posts: Vec<Post>,
}

impl Found {
    fn read(name: Option<String>, posts: Vec<Post>) -> Found {
        Found { state: ReadState::Read, name, posts }
    }

    /// A page that showed no posts, and what it was instead (a wall, a
    /// challenge, or nothing known).
    fn nothing(state: ReadState, name: Option<String>) -> Found {
        Found { state, name, posts: Vec::new() }
    }

    /// Newest first; the same date and title once. Within a day the page's
    /// own order is kept, so the result does not depend on anything else.
    fn finish(self) -> Reading {
        let mut posts = if self.state == ReadState::Read { self.posts } else { Vec::new() };
        posts.sort_by_key(|p| std::cmp::Reverse(p.date));
        let mut seen = HashSet::new();
        posts.retain(|p| seen.insert((p.date, p.title.clone())));
        Reading { state: self.state, name: self.name.filter(|n| !n.is_empty()), posts }
    }
}
