//! `a11y.html-has-lang`: the `<html>` element declares no language
//! (axe-core `html-has-lang`, check `has-lang`).

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::js::js_trim;
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.html-has-lang",
    severity: Severity::Deduction,
    title_zh: "<html> 元素没有 lang 属性",
    title_en: "<html> element has no lang attribute",
    docs_zh: "\
检查内容：页面根元素 <html> 是否用 lang 属性声明了页面语言。与 axe-core 的 html-has-lang 规则相同：\
lang 缺失或只有空白即不通过；只有 xml:lang 而没有 lang 的 HTML 页面也不通过（xml:lang 只对 XHTML 有效）。\
lang 的值是否有效由 a11y.html-lang-valid 检查。

为何重要：读屏软件按页面语言选择发音规则；没有声明时按用户系统的默认语言朗读，\
中文页面可能被当作英文逐字母拼读。多数县级政府网站（特别是 TRS 等内容管理系统的老模板）的 <html> 不带 lang。

如何修复：在模板的根元素上写 <html lang=\"zh-CN\">（简体中文），繁体中文页面用 zh-TW 或 zh-HK；\
保留 xml:lang 时也要同时写 lang。

参考：WCAG 2.1 成功准则 3.1.1 页面语言（A 级）；GB/T 37668-2019 可理解性原则；axe-core 规则 html-has-lang。\
govaudit 与 axe 的差别：页面以 application/xhtml+xml 发送时 axe 接受单独的 xml:lang，govaudit 一律按 HTML 判断；\
脚本在加载后添加的 lang 看不到。",
    docs_en: "\
What it checks: whether the root <html> element declares the page's language with a lang attribute. As \
axe-core's html-has-lang rule: a missing lang, or one with only white space, fails; an HTML page with \
xml:lang but no lang fails too (xml:lang only counts in XHTML). Whether the value is valid is \
a11y.html-lang-valid's job.

Why it matters: screen readers choose their pronunciation from the page's language; without one they \
use the user's default, and a Chinese page may be spelled out as if it were English. Most county \
sites (old TRS and similar CMS templates especially) have no lang on <html>.

How to fix: write <html lang=\"zh-CN\"> in the template (zh-TW or zh-HK for traditional Chinese); \
keep lang beside xml:lang if the template has one.

References: WCAG 2.1 success criterion 3.1.1 Language of Page (A); GB/T 37668-2019 principle: \
understandable; axe-core rule html-has-lang. Differences from axe: axe accepts xml:lang alone on a page \
served as application/xhtml+xml, govaudit always judges as HTML; a lang added by a script is not seen.",
    standard: Some(Standard {
        impact: Impact::Serious,
        tags: &["cat.language", "wcag2a", "wcag311"],
        principle: Principle::Understandable,
    }),
};

fn has_value(value: Option<&str>) -> bool {
    value.is_some_and(|v| !js_trim(v).is_empty())
}

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let Some(root) = super::root_for_rules(doc) else { return Vec::new() };
    let v = root.value();
    if has_value(v.attr_of("lang")) {
        return Vec::new();
    }
    // axe's noXHTML message: xml:lang alone does not count in HTML.
    let detail = if has_value(v.attr_of("xml:lang")) {
        doc.lang().word("a11y-html-has-lang-detail-xml-lang")
    } else {
        doc.lang().word("a11y-html-has-lang-detail")
    };
    vec![PageIssue::at(INFO.id, root).with_detail(detail)]
}

#[cfg(test)]
mod tests {
    use super::super::test_util::count;

    #[test]
    fn lang_must_have_a_value() {
        let table: &[(&str, usize)] = &[
            ("<html lang=\"zh-CN\"><body></body></html>", 0),
            // Validity is another rule's.
            ("<html lang=\"cn\"><body></body></html>", 0),
            ("<html><body></body></html>", 1),
            ("<html lang=\"\"><body></body></html>", 1),
            ("<html lang=\"  \"><body></body></html>", 1),
            ("<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"zh-CN\"><body></body></html>", 1),
            ("<html xml:lang=\"zh-CN\" lang=\"zh-CN\"><body></body></html>", 0),
            ("<html LANG=\"zh\"><body></body></html>", 0),
        ];
        for &(html, want) in table {
            assert_eq!(count("a11y.html-has-lang", html), want, "{html}");
        }
    }
}
