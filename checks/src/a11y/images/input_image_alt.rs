//! `a11y.input-image-alt`: an image button (`<input type="image">`) has
//! no text alternative (axe-core rule `input-image-alt`).
//!
//! axe: selector `input[type="image"]` (the attribute as written, case
//! sensitive), matches `no-explicit-name-required-matches`, hidden ones
//! skipped; passes on any of `non-empty-alt`, `aria-label`,
//! `aria-labelledby`, `non-empty-title`, `implicit-label`,
//! `explicit-label`. Unlike `<img>`, an empty alt is a violation.

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::accname::{Names, issue};
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.input-image-alt",
    severity: Severity::Deduction,
    title_zh: "图片按钮缺少替代文字",
    title_en: "Image button without alternative text",
    docs_zh: "\
检查内容：<input type=\"image\"> 图片按钮是否有名称：非空 alt、aria-label、aria-labelledby、\
非空 title，或者包住它、用 for 指向它的 <label> 有文字。图片按钮是可操作的控件，alt=\"\" 也算违规。\n\n\
为何重要：门户搜索框旁的“搜索”按钮常用 <input type=\"image\" src=\"/images/search.gif\">，\
没有 alt 时读屏软件只能读出“按钮”或文件名，用户不知道按下去会做什么。\n\n\
如何修复：写出按钮的动作，如 <input type=\"image\" src=\"/images/search.gif\" alt=\"搜索\">。\n\n\
参考：WCAG 2.1 成功准则 1.1.1 非文本内容、4.1.2 名称、角色和值；GB/T 37668-2019 可感知性、兼容性；\
axe-core 规则 input-image-alt。govaudit 读 HTML 和本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）隐藏的按钮不检查，与 axe 相同；媒体查询、脚本或布局（移出屏幕、零尺寸）隐藏的按钮仍会被检查。",
    docs_en: "\
What it checks: whether an <input type=\"image\"> button has a name: a non-empty alt, aria-label, \
aria-labelledby, a non-empty title, or a wrapping or for= <label> with text. It is a control, so alt=\"\" is \
a violation too.\n\n\
Why it matters: the search button next to a portal's search box is often <input type=\"image\" \
src=\"/images/search.gif\">; without alt a screen reader says only \"button\" or the file name.\n\n\
How to fix: name the action: <input type=\"image\" src=\"/images/search.gif\" alt=\"搜索\">.\n\n\
References: WCAG 2.1 success criteria 1.1.1 Non-text Content and 4.1.2 Name, Role, Value; GB/T 37668-2019 \
perceivable, robust (兼容性); axe-core rule input-image-alt. govaudit reads the HTML, and \
the page's own styles (display:none, visibility:hidden in its <style> blocks and same-site stylesheets) are read, and buttons they hide are skipped as axe skips them; buttons hidden by media queries, scripts or layout (off screen, zero size) are still checked.",
    standard: Some(Standard {
        impact: Impact::Critical,
        tags: &["cat.text-alternatives", "wcag2a", "wcag111", "wcag412"],
        principle: Principle::Perceivable,
    }),
};

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let names = Names::new(doc.dom);
    doc.dom
        .tagged("input")
        .filter(|e| !e.aria_hidden && e.el.value().attr_of("type") == Some("image"))
        .filter(|e| names.no_explicit_name_required(e.el))
        .filter(|e| {
            let el = e.el;
            !(names.non_empty_attr(el, "alt")
                || names.aria_or_title(el)
                || names.implicit_label(el)
                || names.explicit_label(el))
        })
        .map(|e| issue(INFO.id, doc, e.el, &doc.lang().word("a11y-input-image-alt-detail"), Some("src")))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::page::test_run;

    #[test]
    fn decides_like_axe() {
        let cases = [
            (r#"<input type="image" src="/images/search.gif">"#, 1),
            (r#"<input type="image" src="/images/search.gif" alt="">"#, 1),
            (r#"<input type="image" src="/images/search.gif" alt="搜索">"#, 0),
            (r#"<input type="image" src="/images/search.gif" value="搜索">"#, 1),
            (r#"<input type="image" src="/images/search.gif" title="搜索">"#, 0),
            (r#"<label>搜索<input type="image" src="/s.gif"></label>"#, 0),
            (r#"<label for="s">搜索</label><input id="s" type="image" src="/s.gif">"#, 0),
            (r#"<input type="IMAGE" src="/images/search.gif">"#, 0),
            (r#"<input type="image" src="/s.gif" style="display:none">"#, 0),
        ];
        for (html, want) in cases {
            assert_eq!(test_run(run, html).len(), want, "{html}");
        }
    }
}
