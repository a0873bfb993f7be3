//! Reads the identity marks a government site shows on its home page:
//! what `identity.missing`, `identity.mismatch` and
//! `identity.no-error-report-entry` decide on.
//!
//! Footers differ from site to site, so the whole visible page is read,
//! along with the attributes that carry the marks' images and scripts.
//! Vendors write the 党政机关网站标识 as a script that writes its image
//! (`document.write(unescape("%3Cspan id='_ideConac'…dcs.conac.cn…"))`),
//! so inline scripts are searched for it too.
//!
//! Each mark keeps the value read (the ICP number, the sponsor's name …),
//! not only whether it is there, so the report can show what the page says
//! and a person can check a wrong value.

use std::sync::LazyLock;

use regex::Regex;

use crate::facts::html::attr::Attr;
use crate::facts::page::PageDoc;
use crate::lang::Lang;

/// The marks of the contract's `mark` field, in the order they are reported.
pub const MARKS: &[&str] = &["party-gov-logo", "site-code", "icp", "psb", "sponsor", "contact"];

/// The name people read for `mark` (an id of [`MARKS`]), from `model.ftl`;
/// an unknown id is shown as it is.
pub fn name(mark: &str, lang: Lang) -> String {
    match mark {
        "party-gov-logo" => lang.word("mark-party-gov-logo"),
        "site-code" => lang.word("mark-site-code"),
        "icp" => lang.word("mark-icp"),
        "psb" => lang.word("mark-psb"),
        "sponsor" => lang.word("mark-sponsor"),
        "contact" => lang.word("mark-contact"),
        other => other.to_owned(),
    }
}

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
    /// The ICP filing number as written (`蜀ICP备05003306号-1`); `None`
    /// when the mark is only a link to the MIIT filing system.
    pub icp_number: Option<String>,
    /// The public-security filing number (`川公网安备 51072302000123号`).
    pub psb_number: Option<String>,
    /// The sponsoring unit named after 主办单位.
    pub sponsor_name: Option<String>,
    /// The first contact detail: a phone number, else an e-mail address,
    /// else a postal address, else the 联系我们 link's text.
    pub contact_detail: Option<String>,
    /// `<meta name="SiteIDCode">`.
    pub meta_code: Option<String>,
    /// The site code in the 我为政府网站找错 entry (`site_code=` / `sitecode`).
    pub error_report_code: Option<String>,
    /// The 我为政府网站找错 entry exists.
    pub error_report: bool,
}

impl Marks {
    /// The value read for `mark` (an id of [`MARKS`]), when the page
    /// writes one; the party-government logo is an image, so it has none.
    pub fn value(&self, mark: &str) -> Option<&str> {
        match mark {
            "site-code" => self.site_code.as_deref(),
            "icp" => self.icp_number.as_deref(),
            "psb" => self.psb_number.as_deref(),
            "sponsor" => self.sponsor_name.as_deref(),
            "contact" => self.contact_detail.as_deref(),
            _ => None,
        }
    }

    /// Every mark of [`MARKS`] in order: its id, whether the page shows
    /// it, and the value read.
    pub fn values(&self) -> Vec<(&'static str, bool, Option<&str>)> {
        MARKS.iter().map(|mark| (*mark, self.has(mark), self.value(mark))).collect()
    }

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
        r"[京津沪渝冀豫云滇辽黑湘皖鲁新苏浙赣鄂桂甘陇晋蒙陕秦吉闽贵黔粤青藏川蜀宁琼港澳]\s*ICP\s*备\s*\d{6,}(?:\s*号)?(?:\s*[-－]\s*\d{1,3})?",
    )
    .expect("static regex")
});
static PSB: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:[\p{Han}]{1,2}\s*)?公网安备\s*\d{14}(?:\s*号)?").expect("static regex"));
/// The sponsor's name: Han characters and brackets after the label, up to
/// a space or the next label.
static SPONSOR_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:主办单位|网站主办|主办)\s*[:：]?\s*([\p{Han}（）()]{2,40})").expect("static regex")
});
/// Labels that follow a sponsor's name without a space between.
const AFTER_SPONSOR: &[&str] =
    &["承办", "协办", "地址", "电话", "联系", "网站标识码", "技术支持", "版权", "备案", "邮编", "维护"];
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

