//! `a11y.html-xml-lang-mismatch`: the root's `lang` and `xml:lang` name
//! different languages (axe-core rule `html-xml-lang-mismatch`).
//!
//! axe: selector `html[lang][xml\:lang]:not(html *)` (the root only),
//! matches `xml-lang-mismatch-matches` (both primary subtags are valid
//! language codes: an invalid one is `html-lang-valid`'s), the root skipped
//! when hidden; fails when the primary subtags differ (`zh-CN` and `zh`
//! agree, `zh-CN` and `en` do not).

use super::support::{base_lang, is_valid_lang};
use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.html-xml-lang-mismatch",
    severity: Severity::Deduction,
    title_zh: "html 元素的 lang 与 xml:lang 语言不一致",
    title_en: "html element's lang and xml:lang name different languages",
    docs_zh: "\
检查内容：<html> 同时有 lang 和 xml:lang（XHTML 模板常见）时，两者的主语言是否相同：\
lang=\"zh-CN\" 与 xml:lang=\"zh\" 一致，lang=\"zh-CN\" 与 xml:lang=\"en\" 不一致。任一值不是有效语言代码时\
由 a11y.html-lang-valid 报告，本规则不查。与 axe-core 的 html-xml-lang-mismatch 规则一致。\n\n\
为何重要：读屏软件按页面语言选择发音；两个属性说的语言不同，不同软件会按不同的一个来读，\
中文页面可能被按英文朗读。县级网站套用的 XHTML 模板常见 lang=\"zh-CN\" xml:lang=\"en\"。\n\n\
如何修复：让两个属性一致，如 <html lang=\"zh-CN\" xml:lang=\"zh-CN\">；不是 XHTML 的页面删除 xml:lang。\n\n\
参考：WCAG 2.1 成功准则 3.1.1 页面的语言（A 级）；GB/T 37668-2019 可理解性原则；axe-core 规则 html-xml-lang-mismatch。\
govaudit 只读 HTML：脚本在加载后改写的 lang 看不到。",
    docs_en: "\
What it checks: when <html> has both lang and xml:lang (as XHTML templates do), whether their primary \
languages agree: lang=\"zh-CN\" and xml:lang=\"zh\" agree, lang=\"zh-CN\" and xml:lang=\"en\" do not. When either \
is not a valid language code, a11y.html-lang-valid reports it and this rule does not. As axe-core's \
html-xml-lang-mismatch rule.\n\n\
Why it matters: screen readers pick their voice by the page's language; when the two attributes disagree, \
different readers follow different ones, and a Chinese page may be read in English. XHTML templates county \
sites reuse often say lang=\"zh-CN\" xml:lang=\"en\".\n\n\
How to fix: make both say the same, e.g. <html lang=\"zh-CN\" xml:lang=\"zh-CN\">; drop xml:lang from pages \
that are not XHTML.\n\n\
References: WCAG 2.1 success criterion 3.1.1 Language of Page (A); GB/T 37668-2019 principle: \
understandable; axe-core rule html-xml-lang-mismatch. govaudit reads HTML only: a lang a script rewrites \
after load is not seen.",
    standard: Some(Standard {
        impact: Impact::Moderate,
        tags: &["cat.language", "wcag2a", "wcag311"],
        principle: Principle::Understandable,
    }),
};

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let Some(root) = super::root_for_rules(doc) else { return Vec::new() };
    let v = root.value();
    let (Some(lang), Some(xml_lang)) = (v.attr_of("lang"), v.attr_of("xml:lang")) else { return Vec::new() };
    let (base, xml_base) = (base_lang(lang), base_lang(xml_lang));
    if !is_valid_lang(&base) || !is_valid_lang(&xml_base) || base == xml_base {
        return Vec::new();
    }
    let detail = doc.lang().word_with(
        "a11y-html-xml-lang-mismatch-detail",
        &[("lang", lang.into()), ("xml_lang", xml_lang.into())],
    );
    vec![PageIssue::at(INFO.id, root).with_detail(detail)]
}

#[cfg(test)]
mod tests {
    use super::super::test_util::count;

    #[test]
    fn decides_like_axe() {
        let cases = [
            (r#"<html lang="zh-CN" xml:lang="en"><body>x</body></html>"#, 1),
            (r#"<html lang="zh-CN" xml:lang="zh"><body>x</body></html>"#, 0),
            (r#"<html lang="ZH-cn" xml:lang="zh-TW"><body>x</body></html>"#, 0),
            (r#"<html lang="zh-CN"><body>x</body></html>"#, 0),
            (r#"<html lang="zh-CN" xml:lang="xx-yy"><body>x</body></html>"#, 0),
            (r#"<html lang="zh-CN" xml:lang=""><body>x</body></html>"#, 0),
            (r#"<html lang="en" xml:lang="zh-CN" aria-hidden="true"><body>x</body></html>"#, 0),
        ];
        for (html, want) in cases {
            assert_eq!(count("a11y.html-xml-lang-mismatch", html), want, "{html}");
        }
    }
}
