//! `a11y.marquee`: the page scrolls text with the `<marquee>` element
//! (axe-core `marquee`, check `is-on-screen` under `none`).

use super::support::each_on_screen;
use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.marquee",
    severity: Severity::Deduction,
    title_zh: "页面使用了滚动的 <marquee> 元素",
    title_en: "Page uses the scrolling <marquee> element",
    docs_zh: "\
检查内容：页面是否有显示在屏幕上的 <marquee> 元素。与 axe-core 的 marquee 规则相同：每个未被隐藏的 <marquee> \
记一处，不论它是否带 onmouseover=\"this.stop()\"（鼠标悬停暂停对键盘和读屏用户无效）；aria-hidden 不能豁免；\
hidden、display:none、visibility:hidden、行内 opacity:0 的不报。

为何重要：县级政府网站首页常用 <marquee> 滚动“通知公告”“最新动态”。滚动文字让低视力、阅读障碍和老年用户\
来不及读完，读屏软件读到的内容和屏幕上的不一致，键盘用户也无法让它停下。

如何修复：改为静态列表（最新几条加“更多”链接）；确需滚动的，用脚本实现并提供明显的“暂停/播放”按钮，\
键盘可以操作，默认滚动不超过 5 秒。

参考：WCAG 2.1 成功准则 2.2.2 暂停、停止、隐藏（A 级）；GB/T 37668-2019 可操作性原则；\
工业和信息化部《互联网网站适老化通用设计规范》；axe-core 规则 marquee。\
govaudit 从 HTML、行内样式和本页自己的样式表（<style> 和同站样式表中的 display:none、visibility:hidden）判断元素是否显示；媒体查询隐藏或移出屏幕的元素 axe 不报而 govaudit 会报。",
    docs_en: "\
What it checks: whether the page has a <marquee> element shown on screen. As axe-core's marquee rule: \
every <marquee> that is not hidden is one issue, whether or not it has onmouseover=\"this.stop()\" \
(pausing on hover does nothing for keyboard and screen-reader users); aria-hidden does not exempt it; \
hidden, display:none, visibility:hidden and inline opacity:0 ones are not reported.

Why it matters: county home pages often scroll their notices (通知公告) in a <marquee>. Moving text is \
too fast for people with low vision, dyslexia and older readers, what a screen reader reads differs \
from the screen, and keyboard users cannot stop it.

How to fix: use a static list (the latest items and a \"more\" link); if it must scroll, do it with a \
script that has a visible, keyboard-operable pause button, and stop by default after 5 seconds.

References: WCAG 2.1 success criterion 2.2.2 Pause, Stop, Hide (A); GB/T 37668-2019 principle: \
operable; MIIT's 2021 elderly-friendly website design specification; axe-core rule marquee. govaudit \
reads display:none and visibility:hidden from the HTML, inline styles, the page's <style> blocks and same-site \
stylesheets: an element a media query hides or a stylesheet moves off screen is reported by govaudit but not by axe.",
    standard: Some(Standard {
        impact: Impact::Serious,
        tags: &["cat.parsing", "wcag2a", "wcag222"],
        principle: Principle::Operable,
    }),
};

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    each_on_screen(doc, INFO.id, "marquee")
}

#[cfg(test)]
mod tests {
    use super::super::test_util::count;

    #[test]
    fn visible_marquee_fails() {
        let table: &[(&str, usize)] = &[
            ("<marquee direction=\"up\" onmouseover=\"this.stop()\"><a href=\"/a\">通知</a></marquee>", 1),
            ("<marquee></marquee>", 1),
            ("<div style=\"display:none\"><marquee>隐藏</marquee></div>", 0),
            ("<ul><li><a href=\"/a\">通知</a></li></ul>", 0),
        ];
        for &(body, want) in table {
            let html = format!("<html lang=\"zh-CN\"><body>{body}</body></html>");
            assert_eq!(count("a11y.marquee", &html), want, "{body}");
        }
    }
}
