//! `identity.domain`: the site is not on a `.gov.cn` domain.
//!
//! Judged on the home page's host. A staging address (an IP literal or
//! `localhost`) says nothing about the real domain, so the page's own
//! `<meta name="SiteDomain">` is used there when it has one.

use crate::check::{CheckInfo, Severity};
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "identity.domain",
    severity: Severity::Notice,
    title_zh: "网站域名不以 .gov.cn 结尾",
    title_en: "The site's domain does not end in .gov.cn",
    docs_zh: "\
检查内容：首页所在的主机名是否以 .gov.cn 结尾。以 IP 地址或 localhost 访问（测试环境）时，\
改看首页 <meta name=\"SiteDomain\"> 声明的域名；两者都无从判断时不报告。

为何重要：《政府网站发展指引》要求政府网站使用以 .gov.cn 为后缀的英文域名，部门网站使用本级门户网站的下级域名；\
国办秘函〔2019〕19号把域名规范列入功能设计检查项。非 .gov.cn 域名也让公众难以辨别真伪。

如何修复：向本级机构编制部门申请 .gov.cn 域名并迁移网站，旧域名设置 301 跳转到新域名；\
部门网站迁到门户的下级域名（如 jyj.xxx.gov.cn）。

参考：《政府网站发展指引》（国办发〔2017〕47号）“域名”；国办秘函〔2019〕19号“功能设计”；GB/T 37668-2019 可理解性。",
    docs_en: "\
What it checks: whether the home page's host name ends in .gov.cn. When the site is reached by IP \
address or localhost (a staging server), the domain declared in the page's `<meta \
name=\"SiteDomain\">` is judged instead; with neither, nothing is reported.

Why it matters: the Government Website Development Guidelines require government sites to use a \
.gov.cn domain, and department sites a sub-domain of their portal; 国办秘函〔2019〕19号 checks \
domains under functional design. A non-.gov.cn domain also makes the site harder to trust.

How to fix: apply for a .gov.cn domain through the establishment office and move the site, with a 301 \
redirect from the old domain; move department sites under the portal's domain (jyj.xxx.gov.cn).

References: 国办发〔2017〕47号, domains; 国办秘函〔2019〕19号, functional design; GB/T \
37668-2019, understandable.",
    standard: None,
};

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let host = match doc.url.host() {
        Some(url::Host::Domain(d)) if d != "localhost" => d.to_ascii_lowercase(),
        // An address, not a name: take the name the page declares.
        _ => match declared_domain(doc) {
            Some(d) => d,
            None => return Vec::new(),
        },
    };
    if host.trim_end_matches('.').ends_with(".gov.cn") {
        return Vec::new();
    }
    let detail = doc.lang().word_with("identity-domain-detail", &[("host", (&host).into())]);
    vec![PageIssue { check: INFO.id, evidence: host.into(), ..PageIssue::default() }.with_detail(detail)]
}

fn declared_domain(doc: &PageDoc<'_>) -> Option<String> {
    doc.dom.tagged("meta").find_map(|e| {
        let v = e.el.value();
        let named = v.attr_of("name").is_some_and(|n| n.trim().eq_ignore_ascii_case("SiteDomain"));
        let content = v.attr_of("content")?.trim();
        // Some templates write a URL, not a host.
        let host = content.split("//").last()?.split(['/', ':']).next()?.to_ascii_lowercase();
        (named && !host.is_empty()).then_some(host)
    })
}
