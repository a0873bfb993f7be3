//! `a11y.autocomplete-valid`: a form field's `autocomplete` is not a value
//! HTML defines (`autocomplete="phone"`, `autocomplete="work name"`).
//!
//! axe-core 4.14.1: rule `autocomplete-valid` (matches
//! `autocomplete-matches`: an `<input>`, `<select>` or `<textarea>` with a
//! non-blank `autocomplete`, not read-only, not disabled, not a
//! submit/reset/button/hidden input, and not taken out of the tab order
//! with a non-widget role; hidden fields excluded), check
//! `autocomplete-valid` with extra state terms (`none`, `false`, `xoff` …).
//! Purposes axe leaves to review (`text`, `pronouns`, `gender`, `message`,
//! `content`) are not reported. The tokens are in
//! [`crate::facts::a11y::autocomplete`].

use scraper::ElementRef;

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::autocomplete::{Verdict, verdict};
use crate::facts::a11y::js::{parse_tabindex, sanitize};
use crate::facts::a11y::roles::{RoleOpts, explicit_role, input_type};
use crate::facts::a11y::standards;
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.autocomplete-valid",
    severity: Severity::Deduction,
    title_zh: "autocomplete 属性的取值无效",
    title_en: "autocomplete attribute has an invalid value",
    docs_zh: "\
检查内容：输入框、下拉框、多行文本框的 autocomplete 是否为 HTML 规定的取值：on、off，或\
“[section-*] [billing|shipping] [home|work|mobile|fax|pager] 用途 [webauthn]”形式，用途如 name、tel、email、\
street-address、postal-code、organization、username、new-password 等（home、work 等只能放在 tel、email 等\
联系方式之前）。只读、禁用、隐藏的字段和按钮不查。判定与 axe-core 的 autocomplete-valid 规则一致；\
axe 交给人工复核的 text、gender、message 等取值不报。

为何重要：浏览器和辅助软件按 autocomplete 的用途自动填写姓名、电话、地址，并可显示统一的图标，\
帮助有认知障碍、行动不便的用户少打字、少出错。取值写错（如 autocomplete=\"phone\"、\"mobile\"）时这些帮助全部失效。\
办事表单、留言板的姓名电话栏常见这类错误。

如何修复：按用途写规定的值，如姓名 autocomplete=\"name\"、手机 autocomplete=\"tel\"（或 \"mobile tel\"）、\
邮箱 autocomplete=\"email\"、地址 autocomplete=\"street-address\"；不希望自动填写时写 off。

参考：WCAG 2.1 成功准则 1.3.5 识别输入用途（AA 级）；GB/T 37668-2019 可感知性原则；axe-core 规则 \
autocomplete-valid。govaudit 读 HTML 和本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）隐藏的字段不检查，与 axe 相同；媒体查询、布局（移出屏幕）或其他站点的样式表隐藏的字段仍会检查，脚本加上的字段看不到。",
    docs_en: "\
What it checks: whether the autocomplete of an input, select or textarea is a value HTML defines: on, off, or \
\"[section-*] [billing|shipping] [home|work|mobile|fax|pager] purpose [webauthn]\" with a purpose such as name, \
tel, email, street-address, postal-code, organization, username or new-password (home, work … only before a \
contact purpose such as tel or email). Read-only, disabled and hidden fields and buttons are skipped. It \
decides as axe-core's autocomplete-valid does; values axe leaves for review (text, gender, message …) are not \
reported.

