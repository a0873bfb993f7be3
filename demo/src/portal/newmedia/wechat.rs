//! WeChat (mp.weixin.qq.com): the accounts' articles, one of them in the
//! 2022 layout that leaves `<title>` empty, and 清溪发布's message history
//! (`/mp/profile_ext?action=home`) with its HTML-escaped `msgList`.

use serde::Serialize;

use crate::portal::hosts::{WEIXIN, url};
use crate::portal::layout::esc;
use crate::portal::rng::Rng;
use crate::serve::Resource;

use super::{Account, Post, hex, to_json, unix};

/// The WeChat account whose latest article is in the 2022 layout.
const LAYOUT_2022: &str = "清溪宣传";

/// The WeChat account whose message history is served.
pub(super) const HISTORY_ACCOUNT: &str = "清溪发布";

/// 清溪发布's `__biz`: like WeChat's, the base64 of its numeric id.
const BIZ: &str = "MzA5NjQ2NzYwMA==";
const FAKEID: &str = "3096467600";

/// Every article of a WeChat account, and for 清溪发布 its history page and
/// its articles again at the long `/s?__biz=…` links the history gives.
pub(super) fn pages(account: &Account) -> Vec<(&'static str, String, Resource)> {
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
pub fn history_url() -> String {
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
