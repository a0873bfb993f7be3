//! Every link and embedded resource of a page, resolved the way a browser
//! resolves it.
//!
//! Link checkers that only read `a[href]` miss the broken images, frames and
//! attachments inspectors count, so every element that makes the browser
//! fetch something is read. Resolution follows the URL standard: the path of
//! a link written with raw Chinese characters is percent-encoded as UTF-8,
//! but its query is encoded in the page's own encoding (GBK on most county
//! sites). Getting this wrong is the classic source of false 404s.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

use scraper::Html;
use scraper::node::{Element as HtmlElement, Node};
use url::Url;

use super::{FoundLink, PageInput};
use crate::facts::crawl::Element;
use crate::facts::html::attr::Attr;

/// Resolves the URLs written on one page the way a browser does.
pub struct Resolver<'a> {
    base: Url,
    encoding: &'static encoding_rs::Encoding,
    normalizer: &'a crate::url_norm::Normalizer,
    /// Answers already given: a page's links are read by several
    /// extractors (the link list, its lists, its messages, its accounts),
    /// and a lookup is far cheaper than parsing a URL again.
    resolved: RefCell<HashMap<String, Option<Url>>>,
}

impl<'a> Resolver<'a> {
    pub fn new(doc: &Html, input: &PageInput<'a>) -> Self {
        Resolver {
            base: base_url(doc, input).unwrap_or_else(|| input.url.clone()),
            encoding: input.encoding.output_encoding(),
            normalizer: input.normalizer,
            resolved: RefCell::default(),
        }
    }

    /// The absolute, normalised http(s) URL `raw` points to, if it is a
    /// request at all (not `mailto:`, `javascript:`, an in-page anchor).
    pub fn resolve(&self, raw: &str) -> Option<Url> {
        let raw = usable(raw)?;
        if let Some(known) = self.resolved.borrow().get(raw) {
            return known.clone();
        }
        let url = self.resolve_anew(raw);
        self.resolved.borrow_mut().insert(raw.to_owned(), url.clone());
        url
    }

    fn resolve_anew(&self, raw: &str) -> Option<Url> {
        let encoding = self.encoding;
        let encode: &dyn Fn(&str) -> Cow<'_, [u8]> = &|s| encoding.encode(s).0;
        let mut url =
            Url::options().base_url(Some(&self.base)).encoding_override(Some(encode)).parse(raw).ok()?;
        if !matches!(url.scheme(), "http" | "https") {
            return None;
        }
        self.normalizer.normalize(&mut url);
        Some(url)
    }
}

/// Collects the page's links in document order, one per distinct target.
pub fn collect(doc: &Html, resolver: &Resolver<'_>) -> Vec<FoundLink> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for node in doc.tree.nodes() {
        let Node::Element(el) = node.value() else { continue };
        for (element, raw) in raw_links(el) {
            let Some(url) = resolver.resolve(raw) else { continue };
            if seen.insert(url.as_str().to_owned()) {
                let label = (element == Element::A).then(|| label(node)).flatten();
                out.push(FoundLink { url, element, label });
            }
        }
    }
    out
}

/// Words that say "more" rather than name what a link leads to.
const GENERIC_LABELS: &[&str] =
    &["更多", "more", "查看更多", "更多>>", ">>", "详细", "详情", "点击查看", "进入"];

/// The short text of a link, as navigation menus name columns
/// (`政策文件`), kept to name the page it leads to.
fn label(node: ego_tree::NodeRef<'_, Node>) -> Option<String> {
    let el = scraper::ElementRef::wrap(node)?;
    let mut text = super::text_of(el);
    if text.trim().is_empty() {
        // An image link (a 县长信箱 banner) is named by its image's alt
        // text, or by the link's title, as a screen reader names it.
        let image_alt = el
            .descendants()
            .filter_map(scraper::ElementRef::wrap)
            .find(|e| e.value().name() == "img")
            .and_then(|img| img.value().attr_of("alt"));
        text = image_alt.or_else(|| el.value().attr_of("title")).unwrap_or_default().to_owned();
    }
    let text = text.trim_matches(|c: char| c.is_whitespace() || "·•>»›【】[]".contains(c));
    let chars = text.chars().count();
    let generic = GENERIC_LABELS.iter().any(|g| text.eq_ignore_ascii_case(g));
    ((2..=16).contains(&chars) && !generic).then(|| text.to_owned())
}

/// The document's base URL: the first `<base href>`, resolved against the
/// page URL, as browsers do.
fn base_url(doc: &Html, input: &PageInput<'_>) -> Option<Url> {
    let href = doc.tree.nodes().find_map(|n| match n.value() {
        Node::Element(e) if e.name() == "base" => e.attr_of("href"),
        _ => None,
    })?;
    input.url.join(href.trim()).ok()
}

/// Skips values that are not requests: empty, in-page anchors.
fn usable(raw: &str) -> Option<&str> {
    let raw = raw.trim();
    (!raw.is_empty() && !raw.starts_with('#')).then_some(raw)
}

