//! The defects planted on purpose, in one place: where they live on the
//! portal, the routes that make them fail the way real county servers
//! fail, and the `Planted` list the end-to-end test checks govaudit
//! against.
//!
//! Each defect is linked from exactly one page, so each is exactly one
//! (page, target) finding. One link that looks like a defect and is not
//! lives here too: the raw-Chinese attachment URL on a GBK page, which a
//! crawler that resolves URLs like a browser finds alive.

use std::borrow::Cow;

use chrono::{Datelike, Days, NaiveDate, NaiveTime};
use url::Url;

use crate::serve::Resource;

use super::catalog::{Attachment, Catalog, Fate};
use super::hosts::{self, DEAD_TOPIC_SITE};
use super::prose::Block;
use super::rng::Rng;
use super::{Planted, PlantedIssue};
use super::{assets, news};

/// A home-page banner image deleted from the server years ago.
pub(super) const MISSING_BANNER: &str = "/images/banner_2019.jpg";
/// An old topic page and its folder redirecting to each other.
pub(super) const LOOP: &str = "/zt/old/index.html";
const LOOP_OTHER: &str = "/zt/old/";
/// The 在线办理 entry, whose back end is down.
pub(super) const SERVER_ERROR: &str = "/zwfw/zxbl/index.html";
/// 在线投诉, behind an anti-bot JavaScript challenge.
pub(super) const BLOCKED: &str = "/hdjl/zxts/index.html";
/// An article of the old site that the new CMS redirects to the home page.
pub(super) const REDIRECTED_HOME: &str = "/xwzx/gzdt/201805/t20180512_1000001.html";
const REDIRECTED_HOME_TITLE: &str = "相关阅读：我县召开2018年重点项目建设推进会";

/// The lapsed 2019 topic site, as the home page links it.
pub(super) fn dead_topic_url() -> String {
    hosts::url(DEAD_TOPIC_SITE, "/")
}

/// The old 清溪旅游网, whose lapsed domain is now for sale.
pub(super) fn parked_url() -> String {
    hosts::url(hosts::PARKED_SITE, "/")
}

/// The gambling site a defacement links to.
pub(super) fn gambling_url() -> String {
    hosts::url(hosts::GAMBLING_SITE, "/")
}

/// A defacement's hidden link (暗链) as intruders insert it into a home
/// page's template: off screen, to a gambling site (`{url}`).
pub(super) const HIDDEN_LINKS: &str = "<div style=\"position:absolute;top:-9999px;left:-9999px\">\
<a href=\"{url}\">皇家娱乐城</a></div>";

/// Adds the defects that live in the content: a deleted article and a
/// soft-404 article still listed, a missing attachment, and a link to an
/// old-site article. Runs before ids are handed out.
pub(super) fn plant(cat: &mut Catalog) {
    let gzdt = Catalog::column_index("gzdt");
    let day = cat.as_of - Days::new(5);
    let draft = news::work(&mut Rng::named("deleted"), day);
    let deleted = cat.push(gzdt, day.and_time(time(15, 20)), draft);
    cat.articles[deleted].fate = Fate::Deleted;

    let bmdt = Catalog::column_index("bmdt");
    let day = cat.as_of - Days::new(6);
    let draft = news::dept(&mut Rng::named("soft-gone"), day);
    let gone = cat.push(bmdt, day.and_time(time(10, 5)), draft);
    cat.articles[gone].fate = Fate::SoftGone;

    // Drafts come newest first: the newest policy document with an
    // attachment gets a second one that was never uploaded.
    let with_attachment = cat.columns[Catalog::column_index("zcwj")]
        .iter()
        .copied()
        .find(|&i| !cat.articles[i].attachments.is_empty())
        .expect("some policy documents have attachments");
    cat.articles[with_attachment].attachments.push(Attachment {
        name: "重点任务责任清单.pdf".into(),
        file: String::new(),
        served: false,
    });

    let third_news = cat.columns[gzdt][2];
    cat.articles[third_news].related.push((REDIRECTED_HOME_TITLE.into(), REDIRECTED_HOME.into()));
    plant_content(cat);
}

