//! The chrome every portal page shares: `<head>` with the site metadata,
//! the top bar with the 无障碍 / 长者模式 entries, the header and nav menu,
//! the breadcrumb, and the footer carrying the site identity marks
//! inspectors look for. Also turns a page into a `Resource` in its
//! section's encoding.

use crate::serve::Resource;

use super::hosts;
use super::names::{
    ADDRESS, CONAC_ID, ICP, OPERATOR, PHONE, SITE_DOMAIN, SITE_ID_CODE, SITE_NAME, SPONSOR,
    TEMPLATE_SITE_ID_CODE,
};
use super::spec::Section;

/// How a page declares its encoding. Real portals mix all four.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Charset {
    /// GBK bytes, `<meta http-equiv … charset=gb2312>`, no charset in the header.
    Gbk,
    /// UTF-8 with `<meta charset="utf-8">`.
    Meta,
    /// UTF-8 with `<meta http-equiv … charset=utf-8>`.
    HttpEquiv,
    /// UTF-8 declared only in the HTTP header.
    HeaderOnly,
}

impl Section {
    pub fn charset(self) -> Charset {
        match self {
            Section::News | Section::Topic => Charset::Meta,
            Section::Open => Charset::Gbk,
            Section::Service => Charset::HttpEquiv,
            Section::Interact => Charset::HeaderOnly,
        }
    }

    /// Breadcrumb separator: each section's template writes its own.
    pub fn crumb_sep(self) -> &'static str {
        match self {
            Section::News | Section::Interact | Section::Topic => " &gt; ",
            Section::Open => " &gt;&gt; ",
            // Not in GBK, so only in a UTF-8 section.
            Section::Service => " » ",
        }
    }
}

/// Everything that varies between pages around the main content.
pub(super) struct Page<'a> {
    pub title: &'a str,
    pub charset: Charset,
    /// Extra `<meta name=… content=…>` (ColumnName, ArticleTitle, …).
    pub metas: Vec<(&'static str, String)>,
    /// (label, href) from the site root to the current page; the last one
    /// is the current page and is not linked.
    pub crumbs: Vec<(String, String)>,
    pub sep: &'static str,
    pub main: String,
}

impl Page<'_> {
    pub fn render(&self) -> String {
        let mut html = String::with_capacity(self.main.len() + 6000);
        html.push_str("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n");
        html.push_str(charset_meta(self.charset));
        // The home page is titled with the site name alone.
        let title = if self.title == SITE_NAME {
            SITE_NAME.to_owned()
        } else {
            format!("{}_{SITE_NAME}", esc(self.title))
        };
        html.push_str(&format!("<title>{title}</title>\n"));
        for (name, value) in site_metas().iter().chain(&self.metas) {
            html.push_str(&format!("<meta name=\"{name}\" content=\"{}\">\n", esc(value)));
        }
        html.push_str("<link rel=\"stylesheet\" href=\"/css/common.css\">\n");
        html.push_str("<script src=\"/js/jquery-1.12.4.min.js\"></script>\n</head>\n<body>\n");
        // Every page, the home page too, carries the 无障碍 / 长者模式
        // entries: the 长者模式 page is what the elderly.* checks judge.
        html.push_str(&header());
        html.push_str(&self.breadcrumb());
        html.push_str("<div class=\"main w1200\">\n");
        html.push_str(&self.main);
        html.push_str("\n</div>\n");
        html.push_str(&footer());
        html.push_str("</body>\n</html>\n");
        html
    }

    fn breadcrumb(&self) -> String {
        if self.crumbs.is_empty() {
            return String::new();
        }
        let last = self.crumbs.len() - 1;
        let parts: Vec<String> = self
            .crumbs
            .iter()
            .enumerate()
            .map(
                |(i, (label, href))| {
                    if i == last { esc(label) } else { format!("<a href=\"{href}\">{}</a>", esc(label)) }
                },
            )
            .collect();
        format!("<div class=\"position w1200\">您的位置：{}</div>\n", parts.join(self.sep))
    }

    pub fn resource(&self) -> Resource {
        encode(self.charset, &self.render())
    }
}

/// A finished page in `charset`'s encoding.
pub(super) fn encode(charset: Charset, html: &str) -> Resource {
    match charset {
        Charset::Gbk => Resource::html_encoded(html, encoding_rs::GBK),
        _ => Resource::html(html.to_owned()),
    }
}

