//! The other hosts the portal links to: the national and provincial
//! portals, the identity-mark services in the footer, the new-media
//! platforms and the county media centre's site. Each is served by its
//! own local server in the demo (the crawler resolves these names to it),
//! so nothing ever reaches the internet, and one host is listed as dead:
//! an old topic site whose domain lapsed, the most common dead external
//! link on county portals.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::serve::{Resource, Site};

use super::names::{CONAC_ID, ICP, SITE_ID_CODE, SITE_NAME, SPONSOR};
use super::{assets, dept, newmedia};

pub(super) const GOV: &str = "www.gov.cn";
pub(super) const SC: &str = "www.sc.gov.cn";
pub(super) const CITY: &str = "www.my.gov.cn";
pub(super) const SCZWFW: &str = "www.sczwfw.gov.cn";
pub(super) const BSZS: &str = "bszs.conac.cn";
pub(super) const DCS: &str = "dcs.conac.cn";
pub(super) const MIIT: &str = "beian.miit.gov.cn";
pub(super) const ZFWZZC: &str = "zfwzzc.www.gov.cn";
pub(super) const WEIXIN: &str = "mp.weixin.qq.com";
pub(super) const WEIBO: &str = "weibo.com";
/// Weibo's mobile site, whose container API holds an account's timeline.
pub(super) const WEIBO_M: &str = "m.weibo.cn";
pub(super) const DOUYIN: &str = "www.douyin.com";
pub(super) const TOUTIAO: &str = "www.toutiao.com";
/// 清溪县融媒体中心's own site, where its feed's items link.
pub(super) const QXRMT: &str = "www.qxrmt.cn";

/// The 2019 topic site, shut down and its domain gone.
pub(super) const DEAD_TOPIC_SITE: &str = "www.qxzt2019.gov.cn";

/// The old 清溪旅游网, run by a contractor on a commercial domain that
/// lapsed: a domain trader holds it now and shows it for sale
/// (`link.parked-domain`).
pub(super) const PARKED_SITE: &str = "www.qxlyw.com";

/// The gambling site a defacement hid a link to on the home page
/// (`link.hidden`).
pub(super) const GAMBLING_SITE: &str = "www.hjylc888.com";

/// `http://host/path`: the only way the portal writes a foreign link.
pub(super) fn url(host: &str, path: &str) -> String {
    format!("http://{host}{path}")
}

/// The service hall entry on the provincial 政务服务网, with the county's area code.
pub(super) fn service_hall() -> String {
    url(SCZWFW, "/bjq/front/index.html?areaCode=510723000000")
}

/// Every live foreign host and its site.
pub(super) fn sites(as_of: NaiveDate) -> Vec<(String, Site)> {
    let mut routes: BTreeMap<&str, Vec<(String, Resource)>> = BTreeMap::new();
    let mut add =
        |host: &'static str, target: String, r: Resource| routes.entry(host).or_default().push((target, r));
    add(GOV, "/".into(), page("中国政府网_中央人民政府门户网站", "国务院 新闻 政策 互动 服务 数据 国情"));
    add(SC, "/".into(), page("四川省人民政府门户网站", "要闻动态 政务公开 政务服务 互动交流 走进四川"));
    add(CITY, "/".into(), page("绵阳市人民政府门户网站", "绵阳要闻 政务公开 政务服务 政民互动 魅力绵阳"));
    add(
        SCZWFW,
        "/bjq/front/index.html?areaCode=510723000000".into(),
        page("四川政务服务网 清溪县站", "个人办事 法人办事 部门服务 清溪县"),
    );
    add(
        BSZS,
        format!("/sitename?method=show&id={CONAC_ID}"),
        page(
            "党政机关网站标识信息",
            &format!(
                "网站名称：{SITE_NAME} 网站标识码：{SITE_ID_CODE} 主办单位：{SPONSOR} 网站类别：政府机关 标识状态：已认证"
            ),
        ),
    );
    add(DCS, "/image/red.png".into(), Resource::new(200, "image/png", assets::PNG));
    add(MIIT, "/".into(), page("ICP/IP地址/域名信息备案管理系统", &format!("备案查询 {ICP}")));
    // The portal's footer lost its 公安 filing link and its 找错 entry
    // (planted faults); the department site's 找错 entry remains.
    for unit in dept::UNITS {
        add(
            ZFWZZC,
            format!("/check_web/errorInfo_querySiteInfo.action?sitecode={}", unit.site_code),
            page("我为政府网站找错", &format!("网站名称：{} 网站标识码：{}", unit.name, unit.site_code)),
        );
    }
    add(PARKED_SITE, "/".into(), Resource::html(PARKED_PAGE.to_owned()));
    add(GAMBLING_SITE, "/".into(), page("皇家娱乐城", "真人娱乐 体育投注 彩票 棋牌"));
    for (host, target, resource) in newmedia::foreign_pages(as_of) {
        add(host, target, resource);
    }
    let mut sites: Vec<(String, Site)> = routes
        .into_iter()
        .map(|(host, pages)| {
            let mut site = Site::default();
            for (target, resource) in pages {
                site.insert(&target, resource);
            }
            (host.to_owned(), site)
        })
        .collect();
    for unit in dept::UNITS {
        sites.push((unit.host.to_owned(), dept::site(unit, as_of)));
    }
    sites
}

/// A plain page on a foreign host.
fn page(title: &str, text: &str) -> Resource {
    Resource::html(format!(
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{title}</title></head>\
<body><h1>{title}</h1><p>{text}</p></body></html>"
    ))
}

/// What a domain trader shows on a domain it holds for sale.
const PARKED_PAGE: &str = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>qxlyw.com</title></head>\
<body><h1>qxlyw.com</h1><p>该域名出售，有意者请联系。This domain may be for sale.</p></body></html>";
