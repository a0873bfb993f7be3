//! `a11y.select-name`: a `<select>` menu has no name (axe-core rule
//! `select-name`).
//!
//! axe: selector `select`, hidden ones skipped; passes on any of
//! `implicit-label`, `explicit-label`, `aria-label`, `aria-labelledby`,
//! `non-empty-title`, `presentational-role`; fails on
//! `hidden-explicit-label`. The options' text is not a name.

use scraper::ElementRef;

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::accname::{Names, issue};
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.select-name",
    severity: Severity::Deduction,
    title_zh: "下拉菜单没有名称",
    title_en: "Select menu without a name",
    docs_zh: "\
检查内容：每个 <select> 下拉菜单是否有名称：包住它或用 for 指向它的 <label> 有文字、aria-label、\
aria-labelledby 指向有文字的元素或非空 title。选项（<option>）的文字不算名称。\n\n\
为何重要：门户底部的“友情链接”常写成 <select onchange=\"…\"><option>国务院部门网站</option>…</select>，\
读屏软件只读出当前选项，用户不知道这个菜单是做什么的；用键盘切换选项时 onchange 还会直接跳走。\n\n\
如何修复：加 <label for=\"yqlj\">友情链接</label> 或 aria-label=\"友情链接\"/title=\"友情链接\"；\
更好的做法是把友情链接写成普通链接列表。\n\n\
参考：WCAG 2.1 成功准则 1.3.1 信息和关系、4.1.2 名称、角色和值；GB/T 37668-2019 可理解性、兼容性；\
axe-core 规则 select-name。govaudit 读 HTML 和本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）隐藏的菜单不检查，与 axe 相同；媒体查询、脚本或布局（移出屏幕、零尺寸）隐藏的菜单仍会被检查。",
    docs_en: "\
What it checks: whether every <select> has a name: a wrapping or for= <label> with text, aria-label, \
aria-labelledby pointing at text, or a non-empty title. The text of its options is not a name.\n\n\
Why it matters: the links menu (友情链接) at the foot of a portal is often <select onchange=\"…\"> \
<option>国务院部门网站</option>…; a screen reader reads only the current option and the user cannot tell what \
the menu is for.\n\n\
How to fix: add <label for=\"yqlj\">友情链接</label>, or aria-label / title; better, make the links a plain list.\n\n\
References: WCAG 2.1 success criteria 1.3.1 Info and Relationships, 4.1.2 Name, Role, Value; GB/T \
37668-2019 understandable, robust (兼容性); axe-core rule select-name. govaudit reads the HTML, and \
the page's own styles (display:none, visibility:hidden in its <style> blocks and same-site stylesheets) are read, and menus they hide are skipped as axe skips them; menus hidden by media queries, scripts or layout (off screen, zero size) are still checked.",
    standard: Some(Standard {
        impact: Impact::Critical,
        tags: &["cat.forms", "wcag2a", "wcag412"],
        principle: Principle::Robust,
    }),
};

fn fails<'a>(names: &Names<'_, 'a>, el: ElementRef<'a>) -> bool {
    let named = names.implicit_label(el)
        || names.explicit_label(el)
        || names.aria_or_title(el)
        || names.presentational_role(el);
    !named || names.hidden_explicit_label(el)
}

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let names = Names::new(doc.dom);
    doc.dom
        .tagged("select")
        .filter(|e| !e.aria_hidden && fails(&names, e.el))
        .map(|e| {
            let first =
                e.el.descendants()
                    .filter_map(ElementRef::wrap)
                    .find(|o| o.value().name() == "option")
                    .map(|o| crate::facts::a11y::dom::collapse(&o.text().collect::<String>()))
                    .filter(|t| !t.is_empty());
            let detail = match first {
                Some(t) => {
                    doc.lang().word_with("a11y-select-name-detail-first-option", &[("option", t.into())])
                }
                None => doc.lang().word("a11y-select-name-detail"),
            };
            issue(INFO.id, doc, e.el, &detail, None)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::page::test_run;

    #[test]
    fn decides_like_axe() {
        let cases = [
            (r#"<select onchange="window.open(this.value)"><option>国务院部门网站</option></select>"#, 1),
            (r#"<select title="友情链接"><option>国务院部门网站</option></select>"#, 0),
            (r#"<select aria-label="友情链接"><option>国务院部门网站</option></select>"#, 0),
            (r#"<label>友情链接<select><option>x</option></select></label>"#, 0),
            (r#"<label for="s">友情链接</label><select id="s"></select>"#, 0),
            (r#"<label for="s" aria-hidden="true">友情链接</label><select id="s"></select>"#, 1),
            (r#"<select role="presentation"></select>"#, 1),
            (r#"<select style="display:none"></select>"#, 0),
        ];
        for (html, want) in cases {
            assert_eq!(test_run(run, html).len(), want, "{html}");
        }
    }
}
