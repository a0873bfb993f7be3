//! `a11y.skip-link`: a "跳到正文" link placed off screen (shown only when
//! it gets focus) points to nothing on the page.
//!
//! axe-core: rule `skip-link` (selector `a[href^="#"], a[href^="/#"]`,
//! hidden links excluded; `skip-link-matches`: `isSkipLink`, the link comes
//! before the page's first link away from it, and `isOffscreen`), check
//! `skip-link`: the link to this page must lead to an element by id or
//! `name` (`getElementByReference`); axe asks for a review, not a fix,
//! when that element is hidden from screen readers, so govaudit reports
//! only the missing target.
//!
//! Off screen needs layout. Read from the markup: the link or an ancestor
//! has an inline `position: absolute` or `fixed` with a `left` or `top`
//! of -100px or less (or -10em / -10rem), the way skip links are hidden
//! until focused. Links moved off screen by a stylesheet class are not
//! seen, so govaudit errs towards silence.

use scraper::ElementRef;

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::js::parse_float;
use crate::facts::a11y::landmarks::{PageLinks, visible_to_screen_readers};
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.skip-link",
    severity: Severity::Notice,
    title_zh: "“跳到正文”等跳转链接的目标在页面上不存在",
    title_en: "The skip-link target should exist",
    docs_zh: "\
检查内容：页面最前面、平时移出屏幕、获得焦点才显示的页内跳转链接（如“跳到正文”“跳过导航”，href 以 # 或 /# 开头，\
位于页面第一个通往其他页面的链接之前）是否指向页面上存在的元素（按 id 或 name 查找）。判定与 axe-core 的 skip-link 规则一致；\
目标存在但对读屏隐藏时 axe-core 只要求人工复核，这里不报告。

为何重要：键盘和读屏用户按 Tab 首先到达跳转链接，链接失效时按下后什么也不会发生，仍要逐个经过导航链接。

如何修复：给正文区域加上与链接一致的 id（<a href=\"#content\">跳到正文</a> 对应 <div id=\"content\">），\
改版后检查模板中的 id 是否还在。

参考：axe-core 将其列为最佳实践（与 WCAG 2.1 成功准则 2.4.1 绕过区块相关）；GB/T 37668-2019 可操作性原则。\
govaudit 只读服务器返回的 HTML：是否移出屏幕只能从行内样式（position:absolute/fixed 且 left 或 top 为 -100px 以下）判断，\
由样式表类名移出屏幕的跳转链接看不到，这时比浏览器中的 axe-core 少报；脚本生成的目标元素也看不到。",
    docs_en: "\
What it checks: whether an in-page link placed first on the page and moved off screen until it gets focus ('跳到正文', \
'skip navigation'; an href starting with # or /#, before the page's first link to another page) leads to an \
element of the page (by id or name). It decides as axe-core's skip-link rule does; when the target exists but is \
hidden from screen readers axe-core only asks for a review, and govaudit reports nothing.

Why it matters: keyboard and screen-reader users reach the skip link first; when it is broken, pressing it does \
nothing and they must pass every navigation link again.

How to fix: give the content the id the link names (<a href=\"#content\">跳到正文</a> with <div id=\"content\">), \
and check after a redesign that the template still has it.

References: a best practice in axe-core (related to WCAG 2.1 success criterion 2.4.1 Bypass Blocks); GB/T \
37668-2019 operable (可操作性) principle. govaudit reads the served HTML only: whether a link is off screen is read \
from inline styles (position absolute or fixed with left or top at -100px or less); links moved off screen by a \
stylesheet class are not seen, so govaudit reports fewer than axe-core in a browser; targets built by scripts are \
not seen either.",
    standard: Some(Standard {
        impact: Impact::Moderate,
        tags: &["cat.keyboard", "best-practice"],
        principle: Principle::Operable,
    }),
};

/// Inline `position: absolute|fixed` with `left` or `top` far below zero.
fn placed_off_screen(style: &str) -> bool {
    let mut positioned = false;
    let mut far = false;
    for decl in style.split(';') {
        let Some((prop, value)) = decl.split_once(':') else { continue };
        let prop = prop.trim().to_ascii_lowercase();
        let value = value.trim().trim_end_matches("!important").trim().to_ascii_lowercase();
        match prop.as_str() {
            "position" => positioned = matches!(value.as_str(), "absolute" | "fixed"),
            "left" | "top" => {
                let n = parse_float(&value);
                let limit = if value.ends_with("em") { -10.0 } else { -100.0 };
                far |= n <= limit && (value.ends_with("px") || value.ends_with("em"));
            }
            _ => {}
        }
    }
    positioned && far
}

/// axe's `isOffscreen`, as far as inline styles tell.
fn off_screen(el: ElementRef<'_>) -> bool {
    std::iter::once(el)
        .chain(el.ancestors().filter_map(ElementRef::wrap))
        .any(|e| e.value().attr_of("style").is_some_and(placed_off_screen))
}

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let dom = doc.dom;
    let candidates: Vec<ElementRef<'_>> = dom
        .tagged("a")
        .map(|e| e.el)
        .filter(|a| a.value().attr_of("href").is_some_and(|h| h.starts_with('#') || h.starts_with("/#")))
        .collect();
    if candidates.is_empty() {
        return Vec::new();
    }
    let links = PageLinks::new(dom, doc.url);
    candidates
        .into_iter()
        .filter(|&a| visible_to_screen_readers(dom, a) && links.is_skip_link(a) && off_screen(a))
        .filter(|&a| links.target(dom, a).is_none())
        .map(|a| PageIssue::at(INFO.id, a))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const OFF: &str = "position:absolute; left:-9999px";

    #[test]
    fn off_screen_skip_links_need_a_target() {
        let cases: Vec<(String, usize)> = vec![
            (
                format!(
                    r##"<a href="#content" style="{OFF}">跳到正文</a><a href="/a">a</a><div id=content></div>"##
                ),
                0,
            ),
            (format!(r##"<a href="#content" style="{OFF}">跳到正文</a><a href="/a">a</a>"##), 1),
            (format!(r##"<div style="{OFF}"><a href="#c">跳到正文</a></div><a href="/a">a</a>"##), 1),
            (format!(r##"<a href="#c" style="{OFF}">x</a><a href="/a">a</a><a name="c"></a>"##), 0),
            (r##"<a href="#content">跳到正文</a><a href="/a">a</a>"##.to_owned(), 0),
            (format!(r##"<a href="/a">a</a><a href="#content" style="{OFF}">回到顶部</a>"##), 0),
            // "#" leads nowhere, so it is the page's first link away: no skip link.
            (format!(r##"<a href="#" style="{OFF}">x</a><a href="/a">a</a>"##), 0),
            (format!(r##"<a href="#c" style="{OFF}" hidden>x</a><a href="/a">a</a>"##), 0),
            (r##"<a href="#c" style="position:absolute;left:-20px">x</a>"##.to_owned(), 0),
            (r##"<a href="#c" style="position:fixed;top:-10em">x</a>"##.to_owned(), 1),
            (r##"<a href="#c" style="left:-9999px">x</a>"##.to_owned(), 0),
        ];
        for (html, want) in cases {
            assert_eq!(crate::facts::page::test_run(run, &html).len(), want, "{html}");
        }
    }
}
