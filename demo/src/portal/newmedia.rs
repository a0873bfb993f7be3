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

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime, NaiveTime};
use serde::Serialize;

use crate::serve::Resource;

use super::ExpectedAccount;
use super::assets;
use super::hosts::{DOUYIN, QXRMT, TOUTIAO, WEIBO, WEIBO_M, WEIXIN, url};
use super::layout::{Charset, Page, esc};
use super::names::TOPICS;
use super::rng::Rng;

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

/// The WeChat account whose latest article is in the 2022 layout.
const LAYOUT_2022: &str = "清溪宣传";

/// The WeChat account whose message history is served.
const HISTORY_ACCOUNT: &str = "清溪发布";

/// 清溪发布's `__biz`: like WeChat's, the base64 of its numeric id.
const BIZ: &str = "MzA5NjQ2NzYwMA==";
const FAKEID: &str = "3096467600";

/// Portal path of 清溪融媒's feed.
const FEED: &str = "/rss/qxrm.xml";

/// QR codes `/images/ewm/qr1.png` to this one are among the portal's static
/// files (one per account the list had then); the rest are served here.
const STATIC_QR_CODES: usize = 6;

/// Inspection lines: no post within 14 days of the check is stale (a veto),
/// none within 90 a zombie account to close.
const STALE_AFTER_DAYS: i64 = 14;
const ZOMBIE_AFTER_DAYS: i64 = 90;

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

// ---- What an audit must find -------------------------------------------------

/// Every account as the portal lists it and what reading it must show.
pub(super) fn expected(as_of: NaiveDate) -> Vec<ExpectedAccount> {
    accounts(as_of)
        .into_iter()
        .map(|a| {
            let newest = a.posts[0].at.date();
            let (posts_at, format) = source(&a);
            ExpectedAccount {
                name: a.name,
                platform: a.platform.label(),
                unit: a.unit,
                verdict: match a.listing {
                    Listing::QrOnly => "not-evaluated",
                    _ => verdict(a.platform, (as_of - newest).num_days()),
                },
                listed: a.url,
                posts_at,
                format,
                newest,
            }
        })
        .collect()
}

/// Where an account's posts can be read, and in what shape.
fn source(a: &Account) -> (String, &'static str) {
    match a.listing {
        Listing::Link => {}
        Listing::OnSite => return (a.url.clone(), "portal-mirror"),
        Listing::QrOnly => return (String::new(), "qr-code"),
    }
    match a.platform {
        Platform::Wechat if a.name == HISTORY_ACCOUNT => (wechat_history_url(), "wechat-history"),
        Platform::Wechat => (a.url.clone(), "wechat-article"),
        // weibo.com shows a crawler a login wall; the mobile API does not.
        Platform::Weibo => (url(WEIBO_M, &weibo_api_target(&a.id)), "weibo-json"),
        Platform::Douyin => (a.url.clone(), "challenge"),
        Platform::Toutiao => (a.url.clone(), "toutiao"),
        Platform::Rss => (a.url.clone(), "feed"),
    }
}

fn verdict(platform: Platform, age: i64) -> &'static str {
    if platform == Platform::Douyin {
        // The profile answers an anti-bot challenge: nothing to judge by.
        return "not-evaluated";
    }
    match age {
        a if a > ZOMBIE_AFTER_DAYS => "zombie",
        a if a > STALE_AFTER_DAYS => "stale",
        _ => "fresh",
    }
}

// ---- Pages on the platform hosts ---------------------------------------------

/// The account pages on the platform hosts: (host, target, resource).
pub(super) fn foreign_pages(as_of: NaiveDate) -> Vec<(&'static str, String, Resource)> {
    let mut out = vec![(QXRMT, "/".to_owned(), media_centre_home())];
    for account in accounts(as_of).iter().filter(|a| a.listing == Listing::Link) {
        out.extend(account_pages(account, as_of));
    }
    out
}

fn account_pages(account: &Account, as_of: NaiveDate) -> Vec<(&'static str, String, Resource)> {
    let profile = || account.posts[0].target.clone();
    match account.platform {
        Platform::Wechat => wechat_pages(account),
        Platform::Weibo => vec![
            (WEIBO, profile(), Resource::html(weibo_visitor(&account.id))),
            (WEIBO_M, weibo_api_target(&account.id), weibo_api(account, as_of)),
        ],
        Platform::Douyin => vec![(DOUYIN, profile(), Resource::html(douyin_challenge(account)))],
        Platform::Toutiao => vec![(TOUTIAO, profile(), Resource::html(toutiao_profile(account)))],
        Platform::Rss => account
            .posts
            .iter()
            .map(|p| (QXRMT, p.target.clone(), Resource::html(media_centre_article(account, p))))
            .collect(),
    }
}