/// Content faults: a 公示 list published with full ID and mobile numbers
/// (content.pii), the same kind of list done right (masked, silent), and a
/// news article with a wrong word (content.typo). Each goes into the
/// newest served articles of its column, the pages inspectors open first.
fn plant_content(cat: &mut Catalog) {
    let newest = |cat: &Catalog, slug: &str, nth: usize| {
        let mut served: Vec<usize> = cat.columns[Catalog::column_index(slug)]
            .iter()
            .copied()
            .filter(|&i| cat.articles[i].fate == Fate::Served)
            .collect();
        served.sort_by_key(|&i| std::cmp::Reverse(cat.articles[i].at));
        served[nth]
    };
    let leaked = newest(cat, "gsgg", 0);
    let masked = newest(cat, "gsgg", 1);
    let typo = newest(cat, "gzdt", 1);
    let header =
        || vec!["序号".to_owned(), "姓名".into(), "身份证号".into(), "联系电话".into(), "保障人数".into()];
    let row = |cells: [&str; 5]| cells.iter().map(|c| (*c).to_owned()).collect::<Vec<String>>();
    let body = &mut cat.articles[leaked].draft.body;
    body.push(Block::P("经入户调查、民主评议，现将2026年度城乡低保拟保对象名单公示如下：".into()));
    body.push(Block::Table(vec![
        header(),
        row(["1", "王某某", LEAKED_IDS[0], LEAKED_MOBILES[0], "3"]),
        row(["2", "李某某", LEAKED_IDS[1], LEAKED_MOBILES[1], "1"]),
        row(["3", "张某某", LEAKED_IDS[2], "0816-7231234", "2"]),
    ]));
    let body = &mut cat.articles[masked].draft.body;
    body.push(Block::P("享受临时救助对象名单如下（个人信息已按规定处理）：".into()));
    body.push(Block::Table(vec![
        header(),
        row(["1", "赵某某", "510723********2130", "139****6621", "2"]),
        row(["2", "刘某某", "510723********0043", "135****0918", "1"]),
    ]));
    cat.articles[typo].draft.body.push(Block::P(TYPO_SENTENCE.into()));
    super::attached::plant(cat);
}

/// Checksum-valid (GB 11643) but invented ID numbers.
const LEAKED_IDS: [&str; 3] = ["510723196403152130", "510723197811020043", "510723199108275617"];
const LEAKED_MOBILES: [&str; 2] = ["13990216621", "13508160918"];
/// 营商环竟 for 营商环境.
const TYPO_SENTENCE: &str =
    "会议要求，各乡镇、各部门要持续深化“放管服”改革，不断优化营商环竟，为高质量发展提供有力支撑。";

fn time(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default()
}

/// Routes that answer badly on purpose, and the raw-Chinese attachment.
pub(super) fn routes(as_of: NaiveDate) -> Vec<(String, Resource)> {
    vec![
        (REDIRECTED_HOME.into(), Resource::redirect(302, "/")),
        (LOOP.into(), Resource::redirect(302, LOOP_OTHER)),
        (LOOP_OTHER.into(), Resource::redirect(302, LOOP)),
        (SERVER_ERROR.into(), Resource::new(500, "text/html; charset=utf-8", TOMCAT_500)),
        (BLOCKED.into(), challenge()),
        (chinese_link_route(as_of.year()), assets::attachment("gzyd.pdf", "政务公开工作要点")),
    ]
}

const TOMCAT_500: &str = "<!doctype html><html lang=\"en\"><head><title>HTTP Status 500 – Internal Server Error</title></head>\
<body><h1>HTTP Status 500 – Internal Server Error</h1><hr><p><b>Type</b> Exception Report</p>\
<p><b>Message</b> Request processing failed; nested exception is java.lang.NullPointerException</p>\
<hr><h3>Apache Tomcat/8.5.31</h3></body></html>";

/// A 加速乐-style JavaScript cookie challenge: status 412, a tiny page
/// whose script sets a clearance cookie and reloads.
fn challenge() -> Resource {
    let body = "<html><head><meta charset=\"utf-8\"><script>var _0x4e2a=['1764052211','.487','|0|','PF7%2BzQ1'];\
document.cookie=\"__jsl_clearance_s=\"+_0x4e2a[0]+_0x4e2a[1]+_0x4e2a[2]+_0x4e2a[3]+\";max-age=3600;path=/\";\
location.href=location.pathname+location.search</script></head></html>";
    Resource::new(412, "text/html", body).with_header(
        "Set-Cookie",
        "__jsluid_h=5b2f0c1d9e8a7f6b4c3d2e1f0a9b8c7d; max-age=31536000; path=/; HttpOnly",
    )
}

/// The GBK 政务公开 page writes this link with raw Chinese characters.
pub(super) fn chinese_link_href(year: i32) -> String {
    format!("/xxgk/fj/{year}年政务公开工作要点.pdf?from=政务公开")
}

