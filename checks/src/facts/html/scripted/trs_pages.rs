//! TRS WCM pagination written by a script.
//!
//! TRS list pages link their older pages (`index_1.html`, `index_2.html`…)
//! only through a call the browser runs:
//!
//! ```text
//! var countPage = 5; var currentPage = 0;
//! createPageHTML(countPage, currentPage, "index", "html");
//! createPageHTML('page_div', 5, 0, 'index', 'shtml', 68);   // container id first, record count last
//! ```
//!
//! Page 0 is `index.html`, page n is `index_n.html`, beside the page. The
//! arguments may be numbers, strings, or variables assigned a number in the
//! page's scripts.

use std::sync::LazyLock;

use regex::Regex;
use url::Url;

use super::MAX_LIST_PAGES;
use crate::facts::html::links::Resolver;

/// `name = 5`, `name = '5'`: a variable assigned a number.
static ASSIGNED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"([A-Za-z_$][\w$]*)\s*=\s*['"]?(\d{1,9})"#).expect("valid regex"));

static CALL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(function\s+)?\bcreatePageHTML\s*\(([^()]*)\)").expect("valid regex"));

/// The pagination pages `scripts` (the page's scripts joined) name, the
/// first page included, up to [`MAX_LIST_PAGES`].
pub fn pages(scripts: &str, resolver: &Resolver<'_>) -> Vec<Url> {
    let mut out: Vec<Url> = Vec::new();
    for caps in CALL.captures_iter(scripts) {
        // `function createPageHTML(_nPageCount, …)` defines it: no call.
        if caps.get(1).is_some() {
            continue;
        }
        let Some(call) = Call::parse(caps.get(2).map_or("", |m| m.as_str()), scripts) else { continue };
        for n in 0..call.count.min(MAX_LIST_PAGES) {
            let name = match n {
                0 => format!("{}.{}", call.prefix, call.suffix),
                n => format!("{}_{n}.{}", call.prefix, call.suffix),
            };
            if let Some(url) = resolver.resolve(&name)
                && !out.contains(&url)
            {
                out.push(url);
            }
        }
    }
    out
}

struct Call {
    count: u32,
    prefix: String,
    suffix: String,
}

enum Arg {
    Number(u32),
    Text(String),
}

impl Call {
    /// Reads `countPage, currentPage, "index", "html"`, with or without a
    /// leading container id and a trailing record count.
    fn parse(args: &str, scripts: &str) -> Option<Call> {
        let args: Vec<Arg> = args.split(',').map(|a| arg(a.trim(), scripts)).collect::<Option<_>>()?;
        // The container-id variant starts with a string.
        let args = match args.first() {
            Some(Arg::Text(_)) if args.len() >= 5 => &args[1..],
            _ => &args[..],
        };
        match args {
            [Arg::Number(count), Arg::Number(_), Arg::Text(prefix), Arg::Text(suffix), ..]
                if is_name(prefix) && is_name(suffix) =>
            {
                Some(Call { count: *count, prefix: prefix.clone(), suffix: suffix.clone() })
            }
            _ => None,
        }
    }
}

/// One argument: a literal, or a variable assigned a number in the scripts.
fn arg(raw: &str, scripts: &str) -> Option<Arg> {
    if let Ok(n) = raw.parse() {
        return Some(Arg::Number(n));
    }
    if let Some(text) = raw
        .strip_prefix('"')
        .and_then(|r| r.strip_suffix('"'))
        .or_else(|| raw.strip_prefix('\'').and_then(|r| r.strip_suffix('\'')))
    {
        return Some(Arg::Text(text.to_owned()));
    }
    if !raw.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$') || raw.is_empty() {
        return None;
    }
    // One shared pattern, not one compiled per name: TRS list pages are
    // the common case, and compiling a regex costs more than the scan.
    let n = ASSIGNED
        .captures_iter(scripts)
        .find(|c| c.get(1).is_some_and(|m| m.as_str() == raw))?
        .get(2)?
        .as_str()
        .parse()
        .ok()?;
    Some(Arg::Number(n))
}

/// A file-name part (`index`, `shtml`), not a path or a URL.
fn is_name(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

#[cfg(test)]
mod tests {
    use scraper::Html;

    use super::*;
    use crate::facts::html::with_test_input;

    fn pages_of(scripts: &str) -> Vec<String> {
        let doc = Html::parse_document("");
        with_test_input("", "http://www.qx.gov.cn/xxgk/tzgg/index.html", encoding_rs::UTF_8, |input| {
            pages(scripts, &Resolver::new(&doc, input))
        })
        .into_iter()
        .map(|u| u.path().to_owned())
        .collect()
    }

    #[test]
    fn variables_and_literals() {
        let got = pages_of(
            "var countPage = 3//共多少页\nvar currentPage = 0;//当前页\ncreatePageHTML(countPage, currentPage, \"index\", \"html\");",
        );
        assert_eq!(got, ["/xxgk/tzgg/index.html", "/xxgk/tzgg/index_1.html", "/xxgk/tzgg/index_2.html"]);
        assert_eq!(
            pages_of("createPageHTML(2, 1, 'index', 'shtml');"),
            ["/xxgk/tzgg/index.shtml", "/xxgk/tzgg/index_1.shtml"]
        );
    }

    #[test]
    fn container_id_and_record_count_variant() {
        let got = pages_of("createPageHTML('page_div', 2, 0, 'index', 'html', 38);");
        assert_eq!(got, ["/xxgk/tzgg/index.html", "/xxgk/tzgg/index_1.html"]);
    }

    #[test]
    fn definitions_and_unknowns_name_no_page() {
        assert!(
            pages_of("function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){}").is_empty()
        );
        assert!(pages_of("createPageHTML(total, 0, 'index', 'html');").is_empty(), "total is never assigned");
        assert!(pages_of("createPageHTML(3, 0, '../../evil', 'html');").is_empty());
        assert!(pages_of("var x = 1;").is_empty());
    }

    #[test]
    fn a_huge_count_is_capped() {
        assert_eq!(pages_of("createPageHTML(999999, 0, 'index', 'html');").len(), MAX_LIST_PAGES as usize);
    }
}
