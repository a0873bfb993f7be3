//! `a11y.region`: page content that no landmark contains (the whole page
//! of a table or `div` layout without `header`, `nav`, `main`, `footer`).
//!
//! axe-core: rule `region` (selector `body *`, hidden elements excluded),
//! check `region` (`regionEvaluate`, `findRegionlessElms`,
//! `getRegionlessNodes`). From the root down, an element stops the search
//! and marks itself and its ancestors as holding a region when its role is
//! button, it is a region (a landmark role, `aria-live` polite or assertive,
//! role alert, log or status, `dialog`, `[role=dialog]`,
//! `[role=alertdialog]`, `svg`), an `iframe`/`frame`, a skip link whose
//! target exists, or hidden from screen readers. Otherwise an element other
//! than `body` that has content of its own (a non-blank text child, visual
//! content such as `img`, `input`, `select`, or an `aria-label`) and is not
//! presentational without text is content outside the landmarks; else its
//! children are searched. Each such element is then widened to its highest
//! ancestor below `body` that holds no region, and those elements fail,
//! one finding each (the registry keeps 20 a page). Frames pass here: their
//! content is their own page's.

use std::collections::HashSet;

use ego_tree::NodeId;
use scraper::ElementRef;
use scraper::node::Node;

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::dom::Dom;
use crate::facts::a11y::js::{has_text, js_trim};
use crate::facts::a11y::landmarks::{self, PageLinks};
use crate::facts::a11y::roles::{self, RoleOpts};
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.region",
    severity: Severity::Notice,
    title_zh: "页面内容不在任何地标（landmark）区域之内",
    title_en: "Page content is not contained by landmarks",
    docs_zh: "\
检查内容：页面上的内容（文字、图片、表单控件等）是否都位于某个地标区域之内：header（页眉）、nav（导航）、main（主体）、\
aside、footer（页脚）、有名称的 section 或 form，或带有相应 role 的元素；aria-live 区域、对话框、svg、按钮、iframe \
和指向页内目标的跳转链接也算。判定与 axe-core 的 region 规则一致：从页面根部向下找出有自身内容却不在地标里的元素，\
再上推到不含任何地标的最高祖先（body 之下），每页只列出第一处，其余计数写在这一条里（整页模板没有地标时，每页几十处说的是同一件事，逐一列出会让报告膨胀到数百兆）。县级门户多用 table 或 div 布局，\
整页没有一个地标，几乎每页都会触发。

为何重要：读屏软件可以按地标跳转（“跳到主要内容”“跳到导航”），地标之外的内容只能逐行朗读才能找到，\
用户难以快速定位栏目和正文。

如何修复：用语义元素划分页面：页头 <header>，导航 <nav>，正文 <main>，侧栏 <aside>，页脚 <footer>；\
不便改动标签时可在原有 div 上加 role=\"banner\"、role=\"navigation\"、role=\"main\"、role=\"contentinfo\"。

参考：axe-core 将其列为最佳实践（与 WCAG 2.1 成功准则 1.3.1 信息和关系、2.4.1 绕过区块相关）；GB/T 37668-2019 可操作性原则。\
govaudit 读服务器返回的 HTML 和本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）：被它们隐藏的元素不算内容，与 axe 相同；媒体查询、布局（移出屏幕）或其他站点的样式表隐藏的元素在浏览器里不算内容，还会把所在区块拆成更小的单元报告，这里看不到，\
因此报告的元素可能比浏览器中的 axe-core 更大、更少，或多报被这样隐藏的内容；脚本生成的内容看不到。",
    docs_en: "\
What it checks: whether all of the page's content (text, images, form controls …) sits inside a landmark: \
header, nav, main, aside, footer, a named section or form, or an element with such a role; aria-live regions, \
dialogs, svg, buttons, iframes and skip links to an existing target count too. It decides as axe-core's region \
rule does: from the root down it finds the elements with content of their own outside any landmark, widens each \
to its highest ancestor below body that holds no landmark, and reports the first one per page, counting the rest in it (a template without landmarks trips every block of \
every page, and listing each one made a 20,000-page portal's reports hundreds of megabytes). County \
portals built from tables and divs have no landmark at all and trip it on nearly every page.

Why it matters: screen-reader users jump from landmark to landmark ('skip to main content', 'to navigation'); \
content outside landmarks can only be found by reading line by line.

