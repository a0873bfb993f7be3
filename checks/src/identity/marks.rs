//! Reads the identity marks a government site shows on its home page:
//! what `identity.missing`, `identity.mismatch` and
//! `identity.no-error-report-entry` decide on.
//!
//! Footers differ from site to site, so the whole visible page is read,
//! along with the attributes that carry the marks' images and scripts.
//! Vendors write the 党政机关网站标识 as a script that writes its image
//! (`document.write(unescape("%3Cspan id='_ideConac'…dcs.conac.cn…"))`),
//! so inline scripts are searched for it too.

use std::sync::LazyLock;

use regex::Regex;

use crate::html::attr::Attr;
use crate::page_check::PageDoc;

/// The marks of the contract's `mark` field, in the order they are reported.
pub const MARKS: &[(&str, &str, &str)] = &[
    ("party-gov-logo", "党政机关网站标识", "party and government site logo (党政机关网站标识)"),
    ("site-code", "政府网站标识码", "government site code (政府网站标识码)"),
    ("icp", "ICP备案编号", "ICP filing number (ICP备案编号)"),
    ("psb", "公安机关备案标识", "public security filing mark (公安机关备案标识)"),
    ("sponsor", "主办单位", "sponsoring unit (主办单位)"),
    ("contact", "联系方式", "contact details (联系方式)"),
];

/// What the home page shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Marks {
    pub party_gov_logo: bool,
    /// The 政府网站标识码 written on the page.
    pub site_code: Option<String>,
    pub icp: bool,
    pub psb: bool,
    pub sponsor: bool,
    pub contact: bool,
    /// `<meta name="SiteIDCode">`.
    pub meta_code: Option<String>,
    /// The site code in the 我为政府网站找错 entry (`site_code=` / `sitecode`).
    pub error_report_code: Option<String>,
    /// The 我为政府网站找错 entry exists.
    pub error_report: bool,
}

impl Marks {
    pub fn has(&self, mark: &str) -> bool {
        match mark {
            "party-gov-logo" => self.party_gov_logo,
            "site-code" => self.site_code.is_some(),
            "icp" => self.icp,
            "psb" => self.psb,
            "sponsor" => self.sponsor,
            "contact" => self.contact,
            _ => false,
        }
    }
}

static SITE_CODE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?:标识|识别)码\s*[:：]?\s*(bm\d{8}|\d{10})").expect("static regex"));
static ICP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"[京津沪渝冀豫云滇辽黑湘皖鲁新苏浙赣鄂桂甘陇晋蒙陕秦吉闽贵黔粤青藏川蜀宁琼港澳]\s*ICP\s*备\s*\d{6,}",
    )
    .expect("static regex")
});
static PSB: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"公网安备\s*\d{14}").expect("static regex"));
static SPONSOR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(主办单位|主办|网站主办)\s*[:：]?\s*[\p{Han}（(]").expect("static regex"));
static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\d{3,4}[-－—]\d{7,8})|(?:电话|热线)\s*[:：]?\s*[(（]?\d{3,4}").expect("static regex")
});
static ADDRESS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(地址|通讯地址|联系地址)\s*[:：]\s*\S").expect("static regex"));
static EMAIL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}").expect("static regex"));
static CODE_PARAM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)site_?code=([A-Za-z0-9]{8,12})").expect("static regex"));

/// The 找错 entry's host and script.
fn is_error_report_url(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    lower.contains("zfwzgl.www.gov.cn") || lower.contains("/exposure/jiucuo") || lower.contains("jiucuo.js")
}

fn normalize_code(code: &str) -> String {
    code.trim().to_ascii_uppercase()
}