// ---- WeChat ------------------------------------------------------------------

/// Every article of a WeChat account, and for 清溪发布 its history page and
/// its articles again at the long `/s?__biz=…` links the history gives.
fn wechat_pages(account: &Account) -> Vec<(&'static str, String, Resource)> {
    let mut out = Vec::new();
    for (i, post) in account.posts.iter().enumerate() {
        let html = if account.name == LAYOUT_2022 && i == 0 {
            wechat_article_2022(account, post)
        } else {
            wechat_article(account, post)
        };
        if account.name == HISTORY_ACCOUNT {
            out.push((WEIXIN, history_link(account, i).replace("&amp;", "&"), Resource::html(html.clone())));
        }
        out.push((WEIXIN, post.target.clone(), Resource::html(html)));
    }
    if account.name == HISTORY_ACCOUNT {
        out.push((WEIXIN, history_target(), Resource::html(wechat_history(account))));
    }
    out
}

/// `gh_…`, the account's original id, as the article scripts carry it.
fn gh_id(post: &Post) -> String {
    post.target.trim_start_matches("/s/").chars().take(12).collect::<String>().to_ascii_lowercase()
}

/// A WeChat article the way mp.weixin.qq.com served it before 2022,
/// reduced to what a reader (and a freshness check) sees: title, account,
/// time, the date also written into `#publish_time`.
fn wechat_article(account: &Account, post: &Post) -> String {
    let when = post.at.format("%Y-%m-%d %H:%M");
    format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\">\
<meta property=\"og:title\" content=\"{title}\"><meta property=\"og:type\" content=\"article\">\
<title>{title}</title></head><body id=\"activity-detail\" class=\"zh_CN\">\
<div id=\"js_article\" class=\"rich_media\"><div class=\"rich_media_inner\">\
<h1 class=\"rich_media_title\" id=\"activity-name\">{title}</h1>\
<div id=\"meta_content\" class=\"rich_media_meta_list\">\
<span class=\"rich_media_meta rich_media_meta_nickname\" id=\"profileBt\"><a href=\"javascript:void(0);\" id=\"js_name\">{name}</a></span>\
<em id=\"publish_time\" class=\"rich_media_meta rich_media_meta_text\">{when}</em></div>\
<div class=\"rich_media_content\" id=\"js_content\"><p>近日，{unit}围绕群众关心关注的问题，持续推进各项工作。</p>\
<p>来源：{name}</p></div></div></div>\
<script>var nickname = htmlDecode(\"{name}\");var ct = \"{ct}\";var user_name = \"gh_{gh}\";</script>\
</body></html>",
        title = esc(&post.title),
        name = account.name,
        unit = account.unit,
        ct = unix(post.at),
        gh = gh_id(post),
    )
}

/// The 2022 layout: `<title>` and `#publish_time` are empty in the HTML
/// (scripts fill them in), so the title is only in `og:title` and
/// `msg_title`, the time only in `var ct`.
fn wechat_article_2022(account: &Account, post: &Post) -> String {
    format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\">\
<meta property=\"og:title\" content=\"{title}\"><meta property=\"og:type\" content=\"article\">\
<meta property=\"og:site_name\" content=\"微信公众平台\"><title></title></head>\
<body id=\"activity-detail\" class=\"zh_CN wx_wap_page\"><div id=\"js_article\" class=\"rich_media\">\
<div class=\"rich_media_inner\"><h1 class=\"rich_media_title\" id=\"activity-name\"></h1>\
<div id=\"meta_content\" class=\"rich_media_meta_list\">\
<span class=\"rich_media_meta rich_media_meta_nickname\" id=\"profileBt\"><a href=\"javascript:void(0);\" class=\"wx_tap_link js_wx_tap_highlight weui-wa-hotarea\" id=\"js_name\">{name}</a></span>\
<em id=\"publish_time\" class=\"rich_media_meta rich_media_meta_text\"></em></div>\
<div class=\"rich_media_content js_underline_content\" id=\"js_content\"><p>近日，{unit}围绕群众关心关注的问题，持续推进各项工作。</p></div>\
</div></div><script type=\"text/javascript\" nonce=\"{nonce}\">\
var nickname = htmlDecode(\"{name}\");var user_name = \"gh_{gh}\";\
var msg_title = '{title}'.html(false);var ct = \"{ct}\";var svr_time = \"{ct}\" * 1;\
</script></body></html>",
        title = esc(&post.title),
        name = account.name,
        unit = account.unit,
        ct = unix(post.at),
        gh = gh_id(post),
        nonce = post.target.trim_start_matches("/s/").chars().take(9).collect::<String>(),
    )
}

