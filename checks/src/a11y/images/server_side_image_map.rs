//! `a11y.server-side-image-map`: an image is a server-side image map
//! (`<img ismap>`; axe-core rule `server-side-image-map`, whose failures
//! axe files under "needs review").
//!
//! axe: selector `img[ismap]`, hidden images skipped; the `exists` check
//! returns `undefined`, so every such image is "needs review" and never a
//! violation.

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::accname::issue;
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.server-side-image-map",
    // axe only asks for a review here, so no points are taken for it.
    severity: Severity::Notice,
    title_zh: "使用了服务器端图像映射（img ismap）",
    title_en: "Server-side image map is used",
    docs_zh: "\
检查内容：页面上是否有带 ismap 属性的 <img>（服务器端图像映射：点击图片时把鼠标坐标发给服务器，\
由服务器决定跳到哪里）。隐藏的图片不检查。axe-core 的 server-side-image-map 规则对每个这样的图片只给出\
“需要人工复核”（incomplete），不计入 violations，因此 govaudit 列为提示，不扣分。\n\n\
为何重要：服务器端图像映射只能用鼠标点击具体位置，键盘用户和读屏用户无法选择其中的链接，\
也无法知道图片上有哪些区域。老旧的县级网站“行政区划图”“乡镇导航图”偶有这种写法。\n\n\
如何修复：改用客户端图像映射（<map> 与带 alt 的 <area>），或在图片下方列出同样的文字链接。\n\n\
参考：WCAG 2.1 成功准则 2.1.1 键盘（A 级）；GB/T 37668-2019 可操作性原则；axe-core 规则 server-side-image-map。\
govaudit 读 HTML 和本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）隐藏的图片不检查，与 axe 相同；媒体查询、布局（移出屏幕）或其他站点的样式表隐藏的图片仍会检查，脚本加上的图片看不到。",
    docs_en: "\
What it checks: whether the page has an <img> with the ismap attribute (a server-side image map: a click \
sends the pointer's coordinates to the server, which decides where to go). Hidden images are skipped. \
axe-core's server-side-image-map rule only returns \"needs review\" (incomplete) for each such image, never a \
violation, so govaudit reports a notice (no points).\n\n\
Why it matters: a server-side map can only be used by clicking a spot with a mouse; keyboard and screen \
reader users cannot choose its links or know which areas it has. Old county sites' 行政区划图 or township maps \
sometimes work this way.\n\n\
How to fix: use a client-side image map (<map> with <area> elements that have alt), or list the same links \
as text below the image.\n\n\
References: WCAG 2.1 success criterion 2.1.1 Keyboard (A); GB/T 37668-2019 principle: operable; axe-core \
rule server-side-image-map. govaudit reads the HTML, and images the page's own styles (display:none, visibility:hidden in its <style> blocks and same-site stylesheets) hide are skipped as axe skips them; images hidden by media queries, layout (off screen) or stylesheets on other hosts are still checked; images scripts add are not seen.",
    standard: Some(Standard {
        impact: Impact::Minor,
        tags: &["cat.text-alternatives", "wcag2a", "wcag211"],
        principle: Principle::Operable,
    }),
};

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let detail = doc.lang().word("a11y-server-side-image-map-detail");
    doc.dom
        .tagged("img")
        .filter(|e| !e.aria_hidden && e.el.value().attr_of("ismap").is_some())
        .map(|e| issue(INFO.id, doc, e.el, &detail, Some("src")))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::page::test_run;

    #[test]
    fn decides_like_axe() {
        let cases = [
            (r#"<a href="/cgi-bin/map"><img src="/i/map.gif" alt="乡镇导航图" ismap></a>"#, 1),
            (r##"<img src="/i/map.gif" alt="乡镇导航图" usemap="#m"><map name="m"></map>"##, 0),
            (r#"<img src="/i/map.gif" alt="" ismap aria-hidden="true">"#, 0),
            (r#"<input type="image" src="/i/map.gif" alt="地图" ismap>"#, 0),
        ];
        for (html, want) in cases {
            assert_eq!(test_run(run, html).len(), want, "{html}");
        }
    }
}
