//! Official accounts listed on a page: the portal's 政务新媒体 column
//! publishes a table (or a list) of the county's accounts, each a link to
//! the account on its platform with the account's name and, in the same
//! row, the unit that runs it. Read at parse time, like every other fact,
//! so the body can be dropped.
//!
//! Real lists are looser than that. A row that names its platform (a
//! 平台 cell saying 微信公众号, or `抖音：清溪融媒`) lists an account even
//! when its link stays on the portal (an on-site page mirroring the
//! account's posts), so the platform comes from the row when the host does
//! not tell it. And many rows show only the account's QR code and name,
//! with no link at all: those are kept apart ([`UnlinkedAccount`]), listed
//! but not checkable until someone gives their address.

use scraper::{ElementRef, Html, Selector};
use url::Url;

use super::links::Resolver;
use crate::facts::account::platform::Platform;
use crate::facts::html::attr::Attr;

/// An account link found on a new-media page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundAccount {
    pub url: Url,
    pub name: String,
    pub unit: Option<String>,
    pub platform: Platform,
}

/// An account the page lists with no link to follow: a QR code image and
/// a name, a platform named beside it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnlinkedAccount {
    pub name: String,
    pub unit: Option<String>,
    pub platform: Platform,
}

/// How rows name a platform, longer words first so 微信视频号 is not read
/// as 微信. Platforms govaudit has no reader for (视频号, 人民号 …) are
/// still accounts to list: [`Platform::Other`].
const PLATFORM_WORDS: &[(&str, Platform)] = &[
    ("微信视频号", Platform::Other),
    ("视频号", Platform::Other),
    ("微信公众号", Platform::Wechat),
    ("微信公众平台", Platform::Wechat),
    ("公众号", Platform::Wechat),
    ("新浪微博", Platform::Weibo),
    ("政务微博", Platform::Weibo),
    ("微博", Platform::Weibo),
    ("微信", Platform::Wechat),
    ("抖音号", Platform::Douyin),
    ("抖音", Platform::Douyin),
    ("今日头条", Platform::Toutiao),
    ("头条号", Platform::Toutiao),
    ("快手号", Platform::Kuaishou),
    ("快手", Platform::Kuaishou),
    ("人民号", Platform::Other),
    ("百家号", Platform::Other),
    ("澎湃号", Platform::Other),
    ("学习强国", Platform::Other),
    ("央视频", Platform::Other),
    ("哔哩哔哩", Platform::Other),
    ("小红书", Platform::Other),
];

/// Image files: a link to one is a QR code, not an account's page.
const IMAGE_EXTENSIONS: &[&str] = &[".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp", ".svg"];

/// Words around a QR code's name (`清溪发布微信公众号二维码`, `扫码关注`).
const QR_WORDS: &[&str] = &["二维码", "扫码关注", "扫一扫", "关注", "官方", "账号", "帐号"];

/// Words in a page's title or column name that make it a new-media page.
const NEW_MEDIA_PAGE: &[&str] = &["新媒体", "政务微信", "政务微博", "官方账号", "媒体矩阵"];

/// An account's name is short; a longer link text is a post's headline.
const MAX_NAME_CHARS: usize = 16;

/// Link texts that point at a post or a share button, not an account.
const NOT_NAMES: &[&str] = &[
    "阅读原文",
    "原文链接",
    "查看原文",
    "分享",
    "分享到",
    "微博",
    "微信",
    "点击查看",
    "更多",
    "查看",
    "进入",
    "点击进入",
    "访问",
    "详情",
    "链接",
];