/// Where 清溪发布's WeChat message history is served: a page listing its
/// articles, newest first, which a demo config can list as the account's
/// page in place of the latest article.
pub fn wechat_history_url() -> String {
    url(WEIXIN, &history_target())
}

fn history_target() -> String {
    format!("/mp/profile_ext?action=home&__biz={BIZ}")
}

/// `mid`, the id WeChat gives each mass message; it grows with time.
fn message_id(account: &Account, i: usize) -> u64 {
    2_650_000_040 + (account.posts.len() - i) as u64
}

/// The long link to post `i` as the history's `content_url` holds it, its
/// ampersands HTML-escaped the way WeChat stores them.
fn history_link(account: &Account, i: usize) -> String {
    let sn = hex(&mut Rng::named(&account.posts[i].target), 32);
    format!("/s?__biz={BIZ}&amp;mid={}&amp;idx=1&amp;sn={sn}", message_id(account, i))
}

/// The history page: the messages are a JSON list in a JavaScript string,
/// HTML-escaped (`&quot;`), which the page's script renders.
fn wechat_history(account: &Account) -> String {
    let list = account.posts.iter().enumerate().map(|(i, p)| history_entry(account, i, p)).collect();
    let msg_list = to_json(&MsgList { list });
    format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{name}</title></head>\
<body id=\"activity-detail\" class=\"zh_CN\"><div class=\"profile_info_area\"><div class=\"profile_info\">\
<strong class=\"profile_nickname\" id=\"nickname\">{name}</strong><p class=\"profile_desc\">{unit}官方公众号</p></div></div>\
<div id=\"js_history_list\" class=\"weui-panel\"></div>\n\
<script type=\"text/javascript\">\nvar __biz = \"{BIZ}\";\nvar nickname = \"{name}\" || \"\";\n\
var msgList = '{msg_list}';\nvar can_msg_continue = '0' * 1;\n</script></body></html>",
        name = account.name,
        unit = account.unit,
        msg_list = esc(&msg_list),
    )
}

// The JSON is written from structs so its keys come in the platforms' own
// order (serde_json's `Value` would sort them).

#[derive(Serialize)]
struct MsgList {
    list: Vec<Msg>,
}

#[derive(Serialize)]
struct Msg {
    comm_msg_info: CommMsgInfo,
    app_msg_ext_info: AppMsgExtInfo,
}

#[derive(Serialize)]
struct CommMsgInfo {
    id: u64,
    /// 49: an article message.
    #[serde(rename = "type")]
    kind: u32,
    datetime: i64,
    fakeid: &'static str,
    status: u32,
    content: &'static str,
}

#[derive(Serialize)]
struct AppMsgExtInfo {
    title: String,
    digest: String,
    content_url: String,
    is_multi: u8,
    multi_app_msg_item_list: Vec<AppMsgExtInfo>,
    author: &'static str,
}

fn history_entry(account: &Account, i: usize, post: &Post) -> Msg {
    Msg {
        comm_msg_info: CommMsgInfo {
            id: 100_000_040 + (account.posts.len() - i) as u64,
            kind: 49,
            datetime: unix(post.at),
            fakeid: FAKEID,
            status: 2,
            content: "",
        },
        app_msg_ext_info: AppMsgExtInfo {
            title: post.title.clone(),
            digest: format!("近日，{}围绕群众关心关注的问题，持续推进各项工作。", account.unit),
            content_url: url(WEIXIN, &history_link(account, i)),
            is_multi: 0,
            multi_app_msg_item_list: Vec::new(),
            author: account.name,
        },
    }
}

/// Our own structs always serialize; an empty string would show if not.
fn to_json(value: &impl Serialize) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

// ---- Weibo -------------------------------------------------------------------

