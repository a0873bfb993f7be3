//! The home page: banner, 要闻 and picture news, notices, policy
//! documents, the service and interaction entries, the 政务新媒体 block,
//! topic links, the annual website report and the government links. The
//! dates on it are what the home-page freshness rule reads.

use crate::serve::Resource;

use super::catalog::{Article, Catalog, Fate};
use super::defects;
use super::hosts::{self, CITY, GOV, SC};
use super::layout::{Charset, Page, esc};
use super::names::SITE_NAME;
use super::newmedia::{Account, Listing, Platform, accounts};

pub(super) fn page(cat: &Catalog) -> Resource {
    let main = [
        banner(),
        news_block(cat),
        block(cat, "通知公告", "tzgg", 7, "/xxgk/tzgg/index.html"),
        block(cat, "政策文件", "zcwj", 5, "/xxgk/zcwj/index.html"),
        block(cat, "政策解读", "zcjd", 5, "/xxgk/zcjd/index.html"),
        block(cat, "部门动态", "bmdt", 5, "/xwzx/bmdt/index.html"),
        block(cat, "乡镇动态", "xzdt", 5, "/xwzx/xzdt/index.html"),
        services(),
        interaction(cat),
        new_media(&accounts(cat.as_of)),
        topics(cat),
        links(),
    ]
    .join("\n");
    Page { title: SITE_NAME, charset: Charset::Meta, metas: Vec::new(), crumbs: Vec::new(), sep: "", main }
        .resource()
        .gzipped()
}

fn banner() -> String {
    format!(
        "<div class=\"banner\"><img src=\"/images/banner1.png\" alt=\"清溪县城全景\" width=\"1200\" height=\"300\">\
<img src=\"{}\" alt=\"清溪欢迎您\" width=\"1200\" height=\"300\">\
<img src=\"/images/banner2.png\" alt=\"清溪河风光带\" width=\"1200\" height=\"300\"></div>",
        defects::MISSING_BANNER
    )
}

/// Served articles of a column, newest first: the home page is rebuilt
/// on publish, so a deleted article has left it.
fn newest<'a>(cat: &'a Catalog, slug: &str, n: usize) -> Vec<&'a Article> {
    cat.column(slug).filter(|a| a.fate == Fate::Served).take(n).collect()
}

fn item(a: &Article, date: &str) -> String {
    format!(
        "<li><a href=\"{}\" target=\"_blank\" title=\"{t}\">{t}</a><span>{date}</span></li>",
        a.path(),
        t = esc(a.title())
    )
}

/// 要闻 with the photo news beside it.
fn news_block(cat: &Catalog) -> String {
    let items: String =
        newest(cat, "gzdt", 8).iter().map(|a| item(a, &a.at.format("%m-%d").to_string())).collect();
    let photos: String = newest(cat, "tpxw", 4)
        .iter()
        .map(|a| {
            let img = a.image.as_deref().unwrap_or_default();
            format!(
                "<li><a href=\"{}\"><img src=\"{}/{img}\" alt=\"{t}\" width=\"380\" height=\"250\"><p>{t}</p></a></li>",
                a.path(),
                a.month_dir(),
                t = esc(a.title())
            )
        })
        .collect();
    format!(
        "<div class=\"home-news\"><div class=\"pic-news\"><ul>{photos}</ul></div>\
<div class=\"yw\"><h3><a href=\"/xwzx/gzdt/index.html\">工作动态</a><a class=\"more\" href=\"/xwzx/index.html\">更多</a></h3><ul>{items}</ul></div></div>"
    )
}

fn block(cat: &Catalog, title: &str, slug: &str, n: usize, more: &str) -> String {
    let items: String =
        newest(cat, slug, n).iter().map(|a| item(a, &a.at.format("%Y-%m-%d").to_string())).collect();
    format!(
        "<div class=\"block\"><h3>{title}<a class=\"more\" href=\"{more}\">更多&gt;&gt;</a></h3><ul>{items}</ul></div>"
    )
}

/// Planted (a11y.color-contrast, found only with `--render`): the
/// designer set the 政务服务 heading in light grey on white (#ccc, 1.6:1)
/// in a `<style>` of the home page's own. Only a colour: nothing the
/// static checks read changes.
pub const LOW_CONTRAST: &str = ".service h3{color:#cccccc}";