/// Share buttons and QR-code services that live on platform hosts.
const SHARE_PATHS: &[&str] = &["/share", "share.php", "/qr/", "/connect"];

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
        let path = url.path().to_ascii_lowercase();
        if SHARE_PATHS.iter().any(|s| path.contains(s)) || is_image(&path) {
            continue;
        }
        // A list of accounts is a table or a list; a link in running text
        // ("阅读原文", a source line) is a post, not an account.
        let Some(row) = row_of(a) else { continue };
        // The host tells the platform; else the row must name it, so that
        // an on-site page is an account only where the list says so.
        let platform = match Platform::guess(&url) {
            Platform::Other => match platform_named(row, a) {
                Some(p) => p,
                None => continue,
            },
            p => p,
        };
        let name = account_name(a, row);
        if name.is_empty()
            || name.chars().count() > MAX_NAME_CHARS
            || NOT_NAMES.contains(&name.as_str())
            || PLATFORM_WORDS.iter().any(|(w, _)| name == *w)
            || found.iter().any(|f| f.url == url)
        {
            continue;
        }
        let unit = unit_in(row, &name);
        found.push(FoundAccount { url, name, unit, platform });
    }
    found
}

/// The platform a row names outside the link (a 平台 cell), or in the
/// link's own leading words (`抖音：清溪融媒`).
fn platform_named(row: ElementRef<'_>, a: ElementRef<'_>) -> Option<Platform> {
    let link_text = text_of(a);
    let row_text = text_of(row);
    let outside = row_text.replacen(&link_text, " ", 1);
    // A leading platform word counts only before a name (`抖音：清溪融媒`);
    // a menu link 政务微博 or 微博矩阵 is a page about the platform.
    platform_in(&outside).or_else(|| {
        PLATFORM_WORDS
            .iter()
            .find(|(w, _)| {
                link_text
                    .strip_prefix(w)
                    .and_then(|rest| rest.strip_prefix([':', '：', ' ', '　']))
                    .is_some_and(|name| !name.trim().is_empty())
            })
            .map(|(_, p)| *p)
    })
}

/// The first platform word in `text`, longer words first.
fn platform_in(text: &str) -> Option<Platform> {
    PLATFORM_WORDS.iter().find(|(w, _)| text.contains(w)).map(|(_, p)| *p)
}

fn is_image(path: &str) -> bool {
    IMAGE_EXTENSIONS.iter().any(|ext| path.ends_with(ext))
}

/// Accounts a new-media page lists by QR code and name only: a row (table
/// row, list item, figure) with an image, a platform word and a name, and
/// no link to an account. `linked` are the accounts [`find`] read from the
/// same page: a row that links one is not unlinked, nor a QR code repeating
/// a linked account's name and platform elsewhere on the page.
pub fn find_unlinked(
    doc: &Html,
    title: Option<&str>,
    column: Option<&str>,
    linked: &[FoundAccount],
) -> Vec<UnlinkedAccount> {
    let about_new_media = |s: Option<&str>| s.is_some_and(|s| NEW_MEDIA_PAGE.iter().any(|w| s.contains(w)));
    if !about_new_media(title) && !about_new_media(column) {
        return Vec::new();
    }
    let (Ok(images), Ok(anchors)) = (Selector::parse("img"), Selector::parse("a[href]")) else {
        return Vec::new();
    };
    let mut found: Vec<UnlinkedAccount> = Vec::new();
    let mut rows_seen = Vec::new();
    for img in doc.select(&images) {
        let Some(row) = qr_row_of(img) else { continue };
        if rows_seen.contains(&row.id()) {
            continue;
        }
        rows_seen.push(row.id());
        // A link to a page that is not the image itself makes it a linked
        // row, which `find` reads (or rejects) on its own.
        let links_a_page = row.select(&anchors).any(|a| {
            let href = a.value().attr_of("href").unwrap_or_default().to_ascii_lowercase();
            let path = href.split(['?', '#']).next().unwrap_or_default();
            !href.starts_with("javascript") && !href.starts_with('#') && !is_image(path)
        });
        if links_a_page {
            continue;
        }
        let alt = img.value().attr_of("alt").or(img.value().attr_of("title")).unwrap_or_default();
        let Some(platform) =
            platform_in(&text_of(row)).or_else(|| platform_in(alt)).or_else(|| heading_platform(row))
        else {
            continue;
        };
        let Some(name) = qr_name(alt).or_else(|| row_name(row)) else { continue };
        if linked.iter().any(|l| l.name == name && l.platform == platform)
            || found.iter().any(|f| f.name == name && f.platform == platform)
        {
            continue;
        }
        let unit = unit_in(row, &name);
        found.push(UnlinkedAccount { name, unit, platform });
    }
    found
}

