//! The crawl journal end to end: a crawl killed with SIGKILL and resumed,
//! next month's conditional requests, and a database another process holds.

mod common;

use std::collections::BTreeSet;
use std::net::SocketAddr;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use demo::serve::{Fault, Resource, Server, Site};
use serde_json::Value;

fn local() -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], 0))
}

/// A home page, 8 columns of 8 articles, a dead link and an attachment on
/// every article; each article answers after `delay`. `changed` rewrites one
/// article (as an editor does between two audits) so that it links to a
/// second dead attachment.
fn portal(delay: Duration, changed: bool) -> Site {
    let mut site = Site::default();
    site.with_validators();
    let columns: String = (0..8).map(|c| format!("<li><a href=\"/c{c}/\">栏目{c}</a></li>")).collect();
    site.insert(
        "/",
        Resource::html(format!("<html lang=\"zh-CN\"><title>测试县人民政府</title><ul>{columns}</ul>")),
    );
    for c in 0..8 {
        let items: String = (0..8)
            .map(|a| {
                format!("<li><a href=\"/c{c}/a{a}.html\">文章{c}-{a}</a><span>2026-11-0{}</span></li>", a + 1)
            })
            .collect();
        site.insert(
            &format!("/c{c}/index.html"),
            Resource::html(format!("<title>栏目{c}</title><ul>{items}</ul>")),
        );
        for a in 0..8 {
            let extra =
                if changed && c == 3 && a == 3 { "<a href=\"/gone-too.pdf\">附件二</a>" } else { "" };
            let body = format!(
                "<title>文章{c}-{a}</title><p>正文{c}{a}</p><a href=\"/files/f{c}.pdf\">附件</a>\
                 <a href=\"/gone.html\">旧链接</a>{extra}"
            );
            site.insert(&format!("/c{c}/a{a}.html"), Resource::html(body).with_fault(Fault::Delay(delay)));
        }
        site.insert(&format!("/files/f{c}.pdf"), Resource::new(200, "application/pdf", b"%PDF-1.4".to_vec()));
    }
    site
}

/// A config that sends `www.test.gov.cn` to `server`: the journal knows a
/// site by its address, whatever server answers it.
fn config(dir: &Path, server: &Server) -> String {
    let path = dir.join("govaudit.toml");
    std::fs::write(&path, format!("[crawl.resolve]\n\"www.test.gov.cn\" = \"{}\"\n", server.addr)).unwrap();
    path.to_string_lossy().into_owned()
}

fn audit_command(config: &str, db: &Path, out: &Path, extra: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_govaudit"));
    command
        .args(["audit", "http://www.test.gov.cn/", "--config", config, "--as-of", "2026-11-26", "-q"])
        .args(["--per-host", "2", "--concurrency", "2", "--format", "json"])
        .arg("--db")
        .arg(db)
        .arg("--out")
        .arg(out)
        .args(extra)
        .env_remove("RUST_LOG")
        .env_remove("GOVAUDIT_LANG");
    command
}

async fn run(mut command: Command) -> Output {
    tokio::task::spawn_blocking(move || command.output().expect("govaudit runs")).await.unwrap()
}

/// The report without what differs between any two runs (times).
fn comparable(mut report: Value) -> Value {
    for key in ["started_at", "finished_at"] {
        report[key] = Value::Null;
    }
    for site in report["sites"].as_array_mut().unwrap() {
        site["stats"]["duration_ms"] = Value::Null;
        site["history"] = Value::Null;
    }
    report
}

/// Where two JSON values differ, as paths with both sides.
fn differences(a: &Value, b: &Value, path: &str) -> Vec<String> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let keys: BTreeSet<&String> = x.keys().chain(y.keys()).collect();
            keys.into_iter()
                .flat_map(|k| differences(&x[k], y.get(k).unwrap_or(&Value::Null), &format!("{path}.{k}")))
                .collect()
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x
            .iter()
            .zip(y)
            .enumerate()
            .flat_map(|(i, (x, y))| differences(x, y, &format!("{path}[{i}]")))
            .collect(),
        _ if a == b => Vec::new(),
        _ => vec![format!("{path}: {a} ≠ {b}")],
    }
}

fn journaled_urls(db: &Path) -> BTreeSet<String> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut statement = conn.prepare("SELECT url FROM answers").unwrap();
    statement.query_map([], |row| row.get(0)).unwrap().map(Result::unwrap).collect()
}

fn requested(seen: &[demo::serve::Seen]) -> Vec<String> {
    seen.iter().map(|s| format!("http://www.test.gov.cn{}", s.target)).collect()
}

