//! The county's unit sites the demo audits after the portal, as an office
//! auditing "the township and department sites" would, and ranks with it:
//!
//! - 清溪县教育和体育局, served on a commercial domain as some bureaus
//!   still are. Clean (fresh news, every identity mark, an accessibility
//!   entry, accessible markup) but for its domain: `identity.domain`.
//! - 清溪县青石镇人民政府, under the portal's domain, whose staff stopped
//!   posting five weeks ago: its home page is stale (veto V3), so the
//!   ranking shows a vetoed site. Its 镇长信箱 has left a letter waiting
//!   five months (`interaction.unanswered`, veto V5) and published no
//!   reply for over two months (`interaction.not-published`); nor does it
//!   offer a services entry (`service.no-entry`, veto V6), a search box
//!   (`site.no-search`) or last year's annual report
//!   (`site.no-annual-report`).
//! - 清溪县河坝镇人民政府, kept up to date, but with no consultation
//!   channel: only a 信访 link (`interaction.no-channel`, veto V5), and a
//!   search that finds nothing (`site.search-broken`).
//! - 清溪县石门乡人民政府, abandoned a year and six days before `as_of`.
//!   Its lists print `MM-DD` only and its URLs carry no date, so taken as
//!   this year's its newest `11-20` would look six days old; its pages'
//!   footer says when they were last generated (页面生成时间), which dates
//!   them a year back: its home page (veto V3) and its five news, notice
//!   and policy columns (veto V4) are stale.

use checks::score::SiteKind;
use chrono::{Datelike, Days, NaiveDate};

use crate::serve::{Resource, Site};

use super::hosts::{self, DCS, GOV, MIIT, ZFWZZC};
use super::names::ICP;

/// A unit's site: who runs it and what it has published.
pub struct Unit {
    pub host: &'static str,
    pub name: &'static str,
    pub site_code: &'static str,
    psb: &'static str,
    pub kind: SiteKind,
    /// Its news column's title.
    column: &'static str,
    /// News: (days before `as_of`, title).
    news: &'static [(u64, &'static str)],
    /// Its consultation channel's name (局长信箱), linked from every page;
    /// `None`: it has none.
    mailbox: Option<&'static str>,
    /// Letters the mailbox publishes: (days before `as_of` it came, days
    /// before `as_of` it was answered or `None` while pending, title).
    /// Without letters the mailbox page only says how to write.
    letters: &'static [(u64, Option<u64>, &'static str)],
    /// It offers what a kept site offers: a link to the county's services
    /// on the provincial platform (政务服务), a search box and last year's
    /// website annual report (网站工作年度报表) on its home page.
    complete: bool,
    /// Its search finds its news; `false`: every search answers "nothing
    /// found" (`site.search-broken`).
    search_works: bool,
    /// Its lists and articles print dates without a year (`11-20`), and
    /// every page says when it was generated: the day after its newest news.
    year_less: bool,
    /// More columns beside the news one, each listing the news again under
    /// its own folder: (folder, name).
    more_columns: &'static [(&'static str, &'static str)],
}

/// The bureau: its host is not under `.gov.cn` (the planted fault).
pub const BUREAU: Unit = Unit {
    host: "www.qxjyty.com",
    name: "清溪县教育和体育局",
    site_code: "5107230015",
    psb: "51072302000156",
    kind: SiteKind::Department,
    column: "教体动态",
    news: &[
        (1, "县教体局召开秋季学期教育教学质量分析会"),
        (3, "全县中小学开展冬季消防安全应急疏散演练"),
        (6, "2026年清溪县中小学生田径运动会圆满落幕"),
        (9, "县教体局开展校园食品安全专项检查"),
        (12, "清溪县2026年教师招聘面试成绩公示"),
    ],
    mailbox: Some("局长信箱"),
    letters: &[],
    complete: true,
    search_works: true,
    year_less: false,
    more_columns: &[],
};