/// How far up from a row its section's heading is looked for.
const MAX_HEADING_DEPTH: usize = 4;

/// The platform the heading of the section a row sits in names
/// (`<h3>微信公众号</h3><ul><li><img>…`): the nearest heading before the
/// row or before one of its near ancestors.
fn heading_platform(row: ElementRef<'_>) -> Option<Platform> {
    let headings = Selector::parse("h1, h2, h3, h4, h5, h6").ok()?;
    let is_heading =
        |el: &ElementRef<'_>| matches!(el.value().name(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6");
    std::iter::once(row)
        .chain(row.ancestors().filter_map(ElementRef::wrap))
        .take(MAX_HEADING_DEPTH)
        .find_map(|el| {
            // Only the element right before: a heading, or its short wrapper
            // (`<div class="title"><h3>…</h3></div>`); an earlier section's
            // heading is not this one's.
            let before = el.prev_siblings().find_map(ElementRef::wrap)?;
            let names_section = is_heading(&before) || before.select(&headings).next().is_some();
            // The nearest heading decides, whether or not it names a platform.
            names_section.then(|| {
                let text = text_of(before);
                // A heading names the section; a sentence is not one.
                platform_in(&text).filter(|_| text.chars().count() <= MAX_NAME_CHARS)
            })
        })
        .flatten()
}

/// The most text a `<div>` card of one QR code shows (its name, its
/// platform, a caption); a longer one holds more than one account.
const MAX_CARD_CHARS: usize = 40;

/// The row a QR code sits in: a table row, a list item or a figure, else
/// the largest small `<div>` card around it that holds no other image
/// (`<div><img><p>清溪发布</p><p>微信公众号</p></div>`).
fn qr_row_of(img: ElementRef<'_>) -> Option<ElementRef<'_>> {
    let ancestors = || img.ancestors().filter_map(ElementRef::wrap);
    let one_image = |el: &ElementRef<'_>| {
        el.descendants().filter_map(ElementRef::wrap).filter(|e| e.value().name() == "img").take(2).count()
            == 1
    };
    ancestors().take(6).find(|el| matches!(el.value().name(), "tr" | "li" | "dl" | "figure")).or_else(|| {
        ancestors()
            .take(3)
            .take_while(|el| {
                el.value().name() == "div" && one_image(el) && text_of(*el).chars().count() <= MAX_CARD_CHARS
            })
            .last()
    })
}

/// A name from a QR code's alt text: without the platform and QR words.
fn qr_name(alt: &str) -> Option<String> {
    let mut name = alt.trim().to_owned();
    for (word, _) in PLATFORM_WORDS {
        name = name.replace(word, "");
    }
    for word in QR_WORDS {
        name = name.replace(word, "");
    }
    let name = name.trim_matches(|c: char| c.is_whitespace() || "“”\"'：:（）()-—_|".contains(c)).to_owned();
    plausible_name(&name).then_some(name)
}

/// A name from the row's cells: the first short one that is not a
/// platform, a unit, a number or a QR caption.
fn row_name(row: ElementRef<'_>) -> Option<String> {
    let cells = Selector::parse("td, th, p, span, dd, dt, figcaption, div, strong, b, h3, h4").ok()?;
    row.select(&cells).filter(|c| is_leaf(*c)).map(text_of).map(|t| strip_platform_prefix(&t)).find(|t| {
        plausible_name(t)
            && platform_in(t).is_none()
            && !UNIT_ENDINGS.iter().any(|end| t.ends_with(end))
            && !QR_WORDS.iter().any(|w| t.contains(w))
    })
}

