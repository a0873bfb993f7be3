//! Column list pages (`index.html`, `index_1.html`, … in TRS style) in the
//! markup styles real county CMSs use, and the four section front pages
//! that gather the newest items of their columns. Dates are written as
//! each style writes them (`2026-11-20`, `[11-20]`, `2026年11月20日`, or
//! not at all), so the freshness checks meet all of them; pinned items
//! (【置顶】) come first whatever their date.

use chrono::Datelike;

use crate::serve::Resource;

use super::catalog::{Article, Catalog, Fate};
use super::layout::{Page, esc};
use super::spec::{COLUMNS, ColumnSpec, Section, Style};
use super::{defects, hosts, scripted};

/// Every list page of every column and the four section pages.
pub(super) fn routes(cat: &Catalog) -> Vec<(String, Resource)> {
    let mut out = Vec::new();
    for (ci, spec) in COLUMNS.iter().enumerate() {
        let items: Vec<&Article> = cat.columns[ci].iter().map(|&i| &cat.articles[i]).collect();
        match spec.style {
            Style::Hanweb => {
                out.extend(scripted::hanweb(spec, &items));
                continue;
            }
            Style::JsonFed => {
                out.extend(scripted::json_fed(spec, &items));
                continue;
            }
            _ => {}
        }
        let pages = items.len().div_ceil(spec.per_page).max(1);
        for page in 0..pages {
            let chunk: Vec<&Article> =
                items.iter().skip(page * spec.per_page).take(spec.per_page).copied().collect();
            out.push((spec.list_path(page), list_page(spec, &chunk, page, pages)));
        }
    }
    for section in [Section::News, Section::Open, Section::Service, Section::Interact] {
        out.push((format!("{}/index.html", section.dir()), section_page(cat, section)));
    }
    out
}

fn list_page(spec: &ColumnSpec, items: &[&Article], page: usize, pages: usize) -> Resource {
    let paging = match spec.style {
        Style::TrsScript => scripted::trs_pagination(page, pages),
        _ => pagination(page, pages),
    };
    let section = spec.section;
    let list = if items.is_empty() {
        "<div class=\"no-data\">暂无信息</div>".to_owned()
    } else {
        render_items(spec.style, items)
    };
    // A closed topic says so above its list.
    let note = if section == Section::Topic {
        "<p class=\"archived\">本专题为历史专题，已停止更新，内容仅供查阅。</p>\n"
    } else {
        ""
    };
    column_page(spec, &format!("{note}{list}\n{paging}"))
}

/// A column's list page around `body` (its list, notes and paging): the
/// section's sidebar, the column's heading, its metas and breadcrumb.
pub(super) fn column_page(spec: &ColumnSpec, body: &str) -> Resource {
    let section = spec.section;
    let main = format!(
        "{}<div class=\"col-right\">\n<h2 class=\"col-title\">{}</h2>\n{body}</div>",
        sidebar(section, spec.slug),
        spec.name,
    );
    Page {
        title: spec.name,
        charset: section.charset(),
        metas: vec![("ColumnName", spec.name.to_owned()), ("ColumnType", spec.column_type.to_owned())],
        crumbs: vec![
            ("首页".into(), "/".into()),
            (section.name().into(), "../index.html".into()),
            (spec.name.into(), String::new()),
        ],
        sep: section.crumb_sep(),
        main,
    }
    .resource()
}

/// The section's columns, linked from one column folder to its siblings.
pub(super) fn sidebar(section: Section, current: &str) -> String {
    let items: String = COLUMNS
        .iter()
        .filter(|c| c.section == section)
        .map(|c| {
            let class = if c.slug == current { " class=\"on\"" } else { "" };
            format!("<li{class}><a href=\"../{}/index.html\">{}</a></li>", c.slug, c.name)
        })
        .collect();
    format!("<div class=\"col-left\"><h3>{}</h3><ul>{items}</ul></div>\n", section.name())
}

/// Titles longer than this are cut with "..." (the full one is in `title`).
const SHORT_TITLE: usize = 32;