/// The township: its newest item is 36 days old (the planted fault: V3).
pub const TOWNSHIP: Unit = Unit {
    host: "qsz.qingxi.gov.cn",
    name: "清溪县青石镇人民政府",
    site_code: "5107230021",
    psb: "51072302000171",
    kind: SiteKind::Township,
    column: "乡镇动态",
    news: &[
        (36, "青石镇召开秋冬季森林防灭火工作部署会"),
        (41, "青石镇开展农村人居环境整治“回头看”"),
        (47, "青石镇2026年秋季征兵体检工作顺利完成"),
        (55, "青石镇召开党委理论学习中心组学习会"),
    ],
    mailbox: Some("镇长信箱"),
    letters: &[
        (75, Some(72), "咨询青石镇农村自建房审批手续"),
        (100, Some(96), "关于青石镇青龙村道路积水的问题"),
        // The planted faults: pending for 150 days; newest reply 72 days old.
        (150, None, "关于青石镇集镇生活污水直排的问题"),
    ],
    complete: false,
    search_works: false,
    year_less: false,
    more_columns: &[],
};

/// The portal path of a unit's letter, by its position in `letters`.
pub fn letter_path(i: usize) -> String {
    format!("/hdjl/{}.html", i + 1)
}

/// Where a unit's search box sends its query.
const SEARCH_PATH: &str = "/search.html";

/// Where a unit's mailbox is.
pub const MAILBOX_PATH: &str = "/hdjl/index.html";

/// A second township, kept up to date but with no consultation channel
/// at all: only a 信访 (petitions) link, which the rule leaves out
/// (`interaction.no-channel`, veto V5).
pub const TOWNSHIP_NO_CHANNEL: Unit = Unit {
    host: "hbz.qingxi.gov.cn",
    name: "清溪县河坝镇人民政府",
    site_code: "5107230022",
    psb: "51072302000172",
    kind: SiteKind::Township,
    column: "乡镇动态",
    news: &[
        (2, "河坝镇召开冬季森林防灭火工作部署会"),
        (5, "河坝镇开展冬季农田水利基本建设"),
        (8, "河坝镇举办农村实用技术培训班"),
    ],
    mailbox: None,
    letters: &[],
    complete: true,
    search_works: false,
    year_less: false,
    more_columns: &[],
};

/// A township abandoned over a year ago whose lists print no year (the
/// planted fault: V3 and V4, which reading `11-20` as this year's hides).
pub const TOWNSHIP_YEAR_LESS: Unit = Unit {
    host: "smx.qingxi.gov.cn",
    name: "清溪县石门乡人民政府",
    site_code: "5107230023",
    psb: "51072302000173",
    kind: SiteKind::Township,
    column: "乡镇动态",
    news: &[
        (371, "石门乡召开秋冬季森林防灭火工作部署会"),
        (379, "石门乡开展农村人居环境整治专项行动"),
        (386, "石门乡举办农村实用技术培训班"),
        (398, "石门乡召开党委理论学习中心组学习会"),
    ],
    mailbox: Some("乡长信箱"),
    letters: &[],
    complete: true,
    search_works: true,
    year_less: true,
    more_columns: &[("tzgg", "通知公告"), ("zcwj", "政策文件"), ("gzdt", "工作动态"), ("tpxw", "图片新闻")],
};

/// The unit sites, in the order the demo audits them.
pub const UNITS: [&Unit; 4] = [&BUREAU, &TOWNSHIP, &TOWNSHIP_NO_CHANNEL, &TOWNSHIP_YEAR_LESS];

fn article_path(i: usize) -> String {
    format!("/xwdt/{}.html", i + 1)
}

/// The title a news item has in another column (`（通知公告）`).
fn suffix_of(name: &str) -> String {
    format!("（{name}）")
}

/// How the unit writes a day: `11-20` on a year-less site.
fn written(unit: &Unit, day: NaiveDate) -> String {
    day.format(if unit.year_less { "%m-%d" } else { "%Y-%m-%d" }).to_string()
}

