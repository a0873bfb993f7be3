//! Weibo: weibo.com shows a crawler the "Sina Visitor System" login wall;
//! the posts are in m.weibo.cn's container API (JSON).

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime, NaiveTime};
use serde::Serialize;

use crate::portal::hosts::{WEIBO, WEIBO_M};
use crate::portal::layout::esc;
use crate::portal::rng::Rng;
use crate::serve::Resource;

use super::{Account, to_json, unix};

/// The login wall at the profile, and the timeline at the API.
pub(super) fn pages(account: &Account, as_of: NaiveDate) -> Vec<(&'static str, String, Resource)> {
    let profile = account.posts[0].target.clone();
    vec![
        (WEIBO, profile, Resource::html(weibo_visitor(&account.id))),
        (WEIBO_M, api_target(&account.id), weibo_api(account, as_of)),
    ]
}

/// The container API request m.weibo.cn's timeline makes for `uid`.
pub(super) fn api_target(uid: &str) -> String {
    format!("/api/container/getIndex?type=uid&value={uid}&containerid=107603{uid}")
}

/// What weibo.com shows a client without cookies: the "Sina Visitor
/// System", which sets a cookie and sends it on to passport.weibo.com.
fn weibo_visitor(uid: &str) -> String {
    format!(
        "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\
<title>Sina Visitor System</title></head><body><span id=\"message\"></span>\
<script type=\"text/javascript\">var return_url = \"https://weibo.com/u/{uid}\";\
document.cookie = \"tid=; path=/; domain=.weibo.com\";\
window.location.replace(\"https://passport.weibo.com/visitor/visitor?entry=miniblog&a=enter&url=\" \
+ encodeURIComponent(return_url) + \"&domain=weibo.com&ua=php-sso_sdk_client-0.6.36&_rand=\" + Math.random());\
</script></body></html>"
    )
}

/// The account's timeline as the container API answers it: a pinned post
/// first, whatever its age, then the posts newest first.
fn weibo_api(account: &Account, as_of: NaiveDate) -> Resource {
    let mut rng = Rng::named(&format!("weibo{}", account.id));
    let oldest = account.posts.last().map_or(as_of.and_time(NaiveTime::MIN), |p| p.at);
    // Pinned when the account opened, more than a year before.
    let pinned_at = oldest - Days::new(400);
    let welcome = format!("欢迎关注{}官方微博！", account.name);
    let pinned =
        weibo_card(account, &mut rng, &welcome, pinned_at, weibo_time(pinned_at, as_of, false), true);
    let cards = std::iter::once(pinned)
        .chain(account.posts.iter().enumerate().map(|(i, p)| {
            // Alternate the two ways the API writes times.
            let written = weibo_time(p.at, as_of, i % 2 == 0);
            weibo_card(account, &mut rng, &p.title, p.at, written, false)
        }))
        .collect();
    let answer = WeiboAnswer {
        ok: 1,
        data: WeiboData {
            cardlist_info: CardlistInfo {
                containerid: format!("107603{}", account.id),
                v_p: 42,
                show_style: 1,
                total: 1000 + rng.below(3000),
            },
            cards,
        },
    };
    Resource::new(200, "application/json; charset=utf-8", to_json(&answer))
}

#[derive(Serialize)]
struct WeiboAnswer {
    ok: i32,
    data: WeiboData,
}

#[derive(Serialize)]
struct WeiboData {
    #[serde(rename = "cardlistInfo")]
    cardlist_info: CardlistInfo,
    cards: Vec<WeiboCard>,
}

#[derive(Serialize)]
struct CardlistInfo {
    containerid: String,
    v_p: u32,
    show_style: u32,
    total: usize,
}

#[derive(Serialize)]
struct WeiboCard {
    /// 9: a post.
    card_type: u32,
    itemid: String,
    mblog: Mblog,
}

#[derive(Serialize)]
struct Mblog {
    created_at: String,
    id: String,
    mid: String,
    text: String,
    source: &'static str,
    user: WeiboUser,
    reposts_count: usize,
    comments_count: usize,
    attitudes_count: usize,
    #[serde(rename = "isTop")]
    is_top: u8,
    /// 2 and a 置顶 label on the pinned post only.
    #[serde(skip_serializing_if = "Option::is_none")]
    mblogtype: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<MblogTitle>,
}

#[derive(Serialize)]
struct WeiboUser {
    id: u64,
    screen_name: &'static str,
    verified: bool,
    verified_type: i32,
}

#[derive(Serialize)]
struct MblogTitle {
    text: &'static str,
    base_color: u8,
}

fn weibo_card(
    account: &Account,
    rng: &mut Rng,
    title: &str,
    at: NaiveDateTime,
    created_at: String,
    pinned: bool,
) -> WeiboCard {
    // Weibo's post ids carry their time: the seconds since Weibo's epoch
    // (515483463) shifted left 22 bits, a sequence in the low bits.
    let mid = (((unix(at) - 515_483_463) << 22) + rng.below(1 << 22) as i64).to_string();
    let mblog = Mblog {
        created_at,
        id: mid.clone(),
        mid: mid.clone(),
        text: format!("{}<br />{}围绕群众关心关注的问题，持续推进各项工作。", esc(title), account.unit),
        source: "微博 weibo.com",
        user: WeiboUser {
            id: account.id.parse().unwrap_or_default(),
            screen_name: account.name,
            verified: true,
            verified_type: 1,
        },
        reposts_count: rng.below(40),
        comments_count: rng.below(60),
        attitudes_count: rng.below(300),
        is_top: u8::from(pinned),
        mblogtype: pinned.then_some(2),
        title: pinned.then_some(MblogTitle { text: "置顶", base_color: 1 }),
    };
    WeiboCard { card_type: 9, itemid: format!("107603{}_-_{mid}", account.id), mblog }
}

/// Weibo's `created_at`, in absolute forms only (`Tue Nov 24 18:30:00 +0800
/// 2026`, `11-24` this year, `2025-11-24` before): the relative ones (刚刚,
/// 3小时前, 昨天) would depend on the clock of whoever reads the page, and
/// the demo's pages depend on `as_of` alone.
fn weibo_time(at: NaiveDateTime, as_of: NaiveDate, long: bool) -> String {
    let format = match () {
        _ if long => "%a %b %d %H:%M:%S +0800 %Y",
        _ if at.year() == as_of.year() => "%m-%d",
        _ => "%Y-%m-%d",
    };
    at.format(format).to_string()
}
