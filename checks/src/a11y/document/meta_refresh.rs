//! `a11y.meta-refresh`: a `<meta http-equiv="refresh">` reloads or
//! redirects the page after a delay (axe-core `meta-refresh`, check
//! `meta-refresh` with `minDelay: 0, maxDelay: 72000`). axe-core's other
//! rule, `meta-refresh-no-exceptions` (AAA, off by default), is not this one.

use super::support::in_template;
use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::js::{js_trim, parse_float};
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.meta-refresh",
    severity: Severity::Deduction,
    title_zh: "页面定时刷新或定时跳转",
    title_en: "Page refreshes or redirects on a timer",
    docs_zh: "\
检查内容：<meta http-equiv=\"refresh\" content=\"…\"> 是否在延时后刷新或跳转。与 axe-core 的 meta-refresh 规则相同：\
content 去掉首尾空白后，第一个逗号、分号或空白之前的部分须全由数字和小数点组成才算定时刷新；\
延时大于 0 且不超过 72000 秒（20 小时）即不通过；content=\"0;url=…\"（立即跳转）和超过 20 小时的不报。\
http-equiv 须正好写作小写的 refresh（axe 的选择器区分大小写，http-equiv=\"Refresh\" 它不检查，govaudit 也不报）。

为何重要：定时跳转或刷新会在用户读完之前把页面换掉，读屏软件从头朗读，键盘焦点丢失；\
县级网站常见“页面将在 5 秒后跳转”的跳转页、每隔几分钟自动刷新的首页。

如何修复：需要跳转时用服务器的 301/302 重定向，或 content=\"0;url=…\" 立即跳转；跳转页上给出可点击的链接；\
不要定时刷新整页，需要更新的内容让用户自己刷新或提供暂停/关闭的控件。

参考：WCAG 2.1 成功准则 2.2.1 时间可调（A 级）；GB/T 37668-2019 可操作性原则；axe-core 规则 meta-refresh。\
govaudit 只读静态 HTML，脚本（setTimeout、location.href）实现的定时跳转两者都不检查。",
    docs_en: "\
What it checks: whether a <meta http-equiv=\"refresh\" content=\"…\"> reloads or redirects after a delay. As \
axe-core's meta-refresh rule: after trimming the content, the part before the first comma, semicolon or \
white space must consist of digits and dots to count as a timed refresh; a delay above 0 and up to \
72000 seconds (20 hours) fails; content=\"0;url=…\" (an immediate redirect) and delays over 20 hours \
pass. http-equiv must be exactly the lower-case refresh (axe's selector is case-sensitive: it does not \
test http-equiv=\"Refresh\", and neither does govaudit).

Why it matters: a timed redirect or refresh replaces the page before the user has read it; a screen \
reader starts over and keyboard focus is lost. County sites often have \"redirecting in 5 seconds\" pages \
and home pages that reload every few minutes.

How to fix: redirect with a server-side 301/302, or content=\"0;url=…\" at once, and show a link on the \
redirect page; do not reload whole pages on a timer, let users refresh or give them a control to pause.

References: WCAG 2.1 success criterion 2.2.1 Timing Adjustable (A); GB/T 37668-2019 principle: \
operable; axe-core rule meta-refresh. govaudit reads the static HTML; timed redirects done by scripts \
(setTimeout, location.href) are tested by neither.",
    standard: Some(Standard {
        impact: Impact::Critical,
        tags: &["cat.time-and-media", "wcag2a", "wcag221"],
        principle: Principle::Operable,
    }),
};

/// The delay a timed refresh fails with, as axe reads `content`; `None`
/// when the content is not a timed refresh or its delay is allowed.
pub fn failing_delay(content: &str) -> Option<f64> {
    let content = js_trim(content);
    let first = content.split(|c: char| c == ';' || c == ',' || c.is_whitespace()).next().unwrap_or_default();
    if first.is_empty() || !first.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return None;
    }
    // parseFloat(".") is NaN, which neither bound excludes: axe fails it.
    let delay = parse_float(first);
    if delay <= 0.0 || delay > 72000.0 {
        return None;
    }
    Some(delay)
}

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    doc.dom
        .tagged("meta")
        .filter(|e| e.el.value().attr_of("http-equiv") == Some("refresh") && !in_template(e.el))
        .filter_map(|e| {
            let delay = failing_delay(e.el.value().attr_of("content")?)?;
            // A fraction of a second is written as Rust writes it (`0.5`).
            let detail =
                doc.lang().word_with("a11y-meta-refresh-detail", &[("delay", delay.to_string().into())]);
            Some(PageIssue::at(INFO.id, e.el).with_detail(detail))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::test_util::count;
    use super::*;

    #[test]
    fn timed_refreshes_fail() {
        let fails = [
            "5;url=/index.html",
            " 5 ; URL=http://www.qingxi.gov.cn/",
            "300",
            "0.5",
            "72000",
            "5,url=a",
            ".",
        ];
        for c in fails {
            assert!(failing_delay(c).is_some(), "{c}");
        }
        let passes = ["0;url=/index.html", "0", "72001", "", "url=/x", "5s", "-5", "５;url=a"];
        for c in passes {
            assert!(failing_delay(c).is_none(), "{c}");
        }
    }

    #[test]
    fn only_lower_case_refresh_is_selected() {
        let page = |meta: &str| format!("<html><head>{meta}</head><body></body></html>");
        let n = |m: &str| count("a11y.meta-refresh", &page(m));
        assert_eq!(n(r#"<meta http-equiv="refresh" content="5;url=/">"#), 1);
        assert_eq!(n(r#"<meta HTTP-EQUIV="refresh" content="5;url=/">"#), 1);
        assert_eq!(n(r#"<meta http-equiv="Refresh" content="5;url=/">"#), 0);
        assert_eq!(n(r#"<meta http-equiv="refresh">"#), 0);
    }
}