pub(super) fn short(title: &str) -> String {
    if title.chars().count() <= SHORT_TITLE {
        return esc(title);
    }
    let cut: String = title.chars().take(SHORT_TITLE).collect();
    format!("{}...", esc(&cut))
}

fn render_items(style: Style, items: &[&Article]) -> String {
    match style {
        Style::PolicyTable => policy_table(items),
        Style::Letters => letters_table(items),
        _ => {
            let lis: String = items.iter().map(|a| list_item(style, a)).collect();
            let class = if style == Style::Pictures { "pic-list" } else { "list" };
            format!("<ul class=\"{class}\">\n{lis}</ul>")
        }
    }
}

fn list_item(style: Style, a: &Article) -> String {
    let (href, title) = (a.href_from_list(), esc(a.title()));
    let pin = if a.pinned { "<span class=\"zd\">【置顶】</span>" } else { "" };
    let link =
        format!("{pin}<a href=\"{href}\" target=\"_blank\" title=\"{title}\">{}</a>", short(a.title()));
    match style {
        Style::Titles => format!("<li>{link}</li>\n"),
        Style::Bracket => format!("<li><span class=\"date\">[{}]</span>{link}</li>\n", a.at.format("%m-%d")),
        Style::CnDate => format!("<li>{link}<em>{}</em></li>\n", a.at.format("%Y年%m月%d日")),
        Style::Pictures => {
            let img = a.image.as_deref().unwrap_or_default();
            format!(
                "<li><a href=\"{href}\" target=\"_blank\"><img src=\"./{}/{img}\" alt=\"{title}\" width=\"240\" height=\"160\"></a>\
<p>{link}</p><span>{}</span></li>\n",
                a.at.format("%Y%m"),
                a.at.format("%Y-%m-%d")
            )
        }
        _ => format!("<li>{link}<span>{}</span></li>\n", a.at.format("%Y-%m-%d")),
    }
}

fn policy_table(items: &[&Article]) -> String {
    let rows: String = items
        .iter()
        .map(|a| {
            format!(
                "<tr><td>{}</td><td class=\"title\"><a href=\"{}\" target=\"_blank\" title=\"{}\">{}</a></td><td>{}</td><td>{}</td></tr>\n",
                a.index_no.as_deref().unwrap_or_default(),
                a.href_from_list(),
                esc(a.title()),
                short(a.title()),
                a.at.format("%Y-%m-%d"),
                esc(a.draft.doc_no.as_deref().unwrap_or("")),
            )
        })
        .collect();
    format!(
        "<table class=\"zcwj-list\">\n<thead><tr><th>索引号</th><th>标题</th><th>发布日期</th><th>文号</th></tr></thead>\n<tbody>\n{rows}</tbody></table>"
    )
}

fn letters_table(items: &[&Article]) -> String {
    let rows: String = items
        .iter()
        .map(|a| {
            let replied = a.draft.replied.map(|r| r.format("%Y-%m-%d").to_string()).unwrap_or_default();
            format!(
                "<tr><td class=\"title\"><a href=\"{}\" target=\"_blank\" title=\"{}\">{}</a></td><td>{}</td><td>{replied}</td><td>已办结</td></tr>\n",
                a.href_from_list(),
                esc(a.title()),
                short(a.title()),
                a.at.format("%Y-%m-%d"),
            )
        })
        .collect();
    format!(
        "<table class=\"letters\">\n<thead><tr><th>信件标题</th><th>留言时间</th><th>答复时间</th><th>状态</th></tr></thead>\n<tbody>\n{rows}</tbody></table>"
    )
}