/// A cell with no cells inside (inline markup such as `<b>` is allowed):
/// its text is one thing.
fn is_leaf(el: ElementRef<'_>) -> bool {
    !el.children().filter_map(ElementRef::wrap).any(|c| {
        matches!(c.value().name(), "td" | "th" | "p" | "div" | "dd" | "dt" | "figcaption" | "li" | "span")
    })
}

fn plausible_name(name: &str) -> bool {
    let chars = name.chars().count();
    (2..=MAX_NAME_CHARS).contains(&chars)
        && !name.chars().all(|c| c.is_ascii_digit() || c.is_whitespace())
        && !NOT_NAMES.contains(&name)
}

/// `微信公众号：清溪发布` → `清溪发布`; other text as it is.
fn strip_platform_prefix(text: &str) -> String {
    for (prefix, _) in PLATFORM_WORDS {
        if let Some(rest) = text.strip_prefix(prefix) {
            let rest = rest.trim_start_matches([':', '：', ' ', '　']);
            if !rest.is_empty() {
                return rest.to_owned();
            }
        }
    }
    text.to_owned()
}

/// The account's name: the link's text without a leading platform word;
/// for a QR-code image link, the image's alt or title, else the name the
/// row (or card) shows beside the link (`<a><img></a><p>清溪发布</p>`).
fn account_name(a: ElementRef<'_>, row: ElementRef<'_>) -> String {
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
    if name.is_empty() && row.id() != a.id() {
        name = row_name(row).unwrap_or_default();
    }
    strip_platform_prefix(&name)
}

/// The element's text run together (a name split over `<b>清溪</b>发布`
/// stays one word), whitespace collapsed.
fn text_of(el: ElementRef<'_>) -> String {
    super::collapse_whitespace(&el.text().collect::<String>())
}

/// The table row or list item the link sits in, else the small card
/// (`<div><a><img></a><p>清溪发布</p><p>新浪微博</p></div>`) that holds
/// it and no other link.
fn row_of(a: ElementRef<'_>) -> Option<ElementRef<'_>> {
    let ancestors = || a.ancestors().filter_map(ElementRef::wrap);
    ancestors().take(6).find(|el| matches!(el.value().name(), "tr" | "li" | "dl")).or_else(|| {
        let one_link = |el: &ElementRef<'_>| {
            el.descendants()
                .filter_map(ElementRef::wrap)
                .filter(|e| e.value().name() == "a" && e.value().attr_of("href").is_some())
                .take(2)
                .count()
                == 1
        };
        ancestors()
            .take(3)
            .take_while(|el| {
                matches!(el.value().name(), "div" | "section" | "figure")
                    && one_link(el)
                    && text_of(*el).chars().count() <= MAX_CARD_CHARS
            })
            .last()
    })
}

