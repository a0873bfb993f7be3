//! `a11y.scrollable-region-focusable`: a region that scrolls but that
//! the keyboard cannot reach (axe-core rule `scrollable-region-focusable`).
//! Decided only in the browser (`--render`): whether an element overflows
//! and scrolls is layout. See `super`.

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.scrollable-region-focusable",
    severity: Severity::Deduction,
    title_zh: "可滚动区域无法用键盘访问",
    title_en: "Scrollable region not reachable by keyboard",
    docs_zh: "\
检查内容：内容超出、可以滚动的区域（如 overflow:auto 的公告栏、滚动新闻框）本身能否获得焦点，或其中是否有\
可获得焦点的元素，使键盘用户能滚动它。只在 --render 下由 axe-core 在无头 Chromium 中按实际布局判定。\n\n\
为何重要：只用键盘或读屏软件的用户无法滚动不能聚焦的区域，区域下半部分的通知公告就读不到。\n\n\
如何修复：给可滚动的容器加 tabindex=\"0\" 并用 role 和 aria-label 说明它是什么，如 \
<div class=\"notice-list\" tabindex=\"0\" role=\"region\" aria-label=\"通知公告\">；或在其中放可聚焦的链接。\n\n\
参考：WCAG 2.1 成功准则 2.1.1 键盘（A 级）、2.1.3 键盘（无例外）；GB/T 37668-2019 可操作性；\
axe-core 规则 scrollable-region-focusable。不加 --render 时 govaudit 不判定此项（静态 HTML 不知道是否溢出）。",
    docs_en: "\
What it checks: whether a region whose content overflows and scrolls (an overflow:auto notice box, a news \
ticker) can take focus itself, or holds something focusable, so that a keyboard user can scroll it. Decided \
only with --render, by axe-core in headless Chromium from the actual layout.\n\n\
Why it matters: keyboard and screen-reader users cannot scroll a region that never takes focus, and the \
notices below its fold stay out of their reach.\n\n\
How to fix: give the scrolling container tabindex=\"0\" with a role and a name, e.g. <div \
class=\"notice-list\" tabindex=\"0\" role=\"region\" aria-label=\"通知公告\">, or put focusable links in it.\n\n\
References: WCAG 2.1 success criteria 2.1.1 Keyboard (A), 2.1.3 Keyboard (No Exception); GB/T 37668-2019 \
operable; axe-core rule scrollable-region-focusable. Without --render govaudit does not decide it (static \
HTML does not know what overflows).",
    standard: Some(Standard {
        impact: Impact::Serious,
        tags: &["cat.keyboard", "wcag2a", "wcag211", "wcag213"],
        principle: Principle::Operable,
    }),
};
