//! `link.hidden`: a link to another site that a visitor cannot see (暗链).

use std::cell::RefCell;
use std::collections::HashMap;

use ego_tree::NodeId;
use scraper::ElementRef;

use crate::check::{CheckInfo, Severity};
use crate::facts::css::LinkedSheets;
use crate::facts::css::cascade::PageStyles;
use crate::facts::css::conceal::{Hiding, Origin};
use crate::facts::domain;
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "link.hidden",
    severity: Severity::Deduction,
    title_zh: "页面有隐藏的外部链接（暗链）",
    title_en: "A hidden link to another site (暗链)",
    docs_zh: "\
检查内容：页面上指向其他网站（可注册域名与本页不同）的链接，访客是否看不见：链接或其任一外层元素被 \
display:none、visibility:hidden 或 hidden 属性隐藏；被移出屏幕（position:absolute 或 fixed 加 left/top 不大于 -999px，\
text-indent、margin-left、margin-top 不大于 -999px）；高度或宽度为 0 且 overflow:hidden；opacity:0；\
height/width 不大于 1 的 <marquee>；链接自身 font-size:0 或文字颜色与背景色相同（写在 style 属性里的，\
外层元素也算）。样式来自行内 style、页面 <style> 和同站样式表（按层叠规则判断 display 和 visibility）。\
页内脚本用 document.write 写出的标记（按字符串字面量的顺序拼接）中隐藏的外部链接也报告，经转义或计算生成的不读。\
报告链接的位置（selector）、目标网址、隐藏它的样式和样式所在位置（行内、<style> 中的规则、样式表网址和选择器）。
不报告：指向本站可注册域名的链接（下拉菜单、跳转链接）；指向政府、党政机关、事业单位网站（gov.cn、.政务、\
edu.cn 等）、政务新媒体平台和访问统计（cnzz、51.la、百度统计等）的链接——门户网站常把“友情链接”“新媒体矩阵”放在隐藏的选项卡或悬停弹层里；\
display:none 等可切换的隐藏，隐藏元素像选项卡、轮播或下拉菜单（有同标签、同 class 的兄弟元素，父元素是 <li>，\
或 class/id 含 tab、menu、nav、sub、drop、pane、panel、slide、pop、layer、qrcode、ewm 等）时不报告；\
跳过导航用的 .sr-only（1px 裁剪）不算隐藏。需要布局才能判断的（媒体查询、脚本改变样式、被其他元素遮挡）不在此列。

为何重要：“暗链”是网站被入侵后最常见的篡改形式：攻击者在页面模板里插入访客看不见、搜索引擎能读到的\
博彩、色情链接，借政府网站的权重推广。国办秘函〔2019〕19号和各地通报把暗链、被挂马列为严重的安全和内容问题。

如何修复：删除被植入的元素；检查网站模板、后台账号和服务器是否被入侵，修补漏洞后再全站核查同一模板生成的页面。

参考：国办秘函〔2019〕19号（安全防护）；《政府网站发展指引》（国办发〔2017〕47号）“安全防护”。",
    docs_en: "\
What it checks: links to another site (another registrable domain than the page's) that a visitor \
cannot see: the link or one of its ancestors is hidden by display:none, visibility:hidden or the \
hidden attribute; moved off screen (position:absolute or fixed with left/top at -999px or less, text-indent, \
margin-left or margin-top at -999px or less); of zero height or width with overflow:hidden; at \
opacity:0; a <marquee> with height or width 1 or less; the link itself at font-size:0 or with its \
text the colour of its background (written in a style attribute, on an ancestor too). Styles come \
from the inline style, the page's <style> blocks and its same-site stylesheets (display and \
visibility as they cascade), and the markup an inline script writes with document.write (its \
string literals joined in order; markup escaped or computed is not read). The finding names the \
link (selector), its target, the CSS that hides \
it and where that is written (inline, a <style> rule, a stylesheet's URL and selector).
Not reported: links to the page's own registrable domain (drop-down menus, skip links); links to \
government, party and public institution sites (gov.cn, .政务, edu.cn…), to the platforms \
official accounts live on and to visit counters (cnzz, 51.la, Baidu Tongji…): portals keep their 友情链接 and new-media lists in hidden tabs and hover \
pop-ups; display:none and the like on an element that looks switched by a tab, a carousel or a menu \
(a sibling of the same tag and class, a parent <li>, or a class or id naming a tab, menu, nav, sub, \
drop, pane, panel, slide, pop, layer, qrcode, ewm…). A skip link's .sr-only (1px clip) is not \
hiding. What needs layout (media queries, scripts changing styles, an element covered by another) \
is out of reach.

Why it matters: hidden links are the most common defacement of a compromised site: the attacker \
inserts gambling or adult links that visitors do not see and search engines read, to borrow the \
government site's ranking. The national indicators (国办秘函〔2019〕19号) and provincial bulletins \
count hidden links and planted malware as serious security and content problems.

How to fix: remove the planted element; check the site's templates, back-office accounts and \
server for the intrusion, fix it, then check every page built from the same template.

