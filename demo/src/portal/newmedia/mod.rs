//! 政务新媒体: the county's official accounts on WeChat, Weibo, Douyin and
//! Toutiao and its media centre's RSS feed, the portal's account list
//! (/zwxmt/) and its mirror of their latest posts, and the account pages
//! themselves on the platform hosts, each in the shape the real platform
//! serves a crawler:
//!
//! - WeChat: articles (`/s/<token>`), one of them in the 2022 layout that
//!   leaves `<title>` empty, and 清溪发布's message history
//!   (`/mp/profile_ext?action=home`) with its HTML-escaped `msgList`;
//! - Weibo: weibo.com shows a crawler the "Sina Visitor System" login wall,
//!   the posts are in m.weibo.cn's container API (JSON);
//! - Toutiao: the profile page, dated `11月24日` without a year;
//! - Douyin: an anti-bot challenge instead of the profile;
//! - RSS: 清溪融媒's feed, served by the portal itself;
//! - on the portal: 健康清溪's Toutiao account, whose row links a portal
//!   page mirroring its posts (the link stays on the portal, the row names
//!   the platform), and 清溪文旅's WeChat account, shown by its QR code and
//!   name only, with no link at all.
//!
//! Freshness is planted the way inspectors find it: most accounts post
//! every day or two, one has been silent about 20 days (past the 2-week
//! veto line) and one about four months (a "zombie" account to close), one
//! unit runs two WeChat accounts, and Douyin cannot be read at all. The
//! mirrored account has been silent about 40 days (stale, reported only if
//! an on-site link counts as an account); the QR-code account cannot be
//! checked until its address is configured.
//!
//! One file per platform renders its pages (`wechat`, `weibo`, `douyin`,
//! `toutiao`, `feed`); this file holds the accounts they share, `expected`
//! what an audit must conclude, `portal_pages` the portal's side.

mod douyin;
mod expected;
mod feed;
mod portal_pages;
mod toutiao;
mod wechat;
mod weibo;

use chrono::{Days, NaiveDate, NaiveDateTime, NaiveTime};
use serde::Serialize;

use crate::serve::Resource;

use super::hosts::{DOUYIN, QXRMT, TOUTIAO, WEIBO, WEIXIN, url};
use super::names::TOPICS;
use super::rng::Rng;

pub(super) use expected::expected;
pub(super) use portal_pages::portal_pages;
pub use wechat::history_url as wechat_history_url;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Platform {
    Wechat,
    Weibo,
    Douyin,
    Toutiao,
    Rss,
}

impl Platform {
    /// The platform as the account list writes it.
    pub(super) fn label(self) -> &'static str {
        match self {
            Platform::Wechat => "微信公众号",
            Platform::Weibo => "新浪微博",
            Platform::Douyin => "抖音",
            Platform::Toutiao => "今日头条",
            Platform::Rss => "RSS订阅",
        }
    }

    /// The host the posts' own pages are on (the feed's items are pages of
    /// the media centre's site; the feed itself is on the portal).
    fn host(self) -> &'static str {
        match self {
            Platform::Wechat => WEIXIN,
            Platform::Weibo => WEIBO,
            Platform::Douyin => DOUYIN,
            Platform::Toutiao => TOUTIAO,
            Platform::Rss => QXRMT,
        }
    }
}

/// How the portal's account list gives an account.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Listing {
    /// A link to the account on its platform (the feed: on the portal).
    Link,
    /// A link to a portal page mirroring the account's posts.
    OnSite,
    /// A QR code image and the name, no link.
    QrOnly,
}

pub(super) struct Account {
    pub name: &'static str,
    pub platform: Platform,
    pub listing: Listing,
    pub unit: &'static str,
    /// The link the portal lists: the profile, on WeChat the latest article,
    /// for the feed and an on-site mirror their portal path; empty for an
    /// account listed by QR code only.
    pub url: String,
    /// The account's id on its platform: the Weibo uid, the Douyin or
    /// Toutiao token; empty for WeChat and the feed.
    id: String,
    /// Newest first.
    pub posts: Vec<Post>,
}

pub(super) struct Post {
    pub title: String,
    pub at: NaiveDateTime,
    /// Path on the platform's host where the post is read: its own page
    /// on WeChat and for feed items, the profile elsewhere.
    pub target: String,
}

impl Post {
    fn link(&self, platform: Platform) -> String {
        url(platform.host(), &self.target)
    }
}

/// (name, platform, unit, age of the newest post in days, listing). The
/// first six keep their rows (and QR codes) from before the feed and the
/// second WeChat account were added.
const ACCOUNTS: &[(&str, Platform, &str, u64, Listing)] = &[
    ("清溪发布", Platform::Wechat, "中共清溪县委宣传部", 1, Listing::Link),
    ("清溪发布", Platform::Weibo, "中共清溪县委宣传部", 1, Listing::Link),
    ("清溪融媒", Platform::Douyin, "清溪县融媒体中心", 2, Listing::Link),
    ("清溪发布", Platform::Toutiao, "中共清溪县委宣传部", 3, Listing::Link),
    // Silent about 20 days: past the two-week line.
    ("清溪县应急管理", Platform::Wechat, "清溪县应急管理局", 20, Listing::Link),
    // Silent about four months: a zombie account.
    ("清溪教育", Platform::Wechat, "清溪县教育局", 125, Listing::Link),
    // The same unit's second WeChat account: inspectors ask for one
    // account per unit and platform (duplicate accounts).
    ("清溪宣传", Platform::Wechat, "中共清溪县委宣传部", 2, Listing::Link),
    ("清溪融媒", Platform::Rss, "清溪县融媒体中心", 1, Listing::Link),
    // Linked to the portal's mirror of its posts; silent about 40 days.
    ("健康清溪", Platform::Toutiao, "清溪县卫生健康局", 40, Listing::OnSite),
    // A QR code and a name: nothing to follow.
    ("清溪文旅", Platform::Wechat, "清溪县文化和旅游局", 1, Listing::QrOnly),
];

