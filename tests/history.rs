//! The history database end to end: two monthly audits of one site, what
//! changed between them, and a database the tool must not touch.

mod common;

use std::net::SocketAddr;

use common::{govaudit, govaudit_async};
use demo::serve::{Resource, Server, Site};
use serde_json::Value;

fn local() -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], 0))
}

/// The site in two months: in October `/a.pdf` is missing; by November it
/// is restored, and `/b.pdf` has gone instead. `/gone.html` stays dead.
fn site(month: u32) -> Site {
    let mut site = Site::default();
    site.insert(
        "/",
        Resource::html(
            "<html lang=\"zh-CN\"><head><title>测试县人民政府</title></head><body>\
<a href=\"/a.pdf\">附件一</a><a href=\"/b.pdf\">附件二</a><a href=\"/gone.html\">旧文章</a></body></html>",
        ),
    );
    let pdf = || Resource::new(200, "application/pdf", b"%PDF-1.4".to_vec());
    if month == 11 {
        site.insert("/a.pdf", pdf());
    } else {
        site.insert("/b.pdf", pdf());
    }
    site
}

/// Audits `http://www.test.gov.cn/`, answered by `server` (as a site keeps
/// its name when it moves to a new server).
async fn audit(server: &Server, db: &str, as_of: &str) -> Value {
    let out = tempfile::tempdir().unwrap();
    let config = out.path().join("govaudit.toml");
    std::fs::write(&config, format!("[crawl.resolve]\n\"www.test.gov.cn\" = \"{}\"\n", server.addr)).unwrap();
    let args = [
        "audit",
        "http://www.test.gov.cn/",
        "--config",
        &config.to_string_lossy(),
        "--db",
        db,
        "--out",
        &out.path().to_string_lossy(),
        "--as-of",
        as_of,
        "-q",
    ];
    let output = govaudit_async(args.iter().map(|s| s.to_string()).collect()).await;
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(
        String::from_utf8_lossy(&output.stdout).contains("govaudit.db"),
        "the summary says where the run went"
    );
    common::read_report(out.path())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_audits_are_compared() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("govaudit.db").to_string_lossy().into_owned();
    let october = Server::start(site(10), local()).await.unwrap();
    let first = audit(&october, &db, "2026-10-26").await;
    assert!(first["sites"][0]["history"]["since_last"].is_null(), "nothing to compare the first run with");
    // The same site a month later.
    let november = Server::start(site(11), local()).await.unwrap();
    let second = audit(&november, &db, "2026-11-26").await;
    let history = &second["sites"][0]["history"];
    let count = |key: &str| history["since_last"][key].as_u64().unwrap();
    assert!(count("new") >= 1 && count("fixed") >= 1 && count("still_open") >= 1, "{history:#}");
    let trend: Vec<&str> =
        history["trend"].as_array().unwrap().iter().map(|p| p["as_of"].as_str().unwrap()).collect();
    assert_eq!(trend, ["2026-10-26", "2026-11-26"]);

    // The run keeps its stats as the report has them.
    let conn = rusqlite::Connection::open(&db).unwrap();
    let stats: String =
        conn.query_row("SELECT stats FROM runs ORDER BY id DESC LIMIT 1", [], |r| r.get(0)).unwrap();
    let stats: Value = serde_json::from_str(&stats).unwrap();
    assert_eq!(stats["requests"], second["sites"][0]["stats"]["requests"]);
    drop(conn);

    let history = govaudit(&["history", "--db", &db, "--format", "json"]);
    assert!(history.status.success(), "{}", String::from_utf8_lossy(&history.stderr));
    let runs: Value = serde_json::from_slice(&history.stdout).unwrap();
    let runs = runs.as_array().unwrap();
    assert_eq!(runs.len(), 2);
    assert_eq!(
        (runs[0]["as_of"].as_str(), runs[1]["as_of"].as_str()),
        (Some("2026-10-26"), Some("2026-11-26"))
    );

    let (a, b) = (runs[0]["id"].to_string(), runs[1]["id"].to_string());
    let diff = govaudit(&["diff", &a, &b, "--db", &db, "--format", "json"]);
    assert!(diff.status.success(), "{}", String::from_utf8_lossy(&diff.stderr));
    let diff: Value = serde_json::from_slice(&diff.stdout).unwrap();
    let targets = |key: &str| -> Vec<String> {
        let mut t: Vec<String> = diff[key]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["check"] == "link.dead")
            .map(|f| f["target"].as_str().unwrap().rsplit('/').next().unwrap().to_owned())
            .collect();
        t.sort();
        t
    };
    // Matched by check and place, not by wording.
    assert_eq!(targets("new"), ["b.pdf"], "{diff:#}");
    assert_eq!(targets("fixed"), ["a.pdf"], "{diff:#}");
    assert_eq!(targets("still_open"), ["gone.html"], "{diff:#}");

    // Without ids: the site's last two runs.
    let default = govaudit(&["diff", "--db", &db, "--format", "json"]);
    let default: Value = serde_json::from_slice(&default.stdout).unwrap();
    assert_eq!(default["fixed"], diff["fixed"]);

    let text = govaudit(&["diff", &a, &b, "--db", &db]);
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("新发现") && text.contains("已整改") && text.contains("仍未整改"), "{text}");
    let md = govaudit(&["diff", &a, &b, "--db", &db, "--format", "md"]);
    assert!(String::from_utf8_lossy(&md.stdout).starts_with("## "));
}

