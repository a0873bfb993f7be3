//! `elderly.no-text-zoom`: the care page offers no text-size control of
//! its own.

use crate::check::{CheckInfo, Finding, Severity};
use crate::model::care_mode;
use crate::model::site::SiteContext;

pub const INFO: CheckInfo = CheckInfo {
    id: "elderly.no-text-zoom",
    severity: Severity::Deduction,
    title_zh: "适老化（关怀版）页面没有自己的字号调整功能",
    title_en: "The elderly-friendly page has no text-size control of its own",
    docs_zh: "\
检查内容：首页适老化入口打开的关怀版、长者模式页面上，是否有页面自己的字号调整控件：文字、title 或图片 alt 为\
“A+”“A-”“字号”“字体大小”“文字放大”“放大”“缩小”的按钮或链接，“字号：大 中 小”式的一组链接，onclick 或 javascript: \
调用 doZoom、setFontSize 之类函数的控件，或者已知的无障碍工具条脚本（*.govwza.cn、cnwza.cn、cniil assist.js、\
barrier_free.js、/wzaweb/ 等，工具条自带放大缩小）。只靠浏览器的 Ctrl+加号不算。入口是首页的工具条时，工具条本身\
已有放大功能，不报；入口是脚本在首页上切换的模式（没有自己的页面）时，控件由脚本生成，只有渲染（--render）\
才能看到，静态检查不报。没有入口的见 a11y.assist-entry，入口打不开的见 elderly.entry-broken。

为何重要：工业和信息化部《互联网网站适老化通用设计规范》（2021）要求在不依赖操作系统和浏览器的前提下，\
计算机适老化网页提供网页的放大设置与大字屏幕服务、文字放大等辅助阅读功能；国办公开办函〔2021〕28号要求政府网站\
完成适老化改造，GB/T 47797-2026 自 2026 年 11 月 1 日起实施。老年人多不知道浏览器的缩放快捷键。

如何修复：在关怀版页面顶部加上“字号 大/中/小”或“A+ / A-”按钮（调整根元素字号，并记住选择），或加载提供放大缩小的\
无障碍工具条。

参考：工业和信息化部《互联网网站适老化通用设计规范》（2021）；国办公开办函〔2021〕28号；GB/T 47797-2026。",
    docs_en: "\
What it checks: whether the 关怀版 / 长者模式 page the home page's elderly-friendly entry opens \
has a text-size control of its own: a button or link whose text, title or image alt says A+, A-, \
字号, 字体大小, 文字放大, 放大 or 缩小, a 字号：大 中 小 row of links, a control whose onclick or \
javascript: link calls doZoom, setFontSize and the like, or a known accessibility toolbar script \
(*.govwza.cn, cnwza.cn, cniil assist.js, barrier_free.js, /wzaweb/ …, whose toolbar has zoom). The \
browser's own Ctrl+plus does not count. A toolbar on the home page as the entry brings zoom and is \
not reported; a mode a script switches on in place on the home page (no page of its own) builds \
its controls when it runs, which only the rendered pass (--render) sees, and is not reported from \
the HTML. No entry is a11y.assist-entry; an entry that does not open is elderly.entry-broken.

Why it matters: MIIT's 2021 elderly-friendly website design specification asks elderly-friendly \
pages to offer page zoom, large-text screens and text enlargement without relying on the \
operating system or the browser; 国办公开办函〔2021〕28号 requires government sites to be made \
elderly-friendly, and GB/T 47797-2026 applies from 1 November 2026. Few older visitors know the \
browser's zoom keys.

How to fix: put 字号 大/中/小 or A+ / A- buttons at the top of the care page (changing the root font \
size and remembering the choice), or load an accessibility toolbar that has zoom.

References: MIIT's 2021 elderly-friendly website design specification; 国办公开办函〔2021〕28号; \
GB/T 47797-2026.",
    standard: None,
};

pub fn run(ctx: &SiteContext<'_>) -> Vec<Finding> {
    let Some(mode) = care_mode::of(ctx) else { return Vec::new() };
    // A mode switched on in place builds its controls as it runs.
    if mode.in_place || mode.has_toolbar() || mode.facts.care.text_zoom.is_some() {
        return Vec::new();
    }
    vec![Finding {
        page: Some(ctx.crawl.target(mode.page).url.clone()),
        detail: ctx.lang.word("elderly-no-text-zoom-detail"),
        evidence: ctx.lang.word("elderly-no-text-zoom-evidence"),
        on_homepage: Some(false),
        ..Finding::new(INFO.id, INFO.severity)
    }]
}
