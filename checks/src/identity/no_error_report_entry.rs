//! `identity.no-error-report-entry`: the home page has no 我为政府网站找错
//! entry.

use crate::check::{CheckInfo, Severity};
use crate::facts::marks;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "identity.no-error-report-entry",
    severity: Severity::Deduction,
    title_zh: "首页没有“我为政府网站找错”入口",
    title_en: "No 我为政府网站找错 (report an error) entry on the home page",
    docs_zh: "\
检查内容：首页是否有“我为政府网站找错”入口：指向 zfwzgl.www.gov.cn/exposure/jiucuo.html 的链接、\
加载 jiucuo.js 的脚本，或文字、图片 alt 为“我为政府网站找错”的链接。

为何重要：国务院办公厅要求各级政府网站在首页显著位置设置“我为政府网站找错”入口，\
网民留言由全国政府网站信息报送系统转办；国办秘函〔2019〕19号把它列入功能设计检查项。

如何修复：按全国政府网站信息报送系统提供的代码，在首页（通常在页脚）嵌入找错脚本，\
`sitecode` 填本网站的标识码。

参考：国办秘函〔2019〕19号“功能设计”；《政府网站发展指引》（国办发〔2017〕47号）；GB/T 37668-2019 可操作性。",
    docs_en: "\
What it checks: whether the home page has a 我为政府网站找错 entry: a link to \
zfwzgl.www.gov.cn/exposure/jiucuo.html, a script loading jiucuo.js, or a link whose text or image alt \
says 我为政府网站找错.

Why it matters: the General Office of the State Council requires every government site to show the \
entry prominently on its home page; reports are forwarded through the national registry, and \
国办秘函〔2019〕19号 checks it under functional design.

How to fix: embed the error-report script given by the national registry on the home page (usually \
in the footer), with the site's own code as `sitecode`.

References: 国办秘函〔2019〕19号, functional design; 国办发〔2017〕47号; GB/T 37668-2019, operable.",
    standard: None,
};

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    if marks::read(doc).error_report {
        return Vec::new();
    }
    let evidence = doc.lang().word("identity-no-error-report-entry-evidence");
    vec![PageIssue { check: INFO.id, evidence: evidence.into(), ..PageIssue::default() }]
}