How to fix: mark up the page's parts with header, nav, main, aside and footer; where the tags cannot change, add \
role=\"banner\", \"navigation\", \"main\" or \"contentinfo\" to the existing divs.

References: a best practice in axe-core (related to WCAG 2.1 success criteria 1.3.1 Info and Relationships and \
2.4.1 Bypass Blocks); GB/T 37668-2019 operable (可操作性) principle. govaudit reads the served HTML, and elements \
the page's own styles (display:none, visibility:hidden in its <style> blocks and same-site stylesheets) hide are no content, as in axe; elements hidden by media queries, layout (off screen) or stylesheets on other hosts are no content in a browser and split the block around them into smaller reported parts, \
which is not seen here, so govaudit may report fewer, larger elements than axe-core, or content hidden that way; content built by scripts is not seen.",
    standard: Some(Standard {
        impact: Impact::Moderate,
        tags: &["cat.keyboard", "best-practice"],
        principle: Principle::Operable,
    }),
};

/// Elements whose text children are not text a page shows (`hiddenTextElms`).
const HIDDEN_TEXT: &[&str] =
    &["head", "title", "template", "script", "style", "iframe", "object", "video", "audio", "noscript"];

/// Explicit roles that are visual content (`visualRoles`).
const VISUAL_ROLES: &[&str] =
    &["checkbox", "img", "meter", "progressbar", "scrollbar", "radio", "slider", "spinbutton", "textbox"];

/// axe's `hasChildTextNodes`: a text child with something besides white space.
fn has_child_text(el: ElementRef<'_>) -> bool {
    !HIDDEN_TEXT.contains(&el.value().name())
        && el.children().any(|c| matches!(c.value(), Node::Text(t) if !js_trim(t).is_empty()))
}

/// axe's `isVisualContent`.
fn is_visual_content(el: ElementRef<'_>) -> bool {
    if let Some(role) = roles::explicit_role(el, RoleOpts::default()) {
        return VISUAL_ROLES.contains(&role);
    }
    match el.value().name() {
        "img" | "iframe" | "object" | "video" | "audio" | "canvas" | "svg" | "math" | "button" | "select"
        | "textarea" | "keygen" | "progress" | "meter" => true,
        "input" => roles::input_type(el) != "hidden",
        _ => false,
    }
}

/// axe's `labelVirtual`: visible text of the `aria-labelledby` targets, or
/// an `aria-label` with text.
fn has_aria_label(dom: &Dom<'_>, el: ElementRef<'_>) -> bool {
    let v = el.value();
    let by_ref = v.attr_of("aria-labelledby").is_some_and(|ids| {
        ids.split_whitespace()
            .filter_map(|id| dom.by_id(id).next())
            .any(|r| !dom.is_hidden(r) && has_text(&dom.name_from_content(r, false)))
    });
    by_ref || v.attr_of("aria-label").is_some_and(has_text)
}

/// axe's `hasContent(el, noRecursion = true)`.
fn has_own_content(dom: &Dom<'_>, el: ElementRef<'_>) -> bool {
    has_child_text(el) || is_visual_content(el) || has_aria_label(dom, el)
}

/// axe's `isRegion` with the rule's `regionMatcher`.
fn is_region(el: ElementRef<'_>, role: Option<&str>) -> bool {
    let v = el.value();
    let live = v.attr_of("aria-live").map(|l| js_trim(l).to_lowercase());
    matches!(live.as_deref(), Some("assertive" | "polite"))
        || matches!(role, Some("alert" | "log" | "status"))
        || role.is_some_and(landmarks::is_landmark_role)
        || matches!(v.name(), "dialog" | "svg")
        || matches!(v.attr_of("role"), Some("dialog" | "alertdialog"))
}

