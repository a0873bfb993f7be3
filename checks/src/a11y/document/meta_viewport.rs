//! `a11y.meta-viewport`: the viewport `<meta>` stops visitors zooming
//! (`user-scalable=no`, `maximum-scale` below 2) (axe-core `meta-viewport`,
//! check `meta-viewport` with `scaleMinimum: 2`).

use super::support::in_template;
use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::js::{js_trim, parse_float};
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.meta-viewport",
    severity: Severity::Deduction,
    title_zh: "viewport 设置禁止用户缩放页面",
    title_en: "Viewport meta stops users zooming",
    docs_zh: "\
检查内容：<meta name=\"viewport\"> 的 content 是否禁止或限制缩放。与 axe-core 4.14 的 meta-viewport 规则相同：\
content 转小写后按逗号或分号切分为“键=值”，依次检查：user-scalable 的值为 no、0、false 等（不是 yes、\
device-width、device-height，也不是 ≥1 或 ≤-1 的数字）即不通过；maximum-scale 小于 2（例如 1、1.0）\
或不是数字（device-width、device-height 除外）即不通过，负数忽略。name 须正好写作小写的 viewport（axe 的选择器区分大小写）。

为何重要：低视力用户和老年人靠双指放大阅读；移动版模板常写 user-scalable=no、maximum-scale=1.0，\
使手机上无法放大文字，违背适老化改造“大字”要求。

如何修复：改为 <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">，删除 user-scalable=no \
和小于 2 的 maximum-scale（需要限制时至少 maximum-scale=5）。

参考：WCAG 2.1 成功准则 1.4.4 调整文本大小（AA 级）；GB/T 37668-2019 可感知性原则；axe-core 规则 meta-viewport。\
axe-core 4.11 的判断稍宽：同一键出现多次时只看最后一个，user-scalable 只认 no 和 -1 到 1 之间的数字，\
maximum-scale 非数字时不报；govaudit 按 4.14（当前版本）判断，常见写法两版结论相同。",
    docs_en: "\
What it checks: whether the content of <meta name=\"viewport\"> forbids or limits zooming. As axe-core \
4.14's meta-viewport rule: the content, lower-cased, is split at commas and semicolons into key=value \
pairs, checked in order: user-scalable fails when its value is no, 0, false and the like (anything but \
yes, device-width, device-height or a number >= 1 or <= -1); maximum-scale fails below 2 (1, 1.0) or \
when it is not a number (except device-width and device-height); negative values are ignored. The name \
must be exactly the lower-case viewport (axe's selector is case-sensitive).

Why it matters: people with low vision and older readers pinch to zoom; mobile templates often say \
user-scalable=no, maximum-scale=1.0 so text cannot be enlarged on a phone, against the elderly-friendly \
\"large text\" requirement.

How to fix: use <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">; remove \
user-scalable=no and any maximum-scale below 2 (if a limit is needed, at least maximum-scale=5).

References: WCAG 2.1 success criterion 1.4.4 Resize text (AA); GB/T 37668-2019 principle: perceivable; \
axe-core rule meta-viewport. axe-core 4.11 was more lenient: the last of repeated keys won, only no \
and numbers between -1 and 1 failed user-scalable, and a non-numeric maximum-scale passed; govaudit \
follows 4.14 (the current release); the usual templates get the same answer from both.",
    standard: Some(Standard {
        impact: Impact::Moderate,
        tags: &["cat.sensory-and-visual-cues", "wcag2aa", "wcag144"],
        principle: Principle::Perceivable,
    }),
};

/// The first `key=value` of the content that blocks zooming, as axe's
/// check reports it (`user-scalable=no`).
pub fn blocking_item(content: &str) -> Option<String> {
    let content = content.to_lowercase();
    for item in content.split([';', ',']) {
        let mut parts = item.split('=').map(js_trim);
        let (Some(key), Some(value)) = (parts.next(), parts.next()) else { continue };
        if key.is_empty() || value.is_empty() {
            continue;
        }
        let number = parse_float(value);
        if key == "user-scalable" {
            let bad_word = number.is_nan() && !matches!(value, "yes" | "device-width" | "device-height");
            let bad_number = number > -1.0 && number < 1.0;
            if bad_word || bad_number {
                return Some(format!("user-scalable={value}"));
            }
        }
        if key == "maximum-scale" {
            if number < 0.0 {
                continue;
            }
            let bad_word = number.is_nan() && !matches!(value, "device-width" | "device-height");
            if bad_word || number < 2.0 {
                return Some(format!("maximum-scale={value}"));
            }
        }
    }
    None
}

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    doc.dom
        .tagged("meta")
        .filter(|e| e.el.value().attr_of("name") == Some("viewport") && !in_template(e.el))
        .filter_map(|e| {
            let item = blocking_item(e.el.value().attr_of("content").unwrap_or_default())?;
            let detail = doc.lang().word_with("a11y-meta-viewport-detail", &[("item", item.into())]);
            Some(PageIssue::at(INFO.id, e.el).with_detail(detail))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::test_util::count;
    use super::*;

    #[test]
    fn reads_content_as_axe_4_14() {
        let table: &[(&str, Option<&str>)] = &[
            ("width=device-width, initial-scale=1", None),
            ("width=device-width, user-scalable=no", Some("user-scalable=no")),
            ("width=device-width; USER-SCALABLE = NO", Some("user-scalable=no")),
            ("user-scalable=0", Some("user-scalable=0")),
            ("user-scalable=0.5", Some("user-scalable=0.5")),
            ("user-scalable=false", Some("user-scalable=false")),
            ("user-scalable=yes", None),
            ("user-scalable=1", None),
            ("user-scalable=-1", None),
            ("user-scalable=", None),
            ("maximum-scale=1.0", Some("maximum-scale=1.0")),
            ("initial-scale=1.0, maximum-scale=1.0, minimum-scale=1.0", Some("maximum-scale=1.0")),
            ("maximum-scale=2", None),
            ("maximum-scale=5.0", None),
            ("maximum-scale=-1", None),
            ("maximum-scale=yes", Some("maximum-scale=yes")),
            ("maximum-scale=device-width", None),
            // First failing item wins.
            ("maximum-scale=1, user-scalable=no", Some("maximum-scale=1")),
            // Repeated keys: every one is checked (4.11 looked at the last).
            ("user-scalable=no, user-scalable=yes", Some("user-scalable=no")),
            ("", None),
        ];
        for &(content, want) in table {
            assert_eq!(blocking_item(content).as_deref(), want, "{content}");
        }
    }

    #[test]
    fn only_lower_case_viewport_is_selected() {
        let page = |meta: &str| format!("<html><head>{meta}</head><body></body></html>");
        let n = |m: &str| count("a11y.meta-viewport", &page(m));
        assert_eq!(n(r#"<meta name="viewport" content="user-scalable=no">"#), 1);
        assert_eq!(n(r#"<meta name="Viewport" content="user-scalable=no">"#), 0);
        assert_eq!(n(r#"<meta name="viewport">"#), 0);
    }
}