/// The URLs an element makes the browser fetch or navigate to.
fn raw_links(el: &HtmlElement) -> Vec<(Element, &str)> {
    let attr = |name| el.attr_of(name);
    let one = |element, name| attr(name).map(|v| (element, v)).into_iter().collect();
    match el.name() {
        "a" => one(Element::A, "href"),
        "area" => one(Element::Area, "href"),
        "link" => match attr("rel").map(str::to_ascii_lowercase) {
            // These name an origin to warm up, not a resource.
            Some(rel) if rel.contains("dns-prefetch") || rel.contains("preconnect") => Vec::new(),
            _ => one(Element::Link, "href"),
        },
        "img" => with_srcset(el, Element::Img),
        "source" => with_srcset(el, Element::Source),
        "script" => one(Element::Script, "src"),
        "iframe" => one(Element::Iframe, "src"),
        "frame" => one(Element::Frame, "src"),
        "embed" => one(Element::Embed, "src"),
        "object" => one(Element::Object, "data"),
        "video" => [attr("src"), attr("poster")].into_iter().flatten().map(|v| (Element::Video, v)).collect(),
        "audio" => one(Element::Audio, "src"),
        "track" => one(Element::Track, "src"),
        "input" if attr("type").is_some_and(|t| t.eq_ignore_ascii_case("image")) => {
            one(Element::Input, "src")
        }
        "meta" => refresh_target(el).map(|v| (Element::Meta, v)).into_iter().collect(),
        "body" | "table" | "td" | "th" => one(Element::Background, "background"),
        _ => Vec::new(),
    }
}

fn with_srcset(el: &HtmlElement, element: Element) -> Vec<(Element, &str)> {
    let mut out: Vec<_> = el.attr_of("src").map(|v| (element, v)).into_iter().collect();
    if let Some(srcset) = el.attr_of("srcset") {
        out.extend(srcset_urls(srcset).into_iter().map(|v| (element, v)));
    }
    out
}

/// The URLs of a `srcset` value (`a.jpg 1x, b.jpg 2x`), following the
/// HTML standard's parsing: a URL runs to the next whitespace, and a URL
/// that ends in commas has no descriptors.
pub fn srcset_urls(srcset: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = srcset;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == ',');
        if rest.is_empty() {
            return out;
        }
        let end = rest.find(|c: char| c.is_ascii_whitespace()).unwrap_or(rest.len());
        let (url, after) = rest.split_at(end);
        let trimmed = url.trim_end_matches(',');
        if !trimmed.is_empty() {
            out.push(trimmed);
        }
        rest = if trimmed.len() < url.len() {
            after
        } else {
            // Skip the descriptors up to the next comma outside parentheses.
            let mut depth = 0i32;
            let cut = after
                .char_indices()
                .find(|&(_, c)| {
                    match c {
                        '(' => depth += 1,
                        ')' => depth -= 1,
                        ',' if depth <= 0 => return true,
                        _ => {}
                    }
                    false
                })
                .map_or(after.len(), |(i, _)| i);
            &after[cut..]
        };
    }
}

