//! A guard against pathologically deep markup.
//!
//! html5ever looks through the stack of open elements for most tags it
//! meets, so a page nested tens of thousands of levels deep (a broken
//! template that never closes a `<div>`, or a hostile page) costs time in
//! the square of its depth: 20,000 levels take seconds, 100,000 a minute.
//! Browsers cap the depth of the tree they build (Blink at 512 levels);
//! here the page is read up to the point where its nesting passes
//! [`MAX_DEPTH`], and the rest is treated like the rest of an oversize body:
//! not read, and said so (`page.oversize`).
//!
//! The depth is estimated from the tags alone, without a parse: close tags
//! pop one level, void and self-closed elements none, and the elements HTML
//! closes implicitly when a sibling opens (`p`, `li`, `td`, `tr`, `option`…)
//! are not counted, so long lists and tables never look deep.

/// Deeper than any real page (county portals nest 20–60 levels), shallow
/// enough that parsing what is kept stays fast.
pub const MAX_DEPTH: u32 = 1500;

/// Elements without content or closed by their next sibling.
const NOT_NESTING: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
    "wbr", "keygen", "p", "li", "dt", "dd", "td", "th", "tr", "option", "optgroup", "rb", "rt", "rp",
    "thead", "tbody", "tfoot", "colgroup",
];

/// Elements whose content is text, skipped to their end tag.
const RAW_TEXT: &[&str] = &["script", "style", "textarea", "title", "xmp", "noscript"];

/// Where `html` should be cut so that its nesting stays within `max`, or
/// `None` when it does. The cut is at the `<` of the tag that went too deep.
/// It runs on every page, so it looks at bytes and allocates nothing.
pub fn cut_point(html: &str, max: u32) -> Option<usize> {
    let bytes = html.as_bytes();
    // Each level opens with a `<`: a page with no more of them than `max`
    // cannot nest deeper, and most pages have a few hundred. Counting one
    // byte is many times faster than reading the tags.
    if bytes.iter().filter(|b| **b == b'<').count() <= max as usize {
        return None;
    }
    let mut depth: u32 = 0;
    let mut at = 0;
    while let Some(offset) = bytes[at..].iter().position(|b| *b == b'<') {
        let lt = at + offset;
        let rest = &bytes[lt + 1..];
        if rest.starts_with(b"!--") {
            at = find(bytes, lt + 4, b"-->").map_or(bytes.len(), |end| end + 3);
            continue;
        }
        if let Some(after_slash) = rest.strip_prefix(b"/") {
            if after_slash.first().is_some_and(u8::is_ascii_alphabetic) {
                depth = depth.saturating_sub(1);
            }
            at = lt + 1;
            continue;
        }
        if !rest.first().is_some_and(u8::is_ascii_alphabetic) {
            at = lt + 1;
            continue;
        }
        let name_len = rest.iter().take_while(|b| b.is_ascii_alphanumeric()).count();
        let name = &rest[..name_len];
        let is = |list: &[&str]| list.iter().any(|n| n.as_bytes().eq_ignore_ascii_case(name));
        let tag_end = rest.iter().position(|b| *b == b'>').map_or(bytes.len(), |gt| lt + 1 + gt);
        let self_closed = bytes.get(tag_end.wrapping_sub(1)) == Some(&b'/');
        at = tag_end;
        if is(RAW_TEXT) {
            at = end_tag(bytes, at, name).unwrap_or(bytes.len());
            continue;
        }
        if self_closed || is(NOT_NESTING) {
            continue;
        }
        depth += 1;
        if depth > max {
            return Some(lt);
        }
    }
    None
}

fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    bytes.get(from..)?.windows(needle.len()).position(|w| w == needle).map(|p| from + p)
}

/// Where `</name` starts (any case), from `from` on.
fn end_tag(bytes: &[u8], from: usize, name: &[u8]) -> Option<usize> {
    let mut at = from;
    loop {
        let lt = at + bytes.get(at..)?.iter().position(|b| *b == b'<')?;
        let candidate = bytes.get(lt + 1..lt + 2 + name.len())?;
        if candidate[0] == b'/' && candidate[1..].eq_ignore_ascii_case(name) {
            return Some(lt);
        }
        at = lt + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_pages_are_never_cut() {
        let list: String = (0..5000).map(|i| format!("<li><a href=\"/a{i}\">文章</a><p>摘要")).collect();
        let page = format!(
            "<html><head><script>if (a<b) {{ x('<div>'); }}</script><!-- <div><div> --></head>\
             <body><div><ul>{list}</ul><table><tr><td>1<td>2</table><img src=x><br/></div></body></html>"
        );
        assert_eq!(cut_point(&page, 10), None);
    }

    #[test]
    fn runaway_nesting_is_cut_where_it_passes_the_limit() {
        let page = format!("<body>{}x", "<div>".repeat(100));
        let cut = cut_point(&page, 50).unwrap();
        assert_eq!(&page[..cut], format!("<body>{}", "<div>".repeat(49)));
        // At the limit, not past it (few enough tags to be ruled out unread).
        assert_eq!(cut_point(&"<div>".repeat(50), 50), None);
        assert_eq!(cut_point(&"<div>".repeat(51), 50), Some(250));
        // Closed as it goes: never deep.
        assert_eq!(cut_point(&"<div></div>".repeat(10_000), 50), None);
    }
}
