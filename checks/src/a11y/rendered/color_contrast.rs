//! `a11y.color-contrast`: text whose colour is too close to its
//! background's (axe-core rule `color-contrast`). Decided only in the
//! browser (`--render`): the colours are the page's computed styles, the
//! background what is painted behind the text. See `super` for how the
//! findings are made.

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.color-contrast",
    severity: Severity::Deduction,
    title_zh: "文字与背景的颜色对比度不足",
    title_en: "Text colour contrast too low",
    docs_zh: "\
检查内容：页面上每段可见文字的颜色与它背后背景颜色的对比度是否达到 WCAG AA 级要求：普通文字至少 4.5:1，\
大号文字（18pt 以上，或 14pt 以上的粗体）至少 3:1。只在 --render 下由 axe-core 在无头 Chromium 中判定：\
颜色来自页面样式表计算后的结果，背景是文字后面实际绘制的颜色；背景为图片或渐变时 axe 无法判定，不报告。\n\n\
为何重要：低视力用户和老年人看不清浅灰色小字；县级门户常把日期、来源、页脚写成 #999 甚至 #ccc 的浅灰色。\n\n\
如何修复：加深文字颜色或改变背景，使对比度至少 4.5:1，例如白底上的浅灰 #cccccc（1.6:1）改为 #595959（7:1）\
或 #767676（4.5:1）；可用浏览器开发者工具的对比度提示检查。\n\n\
参考：WCAG 2.1 成功准则 1.4.3 对比度（最低）（AA 级）；GB/T 37668-2019 可感知性；axe-core 规则 color-contrast。\
不加 --render 时 govaudit 不判定此项（静态 HTML 不知道计算后的颜色）。",
    docs_en: "\
What it checks: whether every visible text's colour contrasts enough with the background behind it, as WCAG \
AA asks: at least 4.5:1 for normal text, 3:1 for large text (18pt, or 14pt bold). Decided only with --render, \
by axe-core in headless Chromium: the colours are the page's computed styles, the background what is painted \
behind the text; over an image or a gradient axe cannot decide and nothing is reported.\n\n\
Why it matters: people with low vision and older readers cannot read small light-grey text; county portals \
often set dates, sources and footers in #999 or even #ccc grey.\n\n\
How to fix: darken the text or change its background to reach at least 4.5:1, e.g. light grey #cccccc on \
white (1.6:1) becomes #595959 (7:1) or #767676 (4.5:1); the browser's developer tools show the ratio.\n\n\
References: WCAG 2.1 success criterion 1.4.3 Contrast (Minimum) (AA); GB/T 37668-2019 perceivable; axe-core \
rule color-contrast. Without --render govaudit does not decide it (static HTML has no computed colours).",
    standard: Some(Standard {
        impact: Impact::Serious,
        tags: &["cat.color", "wcag2aa", "wcag143"],
        principle: Principle::Perceivable,
    }),
};
