//! `identity.mismatch`: the site codes a home page carries disagree.

use crate::check::{CheckInfo, Severity};
use crate::facts::marks;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "identity.mismatch",
    severity: Severity::Deduction,
    title_zh: "网站标识码前后不一致",
    title_en: "The site's codes disagree",
    docs_zh: "\
检查内容：首页上三处政府网站标识码是否一致：<meta name=\"SiteIDCode\"> 的值、页脚写出的“政府网站标识码”、\
“我为政府网站找错”入口中的 site_code / sitecode。只比较页面上实际出现的值，任意两处不同即报告，并列出各处的值。

为何重要：标识码是政府网站在全国政府网站信息报送系统中的唯一编号。找错入口用错标识码，\
网民的纠错留言会送到别的网站；元数据和页脚不一致说明模板从别的网站复制而来，检查时按标识不规范扣分。

如何修复：以全国政府网站信息报送系统中的标识码为准，改正模板中的 SiteIDCode 元数据、页脚文字和找错脚本的 sitecode 参数。

参考：《政府网站发展指引》（国办发〔2017〕47号）；《政府网站与政务新媒体检查指标》（国办秘函〔2019〕19号）“功能设计”；\
GB/T 37668-2019 兼容性。",
    docs_en: "\
What it checks: whether the home page's three copies of the government site code agree: \
`<meta name=\"SiteIDCode\">`, the 政府网站标识码 written in the footer, and the site_code / sitecode \
of the 我为政府网站找错 entry. Only values present on the page are compared; any two that differ give \
one finding listing every value.

Why it matters: the code is the site's unique number in the national government website registry. An \
error-report entry with the wrong code sends citizens' reports to another site; metadata and footer \
that disagree show a template copied from another site, and inspectors deduct for irregular marks.

How to fix: take the code from the national registry and correct the SiteIDCode meta, the footer \
text and the sitecode parameter of the error-report script in the template.

References: 国办发〔2017〕47号; 国办秘函〔2019〕19号, functional design; GB/T 37668-2019, robust.",
    standard: None,
};

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let m = marks::read(doc);
    let places = [
        ("meta SiteIDCode", &m.meta_code),
        ("页脚/footer", &m.site_code),
        ("找错/jiucuo", &m.error_report_code),
    ];
    let present: Vec<(&str, &String)> =
        places.iter().filter_map(|(p, v)| v.as_ref().map(|v| (*p, v))).collect();
    let differ = present.windows(2).any(|w| w[0].1 != w[1].1);
    if !differ {
        return Vec::new();
    }
    let listed: Vec<String> = present.iter().map(|(p, v)| format!("{p}={v}")).collect();
    let detail = doc.lang().word("identity-mismatch-detail");
    vec![
        PageIssue {
            check: INFO.id,
            evidence: listed.join("; ").into(),
            mark: Some("site-code"),
            ..PageIssue::default()
        }
        .with_detail(detail),
    ]
}