/// Posts per account, all dated on or before the newest one.
const POSTS: usize = 6;

/// Portal path of 清溪融媒's feed.
const FEED: &str = "/rss/qxrm.xml";

pub(super) fn accounts(as_of: NaiveDate) -> Vec<Account> {
    ACCOUNTS
        .iter()
        .map(|&(name, platform, unit, age, listing)| {
            let mut account = account(as_of, name, platform, unit, age);
            account.listing = listing;
            match listing {
                Listing::Link => {}
                Listing::OnSite => account.url = MIRROR.to_owned(),
                Listing::QrOnly => account.url = String::new(),
            }
            account
        })
        .collect()
}

/// Portal path of 健康清溪's on-site page mirroring its posts.
const MIRROR: &str = "/zwxmt/jkqx/index.html";

fn account(
    as_of: NaiveDate,
    name: &'static str,
    platform: Platform,
    unit: &'static str,
    age: u64,
) -> Account {
    let mut rng = Rng::named(&format!("{name}{platform:?}"));
    let mut posts = posts(&mut rng, as_of - Days::new(age), platform);
    let id = match platform {
        Platform::Weibo => (7_312_845_061u64 + rng.below(1000) as u64).to_string(),
        Platform::Douyin | Platform::Toutiao => format!("MS4wLjABAAAA{}", token(&mut rng, 43)),
        Platform::Wechat | Platform::Rss => String::new(),
    };
    let profile = match platform {
        Platform::Wechat => posts[0].target.clone(),
        Platform::Weibo => format!("/u/{id}"),
        Platform::Douyin => format!("/user/{id}"),
        Platform::Toutiao => format!("/c/user/token/{id}/"),
        Platform::Rss => FEED.to_owned(),
    };
    if matches!(platform, Platform::Weibo | Platform::Douyin | Platform::Toutiao) {
        // Posts are read on the profile page itself.
        for p in &mut posts {
            p.target = profile.clone();
        }
    }
    let url = match platform {
        Platform::Rss => profile,
        _ => url(platform.host(), &profile),
    };
    Account { name, platform, listing: Listing::Link, unit, url, id, posts }
}

/// `POSTS` posts, the newest on `newest`, one to three days apart.
fn posts(rng: &mut Rng, newest: NaiveDate, platform: Platform) -> Vec<Post> {
    let mut day = newest;
    let mut posts = Vec::new();
    for _ in 0..POSTS {
        let minutes = rng.range(7 * 60, 21 * 60) as u32;
        let at = day.and_time(NaiveTime::from_hms_opt(minutes / 60, minutes % 60, 0).unwrap_or_default());
        let target = match platform {
            Platform::Wechat => format!("/s/{}", token(rng, 22)),
            Platform::Rss => {
                format!("/xw/{}/t{}_{}.html", day.format("%Y%m"), day.format("%Y%m%d"), rng.digits(6))
            }
            _ => String::new(),
        };
        posts.push(Post { title: post_title(rng), at, target });
        day = day - Days::new(rng.range(1, 3) as u64);
    }
    posts
}

/// Random URL-safe characters, like platform ids.
fn token(rng: &mut Rng, len: usize) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    (0..len).map(|_| char::from(ALPHABET[rng.below(ALPHABET.len())])).collect()
}

/// Random lower-case hex digits, like WeChat's `sn` and Douyin's nonce.
fn hex(rng: &mut Rng, len: usize) -> String {
    (0..len).map(|_| char::from(b"0123456789abcdef"[rng.below(16)])).collect()
}

fn post_title(rng: &mut Rng) -> String {
    let topic = rng.pick(TOPICS).name;
    match rng.below(5) {
        0 => format!("【关注】我县全力推进{topic}工作"),
        1 => format!("@清溪人，这份{topic}提示请收好！"),
        2 => format!("{topic}｜清溪在行动"),
        3 => format!("权威发布！清溪{topic}最新消息"),
        _ => format!("一图读懂清溪{topic}"),
    }
}

/// Unix time of a Beijing-time moment, as WeChat's `var ct` holds it.
fn unix(at: NaiveDateTime) -> i64 {
    at.and_utc().timestamp() - 8 * 3600
}

/// Our own structs always serialize; an empty string would show if not.
fn to_json(value: &impl Serialize) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// The account pages on the platform hosts: (host, target, resource).
pub(super) fn foreign_pages(as_of: NaiveDate) -> Vec<(&'static str, String, Resource)> {
    let mut out = vec![(QXRMT, "/".to_owned(), feed::media_centre_home())];
    for account in accounts(as_of).iter().filter(|a| a.listing == Listing::Link) {
        out.extend(match account.platform {
            Platform::Wechat => wechat::pages(account),
            Platform::Weibo => weibo::pages(account, as_of),
            Platform::Douyin => douyin::pages(account),
            Platform::Toutiao => toutiao::pages(account),
            Platform::Rss => feed::pages(account),
        });
    }
    out
}
