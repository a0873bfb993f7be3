//! `a11y.definition-list`: a `<dl>` holds something other than `dt`/`dd`
//! groups (a bare `<a>` or `<span>`, loose text), or its `dt` and `dd` are
//! not in order.
//!
//! axe-core: rule `definition-list` (selector `dl`, `no-role-matches`:
//! no or an empty `role`; hidden lists excluded), `none` of
//! `structured-dlitems` (among the direct children, no `dd` follows a `dt`
//! although there is a `dt` or a `dd`; children grouped in a `div` are not
//! looked at) and `only-dlitems` (`invalid-children` with `divGroups`: each
//! child, and each child of a `div` without a valid explicit role, is
//! non-blank text, or an element visible to screen readers that is neither
//! `dt`/`dd` without a role nor of role definition, term or listitem).

use scraper::ElementRef;
use scraper::node::Node;

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::js::js_trim;
use crate::facts::a11y::roles::{RoleOpts, explicit_role, get_role};
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.definition-list",
    severity: Severity::Deduction,
    title_zh: "定义列表（dl）的结构不正确",
    title_en: "Definition list is not structured correctly",
    docs_zh: "\
检查内容：没有 role 属性的 dl 是否只由 dt、dd（可用不带 role 的 div 把一组 dt、dd 包起来）组成，且直接子元素中 dd 跟在 dt 之后。\
若含有 a、span、p 等其他元素（带 role 时须为 definition、term 或 listitem；li 的隐含角色是 listitem，因此不报告），或直接含有非空白文字，\
或只有 dt 没有随后的 dd（或 dd 在前、dt 在后），即报告该 dl。script、template 等不显示的子元素不算。\
判定与 axe-core 的 definition-list 规则一致，隐藏的 dl 不检查。县级门户常用 dl 排版图片新闻或栏目块（dt 放图片、dd 放标题），\
也常见 dl 里直接放 a 或日期 span。

为何重要：读屏软件把 dl 读作“术语—解释”的列表，结构错误时项数与配对都会读错，用户无法理解内容之间的关系。

如何修复：dl 中只放 dt（术语）与 dd（说明），每个 dt 后跟至少一个 dd；其他元素放进 dd 里；只为排版时改用 div 或 ul。

参考：WCAG 2.1 成功准则 1.3.1 信息和关系（A 级）；GB/T 37668-2019 可感知性原则；axe-core 规则 definition-list。\
govaudit 读服务器返回的 HTML 和本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）：被它们隐藏的列表和子元素不检查，与 axe 相同；媒体查询、布局（移出屏幕）或其他站点的样式表隐藏的子元素仍会检查，脚本生成的内容看不到，这时可能与浏览器中的 axe-core 结果不同。",
    docs_en: "\
What it checks: whether a dl without a role consists only of dt and dd (a div without a role may wrap a group of \
them), and whether among its direct children a dd follows a dt. Another element such as a, span or p (with a role, \
one other than definition, term or listitem; li is of role listitem, so it passes), non-blank text directly inside, a dt with no dd after it, or a dd \
before any dt makes the list fail. Hidden children such as script and template do not count. It decides as \
axe-core's definition-list rule does; hidden lists are skipped. County portals lay out picture news and column \
blocks with dl (the picture in dt, the title in dd) and often put links or date spans straight into the dl.

Why it matters: screen readers read a dl as a list of terms and their descriptions; a broken structure gives wrong \
counts and pairs, and the relation between the parts is lost.

How to fix: put only dt (term) and dd (description) in a dl, each dt followed by at least one dd, other elements \
inside the dd; use div or ul for layout.

References: WCAG 2.1 success criterion 1.3.1 Info and Relationships (A); GB/T 37668-2019 perceivable (可感知性) \
principle; axe-core rule definition-list. govaudit reads the served HTML, and \
lists and children the page's own styles (display:none, visibility:hidden in its <style> blocks and same-site stylesheets) hide are skipped as axe skips them; children hidden by media queries, layout (off screen) or stylesheets on other hosts are still checked here and content built by scripts is not seen, where results may differ from axe-core in a browser.",
    standard: Some(Standard {
        impact: Impact::Serious,
        tags: &["cat.structure", "wcag2a", "wcag131"],
        principle: Principle::Perceivable,
    }),
};

