//! `page.charset-mismatch`: a page whose `<meta>` charset is not the
//! encoding of its bytes, served without a charset in the HTTP header.
//!
//! A browser believes the declaration and shows every visitor mojibake.
//! The crawler reads such a page the way that decodes cleanly, so the other
//! checks see its real text, and reports the wrong declaration here. The
//! bytes are gone once the page is parsed, so the crawler decides while
//! decoding ([`judge`]) and hands the finding over as a page issue
//! ([`issue`]); this check's page run has nothing left to look at.
//!
//! The rule, from the evidence a body gives: bytes that are valid UTF-8
//! with enough multi-byte characters are UTF-8 whatever the page declares
//! (GBK text practically never is valid UTF-8); bytes declared UTF-8 that
//! are not valid UTF-8 are GBK (or GB18030) when they decode as such
//! without a single error. Anything less clear-cut is left to the
//! declaration. A charset in the HTTP header or a byte-order mark
//! overrides the `<meta>` in browsers, so the check is silent then.

use encoding_rs::{Encoding, GB18030, GBK, UTF_8};

use crate::Lang;
use crate::check::{CheckInfo, Severity};
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "page.charset-mismatch",
    severity: Severity::Deduction,
    title_zh: "页面声明的字符编码与实际编码不符",
    title_en: "The page declares the wrong character encoding",
    docs_zh: "\
检查内容：服务器的 HTTP 响应头没有给出字符编码，页面用 <meta charset> 或 <meta http-equiv> \
声明了一种编码，而正文字节实际是另一种编码：声明 gb2312/GBK 而正文是 UTF-8，或声明 UTF-8 而正文是 GBK。\
govaudit 按能正确解码的编码读取页面，以便其他检查看到真实内容，并在此报告该页面、声明的编码和实际编码。

为何重要：浏览器按声明的编码显示页面，所有访问者看到的都是乱码，页面内容等于没有公开；\
常见于模板改版、迁移 CMS 或复制其他网站页面之后。

如何修复：让声明与文件一致：把 <meta charset> 改为正文实际的编码（推荐统一为 UTF-8 并转换文件），\
或在服务器的 Content-Type 响应头中给出正确的 charset。

参考：国办秘函〔2019〕19号“功能设计—可用性”；《政府网站发展指引》（国办发〔2017〕47号）；\
HTML 标准“确定字符编码”。",
    docs_en: "\
What it checks: the server's HTTP header gives no charset, the page declares one in <meta charset> or \
<meta http-equiv>, and its bytes are in another: gb2312/GBK declared over UTF-8 bytes, or UTF-8 declared \
over GBK bytes. govaudit reads the page in the encoding that decodes it cleanly, so the other checks \
see its real text, and reports the page here with both encodings.

Why it matters: browsers follow the declaration, so every visitor sees garbled text and the content \
is as good as unpublished; it usually follows a template redesign, a CMS migration or a page copied \
from another site.

How to fix: make the declaration match the file: set <meta charset> to the bytes' real encoding \
(preferably convert to UTF-8 throughout), or send the right charset in the server's Content-Type header.

References: 国办秘函〔2019〕19号, 功能设计—可用性; 国办发〔2017〕47号; the HTML standard, \
determining the character encoding.",
    standard: None,
};

/// What a page declares and what its bytes are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mismatch {
    pub declared: &'static Encoding,
    pub actual: &'static Encoding,
}

/// How far into the body a `<meta>` declaration is looked for. Browsers
/// look at 1024 bytes; county templates often put a long comment block
/// first, so a little further, which cannot change a page browsers read.
const PRESCAN_BYTES: usize = 4096;

/// Below this many bytes outside ASCII, valid UTF-8 is no proof: a few GBK
/// characters can happen to form valid UTF-8 (12 bytes: four Chinese
/// characters in UTF-8, six in GBK).
const MIN_EVIDENCE_BYTES: usize = 12;

/// The wrong declaration of `body`, if it has one: `header` is the charset
/// the HTTP header gives (then the `<meta>` does not count, and neither
/// does it after a byte-order mark).
pub fn judge(body: &[u8], header: Option<&'static Encoding>) -> Option<Mismatch> {
    if header.is_some() || Encoding::for_bom(body).is_some() {
        return None;
    }
    let declared = declared_in_meta(body)?;
    let outside_ascii = body.iter().filter(|b| !b.is_ascii()).count();
    if outside_ascii < MIN_EVIDENCE_BYTES {
        return None;
    }
    let valid_utf8 = std::str::from_utf8(body).is_ok();
    let actual = if declared == UTF_8 {
        if valid_utf8 {
            return None;
        }
        [GBK, GB18030]
            .into_iter()
            .find(|e| e.decode_without_bom_handling_and_without_replacement(body).is_some())?
    } else {
        if !valid_utf8 {
            return None;
        }
        UTF_8
    };
    Some(Mismatch { declared, actual })
}

