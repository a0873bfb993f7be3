//! `a11y.link-name`: a link has no discernible text (axe-core rule
//! `link-name`).
//!
//! axe: selector `a[href]`, hidden and `aria-hidden` links skipped;
//! passes on any of `has-visible-text` (the subtree text of the link:
//! text, image alt, descendants' `aria-label`, title of content …),
//! `aria-label`, `aria-labelledby`, `non-empty-title`; fails on
//! `focusable-no-name` (in the tab order with an empty accessible name).

use scraper::ElementRef;

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::accname::{Names, issue};
use crate::facts::a11y::focus::is_tabbable;
use crate::facts::a11y::js::has_text;
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};
use crate::lang::Lang;

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.link-name",
    severity: Severity::Deduction,
    title_zh: "链接没有可读的文字",
    title_en: "Link without discernible text",
    docs_zh: "\
检查内容：每个带 href 的 <a> 是否有名称：链接内的文字、链接内图片的 alt、aria-label、\
aria-labelledby 指向有文字的元素或非空 title。名称按 axe 的可访问名称算法计算：aria-hidden 或隐藏的内容不算，\
只含空格（包括 &nbsp; 和全角空格）的不算。\n\n\
为何重要：读屏用户常按链接列表浏览页面；门户顶部的微信、微博图标链接 <a href=\"…\"><i class=\"icon-weixin\"></i></a>、\
轮播图上的 <a href=\"javascript:void(0)\"></a> 翻页按钮、只放一张无 alt 图片的链接，都只会被读成“链接”。\n\n\
如何修复：给图标链接加 aria-label 或 title，如 <a href=\"…\" aria-label=\"清溪县政府微信公众号\">；\
链接内的图片写 alt；用作按钮的空链接改用 <button> 并写文字。\n\n\
参考：WCAG 2.1 成功准则 2.4.4 链接目的（上下文中）、4.1.2 名称、角色和值；GB/T 37668-2019 可操作性、兼容性；\
axe-core 规则 link-name。govaudit 只读 HTML：图标字体和 CSS 背景图本来就不是名称（axe 也不算），\
本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）隐藏的链接不检查；媒体查询或脚本隐藏的链接仍会被检查。",
    docs_en: "\
What it checks: whether every <a> with href has a name: text inside, the alt of an image inside, \
aria-label, aria-labelledby pointing at text, or a non-empty title, computed with axe's accessible-name \
algorithm: hidden or aria-hidden content does not count, nor does white space (&nbsp;, the ideographic \
space).\n\n\
Why it matters: screen reader users browse a page by its list of links; WeChat and Weibo icon links \
(<a href=\"…\"><i class=\"icon-weixin\"></i></a>), carousel arrows <a href=\"javascript:void(0)\"></a> and links \
holding one image without alt are all read as just \"link\".\n\n\
How to fix: give icon links aria-label or title; give images inside links an alt; turn empty links used \
as buttons into <button> with text.\n\n\
References: WCAG 2.1 success criteria 2.4.4 Link Purpose (In Context), 4.1.2 Name, Role, Value; GB/T \
37668-2019 operable, robust (兼容性); axe-core rule link-name. govaudit reads HTML only: icon fonts and CSS \
backgrounds are no name (nor for axe), links the page's own styles hide (display:none, visibility:hidden in its \
<style> blocks and same-site stylesheets) are skipped; links hidden by media queries or scripts are still checked.",
    standard: Some(Standard {
        impact: Impact::Serious,
        tags: &["cat.name-role-value", "wcag2a", "wcag244", "wcag412"],
        principle: Principle::Operable,
    }),
};

