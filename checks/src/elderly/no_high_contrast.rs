//! `elderly.no-high-contrast`: the care page offers no high-contrast or
//! colour switch of its own.

use crate::check::{CheckInfo, Finding, Severity};
use crate::model::care_mode;
use crate::model::site::SiteContext;

pub const INFO: CheckInfo = CheckInfo {
    id: "elderly.no-high-contrast",
    severity: Severity::Deduction,
    title_zh: "适老化（关怀版）页面没有高对比度或配色切换功能",
    title_en: "The elderly-friendly page has no high-contrast or colour switch",
    docs_zh: "\
检查内容：首页适老化入口打开的关怀版、长者模式页面上，是否有页面自己的高对比度或配色切换控件：文字、title 或图片 alt 为\
“高对比度”“对比度”“反色”“黑白”“配色”“色彩”“切换颜色”“黄底黑字”“夜间模式”等的按钮或链接，onclick 或 javascript: \
调用 setContrast、changeColor 之类函数的控件，或者已知的无障碍工具条脚本（*.govwza.cn、cnwza.cn、cniil assist.js、\
barrier_free.js、/wzaweb/ 等，工具条自带配色）。只靠操作系统或浏览器的高对比度模式不算。入口是首页的工具条时不报；\
入口是脚本在首页上切换的模式（没有自己的页面）时，控件由脚本生成，只有渲染（--render）才能看到，静态检查不报。\
页面本身的颜色对比度是否足够见 a11y.color-contrast（需渲染）。

为何重要：工业和信息化部《互联网网站适老化通用设计规范》（2021）要求网页提供特大字体、背景色高对比、文字放大和\
语音阅读服务等辅助阅读功能；国办公开办函〔2021〕28号要求政府网站完成适老化改造，GB/T 47797-2026 自 2026 年 11 月 1 日\
起实施。视力衰退的老年人需要更强的对比才能看清文字。

如何修复：在关怀版页面顶部加上“高对比度”或配色切换按钮（如白底黑字、黑底黄字、蓝底白字），或加载提供配色的无障碍\
工具条。

参考：工业和信息化部《互联网网站适老化通用设计规范》（2021）；国办公开办函〔2021〕28号；GB/T 47797-2026。",
    docs_en: "\
What it checks: whether the 关怀版 / 长者模式 page the home page's elderly-friendly entry opens \
has a high-contrast or colour switch of its own: a button or link whose text, title or image alt \
says 高对比度, 对比度, 反色, 黑白, 配色, 色彩, 切换颜色, 黄底黑字, 夜间模式 and the like, a control whose \
onclick or javascript: link calls setContrast, changeColor and the like, or a known accessibility \
toolbar script (*.govwza.cn, cnwza.cn, cniil assist.js, barrier_free.js, /wzaweb/ …, whose toolbar \
has colour schemes). The operating system's or browser's high-contrast mode does not count. A \
toolbar on the home page as the entry is not reported; a mode a script switches on in place on the \
home page (no page of its own) builds its controls when it runs, which only the rendered pass \
(--render) sees, and is not reported from the HTML. Whether the page's own colours contrast enough \
is a11y.color-contrast (rendered).

Why it matters: MIIT's 2021 elderly-friendly website design specification asks pages to offer \
extra-large text, high-contrast backgrounds, text enlargement and reading aloud; \
国办公开办函〔2021〕28号 requires government sites to be made elderly-friendly, and GB/T 47797-2026 \
applies from 1 November 2026. Older eyes need stronger contrast to read.

How to fix: put a 高对比度 or colour-scheme switch at the top of the care page (black on white, yellow \
on black, white on blue), or load an accessibility toolbar that has colour schemes.

References: MIIT's 2021 elderly-friendly website design specification; 国办公开办函〔2021〕28号; \
GB/T 47797-2026.",
    standard: None,
};

pub fn run(ctx: &SiteContext<'_>) -> Vec<Finding> {
    let Some(mode) = care_mode::of(ctx) else { return Vec::new() };
    // A mode switched on in place builds its controls as it runs.
    if mode.in_place || mode.has_toolbar() || mode.facts.care.contrast.is_some() {
        return Vec::new();
    }
    vec![Finding {
        page: Some(ctx.crawl.target(mode.page).url.clone()),
        detail: ctx.lang.word("elderly-no-high-contrast-detail"),
        evidence: ctx.lang.word("elderly-no-high-contrast-evidence"),
        on_homepage: Some(false),
        ..Finding::new(INFO.id, INFO.severity)
    }]
}
