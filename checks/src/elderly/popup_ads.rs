//! `elderly.popup-ads`: the care page (or the home page, for a care mode
//! switched on in place) loads pop-ups or ads.

use crate::check::{CheckInfo, Finding, Severity};
use crate::facts::html::care_page::PopupKind;
use crate::model::care_mode;
use crate::model::site::SiteContext;

pub const INFO: CheckInfo = CheckInfo {
    id: "elderly.popup-ads",
    severity: Severity::Deduction,
    title_zh: "适老化（关怀版）页面有弹窗或广告",
    title_en: "The elderly-friendly page shows pop-ups or ads",
    docs_zh: "\
检查内容：首页适老化入口打开的页面（关怀版、长者模式页面；入口是工具条或脚本开关、没有自己的页面时，就是首页本身）\
是否弹窗或带广告：页面加载时执行的 window.open（顶层脚本、window.onload、$(function…)、load 事件、setTimeout 里的；\
点击才执行的函数不算）；飘窗：id 或 class 像广告或浮动窗口（ad、float、piaochuang、guanggao、floatAd 等）、\
被 setInterval 定时移动的容器，或已知的飘窗脚本（piaochuang.js、floatAd、AdMove 等）；从已知广告服务器加载的脚本或框架\
（googlesyndication.com、doubleclick.net、pos.baidu.com、cpro.baidustatic.com、tanx.com 等，可在配置 [content] ad_hosts \
中补充）。只读页面 HTML 和内联脚本：外部脚本动态插入的广告、样式表定位的浮层，需渲染（--render）才能看到。\
普通版首页上的通知飘窗不在此检查（有独立关怀版页面时只看关怀版页面）。

为何重要：工业和信息化部《互联网网站适老化通用设计规范》（2021）要求提供适老化服务的网页或独立的适老化网站中\
严禁出现广告内容及插件，也不能随机出现广告或临时性的广告弹窗；国办公开办函〔2021〕28号要求政府网站完成适老化改造，\
GB/T 47797-2026 自 2026 年 11 月 1 日起实施。飘窗遮挡正文、难以关闭，老年人容易误点。

如何修复：从关怀版页面模板中删除飘窗、弹窗和广告代码；确需提示的通知以页面内固定位置的文字呈现。

参考：工业和信息化部《互联网网站适老化通用设计规范》（2021）；国办公开办函〔2021〕28号；GB/T 47797-2026。",
    docs_en: "\
What it checks: whether the page the home page's elderly-friendly entry opens (the 关怀版 / 长者模式 \
page; the home page itself when the mode is a toolbar or a script switch with no page of its own) \
shows pop-ups or ads: window.open run as the page loads (at a script's top level, in \
window.onload, $(function…), a load listener or a setTimeout; not in a function run on a click); \
a floating window (飘窗): a container whose id or class names an ad or a float (ad, float, \
piaochuang, guanggao, floatAd …) moved by a setInterval timer, or a known floating-ad script \
(piaochuang.js, floatAd, AdMove …); a script or frame from a known ad host (googlesyndication.com, \
doubleclick.net, pos.baidu.com, cpro.baidustatic.com, tanx.com …, extended by [content] ad_hosts in \
the config). Only the HTML and its inline scripts are read: an ad an external script injects or a \
layer a stylesheet positions needs the rendered pass (--render). A notice's floating window on the \
ordinary home page is not this check when the site has a care page of its own.

Why it matters: MIIT's 2021 elderly-friendly website design specification forbids ads, ad \
plug-ins and random or temporary ad pop-ups on pages that serve older visitors and on separate \
elderly-friendly sites; 国办公开办函〔2021〕28号 requires government sites to be made \
elderly-friendly, and GB/T 47797-2026 applies from 1 November 2026. A floating window covers the \
text, is hard to close and easy to click by mistake.

How to fix: remove floating windows, pop-ups and ad code from the care page's template; show a \
notice that must be seen as text in a fixed place of the page.

References: MIIT's 2021 elderly-friendly website design specification; 国办公开办函〔2021〕28号; \
GB/T 47797-2026.",
    standard: None,
};

/// Hosts that serve ads, matched with their subdomains; the config's
/// `[content] ad_hosts` adds to them.
pub const AD_HOSTS: &[&str] = &[
    "googlesyndication.com",
    "doubleclick.net",
    "googleadservices.com",
    "pos.baidu.com",
    "cpro.baidu.com",
    "cpro.baidustatic.com",
    "dup.baidustatic.com",
    "tanx.com",
    "alimama.cn",
    "union.360.cn",
];

pub fn run(ctx: &SiteContext<'_>) -> Vec<Finding> {
    let Some(mode) = care_mode::of(ctx) else { return Vec::new() };
    let place = if mode.in_place {
        ctx.lang.word("elderly-care-mode-home")
    } else {
        ctx.lang.word("elderly-care-mode-page")
    };
    let finding = |detail: String, evidence: &str| Finding {
        page: Some(ctx.crawl.target(mode.page).url.clone()),
        detail,
        evidence: evidence.to_owned(),
        on_homepage: Some(mode.in_place),
        ..Finding::new(INFO.id, INFO.severity)
    };
    let mut found: Vec<Finding> = mode
        .facts
        .care
        .popups
        .iter()
        .map(|p| {
            let detail = match p.kind {
                PopupKind::WindowOpen => {
                    ctx.lang.word_with("elderly-popup-ads-detail-window-open", &[("place", (&place).into())])
                }
                PopupKind::Floating => {
                    ctx.lang.word_with("elderly-popup-ads-detail-floating", &[("place", (&place).into())])
                }
            };
            finding(detail, &p.evidence)
        })
        .collect();
    for src in &mode.facts.care.foreign {
        if let Some(host) = ad_host(src, &ctx.settings.ad_hosts) {
            let detail = ctx.lang.word_with(
                "elderly-popup-ads-detail-ad-host",
                &[("place", (&place).into()), ("host", host.into())],
            );
            found.push(finding(detail, src));
        }
    }
    found
}

/// The ad host `src` is loaded from, itself or a subdomain of one.
fn ad_host(src: &str, extra: &[String]) -> Option<String> {
    let host = url::Url::parse(src).ok()?.host_str()?.to_ascii_lowercase();
    let listed = AD_HOSTS.iter().copied().chain(extra.iter().map(String::as_str));
    listed
        .map(|h| h.trim().trim_start_matches('.').to_ascii_lowercase())
        .any(|h| !h.is_empty() && (host == h || host.ends_with(&format!(".{h}"))))
        .then_some(host)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_ad_hosts_and_their_subdomains() {
        assert_eq!(ad_host("https://pos.baidu.com/s?di=1", &[]).as_deref(), Some("pos.baidu.com"));
        assert_eq!(
            ad_host("https://pagead2.googlesyndication.com/x.js", &[]).as_deref(),
            Some("pagead2.googlesyndication.com")
        );
        assert_eq!(ad_host("https://hm.baidu.com/hm.js", &[]), None);
        assert_eq!(ad_host("https://notdoubleclick.net/x.js", &[]), None);
        assert_eq!(
            ad_host("https://ads.example.cn/a.js", &["example.cn".to_owned()]).as_deref(),
            Some("ads.example.cn")
        );
    }
}
