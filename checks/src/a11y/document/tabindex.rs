//! `a11y.tabindex`: an element has a positive `tabindex` (axe-core
//! `tabindex`, a best-practice rule that runs by default).

use super::support::screen_reader_visible;
use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::js::parse_tabindex;
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.tabindex",
    severity: Severity::Notice,
    title_zh: "元素的 tabindex 大于 0，打乱键盘焦点顺序",
    title_en: "Element has a tabindex greater than 0",
    docs_zh: "\
检查内容：元素的 tabindex 是否大于 0。与 axe-core 的 tabindex 规则相同：取 tabindex 去掉首尾空白后开头的整数\
（“1”“+2”“01”“1.5”都读作正数），大于 0 即不通过，每个元素记一处；0、-1 和不以数字开头的值通过；\
对读屏软件隐藏的元素（hidden、display:none、aria-hidden=\"true\" 及其内部）不检查。

为何重要：tabindex 为正的元素会排在所有其他元素之前获得键盘焦点，焦点顺序与阅读顺序不一致，\
键盘用户和读屏用户会迷失。县级网站常把“跳转到主要内容”“无障碍”链接写成 tabindex=\"1\"，\
或按页面区块编号 tabindex=\"1\"…\"20\"。

如何修复：改为 tabindex=\"0\" 或删除该属性，让焦点顺序跟随文档顺序；需要先获得焦点的链接\
（如跳转到主要内容）放在 <body> 的最前面。

参考：WCAG 2.1 成功准则 2.4.3 焦点顺序（A 级）；GB/T 37668-2019 可操作性原则；axe-core 规则 tabindex\
（axe 归为最佳实践，默认运行）。govaudit 从 HTML、行内样式和本页自己的样式表（<style> 和同站样式表）判断隐藏，媒体查询或脚本隐藏的元素 axe 不报而 govaudit 会报。",
    docs_en: "\
What it checks: whether an element's tabindex is greater than 0. As axe-core's tabindex rule: the \
integer at the start of the trimmed value (\"1\", \"+2\", \"01\", \"1.5\" all read as positive) fails above \
0, one issue per element; 0, -1 and values that do not start with a number pass; elements hidden from \
screen readers (hidden, display:none, aria-hidden=\"true\" and their content) are not tested.

Why it matters: elements with a positive tabindex take keyboard focus before everything else, so the \
focus order no longer follows the reading order and keyboard and screen-reader users get lost. County \
sites often give their skip link (跳转到主要内容) or accessibility link tabindex=\"1\", or number page \
blocks tabindex=\"1\" to \"20\".

How to fix: use tabindex=\"0\" or remove the attribute so focus follows the document order; put a link \
that must come first (a skip link) first in <body>.

References: WCAG 2.1 success criterion 2.4.3 Focus Order (A); GB/T 37668-2019 principle: operable; \
axe-core rule tabindex (a best practice that axe runs by default). govaudit reads hiding from HTML, \
inline styles and the page's own <style> blocks and same-site stylesheets: an element a media query or a script \
hides is reported by govaudit but not by axe.",
    standard: Some(Standard {
        impact: Impact::Serious,
        tags: &["cat.keyboard", "best-practice"],
        principle: Principle::Operable,
    }),
};

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    doc.dom
        .entries()
        .filter_map(|e| {
            let value = e.el.value().attr_of("tabindex")?;
            (parse_tabindex(Some(value)).is_some_and(|t| t > 0) && screen_reader_visible(doc.dom, e.el)).then(
                || {
                    let detail = doc.lang().word_with("a11y-tabindex-detail", &[("value", value.into())]);
                    PageIssue::at(INFO.id, e.el).with_detail(detail)
                },
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::test_util::count;

    #[test]
    fn positive_tabindex_fails() {
        let table: &[(&str, usize)] = &[
            ("<a href=\"#main\" tabindex=\"1\">跳转到主要内容</a>", 1),
            ("<a href=\"#a\" tabindex=\"1\">一</a><a href=\"#b\" tabindex=\"2\">二</a>", 2),
            ("<div tabindex=\"0\">零</div><span tabindex=\"-1\">负</span>", 0),
            ("<a href=\"#main\" tabindex=\"x\">x</a>", 0),
            ("<div aria-hidden=\"true\"><a href=\"#a\" tabindex=\"3\">藏</a></div>", 0),
            ("<a href=\"#a\" tabindex=\"3\" hidden>藏</a>", 0),
        ];
        for &(body, want) in table {
            let html = format!("<html lang=\"zh-CN\"><body>{body}</body></html>");
            assert_eq!(count("a11y.tabindex", &html), want, "{body}");
        }
    }
}
