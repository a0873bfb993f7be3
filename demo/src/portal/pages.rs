//! The portal's fixed pages: 走进清溪 (county profile), the topic pages
//! (专题专栏), the 政务公开 guide pages (领导信息 is `leaders`), the letter form, the 无障碍 and
//! 长者模式 pages, the site map and the friendly 404 page. They give the
//! crawler the ordinary, healthy pages a county portal mostly consists of.

use crate::serve::Resource;

use super::defects;
use super::layout::{Charset, Page, esc};
use super::legacy;
use super::names::{ADDRESS, DEPARTMENTS, PHONE, SITE_NAME, SPONSOR, TOWNS};
use super::spec::{COLUMNS, Section};

/// Every fixed page.
pub(super) fn routes() -> Vec<(String, Resource)> {
    let mut out = Vec::new();
    out.extend(county_pages());
    out.extend(topic_pages());
    out.extend(open_pages());
    out.push(("/hdjl/xzxx/xx.html".into(), letter_form()));
    out.push(("/wza/index.html".into(), accessibility()));
    out.push(("/zzms/index.html".into(), elder_mode()));
    out
}

fn page(title: &str, charset: Charset, crumbs: &[(&str, &str)], main: String) -> Resource {
    let mut all = vec![("首页".to_owned(), "/".to_owned())];
    all.extend(crumbs.iter().map(|(l, h)| (l.to_string(), h.to_string())));
    all.push((title.to_owned(), String::new()));
    let sep = if charset == Charset::Gbk { " &gt;&gt; " } else { " &gt; " };
    Page {
        title,
        charset,
        metas: vec![("ColumnName", title.to_owned()), ("ColumnType", "其他".to_owned())],
        crumbs: all,
        sep,
        main,
    }
    .resource()
}

fn paragraphs(texts: &[&str]) -> String {
    texts.iter().map(|t| format!("<p>{}</p>\n", esc(t))).collect()
}

const ZJQX: (&str, &str) = ("走进清溪", "/zjqx/index.html");

fn county_pages() -> Vec<(String, Resource)> {
    let intro = paragraphs(&[
        "清溪县位于四川盆地中部偏北，地处涪江中游，东邻南充，西接绵阳城区，幅员面积1645平方千米，辖12个镇、2个乡，总人口约55万人。",
        "清溪历史悠久，文化底蕴深厚，素有“蚕桑之乡”的美誉。",
    ]);
    let links = "<ul class=\"list\"><li><a href=\"qxgk.html\">县情概况</a></li><li><a href=\"lsyg.html\">历史沿革</a></li>\
<li><a href=\"xzqh.html\">行政区划</a></li><li><a href=\"lyzy.html\">旅游资源</a></li></ul>";
    let towns: String = TOWNS.iter().map(|t| format!("<tr><td>{t}</td><td>{t}人民政府</td></tr>")).collect();
    let contacts: String = DEPARTMENTS
        .iter()
        .enumerate()
        .map(|(i, d)| format!("<tr><td>{d}</td><td>0816-72{:05}</td></tr>", 21300 + i * 17))
        .collect();
    let sitemap: String = COLUMNS
        .iter()
        .map(|c| format!("<li><a href=\"{}\">{}－{}</a></li>", c.list_path(0), c.section.name(), c.name))
        .collect();
    vec![
        ("/zjqx/index.html".into(), page("走进清溪", Charset::Meta, &[], format!("{intro}{links}"))),
        (
            "/zjqx/qxgk.html".into(),
            page(
                "县情概况",
                Charset::Meta,
                &[ZJQX],
                intro.clone()
                    + &paragraphs(&[
                        "清溪县属亚热带湿润季风气候，四季分明，雨量充沛，年平均气温16.8℃。境内以丘陵为主，海拔在380米至720米之间。",
                        "近年来，全县坚持工业强县、农业稳县、生态立县、开放兴县，地区生产总值突破200亿元，城乡居民收入稳步增长。",
                    ]),
            ),
        ),
        (
            "/zjqx/lsyg.html".into(),
            page(
                "历史沿革",
                Charset::Meta,
                &[ZJQX],
                paragraphs(&[
                    "清溪古为巴蜀之地，西魏时置县，因境内清溪河得名，历代多有沿革。",
                    "1950年清溪县人民政府成立，先后隶属川北行署、绵阳专区，1985年起属绵阳市。",
                ]),
            ),
        ),
        (
            "/zjqx/xzqh.html".into(),
            page(
                "行政区划",
                Charset::Meta,
                &[ZJQX],
                format!(
                    "<p>全县辖12个镇、2个乡，县人民政府驻城关镇。</p>\n<table><tr><th>乡镇</th><th>政府机关</th></tr>{towns}</table>"
                ),
            ),
        ),
        (
            "/zjqx/lyzy.html".into(),
            page(
                "旅游资源",
                Charset::Meta,
                &[ZJQX],
                format!(
                    "<p class=\"center\"><img src=\"/images/banner2.png\" alt=\"清溪河风光带\" width=\"800\" height=\"300\"></p>\n{}",
                    paragraphs(&[
                        "清溪县旅游资源丰富，有清溪古镇、清溪河湿地公园、金鸡山森林公园等景区，每年吸引游客超过300万人次。"
                    ])
                ),
            ),
        ),
        (
            "/zjqx/lxwm.html".into(),
            page(
                "联系我们",
                Charset::Meta,
                &[],
                format!(
                    "<p>主办单位：{SPONSOR}</p><p>地址：{ADDRESS}</p><p>联系电话：{PHONE}</p>\
<p>电子邮箱：<a href=\"mailto:qxzfbgs@qingxi.gov.cn\">qxzfbgs@qingxi.gov.cn</a></p>\n\
<table><tr><th>部门</th><th>办公电话</th></tr>{contacts}</table>"
                ),
            ),
        ),
        (
            "/zjqx/wzdt.html".into(),
            page("网站地图", Charset::Meta, &[], format!("<ul class=\"sitemap\">{sitemap}</ul>")),
        ),
        (
            "/zjqx/mzsm.html".into(),
            page(
                "免责声明",
                Charset::Meta,
                &[],
                paragraphs(&[
                    "本网站所载内容仅供参考，如与正式文件不一致，以正式文件为准。",
                    "转载本网站原创内容，须注明来源。本网站链接的外部网站，其内容由该网站负责。",
                ]),
            ),
        ),
    ]
}

