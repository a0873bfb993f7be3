//! `service.no-entry`: the home page offers no entry to online services
//! (办事服务 / 政务服务) at all (veto V6).

use crate::check::{CheckInfo, Severity};
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue, labelled};

pub const INFO: CheckInfo = CheckInfo {
    id: "service.no-entry",
    severity: Severity::Veto,
    title_zh: "首页没有办事服务入口",
    title_en: "No online services entry on the home page",
    docs_zh: "\
检查内容：首页是否有在线办事服务入口：文字、title 或图片 alt 为“办事服务”“政务服务”“网上办事”“在线办事”\
“办事大厅”“在线办理”“网上办理”“一网通办”“我要办”等的链接或按钮，或指向政务服务网（域名含 zwfw，\
如 www.sczwfw.gov.cn）的链接。只判断入口是否存在；办事指南要素、表格下载、在线办理深度仍需人工核查。

为何重要：国办秘函〔2019〕19号单项否决第 6 项“服务不实用”：没有任何在线办事服务即单项否决\
（条文其余部分未核实）；《政府网站发展指引》要求门户网站与政务服务平台前端整合，首页提供统一入口。\
没有公共服务职能的部门网站按 75 × 4/3 规则计分，可在评分配置中说明，并人工判定本项。

如何修复：在首页导航和显著位置放置“政务服务”“办事服务”入口，链接到本地区政务服务网或本站办事服务栏目；\
入口文字不要只放在图片里，图片须有 alt。

参考：国办秘函〔2019〕19号《政府网站与政务新媒体检查指标》单项否决第 6 项；\
《政府网站发展指引》（国办发〔2017〕47号）办事服务。",
    docs_en: "\
What it checks: whether the home page has an entry to online services: a link or button whose text, \
title or image alt says 办事服务, 政务服务, 网上办事, 在线办事, 办事大厅, 在线办理, 网上办理, 一网通办, 我要办 \
and the like, or a link to a government services platform (a host with zwfw in it, such as \
www.sczwfw.gov.cn). Only the entry is judged; guides, forms and how much can be done online still need \
a person.

Why it matters: veto V6 of the national indicators (国办秘函〔2019〕19号), services not usable: no \
online services at all fails the site (the rest of the text is unconfirmed); 国办发〔2017〕47号 asks \
portals to front the government services platform with one entry on the home page. A department \
without public services is scored by the 75 × 4/3 rule: say so in the scoring config and decide this \
veto by hand.

How to fix: put a 政务服务 / 办事服务 entry in the home page's navigation, linking to the region's \
government services platform or the site's own services column; do not put the entry's text only in an \
image, and give any image an alt.

References: 国办秘函〔2019〕19号, veto 6; 国办发〔2017〕47号, services.",
    standard: None,
};

/// Words that name an online services entry.
const SERVICE_WORDS: &[&str] = &[
    "办事服务",
    "政务服务",
    "网上办事",
    "在线办事",
    "办事大厅",
    "在线办理",
    "网上办理",
    "一网通办",
    "我要办",
    "掌上办",
    "办事指南",
];

/// The longest link text read as an entry's label (政务服务网清溪县站).
const MAX_LABEL: usize = 12;

fn names_service(text: &str) -> bool {
    SERVICE_WORDS.iter().any(|w| text.contains(w))
}

/// A government services platform: provinces host theirs as `zwfw.*`,
/// `*zwfw.gov.cn` (四川 www.sczwfw.gov.cn, 浙江 www.zjzwfw.gov.cn).
fn is_service_platform(href: &str) -> bool {
    let lower = href.to_ascii_lowercase();
    let host =
        lower.split("//").nth(1).and_then(|rest| rest.split(['/', '?', '#']).next()).unwrap_or_default();
    host.contains("zwfw")
}

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let entry = doc.dom.entries().any(|e| {
        let v = e.el.value();
        match v.name() {
            "a" | "area" => {
                v.attr_of("href").is_some_and(is_service_platform) || labelled(e.el, MAX_LABEL, names_service)
            }
            "button" | "input" | "img" => labelled(e.el, MAX_LABEL, names_service),
            "span" | "div" | "li" => {
                v.attr_of("onclick").is_some() && labelled(e.el, MAX_LABEL, names_service)
            }
            _ => false,
        }
    });
    if entry {
        return Vec::new();
    }
    vec![PageIssue {
        check: INFO.id,
        evidence: doc.lang().word("service-no-entry-evidence").into(),
        ..PageIssue::default()
    }]
}