/// The container API request m.weibo.cn's timeline makes for `uid`.
fn weibo_api_target(uid: &str) -> String {
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

// ---- Douyin and Toutiao ------------------------------------------------------

/// What Douyin answers a crawler's first request: an empty page whose
/// script sets the `__ac_nonce` cookie, signs it into `__ac_signature` and
/// reloads. A client without JavaScript never gets past it.
fn douyin_challenge(account: &Account) -> String {
    let mut rng = Rng::named(&account.id);
    let nonce = format!("0{}", hex(&mut rng, 20));
    let signature = format!("_02B4Z6wo00f01{}", token(&mut rng, 40));
    format!(
        "<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title></title></head><body></body>\
<script>(function(){{var __ac_nonce=\"{nonce}\";\
document.cookie=\"__ac_nonce=\"+__ac_nonce+\"; max-age=1800; path=/\";\
var __ac_signature=window.byted_acrawler&&window.byted_acrawler.sign?window.byted_acrawler.sign(\"\",__ac_nonce):\"{signature}\";\
document.cookie=\"__ac_signature=\"+__ac_signature+\"; max-age=1800; path=/\";\
window.location.reload();}})();</script></html>"
    )
}

/// A Toutiao profile as its server renders it: the posts' cards, dated
/// `11月24日` (no year) in `<span class="time">`.
fn toutiao_profile(account: &Account) -> String {
    let cards: String = account
        .posts
        .iter()
        .map(|p| {
            format!(
                "<div class=\"profile-article-card-wrapper\"><div class=\"feed-card-article-l\">\
<p class=\"feed-card-article-title\">{title}</p><div class=\"feed-card-footer\">\
<span class=\"feed-card-footer-cmp-author\">{name}</span><span class=\"time\">{date}</span></div></div></div>\n",
                title = esc(&p.title),
                name = account.name,
                date = p.at.format("%m月%d日"),
            )
        })
        .collect();
    format!(
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">\
<title>{name}的个人主页 - 今日头条(www.toutiao.com)</title></head>\
<body><div id=\"root\"><div class=\"profile-container\"><div class=\"user-info\">\
<div class=\"user-name\">{name}</div><p class=\"user-desc\">{unit}官方账号</p></div>\n\
<div class=\"profile-feed\">\n{cards}</div></div></div></body></html>",
        name = account.name,
        unit = account.unit,
    )
}

// ---- The feed and the media centre's site ------------------------------------

/// 清溪融媒's RSS 2.0 feed, newest first, dated in RFC 2822.
fn rss_feed(account: &Account) -> Resource {
    let rfc2822 = |at: NaiveDateTime| at.format("%a, %d %b %Y %H:%M:%S +0800").to_string();
    let items: String = account
        .posts
        .iter()
        .map(|p| {
            format!(
                "<item><title>{title}</title><link>{link}</link><guid isPermaLink=\"true\">{link}</guid>\
<pubDate>{date}</pubDate><description>{unit}：{title}</description></item>\n",
                title = esc(&p.title),
                link = esc(&p.link(account.platform)),
                date = rfc2822(p.at),
                unit = account.unit,
            )
        })
        .collect();
    let body = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">\n<channel>\n\
<title>{name}</title>\n<link>{home}</link>\n<description>{unit}新闻</description>\n<language>zh-cn</language>\n\
<lastBuildDate>{built}</lastBuildDate>\n{items}</channel>\n</rss>\n",
        name = account.name,
        home = url(QXRMT, "/"),
        unit = account.unit,
        built = rfc2822(account.posts[0].at),
    );
    Resource::new(200, "application/rss+xml; charset=utf-8", body)
}

fn media_centre_home() -> Resource {
    Resource::html(
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>清溪融媒</title></head>\
<body><h1>清溪融媒</h1><p>清溪县融媒体中心主办</p></body></html>",
    )
}

fn media_centre_article(account: &Account, post: &Post) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{title}_{name}</title></head>\
<body><h1>{title}</h1><p class=\"info\">发布时间：{when} 来源：{unit}</p>\
<div class=\"content\"><p>近日，我县围绕群众关心关注的问题，持续推进各项工作。</p></div></body></html>",
        title = esc(&post.title),
        name = account.name,
        unit = account.unit,
        when = post.at.format("%Y-%m-%d %H:%M"),
    )
}

// ---- The portal's pages ------------------------------------------------------

/// The portal's pages: the account list, the mirror of latest posts, the
/// feed and the QR codes of the accounts added since the static files.
pub(super) fn portal_pages(as_of: NaiveDate) -> Vec<(String, Resource)> {
    let accounts = accounts(as_of);
    let mut out = vec![
        ("/zwxmt/index.html".to_owned(), account_list(&accounts)),
        ("/zwxmt/dtjx/index.html".to_owned(), mirror_list(&accounts)),
    ];
    out.extend(accounts.iter().filter(|a| a.platform == Platform::Rss).map(|a| (a.url.clone(), rss_feed(a))));
    out.extend(
        accounts.iter().filter(|a| a.listing == Listing::OnSite).map(|a| (a.url.clone(), on_site_mirror(a))),
    );
    out.extend((STATIC_QR_CODES + 1..=accounts.len()).map(|n| (qr_code(n), assets::image("qr.png"))));
    out
}

