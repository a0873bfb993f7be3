//! Official accounts listed on a page: the portal's 政务新媒体 column
//! publishes a table (or a list) of the county's accounts, each a link to
//! the account on its platform with the account's name and, in the same
//! row, the unit that runs it. Read at parse time, like every other fact,
//! so the body can be dropped.

use scraper::{ElementRef, Html, Selector};
use url::Url;

use super::links::Resolver;
use crate::account::platform::Platform;
use crate::html::attr::Attr;

/// An account link found on a new-media page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundAccount {
    pub url: Url,
    pub name: String,
    pub unit: Option<String>,
    pub platform: Platform,
}

/// Words in a page's title or column name that make it a new-media page.
const NEW_MEDIA_PAGE: &[&str] = &["新媒体", "政务微信", "政务微博", "官方账号", "媒体矩阵"];

/// An account's name is short; a longer link text is a post's headline.
const MAX_NAME_CHARS: usize = 16;

/// Link texts that point at a post or a share button, not an account.
const NOT_NAMES: &[&str] =
    &["阅读原文", "原文链接", "查看原文", "分享", "分享到", "微博", "微信", "点击查看", "更多"];

/// Share buttons and QR-code services that live on platform hosts.
const SHARE_PATHS: &[&str] = &["/share", "share.php", "/qr/", "/connect"];

/// Platform words that lead an account's name in some lists
/// (`微信公众号：清溪发布`).
const NAME_PREFIXES: &[&str] = &[
    "微信公众号",
    "微信公众平台",
    "微信",
    "新浪微博",
    "微博",
    "抖音号",
    "抖音",
    "今日头条",
    "头条号",
    "快手号",
    "快手",
];

/// How a unit's name ends (县教育局, 县委宣传部, 融媒体中心, 人民政府 …).
const UNIT_ENDINGS: &[&str] = &[
    "局",
    "部",
    "中心",
    "委员会",
    "委",
    "政府",
    "办公室",
    "办",
    "院",
    "站",
    "所",
    "队",
    "会",
    "馆",
    "处",
    "厅",
    "署",
    "公司",
    "街道",
    "镇",
    "乡",
];

/// Accounts listed on the page, when it is a new-media page; none otherwise.
pub fn find(
    doc: &Html,
    resolver: &Resolver<'_>,
    title: Option<&str>,
    column: Option<&str>,
) -> Vec<FoundAccount> {
    let about_new_media = |s: Option<&str>| s.is_some_and(|s| NEW_MEDIA_PAGE.iter().any(|w| s.contains(w)));
    if !about_new_media(title) && !about_new_media(column) {
        return Vec::new();
    }
    let Ok(anchors) = Selector::parse("a[href]") else { return Vec::new() };
    let mut found: Vec<FoundAccount> = Vec::new();
    for a in doc.select(&anchors) {
        let Some(url) = a.value().attr_of("href").and_then(|h| resolver.resolve(h)) else { continue };
        let platform = match Platform::guess(&url) {
            Platform::Other => continue,
            p => p,
        };
        let path = url.path().to_ascii_lowercase();
        if SHARE_PATHS.iter().any(|s| path.contains(s)) {
            continue;
        }
        // A list of accounts is a table or a list; a link in running text
        // ("阅读原文", a source line) is a post, not an account.
        let Some(row) = row_of(a) else { continue };
        let name = account_name(a);
        if name.is_empty()
            || name.chars().count() > MAX_NAME_CHARS
            || NOT_NAMES.contains(&name.as_str())
            || found.iter().any(|f| f.url == url)
        {
            continue;
        }
        let unit = unit_in(row, &name);
        found.push(FoundAccount { url, name, unit, platform });
    }
    found
}

/// The account's name: the link's text without a leading platform word,
/// or, for a QR-code image link, the image's alt or title.
fn account_name(a: ElementRef<'_>) -> String {
    let mut name = text_of(a);
    if name.is_empty() {
        let img = Selector::parse("img").ok().and_then(|s| a.select(&s).next());
        name = img
            .and_then(|img| img.value().attr_of("alt").or(img.value().attr_of("title")))
            .or(a.value().attr_of("title"))
            .unwrap_or_default()
            .trim()
            .trim_end_matches("二维码")
            .to_owned();
    }
    for prefix in NAME_PREFIXES {
        if let Some(rest) = name.strip_prefix(prefix) {
            let rest = rest.trim_start_matches([':', '：', ' ', '　']);
            if !rest.is_empty() {
                return rest.to_owned();
            }
        }
    }
    name
}

