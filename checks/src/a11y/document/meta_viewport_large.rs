//! `a11y.meta-viewport-large`: the viewport `<meta>` lets visitors zoom,
//! but less than five times (axe-core rule `meta-viewport-large`, check
//! `meta-viewport-large` with `scaleMinimum: 5, lowerBound: 2`).
//!
//! axe: selector `meta[name="viewport"]` (the name compared exactly),
//! matches `is-initiator-matches` (the top document: always, for a page
//! read on its own), hidden ones included. The content is lower-cased and
//! split at `,` and `;`; `user-scalable` is left to `meta-viewport`; a
//! `maximum-scale` fails when it is at least 2 (below 2, or a word, is
//! `meta-viewport`'s failure) and below 5. A negative scale is skipped.

use super::support::in_template;
use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::js::{js_trim, parse_float};
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.meta-viewport-large",
    severity: Severity::Notice,
    title_zh: "viewport 限制的最大缩放倍数小于 5 倍",
    title_en: "Viewport meta limits zooming to less than five times",
    docs_zh: "\
检查内容：<meta name=\"viewport\"> 的 content 中 maximum-scale 是否在 2 到 5 之间（不含 5）。\
小于 2 或禁止缩放由 a11y.meta-viewport 报告（扣分）；本规则与 axe-core 的 meta-viewport-large 规则一致，\
是 axe 的最佳实践规则，govaudit 列为提示，不扣分。\n\n\
为何重要：视力不好的用户和老年人在手机上需要把文字放大很多倍；maximum-scale=3 仍然限制了放大，\
与适老化“大字”的要求相悖。\n\n\
如何修复：删除 maximum-scale，或写 maximum-scale=5 以上；推荐 <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">。\n\n\
参考：WCAG 2.1 成功准则 1.4.4 调整文字大小（axe 列为最佳实践）；GB/T 37668-2019 可感知性原则；\
axe-core 规则 meta-viewport-large。govaudit 只读服务器返回的 HTML：脚本在加载后改写的 viewport 看不到。",
    docs_en: "\
What it checks: whether the maximum-scale in <meta name=\"viewport\"> content is at least 2 and below 5. Below \
2, or zooming turned off, is a11y.meta-viewport's finding (a deduction); this rule follows axe-core's \
meta-viewport-large, a best practice in axe, so govaudit reports a notice (no points).\n\n\
Why it matters: people with low vision and older visitors need to enlarge text many times on a phone; \
maximum-scale=3 still limits that, against the elderly-friendly \"large text\" requirement.\n\n\
How to fix: remove maximum-scale or set it to 5 or more; use <meta name=\"viewport\" \
content=\"width=device-width, initial-scale=1\">.\n\n\
References: WCAG 2.1 success criterion 1.4.4 Resize text (a best practice in axe); GB/T 37668-2019 \
principle: perceivable; axe-core rule meta-viewport-large. govaudit reads the HTML the server sends: a \
viewport a script rewrites after load is not seen.",
    standard: Some(Standard {
        impact: Impact::Minor,
        tags: &["cat.sensory-and-visual-cues", "best-practice"],
        principle: Principle::Perceivable,
    }),
};

/// The `maximum-scale=…` item that keeps zooming under five times.
fn small_scale(content: &str) -> Option<String> {
    let content = content.to_lowercase();
    for item in content.split([';', ',']) {
        let mut parts = item.split('=').map(js_trim);
        let (Some(key), Some(value)) = (parts.next(), parts.next()) else { continue };
        if key != "maximum-scale" || value.is_empty() {
            continue;
        }
        let number = parse_float(value);
        if number < 0.0 {
            continue;
        }
        let word = number.is_nan() && !matches!(value, "device-width" | "device-height");
        // Below the lower bound is meta-viewport's failure, not this one's.
        if word || number < 2.0 {
            continue;
        }
        if number < 5.0 {
            return Some(format!("maximum-scale={value}"));
        }
    }
    None
}

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    doc.dom
        .tagged("meta")
        .filter(|e| e.el.value().attr_of("name") == Some("viewport") && !in_template(e.el))
        .filter_map(|e| {
            let item = small_scale(e.el.value().attr_of("content").unwrap_or_default())?;
            let detail = doc.lang().word_with("a11y-meta-viewport-large-detail", &[("item", item.into())]);
            Some(PageIssue::at(INFO.id, e.el).with_detail(detail))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_content_as_axe() {
        let cases = [
            ("width=device-width, initial-scale=1", None),
            ("width=device-width, maximum-scale=3", Some("maximum-scale=3")),
            ("maximum-scale=2.0; user-scalable=no", Some("maximum-scale=2.0")),
            ("maximum-scale=1", None),
            ("maximum-scale=5", None),
            ("maximum-scale=yes", None),
            ("maximum-scale=-3", None),
            ("MAXIMUM-SCALE = 4", Some("maximum-scale=4")),
            ("maximum-scale=3, maximum-scale=1", Some("maximum-scale=3")),
        ];
        for (content, want) in cases {
            assert_eq!(small_scale(content).as_deref(), want, "{content}");
        }
    }

    #[test]
    fn every_viewport_meta_is_read() {
        let html = r#"<head><meta name="viewport" content="maximum-scale=3"><meta name="Viewport" content="maximum-scale=3"></head>"#;
        assert_eq!(crate::facts::page::test_run(run, html).len(), 1);
    }
}
