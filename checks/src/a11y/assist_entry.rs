//! `a11y.assist-entry`: the home page offers no accessibility or
//! elderly-friendly mode (无障碍 / 长者模式 / 关怀版 …).

use scraper::ElementRef;

use crate::check::{CheckInfo, Severity};
use crate::facts::html::attr::Attr;
use crate::facts::html::care_entry::CARE_WORDS;
use crate::facts::html::care_page::is_toolbar;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.assist-entry",
    severity: Severity::Deduction,
    title_zh: "首页没有无障碍或适老化（长者模式）入口",
    title_en: "No accessibility or elderly-friendly mode entry on the home page",
    docs_zh: "\
检查内容：首页是否有进入无障碍浏览或适老化模式的入口：文字、title 或图片 alt 为“无障碍”“无障碍浏览”\
“长者模式”“关怀版”“适老版”“适老模式”“长辈版”“关爱版”“长者助手”“大字版”等的链接或按钮，或者已知的无障碍工具条脚本\
（*.govwza.cn 或 wza.* 的 aria.js、barrier_free.js、barrier.free.min.js、assist.js、/wzaweb/ 下的脚本）。

为何重要：《国务院办公厅关于切实解决老年人运用智能技术困难实施方案的通知》和\
国办公开办函〔2021〕28号要求政府网站完成适老化与无障碍改造，首页须提供入口；第三方评估把它列入“无障碍”指数。

如何修复：在首页顶部显著位置放置“无障碍”“长者模式”入口，链接到适老化版本或加载无障碍工具条；\
入口文字不要只放在图片里，图片须有 alt。

参考：GB/T 37668-2019（可操作性、可理解性）；WCAG 2.1 准则 2.4（可导航）；国办公开办函〔2021〕28号；\
工业和信息化部《互联网网站适老化通用设计规范》（2021）。",
    docs_en: "\
What it checks: whether the home page has an entry to an accessibility or elderly-friendly mode: a \
link or button whose text, title or image alt says 无障碍, 无障碍浏览, 长者模式, 关怀版, 适老版, 长者助手, 大字版 \
and the like, or a known accessibility toolbar script (aria.js from *.govwza.cn or wza.*, \
barrier_free.js, barrier.free.min.js, assist.js, anything under /wzaweb/).

Why it matters: the State Council's plan for older people and 国办公开办函〔2021〕28号 require \
government sites to be made elderly-friendly and accessible, with an entry on the home page; \
third-party evaluations score it under the accessibility index.

How to fix: put a 无障碍 / 长者模式 entry at the top of the home page, linking to the elderly-friendly \
version or loading the accessibility toolbar; do not put the entry's text only in an image, and give \
any image an alt.

References: GB/T 37668-2019 (operable, understandable); WCAG 2.1 guideline 2.4 (navigable); \
国办公开办函〔2021〕28号; MIIT's 2021 elderly-friendly website design specification.",
    standard: None,
};

/// Words that name an accessibility mode; the elderly-friendly mode's
/// (长者模式, 关怀版 …) are [`CARE_WORDS`], which `elderly.entry-broken`
/// reads too.
const ACCESS_WORDS: &[&str] = &["无障碍", "無障礙", "读屏", "accessibility", "barrier-free", "barrier free"];

/// The longest link text read as an entry's label.
const MAX_ENTRY_LABEL: usize = 12;

fn names_entry(text: &str) -> bool {
    let lower = text.to_lowercase();
    ACCESS_WORDS.iter().chain(CARE_WORDS).any(|w| lower.contains(w))
}

/// An element a visitor can activate whose text, title or image alt names
/// the mode.
fn is_entry(el: ElementRef<'_>) -> bool {
    crate::facts::page::labelled(el, MAX_ENTRY_LABEL, names_entry)
}

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let entries = doc.dom.entries().any(|e| {
        let v = e.el.value();
        match v.name() {
            "script" => v.attr_of("src").is_some_and(is_toolbar),
            "a" | "button" | "input" | "img" => is_entry(e.el),
            // Toolbars are often opened by a script on a span or a div.
            "span" | "div" | "li" => v.attr_of("onclick").is_some() && is_entry(e.el),
            _ => false,
        }
    });
    if entries {
        return Vec::new();
    }
    // The contract wants a selector on every accessibility finding: this
    // one is about the page as a whole.
    vec![PageIssue {
        check: INFO.id,
        selector: Some("html".into()),
        evidence: doc.lang().word("a11y-assist-entry-evidence").into(),
        ..PageIssue::default()
    }]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_the_toolbar_scripts() {
        assert!(is_toolbar("https://s.govwza.cn/dist/aria.js?appid=abc"));
        assert!(is_toolbar("//wza.example.gov.cn/aria.js"));
        assert!(is_toolbar("/js/barrier.free.min.js"));
        assert!(is_toolbar("/wzaweb/js/main.js"));
        assert!(!is_toolbar("/js/aria.js"));
        assert!(!is_toolbar("/js/jquery.min.js"));
    }
}