/// The QR code of the account in row `n` of the list.
fn qr_code(n: usize) -> String {
    format!("/images/ewm/qr{n}.png")
}

fn crumbs(last: &str) -> Vec<(String, String)> {
    vec![
        ("首页".into(), "/".into()),
        ("政务新媒体".into(), "/zwxmt/index.html".into()),
        (last.into(), String::new()),
    ]
}

fn account_list(accounts: &[Account]) -> Resource {
    let mut rows = String::new();
    for (i, a) in accounts.iter().enumerate() {
        if a.listing == Listing::QrOnly {
            // Many lists have such rows: the name and the code, no link.
            rows.push_str(&format!(
                "<tr><td>{n}</td><td>{name}</td><td>{platform}</td><td>{unit}</td>\
<td><img src=\"{qr}\" alt=\"{name}{platform}二维码\" width=\"80\" height=\"80\"></td></tr>\n",
                n = i + 1,
                name = a.name,
                platform = a.platform.label(),
                unit = a.unit,
                qr = qr_code(i + 1),
            ));
            continue;
        }
        rows.push_str(&format!(
            "<tr><td>{n}</td><td><a href=\"{url}\" target=\"_blank\">{name}</a></td><td>{platform}</td><td>{unit}</td>\
<td><img src=\"{qr}\" alt=\"{name}{platform}二维码\" width=\"80\" height=\"80\"></td></tr>\n",
            n = i + 1,
            url = esc(&a.url),
            name = a.name,
            platform = a.platform.label(),
            unit = a.unit,
            qr = qr_code(i + 1),
        ));
    }
    let main = format!(
        "<h2 class=\"col-title\">政务新媒体</h2>\n<p>根据国办发〔2018〕123号文件要求，现将我县政务新媒体账号信息公布如下，欢迎关注。</p>\n\
<table class=\"zwxmt\"><thead><tr><th>序号</th><th>账号名称</th><th>平台</th><th>主办单位</th><th>二维码</th></tr></thead>\n\
<tbody>\n{rows}</tbody></table>\n<p><a href=\"./dtjx/index.html\">新媒体动态</a></p>"
    );
    page("政务新媒体", "政务新媒体", "其他", crumbs("政务新媒体"), main)
}

fn mirror_list(accounts: &[Account]) -> Resource {
    let mut posts: Vec<(&Account, &Post)> = accounts
        .iter()
        .filter(|a| a.listing == Listing::Link)
        .flat_map(|a| a.posts.iter().take(3).map(move |p| (a, p)))
        .collect();
    posts.sort_by_key(|(_, p)| std::cmp::Reverse(p.at));
    let items: String = posts
        .iter()
        .map(|(a, p)| {
            format!(
                "<li><a href=\"{url}\" target=\"_blank\" title=\"{title}\">[{name}] {title}</a><span>{date}</span></li>\n",
                url = esc(&p.link(a.platform)),
                title = esc(&p.title),
                name = a.name,
                date = p.at.format("%Y-%m-%d"),
            )
        })
        .collect();
    let main = format!("<h2 class=\"col-title\">新媒体动态</h2>\n<ul class=\"list\">\n{items}</ul>");
    page("新媒体动态", "新媒体动态", "工作动态", crumbs("新媒体动态"), main)
}

/// The portal's own page for an account the list links there: its posts,
/// each with its date, as the county's editors copy them over.
fn on_site_mirror(account: &Account) -> Resource {
    let items: String = account
        .posts
        .iter()
        .map(|p| {
            format!(
                "<li><span class=\"title\">{title}</span><span class=\"date\">{date}</span></li>\n",
                title = esc(&p.title),
                date = p.at.format("%Y-%m-%d"),
            )
        })
        .collect();
    let main = format!(
        "<h2 class=\"col-title\">{name}</h2>\n<p>{unit}{platform}账号“{name}”发布内容</p>\n<ul class=\"list\">\n{items}</ul>",
        name = account.name,
        unit = account.unit,
        platform = account.platform.label(),
    );
    page(account.name, account.name, "其他", crumbs(account.name), main)
}

fn page(
    title: &str,
    column: &str,
    column_type: &str,
    crumbs: Vec<(String, String)>,
    main: String,
) -> Resource {
    Page {
        title,
        charset: Charset::Meta,
        metas: vec![("ColumnName", column.to_owned()), ("ColumnType", column_type.to_owned())],
        crumbs,
        sep: " &gt; ",
        main,
    }
    .resource()
}
