//! `a11y.bypass`: a page with links offers no way past its repeated blocks:
//! no heading, no `main` landmark, no in-page link.
//!
//! axe-core: rule `bypass` (selector `html:not(html *)`, page level, hidden
//! roots excluded; `bypass-matches`: the page has an `a[href]`), `any` of
//! `internal-link-present` (an `a[href]` whose `href` matches `^#[^/!]`,
//! hidden or not), `header-present` (`:is(h1, h2, h3, h4, h5, h6):not([role]),
//! [role=heading]` visible to screen readers) and `landmark` (`main,
//! [role=main]` visible to screen readers). The rule has `reviewOnFail`, so
//! axe-core files a failure under "needs review" (`incomplete`), not
//! violations: govaudit reports it as a notice.

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::landmarks::visible_to_screen_readers;
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.bypass",
    severity: Severity::Notice,
    title_zh: "页面没有跳过重复内容的手段（无标题、主体地标或页内跳转链接）",
    title_en: "Page has no means to bypass repeated blocks",
    docs_zh: "\
检查内容：含有链接的页面是否至少提供一种跳过重复区块（页头、导航）的手段：对读屏可见的标题（h1–h6 或 role=\"heading\"），\
对读屏可见的主体地标（main 或 role=\"main\"），或页内跳转链接（href 以 # 开头，如“跳到正文”）。三者都没有即报告，\
问题记在 <html> 元素上，每页一处。判定与 axe-core 的 bypass 规则一致；axe-core 把该规则的失败列为“需人工复核”（incomplete）\
而非违规，govaudit 因此只作提示、不扣分。县级门户用 table、div 布局且栏目名用图片或 span 时常见。

为何重要：键盘和读屏用户每打开一页都要先经过几十个导航链接；没有标题、地标或跳转链接，就无法直接到达正文。

如何修复：在页面最前面加“跳到正文”链接（<a href=\"#content\">跳到正文</a>，并给正文区域 id=\"content\"），\
用 <main> 标出正文，用 h1–h3 标出栏目和文章标题。

参考：WCAG 2.1 成功准则 2.4.1 绕过区块（A 级）；GB/T 37668-2019 可操作性原则；axe-core 规则 bypass。\
govaudit 读服务器返回的 HTML 和本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）：被它们隐藏的标题和 main 不算，与 axe 相同；媒体查询、布局（移出屏幕）或其他站点的样式表隐藏的标题和 main 这里仍算存在，脚本生成的标题看不到，这时与浏览器中的 axe-core 可能不同。",
    docs_en: "\
What it checks: whether a page with links offers at least one way past its repeated blocks (header, navigation): \
a heading visible to screen readers (h1-h6 or role=\"heading\"), a main landmark visible to screen readers (main or \
role=\"main\"), or an in-page link (an href starting with #, such as 'skip to content'). With none of the three \
the page is reported, on the <html> element, once. It decides as axe-core's bypass rule does; axe-core files its \
failures as 'needs review' (incomplete), not as violations, so govaudit reports a notice that costs no points. \
Common on county portals laid out with tables and divs whose column names are images or spans.

Why it matters: keyboard and screen-reader users must pass dozens of navigation links on every page; without a \
heading, a landmark or a skip link they cannot reach the content directly.

How to fix: put a skip link first on the page (<a href=\"#content\">跳到正文</a>, with id=\"content\" on the content), \
mark the content with <main>, and title columns and articles with h1-h3.

References: WCAG 2.1 success criterion 2.4.1 Bypass Blocks (A); GB/T 37668-2019 operable (可操作性) principle; \
axe-core rule bypass. govaudit reads the served HTML, and \
headings and main elements the page's own styles (display:none, visibility:hidden in its <style> blocks and same-site stylesheets) hide do not count, as in axe; those hidden by media queries, layout (off screen) or stylesheets on other hosts still count here, and headings built by scripts are not seen, where results may differ from axe-core in a browser.",
    standard: Some(Standard {
        impact: Impact::Serious,
        tags: &["cat.keyboard", "wcag2a", "wcag241"],
        principle: Principle::Operable,
    }),
};

/// `internal-link-present`: `^#[^/!]`, on the attribute as written.
fn is_internal_link(href: &str) -> bool {
    href.strip_prefix('#').and_then(|rest| rest.chars().next()).is_some_and(|c| c != '/' && c != '!')
}

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let dom = doc.dom;
    let root = doc.html.root_element();
    let links: Vec<&str> = dom.tagged("a").filter_map(|e| e.el.value().attr_of("href")).collect();
    if links.is_empty() || !visible_to_screen_readers(dom, root) || links.iter().any(|h| is_internal_link(h))
    {
        return Vec::new();
    }
    let bypass = dom.entries().any(|e| {
        let v = e.el.value();
        let heading = match v.attr_of("role") {
            None => matches!(v.name(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6"),
            Some(role) => role == "heading",
        };
        let main = v.name() == "main" || v.attr_of("role") == Some("main");
        (heading || main) && visible_to_screen_readers(dom, e.el)
    });
    if bypass { Vec::new() } else { vec![PageIssue::at(INFO.id, root)] }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_heading_landmark_or_internal_link_passes() {
        let cases: &[(&str, usize)] = &[
            ("<a href=\"/a.html\">a</a><div>正文</div>", 1),
            ("<div>没有链接的页面</div>", 0),
            ("<a href=\"/a.html\">a</a><h3>通知公告</h3>", 0),
            ("<a href=\"/a.html\">a</a><h3 hidden>通知公告</h3>", 1),
            ("<a href=\"/a.html\">a</a><h3 role=\"presentation\">x</h3>", 1),
            ("<a href=\"/a.html\">a</a><span role=\"heading\">x</span>", 0),
            ("<a href=\"/a.html\">a</a><div role=\"main\">x</div>", 0),
            ("<a href=\"/a.html\">a</a><main aria-hidden=\"true\">x</main>", 1),
            ("<a href=\"#content\">跳到正文</a><div>正文</div>", 0),
            // Hidden skip links count: axe queries every a[href].
            ("<a href=\"#content\" hidden>跳到正文</a><a href=\"/a\">a</a>", 0),
            ("<a href=\"#\">x</a><a href=\"#/route\">y</a><a href=\"#!x\">z</a>", 1),
            ("<a href=\" #content\">x</a>", 1),
        ];
        for (html, want) in cases {
            assert_eq!(crate::facts::page::test_run(run, html).len(), *want, "{html}");
        }
    }
}