References: 国办秘函〔2019〕19号; 《政府网站发展指引》(国办发〔2017〕47号).",
    standard: None,
};

/// Visit counters and site-security badges: portals hide their links in
/// a `display:none` block on purpose, with the counter's script.
const COUNTERS: &[&str] =
    &["cnzz.com", "51.la", "umeng.com", "tongji.baidu.com", "hm.baidu.com", "51yes.com"];

/// Whether a hidden link to `host` is none of this check's business: the
/// page's own domain, a state body's, an account platform's or a counter's.
fn exempt(host: &str, own: &str) -> bool {
    domain::registrable(host) == own
        || domain::is_state(host)
        || domain::is_account_platform(host)
        || COUNTERS.iter().any(|c| domain::within(host, c))
}

/// Words in a class or id that name a switched component: a tab, menu,
/// drop-down, carousel or pop-up (whose links show on a click or hover).
const SWITCHED: &[&str] =
    &["tab", "menu", "nav", "sub", "drop", "pane", "panel", "slide", "pop", "layer", "qrcode", "ewm"];

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let Some(page_host) = doc.url.host_str() else { return Vec::new() };
    let own = domain::registrable(page_host);
    let local;
    let styles = match doc.styles {
        Some(styles) => styles,
        None => {
            local = RefCell::new(PageStyles::read(doc.html, &|_| None, &|_| {}, LinkedSheets::none()));
            &local
        }
    };
    let mut styles = styles.borrow_mut();
    let mut concealed: HashMap<NodeId, Option<Hiding>> = HashMap::new();
    let mut issues = Vec::new();
    // Without a `<base>` elsewhere, a relative link stays on the page's host.
    let based_here = doc.resolver.resolve("/").is_some_and(|b| b.host_str() == Some(page_host));
    for entry in doc.dom.entries().filter(|e| matches!(e.el.value().name(), "a" | "area")) {
        let link = entry.el;
        let Some(href) = link.value().attr_of("href") else { continue };
        if based_here && !may_leave(href) {
            continue;
        }
        let Some(url) = doc.resolver.resolve(href) else { continue };
        // Most links stay on the page's host: no lookup in the suffix list.
        let Some(host) = url.host_str().filter(|h| *h != page_host).map(str::to_ascii_lowercase) else {
            continue;
        };
        if exempt(&host, &own) {
            continue;
        }
        let found = if entry.hidden {
            switched_off(doc, &mut styles, link)
        } else {
            element_and_ancestors(link).find_map(|el| {
                let hiding = concealed
                    .entry(el.id())
                    .or_insert_with(|| styles.concealment(el, el.id() == link.id()))
                    .clone()?;
                Some((el, hiding))
            })
        };
        let Some((hider, hiding)) = found else { continue };
        issues.push(issue(doc, link, &host, hider, &hiding).with_target(Some(url.into())));
    }
    issues.extend(written(doc, &own));
    issues
}

/// Whether a link as written may lead to another host: it names a scheme
/// (a `:` before any `/`, `?` or `#`) or starts with two slashes (a
/// browser reads `\\` as `/`).
fn may_leave(href: &str) -> bool {
    let b = href.trim_start().as_bytes();
    let slash = |c: u8| c == b'/' || c == b'\\';
    (b.len() >= 2 && slash(b[0]) && slash(b[1]))
        || b.iter().take_while(|&&c| !matches!(c, b'/' | b'?' | b'#')).any(|&c| c == b':')
}

/// Script text read for `document.write` markup.
const SCRIPT_BYTES: usize = 64 * 1024;
/// The written markup a finding quotes.
const EVIDENCE_CHARS: usize = 200;

/// Hidden links an inline script writes with `document.write`: the
/// markup its string literals spell, in order, read as HTML with its
/// inline styles (`document.write('<div style="display:none">')`, then the
/// links, then `'</div>'`). Markup built otherwise (escaped, computed) is
/// not read; a link written visibly is not reported.
fn written(doc: &PageDoc<'_>, own: &str) -> Vec<PageIssue> {
    let mut issues = Vec::new();
    for script in doc.dom.tagged("script").map(|e| e.el).filter(|s| s.value().attr_of("src").is_none()) {
        if !script.text().any(|t| t.contains("document.write")) {
            continue;
        }
        let text: String = script.text().collect();
        let text = &text[..floor_char_boundary(&text, SCRIPT_BYTES)];
        let literals = string_literals(text);
        let markup = scraper::Html::parse_fragment(&literals);
        let evidence: String = literals.chars().take(EVIDENCE_CHARS).collect();
        let mut inline_only = PageStyles::default();
        for link in markup.tree.root().descendants().filter_map(ElementRef::wrap) {
            if link.value().name() != "a" {
                continue;
            }
            let Some(url) = link.value().attr_of("href").and_then(|h| doc.resolver.resolve(h)) else {
                continue;
            };
            let Some(host) = url.host_str().map(str::to_ascii_lowercase) else { continue };
            if exempt(&host, own) {
                continue;
            }
            let hiding = element_and_ancestors(link).find_map(|el| {
                inline_only.switched_off(el).or_else(|| inline_only.concealment(el, el.id() == link.id()))
            });
            let Some(hiding) = hiding else { continue };
            let detail = doc.lang().word_with(
                "link-hidden-detail-written",
                &[("host", host.as_str().into()), ("css", hiding.css.into())],
            );
            let mut issue = PageIssue::at(INFO.id, script).with_detail(detail).with_target(Some(url.into()));
            issue.evidence = crate::facts::text::mask_numbers(&evidence).into();
            issues.push(issue);
        }
    }
    issues
}