const ZT: (&str, &str) = ("专题专栏", "/zt/index.html");

/// Topics: (folder, name, lead paragraph).
const TOPICS: &[(&str, &str, &str)] = &[
    (
        "xczx",
        "全面推进乡村振兴",
        "我县深入实施乡村振兴战略，巩固拓展脱贫攻坚成果，推动乡村产业、人才、文化、生态、组织全面振兴。",
    ),
    (
        "yshj",
        "优化营商环境",
        "我县持续深化“放管服”改革，打造市场化、法治化、国际化一流营商环境，全力服务市场主体发展。",
    ),
    (
        "cjwm",
        "创建全国文明城市",
        "我县以创建全国文明城市为抓手，深入开展城乡环境综合治理，不断提升群众获得感幸福感。",
    ),
];

/// Closed topics whose columns are in the catalog (`Section::Topic`):
/// (folder, name). Their list pages are built with the other columns.
const HISTORIC: &[(&str, &str)] = &[("2019tpgj", "2019年脱贫攻坚专题")];

fn topic_pages() -> Vec<(String, Resource)> {
    let mut list: String = TOPICS
        .iter()
        .map(|(slug, name, _)| format!("<li><a href=\"./{slug}/index.html\">{name}</a></li>\n"))
        .collect();
    list.push_str(&format!(
        "<li><a href=\"{}\">“不忘初心、牢记使命”主题教育（已归档）</a></li>\n",
        defects::LOOP
    ));
    let mut historic: String = HISTORIC
        .iter()
        .map(|(slug, name)| format!("<li><a href=\"./{slug}/index.html\">{name}</a></li>\n"))
        .collect();
    historic.push_str(&format!("<li><a href=\"{}\">{}</a></li>\n", legacy::TOPIC, legacy::TOPIC_NAME));
    let main =
        format!("<ul class=\"list\">\n{list}</ul>\n<h3>历史专题</h3>\n<ul class=\"list\">\n{historic}</ul>");
    let mut out = vec![("/zt/index.html".to_owned(), page("专题专栏", Charset::Meta, &[], main))];
    for (slug, name, lead) in TOPICS {
        let main = format!(
            "<h2>{name}</h2>\n<p>{lead}</p>\n<p>相关信息请查阅<a href=\"/xwzx/gzdt/index.html\">工作动态</a>和<a href=\"/xxgk/zcwj/index.html\">政策文件</a>栏目。</p>"
        );
        out.push((format!("/zt/{slug}/index.html"), page(name, Charset::Meta, &[ZT], main)));
    }
    out
}

const XXGK: (&str, &str) = ("政务公开", "/xxgk/index.html");

/// 政务公开 guide pages, in the section's GBK.
fn open_pages() -> Vec<(String, Resource)> {
    let depts: String = DEPARTMENTS.iter().map(|d| format!("<li>{d}</li>")).collect();
    let open = Section::Open.charset();
    vec![
        (
            "/xxgk/xxgkzn.html".into(),
            page(
                "政府信息公开指南",
                open,
                &[XXGK],
                paragraphs(&[
                    "为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》，编制本指南。",
                    "一、主动公开。主动公开的政府信息，通过本网站“政务公开”栏目、政府公报、新闻发布会等方式公开，属于主动公开范围的政府信息，自形成或者变更之日起20个工作日内予以公开。",
                    "二、依申请公开。公民、法人或者其他组织可以向县人民政府办公室申请获取相关政府信息。申请人可通过信函、当面提交等方式提出申请。",
                    "三、监督保障。公民、法人或者其他组织认为行政机关在政府信息公开工作中侵犯其合法权益的，可以依法申请行政复议或者提起行政诉讼。",
                ]),
            ),
        ),
        (
            "/xxgk/jgzn.html".into(),
            page(
                "机构职能",
                open,
                &[XXGK],
                format!(
                    "<p>清溪县人民政府是县人民代表大会的执行机关，是县级国家行政机关。县政府工作部门如下：</p><ul>{depts}</ul>"
                ),
            ),
        ),
    ]
}

