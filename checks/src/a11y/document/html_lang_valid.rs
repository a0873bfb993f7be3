//! `a11y.html-lang-valid`: the `<html>` element's `lang` (or `xml:lang`)
//! names no known language (axe-core `html-lang-valid`, check `valid-lang`).

use super::support::invalid_lang_attrs;
use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.html-lang-valid",
    severity: Severity::Deduction,
    title_zh: "<html> 的 lang 不是有效的语言代码",
    title_en: "<html> lang is not a valid language code",
    docs_zh: "\
检查内容：<html> 的 lang 或 xml:lang（有非空值时）是否以有效的语言代码开头。与 axe-core 的 html-lang-valid \
规则相同：取第一个连字符“-”之前的主语言子标签，转小写后必须在 axe-core 的语言代码表中（IANA 语言子标签注册表的\
两三个字母代码）；只有空白的值也不通过。zh-CN、zh-Hans、zh、en-US 有效；cn（国家代码不是语言代码）、\
zh_CN（下划线不是连字符）、gb2312（字符集不是语言）、chinese 无效。每页至多一处，记在 <html> 上。

为何重要：读屏软件不认识的语言代码等于没有声明语言，会用默认语言的发音规则朗读中文。\
县级网站模板里常见 lang=\"cn\"、lang=\"zh_CN\"，是从字符集或 Java 区域设置误抄来的。

如何修复：简体中文页面写 lang=\"zh-CN\"（或 zh-Hans、zh）；同时有 xml:lang 时两者都改成有效值。

参考：WCAG 2.1 成功准则 3.1.1 页面语言（A 级）；GB/T 37668-2019 可理解性原则；axe-core 规则 html-lang-valid，\
语言代码表取自 axe-core 4.14（与 4.11 相同）。axe 只检查主语言子标签，zh-XX 这样错误的地区子标签两者都不报。",
    docs_en: "\
What it checks: whether the lang or xml:lang attribute of <html> (when it has a value) starts with a \
valid language code. As axe-core's html-lang-valid rule: the primary subtag (before the first hyphen), \
lower-cased, must be in axe-core's list of language codes (the two- and three-letter codes of the IANA \
language subtag registry); a value of only white space fails too. zh-CN, zh-Hans, zh and en-US are \
valid; cn (a country, not a language), zh_CN (underscore, not hyphen), gb2312 (a character set) and \
chinese are not. At most one issue per page, on <html>.

Why it matters: a language code the screen reader does not know is as good as none; it reads the \
Chinese text with its default language's rules. County templates often carry lang=\"cn\" or \
lang=\"zh_CN\", copied from a charset or a Java locale.

How to fix: write lang=\"zh-CN\" (or zh-Hans, zh) for simplified Chinese pages; fix xml:lang as well if \
the template has it.

References: WCAG 2.1 success criterion 3.1.1 Language of Page (A); GB/T 37668-2019 principle: \
understandable; axe-core rule html-lang-valid, with the language list of axe-core 4.14 (the same as \
4.11). axe checks only the primary subtag, so a wrong region such as zh-XX passes in both.",
    standard: Some(Standard {
        impact: Impact::Serious,
        tags: &["cat.language", "wcag2a", "wcag311"],
        principle: Principle::Understandable,
    }),
};

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let Some(root) = super::root_for_rules(doc) else { return Vec::new() };
    let v = root.value();
    // The rule's selector: html[lang]:not([lang=""]), html[xml:lang]:not([xml:lang=""]).
    let selected = ["lang", "xml:lang"].iter().any(|a| v.attr_of(a).is_some_and(|x| !x.is_empty()));
    if !selected {
        return Vec::new();
    }
    let invalid = invalid_lang_attrs(root);
    if invalid.is_empty() {
        return Vec::new();
    }
    let list = invalid.join(" ");
    let detail = doc.lang().word_with("a11y-html-lang-valid-detail", &[("codes", list.into())]);
    vec![PageIssue::at(INFO.id, root).with_detail(detail)]
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{count, issues};

    #[test]
    fn primary_subtag_must_be_known() {
        let table: &[(&str, usize)] = &[
            ("<html lang=\"zh-CN\"><body></body></html>", 0),
            ("<html lang=\"zh-Hans-CN\"><body></body></html>", 0),
            ("<html lang=\"ZH\"><body></body></html>", 0),
            ("<html lang=\"cn\"><body></body></html>", 1),
            ("<html lang=\"zh_CN\"><body></body></html>", 1),
            ("<html lang=\"gb2312\"><body></body></html>", 1),
            ("<html lang=\" \"><body></body></html>", 1),
            // Not selected: missing or empty is html-has-lang's.
            ("<html><body></body></html>", 0),
            ("<html lang=\"\"><body></body></html>", 0),
            ("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh_CN\" xml:lang=\"zh_CN\"></html>", 1),
            ("<html lang=\"zh-CN\" xml:lang=\"cn\"><body></body></html>", 1),
            ("<html lang=\"\" xml:lang=\"zh\"><body></body></html>", 0),
        ];
        for &(html, want) in table {
            assert_eq!(count("a11y.html-lang-valid", html), want, "{html}");
        }
    }

    #[test]
    fn detail_names_the_bad_values() {
        let found = issues("a11y.html-lang-valid", "<html lang=\"zh_CN\" xml:lang=\"cn\"></html>");
        assert_eq!(
            found[0].detail.as_deref(),
            Some("lang=\"zh_CN\" xml:lang=\"cn\" 不是有效的语言代码，简体中文应写 lang=\"zh-CN\"")
        );
    }
}
