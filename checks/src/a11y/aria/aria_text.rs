//! `a11y.aria-text`: an element with `role="text"` holds something that
//! takes focus, which the role hides from screen readers.
//!
//! axe-core 4.14.1: rule `aria-text` (selector `[role=text]`, the role
//! written exactly; hidden elements excluded), check
//! `no-focusable-content`: it fails when a descendant with a widget role is
//! focusable ([`crate::facts::a11y::focusable_content`]).

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::focusable_content::focusable_descendants;
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.aria-text",
    severity: Severity::Notice,
    title_zh: "role=\"text\" 的元素中含有可聚焦的控件",
    title_en: "Element with role=\"text\" contains focusable elements",
    docs_zh: "\
检查内容：写了 role=\"text\" 的元素（常用来让读屏软件把拆开的文字连着读）里是否有可以获得焦点的链接、按钮、\
输入框等控件。判定与 axe-core 的 aria-text 规则一致；axe 把它列为最佳实践，govaudit 只作提示，不扣分。

为何重要：role=\"text\" 让读屏软件把元素的全部内容当作一段文字，里面的链接和按钮不再以控件播报，\
键盘用户却仍会把焦点移到它们上面，听不到这是什么。

如何修复：role=\"text\" 只用在纯文字上；含有链接或按钮时去掉 role=\"text\"。

参考：WCAG 2.1 成功准则 4.1.2 名称、角色和值（axe 列为最佳实践）；GB/T 37668-2019 兼容性原则；\
axe-core 规则 aria-text。govaudit 读 HTML 和本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）隐藏的元素不检查，与 axe 相同；媒体查询、布局（移出屏幕）或其他站点的样式表隐藏的元素仍会检查，脚本加上的内容看不到。",
    docs_en: "\
What it checks: whether an element with role=\"text\" (used to make screen readers read split-up text in one \
go) holds a link, button, input or other control that takes focus. It decides as axe-core's aria-text does; axe \
files it as a best practice, so govaudit shows it as a notice that costs no points.

Why it matters: role=\"text\" makes screen readers read the whole content as one piece of text, so links and \
buttons inside are no longer announced as controls, while keyboard users still tab onto them without hearing \
what they are.

How to fix: use role=\"text\" on plain text only; drop it where the content has links or buttons.

References: WCAG 2.1 success criterion 4.1.2 Name, Role, Value (a best practice in axe); GB/T 37668-2019 robust \
(兼容性) principle; axe-core rule aria-text. govaudit reads the HTML, and \
elements the page's own styles (display:none, visibility:hidden in its <style> blocks and same-site stylesheets) hide are skipped as axe skips them; elements hidden by media queries, layout (off screen) or stylesheets on other hosts are still checked; what scripts add is not seen.",
    standard: Some(Standard {
        impact: Impact::Serious,
        tags: &["cat.aria", "best-practice"],
        principle: Principle::Robust,
    }),
};

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let dom = doc.dom;
    dom.entries()
        .filter(|e| !e.aria_hidden && e.el.value().attr_of("role") == Some("text"))
        .filter_map(|e| {
            let focusable = focusable_descendants(dom, e.el);
            (!focusable.is_empty()).then(|| {
                let detail =
                    doc.lang().word_with("a11y-aria-text-detail", &[("count", focusable.len().into())]);
                PageIssue::at(INFO.id, e.el).with_detail(detail)
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::page::test_run;

    #[test]
    fn focusable_content_follows_axe() {
        let cases: &[(&str, usize)] = &[
            (r#"<span role="text">清溪<br>县政府</span>"#, 0),
            (r#"<span role="text">详见<a href="/x">通知</a></span>"#, 1),
            (r#"<span role="text">详见<a>通知</a></span>"#, 0),
            (r#"<span role="TEXT">详见<a href="/x">通知</a></span>"#, 0),
            (r#"<span role="text" hidden>详见<a href="/x">通知</a></span>"#, 0),
        ];
        for (html, want) in cases {
            assert_eq!(test_run(run, html).len(), *want, "{html}");
        }
    }
}
