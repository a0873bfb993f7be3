//! `a11y.input-button-name`: an input button (`type` button, submit or
//! reset) has no discernible text (axe-core rule `input-button-name`).
//!
//! axe: selector `input[type="button"], input[type="submit"],
//! input[type="reset"]` (the attribute as written), matches
//! `no-explicit-name-required-matches`, hidden ones skipped; passes on
//! any of `non-empty-if-present` (a submit or reset button without a
//! `value` attribute: the browser's default label), `non-empty-value`,
//! `aria-label`, `aria-labelledby`, `non-empty-title`, `implicit-label`,
//! `explicit-label`, `presentational-role`.

use scraper::ElementRef;

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::accname::unnamed;
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.input-button-name",
    severity: Severity::Deduction,
    title_zh: "输入按钮没有可读的文字",
    title_en: "Input button without discernible text",
    docs_zh: "\
检查内容：<input type=\"button\">、<input type=\"submit\">、<input type=\"reset\"> 是否有名称：非空 value、\
aria-label、aria-labelledby 指向有文字的元素、非空 title 或关联的 <label> 有文字。submit 和 reset 按钮完全不写 \
value 时浏览器显示默认文字（“提交”“重置”），算通过；写了 value=\"\" 或只有空格则不算。\n\n\
为何重要：门户搜索框旁常见用背景图画出的 <input type=\"button\" class=\"btn-search\" onclick=\"…\">，\
没有 value 时读屏软件只读出“按钮”。\n\n\
如何修复：写 value，如 <input type=\"submit\" value=\"搜索\">；界面上不显示文字时加 aria-label 或 title。\n\n\
参考：WCAG 2.1 成功准则 4.1.2 名称、角色和值；GB/T 37668-2019 兼容性、可操作性；axe-core 规则 input-button-name。\
govaudit 读 HTML 和本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）隐藏的按钮不检查，与 axe 相同；媒体查询、脚本或布局（移出屏幕、零尺寸）隐藏的按钮仍会被检查。",
    docs_en: "\
What it checks: whether <input type=\"button\">, <input type=\"submit\"> and <input type=\"reset\"> have a name: a \
non-empty value, aria-label, aria-labelledby pointing at text, a non-empty title or an associated <label> \
with text. A submit or reset button with no value attribute at all shows the browser's default label and \
passes; value=\"\" or spaces do not.\n\n\
Why it matters: next to a portal's search box there is often <input type=\"button\" class=\"btn-search\" \
onclick=\"…\"> drawn with a background image; without a value it is read as just \"button\".\n\n\
How to fix: write a value, e.g. <input type=\"submit\" value=\"搜索\">, or add aria-label or title.\n\n\
References: WCAG 2.1 success criterion 4.1.2 Name, Role, Value; GB/T 37668-2019 robust (兼容性), operable; \
axe-core rule input-button-name. govaudit reads the HTML, and \
the page's own styles (display:none, visibility:hidden in its <style> blocks and same-site stylesheets) are read, and buttons they hide are skipped as axe skips them; buttons hidden by media queries, scripts or layout (off screen, zero size) are still checked.",
    standard: Some(Standard {
        impact: Impact::Critical,
        tags: &["cat.name-role-value", "wcag2a", "wcag412"],
        principle: Principle::Robust,
    }),
};

fn applies(el: ElementRef<'_>) -> bool {
    matches!(el.value().attr_of("type"), Some("button" | "submit" | "reset"))
}

/// `non-empty-if-present`.
fn default_label(el: ElementRef<'_>) -> bool {
    let kind = el.value().attr_of("type").unwrap_or_default().to_ascii_lowercase();
    matches!(kind.as_str(), "submit" | "reset") && el.value().attr_of("value").is_none()
}

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    unnamed(
        doc,
        INFO.id,
        doc.dom.tagged("input").filter(|e| applies(e.el)),
        |names, el| {
            !names.no_explicit_name_required(el)
                || default_label(el)
                || names.non_empty_attr(el, "value")
                || names.button_label(el)
        },
        &doc.lang().word("a11y-input-button-name-detail"),
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
            (r#"<input type="button" class="btn-search" onclick="search()">"#, 1),
            (r#"<input type="button" value="搜索">"#, 0),
            (r#"<input type="submit">"#, 0),
            (r#"<input type="reset">"#, 0),
            (r#"<input type="submit" value="">"#, 1),
            (r#"<input type="submit" value=" ">"#, 1),
            (r#"<input type="button" title="搜索">"#, 0),
            (r#"<input type="button" aria-label="搜索">"#, 0),
            (r#"<input type="Button">"#, 0),
            (r#"<input type="button" style="display:none">"#, 0),
        ];
        for (html, want) in cases {
            assert_eq!(test_run(run, html).len(), want, "{html}");
        }
    }
}
