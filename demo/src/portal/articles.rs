//! Article pages (`/<column>/<yyyymm>/t<yyyymmdd>_<id>.html`) with the
//! metadata TRS templates write (ArticleTitle, PubDate, ContentSource),
//! the 发布时间 / 信息来源 line, the 政务公开 information table, photos,
//! attachments, related links and previous/next navigation; plus the
//! photo and attachment files themselves.

use crate::serve::Resource;

use super::catalog::{Article, Catalog, Fate};
use super::layout::{Page, encode, esc};
use super::prose::Block;
use super::spec::Section;
use super::{assets, layout};

/// Every route an article brings: its page, its photo, its attachments.
pub(super) fn routes(cat: &Catalog) -> Vec<(String, Resource)> {
    let mut out = Vec::new();
    for list in &cat.columns {
        for (rank, &i) in list.iter().enumerate() {
            let a = &cat.articles[i];
            match a.fate {
                Fate::Deleted => continue,
                Fate::SoftGone => out.push((a.path(), soft_gone(a.spec().section))),
                Fate::Served => {
                    out.push((a.path(), page(cat, list, rank)));
                    out.extend(files(a));
                }
            }
        }
    }
    out
}

fn files(a: &Article) -> Vec<(String, Resource)> {
    let dir = a.month_dir();
    let mut out: Vec<(String, Resource)> = a
        .attachments
        .iter()
        .filter(|f| f.served)
        .map(|f| {
            let file =
                super::attached::resource(&f.file).unwrap_or_else(|| assets::attachment(&f.file, &f.name));
            (format!("{dir}/{}", f.file), file)
        })
        .collect();
    if let Some(img) = &a.image {
        out.push((format!("{dir}/{img}"), assets::image(img)));
    }
    out
}

fn page(cat: &Catalog, list: &[usize], rank: usize) -> Resource {
    let a = &cat.articles[list[rank]];
    let spec = a.spec();
    let section = spec.section;
    let pub_date = a.at.format("%Y-%m-%d %H:%M").to_string();
    let mut main = String::from("<div class=\"article\">\n");
    main.push_str(&format!("<h1>{}</h1>\n", esc(a.title())));
    if a.index_no.is_some() {
        main.push_str(&info_table(a));
    }
    main.push_str(&format!(
        "<div class=\"info\">发布时间：{pub_date}　信息来源：{}　阅读次数：<span id=\"readCount\"></span>　\
【字体：<a href=\"javascript:doZoom(18)\">大</a> <a href=\"javascript:doZoom(16)\">中</a> <a href=\"javascript:doZoom(14)\">小</a>】</div>\n",
        esc(&a.draft.source)
    ));
    main.push_str("<div class=\"content\" id=\"zoom\">\n");
    if let Some(img) = &a.image {
        main.push_str(&format!(
            "<p class=\"center\"><img src=\"./{img}\" alt=\"{}\" width=\"600\" height=\"400\"></p>\n",
            esc(a.title())
        ));
    }
    main.push_str(&body(&a.draft.body));
    main.push_str("</div>\n");
    main.push_str(&attachments(a));
    main.push_str(&related(a));
    main.push_str(&prev_next(cat, list, rank));
    main.push_str("<div class=\"tools\"><a href=\"javascript:window.print()\">打印本页</a> <a href=\"javascript:window.close()\">关闭窗口</a></div>\n</div>");
    Page {
        title: a.title(),
        charset: section.charset(),
        metas: vec![
            ("ColumnName", spec.name.to_owned()),
            ("ColumnType", spec.column_type.to_owned()),
            ("ArticleTitle", a.title().to_owned()),
            ("PubDate", pub_date),
            ("ContentSource", a.draft.source.clone()),
        ],
        crumbs: vec![
            ("首页".into(), "/".into()),
            (section.name().into(), format!("{}/index.html", section.dir())),
            (spec.name.into(), "../index.html".into()),
            ("正文".into(), String::new()),
        ],
        sep: section.crumb_sep(),
        main,
    }
    .resource()
}

