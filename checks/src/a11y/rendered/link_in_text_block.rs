//! `a11y.link-in-text-block`: a link inside a paragraph that only its
//! colour tells from the text around it (axe-core rule
//! `link-in-text-block`). Decided only in the browser (`--render`): the
//! underline, border and colours are computed styles. See `super`.

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.link-in-text-block",
    severity: Severity::Deduction,
    title_zh: "正文中的链接只靠颜色区分",
    title_en: "Link in text told apart by colour only",
    docs_zh: "\
检查内容：段落文字中的链接是否有颜色以外的标识（下划线、边框、粗细等），或与周围文字的颜色对比度至少 3:1。\
只在 --render 下由 axe-core 在无头 Chromium 中按计算后的样式判定；axe 无法判定的（如背景为图片）不报告。\n\n\
为何重要：色盲和低视力用户分不出只靠颜色标示的链接，找不到正文里的“附件下载”“原文链接”。\
许多门户的样式表统一写了 a{text-decoration:none}，正文链接于是只剩颜色。\n\n\
如何修复：给正文中的链接保留下划线（如 .article a{text-decoration:underline}），或让链接颜色与正文颜色的\
对比度至少 3:1，并在悬停和获得焦点时另加标识。\n\n\
参考：WCAG 2.1 成功准则 1.4.1 颜色的使用（A 级）；GB/T 37668-2019 可感知性；axe-core 规则 link-in-text-block。\
不加 --render 时 govaudit 不判定此项。",
    docs_en: "\
What it checks: whether a link inside a paragraph of text has a mark beyond its colour (underline, border, \
weight), or a colour that contrasts at least 3:1 with the text around it. Decided only with --render, by \
axe-core in headless Chromium from the computed styles; what axe cannot decide (over a background image) is \
not reported.\n\n\
Why it matters: colour-blind and low-vision readers cannot see a link marked by colour alone, and miss the \
\"download the attachment\" link in an article. Many portals' stylesheets say a{text-decoration:none}, leaving \
colour only.\n\n\
How to fix: keep links in body text underlined (e.g. .article a{text-decoration:underline}), or give them a \
colour with at least 3:1 contrast to the text and another mark on hover and focus.\n\n\
References: WCAG 2.1 success criterion 1.4.1 Use of Color (A); GB/T 37668-2019 perceivable; axe-core rule \
link-in-text-block. Without --render govaudit does not decide it.",
    standard: Some(Standard {
        impact: Impact::Serious,
        tags: &["cat.color", "wcag2a", "wcag141"],
        principle: Principle::Perceivable,
    }),
};