fn services() -> String {
    format!(
        "<style>{LOW_CONTRAST}</style><div class=\"block service\"><h3>政务服务</h3><ul>\
<li><a href=\"{}\" target=\"_blank\">网上办事大厅</a></li><li><a href=\"/zwfw/bszn/index.html\">办事指南</a></li>\
<li><a href=\"/zwfw/bgxz/index.html\">表格下载</a></li><li><a href=\"/zwfw/index.html\">更多服务</a></li></ul></div>",
        esc(&hosts::service_hall())
    )
}

fn interaction(cat: &Catalog) -> String {
    let letters: String = newest(cat, "xzxx", 5)
        .iter()
        .map(|a| item(a, &a.draft.replied.map(|r| r.format("%m-%d").to_string()).unwrap_or_default()))
        .collect();
    format!(
        "<div class=\"block interact\"><h3>互动交流</h3><p><a href=\"/hdjl/xzxx/xx.html\">县长信箱</a> \
<a href=\"{}\">在线投诉</a> <a href=\"/hdjl/zjdc/index.html\">征集调查</a></p><ul>{letters}</ul></div>",
        defects::BLOCKED
    )
}

fn new_media(accounts: &[Account]) -> String {
    let icon = |a: &Account| match a.platform {
        Platform::Wechat => Some("wx"),
        Platform::Weibo => Some("wb"),
        Platform::Douyin => Some("dy"),
        Platform::Toutiao => Some("tt"),
        // The static files have no feed icon: the feed's link is text only.
        Platform::Rss => None,
    };
    // The block shows the accounts on their platforms; the list page has
    // the rest.
    let items: String = accounts
        .iter()
        .filter(|a| a.listing == Listing::Link)
        .map(|a| {
            let img = icon(a)
                .map(|i| format!("<img src=\"/images/xmt/{i}.png\" alt=\"\" width=\"40\" height=\"40\">"))
                .unwrap_or_default();
            format!("<li><a href=\"{}\" target=\"_blank\">{img}{}</a></li>", esc(&a.url), a.name)
        })
        .collect();
    format!(
        "<div class=\"block xmt\"><h3>政务新媒体<a class=\"more\" href=\"/zwxmt/index.html\">更多&gt;&gt;</a></h3><ul>{items}</ul></div>"
    )
}

/// Topic entries, the annual website report (due on the home page by
/// 31 January) and the old topic site whose domain has lapsed.
fn topics(cat: &Catalog) -> String {
    let report = newest(cat, "ndbb", 1)
        .first()
        .map(|a| format!("<li><a href=\"{}\">{}</a></li>", a.path(), esc(a.title())))
        .unwrap_or_default();
    format!(
        "<div class=\"block zt\"><h3>专题专栏<a class=\"more\" href=\"/zt/index.html\">更多&gt;&gt;</a></h3><ul>\
<li><a href=\"/zt/xczx/index.html\">全面推进乡村振兴</a></li><li><a href=\"/zt/yshj/index.html\">优化营商环境</a></li>\
<li><a href=\"{}\" target=\"_blank\">2019年清溪县专题网站</a></li>{report}\
<li><a href=\"{}\" target=\"_blank\">清溪旅游网</a></li>\
<li><a href=\"/xxgk/index.html\">政府信息公开</a></li></ul></div>{}",
        defects::dead_topic_url(),
        defects::parked_url(),
        defects::HIDDEN_LINKS.replace("{url}", &defects::gambling_url())
    )
}

fn links() -> String {
    let links = [
        (GOV, "中国政府网"),
        (SC, "四川省人民政府"),
        (CITY, "绵阳市人民政府"),
        (super::dept::BUREAU.host, super::dept::BUREAU.name),
        (super::dept::TOWNSHIP.host, super::dept::TOWNSHIP.name),
        (super::dept::TOWNSHIP_NO_CHANNEL.host, super::dept::TOWNSHIP_NO_CHANNEL.name),
    ];
    let items: String = links
        .iter()
        .map(|(host, name)| {
            format!("<li><a href=\"{}\" target=\"_blank\">{name}</a></li>", hosts::url(host, "/"))
        })
        .collect();
    format!("<div class=\"links\"><h3>政府网站</h3><ul>{items}</ul></div>")
}
