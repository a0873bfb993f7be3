//! `a11y.label`: a form field (`<input>`, `<textarea>`) has no label
//! (axe-core rule `label`).
//!
//! axe: selector `input, textarea`, matches `label-matches` (not
//! `type` hidden, image, button, submit or reset, read lower-cased),
//! hidden fields skipped; passes on any of `implicit-label` (a wrapping
//! `<label>` with text), `explicit-label` (a `<label for>` with text, or
//! one not shown on screen), `aria-label`, `aria-labelledby`,
//! `non-empty-title`, `non-empty-placeholder`, `presentational-role`;
//! fails on `hidden-explicit-label` (the first `<label for>` is hidden
//! from screen readers and the field has no name otherwise).

use scraper::ElementRef;

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::accname::{Names, issue};
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};
use crate::lang::Lang;

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.label",
    severity: Severity::Deduction,
    title_zh: "表单输入框没有标签",
    title_en: "Form field without a label",
    docs_zh: "\
检查内容：每个输入框（<input>，按钮、图片按钮和隐藏域除外）和 <textarea> 是否有名称：包住它的 <label> \
有文字、<label for=\"id\"> 指向它且有文字、aria-label、aria-labelledby 指向存在且有文字的元素、非空 title 或\
非空 placeholder。与 axe 相同：placeholder 也算名称；用 for 关联的 <label> 若被 aria-hidden 或隐藏，\
而输入框又没有别的名称，仍算违规。\n\n\
为何重要：读屏用户进入输入框时只能听到它的名称；门户顶部的“搜索”框、留言板的姓名电话栏常常只有旁边的图片\
或文字而没有关联，用户不知道该填什么。\n\n\
如何修复：用 <label for=\"keyword\">站内搜索</label><input id=\"keyword\">，或把输入框放进 <label> 里；\
界面上不便显示文字时用 aria-label=\"站内搜索\"。只靠 placeholder 虽能通过本规则，但输入后提示消失，不建议。\n\n\
参考：WCAG 2.1 成功准则 1.3.1 信息和关系、4.1.2 名称、角色和值、3.3.2 标签或说明；\
GB/T 37668-2019 可理解性、兼容性；axe-core 规则 label。govaudit 读 HTML 和本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）隐藏的输入框不检查，与 axe 相同；媒体查询、脚本或布局（移出屏幕、零尺寸）隐藏的输入框仍会被检查。",
    docs_en: "\
What it checks: whether every <input> (except buttons, image buttons and hidden fields) and <textarea> has \
a name: a wrapping <label> with text, a <label for=\"id\"> with text, aria-label, aria-labelledby pointing at \
an existing element with text, a non-empty title or a non-empty placeholder. As in axe a placeholder counts, \
and a for= label that is hidden or aria-hidden fails when the field has no other name.\n\n\
Why it matters: a screen reader user entering a field hears only its name; the search box at the top of a \
portal and the name and phone fields of a message board are often not associated with any text.\n\n\
How to fix: <label for=\"keyword\">站内搜索</label><input id=\"keyword\">, or wrap the field in a <label>; \
use aria-label where no visible text fits. A placeholder alone passes this rule but vanishes on typing.\n\n\
References: WCAG 2.1 success criteria 1.3.1 Info and Relationships, 4.1.2 Name, Role, Value, 3.3.2 Labels \
or Instructions; GB/T 37668-2019 understandable, robust (兼容性); axe-core rule label. govaudit reads the HTML, \
and the page's own styles (display:none, visibility:hidden in its <style> blocks and same-site stylesheets) are read, and fields they hide are skipped as axe skips them; fields hidden by media queries, scripts or layout (off screen, zero size) are still checked.",
    standard: Some(Standard {
        impact: Impact::Critical,
        tags: &["cat.forms", "wcag2a", "wcag412"],
        principle: Principle::Robust,
    }),
};

/// `label-matches`.
fn applies(el: ElementRef<'_>) -> bool {
    let v = el.value();
    match v.name() {
        "textarea" => true,
        "input" => match v.attr_of("type") {
            None => true,
            Some(t) => {
                !matches!(t.to_ascii_lowercase().as_str(), "hidden" | "image" | "button" | "submit" | "reset")
            }
        },
        _ => false,
    }
}

