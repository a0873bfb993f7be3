//! `a11y.label-title-only`: a form field whose only label is its `title`
//! tooltip or an `aria-describedby` description (`<input title="搜索">`).
//!
//! axe-core 4.14.1: rule `label-title-only` (selector `input, select,
//! textarea`, matches `label-matches`, hidden fields excluded), check
//! `title-only`: fails when the field has no label text (axe's `label`:
//! `aria-labelledby`'s visible text, `aria-label`, the first `<label for>`
//! or the enclosing `<label>`, as a screen reader reads them) but has a
//! `title` or an `aria-describedby`. A `placeholder` is no label here.

use scraper::ElementRef;

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::dom::Dom;
use crate::facts::a11y::js::js_trim;
use crate::facts::a11y::roles::{RoleOpts, get_role};
use crate::facts::a11y::visible_text::label_text;
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.label-title-only",
    severity: Severity::Notice,
    title_zh: "表单输入框只用 title 或 aria-describedby 作标签",
    title_en: "Form field is labelled only by title or aria-describedby",
    docs_zh: "\
检查内容：输入框（按钮、图片按钮和隐藏域除外）、下拉框、多行文本框没有标签文字（aria-labelledby、aria-label、\
<label for> 或包住它的 <label>），只有 title 提示或 aria-describedby 说明。placeholder 不算标签。\
判定与 axe-core 的 label-title-only 规则一致；axe 把它列为最佳实践，govaudit 只作提示，不扣分。

为何重要：title 只在鼠标悬停时显示，触屏和键盘用户看不到；读屏软件把它当作说明而不是名称，\
不同读屏软件的读法也不一致。县级门户顶部常见 <input title=\"搜索\"> 而旁边没有任何标签的搜索框。

如何修复：给输入框一个看得见的标签：<label for=\"kw\">站内搜索</label><input id=\"kw\">；界面放不下文字时\
用 aria-label=\"站内搜索\"；title 可以保留作补充说明。

参考：WCAG 2.1 成功准则 3.3.2 标签或说明、4.1.2 名称、角色和值（axe 列为最佳实践）；GB/T 37668-2019 可理解性原则；\
axe-core 规则 label-title-only。govaudit 读 HTML 和本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）：被它们隐藏的输入框不检查，被它们隐藏的标签不算作标签文字，与 axe 相同；媒体查询、布局（移出屏幕）或其他站点的样式表隐藏的输入框和标签仍按显示处理。",
    docs_en: "\
What it checks: whether an input (except buttons, image buttons and hidden fields), select or textarea has no \
label text (aria-labelledby, aria-label, a <label for> or a wrapping <label>) but only a title tooltip or an \
aria-describedby description. A placeholder is no label. It decides as axe-core's label-title-only does; axe \
files it as a best practice, so govaudit shows it as a notice that costs no points.

Why it matters: a title shows only on mouse hover, so touch and keyboard users never see it; screen readers \
treat it as a description rather than a name, and differ in how they read it. County portals often have a \
search box <input title=\"搜索\"> with no label at all.

How to fix: give the field a visible label: <label for=\"kw\">站内搜索</label><input id=\"kw\">; where no text \
fits, aria-label=\"站内搜索\"; the title may stay as a hint.

References: WCAG 2.1 success criteria 3.3.2 Labels or Instructions, 4.1.2 Name, Role, Value (a best practice \
in axe); GB/T 37668-2019 understandable (可理解性) principle; axe-core rule label-title-only. govaudit reads \
the HTML, and fields the page's own styles (display:none, visibility:hidden in its <style> blocks and same-site stylesheets) hide are skipped and labels they hide give no label text, as in axe; fields and labels hidden by media queries, layout (off screen) or stylesheets on other hosts count as shown.",
    standard: Some(Standard {
        impact: Impact::Serious,
        tags: &["cat.forms", "best-practice"],
        principle: Principle::Understandable,
    }),
};

/// axe's `label-matches`: form fields a label is for. The type is read as
/// written, lower-cased, not trimmed.
pub fn label_matches(el: ElementRef<'_>) -> bool {
    let v = el.value();
    match v.name() {
        "select" | "textarea" => true,
        "input" => v.attr_of("type").is_none_or(|t| {
            !matches!(t.to_lowercase().as_str(), "hidden" | "image" | "button" | "submit" | "reset")
        }),
        _ => false,
    }
}

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let dom = doc.dom;
    dom.entries()
        .filter(|e| !e.aria_hidden && label_matches(e.el))
        .filter(|e| title_only(dom, e.el))
        .map(|e| PageIssue::at(INFO.id, e.el).with_detail(doc.lang().word("a11y-label-title-only-detail")))
        .collect()
}

/// axe's `title-only`.
fn title_only<'a>(dom: &Dom<'a>, el: ElementRef<'a>) -> bool {
    let v = el.value();
    let title = v.attr_of("title").filter(|t| !t.is_empty()).is_some()
        && !matches!(get_role(dom, el, RoleOpts::default()), Some("none" | "presentation"));
    let described = v.attr_of("aria-describedby").is_some_and(|d| !js_trim(d).is_empty());
    (title || described) && label_text(dom, el).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::page::test_run;

    #[test]
    fn title_only_fields_follow_axe() {
        let cases: &[(&str, usize)] = &[
            (r#"<input type="text" name="kw" title="搜索">"#, 1),
            (r#"<input name="kw" title="搜索" placeholder="请输入关键字">"#, 1),
            (r#"<input name="kw" aria-describedby="h"><span id="h">输入关键字</span>"#, 1),
            (r#"<input name="kw" aria-describedby="  ">"#, 0),
            (r#"<input name="kw" title="">"#, 0),
            (r#"<input name="kw">"#, 0),
            (r#"<input name="kw" title="搜索" aria-label="站内搜索">"#, 0),
            (r#"<label for="kw">站内搜索</label><input id="kw" title="搜索">"#, 0),
            (r#"<label>站内搜索<input title="搜索"></label>"#, 0),
            (r#"<label for="kw" aria-hidden="true">站内搜索</label><input id="kw" title="搜索">"#, 1),
            (r#"<label for="kw"><img src="s.png" alt="搜索"></label><input id="kw" title="搜索">"#, 1),
            (r#"<select title="部门"><option>一</option></select>"#, 1),
            (r#"<textarea title="留言内容"></textarea>"#, 1),
            (r#"<input type="submit" title="搜索"><input type="image" title="搜索" src="s.png">"#, 0),
            (r#"<input type="hidden" title="x"><div hidden><input title="x"></div>"#, 0),
            (r#"<input type=" submit" title="搜索">"#, 1),
            (r#"<input role="none" title="搜索">"#, 1),
        ];
        for (html, want) in cases {
            assert_eq!(test_run(run, html).len(), *want, "{html}");
        }
    }
}