/// Reads the marks off one page.
pub fn read(doc: &PageDoc<'_>) -> Marks {
    let mut m = Marks::default();
    let text: String = doc.segments().iter().map(|s| s.text.trim()).collect::<Vec<_>>().join(" ");
    m.site_code = SITE_CODE.captures(&text).map(|c| normalize_code(&c[1]));
    m.icp = ICP.is_match(&text);
    m.psb = PSB.is_match(&text);
    m.sponsor = SPONSOR.is_match(&text);
    m.contact = PHONE.is_match(&text) || ADDRESS.is_match(&text) || EMAIL.is_match(&text);
    m.error_report = text.contains("我为政府网站找错");
    for entry in doc.dom.entries() {
        let v = entry.el.value();
        let name = v.name();
        if name == "meta" && v.attr_of("name").is_some_and(|n| n.trim().eq_ignore_ascii_case("SiteIDCode")) {
            m.meta_code = v.attr_of("content").map(normalize_code).filter(|c| !c.is_empty());
            continue;
        }
        if name == "script" {
            if let Some(src) = v.attr_of("src") {
                m.party_gov_logo |= src.to_ascii_lowercase().contains("conac.cn");
                if is_error_report_url(src) {
                    m.error_report = true;
                    if let Some(code) = v.attr_of("sitecode").or(v.attr_of("site_code")) {
                        m.error_report_code.get_or_insert_with(|| normalize_code(code));
                    }
                }
                continue;
            }
            let body: String = entry.el.text().collect();
            let lower = body.to_ascii_lowercase();
            m.party_gov_logo |= lower.contains("conac.cn") || lower.contains("_ideconac");
            if lower.contains("jiucuo") {
                m.error_report = true;
                if let Some(c) = CODE_PARAM.captures(&body) {
                    m.error_report_code.get_or_insert_with(|| normalize_code(&c[1]));
                }
            }
            continue;
        }
        if entry.hidden {
            continue;
        }
        for (_, value) in v.attrs() {
            let lower = value.to_ascii_lowercase();
            if lower.contains("conac.cn") {
                m.party_gov_logo = true;
            }
            if lower.contains("beian.miit.gov.cn") {
                m.icp = true;
            }
            if lower.contains("beian.gov.cn") || lower.contains("beian.mps.gov.cn") {
                m.psb |= !lower.contains("beian.miit.gov.cn");
            }
            if is_error_report_url(value) {
                m.error_report = true;
                if let Some(c) = CODE_PARAM.captures(value) {
                    m.error_report_code.get_or_insert_with(|| normalize_code(&c[1]));
                }
            }
        }
        if let Some(alt) = v.attr_of("alt").or(v.attr_of("title")) {
            m.error_report |= alt.contains("找错");
            m.party_gov_logo |= alt.contains("党政机关");
        }
        if name == "a" && !m.contact {
            let label = crate::a11y::dom::collapse(&entry.el.text().collect::<String>());
            m.contact =
                label.contains("联系我们") || v.attr_of("href").is_some_and(|h| h.starts_with("mailto:"));
        }
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::a11y::dom::Dom;
    use crate::page_check::PageOptions;
    use crate::url_norm::Normalizer;

    fn marks(html: &str) -> Marks {
        let doc = scraper::Html::parse_document(html);
        let dom = Dom::new(&doc);
        let url = url::Url::parse("http://www.qingxi.gov.cn/").unwrap();
        let normalizer = Normalizer::default();
        let options = PageOptions::default();
        let input = crate::html::PageInput {
            url: &url,
            html,
            encoding: encoding_rs::UTF_8,
            normalizer: &normalizer,
            home: true,
            options: &options,
        };
        let resolver = crate::html::links::Resolver::new(&doc, &input);
        read(&PageDoc::new(&doc, &dom, &url, true, &options, &resolver))
    }

    #[test]
    fn reads_a_typical_footer() {
        let m = marks(
            r#"<head><meta name="SiteIDCode" content="5107230001"></head><body><div class="footer">
            <p>主办单位：清溪县人民政府办公室　地址：清溪县城关镇人民路88号　电话：0816-1234567</p>
            <p>网站标识码：5107230001　<a href="https://beian.miit.gov.cn">蜀ICP备05003306号-1</a>
            <a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=51072302000123">川公网安备 51072302000123号</a></p>
            <script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/23/000/0000/60429971/CA230000000604299710002.js' type='text/javascript'%3E%3C/script%3E"));</script>
            <script id="_jiucuo_" sitecode='5107230001' src='https://zfwzgl.www.gov.cn/exposure/jiucuo.js'></script>
            </div></body>"#,
        );
        assert!(m.party_gov_logo && m.icp && m.psb && m.sponsor && m.contact && m.error_report);
        assert_eq!(m.site_code.as_deref(), Some("5107230001"));
        assert_eq!(m.meta_code.as_deref(), Some("5107230001"));
        assert_eq!(m.error_report_code.as_deref(), Some("5107230001"));
    }

    #[test]
    fn some_vendors_write_recognition_code() {
        assert_eq!(marks("<p>网站识别码：5107230001</p>").site_code.as_deref(), Some("5107230001"));
    }

    #[test]
    fn bm_codes_and_missing_marks() {
        let m = marks("<p>政府网站标识码 bm09000001</p><p>版权所有</p>");
        assert_eq!(m.site_code.as_deref(), Some("BM09000001"));
        assert!(!m.icp && !m.psb && !m.sponsor && !m.contact && !m.party_gov_logo && !m.error_report);
    }
}
