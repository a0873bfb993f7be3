//! A department site of the county: 清溪县教育和体育局, served on a
//! commercial domain as some bureaus still are. The demo audits it after
//! the portal, as an office auditing "the township and department sites"
//! would. It is clean (fresh news, every identity mark, an accessibility
//! entry, accessible markup) but for its domain: `identity.domain`.

use chrono::{Days, NaiveDate};

use crate::serve::{Resource, Site};

use super::hosts::{self, DCS, GOV, MIIT, ZFWZZC};
use super::names::ICP;

/// The bureau's host: not under `.gov.cn` (the planted fault).
pub const HOST: &str = "www.qxjyty.com";
pub(super) const NAME: &str = "清溪县教育和体育局";
pub(super) const SITE_CODE: &str = "5107230015";
const PSB: &str = "51072302000156";

/// News of the bureau: (days before `as_of`, title).
const NEWS: &[(u64, &str)] = &[
    (1, "县教体局召开秋季学期教育教学质量分析会"),
    (3, "全县中小学开展冬季消防安全应急疏散演练"),
    (6, "2026年清溪县中小学生田径运动会圆满落幕"),
    (9, "县教体局开展校园食品安全专项检查"),
    (12, "清溪县2026年教师招聘面试成绩公示"),
];

fn article_path(i: usize) -> String {
    format!("/xwdt/{}.html", i + 1)
}

fn shell(title: &str, main: &str) -> Resource {
    let full_title = if title == NAME { NAME.to_owned() } else { format!("{title}_{NAME}") };
    let zc = hosts::url(ZFWZZC, &format!("/check_web/errorInfo_querySiteInfo.action?sitecode={SITE_CODE}"));
    let logo = hosts::url(DCS, "/image/red.png");
    let miit = hosts::url(MIIT, "/");
    let gov = hosts::url(GOV, "/");
    Resource::html(format!(
        "<!DOCTYPE html>
<html lang=\"zh-CN\">
<head>
<meta charset=\"utf-8\">
<title>{full_title}</title>
<meta name=\"SiteName\" content=\"{NAME}\">
<meta name=\"SiteDomain\" content=\"{HOST}\">
<meta name=\"SiteIDCode\" content=\"{SITE_CODE}\">
</head>
<body>
<div class=\"top\"><a href=\"/\">首页</a> | <a href=\"/wza/index.html\">无障碍</a> | <a href=\"{gov}\">中国政府网</a></div>
<div class=\"main\">
{main}
</div>
<div class=\"footer\">
<p><img src=\"{logo}\" alt=\"党政机关网站标识\" width=\"55\" height=\"68\">
<a href=\"{zc}\">我为政府网站找错</a></p>
<p>主办单位：{NAME}　地址：清溪县城关镇文昌路12号　联系电话：0816-7230015</p>
<p>政府网站标识码：{SITE_CODE}　<a href=\"{miit}\">{ICP}-3</a>　川公网安备 {PSB}号</p>
</div>
</body>
</html>
"
    ))
}

fn news_list(as_of: NaiveDate, limit: usize) -> String {
    let items: String = NEWS
        .iter()
        .take(limit)
        .enumerate()
        .map(|(i, (ago, title))| {
            let day = as_of - Days::new(*ago);
            format!(
                "<li><a href=\"{}\">{title}</a><span>{}</span></li>\n",
                article_path(i),
                day.format("%Y-%m-%d")
            )
        })
        .collect();
    format!("<ul class=\"list\">\n{items}</ul>")
}

/// The bureau's site for `as_of`, its news dated relative to it.
pub(super) fn site(as_of: NaiveDate) -> Site {
    let mut site = Site::default();
    let home = format!(
        "<h1>{NAME}</h1>\n<h2><a href=\"/xwdt/index.html\">教体动态</a></h2>\n{}",
        news_list(as_of, 3)
    );
    site.insert("/", shell(NAME, &home));
    let column = format!("<h1>教体动态</h1>\n{}", news_list(as_of, NEWS.len()));
    site.insert("/xwdt/index.html", shell("教体动态", &column));
    for (i, (ago, title)) in NEWS.iter().enumerate() {
        let day = as_of - Days::new(*ago);
        let main = format!(
            "<h1>{title}</h1>\n<p class=\"info\">发布时间：{}　来源：{NAME}</p>\n\
<p>{title}。各学校要高度重视，认真组织，确保各项工作落到实处。</p>\n<p><a href=\"/xwdt/index.html\">返回列表</a></p>",
            day.format("%Y-%m-%d")
        );
        site.insert(&article_path(i), shell(title, &main));
    }
    let wza = "<h1>无障碍浏览</h1>\n<p>本网站提供放大缩小、高对比度、读屏等辅助功能。</p>";
    site.insert("/wza/index.html", shell("无障碍浏览", wza));
    site
}