/// Starts `command`, waits until `ready` holds (failing with `never` after a
/// minute), then `settle` longer, and sends it `signal` (`KILL`, `TERM`);
/// returns its exit status.
async fn kill_when(
    mut command: Command,
    ready: impl Fn() -> bool,
    settle: Duration,
    never: &str,
    signal: &str,
) -> std::process::ExitStatus {
    let mut child = command.stdout(Stdio::null()).stderr(Stdio::null()).spawn().expect("govaudit starts");
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while !ready() {
        assert!(std::time::Instant::now() < deadline, "{never}");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    tokio::time::sleep(settle).await;
    // The shell builtin, so the test needs no procps.
    let sent = Command::new("sh").args(["-c", &format!("kill -{signal} {}", child.id())]).status().unwrap();
    assert!(sent.success());
    tokio::task::spawn_blocking(move || child.wait().unwrap()).await.unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_crawl_killed_mid_way_resumes_without_fetching_again_and_ends_as_an_uninterrupted_one() {
    let server = Server::start(portal(Duration::from_millis(40), false), local()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let config = config(dir.path(), &server);
    let db = dir.path().join("govaudit.db");
    let out = dir.path().join("resumed");

    // Wait until a good part of the site has been fetched, then kill -9.
    let crawled = || server.stats.seen().len() >= 30;
    let never = "the crawl never got going";
    kill_when(audit_command(&config, &db, &out, &[]), crawled, Duration::ZERO, never, "KILL").await;
    let before_kill = server.stats.seen().len();
    let journaled = journaled_urls(&db);
    assert!(journaled.len() >= 10, "answers were journaled as they came: {journaled:?}");
    assert!(!out.exists() || common::find_file(&out, "report.json").is_none(), "killed before any report");

    let resumed = run(audit_command(&config, &db, &out, &["--resume"])).await;
    assert!(resumed.status.success(), "{}", String::from_utf8_lossy(&resumed.stderr));
    let stderr = String::from_utf8_lossy(&resumed.stderr);
    assert!(stderr.contains("续传上次中断的抓取"), "{stderr}");
    let after = server.stats.seen();
    let again: Vec<String> =
        requested(&after[before_kill..]).into_iter().filter(|url| journaled.contains(url)).collect();
    assert!(again.is_empty(), "journaled answers were requested again: {again:?}");
    assert!(after.len() > before_kill, "the rest of the site was crawled");

    // The same site crawled in one go, with a database of its own.
    let whole_db = dir.path().join("whole.db");
    let whole_out = dir.path().join("whole");
    let whole = run(audit_command(&config, &whole_db, &whole_out, &[])).await;
    assert!(whole.status.success(), "{}", String::from_utf8_lossy(&whole.stderr));
    let resumed_report = comparable(common::read_report(&out));
    let whole_report = comparable(common::read_report(&whole_out));
    assert_eq!(resumed_report["sites"][0]["stats"]["pages"], 73, "{resumed_report:#}");
    assert_eq!(differences(&resumed_report, &whole_report, "$"), Vec::<String>::new());

    // A finished crawl is not resumed again: a new one starts.
    let again = run(audit_command(&config, &db, &dir.path().join("third"), &["--resume"])).await;
    assert!(String::from_utf8_lossy(&again.stderr).contains("没有可续传的抓取"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn next_month_unchanged_pages_are_asked_conditionally_and_read_from_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("govaudit.db");
    let october = Server::start(portal(Duration::ZERO, false), local()).await.unwrap();
    let first =
        run(audit_command(&config(dir.path(), &october), &db, &dir.path().join("october"), &[])).await;
    assert!(first.status.success(), "{}", String::from_utf8_lossy(&first.stderr));
    assert!(october.stats.seen().iter().all(|s| !s.conditional), "nothing to ask conditionally yet");

    // A month later one article has changed.
    let november = Server::start(portal(Duration::ZERO, true), local()).await.unwrap();
    let out = dir.path().join("november");
    let second = run(audit_command(&config(dir.path(), &november), &db, &out, &[])).await;
    assert!(second.status.success(), "{}", String::from_utf8_lossy(&second.stderr));
    let stdout = String::from_utf8_lossy(&second.stdout);
    assert!(stdout.contains("条件请求") && stdout.contains("72 个页面未修改"), "{stdout}");
    let pages: Vec<_> = november
        .stats
        .seen()
        .into_iter()
        .filter(|s| s.target.ends_with(".html") || s.target.ends_with('/'))
        .collect();
    let read_last_month: Vec<_> =
        pages.iter().filter(|s| s.target.starts_with("/c") || s.target == "/").collect();
    assert_eq!(read_last_month.len(), 73, "{pages:?}");
    assert!(
        read_last_month.iter().all(|s| s.conditional),
        "every page read last month is asked conditionally"
    );
    let dead: Vec<_> = pages.iter().filter(|s| s.target == "/gone.html").collect();
    assert!(dead.len() == 1 && !dead[0].conditional, "a dead page has no validator: {dead:?}");
    let first_report = common::read_report(&dir.path().join("october"));
    let report = common::read_report(&out);
    let bytes = |r: &Value| r["sites"][0]["stats"]["bytes"].as_u64().unwrap();
    assert!(bytes(&report) * 10 < bytes(&first_report), "{} vs {}", bytes(&report), bytes(&first_report));
    // The pages read from the store are judged as before; the changed one anew.
    let dead = |r: &Value| -> BTreeSet<String> {
        r["sites"][0]["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["check"] == "link.dead")
            .map(|f| format!("{} {}", f["page"], f["target"]))
            .collect()
    };
    let (before, now) = (dead(&first_report), dead(&report));
    assert_eq!(before.len(), 64, "{before:?}");
    let new: Vec<_> = now.difference(&before).collect();
    assert_eq!(new.len(), 1, "{new:?}");
    assert!(new[0].contains("c3/a3.html") && new[0].contains("gone-too.pdf"), "{new:?}");
    assert!(before.is_subset(&now));

    // --fresh fetches everything in full.
    let before_fresh = november.stats.seen().len();
    let fresh =
        run(audit_command(&config(dir.path(), &november), &db, &dir.path().join("fresh"), &["--fresh"]))
            .await;
    assert!(fresh.status.success());
    let seen = november.stats.seen();
    let fresh_requests = &seen[before_fresh..];
    assert!(fresh_requests.len() > 70 && fresh_requests.iter().all(|s| !s.conditional));
}

/// The portal served, and audited once into a new database (in `dir`,
/// with its reports in `dir/first`): what the store tests start from.
struct Audited {
    server: Server,
    dir: tempfile::TempDir,
    config: String,
    db: std::path::PathBuf,
}

async fn audited_once() -> Audited {
    let server = Server::start(portal(Duration::ZERO, false), local()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let config = config(dir.path(), &server);
    let db = dir.path().join("govaudit.db");
    let first = run(audit_command(&config, &db, &dir.path().join("first"), &[])).await;
    assert!(first.status.success(), "{}", String::from_utf8_lossy(&first.stderr));
    Audited { server, dir, config, db }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_database_another_process_holds_is_named_and_the_reports_are_still_written() {
    let Audited { dir, config, db, .. } = audited_once().await;
    // Another process holds the database's write lock.
    let holder = rusqlite::Connection::open(&db).unwrap();
    holder
        .execute_batch("BEGIN IMMEDIATE; INSERT INTO crawls (start_url, started_at) VALUES ('x', 'y');")
        .unwrap();

    let out = dir.path().join("second");
    let mut command = audit_command(&config, &db, &out, &[]);
    command.env("GOVAUDIT_DB_BUSY_MS", "300");
    let held = run(command).await;
    assert!(held.status.success(), "{}", String::from_utf8_lossy(&held.stderr));
    let stderr = String::from_utf8_lossy(&held.stderr);
    assert!(stderr.contains("历史数据库被另一个进程锁定") && stderr.contains("govaudit.db"), "{stderr}");
    assert!(common::find_file(&out, "report.json").is_some(), "the reports are written without the database");

    holder.execute_batch("ROLLBACK").unwrap();
    let check: String = holder.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(check, "ok");
    let runs: i64 = holder.query_row("SELECT count(*) FROM runs", [], |r| r.get(0)).unwrap();
    assert_eq!(runs, 1, "the held run was not stored half-way");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_damaged_stored_page_is_fetched_again_never_reported_as_the_sites_fault() {
    let Audited { server, dir, config, db } = audited_once().await;
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute("UPDATE bodies SET data = x'ffffffff00'", []).unwrap();
    drop(conn);

    let before = server.stats.seen().len();
    let out = dir.path().join("second");
    let second = run(audit_command(&config, &db, &out, &[])).await;
    assert!(second.status.success(), "{}", String::from_utf8_lossy(&second.stderr));
    let seen = server.stats.seen();
    let home: Vec<_> = seen[before..].iter().filter(|s| s.target == "/").collect();
    assert_eq!(home.len(), 2, "asked conditionally, then in full: {home:?}");
    assert!(home[0].conditional && !home[1].conditional);
    let findings = |out: &Path| common::read_report(out)["sites"][0]["findings"].clone();
    assert_eq!(findings(&out), findings(&dir.path().join("first")));
}

/// A WeChat article of 2026-11-24 as the platform serves it.
fn wechat_article(title: &str) -> Resource {
    // 2026-11-24 10:00 Beijing time.
    let published = 1_795_485_600;
    Resource::html(format!(
        "<html><head><meta property=\"og:title\" content=\"{title}\"></head><body>\
         <div id=\"js_content\"><p>{title}</p></div>\
         <script>var nickname = htmlDecode(\"清溪发布\"); var ct = \"{published}\";</script></body></html>"
    ))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_run_killed_while_reading_the_accounts_resumes_without_asking_the_platform_again() {
    let mut portal = Site::default();
    portal.insert("/", Resource::html("<html lang=\"zh-CN\"><title>测试县人民政府</title><p>首页</p>"));
    let portal = Server::start(portal, local()).await.unwrap();
    let mut platform = Site::default();
    platform
        .insert("/robots.txt", Resource::new(200, "text/plain", b"User-agent: *\nAllow: /\n".to_vec()))
        .insert("/s/first", wechat_article("我县召开冬季安全生产工作会议"))
        .insert("/s/second", wechat_article("一图读懂冬季安全生产"));
    let platform = Server::start(platform, local()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("govaudit.toml");
    std::fs::write(
        &config,
        format!(
            "[crawl.resolve]\n\"www.test.gov.cn\" = \"{}\"\n\"mp.weixin.qq.com\" = \"{}\"\n\n\
             [[accounts]]\nname = \"清溪发布\"\nurl = \"http://mp.weixin.qq.com/s/first\"\n\n\
             [[accounts]]\nname = \"清溪宣传\"\nurl = \"http://mp.weixin.qq.com/s/second\"\n",
            portal.addr, platform.addr
        ),
    )
    .unwrap();
    let config = config.to_string_lossy().into_owned();
    let db = dir.path().join("govaudit.db");
    let out = dir.path().join("out");

    // The platform is asked one page a second: kill -9 between the two,
    // once the first answer has had time to reach the journal.
    let first_read = || platform.stats.count("GET", "/s/first") > 0;
    let command = audit_command(&config, &db, &out, &[]);
    kill_when(command, first_read, Duration::from_millis(500), "the accounts were never read", "KILL").await;
    assert_eq!(platform.stats.count("GET", "/s/second"), 0, "killed before the second account");

    let resumed = run(audit_command(&config, &db, &out, &["--resume"])).await;
    assert!(resumed.status.success(), "{}", String::from_utf8_lossy(&resumed.stderr));
    assert!(String::from_utf8_lossy(&resumed.stderr).contains("续传上次中断的抓取"));
    for path in ["/robots.txt", "/s/first", "/s/second"] {
        assert_eq!(platform.stats.count("GET", path), 1, "{path}: asked once over both runs");
    }
    assert_eq!(portal.stats.count("GET", "/"), 1, "the home page comes from the journal");
    let report = common::read_report(&out);
    let states: Vec<(&str, &str)> = report["sites"][0]["accounts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| (a["name"].as_str().unwrap(), a["state"].as_str().unwrap()))
        .collect();
    assert_eq!(states, [("清溪发布", "fresh"), ("清溪宣传", "fresh")], "{report:#}");

    // The same audit in one go, with a database of its own: the same report.
    let whole_out = dir.path().join("whole");
    let whole = run(audit_command(&config, &dir.path().join("whole.db"), &whole_out, &[])).await;
    assert!(whole.status.success(), "{}", String::from_utf8_lossy(&whole.stderr));
    let whole = comparable(common::read_report(&whole_out));
    assert_eq!(differences(&comparable(report), &whole, "$"), Vec::<String>::new());

    // Stopped by SIGTERM between the two account pages (the pages all
    // read), the run asks nothing more, writes its partial report and stays
    // as resumable as one stopped mid-crawl.
    let (db, out) = (dir.path().join("termed.db"), dir.path().join("termed"));
    let asked = |path: &str| platform.stats.count("GET", path);
    let (first, second) = (asked("/s/first"), asked("/s/second"));
    let first_read = || asked("/s/first") > first;
    let command = audit_command(&config, &db, &out, &[]);
    let status = kill_when(command, first_read, Duration::from_millis(300), "never read", "TERM").await;
    assert_eq!(status.code(), Some(2), "an interrupted run");
    assert_eq!(asked("/s/second"), second, "nothing asked after the stop");
    assert_eq!(common::read_report(&out)["sites"][0]["stats"]["truncated"], true);
    let resumed = run(audit_command(&config, &db, &out, &["--resume"])).await;
    assert!(resumed.status.success(), "{}", String::from_utf8_lossy(&resumed.stderr));
    assert!(String::from_utf8_lossy(&resumed.stderr).contains("续传上次中断的抓取"));
    assert_eq!((asked("/s/first"), asked("/s/second")), (first + 1, second + 1), "each asked once");
}
