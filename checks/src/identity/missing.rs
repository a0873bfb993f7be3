//! `identity.missing`: a required identity mark is missing from the home
//! page; one finding per missing mark, named in `mark`.

use crate::check::{CheckInfo, Severity};
use crate::facts::marks::{self, MARKS};
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "identity.missing",
    severity: Severity::Deduction,
    title_zh: "首页缺少网站标识",
    title_en: "A site identity mark is missing from the home page",
    docs_zh: "\
检查内容：首页（通常在页脚）是否展示政府网站应有的六项标识，缺哪项报哪项（mark 字段）：\
党政机关网站标识（party-gov-logo：来自 dcs.conac.cn 的图片、指向 bszs.conac.cn 的链接或写出该图片的脚本）、\
政府网站标识码（site-code：10 位数字，或 bm 加 8 位数字）、ICP备案编号（icp：省份简称 + ICP备 + 编号，或指向 beian.miit.gov.cn 的链接）、\
公安机关备案标识（psb：公网安备 + 14 位数字，或指向 beian.gov.cn 的链接）、主办单位（sponsor）、\
联系方式（contact：电话、地址、电子邮箱，或“联系我们”链接）。

为何重要：《政府网站发展指引》（国办发〔2017〕47号）要求在首页底部展示这些标识；\
国办秘函〔2019〕19号把“展现标识”列入功能设计扣分项，检查时逐项核对。

如何修复：在全站页脚模板中加入缺失的标识：党政机关网站标识按开办审核通知嵌入脚本，\
标识码写成“政府网站标识码：XXXXXXXXXX”，备案号链接到工信部和公安部备案系统，写明主办单位和联系电话、地址。

参考：《政府网站发展指引》（国办发〔2017〕47号）；国办秘函〔2019〕19号“功能设计—展现标识”；\
GB/T 37668-2019 可理解性。",
    docs_en: "\
What it checks: whether the home page (usually its footer) shows the six identity marks of a \
government site, one finding per missing mark (`mark`): the party and government site logo \
(party-gov-logo: an image from dcs.conac.cn, a link to bszs.conac.cn, or the script that writes it), \
the government site code (site-code: 10 digits, or bm + 8 digits), the ICP filing number (icp: \
province abbreviation + ICP备 + number, or a link to beian.miit.gov.cn), the public security filing \
mark (psb: 公网安备 + 14 digits, or a link to beian.gov.cn), the sponsoring unit (sponsor) and \
contact details (contact: phone, address, e-mail or a 联系我们 link).

Why it matters: the Government Website Development Guidelines (国办发〔2017〕47号) require these \
marks at the foot of the home page; 国办秘函〔2019〕19号 deducts for missing marks under \
functional design, and inspectors check them one by one.

How to fix: add the missing marks to the site-wide footer template: embed the logo script from the \
registration notice, write 政府网站标识码：XXXXXXXXXX, link the filing numbers to the MIIT and MPS \
filing systems, and name the sponsoring unit with its phone number and address.

References: 国办发〔2017〕47号; 国办秘函〔2019〕19号, 功能设计—展现标识; GB/T 37668-2019, \
understandable.",
    standard: None,
};

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let found = marks::read(doc);
    let lang = doc.lang();
    MARKS
        .iter()
        .filter(|mark| !found.has(mark))
        .map(|&mark| {
            let name = marks::name(mark, lang);
            let detail = lang.word_with("identity-missing-detail", &[("mark", name.as_str().into())]);
            let evidence = lang.word_with("identity-missing-evidence", &[("mark", name.into())]);
            PageIssue { check: INFO.id, evidence: evidence.into(), mark: Some(mark), ..PageIssue::default() }
                .with_detail(detail)
        })
        .collect()
}