/// The request target a browser sends for [`chinese_link_href`] on a GBK
/// page: the path percent-encoded as UTF-8, the query as GBK.
pub(super) fn chinese_link_route(year: i32) -> String {
    let base = Url::parse("http://127.0.0.1/").expect("static base URL");
    let url = Url::options()
        .base_url(Some(&base))
        .encoding_override(Some(&gbk))
        .parse(&chinese_link_href(year))
        .expect("the link is a valid relative URL");
    match url.query() {
        Some(q) => format!("{}?{q}", url.path()),
        None => url.path().to_owned(),
    }
}

/// How a browser encodes a query string on a GBK page.
fn gbk(s: &str) -> Cow<'_, [u8]> {
    encoding_rs::GBK.encode(s).0
}

/// The page-check faults planted in `cat` and in the page templates.
pub(super) fn planted_page_issues(cat: &Catalog) -> Vec<PlantedIssue> {
    let newest = |slug: &str, nth: usize| {
        let mut served: Vec<&super::catalog::Article> =
            cat.column(slug).filter(|a| a.fate == Fate::Served).collect();
        served.sort_by_key(|a| std::cmp::Reverse(a.at));
        served[nth].path()
    };
    let issue = |check, page: &str, why| PlantedIssue { check, page: page.to_owned(), why };
    let mut out = vec![
        issue("identity.missing", "/", "页脚缺少公安机关备案标识（公网安备）"),
        issue("identity.no-error-report-entry", "/", "页脚缺少“我为政府网站找错”入口"),
        issue("identity.mismatch", "/", "SiteIDCode 元数据是市级网站的标识码，与页脚不一致"),
        issue("content.pii", &newest("gsgg", 0), "低保公示名单公开了完整身份证号和手机号"),
        issue("content.typo", &newest("gzdt", 1), "新闻稿把“营商环境”写成“营商环竟”"),
        issue("link.hidden", "/", "首页被植入移出屏幕的博彩网站链接（暗链）"),
    ];
    out.extend(super::legacy::planted());
    // The home page's 图片新闻 (`home::news_block`, its four newest photos)
    // write each photo's title under it inside the same link, as many
    // portals do: one image-redundant-alt notice per photo.
    let photos = cat.column("tpxw").filter(|a| a.fate == Fate::Served).take(4).count();
    out.extend(
        (0..photos)
            .map(|_| issue("a11y.image-redundant-alt", "/", "首页图片新闻的图片 alt 与其下的标题文字相同")),
    );
    out.sort_by(|a, b| (a.check, &a.page).cmp(&(b.check, &b.page)));
    out
}

/// Every defect planted in `cat` and by [`routes`].
pub(super) fn planted(cat: &Catalog) -> Vec<Planted> {
    let dead =
        |page: String, target: String, why| Planted { check: "link.dead", page: Some(page), target, why };
    let in_column = |slug: &str, fate: Fate| {
        cat.column(slug).find(|a| a.fate == fate).map(|a| a.path()).expect("planted article")
    };
    let missing = cat
        .served()
        .find_map(|a| {
            a.attachments
                .iter()
                .find(|f| !f.served)
                .map(|f| (a.path(), format!("{}/{}", a.month_dir(), f.file)))
        })
        .expect("planted attachment");
    let redirecting = cat
        .served()
        .find(|a| a.related.iter().any(|(_, href)| href == REDIRECTED_HOME))
        .map(|a| a.path())
        .expect("planted old link");
    vec![
        dead(
            "/xwzx/gzdt/index.html".into(),
            in_column("gzdt", Fate::Deleted),
            "列表中的文章已被删除，链接返回404",
        ),
        dead("/".into(), MISSING_BANNER.into(), "首页轮播图片不存在，返回404"),
        dead(missing.0, missing.1, "政策文件的附件PDF不存在，返回404"),
        dead(
            "/xwzx/bmdt/index.html".into(),
            in_column("bmdt", Fate::SoftGone),
            "文章返回200，但页面提示“页面不存在或已被删除”（软404）",
        ),
        dead("/zt/index.html".into(), LOOP.into(), "旧专题页面重定向循环，无法打开"),
        dead("/zwfw/index.html".into(), SERVER_ERROR.into(), "“在线办理”入口返回500服务器错误"),
        dead("/".into(), dead_topic_url(), "2019年专题网站已关停，域名无法访问"),
        dead(redirecting, REDIRECTED_HOME.into(), "旧网站深层链接被302重定向到首页，原内容已不存在"),
        Planted {
            check: "link.parked-domain",
            page: Some("/".into()),
            target: parked_url(),
            why: "旧“清溪旅游网”域名过期，现显示“该域名出售”",
        },
        Planted {
            check: "page.blocked",
            page: Some(BLOCKED.into()),
            target: BLOCKED.into(),
            why: "“在线投诉”页面返回反爬虫JavaScript验证（412），无法评估",
        },
    ]
}
