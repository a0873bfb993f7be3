//! `a11y.landmark-unique`: two landmarks of the same role have the same
//! name (two unnamed `<nav>`s, two `<section aria-label="通知公告">`).
//!
//! axe-core: rule `landmark-unique` (selector `[role=banner],
//! [role=complementary], [role=contentinfo], [role=main],
//! [role=navigation], [role=region], [role=search], [role=form], form,
//! footer, header, aside, main, nav, section`; `landmark-unique-matches`:
//! the computed role is of the landmark type and the element is visible to
//! screen readers), check `landmark-is-unique`: the role and the accessible
//! name (lower case, none when empty) of each; `after` fails the first
//! landmark of each role and name that occurs more than once and drops
//! the others. One finding per such group.

use std::collections::HashMap;

use scraper::ElementRef;

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::accname::Names;
use crate::facts::a11y::landmarks::{landmark_role, visible_to_screen_readers};
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.landmark-unique",
    severity: Severity::Notice,
    title_zh: "同一角色的多个地标没有可以区分的名称",
    title_en: "Landmarks should have a unique role or role/label combination",
    docs_zh: "\
检查内容：同一角色的地标（导航 nav、侧栏 aside、有名称的 section 或 form、页眉、页脚等）是否有互不相同的可访问名称\
（aria-label、aria-labelledby 等，不分大小写；都没有名称也算相同）。判定与 axe-core 的 landmark-unique 规则一致：\
每组重复的地标报告第一个，其余列在说明里。县级门户常见于页头导航和页脚导航都写成没有名称的 nav。

为何重要：读屏软件列出地标时只读角色和名称；两个“导航”无法区分，用户不知道该跳到哪一个。

如何修复：给同一角色的每个地标加上不同的名称，例如 <nav aria-label=\"主导航\"> 与 <nav aria-label=\"页脚导航\">；\
或者只保留一个。

参考：axe-core 将其列为最佳实践（与 WCAG 2.1 成功准则 1.3.1 信息和关系、2.4.1 绕过区块相关）；GB/T 37668-2019 可感知性原则。\
govaudit 读服务器返回的 HTML 和本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）：被它们隐藏的地标不计入，与 axe 相同；媒体查询、布局（移出屏幕）或其他站点的样式表隐藏的地标这里仍会计入（浏览器中的 axe-core 不计），脚本生成的地标与名称看不到，\
这时可能与浏览器中的 axe-core 结果不同。",
    docs_en: "\
What it checks: whether landmarks of the same role (nav, aside, named section or form, banner, contentinfo …) have \
different accessible names (aria-label, aria-labelledby …, case ignored; two landmarks without a name count as the \
same). It decides as axe-core's landmark-unique rule does: the first landmark of each duplicated group is \
reported. County portals often write both the header's and the footer's navigation as unnamed nav elements.

Why it matters: a screen reader's list of landmarks reads their roles and names only; two 'navigation' entries \
cannot be told apart.

How to fix: give each landmark of a role its own name, e.g. <nav aria-label=\"主导航\"> and <nav \
aria-label=\"页脚导航\">, or keep only one.

References: a best practice in axe-core (related to WCAG 2.1 success criteria 1.3.1 Info and Relationships and \
2.4.1 Bypass Blocks); GB/T 37668-2019 perceivable (可感知性) principle. govaudit reads the served HTML, and \
landmarks the page's own styles (display:none, visibility:hidden in its <style> blocks and same-site stylesheets) hide do not count, as in axe; landmarks hidden by media queries, layout (off screen) or stylesheets on other hosts still count here (not in a browser), and landmarks or names built by scripts are not \
seen, where results may differ from axe-core in a browser.",
    standard: Some(Standard {
        impact: Impact::Moderate,
        tags: &["cat.semantics", "best-practice"],
        principle: Principle::Perceivable,
    }),
};

/// The rule's selector.
fn selected(el: ElementRef<'_>) -> bool {
    let v = el.value();
    matches!(v.name(), "form" | "footer" | "header" | "aside" | "main" | "nav" | "section")
        || matches!(
            v.attr_of("role"),
            Some(
                "banner"
                    | "complementary"
                    | "contentinfo"
                    | "main"
                    | "navigation"
                    | "region"
                    | "search"
                    | "form"
            )
        )
}

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let dom = doc.dom;
    let names = Names::new(dom);
    // Each (role, name) group: its first landmark and how many there are.
    let mut groups: Vec<(ElementRef<'_>, &'static str, Option<String>, usize)> = Vec::new();
    let mut index: HashMap<(&'static str, Option<String>), usize> = HashMap::new();
    for entry in dom.entries() {
        if !selected(entry.el) || !visible_to_screen_readers(dom, entry.el) {
            continue;
        }
        let Some(role) = landmark_role(dom, entry.el) else { continue };
        let name = Some(names.accessible_name(entry.el).to_lowercase()).filter(|n| !n.is_empty());
        match index.get(&(role, name.clone())) {
            Some(&i) => groups[i].3 += 1,
            None => {
                index.insert((role, name.clone()), groups.len());
                groups.push((entry.el, role, name, 1));
            }
        }
    }
    groups
        .into_iter()
        .filter(|g| g.3 > 1)
        .map(|(el, role, name, count)| {
            let detail = match name {
                Some(name) => doc.lang().word_with(
                    "a11y-landmark-unique-detail",
                    &[("role", role.into()), ("name", name.into()), ("count", count.into())],
                ),
                None => doc.lang().word_with(
                    "a11y-landmark-unique-detail-unnamed",
                    &[("role", role.into()), ("count", count.into())],
                ),
            };
            PageIssue::at(INFO.id, el).with_detail(detail)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn landmarks_of_a_role_need_distinct_names() {
        let cases: &[(&str, usize)] = &[
            ("<nav>a</nav>", 0),
            ("<nav>a</nav><nav>b</nav>", 1),
            ("<nav aria-label=\"主导航\">a</nav><nav aria-label=\"页脚导航\">b</nav>", 0),
            ("<nav aria-label=\"Menu\">a</nav><nav aria-label=\"menu\">b</nav>", 1),
            ("<nav>a</nav><div role=\"navigation\">b</div><nav>c</nav>", 1),
            ("<nav>a</nav><nav hidden>b</nav>", 0),
            ("<section>a</section><section>b</section>", 0),
            ("<section aria-label=\"通知\">a</section><section aria-label=\"通知\">b</section>", 1),
            ("<nav>a</nav><nav>b</nav><aside>c</aside><aside>d</aside>", 2),
            ("<nav role=\"menu\">a</nav><nav role=\"menu\">b</nav>", 0),
            ("<header>a</header><article><header>b</header></article>", 0),
            ("<div role=\"search\">a</div><search>b</search>", 0),
        ];
        for (html, want) in cases {
            assert_eq!(crate::facts::page::test_run(run, html).len(), *want, "{html}");
        }
    }
}