fn shell(unit: &Unit, title: &str, main: &str, as_of: NaiveDate) -> Resource {
    let Unit { host, name, site_code, psb, .. } = unit;
    // A static CMS stamps each page when it writes it: the day after the
    // last news, when the editors stopped.
    let generated = match unit.news.first() {
        Some((ago, _)) if unit.year_less => {
            let day = as_of - Days::new(*ago) + Days::new(1);
            format!("\n<p>页面生成时间：{} 09:00:00</p>", day.format("%Y-%m-%d"))
        }
        _ => String::new(),
    };
    // Without a mailbox, only the petitions office is linked (信访 is not
    // a consultation channel).
    let channel = match unit.mailbox {
        Some(mailbox) => format!("<a href=\"{MAILBOX_PATH}\">{mailbox}</a>"),
        None => format!("<a href=\"{}\">信访信箱</a>", hosts::url(hosts::SC, "/")),
    };
    let services = if unit.complete {
        format!(
            " | <a href=\"{}\">政务服务</a> <form class=\"search\" action=\"{SEARCH_PATH}\" method=\"get\">\
<input name=\"q\" type=\"text\" aria-label=\"站内搜索\"><button type=\"submit\">搜索</button></form>",
            hosts::service_hall()
        )
    } else {
        String::new()
    };
    let full_title = if title == *name { (*name).to_owned() } else { format!("{title}_{name}") };
    let zc = hosts::url(ZFWZZC, &format!("/check_web/errorInfo_querySiteInfo.action?sitecode={site_code}"));
    let logo = hosts::url(DCS, "/image/red.png");
    let miit = hosts::url(MIIT, "/");
    let gov = hosts::url(GOV, "/");
    Resource::html(format!(
        "<!DOCTYPE html>
<html lang=\"zh-CN\">
<head>
<meta charset=\"utf-8\">
<title>{full_title}</title>
<meta name=\"SiteName\" content=\"{name}\">
<meta name=\"SiteDomain\" content=\"{host}\">
<meta name=\"SiteIDCode\" content=\"{site_code}\">
</head>
<body>
<div class=\"top\"><a href=\"/\">首页</a> | {channel} | <a href=\"/wza/index.html\">无障碍</a> | <a href=\"{gov}\">中国政府网</a>{services}</div>
<div class=\"main\">
{main}
</div>
<div class=\"footer\">
<p><img src=\"{logo}\" alt=\"党政机关网站标识\" width=\"55\" height=\"68\">
<a href=\"{zc}\">我为政府网站找错</a></p>
<p>主办单位：{name}　地址：清溪县城关镇文昌路12号　联系电话：0816-7230015</p>
<p>政府网站标识码：{site_code}　<a href=\"{miit}\">{ICP}-3</a>　川公网安备 {psb}号</p>{generated}
</div>
</body>
</html>
"
    ))
}

fn news_list(unit: &Unit, as_of: NaiveDate, limit: usize) -> String {
    list_in(unit, as_of, limit, "xwdt", "")
}

/// A list of the unit's news under `folder`, each title followed by `suffix`.
fn list_in(unit: &Unit, as_of: NaiveDate, limit: usize, folder: &str, suffix: &str) -> String {
    let items: String = unit
        .news
        .iter()
        .take(limit)
        .enumerate()
        .map(|(i, (ago, title))| {
            let day = as_of - Days::new(*ago);
            format!(
                "<li><a href=\"/{folder}/{}.html\">{title}{suffix}</a><span>{}</span></li>\n",
                i + 1,
                written(unit, day)
            )
        })
        .collect();
    format!("<ul class=\"list\">\n{items}</ul>")
}