/// The target of `<meta http-equiv="refresh" content="5; url=…">`.
fn refresh_target(el: &HtmlElement) -> Option<&str> {
    if !el.attr_of("http-equiv")?.trim().eq_ignore_ascii_case("refresh") {
        return None;
    }
    let content = el.attr_of("content")?;
    let after_delay = content.split_once([';', ','])?.1.trim_start();
    let value = match after_delay.get(..4) {
        Some(prefix) if prefix.eq_ignore_ascii_case("url=") => &after_delay[4..],
        _ => after_delay,
    };
    let value = value.trim().trim_matches(|c| c == '\'' || c == '"').trim();
    (!value.is_empty()).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::html::{read_page, with_test_input};

    fn links_of(
        html: &str,
        page: &str,
        encoding: &'static encoding_rs::Encoding,
    ) -> Vec<(String, &'static str)> {
        with_test_input(html, page, encoding, read_page)
            .links
            .into_iter()
            .map(|l| (l.url.to_string(), l.element.as_str()))
            .collect()
    }

    #[test]
    fn finds_every_kind_of_link_once() {
        let html = r##"<html><head>
            <link rel="stylesheet" href="/css/main.css"><link rel="dns-prefetch" href="//cdn.example.com">
            <meta http-equiv="Refresh" content="30; URL='/xxgk/'">
            <script src="js/app.js"></script></head>
            <body background="img/bg.gif">
            <a href="a.html#part">A</a> <a href="a.html">A again</a>
            <a href="mailto:x@y.cn">m</a><a href="javascript:void(0)">j</a><a href="#top">t</a><a href="">e</a>
            <a href="tel:123">t</a>
            <img src="/images/logo.png" srcset="/images/logo@2x.png 2x, /images/logo@3x.png 3x">
            <picture><source srcset="/p.webp"></picture>
            <iframe src="https://other.example.com/frame.html"></iframe>
            <map><area href="/map/1.html"></map>
            <embed src="/media/v.swf"><object data="/media/o.pdf"></object>
            <video src="/v.mp4" poster="/v.jpg"><track src="/v.vtt"></video><audio src="/a.mp3"></audio>
            <input type="image" src="/btn.gif"><input type="text" src="/ignored.gif">
            <table><tr><td background="/td.gif"></td></tr></table>
            <frameset><frame src="/left.html"></frameset>
            </body></html>"##;
        let got = links_of(html, "http://h.gov.cn/xxgk/index.html", encoding_rs::UTF_8);
        let want = [
            ("http://h.gov.cn/css/main.css", "link"),
            ("http://h.gov.cn/xxgk/", "meta"),
            ("http://h.gov.cn/xxgk/js/app.js", "script"),
            ("http://h.gov.cn/xxgk/img/bg.gif", "background"),
            ("http://h.gov.cn/xxgk/a.html", "a"),
            ("http://h.gov.cn/images/logo.png", "img"),
            ("http://h.gov.cn/images/logo@2x.png", "img"),
            ("http://h.gov.cn/images/logo@3x.png", "img"),
            ("http://h.gov.cn/p.webp", "source"),
            ("https://other.example.com/frame.html", "iframe"),
            ("http://h.gov.cn/map/1.html", "area"),
            ("http://h.gov.cn/media/v.swf", "embed"),
            ("http://h.gov.cn/media/o.pdf", "object"),
            ("http://h.gov.cn/v.mp4", "video"),
            ("http://h.gov.cn/v.jpg", "video"),
            ("http://h.gov.cn/v.vtt", "track"),
            ("http://h.gov.cn/a.mp3", "audio"),
            ("http://h.gov.cn/btn.gif", "input"),
            ("http://h.gov.cn/td.gif", "background"),
        ];
        let want: Vec<_> = want.iter().map(|(u, e)| (u.to_string(), *e)).collect();
        // html5ever drops the <frameset> inside a <body> the way browsers do.
        assert_eq!(got, want);
    }

    #[test]
    fn honours_base_href() {
        let html = r#"<head><base href="/root/sub/"></head><a href="x.html">x</a>"#;
        let got = links_of(html, "http://h/a/b.html", encoding_rs::UTF_8);
        assert_eq!(got, vec![("http://h/root/sub/x.html".to_string(), "a")]);
    }

    #[test]
    fn chinese_links_resolve_like_a_browser_on_a_gbk_page() {
        let html = r#"<a href="/附件/通知.pdf?name=政府">x</a>"#;
        let got = links_of(html, "http://h/", encoding_rs::GBK);
        // Path as UTF-8, query as GBK (政府 = D5FE B8AE).
        assert_eq!(got[0].0, "http://h/%E9%99%84%E4%BB%B6/%E9%80%9A%E7%9F%A5.pdf?name=%D5%FE%B8%AE");
        let utf8 = links_of(html, "http://h/", encoding_rs::UTF_8);
        assert!(utf8[0].0.ends_with("?name=%E6%94%BF%E5%BA%9C"), "{}", utf8[0].0);
    }

    #[test]
    fn frameset_pages_keep_their_frames() {
        let html = r#"<html><frameset cols="20%,*"><frame src="left.html"><frame src="main.html"></frameset></html>"#;
        let got = links_of(html, "http://h/", encoding_rs::UTF_8);
        assert_eq!(got, vec![("http://h/left.html".into(), "frame"), ("http://h/main.html".into(), "frame")]);
    }

    #[test]
    fn an_image_link_is_named_by_its_alt_text_or_title() {
        let html = r#"<a href="/xzxx/"><img src="/b.jpg" alt="县长信箱"></a><a href="/hd/" title="网上咨询"><img src="/c.jpg"></a>
            <a href="/x/"><img src="/d.jpg"></a><a href="/m/">更多</a>"#;
        let labels: Vec<Option<String>> = with_test_input(html, "http://h/", encoding_rs::UTF_8, read_page)
            .links
            .into_iter()
            .filter(|l| l.element == Element::A)
            .map(|l| l.label)
            .collect();
        assert_eq!(labels, [Some("县长信箱".into()), Some("网上咨询".into()), None, None]);
    }

    #[test]
    fn parses_srcset_per_the_standard() {
        assert_eq!(srcset_urls("a.jpg 1x, b.jpg 2x"), vec!["a.jpg", "b.jpg"]);
        assert_eq!(srcset_urls("a.jpg, b.jpg"), vec!["a.jpg", "b.jpg"]);
        assert_eq!(srcset_urls(" a.jpg 100w (x, y), b.jpg"), vec!["a.jpg", "b.jpg"]);
        assert_eq!(srcset_urls(""), Vec::<&str>::new());
    }
}