/// The elements axe reports, in document order.
fn regionless<'a>(doc: &PageDoc<'a>) -> Vec<ElementRef<'a>> {
    let dom = doc.dom;
    let root = doc.html.root_element();
    let Some(body) = root.children().filter_map(ElementRef::wrap).find(|c| c.value().name() == "body") else {
        // A frameset page has no body: `body *` selects nothing.
        return Vec::new();
    };
    let links = PageLinks::new(dom, doc.url);
    let mut holds_region: HashSet<NodeId> = HashSet::new();
    let mut found = Vec::new();
    // Each element with whether an ancestor is `inert`: carried down, so
    // that no element asks its ancestors.
    let mut stack = vec![(root, false)];
    while let Some((el, inert_above)) = stack.pop() {
        let inert = inert_above || el.value().attr_of("inert").is_some();
        let role = roles::get_role(dom, el, RoleOpts::default());
        let stops = role == Some("button")
            || is_region(el, role)
            || matches!(el.value().name(), "iframe" | "frame")
            || (links.is_skip_link(el) && links.target(dom, el).is_some())
            || dom.is_aria_hidden(el)
            || inert;
        if stops {
            let mut up = Some(el);
            while let Some(e) = up {
                if !holds_region.insert(e.id()) {
                    break;
                }
                up = roles::parent_element(e);
            }
            continue;
        }
        let shallowly_hidden = matches!(role, Some("none" | "presentation")) && !has_child_text(el);
        if el.id() != body.id() && has_own_content(dom, el) && !shallowly_hidden {
            found.push(el);
            continue;
        }
        let children: Vec<_> = el.children().filter_map(ElementRef::wrap).collect();
        stack.extend(children.into_iter().rev().map(|c| (c, inert)));
    }
    let widened: HashSet<NodeId> = found
        .into_iter()
        .map(|mut el| {
            while let Some(p) = roles::parent_element(el) {
                if holds_region.contains(&p.id()) || p.id() == body.id() {
                    break;
                }
                el = p;
            }
            el.id()
        })
        .collect();
    dom.entries()
        .filter(|e| widened.contains(&e.el.id()) && e.el.ancestors().any(|a| a.id() == body.id()))
        .map(|e| e.el)
        .collect()
}

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    regionless(doc).into_iter().map(|el| PageIssue::at(INFO.id, el)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn selectors(html: &str) -> Vec<String> {
        crate::facts::page::test_run(run, html)
            .into_iter()
            .filter_map(|i| i.selector.map(|s| s.to_string()))
            .collect()
    }

    #[test]
    fn content_outside_landmarks_fails_at_its_highest_free_ancestor() {
        let cases: &[(&str, &[&str])] = &[
            ("<main><p>正文</p></main>", &[]),
            ("<div id=w><div id=top><p>县政府</p></div><p>正文</p></div>", &["#w"]),
            (
                "<div id=w><p>a</p><script>x()</script><p>b</p></div>",
                &["#w > p:nth-child(1)", "#w > p:nth-child(3)"],
            ),
            ("<div id=w><div id=a><p>a</p></div><main>b</main></div>", &["#a"]),
            ("<header>县政府</header><div id=x>loose</div><footer>版权</footer>", &["#x"]),
            ("<div id=w><img src=a.png><button>搜索</button></div>", &["#w > img"]),
            ("<div id=w><img src=a.png alt=\"\"></div>", &[]),
            ("<div id=w role=\"presentation\">text</div>", &["#w"]),
            ("<div id=w aria-live=\" Polite \">新消息</div><p id=p>x</p>", &["#p"]),
            ("<section id=s>未命名区块</section>", &["#s"]),
            ("<section id=s aria-label=\"通知\">命名区块</section>", &[]),
            ("<div id=w hidden>隐藏</div><div aria-hidden=\"true\">x</div>", &[]),
            ("<div id=w><iframe src=x.html></iframe></div>", &[]),
            ("<div id=w><svg></svg><dialog>d</dialog><span role=\"alert\">!</span></div>", &[]),
            ("<div id=w aria-label=\"工具栏\"></div>", &["#w"]),
            ("<div inert><div><p>x</p></div></div><p id=p>y</p>", &["#p"]),
        ];
        for (html, want) in cases {
            assert_eq!(selectors(html), *want, "{html}");
        }
    }

    #[test]
    fn a_skip_link_with_a_target_counts_as_a_region() {
        let skip =
            r##"<div id=w><a href="#c">跳到正文</a><a href="/a.html">首页</a></div><div id=c>x</div>"##;
        assert_eq!(selectors(skip), ["#w > a:nth-child(2)", "#c"]);
        let broken = r##"<div id=w><a href="#none">跳到正文</a><a href="/a.html">首页</a></div>"##;
        assert_eq!(selectors(broken), ["#w"]);
    }

    #[test]
    fn frameset_pages_have_no_body_content() {
        assert!(selectors("<frameset><frame src=a.html></frameset>").is_empty());
    }
}