/// 首页 上一页 1 2 3 下一页 尾页, as plain links (TRS also writes a
/// `createPageHTML` script, which crawlers cannot follow).
fn pagination(page: usize, pages: usize) -> String {
    let name = |p: usize| if p == 0 { "index.html".to_owned() } else { format!("index_{p}.html") };
    let link = |p: usize, label: &str| {
        if p == page {
            format!("<span>{label}</span>")
        } else {
            format!("<a href=\"{}\">{label}</a>", name(p))
        }
    };
    let mut parts = vec![link(0, "首页")];
    parts.push(link(page.saturating_sub(1), "上一页"));
    parts.extend((0..pages).map(|p| link(p, &(p + 1).to_string())));
    parts.push(link((page + 1).min(pages - 1), "下一页"));
    parts.push(link(pages - 1, "尾页"));
    format!(
        "<div class=\"page\">{}<span>共{pages}页</span></div>\n<script>var countPage = {pages};var currentPage = {page};</script>\n",
        parts.join(" ")
    )
}

/// A section front page: the newest items of each column, plus the
/// section's own entries.
fn section_page(cat: &Catalog, section: Section) -> Resource {
    let mut main = String::new();
    for (ci, spec) in COLUMNS.iter().enumerate().filter(|(_, c)| c.section == section) {
        // Only what the CMS still serves: the front page is rebuilt on publish.
        let items: String = cat.columns[ci]
            .iter()
            .map(|&i| &cat.articles[i])
            .filter(|a| a.fate == Fate::Served)
            .take(6)
            .map(|a| {
                format!(
                    "<li><a href=\"{}/{}\" title=\"{}\">{}</a><span>{}</span></li>",
                    spec.slug,
                    a.href_from_list().trim_start_matches("./"),
                    esc(a.title()),
                    short(a.title()),
                    a.at.format("%m-%d")
                )
            })
            .collect();
        let items = if items.is_empty() { "<li>暂无信息</li>".to_owned() } else { items };
        main.push_str(&format!(
            "<div class=\"block\"><h3><a href=\"./{slug}/index.html\">{name}</a><a class=\"more\" href=\"{slug}/index.html\">更多&gt;&gt;</a></h3><ul>{items}</ul></div>\n",
            slug = spec.slug,
            name = spec.name
        ));
    }
    main.push_str(&section_extras(section, cat.as_of.year()));
    Page {
        title: section.name(),
        charset: section.charset(),
        metas: vec![("ColumnName", section.name().to_owned()), ("ColumnType", "频道".to_owned())],
        crumbs: vec![("首页".into(), "/".into()), (section.name().into(), String::new())],
        sep: section.crumb_sep(),
        main,
    }
    .resource()
}

/// Entries each section front page has besides its columns.
fn section_extras(section: Section, year: i32) -> String {
    match section {
        Section::News => {
            "<div class=\"block\"><h3>新闻专题</h3><ul><li><a href=\"/zt/index.html\">专题专栏</a></li>\
<li><a href=\"/zwxmt/dtjx/index.html\">新媒体动态</a></li></ul></div>"
                .to_owned()
        }
        Section::Open => format!(
            "<div class=\"block\"><h3>政府信息公开</h3><ul>\
<li><a href=\"xxgkzn.html\">政府信息公开指南</a></li><li><a href=\"ldxx.html\">领导信息</a></li>\
<li><a href=\"jgzn.html\">机构职能</a></li>\
<li><a href=\"{}\">{}年政务公开工作要点（PDF）</a></li></ul></div>",
            defects::chinese_link_href(year),
            year
        ),
        Section::Service => format!(
            "<div class=\"block\"><h3>办事服务</h3><ul>\
<li><a href=\"{}\" target=\"_blank\">四川政务服务网清溪站</a></li>\
<li><a href=\"{}\">在线办理</a></li><li><a href=\"bszn/index.html\">办事指南</a></li></ul></div>",
            esc(&hosts::service_hall()),
            defects::SERVER_ERROR
        ),
        Section::Interact => format!(
            "<div class=\"block\"><h3>互动渠道</h3><ul><li><a href=\"xzxx/xx.html\">我要写信</a></li>\
<li><a href=\"{}\">在线投诉</a></li><li><a href=\"zjdc/index.html\">意见征集</a></li></ul></div>",
            defects::BLOCKED
        ),
        // The topic index is a fixed page (`pages`), not built here.
        Section::Topic => String::new(),
    }
}
