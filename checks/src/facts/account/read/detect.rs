//! Which reader a page needs, from its URL and its body, so a roster of
//! accounts can list bare links and leave the format out.
//!
//! The URL decides first, because the platforms' walls look alike (a
//! WeChat wall is the same page for an article and a history link) and the
//! wall must be read by the platform's reader to be named. The body decides
//! for links that could be anything: a feed on a portal, a saved WeChat
//! history or article, a Toutiao article copied to a portal, a Weibo answer
//! or post page served from a mirror or saved from another host.
//!
//! Body markers are the platforms' own script variables and element ids,
//! never wording: a county's page that quotes "微信公众号" or links a
//! toutiao.com article is not a platform page.

use serde_json::Value;
use url::Url;

use super::Format;

/// Guesses the format from the URL and the body: mp.weixin.qq.com/s… →
/// WechatArticle, a page with `msgList` → WechatHistory, RSS/Atom (`<rss`,
/// `<feed`) → Feed, m.weibo.cn/api/container/getIndex JSON (or any JSON with
/// data.cards[].mblog) → WeiboJson, toutiao.com → Toutiao; None otherwise
/// (the caller then needs a Generic rule).
pub fn detect(url: &Url, body: &str) -> Option<Format> {
    by_url(url).or_else(|| by_body(body))
}

fn by_url(url: &Url) -> Option<Format> {
    let host = url.host_str()?.to_ascii_lowercase();
    let path = url.path();
    let on = |domain: &str| host == domain || host.ends_with(&format!(".{domain}"));
    if host == "mp.weixin.qq.com" {
        if path == "/s" || path.starts_with("/s/") {
            return Some(Format::WechatArticle);
        }
        if path.starts_with("/mp/profile_ext") || path.starts_with("/mp/getmasssendmsg") {
            return Some(Format::WechatHistory);
        }
        // Other WeChat pages (albums, homepages) are told by their bodies.
        return None;
    }
    // m.weibo.cn's API, and the passport pages a Weibo request is sent to.
    if on("weibo.cn") || on("weibo.com") {
        return Some(Format::WeiboJson);
    }
    if on("toutiao.com") {
        return Some(Format::Toutiao);
    }
    None
}

fn by_body(body: &str) -> Option<Format> {
    let assigns_msg_list =
        body.match_indices("msgList").any(|(at, name)| body[at + name.len()..].trim_start().starts_with('='));
    if assigns_msg_list || body.contains("\"general_msg_list\"") {
        return Some(Format::WechatHistory);
    }
    if matches!(root_element(body).as_deref(), Some("rss" | "feed" | "rdf:rdf")) {
        return Some(Format::Feed);
    }
    let trimmed = body.trim_start();
    if trimmed.starts_with('{')
        && let Ok(v) = serde_json::from_str::<Value>(trimmed)
    {
        return is_weibo_answer(&v).then_some(Format::WeiboJson);
    }
    if is_wechat_article(body) {
        return Some(Format::WechatArticle);
    }
    if is_toutiao_page(body) {
        return Some(Format::Toutiao);
    }
    if body.contains("$render_data") && body.contains("\"status\"")
        || body.contains("feed_list_item_date")
        || body.contains("head-info_time")
    {
        return Some(Format::WeiboJson);
    }
    None
}

/// A Weibo API answer: a timeline (`data.cards[].mblog`), one post
/// (`data` with `created_at` and `mblogid` or `user.screen_name`), or
/// weibo.com's post at the top level.
fn is_weibo_answer(v: &Value) -> bool {
    let post = |p: &Value| {
        p.get("created_at").is_some()
            && (p.get("mblogid").is_some() || p.pointer("/user/screen_name").is_some())
    };
    v.pointer("/data/cards")
        .and_then(Value::as_array)
        .is_some_and(|cards| cards.iter().any(|c| c.get("mblog").is_some()))
        || v.get("data").is_some_and(post)
        || post(v)
        || v.pointer("/data/userInfo/screen_name").is_some()
}

/// A WeChat article, saved or mirrored: its time variable next to the
/// account's, or its `publish_time` element inside the `rich_media` frame.
fn is_wechat_article(body: &str) -> bool {
    let assigns = |name: &str| {
        body.match_indices(name).any(|(at, n)| {
            let before = body[..at].chars().next_back();
            !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
                && body[at + n.len()..].trim_start().starts_with(['=', ':'])
        })
    };
    let has_time = assigns("var ct") || assigns("ct") && body.contains("var nickname");
    let frame = body.contains("rich_media") || body.contains("js_name") || body.contains("msg_title");
    (has_time || body.contains("id=\"publish_time\"")) && frame
}

/// A Toutiao page: its `BASE_DATA` article script, or its server-rendered
/// data blocks.
fn is_toutiao_page(body: &str) -> bool {
    (body.contains("BASE_DATA") && body.contains("articleInfo"))
        || body.contains("_SSR_HYDRATED_DATA")
        || (body.contains("id=\"RENDER_DATA\"") && body.contains("toutiao"))
}