#[test]
fn a_database_from_a_newer_govaudit_is_refused_and_a_missing_one_named() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.db");
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.pragma_update(None, "user_version", 99).unwrap();
    drop(conn);
    let out = govaudit(&["history", "--db", &path.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("future.db") && stderr.contains("99"), "{stderr}");
    // Untouched: still version 99, no tables added.
    let conn = rusqlite::Connection::open(&path).unwrap();
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    assert_eq!(version, 99);

    let missing = dir.path().join("missing.db");
    let out = govaudit(&["history", "--db", &missing.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!missing.exists(), "reading history never creates a database");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn monitor_stores_probes_that_the_audit_reads_for_v2() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("govaudit.db").to_string_lossy().into_owned();
    let server = Server::start(site(11), local()).await.unwrap();
    let closed = format!("http://127.0.0.1:{}/", demo::serve::closed_port().unwrap());
    let args = ["monitor", &server.url("/"), &closed, "--once", "--db", &db, "--timeout", "5"];
    let output = govaudit_async(args.iter().map(|s| s.to_string()).collect()).await;
    // One round with a failed probe: exit 1, for cron to mail about.
    assert_eq!(output.status.code(), Some(1), "{}", String::from_utf8_lossy(&output.stderr));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 4, "a line per probe, then a total per site: {stdout}");
    assert!(lines[0].contains("正常 200"), "{stdout}");
    assert!(lines[1].contains("失败"), "{stdout}");
    assert!(lines[2].contains("探测 1 · 失败 0 (0.0 %)"), "{stdout}");
    assert!(lines[3].contains("探测 1 · 失败 1 (100.0 %)"), "{stdout}");
    assert_eq!(server.stats.count("GET", "/"), 1);

    // One probe is far from a week of them: V2 says what is missing.
    let out = tempfile::tempdir().unwrap();
    let today =
        chrono::Utc::now().with_timezone(&chrono::FixedOffset::east_opt(8 * 3600).unwrap()).date_naive();
    let args = [
        "audit",
        &server.url("/"),
        "--db",
        &db,
        "--out",
        &out.path().to_string_lossy(),
        "--as-of",
        &today.to_string(),
        "-q",
    ];
    let output = govaudit_async(args.iter().map(|s| s.to_string()).collect()).await;
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let report = common::read_report(out.path());
    let site = &report["sites"][0];
    assert_eq!(site["availability"]["days"][0]["probes"], 1, "{:#}", site["availability"]);
    let v2 = site["score"]["vetoes"].as_array().unwrap().iter().find(|v| v["id"] == "V2").unwrap().clone();
    assert_eq!(v2["status"], "not_assessed");
    assert!(v2["evidence"].as_str().unwrap().contains("govaudit monitor"), "{v2:#}");

    for bad in ["0m", "7x", "m"] {
        let out = govaudit(&["monitor", "http://h/", "--interval", bad, "--db", &db]);
        assert_eq!(out.status.code(), Some(2), "{bad}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_database_that_cannot_be_used_loses_no_report() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.db");
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.pragma_update(None, "user_version", 99).unwrap();
    drop(conn);
    let server = Server::start(site(11), local()).await.unwrap();
    let out = tempfile::tempdir().unwrap();
    let args = [
        "audit",
        &server.url("/"),
        "--db",
        &path.to_string_lossy(),
        "--out",
        &out.path().to_string_lossy(),
        "-q",
    ];
    let output = govaudit_async(args.iter().map(|s| s.to_string()).collect()).await;
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("历史数据库未使用") && stderr.contains("future.db"), "{stderr}");
    assert!(common::find_file(out.path(), "report.json").is_some(), "the reports are written all the same");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_site_down_at_the_audit_is_vetoed_by_a_week_of_failed_probes() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("govaudit.db");
    let root = format!("http://127.0.0.1:{}/", demo::serve::closed_port().unwrap());
    // A first run creates the database; then a week of probes, 2 in 20 failed each day.
    let out = tempfile::tempdir().unwrap();
    let audit = |out: &std::path::Path| {
        let args = ["audit", &root, "--db", &db.to_string_lossy(), "--out", &out.to_string_lossy(), "-q"];
        let mut args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        args.extend(["--as-of".to_owned(), "2026-11-26".to_owned()]);
        govaudit_async(args)
    };
    let first = audit(out.path()).await;
    assert!(first.status.success(), "{}", String::from_utf8_lossy(&first.stderr));
    assert!(common::read_report(out.path())["sites"][0]["score"].is_null(), "no probes, no page: not scored");
    let conn = rusqlite::Connection::open(&db).unwrap();
    for day in 20..=26 {
        for n in 0..20 {
            conn.execute(
                "INSERT INTO probes (site_root, at, day, ok, status, error, millis) VALUES (?1, ?2, ?3, ?4, NULL, ?5, 10)",
                rusqlite::params![&root, format!("2026-11-{day}T{n:02}:00:00+08:00"), format!("2026-11-{day}"), n >= 2, "refused"],
            )
            .unwrap();
        }
    }
    drop(conn);

    let out = tempfile::tempdir().unwrap();
    let second = audit(out.path()).await;
    assert!(second.status.success(), "{}", String::from_utf8_lossy(&second.stderr));
    let score = common::read_report(out.path())["sites"][0]["score"].clone();
    assert_eq!(score["vetoed"], true, "{score:#}");
    assert_eq!(score["unassessed"], score["scale"], "no page read: no indicator assessed");
    let v2 = score["vetoes"].as_array().unwrap().iter().find(|v| v["id"] == "V2").unwrap();
    assert_eq!(v2["status"], "fired", "{v2:#}");
    assert!(String::from_utf8_lossy(&second.stdout).contains("否决 V2"));
}
