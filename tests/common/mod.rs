//! Shared test harness: fixture sites from `tests/sites/` served on
//! 127.0.0.1 by the `demo` crate's static server, and the real binary run
//! against them.
//!
//! Fixture files are kept in UTF-8 so they can be edited; a file named
//! `x.gbk.html` or `x.big5.html` is served at `x.html`, encoded in that
//! charset, with no charset in the HTTP header (as county servers do).
//! `{{EXT}}` and `{{CLOSED}}` in a file become the base URL of the
//! "external" test server and of a port nothing listens on.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use std::time::Duration;

use demo::serve::{Fault, Resource, Site};
use serde_json::Value;

/// Values substituted into fixture files.
pub struct Vars {
    pub ext: String,
    pub closed: String,
}

/// Loads every file under `tests/sites/<name>/` as a route.
pub fn load_site(name: &str, vars: &Vars) -> Site {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sites").join(name);
    let mut site = Site::default();
    for path in files_under(&root) {
        let rel = path.strip_prefix(&root).expect("under root").to_string_lossy().replace('\\', "/");
        let bytes = std::fs::read(&path).expect("fixture readable");
        let (route, resource) = resource_for(&rel, bytes, vars);
        site.insert(&route, resource);
    }
    site
}

fn resource_for(rel: &str, bytes: Vec<u8>, vars: &Vars) -> (String, Resource) {
    let substitute = |text: &str| text.replace("{{EXT}}", &vars.ext).replace("{{CLOSED}}", &vars.closed);
    for (suffix, encoding) in [(".gbk.html", encoding_rs::GBK), (".big5.html", encoding_rs::BIG5)] {
        if let Some(stem) = rel.strip_suffix(suffix) {
            let text = substitute(&String::from_utf8(bytes).expect("fixtures are UTF-8"));
            return (format!("/{stem}.html"), Resource::html_encoded(&text, encoding));
        }
    }
    let ext = rel.rsplit('.').next().unwrap_or_default();
    let resource = match ext {
        "html" => Resource::html(substitute(&String::from_utf8(bytes).expect("fixtures are UTF-8"))),
        "txt" => Resource::new(200, "text/plain", bytes),
        "pdf" => Resource::new(200, "application/pdf", bytes),
        "png" => Resource::new(200, "image/png", bytes),
        "js" => Resource::new(200, "application/javascript", bytes),
        "css" => Resource::new(200, "text/css", bytes),
        _ => Resource::new(200, "application/octet-stream", bytes),
    };
    (format!("/{rel}"), resource)
}

pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("fixture dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files_under(&path));
        } else {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// A home page linking `/p0.html` … `/p{n-1}.html`, each answered after `delay`.
pub fn linked_pages(n: usize, delay: Duration) -> Site {
    let mut site = Site::default();
    let links: String = (0..n).map(|i| format!("<a href=\"/p{i}.html\">{i}</a>")).collect();
    site.insert("/", Resource::html(links));
    for i in 0..n {
        site.insert(&format!("/p{i}.html"), Resource::html("<p>x</p>").with_fault(Fault::Delay(delay)));
    }
    site
}

/// Runs the govaudit binary with `args`; blocking, so call it from
/// `spawn_blocking` when the test's own servers run on the same runtime.
pub fn govaudit(args: &[&str]) -> Output {
    // Each run gets a history database of its own, so tests never write
    // ./govaudit.db into the repository nor share one by accident; a test
    // about history passes --db.
    static RUNS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = RUNS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let db = std::env::temp_dir().join(format!("govaudit-test-{}-{n}.db", std::process::id()));
    let output = Command::new(env!("CARGO_BIN_EXE_govaudit"))
        .args(args)
        .env_remove("RUST_LOG")
        .env_remove("GOVAUDIT_LANG")
        .env("GOVAUDIT_DB", &db)
        .output()
        .expect("govaudit runs");
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
    }
    output
}

pub async fn govaudit_async(args: Vec<String>) -> Output {
    tokio::task::spawn_blocking(move || {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        govaudit(&args)
    })
    .await
    .expect("govaudit task")
}

/// Audits `url` with the binary (`-q`, a scratch output folder, `extra`
/// flags), asserts it succeeded and returns its `report.json`.
pub async fn audit(url: &str, extra: &[&str]) -> Value {
    let out = tempfile::tempdir().expect("scratch folder");
    let mut args: Vec<String> =
        ["audit", url, "--out", &out.path().to_string_lossy(), "-q"].iter().map(|s| s.to_string()).collect();
    args.extend(extra.iter().map(|s| s.to_string()));
    let output = govaudit_async(args).await;
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    read_report(out.path())
}

/// The one `report.json` under `out` (there is one site per run here).
/// The report under `out`, checked against the committed schema: every
/// report a binary test reads is held to the contract.
pub fn read_report(out: &Path) -> Value {
    let path =
        find_file(out, "report.json").unwrap_or_else(|| panic!("no report.json under {}", out.display()));
    let report =
        serde_json::from_slice(&std::fs::read(&path).expect("report readable")).expect("report is JSON");
    assert_valid_report(&report, &path);
    report
}

/// Panics with every violation when `report` does not validate against
/// `docs/report-json.schema.json`.
pub fn assert_valid_report(report: &Value, path: &Path) {
    static VALIDATOR: OnceLock<jsonschema::Validator> = OnceLock::new();
    let validator = VALIDATOR.get_or_init(|| {
        let schema = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/report-json.schema.json");
        let schema = serde_json::from_slice(&std::fs::read(&schema).expect("schema readable"))
            .expect("schema is JSON");
        jsonschema::validator_for(&schema).expect("the committed schema is a valid JSON Schema")
    });
    let errors: Vec<String> =
        validator.iter_errors(report).map(|e| format!("{}: {e}", e.instance_path())).collect();
    assert!(
        errors.is_empty(),
        "{} does not follow docs/report-json.schema.json:\n{}",
        path.display(),
        errors.join("\n")
    );
}

pub fn find_file(dir: &Path, name: &str) -> Option<PathBuf> {
    files_under(dir).into_iter().find(|p| p.file_name().is_some_and(|n| n == name))
}

/// `(page, target, status or error)` of every finding of `check`, with the
/// server's base URL cut from both URLs so expectations read like paths.
pub fn findings(report: &Value, check: &str, base: &str) -> Vec<(String, String, String)> {
    let strip =
        |v: &Value| v.as_str().map(|s| s.strip_prefix(base).unwrap_or(s).to_owned()).unwrap_or_default();
    let mut out: Vec<_> = report["sites"][0]["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["check"] == check)
        .map(|f| {
            let why = match (&f["status"], &f["error"]) {
                (Value::Number(n), Value::Null) => n.to_string(),
                (_, Value::String(e)) => e.clone(),
                _ => String::new(),
            };
            (strip(&f["page"]), strip(&f["target"]), why)
        })
        .collect();
    out.sort();
    out
}