/// The 政务公开 information table (索引号, 发布机构, 文号 …).
fn info_table(a: &Article) -> String {
    let cell = |label: &str, value: &str| format!("<th>{label}</th><td>{}</td>", esc(value));
    format!(
        "<table class=\"xxgk-info\"><tr>{}{}</tr><tr>{}{}</tr><tr>{}{}</tr></table>\n",
        cell("索引号：", a.index_no.as_deref().unwrap_or_default()),
        cell("主题分类：", a.spec().name),
        cell("发布机构：", &a.draft.source),
        cell("成文日期：", &a.at.format("%Y-%m-%d").to_string()),
        cell("文　　号：", a.draft.doc_no.as_deref().unwrap_or("")),
        cell("发布日期：", &a.at.format("%Y-%m-%d").to_string()),
    )
}

/// Renders body blocks as a government CMS editor would.
pub(super) fn body(blocks: &[Block]) -> String {
    let mut out = String::new();
    for block in blocks {
        match block {
            Block::P(t) => out.push_str(&format!("<p>{}</p>\n", esc(t))),
            Block::H(t) => out.push_str(&format!("<p><strong>{}</strong></p>\n", esc(t))),
            Block::Center(t) => out.push_str(&format!("<p class=\"center\">{}</p>\n", esc(t))),
            Block::Right(t) => out.push_str(&format!("<p class=\"right\">{}</p>\n", esc(t))),
            Block::Table(rows) => out.push_str(&table(rows)),
        }
    }
    out
}

/// A table: two-column tables are label/value pairs, others have a header row.
fn table(rows: &[Vec<String>]) -> String {
    let pairs = rows.iter().all(|r| r.len() == 2);
    let mut out = String::from("<table class=\"content-table\">\n");
    for (i, row) in rows.iter().enumerate() {
        let cells: String = row
            .iter()
            .enumerate()
            .map(|(j, c)| {
                let th = if pairs { j == 0 } else { i == 0 };
                let tag = if th { "th" } else { "td" };
                format!("<{tag}>{}</{tag}>", esc(c))
            })
            .collect();
        out.push_str(&format!("<tr>{cells}</tr>\n"));
    }
    out.push_str("</table>\n");
    out
}

fn attachments(a: &Article) -> String {
    if a.attachments.is_empty() {
        return String::new();
    }
    let links: String = a
        .attachments
        .iter()
        .enumerate()
        .map(|(i, f)| {
            format!("<p>{}. <a href=\"./{}\" target=\"_blank\">{}</a></p>\n", i + 1, f.file, esc(&f.name))
        })
        .collect();
    format!("<div class=\"attach\"><p>附件：</p>\n{links}</div>\n")
}

fn related(a: &Article) -> String {
    if a.related.is_empty() {
        return String::new();
    }
    let items: String = a
        .related
        .iter()
        .map(|(label, href)| format!("<li><a href=\"{href}\">{}</a></li>", esc(label)))
        .collect();
    format!("<div class=\"related\"><h2>相关链接</h2><ul>{items}</ul></div>\n")
}

/// 上一篇 / 下一篇 among the column's articles the CMS still serves,
/// written relative to the month folder as TRS does.
fn prev_next(cat: &Catalog, list: &[usize], rank: usize) -> String {
    let live = |i: &&usize| cat.articles[**i].fate == Fate::Served;
    let newer = list[..rank].iter().rev().find(live);
    let older = list[rank + 1..].iter().find(live);
    let link = |i: Option<&usize>| match i {
        Some(&i) => {
            let a = &cat.articles[i];
            format!("<a href=\"../{}\">{}</a>", a.href_from_list().trim_start_matches("./"), esc(a.title()))
        }
        None => "没有了".to_owned(),
    };
    format!("<div class=\"prev-next\"><p>上一篇：{}</p><p>下一篇：{}</p></div>\n", link(newer), link(older))
}

/// What some CMSs answer for a deleted article: a short "gone" page with
/// status 200 (a soft 404).
fn soft_gone(section: Section) -> Resource {
    let html = format!(
        "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head>{}<title>提示信息</title></head>\n<body>\
<div class=\"tip\"><p>对不起，您访问的页面不存在或已被删除！</p><p><a href=\"/\">返回首页</a></p></div></body></html>\n",
        match section.charset() {
            layout::Charset::Gbk =>
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">",
            layout::Charset::HeaderOnly => "",
            _ => "<meta charset=\"utf-8\">",
        }
    );
    encode(section.charset(), &html)
}