fn charset_meta(charset: Charset) -> &'static str {
    match charset {
        Charset::Gbk => "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">\n",
        Charset::Meta => "<meta charset=\"utf-8\">\n",
        Charset::HttpEquiv => "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n",
        Charset::HeaderOnly => "",
    }
}

fn site_metas() -> [(&'static str, String); 3] {
    [
        ("SiteName", SITE_NAME.to_owned()),
        ("SiteDomain", SITE_DOMAIN.to_owned()),
        // Planted (identity.mismatch): the metadata still carries the code
        // of the city site the template was copied from.
        ("SiteIDCode", TEMPLATE_SITE_ID_CODE.to_owned()),
    ]
}

/// Escapes text for HTML content and attribute values.
pub(super) fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The nav menu: (label, href). Column lists are always linked as
/// `…/index.html`, the home page as `/`.
pub(super) const NAV: &[(&str, &str)] = &[
    ("首页", "/"),
    ("政务公开", "/xxgk/index.html"),
    ("新闻动态", "/xwzx/index.html"),
    ("政务服务", "/zwfw/index.html"),
    ("互动交流", "/hdjl/index.html"),
    ("走进清溪", "/zjqx/index.html"),
];

fn header() -> String {
    let nav: String =
        NAV.iter().map(|(label, href)| format!("<li><a href=\"{href}\">{label}</a></li>")).collect();
    let assist = "<a href=\"/wza/index.html\" class=\"wza\">无障碍</a> | <a href=\"/zzms/index.html\" class=\"zzms\">长者模式</a> | ";
    format!(
        "<div class=\"topbar\"><div class=\"w1200\"><span class=\"welcome\">欢迎访问{SITE_NAME}门户网站</span>\
<span class=\"tools\">{assist}\
<a href=\"javascript:void(0)\" onclick=\"addFavorite()\">加入收藏</a> | <a href=\"/admin/login.html\">内网登录</a></span></div></div>\n\
<div class=\"header\"><div class=\"w1200\"><a href=\"/\" class=\"logo\"><img src=\"/images/logo.png\" alt=\"{SITE_NAME}\" width=\"480\" height=\"80\"></a>\n\
<form class=\"search\" action=\"/search/index.jsp\" method=\"get\"><label for=\"searchword\" class=\"sr-only\">站内搜索</label>\
<input id=\"searchword\" name=\"searchword\" type=\"text\" placeholder=\"请输入关键字\"><button type=\"submit\">搜索</button> \
<a href=\"/search/advanced.jsp\">高级检索</a></form></div></div>\n\
<div class=\"nav\"><ul class=\"w1200\">{nav}</ul></div>\n"
    )
}

/// The footer with the identity marks of 《政府网站发展指引》, save two
/// planted faults: the 公安机关备案标识 and the 我为政府网站找错 entry went
/// missing in a template redesign (identity.missing, identity.no-error-report-entry).
pub(super) fn footer() -> String {
    let conac = hosts::url(hosts::BSZS, &format!("/sitename?method=show&id={CONAC_ID}"));
    let logo = hosts::url(hosts::DCS, "/image/red.png");
    let miit = hosts::url(hosts::MIIT, "/");
    format!(
        "<div class=\"footer\"><div class=\"w1200\">\n\
<div class=\"footer-links\"><a href=\"/zjqx/lxwm.html\">联系我们</a> | <a href=\"/zjqx/wzdt.html\">网站地图</a> | <a href=\"/zjqx/mzsm.html\">免责声明</a></div>\n\
<div class=\"marks\"><a href=\"{conac}\" target=\"_blank\" class=\"conac\"><img src=\"{logo}\" alt=\"党政机关网站标识\" width=\"55\" height=\"68\"></a></div>\n\
<p>主办单位：{SPONSOR}　承办单位：{OPERATOR}</p>\n\
<p>网站标识码：{SITE_ID_CODE}　<a href=\"{miit}\" target=\"_blank\">{ICP}</a></p>\n\
<p>联系电话：{PHONE}（工作日 9:00-17:00）　地址：{ADDRESS}　邮编：621600</p>\n\
<p>建议使用1920×1080分辨率、IE10以上版本浏览器访问本站</p>\n\
</div></div>\n<script src=\"/js/common.js\"></script>\n",
        conac = esc(&conac),
    )
}
