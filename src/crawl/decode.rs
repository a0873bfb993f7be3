//! Bytes to text, the way a browser picks the encoding.
//!
//! Order, as in the HTML standard: a byte-order mark, then the charset of the
//! HTTP `Content-Type`, then `<meta charset>` / `<meta http-equiv>` in the
//! first bytes, then detection (chardetng, the detector Firefox uses). County
//! sites mostly send GBK with no charset in the header and a
//! `charset=gb2312` meta tag; encoding_rs maps GB2312 to GBK (its superset),
//! as browsers do, so pages with characters outside GB2312 still read.
//!
//! One departure from browsers: a `<meta>` declaration the bytes plainly
//! contradict (gb2312 over UTF-8, UTF-8 over GBK) is not followed; the page
//! is read the way it decodes cleanly, and the mismatch is reported
//! (`page.charset-mismatch`, which decides it).

use std::borrow::Cow;

use checks::page::charset_mismatch::{self, Mismatch};
use encoding_rs::Encoding;

/// A body as text, and how it was read.
pub struct Decoded<'a> {
    pub text: Cow<'a, str>,
    pub encoding: &'static Encoding,
    /// The page's `<meta>` declares another encoding than its bytes'.
    pub mismatch: Option<Mismatch>,
}

/// Decodes `body` and reports the encoding used.
pub fn decode<'a>(
    body: &'a [u8],
    content_type: Option<&str>,
    host: &str,
) -> (Cow<'a, str>, &'static Encoding) {
    let decoded = decode_page(body, content_type, host);
    (decoded.text, decoded.encoding)
}

/// Decodes `body`, also saying whether its declaration was wrong.
pub fn decode_page<'a>(body: &'a [u8], content_type: Option<&str>, host: &str) -> Decoded<'a> {
    let header = content_type.and_then(charset_param).and_then(Encoding::for_label);
    let mismatch = charset_mismatch::judge(body, header);
    let encoding = Encoding::for_bom(body)
        .map(|(e, _)| e)
        .or(header)
        .or(mismatch.map(|m| m.actual))
        .or_else(|| charset_mismatch::declared_in_meta(body))
        .unwrap_or_else(|| detect(body, host));
    let (text, _) = encoding.decode_with_bom_removal(body);
    Decoded { text, encoding, mismatch }
}

/// `charset` from a `Content-Type` value.
fn charset_param(content_type: &str) -> Option<&[u8]> {
    content_type.split(';').skip(1).find_map(|param| {
        let (name, value) = param.split_once('=')?;
        name.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| value.trim().trim_matches(|c| c == '"' || c == '\'').as_bytes())
    })
}

fn detect(body: &[u8], host: &str) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(body, true);
    let tld = host.rsplit('.').next().map(str::as_bytes).filter(|t| t.iter().all(u8::is_ascii_alphabetic));
    detector.guess(tld, chardetng::Utf8Detection::Allow)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str =
        "清溪县人民政府关于做好政务公开工作的通知，各乡镇人民政府、县级各部门：现将有关事项通知如下。";

    fn page(meta: &str) -> String {
        format!("<html><head>{meta}<title>通知</title></head><body><p>{TEXT}</p></body></html>")
    }

    fn roundtrip(bytes: &[u8], content_type: Option<&str>) -> (String, &'static str) {
        let (text, enc) = decode(bytes, content_type, "www.qingxi.gov.cn");
        (text.into_owned(), enc.name())
    }

    #[test]
    fn gbk_with_meta_and_no_header_charset() {
        let html = page(r#"<meta http-equiv="Content-Type" content="text/html; charset=gb2312">"#);
        let (bytes, _, _) = encoding_rs::GBK.encode(&html);
        let (text, name) = roundtrip(&bytes, Some("text/html"));
        assert_eq!(name, "GBK");
        assert!(text.contains(TEXT));
    }

    #[test]
    fn gbk_with_nothing_declared_is_detected() {
        let html = page("");
        let (bytes, _, _) = encoding_rs::GBK.encode(&html);
        let (text, name) = roundtrip(&bytes, None);
        assert_eq!(name, "GBK");
        assert!(text.contains(TEXT));
    }

    #[test]
    fn gb18030_and_big5_by_label() {
        let traditional = "<meta charset=\"big5\"><p>清溪縣人民政府關於做好政務公開工作的通知</p>";
        let (bytes, _, unmappable) = encoding_rs::BIG5.encode(traditional);
        assert!(!unmappable);
        let (text, name) = roundtrip(&bytes, Some("text/html"));
        assert_eq!(name, "Big5");
        assert!(text.contains("清溪縣人民政府關於做好政務公開工作的通知"));
        let simplified = page("");
        let (bytes, _, _) = encoding_rs::GB18030.encode(&simplified);
        let (text, name) = roundtrip(&bytes, Some("text/html; charset=\"GB18030\""));
        assert_eq!(name, "gb18030");
        assert!(text.contains(TEXT));
    }

    #[test]
    fn header_wins_over_meta_and_bom_wins_over_both() {
        let html = page(r#"<meta charset="gbk">"#);
        let (_, name) = roundtrip(html.as_bytes(), Some("text/html; charset=utf-8"));
        assert_eq!(name, "UTF-8");
        let mut with_bom = b"\xEF\xBB\xBF".to_vec();
        with_bom.extend_from_slice(html.as_bytes());
        let (text, name) = roundtrip(&with_bom, Some("text/html; charset=gbk"));
        assert_eq!(name, "UTF-8");
        assert!(text.starts_with("<html>"));
    }

    #[test]
    fn utf8_without_declaration() {
        let (text, name) = roundtrip(page("").as_bytes(), None);
        assert_eq!(name, "UTF-8");
        assert!(text.contains(TEXT));
    }

    #[test]
    fn a_declaration_the_bytes_contradict_is_not_followed() {
        let utf8 = page(r#"<meta http-equiv="Content-Type" content="text/html; charset=gb2312">"#);
        let decoded = decode_page(utf8.as_bytes(), Some("text/html"), "www.qingxi.gov.cn");
        assert_eq!(decoded.encoding.name(), "UTF-8");
        assert!(decoded.text.contains(TEXT));
        assert!(decoded.mismatch.is_some_and(|m| m.declared.name() == "GBK"));
        let declared_utf8 = page(r#"<meta charset="utf-8">"#);
        let (gbk, _, _) = encoding_rs::GBK.encode(&declared_utf8);
        let decoded = decode_page(&gbk, None, "www.qingxi.gov.cn");
        assert_eq!(decoded.encoding.name(), "GBK");
        assert!(decoded.text.contains(TEXT));
        assert!(decoded.mismatch.is_some_and(|m| m.actual.name() == "GBK"));
        // A right header charset: read by it, nothing to report.
        let decoded = decode_page(utf8.as_bytes(), Some("text/html; charset=utf-8"), "h");
        assert!(decoded.mismatch.is_none() && decoded.text.contains(TEXT));
    }

    #[test]
    fn meta_cannot_claim_utf16() {
        let (_, name) = roundtrip(page(r#"<meta charset="utf-16">"#).as_bytes(), None);
        assert_eq!(name, "UTF-8");
    }
}