/// The charset a `<meta>` tag near the start declares, as browsers read
/// it: `<meta charset="gbk">` or `content="text/html; charset=gb2312"`,
/// the label mapped the standard's way (gb2312 is GBK; a meta cannot
/// claim UTF-16, which means UTF-8 then; x-user-defined is windows-1252).
pub fn declared_in_meta(body: &[u8]) -> Option<&'static Encoding> {
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

fn html_compatible(encoding: &'static Encoding) -> &'static Encoding {
    if encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE {
        UTF_8
    } else if encoding == encoding_rs::X_USER_DEFINED {
        encoding_rs::WINDOWS_1252
    } else {
        encoding
    }
}

/// The label after `charset=` inside one meta tag.
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

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The page issue the crawler records for a page it decoded against its
/// declaration.
pub fn issue(mismatch: Mismatch, lang: Lang) -> PageIssue {
    let (declared, actual) = (mismatch.declared.name(), mismatch.actual.name());
    let detail = lang.word_with(
        "page-charset-mismatch-detail",
        &[("declared", declared.into()), ("actual", actual.into())],
    );
    let evidence = lang.word_with(
        "page-charset-mismatch-evidence",
        &[("declared", declared.into()), ("actual", actual.into())],
    );
    PageIssue { check: INFO.id, evidence: evidence.into(), ..PageIssue::default() }.with_detail(detail)
}

/// Nothing to look at once the page is text: see the module's docs.
pub fn run(_doc: &PageDoc<'_>) -> Vec<PageIssue> {
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "清溪县人民政府关于做好政务公开工作的通知，各乡镇人民政府、县级各部门。";

    fn page(meta: &str) -> String {
        format!("<html><head>{meta}<title>通知</title></head><body><p>{TEXT}</p></body></html>")
    }

    fn gbk(s: &str) -> Vec<u8> {
        encoding_rs::GBK.encode(s).0.into_owned()
    }

    #[test]
    fn utf8_bytes_declared_gb2312_and_the_reverse() {
        let declared_gbk = page(r#"<meta http-equiv="Content-Type" content="text/html; charset=gb2312">"#);
        assert_eq!(judge(declared_gbk.as_bytes(), None), Some(Mismatch { declared: GBK, actual: UTF_8 }));
        let declared_utf8 = gbk(&page(r#"<meta charset="utf-8">"#));
        assert_eq!(judge(&declared_utf8, None), Some(Mismatch { declared: UTF_8, actual: GBK }));
    }

    #[test]
    fn silent_when_the_declaration_is_right_or_does_not_count() {
        assert_eq!(judge(&gbk(&page(r#"<meta charset="gb2312">"#)), None), None);
        assert_eq!(judge(page(r#"<meta charset="utf-8">"#).as_bytes(), None), None);
        // The header decides in browsers: a right header hides the meta.
        let wrong_meta = page(r#"<meta charset="gbk">"#);
        assert_eq!(judge(wrong_meta.as_bytes(), Some(UTF_8)), None);
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend_from_slice(wrong_meta.as_bytes());
        assert_eq!(judge(&bom, None), None);
        // No declaration, or too little text to tell.
        assert_eq!(judge(page("").as_bytes(), None), None);
        assert_eq!(judge(r#"<meta charset="gbk"><p>Home 首页</p>"#.as_bytes(), None), None);
        // Bytes that are neither: left to the declaration.
        let mut broken = page(r#"<meta charset="utf-8">"#).into_bytes();
        broken.extend_from_slice(&[0xFF; 8]);
        assert_eq!(judge(&broken, None), None);
    }

    #[test]
    fn meta_labels_as_browsers_read_them() {
        assert_eq!(declared_in_meta(br#"<meta charset="utf-16">"#), Some(UTF_8));
        assert_eq!(declared_in_meta(b"<META CHARSET=GB2312>"), Some(GBK));
        assert_eq!(declared_in_meta(b"<meta name=charset>"), None);
        assert_eq!(declared_in_meta(b""), None);
    }
}