/// A unit's site for `as_of`, its news dated relative to it.
pub(super) fn site(unit: &Unit, as_of: NaiveDate) -> Site {
    let (name, column) = (unit.name, unit.column);
    let mut site = Site::default();
    let year = as_of.year() - 1;
    let report_path = format!("/ndbb/{year}.html");
    let report = if unit.complete {
        let title = format!("{name}网站{year}年度工作报表");
        let main = format!("<h1>{title}</h1>\n<p>现将本网站{year}年度工作报表予以公开。</p>");
        site.insert(&report_path, shell(unit, &title, &main, as_of));
        format!("\n<p><a href=\"{report_path}\">{year}年度报表</a></p>")
    } else {
        String::new()
    };
    let more: String = unit
        .more_columns
        .iter()
        .map(|(folder, title)| format!("<p><a href=\"/{folder}/index.html\">{title}</a></p>\n"))
        .collect();
    let home = format!(
        "<h1>{name}</h1>\n<h2><a href=\"/xwdt/index.html\">{column}</a></h2>\n{}{report}\n{more}",
        news_list(unit, as_of, 3)
    );
    for (folder, title) in unit.more_columns {
        let suffix = suffix_of(title);
        let list = format!("<h1>{title}</h1>\n{}", list_in(unit, as_of, unit.news.len(), folder, &suffix));
        site.insert(&format!("/{folder}/index.html"), shell(unit, title, &list, as_of));
        for (i, (ago, news)) in unit.news.iter().enumerate() {
            let page = article(unit, &format!("{news}{suffix}"), as_of - Days::new(*ago), folder, as_of);
            site.insert(&format!("/{folder}/{}.html", i + 1), page);
        }
    }
    site.insert("/", shell(unit, name, &home, as_of));
    let list = format!("<h1>{column}</h1>\n{}", news_list(unit, as_of, unit.news.len()));
    site.insert("/xwdt/index.html", shell(unit, column, &list, as_of));
    for (i, (ago, title)) in unit.news.iter().enumerate() {
        site.insert(&article_path(i), article(unit, title, as_of - Days::new(*ago), "xwdt", as_of));
    }
    mailbox(unit, as_of, &mut site);
    if unit.complete {
        let found = "<h1>搜索结果</h1>\n<p>请输入关键词。</p>";
        site.insert(SEARCH_PATH, shell(unit, "搜索结果", found, as_of));
        // Any query: a working search lists the news (the newest among
        // them); a broken one finds nothing.
        let results = if unit.search_works {
            let items: String = unit
                .news
                .iter()
                .enumerate()
                .map(|(i, (_, title))| format!("<li><a href=\"{}\">{title}</a></li>\n", article_path(i)))
                .collect();
            format!("<h1>搜索结果</h1>\n<ul>\n{items}</ul>")
        } else {
            "<h1>搜索结果</h1>\n<p>没有找到相关结果。</p>".to_owned()
        };
        let page = shell(unit, "搜索结果", &results, as_of);
        site.generate(&format!("{SEARCH_PATH}?"), move |_| Some(page.clone()));
    }
    let wza = "<h1>无障碍浏览</h1>\n<p>本网站提供放大缩小、高对比度、读屏等辅助功能。</p>";
    site.insert("/wza/index.html", shell(unit, "无障碍浏览", wza, as_of));
    site
}

/// A news article published on `day`, listed under `folder`.
fn article(unit: &Unit, title: &str, day: NaiveDate, folder: &str, as_of: NaiveDate) -> Resource {
    let main = format!(
        "<h1>{title}</h1>\n<p class=\"info\">发布时间：{}　来源：{}</p>\n\
<p>{title}。各单位要高度重视，认真组织，确保各项工作落到实处。</p>\n<p><a href=\"/{folder}/index.html\">返回列表</a></p>",
        written(unit, day),
        unit.name
    );
    shell(unit, title, &main, as_of)
}

/// The unit's mailbox: a table of its letters with 留言时间 and 答复时间
/// and a page for each, or, without letters, how to write.
fn mailbox(unit: &Unit, as_of: NaiveDate, site: &mut Site) {
    let day = |ago: u64| (as_of - Days::new(ago)).format("%Y-%m-%d").to_string();
    let Some(mailbox) = unit.mailbox else { return };
    if unit.letters.is_empty() {
        let main = format!(
            "<h1>{mailbox}</h1>\n<p>来信请发送电子邮件至 jyty@qingxi.gov.cn，我们将在 5 个工作日内答复。</p>"
        );
        site.insert(MAILBOX_PATH, shell(unit, mailbox, &main, as_of));
        return;
    }
    let mut rows = String::new();
    for (i, (asked, answered, title)) in unit.letters.iter().enumerate() {
        let (answered, state) = match answered {
            Some(a) => (day(*a), "已办结"),
            None => (String::new(), "办理中"),
        };
        rows.push_str(&format!(
            "<tr><td><a href=\"{}\">{title}</a></td><td>{}</td><td>{answered}</td><td>{state}</td></tr>\n",
            letter_path(i),
            day(*asked)
        ));
        let reply = if answered.is_empty() {
            String::new()
        } else {
            format!("<p>答复时间：{answered}</p>\n<p>您好！来信收悉，已转相关部门办理。</p>")
        };
        let main = format!(
            "<h1>{title}</h1>\n<p>留言时间：{}</p>\n<p>办理状态：{state}</p>\n{reply}<p><a href=\"{MAILBOX_PATH}\">返回列表</a></p>",
            day(*asked)
        );
        site.insert(&letter_path(i), shell(unit, title, &main, as_of));
    }
    let main = format!(
        "<h1>{mailbox}</h1>\n<table class=\"letters\">\n<tr><th>信件标题</th><th>留言时间</th><th>答复时间</th><th>状态</th></tr>\n{rows}</table>"
    );
    site.insert(MAILBOX_PATH, shell(unit, mailbox, &main, as_of));
}
