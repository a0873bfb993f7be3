//! Static files: stylesheet, scripts, images, robots.txt, and the small
//! but valid attachment files (PDF, Word, Excel) articles link to. Real
//! bytes with real content types, so a checker that sniffs or sizes
//! attachments sees what a county server sends.

use crate::serve::Resource;

/// A 1×1 transparent PNG.
pub(super) const PNG: &[u8] = &[
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00,
    0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89, 0x00,
    0x00, 0x00, 0x0A, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x00, 0x01, 0x00, 0x00, 0x05, 0x00, 0x01,
    0x0D, 0x0A, 0x2D, 0xB4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
];

/// A 1×1 transparent GIF.
pub(super) const GIF: &[u8] = &[
    0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0xFF,
    0xFF, 0xFF, 0x21, 0xF9, 0x04, 0x01, 0x00, 0x00, 0x00, 0x00, 0x2C, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00,
    0x01, 0x00, 0x00, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3B,
];

/// Paths the robots.txt keeps crawlers out of; the portal links to both.
pub(super) const ROBOTS_DISALLOWED: &[&str] = &["/admin/", "/search/"];

/// Images the page chrome and the home page use.
pub(super) const IMAGES: &[&str] = &[
    "/images/logo.png",
    "/images/banner1.png",
    "/images/banner2.png",
    "/images/xmt/wx.png",
    "/images/xmt/wb.png",
    "/images/xmt/dy.png",
    "/images/xmt/tt.png",
];

/// Every static file: (target, resource).
pub(super) fn statics() -> Vec<(String, Resource)> {
    let mut out = vec![
        ("/robots.txt".to_owned(), Resource::new(200, "text/plain", robots())),
        ("/css/common.css".to_owned(), Resource::new(200, "text/css", CSS).gzipped()),
        ("/js/jquery-1.12.4.min.js".to_owned(), Resource::new(200, "application/javascript", JQUERY_STUB)),
        ("/js/common.js".to_owned(), Resource::new(200, "application/javascript", COMMON_JS)),
        ("/favicon.ico".to_owned(), Resource::new(200, "image/x-icon", GIF)),
    ];
    out.extend(IMAGES.iter().map(|p| (p.to_string(), image(p))));
    out.extend((1..=6).map(|n| (format!("/images/ewm/qr{n}.png"), image("qr.png"))));
    out
}

fn robots() -> String {
    let mut s = String::from("User-agent: *\n");
    for path in ROBOTS_DISALLOWED {
        s.push_str(&format!("Disallow: {path}\n"));
    }
    s
}

/// An image resource, typed by its extension.
pub(super) fn image(path: &str) -> Resource {
    if path.ends_with(".gif") {
        Resource::new(200, "image/gif", GIF)
    } else {
        Resource::new(200, "image/png", PNG)
    }
}

/// An attachment file named `file` whose readers see `name`.
pub(super) fn attachment(file: &str, name: &str) -> Resource {
    match file.rsplit('.').next() {
        Some("doc") => Resource::new(200, "application/msword", rtf(name)),
        Some("xls") => Resource::new(200, "application/vnd.ms-excel", spreadsheet(name)),
        _ => Resource::new(200, "application/pdf", pdf(file)),
    }
}

/// A one-page PDF with correct cross-reference offsets. The text is the
/// file name: base-14 fonts carry no Chinese glyphs.
pub(super) fn pdf(label: &str) -> Vec<u8> {
    let text: String = label.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '.').collect();
    let content = format!("BT /F1 14 Tf 72 770 Td (Qingxi County People's Government - {text}) Tj ET");
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"
            .to_owned(),
        format!("<< /Length {} >>\nstream\n{content}\nendstream", content.len()),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_owned(),
    ];
    crate::files::pdf_of(&objects)
}

/// A Word-readable document: RTF, which Word opens under a `.doc` name,
/// as many county CMSs serve their forms.
fn rtf(title: &str) -> Vec<u8> {
    let head = "{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}\\f0\\fs32 ";
    let name = rtf_text(title.trim_end_matches(".doc"));
    format!("{head}{name}\\par\\fs24 {}\\par }}", rtf_text("填表人：")).into_bytes()
}

/// Text escaped for RTF: `\uN?` for each non-ASCII character.
fn rtf_text(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        match c {
            '\\' | '{' | '}' => out.push_str(&format!("\\{c}")),
            c if c.is_ascii() => out.push(c),
            // RTF's \u takes a signed 16-bit value; these are all in the BMP.
            c => out.push_str(&format!("\\u{}?", c as u32 as u16 as i16)),
        }
    }
    out
}

/// An Excel 2003 XML workbook, which Excel opens under a `.xls` name.
fn spreadsheet(title: &str) -> Vec<u8> {
    let rows: String = [title.trim_end_matches(".xls"), "项目", "金额（万元）"]
        .iter()
        .map(|cell| format!("<Row><Cell><Data ss:Type=\"String\">{cell}</Data></Cell></Row>\n"))
        .collect();
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?mso-application progid=\"Excel.Sheet\"?>\n\
<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\" xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\">\n\
<Worksheet ss:Name=\"Sheet1\"><Table>\n{rows}</Table></Worksheet></Workbook>\n"
    )
    .into_bytes()
}

const CSS: &str = "body{margin:0;font:14px/1.8 \"Microsoft YaHei\",SimSun,sans-serif;color:#333}\
a{color:#333;text-decoration:none}a:hover{color:#c00}.w1200{width:1200px;margin:0 auto}\
.topbar{background:#f5f5f5;height:34px;line-height:34px}.header{background:#b71c1c;height:120px}\
.nav{background:#8e0000}.nav li{display:inline-block;padding:0 30px}.nav a{color:#fff;font-size:18px}\
.position{padding:10px 0;border-bottom:1px solid #ddd}.list li{border-bottom:1px dashed #ddd;line-height:40px}\
.list li span,.list li em{float:right;color:#999;font-style:normal}.footer{background:#eee;padding:20px 0;text-align:center}\
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}\
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:6px}\
.article h1{text-align:center;font-size:24px}.article .info{text-align:center;color:#666}\
.article .content p{text-indent:2em}.right{text-align:right}.center{text-align:center}";

const JQUERY_STUB: &str = "/*! jQuery v1.12.4 (demo stub) */\n(function(w){var $=function(){return{ready:function(f){f()}}};w.jQuery=w.$=$;})(window);\n";

const COMMON_JS: &str = "function addFavorite(){try{window.external.addFavorite(location.href,document.title)}\
catch(e){alert('请使用Ctrl+D将本页加入收藏夹')}}\n";