/// The cell of the row that names a unit, other than the account's name.
fn unit_in(row: ElementRef<'_>, name: &str) -> Option<String> {
    let cell = Selector::parse("td, th, dd, span, p").ok()?;
    row.select(&cell)
        .map(text_of)
        .filter(|t| t != name && t.chars().count() <= 30)
        .find(|t| UNIT_ENDINGS.iter().any(|end| t.ends_with(end)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::html::with_test_input;

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
    fn a_row_naming_its_platform_lists_an_on_site_account() {
        let got = accounts(
            "<title>政务新媒体</title><table>\
<tr><th>账号名称</th><th>平台</th><th>主办单位</th></tr>\
<tr><td><a href=\"/zwxmt/jkqx/index.html\">健康清溪</a></td><td>今日头条</td><td>清溪县卫生健康局</td></tr>\
<tr><td><a href=\"/zwxmt/spk/index.html\">清溪文旅</a></td><td>微信视频号</td><td>清溪县文化和旅游局</td></tr></table>\
<ul><li><a href=\"/zwxmt/qxfb.html\">抖音：清溪融媒</a></li></ul>",
        );
        assert_eq!(
            got,
            [
                (
                    "http://www.qingxi.gov.cn/zwxmt/jkqx/index.html".into(),
                    "健康清溪".into(),
                    Some("清溪县卫生健康局".into()),
                    Platform::Toutiao
                ),
                (
                    "http://www.qingxi.gov.cn/zwxmt/spk/index.html".into(),
                    "清溪文旅".into(),
                    Some("清溪县文化和旅游局".into()),
                    Platform::Other
                ),
                (
                    "http://www.qingxi.gov.cn/zwxmt/qxfb.html".into(),
                    "清溪融媒".into(),
                    None,
                    Platform::Douyin
                ),
            ]
        );
    }

    #[test]
    fn on_site_links_without_a_platform_word_are_not_accounts() {
        let got = accounts(
            "<title>政务新媒体</title><table>\
<tr><td><a href=\"/xwzx/index.html\">新闻中心</a></td><td>2026-11-20</td></tr>\
<tr><td><a href=\"/images/ewm/qr1.png\">清溪发布</a></td><td>微信公众号</td></tr></table>\
<ul><li><a href=\"/zwxmt/\">政务新媒体</a></li><li><a href=\"/zwxmt/wb/\">政务微博</a></li>\
<li><a href=\"/zwxmt/jz/\">微博矩阵</a></li></ul>\
<table><tr><td>清溪发布</td><td>微信公众号</td><td><a href=\"/zwxmt/qxfb/\">查看</a></td></tr></table>",
        );
        assert!(got.is_empty(), "{got:?}");
    }

    fn unlinked(html: &str) -> Vec<(String, Option<String>, Platform)> {
        let doc = Html::parse_document(html);
        let title =
            doc.select(&Selector::parse("title").unwrap()).next().map(|t| t.text().collect::<String>());
        let url = "http://www.qingxi.gov.cn/zwxmt/index.html";
        let linked = with_test_input(html, url, encoding_rs::UTF_8, |input| {
            find(&doc, &Resolver::new(&doc, input), title.as_deref(), None)
        });
        find_unlinked(&doc, title.as_deref(), None, &linked)
            .into_iter()
            .map(|f| (f.name, f.unit, f.platform))
            .collect()
    }

    #[test]
    fn qr_code_only_accounts_are_listed_apart() {
        let got = unlinked(
            "<title>政务新媒体_清溪县人民政府</title><table>\
<tr><th>账号名称</th><th>平台</th><th>主办单位</th><th>二维码</th></tr>\
<tr><td><a href=\"https://mp.weixin.qq.com/s/abc\">清溪发布</a></td><td>微信公众号</td><td>中共清溪县委宣传部</td><td><img src=\"/ewm/1.png\" alt=\"清溪发布二维码\"></td></tr>\
<tr><td>清溪文旅</td><td>微信公众号</td><td>清溪县文化和旅游局</td><td><img src=\"/ewm/2.png\"></td></tr></table>\
<ul class=\"qr\"><li><img src=\"/ewm/3.jpg\" alt=\"“平安清溪”政务微博二维码\"><p>扫码关注</p></li>\
<li><a href=\"/ewm/4.jpg\"><img src=\"/ewm/4s.jpg\"></a><p>抖音号：清溪融媒</p></li>\
<li><img src=\"/ewm/5.jpg\" alt=\"清溪发布微信公众号二维码\"><p>微信公众号</p></li></ul>\
<div class=\"xmt\"><div class=\"card\"><div class=\"pic\"><img src=\"/ewm/6.jpg\"></div><p>清溪教育</p><p>快手号</p></div>\
<div class=\"card\"><img src=\"/ewm/7.jpg\" alt=\"清溪人社抖音二维码\"></div></div>",
        );
        assert_eq!(
            got,
            [
                ("清溪文旅".into(), Some("清溪县文化和旅游局".into()), Platform::Wechat),
                ("平安清溪".into(), None, Platform::Weibo),
                ("清溪融媒".into(), None, Platform::Douyin),
                ("清溪教育".into(), None, Platform::Kuaishou),
                ("清溪人社".into(), None, Platform::Douyin),
            ]
        );
    }

    #[test]
    fn cards_name_their_linked_account_beside_the_link() {
        let got = accounts(
            "<title>政务新媒体</title>\
<div class=\"list\"><div class=\"card\"><a href=\"https://weibo.com/u/1\"><img src=\"qr.png\"></a><p>清溪发布</p><p>新浪微博</p></div>\
<div class=\"card\"><a href=\"https://mp.weixin.qq.com/s/x\"><img src=\"qr2.png\"></a><p>清溪教育</p><p>县教育局</p></div></div>\
<ul><li><a href=\"https://www.douyin.com/user/9\"><img src=\"qr3.png\"></a><p>清溪融媒</p><p>抖音</p></li></ul>",
        );
        let names: Vec<(&str, Platform)> = got.iter().map(|(_, n, _, p)| (n.as_str(), *p)).collect();
        assert_eq!(
            names,
            [("清溪发布", Platform::Weibo), ("清溪教育", Platform::Wechat), ("清溪融媒", Platform::Douyin)]
        );
        assert_eq!(got[1].2.as_deref(), Some("县教育局"));
    }

    #[test]
    fn menus_matrix_links_and_share_buttons_are_not_cards() {
        let got = accounts(
            "<title>政务新媒体</title>\
<div class=\"share\"><a href=\"https://service.weibo.com/share/share.php?url=x\"><img src=\"wb.png\"></a><span>分享到微博</span></div>\
<div class=\"share\"><a href=\"https://weibo.com/\"><img src=\"wb.png\"></a><span>分享到微博</span></div>\
<div class=\"nav\"><a href=\"https://weibo.com/qingxi\">政务微博</a></div>\
<div class=\"nav\"><a href=\"https://weibo.com/a\"><img src=\"a.png\"></a><a href=\"https://weibo.com/b\"><img src=\"b.png\"></a>\
<p>政务微博矩阵</p></div>",
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_platform_heading_names_the_qr_codes_under_it() {
        let got = unlinked(
            "<title>政务新媒体</title><h3>微信公众号</h3><ul><li><img src=\"qr.png\"><p>清溪教育</p></li>\
<li><img src=\"qr2.png\"><p>清溪人社</p></li></ul>\
<div class=\"tit\"><h3>新浪微博</h3></div><ul><li><img src=\"qr3.png\"><p>平安清溪</p></li></ul>\
<h3>美丽清溪</h3><ul><li><img src=\"v.png\"><p>清溪风光</p></li></ul>",
        );
        assert_eq!(
            got,
            [
                ("清溪教育".into(), None, Platform::Wechat),
                ("清溪人社".into(), None, Platform::Wechat),
                ("平安清溪".into(), None, Platform::Weibo),
            ]
        );
    }

    #[test]
    fn images_without_a_platform_or_a_name_are_not_accounts() {
        let got = unlinked(
            "<title>政务新媒体</title><ul>\
<li><img src=\"/banner.jpg\" alt=\"清溪风光\"></li>\
<li><img src=\"/wx.png\">微信</li>\
<li><a href=\"/xw/1.html\"><img src=\"/t.jpg\"></a><span>微信公众号开展宣传</span></li></ul>\
<div class=\"banner\"><img src=\"/b.jpg\"><p>关注清溪发布微信公众号、新浪微博和抖音号，及时了解全县政务动态与便民服务信息</p></div>",
        );
        assert!(got.is_empty(), "{got:?}");
        let other = unlinked(
            "<title>工作动态</title><table><tr><td>清溪文旅</td><td>微信公众号</td><td><img src=\"/q.png\"></td></tr></table>",
        );
        assert!(other.is_empty());
    }

    #[test]
    fn other_pages_list_no_accounts() {
        let got = accounts("<title>工作动态</title><a href=\"https://mp.weixin.qq.com/s/abc\">清溪发布</a>");
        assert!(got.is_empty());
    }
}