/// `蜀 ICP 备 05003306 号 - 1` → `蜀ICP备05003306号-1`.
fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).map(|c| if c == '－' { '-' } else { c }).collect()
}

/// The name cut before a label that follows it unspaced.
fn sponsor_name(raw: &str) -> Option<String> {
    let end = AFTER_SPONSOR.iter().filter_map(|l| raw.find(l)).min().unwrap_or(raw.len());
    let name = raw[..end].trim();
    (name.chars().count() >= 2).then(|| name.to_owned())
}

/// A person's way to reach the site's office, as written.
fn contact_detail(text: &str) -> Option<String> {
    static PHONE_NUMBER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"[(（]?\d{3,4}[)）]?\s*[-－—]?\s*\d{7,8}").expect("static regex"));
    static ADDRESS_TEXT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:地址|通讯地址|联系地址)\s*[:：]\s*([^\s　]{2,40})").expect("static regex")
    });
    let labelled_phone = PHONE.find(text).and_then(|f| PHONE_NUMBER.find(&text[f.start()..]));
    labelled_phone
        .map(|p| p.as_str().trim().to_owned())
        .or_else(|| EMAIL.find(text).map(|e| e.as_str().to_owned()))
        .or_else(|| ADDRESS_TEXT.captures(text).map(|c| c[1].to_owned()))
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
    m.icp_number = ICP.find(&text).map(|f| squeeze(f.as_str()));
    m.psb_number = PSB.find(&text).map(|f| f.as_str().trim().to_owned());
    m.sponsor_name = SPONSOR_NAME.captures(&text).and_then(|c| sponsor_name(&c[1]));
    m.contact_detail = contact_detail(&text);
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
            let label = crate::facts::a11y::dom::collapse(&entry.el.text().collect::<String>());
            let href = v.attr_of("href").unwrap_or_default();
            m.contact = label.contains("联系我们") || href.starts_with("mailto:");
            if m.contact && m.contact_detail.is_none() {
                m.contact_detail = Some(href.strip_prefix("mailto:").map_or(label, str::to_owned));
            }
        }
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marks(html: &str) -> Marks {
        crate::facts::page::with_test_page("http://www.qingxi.gov.cn/", true, html, read)
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
        let values: Vec<(&str, bool, Option<&str>)> = m.values();
        assert_eq!(
            values,
            [
                ("party-gov-logo", true, None),
                ("site-code", true, Some("5107230001")),
                ("icp", true, Some("蜀ICP备05003306号-1")),
                ("psb", true, Some("川公网安备 51072302000123号")),
                ("sponsor", true, Some("清溪县人民政府办公室")),
                ("contact", true, Some("0816-1234567")),
            ]
        );
    }

    #[test]
    fn values_as_footers_write_them() {
        let m = marks(
            "<p>主办单位：清溪县人民政府承办：清溪县大数据中心</p><p>京ICP备 12345678号</p>\
<p>联系电话：(0816)2345678 邮箱：qxzf@163.com</p>",
        );
        assert_eq!(m.value("sponsor"), Some("清溪县人民政府"));
        assert_eq!(m.value("icp"), Some("京ICP备12345678号"));
        assert_eq!(m.value("contact"), Some("(0816)2345678"));
        let mail = marks("<p>主办：清溪县人民政府　</p><a href=\"mailto:qxzf@qingxi.gov.cn\">写信</a>");
        assert_eq!(mail.value("contact"), Some("qxzf@qingxi.gov.cn"));
        let link = marks("<a href=\"/lxwm/\">联系我们</a><a href=\"https://beian.miit.gov.cn\">备案信息</a>");
        assert_eq!((link.value("contact"), link.icp, link.value("icp")), (Some("联系我们"), true, None));
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
