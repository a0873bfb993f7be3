//! `a11y.object-alt`: an `<object>` that shows its content has no text
//! alternative (axe-core rule `object-alt`).
//!
//! axe: selector `object[data]`, matches `object-is-loaded-matches`
//! (`no-explicit-name-required-matches` and the object's fallback content
//! renders nothing, i.e. the object itself is shown), hidden ones
//! skipped; passes on any of `aria-label`, `aria-labelledby`,
//! `non-empty-title`, `presentational-role`.
//!
//! Whether the data loaded is a browser's knowledge. From HTML, an
//! object counts as shown when it has no fallback content (only `<param>`
//! and white space), or when its data is an image or an HTML page,
//! which browsers render; one with fallback content and other data
//! (Flash `.swf`, `.flv`, PDF) is taken to show the fallback, as current
//! browsers do for plug-in content.

use scraper::ElementRef;
use scraper::node::Node;

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::accname::{Names, issue};
use crate::facts::a11y::js::has_text;
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.object-alt",
    severity: Severity::Deduction,
    title_zh: "<object> 嵌入内容缺少替代文字",
    title_en: "Embedded <object> without alternative text",
    docs_zh: "\
检查内容：带 data 属性、显示自身内容（没有显示后备内容）的 <object> 是否有 aria-label、aria-labelledby、\
非空 title，或 role=\"presentation\"/\"none\"。\n\n\
为何重要：旧版门户用 <object> 嵌入 Flash 宣传片、PDF、图片或页面片段；读屏软件无法读取嵌入内容本身，\
没有名称时用户不知道这里有什么。\n\n\
如何修复：加 title 或 aria-label 说明内容，如 <object data=\"/video/xcp.swf\" title=\"清溪县宣传片\">，\
并在 <object> 内写后备文字或下载链接；Flash 已停止支持，应改用 <video>。\n\n\
参考：WCAG 2.1 成功准则 1.1.1 非文本内容；GB/T 37668-2019 可感知性；axe-core 规则 object-alt。\
govaudit 不加载嵌入内容：没有后备内容、或 data 为图片和网页的 <object> 视为已显示，\
有后备内容的 Flash、PDF 等视为显示后备内容而不检查，这与 axe 在浏览器中的判断可能不同。",
    docs_en: "\
What it checks: whether an <object> with data that shows its own content (not its fallback) has \
aria-label, aria-labelledby, a non-empty title, or role=\"presentation\"/\"none\".\n\n\
Why it matters: older portals embed Flash promos, PDFs, images or page fragments with <object>; a screen \
reader cannot read the embedded content, so without a name the user does not know what is there.\n\n\
How to fix: add a title or aria-label, e.g. title=\"清溪县宣传片\", and put fallback text or a download link \
inside; Flash is dead, use <video>.\n\n\
References: WCAG 2.1 success criterion 1.1.1 Non-text Content; GB/T 37668-2019 perceivable; axe-core rule \
object-alt. govaudit does not load the data: an object with no fallback content, or whose data is an \
image or a web page, counts as shown; one with fallback content and Flash, PDF or other data counts as \
showing its fallback and is skipped, which can differ from axe in a browser.",
    standard: Some(Standard {
        impact: Impact::Serious,
        tags: &["cat.text-alternatives", "wcag2a", "wcag111"],
        principle: Principle::Perceivable,
    }),
};

/// Data a browser renders itself (the fallback is then not shown).
fn renders_itself(data: &str) -> bool {
    let path = data.split(['?', '#']).next().unwrap_or_default().to_ascii_lowercase();
    let ext = path.rsplit_once('.').map_or("", |(_, e)| e);
    matches!(
        ext,
        "png" | "jpg" | "jpeg" | "gif" | "bmp" | "webp" | "svg" | "html" | "htm" | "shtml" | "xhtml" | "txt"
    )
}

/// Content that would render when the object falls back.
fn has_fallback(el: ElementRef<'_>) -> bool {
    el.children().any(|c| match c.value() {
        Node::Text(t) => has_text(t),
        Node::Element(e) => !matches!(e.name(), "param" | "script" | "style" | "template"),
        _ => false,
    })
}

/// `object-is-loaded-matches` as far as HTML tells.
fn loaded(el: ElementRef<'_>) -> bool {
    let data = el.value().attr_of("data").unwrap_or_default();
    !has_fallback(el) || renders_itself(data)
}

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let names = Names::new(doc.dom);
    doc.dom
        .tagged("object")
        .filter(|e| !e.aria_hidden && e.el.value().attr_of("data").is_some())
        .filter(|e| names.no_explicit_name_required(e.el) && loaded(e.el))
        .filter(|e| {
            let el = e.el;
            !(names.aria_or_title(el) || names.presentational_role(el))
        })
        .map(|e| issue(INFO.id, doc, e.el, &doc.lang().word("a11y-object-alt-detail"), Some("data")))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::page::test_run;

    #[test]
    fn decides_like_axe() {
        let cases = [
            (r#"<object data="/video/xcp.swf"><param name="quality" value="high"></object>"#, 1),
            (r#"<object data="/video/xcp.swf" title="清溪县宣传片"></object>"#, 0),
            (r#"<object data="/video/xcp.swf"><embed src="/video/xcp.swf"></object>"#, 0),
            (r#"<object data="/video/xcp.swf">您的浏览器不支持 Flash</object>"#, 0),
            (r#"<object data="/images/map.png">清溪县地图</object>"#, 1),
            (r#"<object data="/a.swf" role="presentation"></object>"#, 0),
            (r#"<object type="application/x-shockwave-flash"></object>"#, 0),
            (r#"<object data="/a.swf" hidden></object>"#, 0),
        ];
        for (html, want) in cases {
            assert_eq!(test_run(run, html).len(), want, "{html}");
        }
    }
}