/// The element's text run together (a name split over `<b>清溪</b>发布`
/// stays one word), whitespace collapsed.
fn text_of(el: ElementRef<'_>) -> String {
    super::collapse_whitespace(&el.text().collect::<String>())
}

/// The table row or list item the link sits in.
fn row_of(a: ElementRef<'_>) -> Option<ElementRef<'_>> {
    a.ancestors()
        .filter_map(ElementRef::wrap)
        .take(6)
        .find(|el| matches!(el.value().name(), "tr" | "li" | "dl"))
}

/// The cell of the row that names a unit, other than the account's name.
fn unit_in(row: ElementRef<'_>, name: &str) -> Option<String> {
    let cell = Selector::parse("td, th, dd, span").ok()?;
    row.select(&cell)
        .map(text_of)
        .filter(|t| t != name && t.chars().count() <= 30)
        .find(|t| UNIT_ENDINGS.iter().any(|end| t.ends_with(end)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::with_test_input;

    fn accounts(html: &str) -> Vec<(String, String, Option<String>, Platform)> {
        let doc = Html::parse_document(html);
        let title =
            doc.select(&Selector::parse("title").unwrap()).next().map(|t| t.text().collect::<String>());
        let url = "http://www.qingxi.gov.cn/zwxmt/index.html";
        let found = with_test_input(html, url, encoding_rs::UTF_8, |input| {
            find(&doc, &Resolver::new(&doc, input), title.as_deref(), None)
        });
        found.into_iter().map(|f| (f.url.to_string(), f.name, f.unit, f.platform)).collect()
    }

    #[test]
    fn reads_the_account_table_of_a_new_media_page() {
        let got = accounts(
            "<title>政务新媒体_清溪县人民政府</title><table>\
<tr><th>账号名称</th><th>平台</th><th>主办单位</th></tr>\
<tr><td><a href=\"https://mp.weixin.qq.com/s/abc\">清溪发布</a></td><td>微信公众号</td><td>中共清溪县委宣传部</td></tr>\
<tr><td><a href=\"https://weibo.com/u/7312845061\">清溪发布</a></td><td>新浪微博</td><td>中共清溪县委宣传部</td></tr>\
<tr><td><a href=\"/rss/qxrm.xml\">清溪融媒</a></td><td>RSS订阅</td><td>清溪县融媒体中心</td></tr>\
<tr><td><a href=\"https://mp.weixin.qq.com/s/long\">【关注】我县全力推进乡村振兴工作取得新成效</a></td><td></td><td></td></tr>\
<tr><td><a href=\"http://www.gov.cn/\">中国政府网</a></td></tr></table>",
        );
        let unit = Some("中共清溪县委宣传部".to_owned());
        assert_eq!(
            got,
            [
                ("https://mp.weixin.qq.com/s/abc".into(), "清溪发布".into(), unit.clone(), Platform::Wechat),
                ("https://weibo.com/u/7312845061".into(), "清溪发布".into(), unit, Platform::Weibo),
                (
                    "http://www.qingxi.gov.cn/rss/qxrm.xml".into(),
                    "清溪融媒".into(),
                    Some("清溪县融媒体中心".into()),
                    Platform::Feed
                ),
            ]
        );
    }

    #[test]
    fn names_come_from_qr_images_and_lose_platform_words_and_shares_are_skipped() {
        let got = accounts(
            "<title>政务新媒体</title><ul>\
<li><a href=\"https://mp.weixin.qq.com/s/qr\"><img src=\"/ewm.png\" alt=\"清溪发布二维码\"></a></li>\
<li><a href=\"https://weibo.com/u/1\">微博：清溪发布</a></li>\
<li><a href=\"https://service.weibo.com/share/share.php?url=x\">微博</a></li>\
<li><a href=\"https://mp.weixin.qq.com/s/abc\">阅读原文</a></li></ul>\
<p>来源：<a href=\"https://mp.weixin.qq.com/s/source\">清溪发布</a></p>",
        );
        let names: Vec<(&str, Platform)> = got.iter().map(|(_, n, _, p)| (n.as_str(), *p)).collect();
        assert_eq!(names, [("清溪发布", Platform::Wechat), ("清溪发布", Platform::Weibo)]);
    }

    #[test]
    fn other_pages_list_no_accounts() {
        let got = accounts("<title>工作动态</title><a href=\"https://mp.weixin.qq.com/s/abc\">清溪发布</a>");
        assert!(got.is_empty());
    }
}