Why it matters: browsers and assistive software fill in names, phone numbers and addresses by the \
autocomplete purpose, and can show familiar icons, sparing users with cognitive or motor impairments typing \
and mistakes. A wrong value (autocomplete=\"phone\", \"mobile\") loses all of it. Service forms and message \
boards often have such values on their name and phone fields.

How to fix: write the defined value for the purpose: autocomplete=\"name\", \"tel\" (or \"mobile tel\"), \
\"email\", \"street-address\"; write off where filling in is not wanted.

References: WCAG 2.1 success criterion 1.3.5 Identify Input Purpose (level AA); GB/T 37668-2019 perceivable \
(可感知性) principle; axe-core rule autocomplete-valid. govaudit reads the HTML, and \
fields the page's own styles (display:none, visibility:hidden in its <style> blocks and same-site stylesheets) hide are skipped as axe skips them; fields hidden by media queries, layout (off screen) or stylesheets on other hosts are still checked; fields scripts add are not seen.",
    standard: Some(Standard {
        impact: Impact::Serious,
        tags: &["cat.forms", "wcag21aa", "wcag135"],
        principle: Principle::Perceivable,
    }),
};

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let mut out = Vec::new();
    for entry in doc.dom.entries() {
        if entry.aria_hidden || !applies(entry.el) {
            continue;
        }
        let value = entry.el.value().attr_of("autocomplete").unwrap_or_default();
        if verdict(value) == Verdict::Invalid {
            let detail = doc.lang().word_with("a11y-autocomplete-valid-detail", &[("value", value.into())]);
            out.push(PageIssue::at(INFO.id, entry.el).with_detail(detail));
        }
    }
    out
}

/// axe's `autocomplete-matches`.
fn applies(el: ElementRef<'_>) -> bool {
    let v = el.value();
    if v.attr_of("autocomplete").is_none_or(|a| sanitize(a).is_empty())
        || !matches!(v.name(), "input" | "select" | "textarea")
    {
        return false;
    }
    let is_true = |attr: &str| v.attr_of(attr).is_some_and(|a| a.to_lowercase() == "true");
    if v.attr_of("readonly").is_some() || is_true("aria-readonly") {
        return false;
    }
    if v.name() == "input" && matches!(input_type(el), "submit" | "reset" | "button" | "hidden") {
        return false;
    }
    if v.attr_of("disabled").is_some() || is_true("aria-disabled") {
        return false;
    }
    let out_of_tab_order = parse_tabindex(v.attr_of("tabindex")).is_some_and(|t| t < 0);
    if out_of_tab_order && v.attr_of("role").is_some() {
        let widget = explicit_role(el, RoleOpts::default()).and_then(standards::role_type) == Some("widget");
        if !widget {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::page::test_run;

    #[test]
    fn fields_and_values_follow_axe() {
        let cases: &[(&str, usize)] = &[
            (r#"<input name="tel" autocomplete="phone">"#, 1),
            (r#"<input name="tel" autocomplete="tel">"#, 0),
            (r#"<input name="tel" autocomplete="mobile tel">"#, 0),
            (r#"<input name="xm" autocomplete="work name">"#, 1),
            (r#"<input name="xm" autocomplete="off">"#, 0),
            (r#"<input name="xm" autocomplete="  ">"#, 0),
            (r#"<input name="xm" autocomplete="text">"#, 0),
            (r#"<input name="xm" autocomplete="phone" readonly>"#, 0),
            (r#"<input name="xm" autocomplete="phone" disabled>"#, 0),
            (r#"<input name="xm" autocomplete="phone" aria-disabled="TRUE">"#, 0),
            (r#"<input type="submit" autocomplete="phone">"#, 0),
            (r#"<input type="hidden" autocomplete="phone">"#, 0),
            (r#"<input autocomplete="phone" tabindex="-1" role="presentation">"#, 0),
            (r#"<input autocomplete="phone" tabindex="-1" role="textbox">"#, 1),
            (r#"<input autocomplete="phone" tabindex="-1">"#, 1),
            (r#"<select autocomplete="province"><option>江西</option></select>"#, 1),
            (r#"<textarea autocomplete="street-address"></textarea>"#, 0),
            (r#"<div autocomplete="phone"></div>"#, 0),
            (r#"<div style="display:none"><input autocomplete="phone"></div>"#, 0),
        ];
        for (html, want) in cases {
            assert_eq!(test_run(run, html).len(), *want, "{html}");
        }
    }
}