fn letter_form() -> Resource {
    let main = "<h2>我要写信</h2>\n<p>请如实填写以下信息，我们将在5个工作日内答复。</p>\n\
<form action=\"/hdjl/xzxx/submit.jsp\" method=\"post\">\
<p><label for=\"xm\">姓名</label><input id=\"xm\" name=\"xm\" type=\"text\"></p>\
<p><label for=\"bt\">标题</label><input id=\"bt\" name=\"bt\" type=\"text\"></p>\
<p><label for=\"nr\">内容</label><textarea id=\"nr\" name=\"nr\"></textarea></p>\
<p><button type=\"submit\">提交</button></p></form>\n<p><a href=\"index.html\">查看信件选登</a></p>"
        .to_owned();
    page(
        "我要写信",
        Section::Interact.charset(),
        &[("互动交流", "/hdjl/index.html"), ("县长信箱", "/hdjl/xzxx/index.html")],
        main,
    )
}

fn accessibility() -> Resource {
    let main = paragraphs(&[
        "本网站已按照《信息技术 互联网内容无障碍可访问性技术要求与测试方法》（GB/T 37668-2019）进行无障碍改造。",
        "辅助工具提供声音播放、放大缩小、高对比度、大鼠标、十字光标、读屏等功能，可通过页面顶部“无障碍”按钮开启或关闭。",
        "键盘操作：Tab键切换焦点，Enter键打开链接，Alt+1返回首页。",
    ]);
    page("无障碍浏览", Charset::HttpEquiv, &[], main)
}

/// 长者模式: the elderly-friendly version, large text and the main entries,
/// with text-size and contrast buttons of its own (elderly.no-text-zoom and
/// elderly.no-high-contrast stay silent); but the ordinary template's 飘窗,
/// a picture a timer moves across the page, came along with the redesign
/// (planted: elderly.popup-ads).
fn elder_mode() -> Resource {
    let entries: String = [
        ("/xwzx/gzdt/index.html", "工作动态"),
        ("/xxgk/tzgg/index.html", "通知公告"),
        ("/zwfw/bszn/index.html", "办事指南"),
        ("/hdjl/xzxx/index.html", "县长信箱"),
    ]
    .iter()
    .map(|(href, label)| format!("<li style=\"font-size:28px\"><a href=\"{href}\">{label}</a></li>"))
    .collect();
    let tools = "<div class=\"care-tools\">字号：<button type=\"button\" onclick=\"careSize(1)\">A+</button> \
<button type=\"button\" onclick=\"careSize(-1)\">A-</button> <button type=\"button\" onclick=\"careContrast()\">高对比度</button></div>";
    let float = "<div id=\"float_ad\" style=\"position:absolute;left:0;top:160px;z-index:99\">\
<a href=\"/xwzx/gzdt/index.html\"><img src=\"/images/banner2.png\" alt=\"创建全国文明城市\" width=\"200\" height=\"120\"></a></div>\n\
<script>var fl = document.getElementById(\"float_ad\"), x = 0, y = 160, dx = 1, dy = 1;\n\
setInterval(function () { x += dx; y += dy; if (x < 0 || x > document.documentElement.clientWidth - 200) { dx = -dx; } \
if (y < 0 || y > document.documentElement.clientHeight - 120) { dy = -dy; } fl.style.left = x + \"px\"; fl.style.top = y + \"px\"; }, 30);</script>";
    let main = format!(
        "{tools}\n<h2 style=\"font-size:32px\">长者模式</h2>\n<p style=\"font-size:24px\">字体更大、操作更简单、无广告无弹窗。</p>\n<ul>{entries}</ul>\n{float}"
    );
    page("长者模式", Charset::Meta, &[], main)
}

/// The answer for unknown URLs: a real 404, with a page that helps.
pub(super) fn not_found() -> Resource {
    let html = format!(
        "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>404 页面未找到_{SITE_NAME}</title></head>\n\
<body><div class=\"error\"><h1>404</h1><p>抱歉，您访问的页面不存在或已被移除。</p>\
<p>您可以：<a href=\"/\">返回首页</a> | <a href=\"/zjqx/wzdt.html\">查看网站地图</a></p></div></body></html>\n"
    );
    Resource::html(html).with_status(404)
}
