//! The command line as a user meets it: exit codes, one-line errors that
//! name the problem, the check list and docs, deterministic reports, and
//! Ctrl-C writing what was gathered.

mod common;

use std::net::SocketAddr;
use std::path::Path;
use std::time::Duration;

use common::{govaudit, govaudit_async, read_report};
use demo::serve::{Resource, Server, Site};

fn local() -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], 0))
}

/// Exit code 2, a single line on stderr that contains `needle`, no panic.
fn assert_tool_error(output: &std::process::Output, needle: &str) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "stderr: {stderr}");
    assert!(stderr.contains(needle), "{needle:?} not in {stderr:?}");
    assert_eq!(stderr.trim_end().lines().count(), 1, "one line: {stderr:?}");
    assert!(!stderr.contains("panicked") && !stderr.contains("backtrace"));
}

#[test]
fn bad_urls_exit_2_and_name_the_url() {
    assert_tool_error(&govaudit(&["audit", "ftp://files.example.gov.cn/"]), "ftp://files.example.gov.cn/");
    assert_tool_error(&govaudit(&["audit", "http://"]), "http://");
    assert_tool_error(&govaudit(&["audit"]), "govaudit audit");
}

#[test]
fn config_errors_name_the_key_and_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("site.toml");
    std::fs::write(&path, "[crawl]\nper_hots = 1\n").unwrap();
    let out = govaudit(&["audit", "http://127.0.0.1:9/", "--config", &path.to_string_lossy()]);
    assert_tool_error(&out, "per_hots");
    assert!(String::from_utf8_lossy(&out.stderr).contains("site.toml"));
    let missing = dir.path().join("missing.toml");
    assert_tool_error(&govaudit(&["audit", "h", "--config", &missing.to_string_lossy()]), "missing.toml");
    assert_tool_error(&govaudit(&["audit", "h", "--as-of", "2026-13-40"]), "2026-13-40");
    assert_tool_error(&govaudit(&["audit", "h", "--exclude", "(unclosed"]), "(unclosed");
}

#[test]
fn messages_follow_the_language() {
    let zh = govaudit(&["audit", "ftp://x/"]);
    assert!(String::from_utf8_lossy(&zh.stderr).starts_with("错误："));
    let en = govaudit(&["--lang", "en", "audit", "ftp://x/"]);
    assert!(String::from_utf8_lossy(&en.stderr).starts_with("error: "));
}

#[test]
fn lists_and_explains_checks() {
    let list = govaudit(&["checks"]);
    assert!(list.status.success());
    let list = String::from_utf8_lossy(&list.stdout);
    for id in ["link.dead", "site.unreachable", "page.blocked", "page.oversize"] {
        assert!(list.contains(id), "{id} missing from {list}");
    }
    let explain = govaudit(&["explain", "link.dead"]);
    assert!(explain.status.success());
    assert!(String::from_utf8_lossy(&explain.stdout).contains("国办秘函〔2019〕19号"));
    let english = govaudit(&["--lang", "en", "explain", "link.dead"]);
    assert!(String::from_utf8_lossy(&english.stdout).contains("How to fix"));
    assert_tool_error(&govaudit(&["explain", "link.nope"]), "link.nope");
}

