//! Toutiao (今日头条): the profile page as its server renders it, dated
//! `11月24日` without a year.

use crate::portal::hosts::TOUTIAO;
use crate::portal::layout::esc;
use crate::serve::Resource;

use super::Account;

/// The profile, where the posts are read.
pub(super) fn pages(account: &Account) -> Vec<(&'static str, String, Resource)> {
    vec![(TOUTIAO, account.posts[0].target.clone(), Resource::html(toutiao_profile(account)))]
}

/// A Toutiao profile as its server renders it: the posts' cards, dated
/// `11月24日` (no year) in `<span class="time">`.
fn toutiao_profile(account: &Account) -> String {
    let cards: String = account
        .posts
        .iter()
        .map(|p| {
            format!(
                "<div class=\"profile-article-card-wrapper\"><div class=\"feed-card-article-l\">\
<p class=\"feed-card-article-title\">{title}</p><div class=\"feed-card-footer\">\
<span class=\"feed-card-footer-cmp-author\">{name}</span><span class=\"time\">{date}</span></div></div></div>\n",
                title = esc(&p.title),
                name = account.name,
                date = p.at.format("%m月%d日"),
            )
        })
        .collect();
    format!(
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">\
<title>{name}的个人主页 - 今日头条(www.toutiao.com)</title></head>\
<body><div id=\"root\"><div class=\"profile-container\"><div class=\"user-info\">\
<div class=\"user-name\">{name}</div><p class=\"user-desc\">{unit}官方账号</p></div>\n\
<div class=\"profile-feed\">\n{cards}</div></div></div></body></html>",
        name = account.name,
        unit = account.unit,
    )
}