fn detail(el: ElementRef<'_>, lang: Lang) -> String {
    let href = el.value().attr_of("href").unwrap_or_default().trim().to_ascii_lowercase();
    let has_img = el.descendants().filter_map(ElementRef::wrap).any(|d| d.value().name() == "img");
    let has_elements = el.children().filter_map(ElementRef::wrap).next().is_some();
    if has_img {
        lang.word("a11y-link-name-detail-image")
    } else if has_elements {
        lang.word("a11y-link-name-detail-icon")
    } else if href.starts_with("javascript:") {
        lang.word("a11y-link-name-detail-javascript")
    } else {
        lang.word("a11y-link-name-detail")
    }
}

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let names = Names::new(doc.dom);
    doc.dom
        .tagged("a")
        .filter(|e| !e.aria_hidden && e.el.value().attr_of("href").is_some())
        .filter(|e| {
            let el = e.el;
            let named = names.has_text_content(el) || names.aria_or_title(el);
            // A text node of its own gives the link a name whatever else it
            // carries: the full name computation below is then not needed
            // (most links on a page are like this).
            let own_text = el.children().any(|c| c.value().as_text().is_some_and(|t| has_text(t)));
            // focusable-no-name
            !named || (!own_text && is_tabbable(doc.dom, el) && !has_text(&names.accessible_name(el)))
        })
        .map(|e| issue(INFO.id, doc, e.el, &detail(e.el, doc.lang()), Some("href")))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::page::test_run;

    #[test]
    fn decides_like_axe() {
        let cases = [
            (r#"<a href="/">首页</a>"#, 0),
            (r#"<a href="https://weixin.qq.com/"><i class="icon-weixin"></i></a>"#, 1),
            (r#"<a href="javascript:void(0)"></a>"#, 1),
            (r#"<a href="javascript:void(0)" class="prev">&nbsp;</a>"#, 1),
            (r#"<a href="/">　</a>"#, 1),
            (r#"<a href="/"><img src="/images/logo.png" alt="清溪县人民政府"></a>"#, 0),
            (r#"<a href="/"><img src="/images/logo.png"></a>"#, 1),
            (r#"<a href="/"><img src="/images/logo.png" alt=""></a>"#, 1),
            (r#"<a href="/"><img src="/images/logo.png" title="首页"></a>"#, 0),
            (r#"<a href="/" title="微信"><i></i></a>"#, 0),
            (r#"<a href="/" aria-label="微信"><i></i></a>"#, 0),
            (r#"<a href="/"><i aria-label="微信"></i></a>"#, 0),
            (r#"<a href="/"><span aria-hidden="true">微信</span></a>"#, 1),
            (r#"<a href="/"><span style="display:none">微信</span></a>"#, 1),
            (r#"<a href="/" aria-labelledby="w"></a><b id="w">微信</b>"#, 0),
            (r#"<a name="top"></a><a>文字</a>"#, 0),
            (r#"<a href="/" aria-hidden="true"></a><div hidden><a href="/"></a></div>"#, 0),
            (r#"<a href="/"><div><p>政务公开</p></div></a>"#, 0),
            (r#"<a href="/"><svg><title>搜索</title></svg></a>"#, 0),
            (r#"<a href="/"><svg><desc>搜索</desc></svg></a>"#, 1),
            (r#"<a href="/"><svg aria-label="搜索"></svg></a>"#, 0),
            (r#"<a href="/"><img src="/a.png" alt="" title="首页"></a>"#, 1),
            (r#"<a href="/"><img src="/a.png" alt=" " title="首页"></a>"#, 1),
            (r#"<a href="/"><span aria-label=" ">政务公开</span></a>"#, 1),
            (r#"<a href="/"><input type="text" value="搜索"></a>"#, 0),
            (r#"<a href="/"><select><option>一</option></select></a>"#, 0),
            (r#"<a href="/"><button></button></a>"#, 1),
            (r#"<a href="/"><ul><li>政务公开</li></ul></a>"#, 0),
            (r#"<a href="/"><object data="/a.swf">文字</object></a>"#, 1),
            (r#"<a href="/"><iframe src="/a" title="x"></iframe></a>"#, 0),
            (r#"<a href="/"><br title="换行"></a>"#, 0),
            (r#"<a href="/" role="button">办事</a>"#, 0),
            (r#"<a href="/" role="presentation"></a>"#, 1),
            (r#"<a href="/"><details><summary>展开</summary>内容</details></a>"#, 0),
            (r#"<a href="/"><noscript>无脚本</noscript></a>"#, 1),
            (r#"<a href="/"><div style="visibility:hidden">隐藏</div></a>"#, 1),
            (r#"<a href="/"><table summary="表"><caption>标题</caption></table></a>"#, 0),
            (r#"<a href="/"><figure><img src="/a.png" alt="图"></figure></a>"#, 0),
            (r#"<a href="/"><svg><path d="M0"/></svg></a>"#, 1),
        ];
        for (html, want) in cases {
            assert_eq!(test_run(run, html).len(), want, "{html}");
        }
    }
}