fn small_site() -> Site {
    let mut site = Site::default();
    site.insert(
        "/",
        Resource::html(
            "<title>首页 - 测试县人民政府</title><a href=\"/a.html\">a</a><a href=\"/b.html\">b</a><img src=\"/x.png\">",
        ),
    )
    .insert("/a.html", Resource::html("<a href=\"/gone.html\">gone</a><a href=\"/b.html\">b</a>"))
    .insert("/b.html", Resource::html("<a href=\"/\">home</a><a href=\"/missing.pdf\">pdf</a>"));
    site
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_runs_give_the_same_report() {
    let server = Server::start(small_site(), local()).await.unwrap();
    let mut reports = Vec::new();
    for _ in 0..2 {
        let out = tempfile::tempdir().unwrap();
        let args = vec![
            "audit".into(),
            server.url("/"),
            "--out".into(),
            out.path().to_string_lossy().into(),
            "--as-of".into(),
            "2026-11-26".into(),
            "-q".into(),
        ];
        let output = govaudit_async(args).await;
        assert!(output.status.success());
        let mut report = read_report(out.path());
        for key in ["started_at", "finished_at"] {
            report[key] = serde_json::Value::Null;
        }
        report["sites"][0]["stats"]["duration_ms"] = serde_json::Value::Null;
        let csv = std::fs::read(common::find_file(out.path(), "findings.csv").unwrap()).unwrap();
        assert!(csv.starts_with(b"\xEF\xBB\xBF"), "CSV has a BOM for Excel");
        reports.push((report, csv));
    }
    assert_eq!(reports[0], reports[1]);
    let findings = reports[0].0["sites"][0]["findings"].as_array().unwrap();
    let dead = findings.iter().filter(|f| f["check"] == "link.dead").count();
    assert_eq!(dead, 3, "gone.html, x.png, missing.pdf");
    assert_eq!(reports[0].0["as_of"], "2026-11-26");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unwritable_output_is_a_tool_error() {
    let server = Server::start(small_site(), local()).await.unwrap();
    let file = tempfile::NamedTempFile::new().unwrap();
    let out = format!("{}/sub", file.path().display());
    let output =
        govaudit_async(vec!["audit".into(), server.url("/"), "--out".into(), out.clone(), "-q".into()]).await;
    assert_tool_error(&output, &file.path().display().to_string());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unreachable_home_page_is_reported_not_an_error() {
    let port = demo::serve::closed_port().unwrap();
    let out = tempfile::tempdir().unwrap();
    let args = vec![
        "audit".into(),
        format!("http://127.0.0.1:{port}/"),
        "--out".into(),
        out.path().to_string_lossy().into(),
        "-q".into(),
        "--retries".into(),
        "0".into(),
    ];
    let output = govaudit_async(args).await;
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let report = read_report(out.path());
    let findings = report["sites"][0]["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0]["check"], "site.unreachable");
    assert_eq!(findings[0]["severity"], "veto");
    assert_eq!(findings[0]["error"], "connection_refused");
    assert!(findings[0]["page"].is_null());
}

/// Audits a slow 200-page site, sends `signal` after 1.5 s, and returns
/// what the run printed; the reports go to `out`, the journal to `db`.
async fn interrupted_with(signal: &str, server: &Server, out: &Path, db: &Path) -> std::process::Output {
    let (signal, out, db, url) = (signal.to_owned(), out.to_path_buf(), db.to_path_buf(), server.url("/"));
    tokio::task::spawn_blocking(move || {
        let child = std::process::Command::new(env!("CARGO_BIN_EXE_govaudit"))
            .args(["audit", &url, "--out", &out.to_string_lossy(), "--per-host", "1", "-q"])
            .arg("--db")
            .arg(&db)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(1500));
        // The shell builtin, so the test needs no procps.
        let kill = std::process::Command::new("sh")
            .args(["-c", &format!("kill -{signal} {}", child.id())])
            .status()
            .unwrap();
        assert!(kill.success());
        child.wait_with_output().unwrap()
    })
    .await
    .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ctrl_c_writes_what_was_gathered() {
    let site = common::linked_pages(200, Duration::from_millis(50));
    let server = Server::start(site, local()).await.unwrap();
    let out = tempfile::tempdir().unwrap();
    let output = interrupted_with("INT", &server, out.path(), &out.path().join("govaudit.db")).await;
    assert_eq!(output.status.code(), Some(2), "{}", String::from_utf8_lossy(&output.stderr));
    let report = read_report(out.path());
    let stats = &report["sites"][0]["stats"];
    assert_eq!(stats["truncated"], true);
    let pages = stats["pages"].as_u64().unwrap();
    assert!(pages > 1 && pages < 201, "{pages} pages");
    assert!(stats["skipped_by"]["interrupted"].as_u64().unwrap() > 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_writes_what_was_gathered_and_the_crawl_resumes() {
    let site = common::linked_pages(200, Duration::from_millis(50));
    let server = Server::start(site, local()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("govaudit.db");
    let output = interrupted_with("TERM", &server, &dir.path().join("cut"), &db).await;
    assert_eq!(output.status.code(), Some(2), "{}", String::from_utf8_lossy(&output.stderr));
    let cut = read_report(&dir.path().join("cut"));
    assert_eq!(cut["sites"][0]["stats"]["truncated"], true);
    let sent = server.stats.seen().len();

    let out = dir.path().join("resumed");
    let args =
        ["audit", &server.url("/"), "--resume", "--per-host", "8", "-q", "--db", &db.to_string_lossy()];
    let mut args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    args.extend(["--out".to_owned(), out.to_string_lossy().into_owned()]);
    let resumed = govaudit_async(args).await;
    assert!(resumed.status.success(), "{}", String::from_utf8_lossy(&resumed.stderr));
    let stats = &read_report(&out)["sites"][0]["stats"];
    assert_eq!(
        (stats["truncated"].as_bool(), stats["pages"].as_u64()),
        (Some(false), Some(201)),
        "{stats:#}"
    );
    // Only what the first run had not finished was asked for.
    let again = server.stats.seen().len() - sent;
    assert!(again < 201, "{again} requests after resuming");
}

/// `govaudit checks | head -1`: the reader goes away before the output is
/// written; the command ends quietly with success, as Unix tools do, not
/// with a "failed printing to stdout" panic.
#[test]
fn printing_commands_end_quietly_on_a_closed_pipe() {
    for args in [&["checks"][..], &["rules"], &["explain", "link.dead"], &["--lang", "en", "rules"]] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_govaudit"))
            .args(args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // Closed before the child has started writing.
        drop(child.stdout.take());
        let output = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(stderr.is_empty(), "{args:?}: {stderr}");
    }
}

/// workdays (issue 21 §3): a bad `[calendar]` file is one error naming the
/// file, the line and the key, with exit code 2.
#[test]
fn a_bad_calendar_file_names_the_file_line_and_key() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("holidays.toml"), "# 2027\n[2027]\nworkdays = [\"2027-09-27\"]\n")
        .unwrap();
    let config = dir.path().join("site.toml");
    std::fs::write(&config, "[calendar]\nfile = \"holidays.toml\"\n").unwrap();
    let out = govaudit(&["audit", "http://127.0.0.1:9/", "--config", &config.to_string_lossy()]);
    assert_tool_error(&out, "holidays.toml:2 2027.workdays[0]");
    std::fs::write(&config, "[calendar.2027]\nholidays = [{ from = \"2027-10-01\", to = \"2027-10-32\" }]\n")
        .unwrap();
    let out = govaudit(&["audit", "http://127.0.0.1:9/", "--config", &config.to_string_lossy()]);
    assert_tool_error(&out, "calendar.2027.holidays[0].to");
}