/// The name of the first element, lower case, after the XML declaration,
/// comments, processing instructions and a doctype.
fn root_element(body: &str) -> Option<String> {
    let mut rest = body.trim_start_matches('\u{feff}').trim_start();
    loop {
        if let Some(after) = rest.strip_prefix("<?") {
            rest = after.split_once("?>")?.1.trim_start();
        } else if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.split_once("-->")?.1.trim_start();
        } else if let Some(after) = rest.strip_prefix("<!") {
            rest = after.split_once('>')?.1.trim_start();
        } else {
            break;
        }
    }
    let name: String = rest
        .strip_prefix('<')?
        .chars()
        .take_while(|c| c.is_alphanumeric() || matches!(c, ':' | '-' | '_'))
        .take(32)
        .collect();
    (!name.is_empty()).then(|| name.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn guess(url: &str, body: &str) -> Option<Format> {
        detect(&Url::parse(url).unwrap(), body)
    }

    #[test]
    fn urls_first() {
        assert_eq!(guess("https://mp.weixin.qq.com/s/AbCd", ""), Some(Format::WechatArticle));
        assert_eq!(guess("https://mp.weixin.qq.com/s?__biz=MzA=&mid=1", ""), Some(Format::WechatArticle));
        assert_eq!(
            guess("https://mp.weixin.qq.com/mp/profile_ext?action=home&__biz=MzA=", ""),
            Some(Format::WechatHistory)
        );
        assert_eq!(
            guess("https://m.weibo.cn/api/container/getIndex?containerid=1076031234", "{}"),
            Some(Format::WeiboJson)
        );
        assert_eq!(
            guess("https://passport.weibo.com/visitor/visitor?entry=miniblog", ""),
            Some(Format::WeiboJson)
        );
        assert_eq!(guess("https://www.toutiao.com/c/user/token/MS4wLjABAAAA/", ""), Some(Format::Toutiao));
        assert_eq!(guess("https://notweibo.com/a", ""), None);
        assert_eq!(
            guess("https://mp.weixin.qq.com/mp/homepage?__biz=MzA=", "var msgList = '{}';"),
            Some(Format::WechatHistory)
        );
    }

    #[test]
    fn then_bodies() {
        let rss = "\u{feff}<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- generated -->\n<rss version=\"2.0\"><channel/></rss>";
        assert_eq!(guess("http://www.qingxi.gov.cn/rss.xml", rss), Some(Format::Feed));
        assert_eq!(
            guess("http://h/atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>"),
            Some(Format::Feed)
        );
        assert_eq!(guess("http://h/rdf", "<rdf:RDF><channel/></rdf:RDF>"), Some(Format::Feed));
        assert_eq!(guess("http://h/a.html", "<html><body>关于 <rss 的说明</body></html>"), None);
        assert_eq!(
            guess("http://h/saved.json", r#"{"ok":1,"data":{"cards":[{"card_type":9,"mblog":{}}]}}"#),
            Some(Format::WeiboJson)
        );
        assert_eq!(
            guess("http://h/saved.html", "<script>var msgList = '{}';</script>"),
            Some(Format::WechatHistory)
        );
        assert_eq!(guess("http://h/", ""), None);
        assert_eq!(guess("http://h/", "<?xml"), None);
    }

    #[test]
    fn platform_pages_served_elsewhere_are_told_by_their_markers() {
        let wechat = r#"<div class="rich_media_content"><em id="publish_time"></em></div><script>var nickname = "清溪发布"; var ct = "1700000000";</script>"#;
        assert_eq!(guess("http://www.qingxi.gov.cn/zwxmt/wx/1.html", wechat), Some(Format::WechatArticle));
        let toutiao = "<script>var BASE_DATA = { articleInfo: { title: '会议', subInfo: { time: '2019-09-04 22:18:34' } } };</script>";
        assert_eq!(guess("http://www.qingxi.gov.cn/tt/1.html", toutiao), Some(Format::Toutiao));
        let status = r#"{"ok":1,"data":{"created_at":"06-14","mblogid":"Ocx","text":"t"}}"#;
        assert_eq!(guess("http://mirror/show.json", status), Some(Format::WeiboJson));
        let render = r#"<script>var $render_data = [{"status": {"created_at": "06-14"}}][0] || {};</script>"#;
        assert_eq!(guess("http://mirror/status/1", render), Some(Format::WeiboJson));
        let profile = r#"{"ok":1,"data":{"userInfo":{"id":5612345678,"screen_name":"清溪发布"}}}"#;
        assert_eq!(guess("http://mirror/p.json", profile), Some(Format::WeiboJson));
        // Wording and links are not markers.
        let portal = r#"<p>关注“清溪发布”微信公众号，<a href="https://www.toutiao.com/a1/">今日头条</a>，var ct 说明</p>"#;
        assert_eq!(guess("http://www.qingxi.gov.cn/zwxmt/", portal), None);
        assert_eq!(guess("http://h/x.json", r#"{"ok":1,"data":{"list":[]}}"#), None);
    }
}
