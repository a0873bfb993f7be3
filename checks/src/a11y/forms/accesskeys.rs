//! `a11y.accesskeys`: two elements share one `accesskey` (common in
//! 无障碍 toolbars that give each of their buttons a key, next to a page
//! that already uses the same keys).
//!
//! axe-core 4.14.1: rule `accesskeys` (selector `[accesskey]`, hidden
//! elements kept for the rule but skipped by the check), check
//! `accesskeys` and its `after`: the non-empty values of the elements not
//! hidden from everyone, compared upper-cased; the first element of each
//! value that occurs again fails, once, naming the others.

use std::collections::HashMap;

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.accesskeys",
    severity: Severity::Notice,
    title_zh: "accesskey 快捷键重复",
    title_en: "accesskey value is not unique",
    docs_zh: "\
检查内容：页面上（不计隐藏元素）是否有两个以上元素使用同一个 accesskey 快捷键（不区分大小写）。\
每个重复的键报一次，报在第一个使用它的元素上。判定与 axe-core 的 accesskeys 规则一致；axe 把它列为\
最佳实践，govaudit 只作提示，不扣分。

为何重要：同一个快捷键对应多个元素时，浏览器只会激活其中一个，或者在它们之间轮换，\
用户按键得不到预期的结果。县级门户的无障碍工具条常给“放大”“缩小”“读屏”等按钮设置 accesskey，\
又和页面导航已有的快捷键重复。

如何修复：每个 accesskey 只分配给一个元素；用不到的快捷键删掉；在无障碍说明页公布快捷键表，\
并避开浏览器和读屏软件自身的常用按键。

参考：WCAG 2.1 成功准则 2.1.1 键盘、2.1.4 字符快捷键（axe 列为最佳实践）；GB/T 37668-2019 可操作性原则；\
axe-core 规则 accesskeys。govaudit 读 HTML 和本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）：被它们隐藏的元素不算在内，与 axe 相同；媒体查询、布局（移出屏幕）或其他站点的样式表隐藏的元素仍算在内，脚本设置的快捷键看不到。",
    docs_en: "\
What it checks: whether two or more elements of the page (hidden ones aside) share one accesskey, compared \
without case. Each repeated key is reported once, on the first element using it. It decides as axe-core's \
accesskeys does; axe files it as a best practice, so govaudit shows it as a notice that costs no points.

Why it matters: with one key on several elements the browser activates only one of them, or cycles between \
them, so the key does not do what users expect. County portals' accessibility toolbars often give their zoom, \
contrast and reader buttons access keys that the page's navigation already uses.

How to fix: give each accesskey to one element only; drop keys nobody needs; publish the key list on the \
accessibility help page, avoiding keys the browser and screen readers use themselves.

References: WCAG 2.1 success criteria 2.1.1 Keyboard, 2.1.4 Character Key Shortcuts (a best practice in axe); \
GB/T 37668-2019 operable (可操作性) principle; axe-core rule accesskeys. govaudit reads the HTML, and elements \
the page's own styles (display:none, visibility:hidden in its <style> blocks and same-site stylesheets) hide do not count, as in axe; elements hidden by media queries, layout (off screen) or stylesheets on other hosts still count, and keys set by scripts are not seen.",
    standard: Some(Standard {
        impact: Impact::Serious,
        tags: &["cat.keyboard", "best-practice"],
        principle: Principle::Operable,
    }),
};

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    // The first element of each key, and how many elements share it.
    let mut keys: HashMap<String, (usize, usize)> = HashMap::new();
    let mut firsts = Vec::new();
    for entry in doc.dom.entries() {
        let Some(key) = entry.el.value().attr_of("accesskey").filter(|k| !k.is_empty()) else { continue };
        if entry.hidden {
            continue;
        }
        let slot = keys.entry(key.to_uppercase()).or_insert_with(|| {
            firsts.push((entry.el, key));
            (firsts.len() - 1, 0)
        });
        slot.1 += 1;
    }
    let mut counts = vec![0; firsts.len()];
    for (index, count) in keys.into_values() {
        counts[index] = count;
    }
    firsts
        .into_iter()
        .zip(counts)
        .filter(|&(_, count)| count > 1)
        .map(|((el, key), count)| {
            let detail = doc
                .lang()
                .word_with("a11y-accesskeys-detail", &[("key", key.into()), ("count", count.into())]);
            PageIssue::at(INFO.id, el).with_detail(detail)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::page::test_run;

    #[test]
    fn repeated_keys_follow_axe() {
        let cases: &[(&str, usize)] = &[
            (r#"<a href="/" accesskey="h">首页</a><a href="/wza" accesskey="H">无障碍</a>"#, 1),
            (
                r#"<a href="/" accesskey="1">首页</a><a href="/a" accesskey="1">a</a><a href="/b" accesskey="1">b</a>"#,
                1,
            ),
            (r#"<a href="/" accesskey="1">首页</a><a href="/a" accesskey="2">a</a>"#, 0),
            (r#"<a href="/" accesskey="1">首页</a><a href="/a" accesskey="1" hidden>a</a>"#, 0),
            (r#"<a href="/" accesskey="1">首页</a><a href="/a" accesskey="1" aria-hidden="true">a</a>"#, 1),
            (r#"<a href="/" accesskey="">首页</a><a href="/a" accesskey="">a</a>"#, 0),
            (
                r#"<a href="/" accesskey="1">a</a><a href="/" accesskey="2">b</a><a href="/" accesskey="2">c</a><a href="/" accesskey="1">d</a>"#,
                2,
            ),
        ];
        for (html, want) in cases {
            assert_eq!(test_run(run, html).len(), *want, "{html}");
        }
    }
}
