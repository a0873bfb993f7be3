//! What a page that shows no posts is instead: a deleted or closed
//! account's notice, a login wall or an anti-bot challenge.
//!
//! Readers look here only after finding no posts, so a post that quotes
//! "验证码" or "用户不存在" is never mistaken for a wall. Wording is looked
//! for in the text a visitor sees (a page's scripts carry the templates of
//! every message the platform could show); markers, such as the passport
//! URL of a login redirect or the cookie name of a challenge, anywhere in
//! the body.
//!
//! A login or challenge marker decides only on a page that shows no
//! readable content of its own ([`READABLE_CHARS`]): real post pages load
//! captcha libraries for their comment boxes and carry sign-in URLs in
//! their settings, and such a page is a page the reader did not know, not
//! a wall. Deleted-content wording decides whatever the page's size, since
//! those notices come inside the platform's full page frame.
//!
//! The order matters where pages overlap: Weibo's visitor page sets cookies
//! and reloads like a WAF challenge, but what it wants is a login; WeChat's
//! "环境异常" page offers a verification, but only inside the WeChat client.

use ego_tree::iter::Edge;
use scraper::Html;
use scraper::node::Node;

use super::ReadState;
use super::text::collapse;
use crate::facts::html::challenge;

/// Wording of content or accounts that are gone for good.
const EXPIRED: &[&str] = &[
    "该内容已被发布者删除",
    "此内容因违规无法查看",
    "此内容被投诉且经审核涉嫌侵权",
    "此内容因涉嫌违反相关法律法规",
    "链接已过期",
    "该公众号已迁移",
    "该帐号已注销",
    "该账号已注销",
    "此帐号已被屏蔽",
    "此账号已被屏蔽",
    "该帐号已被封禁",
    "该账号已被封禁",
    "该账号因被投诉",
    "用户不存在",
    "该内容已被删除",
    "该文章已被删除",
    "该微博已被删除",
    "内容已被删除",
];

/// Where login walls send the crawler.
const LOGIN_MARKERS: &[&str] = &[
    "passport.weibo.com/visitor",
    "passport.weibo.cn/signin",
    "passport.weibo.com/signin",
    "login.sina.com.cn/sso",
    "sso.toutiao.com",
    "sso.douyin.com",
];

/// What login walls say.
const LOGIN_WORDING: &[&str] = &[
    "请在微信客户端打开链接",
    "环境异常",
    "sina visitor system",
    "登录后查看更多",
    "登录后即可查看",
    "登录后即可观看",
    "请登录后查看",
    "请先登录",
];

/// ByteDance's (Toutiao, Douyin) challenge cookies and the common captcha
/// widgets, which announce themselves in markup rather than in text.
const CHALLENGE_MARKERS: &[&str] = &[
    "__ac_nonce",
    "__ac_signature",
    "captcha_container",
    "verify.snssdk.com",
    "verifycenter",
    "geetest",
    "nc_1_n1z",
];

/// What challenge pages say.
const CHALLENGE_WORDING: &[&str] =
    &["验证码", "captcha", "滑块", "拖动滑块", "slider", "安全验证", "人机验证", "访问过于频繁", "操作频繁"];

/// Visible text, web addresses left out, from which a page has content of
/// its own: more than any wall or challenge page shows (they say one or two
/// sentences), less than any post.
pub const READABLE_CHARS: usize = 200;

/// What `body` is, given that it showed no posts; `Unrecognized` when it is
/// none of the known walls.
pub fn screen(body: &str) -> ReadState {
    screen_parsed(body, &Html::parse_document(body))
}

