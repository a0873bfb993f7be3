//! `a11y.blink`: the page uses the `<blink>` element (axe-core `blink`,
//! check `is-on-screen` under `none`).

use super::support::each_on_screen;
use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.blink",
    severity: Severity::Deduction,
    title_zh: "页面使用了闪烁的 <blink> 元素",
    title_en: "Page uses the blinking <blink> element",
    docs_zh: "\
检查内容：页面是否有显示在屏幕上的 <blink> 元素。与 axe-core 的 blink 规则相同：每个未被隐藏的 <blink> \
记一处（aria-hidden 不能豁免，因为闪烁仍然看得见）；hidden、display:none、visibility:hidden、\
行内 opacity:0 的不报。

为何重要：闪烁文字分散注意力，让有认知障碍或注意力障碍的人无法阅读页面其他内容，\
用户也无法让它停下来。现代浏览器已不再让 <blink> 闪烁，但它说明模板陈旧，文字可能又靠脚本或 CSS 动画闪烁。

如何修复：删除 <blink> 标签，需要强调的文字用 <strong> 或醒目的静态样式；\
确需动画的，提供暂停、停止或隐藏的控件，且闪烁不超过 5 秒。

参考：WCAG 2.1 成功准则 2.2.2 暂停、停止、隐藏（A 级）；GB/T 37668-2019 可操作性原则；axe-core 规则 blink。\
govaudit 从 HTML、行内样式和本页自己的样式表（<style> 和同站样式表中的 display:none、visibility:hidden）判断元素是否显示；媒体查询隐藏或移出屏幕的元素 axe 不报而 govaudit 会报。",
    docs_en: "\
What it checks: whether the page has a <blink> element shown on screen. As axe-core's blink rule: every \
<blink> that is not hidden is one issue (aria-hidden does not exempt it: the blinking is still seen); \
hidden, display:none, visibility:hidden and inline opacity:0 ones are not reported.

Why it matters: blinking text distracts, keeps people with cognitive or attention disorders from \
reading the rest of the page, and cannot be stopped. Browsers no longer blink it, but it marks an old \
template whose text may blink by script or CSS animation instead.

How to fix: remove <blink>; emphasise with <strong> or a clear static style; if something must move, \
give a control to pause, stop or hide it, and keep blinking under 5 seconds.

References: WCAG 2.1 success criterion 2.2.2 Pause, Stop, Hide (A); GB/T 37668-2019 principle: \
operable; axe-core rule blink. govaudit reads display:none and visibility:hidden from the HTML, \
inline styles, the page's <style> blocks and same-site stylesheets: an element a media query hides or a stylesheet \
moves off screen is reported by govaudit but not by axe.",
    standard: Some(Standard {
        impact: Impact::Serious,
        tags: &["cat.time-and-media", "wcag2a", "wcag222"],
        principle: Principle::Operable,
    }),
};

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    each_on_screen(doc, INFO.id, "blink")
}

#[cfg(test)]
mod tests {
    use super::super::test_util::count;

    #[test]
    fn visible_blink_fails() {
        let table: &[(&str, usize)] = &[
            ("<blink>最新通知</blink>", 1),
            ("<blink>一</blink><p><blink>二</blink></p>", 2),
            ("<div aria-hidden=\"true\"><blink>仍可见</blink></div>", 1),
            ("<blink hidden>隐藏</blink>", 0),
            ("<div style=\"opacity: 0\"><blink>透明</blink></div>", 0),
            ("<strong>最新通知</strong>", 0),
        ];
        for &(body, want) in table {
            let html = format!("<html lang=\"zh-CN\"><body>{body}</body></html>");
            assert_eq!(count("a11y.blink", &html), want, "{body}");
        }
    }
}
