//! The layers of the `checks` crate, checked: imports only go down.
//!
//! Every `.rs` file under `checks/src` belongs to a layer by its folder
//! (see [`layer_of_file`]), and every `crate::…` or `super::…` path in its
//! code names a module of some layer ([`layer_of_path`]). A file may use
//! its own layer and the ones below; a path to a higher layer fails the
//! test, naming the file and the path. Test code (`#[cfg(test)]` items) is
//! left out: a unit test may drive the whole pipeline to prove one rule.
//! Comments are left out too: a doc may point up to the code that calls it.
//!
//! The scan reads paths as text, not as the compiler resolves them: `use`
//! aliases and `pub use` re-exports are followed no further than the path
//! written, so a re-export below must itself point down (which it does,
//! being code of its own layer).

use std::fmt;
use std::path::Path;

/// The layers, bottom to top.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Layer {
    /// Utilities every layer uses: the language, bounded text, URLs.
    Base,
    /// What a page or an answer says; knows no check.
    Facts,
    /// The joins several checks share, built once from the facts.
    Model,
    /// One file per check id, and `check.rs` (what a check is and returns).
    Check,
    /// The one table of every check, and the runners over it.
    Registry,
    /// Audit, scoring, reports' data: may use anything.
    Pipeline,
}

impl fmt::Display for Layer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

/// Top-level modules that are not check areas.
const BASE: &[&str] = &["lang", "bounded", "url_norm"];
const PIPELINE: &[&str] =
    &["audit", "assemble", "inspect", "scorecard", "score", "report_bounds", "freshness"];
/// What `lib.rs` re-exports at the root, and from where.
const ROOT_REEXPORTS: &[(&str, Layer)] = &[
    ("Lang", Layer::Base),
    ("Audit", Layer::Pipeline),
    ("Finding", Layer::Pipeline),
    ("Severity", Layer::Pipeline),
    ("SiteAudit", Layer::Pipeline),
    ("Stats", Layer::Pipeline),
];

/// The layer of the top-level module `name` (its first path segment).
fn layer_of_module(name: &str) -> Layer {
    if let Some((_, layer)) = ROOT_REEXPORTS.iter().find(|(n, _)| *n == name) {
        return *layer;
    }
    match name {
        "facts" => Layer::Facts,
        "model" => Layer::Model,
        "registry" => Layer::Registry,
        n if BASE.contains(&n) => Layer::Base,
        n if PIPELINE.contains(&n) => Layer::Pipeline,
        _ => Layer::Check,
    }
}

/// The module path of a file (`a11y/images/image_alt.rs` →
/// `["a11y", "images", "image_alt"]`, `facts/mod.rs` → `["facts"]`).
fn module_of_file(rel: &str) -> Vec<String> {
    let rel = rel.trim_end_matches(".rs");
    let mut parts: Vec<String> = rel.split('/').map(str::to_owned).collect();
    if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
        parts.pop();
    }
    parts
}

/// The layer of a file, `None` for the crate root (which declares them all).
fn layer_of_file(rel: &str) -> Option<Layer> {
    module_of_file(rel).first().map(|top| layer_of_module(top))
}

/// The layer a path written in module `module` names: `crate::x::…` by
/// `x`; `super::…` climbed from `module`; `None` for anything else (other
/// crates, `self::`, a name in scope).
fn layer_of_path(module: &[String], path: &str) -> Option<Layer> {
    let mut segments: Vec<&str> = path.split("::").map(str::trim).collect();
    let mut base: Vec<String> = match segments.first() {
        Some(&"crate") => {
            segments.remove(0);
            Vec::new()
        }
        Some(&"super") => {
            let mut base = module.to_vec();
            while segments.first() == Some(&"super") {
                segments.remove(0);
                base.pop();
            }
            base
        }
        _ => return None,
    };
    base.extend(segments.iter().map(|s| (*s).to_owned()));
    let top = base.first()?;
    // `crate::{a, b}`: the caller splits groups, so a brace here is empty.
    (!top.is_empty() && top != "{").then(|| layer_of_module(top))
}

/// The source without comments, string and char literals (replaced by
/// spaces, so braces in them do not count), and without the items under
/// `#[cfg(test)]`.
fn code_of(source: &str) -> String {
    let plain = strip_literals_and_comments(source);
    strip_test_items(&plain)
}