/// `structured-dlitems`: the direct children have a `dt` or `dd`, and no
/// `dd` after a `dt`.
fn unstructured(dl: ElementRef<'_>) -> bool {
    let (mut has_dt, mut has_dd) = (false, false);
    for child in dl.children().filter_map(ElementRef::wrap) {
        match child.value().name() {
            "dt" => has_dt = true,
            "dd" if has_dt => return false,
            "dd" => has_dd = true,
            _ => {}
        }
    }
    has_dt || has_dd
}

/// `only-dlitems`: the first invalid child as axe names it (`a`,
/// `div > li`, `[role=link]`, `#text`), or `None`.
fn invalid_child(doc: &PageDoc<'_>, dl: ElementRef<'_>) -> Option<String> {
    const VALID_ROLES: &[&str] = &["definition", "term", "listitem"];
    let mut queue: Vec<(ego_tree::NodeRef<'_, Node>, bool)> = dl.children().map(|c| (c, false)).collect();
    let mut i = 0;
    while let Some(&(child, nested)) = queue.get(i) {
        i += 1;
        let prefix = if nested { "div > " } else { "" };
        match child.value() {
            Node::Text(t) if !js_trim(t).is_empty() => return Some(format!("{prefix}#text")),
            Node::Element(_) => {
                let Some(el) = ElementRef::wrap(child) else { continue };
                let explicit = explicit_role(el, RoleOpts::default());
                if !nested && el.value().name() == "div" && explicit.is_none() {
                    queue.extend(el.children().map(|c| (c, true)));
                    continue;
                }
                if doc.dom.is_aria_hidden(el) {
                    continue;
                }
                let role = get_role(doc.dom, el, RoleOpts::default());
                match explicit {
                    Some(r) if VALID_ROLES.contains(&r) => {}
                    Some(_) => return Some(format!("{prefix}[role={}]", role.unwrap_or("null"))),
                    None if matches!(el.value().name(), "dt" | "dd") => {}
                    None if role.is_some_and(|r| VALID_ROLES.contains(&r)) => {}
                    None => return Some(format!("{prefix}{}", el.value().name())),
                }
            }
            _ => {}
        }
    }
    None
}

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let mut out = Vec::new();
    for entry in doc.dom.tagged("dl") {
        if entry.aria_hidden || entry.el.value().attr_of("role").is_some_and(|r| !r.is_empty()) {
            continue;
        }
        let detail = if let Some(child) = invalid_child(doc, entry.el) {
            doc.lang().word_with("a11y-definition-list-detail-child", &[("child", child.into())])
        } else if unstructured(entry.el) {
            doc.lang().word("a11y-definition-list-detail-order")
        } else {
            continue;
        };
        out.push(PageIssue::at(INFO.id, entry.el).with_detail(detail));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn definition_lists_follow_axe() {
        let cases: &[(&str, usize)] = &[
            ("<dl><dt>a</dt><dd>b</dd></dl>", 0),
            ("<dl><dt>a</dt><dt>b</dt><dd>c</dd><dd>d</dd></dl>", 0),
            ("<dl><div><dt>a</dt><dd>b</dd></div><div><dt>c</dt><dd>d</dd></div></dl>", 0),
            ("<dl><dt>只有标题</dt></dl>", 1),
            ("<dl><dd>b</dd><dt>a</dt></dl>", 1),
            ("<dl><dt>a</dt><div><dd>b</dd></div></dl>", 1),
            ("<dl><dt>a</dt><dd>b</dd><a href=\"/\">c</a></dl>", 1),
            // li is of role listitem, which a dl may hold.
            ("<dl><li>a</li></dl>", 0),
            ("<dl>文字<dt>a</dt><dd>b</dd></dl>", 1),
            ("<dl><div><span>x</span></div></dl>", 1),
            ("<dl><div><div><dt>a</dt></div></div></dl>", 1),
            ("<dl><div role=\"listitem\">x</div></dl>", 0),
            ("<dl><dt role=\"presentation\">a</dt><dd>b</dd></dl>", 1),
            ("<dl><dt>a</dt><dd>b</dd><script>x()</script><template><p>t</p></template></dl>", 0),
            ("<dl><dt>a</dt><dd>b</dd><span hidden>x</span></dl>", 0),
            ("<dl role=\"none\"><a href=\"/\">x</a></dl>", 0),
            ("<dl role=\"\"><a href=\"/\">x</a></dl>", 1),
            ("<dl></dl>", 0),
            ("<dl hidden><a href=\"/\">x</a></dl>", 0),
        ];
        for (html, want) in cases {
            assert_eq!(crate::facts::page::test_run(run, html).len(), *want, "{html}");
        }
    }
}
