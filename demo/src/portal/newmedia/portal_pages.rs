//! The portal's own pages about its accounts: the account list
//! (/zwxmt/), its mirror of their latest posts, the page mirroring
//! 健康清溪's posts, the feed and the QR codes of the newer accounts.

use chrono::NaiveDate;

use crate::portal::assets;
use crate::portal::layout::{Charset, Page, esc};
use crate::serve::Resource;

use super::{Account, Listing, Platform, Post, accounts, feed};

/// QR codes `/images/ewm/qr1.png` to this one are among the portal's static
/// files (one per account the list had then); the rest are served here.
const STATIC_QR_CODES: usize = 6;

/// The portal's pages: the account list, the mirror of latest posts, the
/// feed and the QR codes of the accounts added since the static files.
pub(in crate::portal) fn portal_pages(as_of: NaiveDate) -> Vec<(String, Resource)> {
    let accounts = accounts(as_of);
    let mut out = vec![
        ("/zwxmt/index.html".to_owned(), account_list(&accounts)),
        ("/zwxmt/dtjx/index.html".to_owned(), mirror_list(&accounts)),
    ];
    out.extend(
        accounts.iter().filter(|a| a.platform == Platform::Rss).map(|a| (a.url.clone(), feed::rss_feed(a))),
    );
    out.extend(
        accounts.iter().filter(|a| a.listing == Listing::OnSite).map(|a| (a.url.clone(), on_site_mirror(a))),
    );
    out.extend((STATIC_QR_CODES + 1..=accounts.len()).map(|n| (qr_code(n), assets::image("qr.png"))));
    out
}

/// The QR code of the account in row `n` of the list.
fn qr_code(n: usize) -> String {
    format!("/images/ewm/qr{n}.png")
}

fn crumbs(last: &str) -> Vec<(String, String)> {
    vec![
        ("首页".into(), "/".into()),
        ("政务新媒体".into(), "/zwxmt/index.html".into()),
        (last.into(), String::new()),
    ]
}

fn account_list(accounts: &[Account]) -> Resource {
    let mut rows = String::new();
    for (i, a) in accounts.iter().enumerate() {
        if a.listing == Listing::QrOnly {
            // Many lists have such rows: the name and the code, no link.
            rows.push_str(&format!(
                "<tr><td>{n}</td><td>{name}</td><td>{platform}</td><td>{unit}</td>\
<td><img src=\"{qr}\" alt=\"{name}{platform}二维码\" width=\"80\" height=\"80\"></td></tr>\n",
                n = i + 1,
                name = a.name,
                platform = a.platform.label(),
                unit = a.unit,
                qr = qr_code(i + 1),
            ));
            continue;
        }
        rows.push_str(&format!(
            "<tr><td>{n}</td><td><a href=\"{url}\" target=\"_blank\">{name}</a></td><td>{platform}</td><td>{unit}</td>\
<td><img src=\"{qr}\" alt=\"{name}{platform}二维码\" width=\"80\" height=\"80\"></td></tr>\n",
            n = i + 1,
            url = esc(&a.url),
            name = a.name,
            platform = a.platform.label(),
            unit = a.unit,
            qr = qr_code(i + 1),
        ));
    }
    let main = format!(
        "<h2 class=\"col-title\">政务新媒体</h2>\n<p>根据国办发〔2018〕123号文件要求，现将我县政务新媒体账号信息公布如下，欢迎关注。</p>\n\
<table class=\"zwxmt\"><thead><tr><th>序号</th><th>账号名称</th><th>平台</th><th>主办单位</th><th>二维码</th></tr></thead>\n\
<tbody>\n{rows}</tbody></table>\n<p><a href=\"./dtjx/index.html\">新媒体动态</a></p>"
    );
    page("政务新媒体", "政务新媒体", "其他", crumbs("政务新媒体"), main)
}

fn mirror_list(accounts: &[Account]) -> Resource {
    let mut posts: Vec<(&Account, &Post)> = accounts
        .iter()
        .filter(|a| a.listing == Listing::Link)
        .flat_map(|a| a.posts.iter().take(3).map(move |p| (a, p)))
        .collect();
    posts.sort_by_key(|(_, p)| std::cmp::Reverse(p.at));
    let items: String = posts
        .iter()
        .map(|(a, p)| {
            format!(
                "<li><a href=\"{url}\" target=\"_blank\" title=\"{title}\">[{name}] {title}</a><span>{date}</span></li>\n",
                url = esc(&p.link(a.platform)),
                title = esc(&p.title),
                name = a.name,
                date = p.at.format("%Y-%m-%d"),
            )
        })
        .collect();
    let main = format!("<h2 class=\"col-title\">新媒体动态</h2>\n<ul class=\"list\">\n{items}</ul>");
    page("新媒体动态", "新媒体动态", "工作动态", crumbs("新媒体动态"), main)
}

/// The portal's own page for an account the list links there: its posts,
/// each with its date, as the county's editors copy them over.
fn on_site_mirror(account: &Account) -> Resource {
    let items: String = account
        .posts
        .iter()
        .map(|p| {
            format!(
                "<li><span class=\"title\">{title}</span><span class=\"date\">{date}</span></li>\n",
                title = esc(&p.title),
                date = p.at.format("%Y-%m-%d"),
            )
        })
        .collect();
    let main = format!(
        "<h2 class=\"col-title\">{name}</h2>\n<p>{unit}{platform}账号“{name}”发布内容</p>\n<ul class=\"list\">\n{items}</ul>",
        name = account.name,
        unit = account.unit,
        platform = account.platform.label(),
    );
    page(account.name, account.name, "其他", crumbs(account.name), main)
}

fn page(
    title: &str,
    column: &str,
    column_type: &str,
    crumbs: Vec<(String, String)>,
    main: String,
) -> Resource {
    Page {
        title,
        charset: Charset::Meta,
        metas: vec![("ColumnName", column.to_owned()), ("ColumnType", column_type.to_owned())],
        crumbs,
        sep: " &gt; ",
        main,
    }
    .resource()
}
