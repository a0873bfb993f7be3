//! The platforms official accounts live on, told apart by host, and where
//! each keeps the posts a reader can date.

use url::Url;

use crate::Lang;

/// A new-media platform (政务新媒体平台).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Platform {
    Wechat,
    Weibo,
    Douyin,
    Toutiao,
    Kuaishou,
    /// An RSS or Atom feed.
    Feed,
    /// Anything else (a portal's own mirror page, a city media app).
    Other,
}

/// Hosts of each platform; subdomains count too.
const HOSTS: &[(&str, Platform)] = &[
    ("mp.weixin.qq.com", Platform::Wechat),
    ("weixin.qq.com", Platform::Wechat),
    ("weibo.com", Platform::Weibo),
    ("weibo.cn", Platform::Weibo),
    ("douyin.com", Platform::Douyin),
    ("iesdouyin.com", Platform::Douyin),
    ("toutiao.com", Platform::Toutiao),
    ("kuaishou.com", Platform::Kuaishou),
];

impl Platform {
    pub const ALL: [Platform; 7] = [
        Platform::Wechat,
        Platform::Weibo,
        Platform::Douyin,
        Platform::Toutiao,
        Platform::Kuaishou,
        Platform::Feed,
        Platform::Other,
    ];

    /// The platform a URL belongs to by its host; a feed or anything else
    /// is [`Platform::Other`] here (the config or the reader says more).
    pub fn of_url(url: &Url) -> Platform {
        let host = url.host_str().unwrap_or_default().to_ascii_lowercase();
        HOSTS
            .iter()
            .find(|(h, _)| host == *h || host.strip_suffix(h).is_some_and(|rest| rest.ends_with('.')))
            .map_or(Platform::Other, |(_, p)| *p)
    }

    /// The platform by host, or [`Platform::Feed`] for an address that
    /// looks like a feed (`.xml`, `.rss`, `.atom`, `/rss`, `/feed`).
    pub fn guess(url: &Url) -> Platform {
        match Platform::of_url(url) {
            Platform::Other if looks_like_feed(url) => Platform::Feed,
            p => p,
        }
    }

    /// Whether `url` is on a platform's servers, which get a low request
    /// rate of their own.
    pub fn is_platform_host(url: &Url) -> bool {
        !matches!(Platform::of_url(url), Platform::Other | Platform::Feed)
    }

    /// The identifier in config files and `report.json`.
    pub fn as_str(self) -> &'static str {
        match self {
            Platform::Wechat => "wechat",
            Platform::Weibo => "weibo",
            Platform::Douyin => "douyin",
            Platform::Toutiao => "toutiao",
            Platform::Kuaishou => "kuaishou",
            Platform::Feed => "feed",
            Platform::Other => "other",
        }
    }

    pub fn parse(name: &str) -> Option<Platform> {
        Platform::ALL.into_iter().find(|p| p.as_str() == name.trim().to_ascii_lowercase())
    }

    pub fn label(self, lang: Lang) -> String {
        match self {
            Platform::Wechat => lang.word("platform-wechat"),
            Platform::Weibo => lang.word("platform-weibo"),
            Platform::Douyin => lang.word("platform-douyin"),
            Platform::Toutiao => lang.word("platform-toutiao"),
            Platform::Kuaishou => lang.word("platform-kuaishou"),
            Platform::Feed => lang.word("platform-feed"),
            Platform::Other => lang.word("platform-other"),
        }
    }

    /// The URL whose answer holds the account's dated posts, when it is not
    /// the listed page itself. A Weibo profile (`weibo.com/u/123`) is drawn
    /// by scripts and shows a crawler a login wall; the mobile site's
    /// container API lists the same posts as JSON.
    pub fn reading_url(self, listed: &Url) -> Option<Url> {
        if self != Platform::Weibo {
            return None;
        }
        if listed.path().starts_with("/api/") {
            return None;
        }
        let mut segments = listed.path_segments()?.filter(|s| !s.is_empty());
        let uid = match (segments.next(), segments.next()) {
            (Some("u" | "profile"), Some(uid)) => uid,
            (Some(uid), None) => uid,
            _ => return None,
        };
        if uid.is_empty() || !uid.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        Url::parse(&format!(
            "https://m.weibo.cn/api/container/getIndex?type=uid&value={uid}&containerid=107603{uid}"
        ))
        .ok()
        .map(|mut url| {
            // Keep the listed scheme, so a local demo or test server works.
            let _ = url.set_scheme(listed.scheme());
            url
        })
    }
}

/// A feed's address: a path ending `.xml`, `.rss` or `.atom`, or a path
/// segment `rss` or `feed` (`/rss/`, `/feed`), not `/feedback/` nor an
/// HTML page about RSS (`/rss.html`).
fn looks_like_feed(url: &Url) -> bool {
    let path = url.path().to_ascii_lowercase();
    [".xml", ".rss", ".atom"].iter().any(|ext| path.ends_with(ext))
        || path.split('/').any(|segment| matches!(segment, "rss" | "feed" | "atom"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    #[test]
    fn platforms_by_host() {
        for (u, p) in [
            ("https://mp.weixin.qq.com/s/abc", Platform::Wechat),
            ("https://weibo.com/u/123", Platform::Weibo),
            ("https://m.weibo.cn/u/123", Platform::Weibo),
            ("https://www.douyin.com/user/x", Platform::Douyin),
            ("https://www.toutiao.com/c/user/token/x/", Platform::Toutiao),
            ("https://notweibo.com/u/1", Platform::Other),
            ("http://www.qingxi.gov.cn/rss.xml", Platform::Other),
        ] {
            assert_eq!(Platform::of_url(&url(u)), p, "{u}");
        }
        for (u, p) in [
            ("http://www.qingxi.gov.cn/rss.xml", Platform::Feed),
            ("http://www.qingxi.gov.cn/rss/", Platform::Feed),
            ("http://www.qingxi.gov.cn/feedback/", Platform::Other),
            ("http://www.qingxi.gov.cn/rss.html", Platform::Other),
        ] {
            assert_eq!(Platform::guess(&url(u)), p, "{u}");
        }
    }

    #[test]
    fn weibo_profiles_are_read_through_the_container_api() {
        let api = Platform::Weibo.reading_url(&url("https://weibo.com/u/7312845061")).unwrap();
        assert_eq!(
            api.as_str(),
            "https://m.weibo.cn/api/container/getIndex?type=uid&value=7312845061&containerid=1076037312845061"
        );
        assert_eq!(
            Platform::Weibo.reading_url(&url("http://m.weibo.cn/profile/42")).unwrap().scheme(),
            "http"
        );
        assert!(Platform::Weibo.reading_url(&url("https://weibo.com/qingxifabu")).is_none());
        assert!(Platform::Wechat.reading_url(&url("https://mp.weixin.qq.com/s/x")).is_none());
    }
}
