//! `site.no-search`: the home page offers no site-wide search.

use crate::check::{CheckInfo, Severity};
use crate::facts::html::attr::Attr;
use crate::facts::html::search_form;
use crate::facts::page::{PageDoc, PageIssue, labelled};

pub const INFO: CheckInfo = CheckInfo {
    id: "site.no-search",
    severity: Severity::Deduction,
    title_zh: "首页没有站内搜索",
    title_en: "No site search on the home page",
    docs_zh: "\
检查内容：首页是否提供站内搜索：一个搜索框（name、id、class、placeholder、title 或 aria-label 含\
search、keyword、query、搜索、检索、关键字、关键词等的输入框，或 action 含 search 的表单里的输入框），\
或文字为“搜索”“站内搜索”“全文检索”的链接或按钮。多数县级门户的搜索框由脚本提交，没有 form 也算。\
搜索能否用由 site.search-broken 检查。

为何重要：国办秘函〔2019〕19号“功能设计”把站内搜索列为检查项；《政府网站发展指引》要求\
网站提供站内搜索，并能按栏目、时间等检索。

如何修复：在首页顶部放置站内搜索框（可接入本地区政府网站集约化平台的统一搜索），\
输入框须有标签（label 或 aria-label）。

参考：国办秘函〔2019〕19号 功能设计（站内搜索）；《政府网站发展指引》（国办发〔2017〕47号）。",
    docs_en: "\
What it checks: whether the home page offers a site search: a search box (an input whose name, id, \
class, placeholder, title or aria-label says search, keyword, query, 搜索, 检索, 关键字, 关键词 …, or an \
input in a form whose action says search), or a link or button saying 搜索, 站内搜索, 全文检索. Most \
county portals submit their search box by script, so a box without a form counts. Whether the search \
works is site.search-broken.

Why it matters: the national indicators (国办秘函〔2019〕19号, functional design) check for site \
search; 国办发〔2017〕47号 asks every site to offer one, searchable by column and date.

How to fix: put a search box at the top of the home page (the region's consolidated platform's search \
will do), with a label or aria-label on the input.

References: 国办秘函〔2019〕19号, functional design (site search); 国办发〔2017〕47号.",
    standard: None,
};

/// Words of a search link or button.
const LINK_WORDS: &[&str] = &["搜索", "检索", "search"];

/// The longest link text read as a search entry (站内全文检索).
const MAX_LABEL: usize = 8;

fn names_search(text: &str) -> bool {
    let lower = text.to_lowercase();
    LINK_WORDS.iter().any(|w| lower.contains(w))
}

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let found = doc.dom.entries().any(|e| match e.el.value().name() {
        "input" => {
            search_form::is_box(e.el)
                || (e
                    .el
                    .value()
                    .attr_of("type")
                    .is_some_and(|t| t.eq_ignore_ascii_case("submit") || t.eq_ignore_ascii_case("image"))
                    && labelled(e.el, MAX_LABEL, names_search))
        }
        "a" | "button" => labelled(e.el, MAX_LABEL, names_search),
        _ => false,
    });
    if found {
        return Vec::new();
    }
    vec![PageIssue {
        check: INFO.id,
        evidence: doc.lang().word("site-no-search-evidence").into(),
        ..PageIssue::default()
    }]
}
