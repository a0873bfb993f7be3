//! 政务新媒体: the county's official accounts on WeChat, Weibo, Douyin and
//! Toutiao, the portal's account list (/zwxmt/) and its mirror of their
//! latest posts, and the account pages themselves on the platform hosts.
//!
//! Freshness is planted the way inspectors find it: most accounts post
//! every day or two, one has been silent about 20 days (past the 2-week
//! veto line) and one about four months (a "zombie" account to close).

use chrono::{Days, NaiveDate, NaiveDateTime, NaiveTime};

use crate::serve::Resource;

use super::hosts::{DOUYIN, TOUTIAO, WEIBO, WEIXIN, url};
use super::layout::{Charset, Page, esc};
use super::names::TOPICS;
use super::rng::Rng;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Platform {
    Wechat,
    Weibo,
    Douyin,
    Toutiao,
}

impl Platform {
    fn label(self) -> &'static str {
        match self {
            Platform::Wechat => "微信公众号",
            Platform::Weibo => "新浪微博",
            Platform::Douyin => "抖音",
            Platform::Toutiao => "今日头条",
        }
    }
}

pub(super) struct Account {
    pub name: &'static str,
    pub platform: Platform,
    pub unit: &'static str,
    /// The page the portal links to: the profile, or on WeChat the latest post.
    pub url: String,
    /// Newest first.
    pub posts: Vec<Post>,
}

pub(super) struct Post {
    pub title: String,
    pub at: NaiveDateTime,
    /// Path on the platform host.
    pub target: String,
}

/// (name, platform, unit, age of the newest post in days).
const ACCOUNTS: &[(&str, Platform, &str, u64)] = &[
    ("清溪发布", Platform::Wechat, "中共清溪县委宣传部", 1),
    ("清溪发布", Platform::Weibo, "中共清溪县委宣传部", 1),
    ("清溪融媒", Platform::Douyin, "清溪县融媒体中心", 2),
    ("清溪发布", Platform::Toutiao, "中共清溪县委宣传部", 3),
    // Silent about 20 days: past the two-week line.
    ("清溪县应急管理", Platform::Wechat, "清溪县应急管理局", 20),
    // Silent about four months: a zombie account.
    ("清溪教育", Platform::Wechat, "清溪县教育局", 125),
];

pub(super) fn accounts(as_of: NaiveDate) -> Vec<Account> {
    ACCOUNTS.iter().map(|&(name, platform, unit, age)| account(as_of, name, platform, unit, age)).collect()
}

fn account(
    as_of: NaiveDate,
    name: &'static str,
    platform: Platform,
    unit: &'static str,
    age: u64,
) -> Account {
    let mut rng = Rng::named(&format!("{name}{platform:?}"));
    let mut day = as_of - Days::new(age);
    let mut posts = Vec::new();
    for _ in 0..6 {
        let minutes = rng.range(7 * 60, 21 * 60) as u32;
        let at = day.and_time(NaiveTime::from_hms_opt(minutes / 60, minutes % 60, 0).unwrap_or_default());
        let target = match platform {
            Platform::Wechat => format!("/s/{}", token(&mut rng, 22)),
            _ => String::new(),
        };
        posts.push(Post { title: post_title(&mut rng), at, target });
        day = day - Days::new(rng.range(1, 3) as u64);
    }
    let profile = match platform {
        Platform::Wechat => posts[0].target.clone(),
        Platform::Weibo => format!("/u/{}", 7_312_845_061u64 + rng.below(1000) as u64),
        Platform::Douyin => format!("/user/MS4wLjABAAAA{}", token(&mut rng, 43)),
        Platform::Toutiao => format!("/c/user/token/MS4wLjABAAAA{}/", token(&mut rng, 43)),
    };
    let host = host_of(platform);
    if platform != Platform::Wechat {
        // Posts are read on the profile page itself.
        for p in &mut posts {
            p.target = profile.clone();
        }
    }
    Account { name, platform, unit, url: url(host, &profile), posts }
}

