//! RSS: 清溪融媒's feed, served by the portal itself, and the media
//! centre's site its items link to.

use chrono::NaiveDateTime;

use crate::portal::hosts::{QXRMT, url};
use crate::portal::layout::esc;
use crate::serve::Resource;

use super::{Account, Post};

/// The media centre's article pages, one per item of the feed.
pub(super) fn pages(account: &Account) -> Vec<(&'static str, String, Resource)> {
    account
        .posts
        .iter()
        .map(|p| (QXRMT, p.target.clone(), Resource::html(media_centre_article(account, p))))
        .collect()
}

/// 清溪融媒's RSS 2.0 feed, newest first, dated in RFC 2822.
pub(super) fn rss_feed(account: &Account) -> Resource {
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

pub(super) fn media_centre_home() -> Resource {
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