/// [`screen`] for a body the reader has already parsed.
pub fn screen_parsed(body: &str, doc: &Html) -> ReadState {
    let text = visible_text(doc).to_lowercase();
    let says = |list: &[&str]| list.iter().any(|w| text.contains(w));
    let lower_body = body.to_ascii_lowercase();
    let marked = |list: &[&str]| list.iter().any(|m| lower_body.contains(m));
    let walled = own_content(&text) < READABLE_CHARS;
    if says(EXPIRED) {
        ReadState::Expired
    } else if walled && (marked(LOGIN_MARKERS) || says(LOGIN_WORDING)) {
        ReadState::LoginWall
    } else if walled
        && (marked(CHALLENGE_MARKERS) || challenge::detect(200, body).is_some() || says(CHALLENGE_WORDING))
    {
        ReadState::Challenge
    } else {
        ReadState::Unrecognized
    }
}

/// The length in characters of `text` without its web addresses: a JSON
/// answer's sign-in URL is not content.
fn own_content(text: &str) -> usize {
    text.split_whitespace()
        .flat_map(|w| w.split(['"', '\'', ',']))
        .filter(|w| !w.contains("://"))
        .map(|w| w.chars().count())
        .sum()
}

/// The text outside scripts and styles, the title included. A JSON body has
/// no tags: all of it is text.
fn visible_text(doc: &Html) -> String {
    let mut out = String::new();
    // One walk with a depth count: linear however deep the nesting.
    let mut hidden = 0usize;
    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(e) if is_hidden(e.name()) => hidden += 1,
                Node::Text(t) if hidden == 0 => {
                    out.push_str(t);
                    out.push(' ');
                }
                _ => {}
            },
            Edge::Close(node) => {
                if matches!(node.value(), Node::Element(e) if is_hidden(e.name())) {
                    hidden = hidden.saturating_sub(1);
                }
            }
        }
    }
    collapse(&out)
}

fn is_hidden(name: &str) -> bool {
    matches!(name, "script" | "style" | "noscript" | "template")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_walls_apart() {
        let deleted = r#"<html><head><title></title></head><body><div class="weui-msg"><p class="weui-msg__title warn">该内容已被发布者删除</p></div></body></html>"#;
        assert_eq!(screen(deleted), ReadState::Expired);
        let visitor = "<html><head><title>Sina Visitor System</title></head><body><script>document.cookie='tid=1';location.replace('https://passport.weibo.com/visitor/visitor?a=restore')</script></body></html>";
        assert_eq!(screen(visitor), ReadState::LoginWall);
        let ac = "<html><head></head><body></body><script>var __ac_nonce='0a1b2c';</script></html>";
        assert_eq!(screen(ac), ReadState::Challenge);
        assert_eq!(
            screen(r#"{"ok":-100,"url":"https://passport.weibo.cn/signin/welcome?entry=mweibo"}"#),
            ReadState::LoginWall
        );
        assert_eq!(screen("<p>请输入验证码</p>"), ReadState::Challenge);
    }

    #[test]
    fn markers_decide_only_on_pages_without_content_of_their_own() {
        let story = "县政府召开常务会议，研究部署近期重点工作，要求各部门狠抓落实。".repeat(8);
        let post = format!(
            "<html><body><article><h1>清溪县召开常务会议</h1><p>{story}</p></article>\
<div id=\"comment\"><script src=\"https://static.geetest.com/static/js/gt.0.4.9.js\"></script><p>请输入验证码</p></div></body></html>"
        );
        assert_eq!(screen(&post), ReadState::Unrecognized);
        let settings = format!(
            r#"{{"ok":1,"data":{{"intro":"{story}","login_url":"https://passport.weibo.cn/signin/welcome"}}}}"#
        );
        assert_eq!(screen(&settings), ReadState::Unrecognized);
        // The same markers on a bare page still decide.
        assert_eq!(
            screen("<html><body><script src=\"https://static.geetest.com/gt.js\"></script></body></html>"),
            ReadState::Challenge
        );
        assert_eq!(screen("<p>请先登录</p>"), ReadState::LoginWall);
    }

    #[test]
    fn script_templates_are_not_wording() {
        let page = "<html><body><p>改版后的页面</p><script>var tips={del:'该内容已被发布者删除'};</script></body></html>";
        assert_eq!(screen(page), ReadState::Unrecognized);
        assert_eq!(screen(""), ReadState::Unrecognized);
    }
}
