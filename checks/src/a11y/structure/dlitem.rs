//! `a11y.dlitem`: a `<dt>` or `<dd>` outside a definition list.
//!
//! axe-core: rule `dlitem` (selector `dd, dt`, `no-role-matches`: no or an
//! empty `role`; hidden items excluded), check `dlitem`: the parent, or
//! the grandparent when the parent is a `div` with no valid explicit role
//! or with role none or presentation, must be a `dl` with no valid explicit
//! role or with role none, presentation or list.

use scraper::ElementRef;

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::roles::{RoleOpts, explicit_role, parent_element};
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.dlitem",
    severity: Severity::Deduction,
    title_zh: "dt、dd 元素不在定义列表（dl）之内",
    title_en: "dt or dd is not contained in a dl",
    docs_zh: "\
检查内容：没有 role 属性的 dt、dd 的父元素是否为 dl（也可以是不带 role 的 div，而该 div 的父元素为 dl），\
且该 dl 没有 role 或 role 为 presentation、none、list。判定与 axe-core 的 dlitem 规则一致，隐藏的 dt、dd 不检查。\
县级门户常把 dt、dd 直接放进 div 或 ul 排版图片新闻，或给 dl 加了 role=\"menu\" 等角色。

为何重要：dt、dd 只在定义列表中有意义；离开 dl，读屏软件无法把“术语”和“说明”对应起来，也无法报告列表的项数。

如何修复：把 dt、dd 放进 dl（成组时可以用不带 role 的 div 包一层）；只为排版时改用 div、p 或 h 系列元素。

参考：WCAG 2.1 成功准则 1.3.1 信息和关系（A 级）；GB/T 37668-2019 可感知性原则；axe-core 规则 dlitem。\
govaudit 读服务器返回的 HTML 和本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）隐藏的 dt、dd 不检查，与 axe 相同；媒体查询、布局（移出屏幕）或其他站点的样式表隐藏的 dt、dd 仍会检查，脚本移动的元素看不到，这时可能与浏览器中的 axe-core 结果不同。",
    docs_en: "\
What it checks: whether the parent of a dt or dd without a role is a dl (or a div without a role whose parent is a \
dl), and that dl has no role or role presentation, none or list. It decides as axe-core's dlitem rule does; hidden \
items are skipped. County portals put dt and dd straight into a div or ul to lay out picture news, or give the dl \
a role such as menu.

Why it matters: dt and dd mean something only inside a definition list; outside one, screen readers cannot pair a \
term with its description nor count the items.

How to fix: put dt and dd inside a dl (a div without a role may wrap a group); use div, p or headings for layout.

References: WCAG 2.1 success criterion 1.3.1 Info and Relationships (A); GB/T 37668-2019 perceivable (可感知性) \
principle; axe-core rule dlitem. govaudit reads the served HTML, and \
items the page's own styles (display:none, visibility:hidden in its <style> blocks and same-site stylesheets) hide are skipped as axe skips them; items hidden by media queries, layout (off screen) or stylesheets on other hosts are still checked here and elements a script moves are not seen, where results may differ from axe-core in a browser.",
    standard: Some(Standard {
        impact: Impact::Serious,
        tags: &["cat.structure", "wcag2a", "wcag131"],
        principle: Principle::Perceivable,
    }),
};

/// The element the check judges, as axe names it in the detail: the
/// parent, or the grandparent through a role-less `div`.
fn list_of(item: ElementRef<'_>) -> Option<ElementRef<'_>> {
    let parent = parent_element(item)?;
    let through_div = parent.value().name() == "div"
        && matches!(explicit_role(parent, RoleOpts::default()), None | Some("presentation" | "none"));
    if through_div { parent_element(parent) } else { Some(parent) }
}

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let mut out = Vec::new();
    for entry in doc.dom.entries() {
        let v = entry.el.value();
        if entry.aria_hidden
            || !matches!(v.name(), "dt" | "dd")
            || v.attr_of("role").is_some_and(|r| !r.is_empty())
        {
            continue;
        }
        let list = list_of(entry.el);
        let detail = match list {
            Some(dl) if dl.value().name() == "dl" => match explicit_role(dl, RoleOpts::default()) {
                None | Some("presentation" | "none" | "list") => continue,
                Some(role) => doc.lang().word_with("a11y-dlitem-detail-role", &[("role", role.into())]),
            },
            Some(other) => doc.lang().word_with(
                "a11y-dlitem-detail-element",
                &[("element", other.value().name().to_owned().into())],
            ),
            None => doc.lang().word_with("a11y-dlitem-detail-element", &[("element", "#document".into())]),
        };
        out.push(PageIssue::at(INFO.id, entry.el).with_detail(detail));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_need_a_definition_list() {
        let cases: &[(&str, usize)] = &[
            ("<dl><dt>a</dt><dd>b</dd></dl>", 0),
            ("<dl><div><dt>a</dt><dd>b</dd></div></dl>", 0),
            ("<dl><div role=\"presentation\"><dt>a</dt></div></dl>", 0),
            ("<dl><div role=\"listitem\"><dt>a</dt></div></dl>", 1),
            ("<dl><div role=\"bogus\"><dt>a</dt></div></dl>", 0),
            ("<dl><div><div><dt>a</dt></div></div></dl>", 1),
            ("<div><dt>a</dt><dd>b</dd></div>", 2),
            ("<ul><dd>b</dd></ul>", 1),
            ("<dl role=\"none\"><dt>a</dt></dl>", 0),
            ("<dl role=\"list\"><dd>a</dd></dl>", 0),
            ("<dl role=\"menu\"><dt>a</dt></dl>", 1),
            ("<dl role=\"bogus\"><dt>a</dt></dl>", 0),
            ("<div><dt role=\"term\">a</dt></div>", 0),
            ("<div><dt role=\"\">a</dt></div>", 1),
            ("<div hidden><dt>a</dt></div>", 0),
        ];
        for (html, want) in cases {
            assert_eq!(crate::facts::page::test_run(run, html).len(), *want, "{html}");
        }
    }
}