fn strip_literals_and_comments(source: &str) -> String {
    let chars: Vec<char> = source.chars().collect();
    let mut out = String::with_capacity(source.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            i += 2;
            while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                i += 1;
            }
            i += 2;
        } else if c == 'r' && (next == Some('"') || next == Some('#')) && !ident_before(&chars, i) {
            // A raw string: r"…", r#"…"#.
            let mut j = i + 1;
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            j += 1;
            loop {
                match chars.get(j) {
                    None => break,
                    Some('"') if (1..=hashes).all(|k| chars.get(j + k) == Some(&'#')) => {
                        j += 1 + hashes;
                        break;
                    }
                    _ => j += 1,
                }
            }
            out.push(' ');
            i = j;
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            out.push(' ');
        } else if c == '\'' && is_char_literal(&chars, i) {
            i += 1;
            while i < chars.len() && chars[i] != '\'' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            out.push(' ');
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn ident_before(chars: &[char], i: usize) -> bool {
    i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_')
}

/// `'x'` or `'\n'`, not a lifetime `'a`.
fn is_char_literal(chars: &[char], i: usize) -> bool {
    match chars.get(i + 1) {
        Some('\\') => true,
        Some(_) => chars.get(i + 2) == Some(&'\''),
        None => false,
    }
}

/// Drops each item that follows `#[cfg(test)]`: up to its `;` or to the
/// brace that closes its body.
fn strip_test_items(code: &str) -> String {
    const MARK: &str = "#[cfg(test)]";
    let mut out = String::with_capacity(code.len());
    let mut rest = code;
    while let Some(at) = rest.find(MARK) {
        out.push_str(&rest[..at]);
        let after = &rest[at + MARK.len()..];
        let mut depth = 0usize;
        let mut end = after.len();
        for (k, ch) in after.char_indices() {
            match ch {
                '{' => depth += 1,
                '}' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        end = k + 1;
                        break;
                    }
                }
                ';' if depth == 0 => {
                    end = k + 1;
                    break;
                }
                _ => {}
            }
        }
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

/// Every `crate::…` and `super::…` path in `code`, groups expanded one
/// level (`crate::{facts, model::x}` gives `crate::facts` and `crate::model::x`).
fn paths_in(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let bytes = code.as_bytes();
    for start in ["crate::", "super::"] {
        let mut from = 0;
        while let Some(at) = code[from..].find(start).map(|k| k + from) {
            from = at + start.len();
            if at > 0
                && (bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_' || bytes[at - 1] == b':')
            {
                continue;
            }
            let tail: String =
                code[at..].chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':').collect();
            let tail = tail.trim_end_matches(':').to_owned();
            let after = &code[at + tail.len()..];
            if let Some(group) = after.trim_start_matches(':').strip_prefix('{') {
                let group = &group[..group.find('}').unwrap_or(group.len())];
                for item in group.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                    out.push(format!("{tail}::{item}"));
                }
            } else {
                out.push(tail);
            }
        }
    }
    out
}

/// The upward imports of one file, as `file: path (layer → layer)`.
fn violations(rel: &str, source: &str) -> Vec<String> {
    let Some(own) = layer_of_file(rel) else { return Vec::new() };
    let module = module_of_file(rel);
    let mut out: Vec<String> = paths_in(&code_of(source))
        .into_iter()
        .filter_map(|path| {
            let to = layer_of_path(&module, &path)?;
            (to > own).then(|| format!("checks/src/{rel}: {path} ({own} imports {to})"))
        })
        .collect();
    out.dedup();
    out
}

fn rust_files(dir: &Path, root: &Path, out: &mut Vec<String>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).expect("readable source folder").flatten().collect();
    entries.sort_by_key(|e| e.path());
    for entry in entries {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, root, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let rel = path.strip_prefix(root).expect("under the root").to_string_lossy().replace('\\', "/");
            out.push(rel);
        }
    }
}

#[test]
fn imports_only_go_down() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root, &root, &mut files);
    assert!(files.len() > 100, "found only {} files under {}", files.len(), root.display());
    let found: Vec<String> = files
        .iter()
        .flat_map(|rel| {
            let source = std::fs::read_to_string(root.join(rel)).expect("readable source file");
            violations(rel, &source)
        })
        .collect();
    assert!(found.is_empty(), "imports that go up a layer:\n{}", found.join("\n"));
}

#[test]
fn files_are_placed_in_their_layer() {
    assert_eq!(layer_of_file("lib.rs"), None);
    assert_eq!(layer_of_file("lang.rs"), Some(Layer::Base));
    assert_eq!(layer_of_file("facts/html/list.rs"), Some(Layer::Facts));
    assert_eq!(layer_of_file("model/mod.rs"), Some(Layer::Model));
    assert_eq!(layer_of_file("a11y/images/image_alt.rs"), Some(Layer::Check));
    assert_eq!(layer_of_file("check.rs"), Some(Layer::Check));
    assert_eq!(layer_of_file("registry.rs"), Some(Layer::Registry));
    assert_eq!(layer_of_file("score/rubric.rs"), Some(Layer::Pipeline));
}

#[test]
fn an_upward_import_is_caught() {
    let upward = "use crate::registry::CheckInfo;\nfn f() {}\n";
    assert_eq!(
        violations("facts/html/list.rs", upward),
        ["checks/src/facts/html/list.rs: crate::registry::CheckInfo (Facts imports Registry)"]
    );
    // In a group, by a qualified path in code, and by `super::` climbing
    // out of the facts into a check area.
    let grouped = "use crate::{lang, facts::dates, column::stale};";
    assert_eq!(violations("model/policy.rs", grouped).len(), 1);
    let inline = "fn f() { let x = crate::model::column::discover(); }";
    assert_eq!(violations("facts/crawl.rs", inline).len(), 1);
    let climbing = "use super::super::super::content::pii;";
    assert_eq!(violations("facts/html/scripted/mod.rs", climbing).len(), 1);
    assert_eq!(violations("a11y/images/mod.rs", "use super::super::names::label;").len(), 0);
}

#[test]
fn downward_imports_tests_and_comments_pass() {
    let fine = r##"
//! Uses [`crate::registry::analyze`] (a doc link, not an import).
use crate::facts::dates::Written;
use crate::lang::Lang;
use super::attr::Attr;
const S: &str = "crate::registry::CHECKS";
const R: &str = r#"crate::model::site"#;
fn brace() -> char { '{' }
#[cfg(test)]
mod tests {
    use crate::registry::analyze;
    fn f() { let s = "}"; }
}
fn after() { crate::facts::text::mask_numbers(""); }
"##;
    assert_eq!(violations("facts/html/list.rs", fine), Vec::<String>::new());
    // What follows a test item is still read.
    let after = "#[cfg(test)]\nmod tests { }\nuse crate::registry::CHECKS;";
    assert_eq!(violations("model/site.rs", after).len(), 1);
}