fn host_of(platform: Platform) -> &'static str {
    match platform {
        Platform::Wechat => WEIXIN,
        Platform::Weibo => WEIBO,
        Platform::Douyin => DOUYIN,
        Platform::Toutiao => TOUTIAO,
    }
}

/// Random URL-safe characters, like platform ids.
fn token(rng: &mut Rng, len: usize) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    (0..len).map(|_| char::from(ALPHABET[rng.below(ALPHABET.len())])).collect()
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

/// The account pages on the platform hosts: (host, target, resource).
pub(super) fn foreign_pages(as_of: NaiveDate) -> Vec<(&'static str, String, Resource)> {
    let mut out = Vec::new();
    for account in accounts(as_of) {
        let host = host_of(account.platform);
        match account.platform {
            Platform::Wechat => {
                for post in &account.posts {
                    out.push((host, post.target.clone(), Resource::html(wechat_article(&account, post))));
                }
            }
            _ => {
                let target = account.posts[0].target.clone();
                out.push((host, target, Resource::html(profile_page(&account))));
            }
        }
    }
    out
}

/// A WeChat article the way mp.weixin.qq.com serves it, reduced to what
/// a reader (and a freshness check) sees: title, account, time.
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
        gh = &post.target[3..15].to_ascii_lowercase(),
    )
}

/// A Weibo, Douyin or Toutiao profile with its recent posts.
fn profile_page(account: &Account) -> String {
    let items: String = account
        .posts
        .iter()
        .map(|p| {
            format!(
                "<div class=\"card\" data-time=\"{ms}\"><div class=\"txt\">{title}</div>\
<div class=\"from\"><span class=\"time\" title=\"{full}\">{full}</span> 来自 {platform}</div></div>\n",
                ms = unix(p.at) * 1000,
                title = esc(&p.title),
                full = p.at.format("%Y-%m-%d %H:%M"),
                platform = account.platform.label(),
            )
        })
        .collect();
    format!(
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{name}的{platform}</title></head>\
<body><div class=\"profile\"><h1 class=\"name\">{name}</h1><p class=\"verified\">{unit}官方账号</p></div>\n\
<div class=\"feed\">\n{items}</div></body></html>",
        name = account.name,
        unit = account.unit,
        platform = account.platform.label(),
    )
}

/// The portal's pages: the account list and the mirror of latest posts.
pub(super) fn portal_pages(as_of: NaiveDate) -> Vec<(String, Resource)> {
    let accounts = accounts(as_of);
    vec![
        ("/zwxmt/index.html".to_owned(), account_list(&accounts)),
        ("/zwxmt/dtjx/index.html".to_owned(), mirror_list(&accounts)),
    ]
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
        rows.push_str(&format!(
            "<tr><td>{n}</td><td><a href=\"{url}\" target=\"_blank\">{name}</a></td><td>{platform}</td><td>{unit}</td>\
<td><img src=\"/images/ewm/qr{n}.png\" alt=\"{name}{platform}二维码\" width=\"80\" height=\"80\"></td></tr>\n",
            n = i + 1,
            url = esc(&a.url),
            name = a.name,
            platform = a.platform.label(),
            unit = a.unit,
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
    let mut posts: Vec<(&Account, &Post)> =
        accounts.iter().flat_map(|a| a.posts.iter().take(3).map(move |p| (a, p))).collect();
    posts.sort_by_key(|(_, p)| std::cmp::Reverse(p.at));
    let items: String = posts
        .iter()
        .map(|(a, p)| {
            format!(
                "<li><a href=\"{url}\" target=\"_blank\" title=\"{title}\">[{name}] {title}</a><span>{date}</span></li>\n",
                url = esc(&url(host_of(a.platform), &p.target)),
                title = esc(&p.title),
                name = a.name,
                date = p.at.format("%Y-%m-%d"),
            )
        })
        .collect();
    let main = format!("<h2 class=\"col-title\">新媒体动态</h2>\n<ul class=\"list\">\n{items}</ul>");
    page("新媒体动态", "新媒体动态", "工作动态", crumbs("新媒体动态"), main)
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
