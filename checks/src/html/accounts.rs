//! Official accounts listed on a page: the portal's 政务新媒体 column
//! publishes a table (or a list) of the county's accounts, each a link to
//! the account on its platform with the account's name and, in the same
//! row, the unit that runs it. Read at parse time, like every other fact,
//! so the body can be dropped.

use scraper::{ElementRef, Html, Selector};
use url::Url;

use super::links::Resolver;
use crate::account::platform::Platform;

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
        let Some(url) = a.value().attr("href").and_then(|h| resolver.resolve(h)) else { continue };
        let platform = match Platform::guess(&url) {
            Platform::Other => continue,
            p => p,
        };
        let name = text_of(a);
        if name.is_empty() || name.chars().count() > MAX_NAME_CHARS || found.iter().any(|f| f.url == url) {
            continue;
        }
        let unit = row_of(a).and_then(|row| unit_in(row, &name));
        found.push(FoundAccount { url, name, unit, platform });
    }
    found
}

fn text_of(el: ElementRef<'_>) -> String {
    el.text().collect::<String>().split_whitespace().collect::<Vec<_>>().join(" ")
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
    use crate::html::PageInput;
    use crate::page_check::PageOptions;
    use crate::url_norm::Normalizer;

    fn accounts(html: &str) -> Vec<(String, String, Option<String>, Platform)> {
        let doc = Html::parse_document(html);
        let url = Url::parse("http://www.qingxi.gov.cn/zwxmt/index.html").unwrap();
        let normalizer = Normalizer::new(Vec::<String>::new());
        let options = PageOptions::default();
        let input = PageInput {
            url: &url,
            html,
            encoding: encoding_rs::UTF_8,
            normalizer: &normalizer,
            home: false,
            options: &options,
        };
        let resolver = Resolver::new(&doc, &input);
        let title =
            doc.select(&Selector::parse("title").unwrap()).next().map(|t| t.text().collect::<String>());
        find(&doc, &resolver, title.as_deref(), None)
            .into_iter()
            .map(|f| (f.url.to_string(), f.name, f.unit, f.platform))
            .collect()
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
    fn other_pages_list_no_accounts() {
        let got = accounts("<title>工作动态</title><a href=\"https://mp.weixin.qq.com/s/abc\">清溪发布</a>");
        assert!(got.is_empty());
    }
}
