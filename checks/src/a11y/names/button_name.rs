//! `a11y.button-name`: a `<button>` has no discernible text (axe-core
//! rule `button-name`).
//!
//! axe: selector `button`, matches `no-explicit-name-required-matches`,
//! hidden ones skipped; passes on any of `button-has-visible-text`
//! (subtree text), `aria-label`, `aria-labelledby`, `non-empty-title`,
//! `implicit-label`, `explicit-label`, `presentational-role`.

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::accname::unnamed;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.button-name",
    severity: Severity::Deduction,
    title_zh: "按钮没有可读的文字",
    title_en: "Button without discernible text",
    docs_zh: "\
检查内容：每个 <button> 是否有名称：按钮内的文字或图片 alt、aria-label、aria-labelledby 指向有文字的元素、\
非空 title，或关联的 <label> 有文字。名称按 axe 的可访问名称算法计算，aria-hidden 或隐藏的内容不算。\n\n\
为何重要：搜索框旁只放放大镜图标的 <button><i class=\"icon-search\"></i></button>、轮播图的左右箭头、\
移动版的菜单按钮，读屏软件只读出“按钮”，用户不知道它做什么。\n\n\
如何修复：在按钮里写文字，或加 aria-label，如 <button type=\"submit\" aria-label=\"搜索\"><i class=\"icon-search\"></i></button>；\
按钮内图片写 alt。\n\n\
参考：WCAG 2.1 成功准则 4.1.2 名称、角色和值；GB/T 37668-2019 兼容性、可操作性；axe-core 规则 button-name。\
govaudit 读 HTML 和本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）隐藏的按钮不检查，与 axe 相同；媒体查询、脚本或布局（移出屏幕、零尺寸）隐藏的按钮仍会被检查。",
    docs_en: "\
What it checks: whether every <button> has a name: text or image alt inside, aria-label, aria-labelledby \
pointing at text, a non-empty title, or an associated <label> with text, computed with axe's \
accessible-name algorithm (hidden and aria-hidden content does not count).\n\n\
Why it matters: a search button holding only a magnifier icon, carousel arrows and the mobile menu button \
are read as just \"button\".\n\n\
How to fix: put text in the button or add aria-label, e.g. <button type=\"submit\" aria-label=\"搜索\"><i \
class=\"icon-search\"></i></button>; give images inside an alt.\n\n\
References: WCAG 2.1 success criterion 4.1.2 Name, Role, Value; GB/T 37668-2019 robust (兼容性), operable; \
axe-core rule button-name. govaudit reads the HTML, and \
the page's own styles (display:none, visibility:hidden in its <style> blocks and same-site stylesheets) are read, and buttons they hide are skipped as axe skips them; buttons hidden by media queries, scripts or layout (off screen, zero size) are still checked.",
    standard: Some(Standard {
        impact: Impact::Critical,
        tags: &["cat.name-role-value", "wcag2a", "wcag412"],
        principle: Principle::Robust,
    }),
};

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    unnamed(
        doc,
        INFO.id,
        doc.dom.tagged("button"),
        |names, el| {
            !names.no_explicit_name_required(el) || names.has_text_content(el) || names.button_label(el)
        },
        &doc.lang().word("a11y-button-name-detail"),
        None,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::page::test_run;

    #[test]
    fn decides_like_axe() {
        let cases = [
            (r#"<button type="submit"><i class="icon-search"></i></button>"#, 1),
            (r#"<button type="submit">搜索</button>"#, 0),
            (r#"<button aria-label="搜索"><i></i></button>"#, 0),
            (r#"<button title="上一张"></button>"#, 0),
            (r#"<button><img src="/s.gif" alt="搜索"></button>"#, 0),
            (r#"<button><img src="/s.gif"></button>"#, 1),
            (r#"<button><span aria-hidden="true">×</span></button>"#, 1),
            (r#"<button role="presentation"></button>"#, 1),
            (r#"<button role="tab"></button>"#, 1),
            (r#"<button role="tabpanel"></button>"#, 1),
            (r#"<button disabled role="tabpanel"></button>"#, 0),
            (r#"<label for="b">搜索</label><button id="b"></button>"#, 0),
            (r#"<button hidden></button>"#, 0),
        ];
        for (html, want) in cases {
            assert_eq!(test_run(run, html).len(), want, "{html}");
        }
    }
}
