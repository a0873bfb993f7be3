//! Bytes to text, the way a browser picks the encoding.
//!
//! Order, as in the HTML standard: a byte-order mark, then the charset of the
//! HTTP `Content-Type`, then `<meta charset>` / `<meta http-equiv>` in the
//! first bytes, then detection (chardetng, the detector Firefox uses). County
//! sites mostly send GBK with no charset in the header and a
//! `charset=gb2312` meta tag; encoding_rs maps GB2312 to GBK (its superset),
//! as browsers do, so pages with characters outside GB2312 still read.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8};

/// How far into the body the meta prescan looks. Browsers use 1024 bytes;
/// county templates often put a long comment block first, so we look a
/// little further, which cannot change a page that browsers read correctly.
const PRESCAN_BYTES: usize = 4096;

/// Decodes `body` and reports the encoding used.
pub fn decode<'a>(
    body: &'a [u8],
    content_type: Option<&str>,
    host: &str,
) -> (Cow<'a, str>, &'static Encoding) {
    let encoding = Encoding::for_bom(body)
        .map(|(e, _)| e)
        .or_else(|| content_type.and_then(charset_param).and_then(Encoding::for_label))
        .or_else(|| meta_charset(body))
        .unwrap_or_else(|| detect(body, host));
    let (text, _) = encoding.decode_with_bom_removal(body);
    (text, encoding)
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

/// The standard's rule: a meta tag cannot switch to UTF-16 (the page is
/// evidently ASCII-compatible), and x-user-defined means windows-1252.
fn html_compatible(encoding: &'static Encoding) -> &'static Encoding {
    if encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE {
        UTF_8
    } else if encoding == encoding_rs::X_USER_DEFINED {
        encoding_rs::WINDOWS_1252
    } else {
        encoding
    }
}

/// The charset declared by a `<meta>` tag near the start of the document.
fn meta_charset(body: &[u8]) -> Option<&'static Encoding> {
    let head = &body[..body.len().min(PRESCAN_BYTES)];
    let lower = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(pos) = find(&lower[from..], b"<meta") {
        let start = from + pos;
        let end = find(&lower[start..], b">").map_or(lower.len(), |e| start + e);
        if let Some(label) = charset_in_tag(&lower[start..end])
            && let Some(encoding) = Encoding::for_label(label)
        {
            return Some(html_compatible(encoding));
        }
        from = end;
    }
    None
}

/// The label after `charset=` inside one meta tag (covers both
/// `<meta charset="gbk">` and `content="text/html; charset=gb2312"`).
fn charset_in_tag(tag: &[u8]) -> Option<&[u8]> {
    let at = find(tag, b"charset")? + b"charset".len();
    let rest = tag[at..].trim_ascii_start();
    let rest = rest.strip_prefix(b"=")?.trim_ascii_start();
    let rest = rest.strip_prefix(b"\"").or_else(|| rest.strip_prefix(b"'")).unwrap_or(rest);
    let len = rest
        .iter()
        .position(|b| matches!(b, b'"' | b'\'' | b';' | b'/' | b'>') || b.is_ascii_whitespace())
        .unwrap_or(rest.len());
    (len > 0).then_some(&rest[..len])
}

fn detect(body: &[u8], host: &str) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(body, true);
    let tld = host.rsplit('.').next().map(str::as_bytes).filter(|t| t.iter().all(u8::is_ascii_alphabetic));
    detector.guess(tld, chardetng::Utf8Detection::Allow)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
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
    fn meta_cannot_claim_utf16() {
        let (_, name) = roundtrip(page(r#"<meta charset="utf-16">"#).as_bytes(), None);
        assert_eq!(name, "UTF-8");
    }
}
