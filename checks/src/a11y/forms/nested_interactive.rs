//! `a11y.nested-interactive`: a control whose content is read as plain
//! text (a button, a tab, a checkbox …) holds another control that takes
//! focus (`<button><a href>…</a></button>`, `<li role="tab"><a href>`).
//!
//! axe-core 4.14.1: rule `nested-interactive` (every element, hidden ones
//! excluded; matches when the element's role, explicit or implicit, has
//! `childrenPresentational`), check `no-focusable-content`: it fails when a
//! descendant whose role is of type `widget` is focusable (a descendant
//! that is not such a widget is looked into).

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::focusable_content::focusable_descendants;
use crate::facts::a11y::roles::{RoleOpts, get_role};
use crate::facts::a11y::standards;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.nested-interactive",
    severity: Severity::Deduction,
    title_zh: "交互控件中嵌套了可聚焦的控件",
    title_en: "Interactive control contains another focusable control",
    docs_zh: "\
检查内容：内容只按文字读出的控件（按钮、role=\"tab\" 选项卡、复选框、单选框、滑块、进度条、图片等）里\
是否嵌套了能获得焦点的控件，如 <button> 里的 <a href>、<li role=\"tab\"> 里的链接、带 tabindex 的按钮里的输入框。\
判定与 axe-core 的 nested-interactive 规则一致：元素的角色（含 button、summary 等元素自带的角色）为\
“子元素呈现为文本”的角色，且其后代中有可聚焦的控件（widget 类角色）时违规。

为何重要：读屏软件把按钮、选项卡的全部内容当成一段文字读出，里面的链接不会被单独播报；键盘用户按 Tab \
会停在一个“看不见”的焦点上，不知道按下回车会打开链接还是切换选项卡。县级门户的栏目切换条常见 \
<li role=\"tab\"><a href=\"…\">政务公开</a></li> 的写法。

如何修复：不要把链接、输入框放进按钮或选项卡里：选项卡本身就用链接时，把 role=\"tab\" 写在 <a> 上，\
外层 <li> 写 role=\"none\"；按钮里要放链接时，改成并列的两个控件。

参考：WCAG 2.1 成功准则 4.1.2 名称、角色和值；GB/T 37668-2019 兼容性原则；axe-core 规则 nested-interactive。\
govaudit 读服务器返回的 HTML 和本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）隐藏的元素不检查，与 axe 相同；媒体查询、布局（移出屏幕）或其他站点的样式表隐藏的元素仍会检查，脚本生成的内容看不到。",
    docs_en: "\
What it checks: whether a control whose content is read as plain text (a button, a role=\"tab\" tab, a \
checkbox, radio, slider, progress bar, image …) holds a control that takes focus: an <a href> in a <button>, a \
link in an <li role=\"tab\">, an input in a tabindex'd button. It decides as axe-core's nested-interactive \
does: the element's role (explicit, or implied as by button or summary) has presentational children, and a \
descendant with a widget role is focusable.

Why it matters: a screen reader reads a button's or a tab's whole content as one piece of text, so the link \
inside is never announced; keyboard users tab onto a focus stop they cannot identify, not knowing whether \
Enter follows the link or switches the tab. County portals' column tabs often read <li role=\"tab\"><a \
href=\"…\">政务公开</a></li>.

How to fix: do not put links or inputs inside buttons or tabs: where the tab is a link, put role=\"tab\" on \
the <a> and role=\"none\" on the <li>; where a button needs a link, make them two controls side by side.

References: WCAG 2.1 success criterion 4.1.2 Name, Role, Value; GB/T 37668-2019 robust (兼容性) principle; \
axe-core rule nested-interactive. govaudit reads the served HTML, and elements the page's own styles (display:none, visibility:hidden in its <style> blocks and same-site stylesheets) hide are skipped as axe skips them; elements hidden by media queries, layout (off screen) or stylesheets on other hosts are still checked; content scripts build is not seen.",
    standard: Some(Standard {
        impact: Impact::Serious,
        tags: &["cat.keyboard", "wcag2a", "wcag412"],
        principle: Principle::Robust,
    }),
};

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let dom = doc.dom;
    let mut out = Vec::new();
    for entry in dom.entries() {
        if entry.aria_hidden {
            continue;
        }
        let Some(role) = get_role(dom, entry.el, RoleOpts::default()) else { continue };
        if !standards::children_presentational(role) {
            continue;
        }
        let focusable = focusable_descendants(dom, entry.el);
        if let Some(first) = focusable.first() {
            let detail = doc.lang().word_with(
                "a11y-nested-interactive-detail",
                &[
                    ("role", role.into()),
                    ("count", focusable.len().into()),
                    ("tag", first.value().name().to_owned().into()),
                ],
            );
            out.push(PageIssue::at(INFO.id, entry.el).with_detail(detail));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::page::test_run;

    #[test]
    fn nested_controls_follow_axe() {
        let cases: &[(&str, usize)] = &[
            (r#"<button><a href="/x">办事指南</a></button>"#, 1),
            (r#"<button><span>办事指南</span></button>"#, 0),
            (r#"<ul role="tablist"><li role="tab"><a href="/#a">政务公开</a></li></ul>"#, 1),
            (r#"<ul role="tablist"><li role="none"><a role="tab" href="/#a">政务公开</a></li></ul>"#, 0),
            (r#"<a href="/x"><button>办事</button></a>"#, 0),
            (r#"<div role="button" tabindex="0"><input type="text"></div>"#, 1),
            (r#"<button><a>无链接地址</a></button>"#, 0),
            (r#"<button><a href="/x" tabindex="-1">x</a></button>"#, 1),
            (r#"<button><span tabindex="0">x</span></button>"#, 0),
            (r#"<button><div><div><select><option>一</option></select></div></div></button>"#, 1),
            (r#"<button hidden><a href="/x">x</a></button>"#, 0),
            (r#"<button><a href="/x" style="display:none">x</a></button>"#, 0),
            (r#"<details><summary><a href="/x">更多</a></summary>x</details>"#, 1),
            (r#"<div role="checkbox" aria-checked="false"><a href="/tk">条款</a></div>"#, 1),
            (r#"<div role="img" aria-label="地图"><a href="/x">x</a></div>"#, 1),
        ];
        for (html, want) in cases {
            assert_eq!(test_run(run, html).len(), *want, "{html}");
        }
    }
}