/// The axe checks: `Ok(())` when the field passes, else the detail in `lang`.
fn decide<'a>(names: &Names<'_, 'a>, el: ElementRef<'a>, lang: Lang) -> Result<(), String> {
    let named = names.implicit_label(el)
        || names.explicit_label(el)
        || names.aria_or_title(el)
        || names.non_empty_attr(el, "placeholder")
        || names.presentational_role(el);
    if names.hidden_explicit_label(el) {
        return Err(lang.word("a11y-label-detail-hidden-label"));
    }
    if named {
        return Ok(());
    }
    if el.value().attr_of("aria-labelledby").is_some() {
        return Err(lang.word("a11y-label-detail-labelledby"));
    }
    Err(lang.word("a11y-label-detail"))
}

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let names = Names::new(doc.dom);
    doc.dom
        .entries()
        .filter(|e| !e.aria_hidden && applies(e.el))
        .filter_map(|e| {
            decide(&names, e.el, doc.lang()).err().map(|detail| issue(INFO.id, doc, e.el, &detail, None))
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
            (r#"<input type="text" name="keyword">"#, 1),
            (r#"<input name="keyword" placeholder="请输入关键字">"#, 0),
            (r#"<input name="keyword" placeholder=" ">"#, 1),
            (r#"<input name="keyword" title="站内搜索">"#, 0),
            (r#"<input name="keyword" aria-label="站内搜索">"#, 0),
            (r#"<input aria-labelledby="t"><span id="t">站内搜索</span>"#, 0),
            (r#"<input aria-labelledby="none">"#, 1),
            (r#"<span id="t"></span><input aria-labelledby="t">"#, 1),
            (r#"<label for="k">关键字</label><input id="k">"#, 0),
            (r#"<label for="k"></label><input id="k">"#, 1),
            (r#"<label for="K">关键字</label><input id="k">"#, 1),
            (r#"<label>关键字 <input></label>"#, 0),
            (r#"<label><input></label>"#, 1),
            (r#"<label><img src="/s.gif" alt="搜索"><input></label>"#, 0),
            (r#"<label for="k" aria-hidden="true">关键字</label><input id="k">"#, 1),
            (r#"<label for="k" aria-hidden="true">关键字</label><input id="k" placeholder="关键字">"#, 0),
            (r#"<label for="k" style="display:none">关键字</label><input id="k">"#, 1),
            (r#"<textarea name="content"></textarea>"#, 1),
            (
                r#"<input type="hidden" name="t"><input type="submit"><input type="image"><input type="Button">"#,
                0,
            ),
            (r#"<input type="checkbox" id="c"><label for="c">同意</label>"#, 0),
            (r#"<input type="radio">"#, 1),
            (r#"<div style="display:none"><input></div><input aria-hidden="true">"#, 0),
            (r#"<input role="presentation">"#, 1),
            (r#"<label for="k"><img src="/s.gif" alt="搜索"></label><input id="k">"#, 0),
            (r#"<label for="k"><ul><li>搜索</li></ul></label><input id="k">"#, 1),
            (r#"<label for="k"><p>搜索</p></label><input id="k">"#, 0),
            (r#"<label for="k"><span title="搜索"></span></label><input id="k">"#, 0),
            (r#"<label for="k" title="搜索"></label><input id="k">"#, 0),
            (r#"<label for="k"><select><option>一</option></select></label><input id="k">"#, 0),
            (r#"<label for="k"><input value="x"></label><input id="k">"#, 1),
            (r#"<label for="k"><nav>搜索</nav></label><input id="k">"#, 1),
            (r#"<label><input id="k"></label><label for="k">关键字</label>"#, 0),
            (r#"<label for="k">关键字</label><label for="k" hidden></label><input id="k">"#, 0),
            (r#"<label for="k" hidden></label><label for="k">关键字</label><input id="k">"#, 0),
            (r#"<input type="search">"#, 1),
            (r#"<input type=" text ">"#, 1),
            (r#"<input id="">"#, 1),
            (r#"<label>关键字<textarea></textarea></label>"#, 0),
            (r#"<input role="presentation" disabled>"#, 0),
        ];
        for (html, want) in cases {
            assert_eq!(test_run(run, html).len(), want, "{html}");
        }
    }
}