/// The contents of a script's string literals, in order, their escapes
/// undone (`\'`, `\"`, `\/`, `\n`…).
fn string_literals(script: &str) -> String {
    let mut out = String::new();
    let mut chars = script.chars();
    while let Some(c) = chars.next() {
        if !matches!(c, '\'' | '"' | '`') {
            continue;
        }
        while let Some(d) = chars.next() {
            match d {
                '\\' => match chars.next() {
                    Some('n') => out.push('\n'),
                    Some('t') => out.push('\t'),
                    Some(e) => out.push(e),
                    None => {}
                },
                d if d == c => break,
                d => out.push(d),
            }
        }
    }
    out
}

fn floor_char_boundary(text: &str, at: usize) -> usize {
    let mut end = at.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    end
}

/// The element whose `display`, `visibility` or `hidden` hides `link`, and
/// how; `None` when it looks switched by a tab, menu or pop-up, or when
/// what hides it is not a style (`<head>`, a closed `<details>`).
fn switched_off<'a>(
    doc: &PageDoc<'a>,
    styles: &mut PageStyles,
    link: ElementRef<'a>,
) -> Option<(ElementRef<'a>, Hiding)> {
    // The outermost hidden element: where the hiding starts.
    let hider = element_and_ancestors(link).take_while(|el| doc.dom.is_hidden(*el)).last()?;
    let hiding = styles.switched_off(hider)?;
    (!looks_switched(hider)).then_some((hider, hiding))
}

/// Whether a hidden element looks like a tab pane, a slide, a submenu or a
/// pop-up, which a visitor opens.
fn looks_switched(el: ElementRef<'_>) -> bool {
    let v = el.value();
    let names = [v.attr_of("class"), v.attr_of("id")];
    let named = names.iter().flatten().any(|n| {
        let n = n.to_ascii_lowercase();
        SWITCHED.iter().any(|w| n.contains(w))
    });
    let in_menu = el.parent().and_then(ElementRef::wrap).is_some_and(|p| p.value().name() == "li");
    let class = v.attr_of("class").map(str::trim).filter(|c| !c.is_empty());
    let twin = class.is_some()
        && el.parent().into_iter().flat_map(|p| p.children()).filter_map(ElementRef::wrap).any(|s| {
            s.id() != el.id()
                && s.value().name() == v.name()
                && s.value().attr_of("class").map(str::trim) == class
        });
    named || in_menu || twin
}

fn element_and_ancestors<'a>(el: ElementRef<'a>) -> impl Iterator<Item = ElementRef<'a>> {
    std::iter::once(el)
        .chain(el.ancestors().filter_map(ElementRef::wrap))
        .take_while(|e| !matches!(e.value().name(), "body" | "html"))
}

fn issue(
    doc: &PageDoc<'_>,
    link: ElementRef<'_>,
    host: &str,
    hider: ElementRef<'_>,
    hiding: &Hiding,
) -> PageIssue {
    let lang = doc.lang();
    let origin = match &hiding.origin {
        Origin::Inline => lang.word("link-hidden-origin-inline"),
        Origin::Attribute => lang.word("link-hidden-origin-attribute"),
        Origin::StyleBlock { selector } => {
            lang.word_with("link-hidden-origin-style-block", &[("selector", selector.into())])
        }
        Origin::Sheet { url, selector } => lang.word_with(
            "link-hidden-origin-sheet",
            &[("url", url.to_string().into()), ("selector", selector.into())],
        ),
    };
    let mut detail = lang.word_with(
        "link-hidden-detail",
        &[("host", host.into()), ("css", (&hiding.css).into()), ("origin", origin.into())],
    );
    if hider.id() != link.id() {
        let path = crate::facts::a11y::dom::css_path(doc.dom, hider);
        detail.push_str(&lang.word_with("link-hidden-detail-ancestor", &[("element", path.into())]));
    }
    PageIssue::at(INFO.id, link).with_detail(detail)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_that_may_leave_the_host() {
        for href in ["http://x.cn/", " HTTPS://x.cn", "//x.cn/a", "\\\\x.cn", "/\\x.cn", "ht\ttp://x.cn"] {
            assert!(may_leave(href), "{href}");
        }
        for href in ["/a/b.html", "b.html?u=http://x.cn", "#top", "./c:d", "../x"] {
            assert!(!may_leave(href), "{href}");
        }
    }

    #[test]
    fn literals_are_joined_with_their_escapes_undone() {
        let script = r#"document.write('<div style=\"display:none\">'); var n = 1; document.write("<a href='x'>\u</a>");"#;
        assert_eq!(string_literals(script), "<div style=\"display:none\"><a href='x'>u</a>");
    }
}
