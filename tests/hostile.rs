//! Hostile sites and inputs, one class of attack per test, each against a
//! real server on 127.0.0.1: the audit stays bounded in memory and time,
//! keeps its files inside `--out`, writes no secrets and refuses what it
//! cannot use. Pages are kept small enough for a fast suite;
//! `bench/hostile.sh` runs the same attacks at full size.

mod common;

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use common::{findings, govaudit_async, read_report};
use demo::serve::{Resource, Server, Site};

fn local() -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], 0))
}

/// The largest peak RSS of any child process of this test binary, in MB.
fn children_peak_mb() -> u64 {
    // SAFETY: getrusage only writes the struct it is given.
    let usage = unsafe {
        let mut usage = std::mem::zeroed::<libc::rusage>();
        libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage);
        usage
    };
    // Linux reports kilobytes.
    usage.ru_maxrss as u64 / 1024
}

/// Audits `url` with `extra` flags into a scratch folder: the report and
/// how long the run took.
async fn audit_timed(url: &str, extra: &[&str]) -> (serde_json::Value, Duration) {
    let out = tempfile::tempdir().unwrap();
    let mut args: Vec<String> =
        ["audit", url, "--out", &out.path().to_string_lossy(), "-q", "--timeout", "5"]
            .iter()
            .map(|s| s.to_string())
            .collect();
    args.extend(extra.iter().map(|s| s.to_string()));
    let started = Instant::now();
    let output = govaudit_async(args).await;
    let took = started.elapsed();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    (read_report(out.path()), took)
}

/// Pages whose bytes or markup cost a parser memory or time out of
/// proportion to their size: every way depth is built without a `<` per
/// level, and bytes the parser errs on one at a time.
fn page_bombs() -> Site {
    let mut site = Site::default();
    let after = |name: &str| format!("<a href=\"/after-{name}.html\">后文</a>");
    let mut links = String::from("<title>测试县</title><a href=\"/fine.html\">正常</a>");
    let bombs = [
        ("stray", "<span></x>".repeat(100_000)),
        ("comment", format!("<!-->{}", "<div>".repeat(100_000))),
        ("formatting", format!("{}{}", "<b id=1><i id=2><u id=3>".repeat(30), "<p>x".repeat(100_000))),
        ("wide", "<p>x".repeat(400_000)),
    ];
    for (name, body) in bombs {
        links.push_str(&format!("<a href=\"/{name}.html\">{name}</a>"));
        site.insert(&format!("/{name}.html"), Resource::html(format!("{body}{}", after(name))));
    }
    let nul = "\0".repeat(5 * 1024 * 1024 - 100);
    site.insert("/nul.html", Resource::new(200, "text/html", format!("{nul}{}", after("nul"))));
    site.insert(
        "/nul-gz.html",
        Resource::new(200, "text/html", format!("{nul}{}", after("nul-gz"))).gzipped(),
    );
    links.push_str("<a href=\"/nul.html\">nul</a><a href=\"/nul-gz.html\">gz</a>");
    site.insert("/", Resource::html(links));
    site.insert("/fine.html", Resource::html("<title>正常</title><p>正常页面</p>"));
    site
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_built_to_cost_memory_or_time_are_cut_and_the_crawl_goes_on() {
    let server = Server::start(page_bombs(), local()).await.unwrap();
    let (report, took) = audit_timed(&server.url("/"), &["--per-host", "8", "--concurrency", "8"]).await;
    let base = server.url("");
    let cut: Vec<String> =
        findings(&report, "page.oversize", &base).into_iter().map(|(page, _, _)| page).collect();
    for bomb in ["/stray.html", "/comment.html", "/wide.html"] {
        assert!(cut.iter().any(|p| p == bomb), "{bomb} not reported as cut: {cut:?}");
    }
    assert!(!cut.iter().any(|p| p == "/fine.html"));
    // What was cut, and why, is said.
    let stray = report["sites"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["check"] == "page.oversize" && f["page"] == server.url("/stray.html"))
        .unwrap();
    let detail = stray["detail"].as_str().unwrap();
    assert!(detail.contains("512") && detail.contains("KB"), "{detail}");
    assert_eq!(server.stats.count("GET", "/fine.html"), 1, "the crawl went on");
    // Links past the cut were not read; the NUL pages, and the formatting
    // elements (ninety levels, reopened in each of 100,000 paragraphs), were
    // read whole.
    assert_eq!(server.stats.count("GET", "/after-formatting.html"), 1);
    for name in ["stray", "comment", "wide"] {
        assert_eq!(server.stats.count("GET", &format!("/after-{name}.html")), 0, "{name}");
    }
    assert_eq!(server.stats.count("GET", "/after-nul.html"), 1);
    assert_eq!(server.stats.count("GET", "/after-nul-gz.html"), 1);
    // A debug build, on a shared machine: generous, but minutes without the bounds.
    assert!(took < Duration::from_secs(60), "took {took:?}");
    assert!(children_peak_mb() < 400, "peak {} MB", children_peak_mb());
}

/// The text of a written file: the file itself, or each part of a
/// workbook or document (zips, whose own bytes are binary), with its name.
fn texts(path: &std::path::Path, bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    if !path.extension().is_some_and(|e| e == "xlsx" || e == "docx") {
        return vec![(String::new(), bytes.to_vec())];
    }
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("an office file is a zip");
    (0..zip.len())
        .map(|i| {
            let mut part = zip.by_index(i).unwrap();
            let mut text = Vec::new();
            std::io::Read::read_to_end(&mut part, &mut text).unwrap();
            (format!(":{}", part.name().unwrap_or_default()), text)
        })
        .collect()
}

/// Every file written under `dir`, with its bytes.
fn written(dir: &std::path::Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    common::files_under(dir).into_iter().map(|p| (p.clone(), std::fs::read(&p).unwrap())).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn page_texts_in_reports_are_bounded_and_free_of_control_characters() {
    let mut site = Site::default();
    let title = format!("恶意\0标题\x07\x1b[31m{}", "长".repeat(200_000));
    let links: String = (0..60).map(|i| format!("<a href=\"/gone-{i}.html\">链接\x1b[2J{i}</a>")).collect();
    site.insert(
        "/",
        Resource::html(format!(
            "<html><head><title>{title}</title><meta name=\"SiteName\" content=\"{title}\"></head>\
             <body>{links}</body></html>"
        )),
    );
    let server = Server::start(site, local()).await.unwrap();
    let out = tempfile::tempdir().unwrap();
    let output = govaudit_async(
        ["audit", &server.url("/"), "--out", &out.path().to_string_lossy(), "-q"].map(String::from).to_vec(),
    )
    .await;
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let files = written(out.path());
    assert!(files.len() >= 7, "{files:?}");
    for (path, bytes) in &files {
        // 60 findings: tens of KB, not the 60 × 600 KB of copying the title.
        assert!(bytes.len() < 1_000_000, "{} is {} bytes", path.display(), bytes.len());
        for (part, text) in texts(path, bytes) {
            for bad in [0u8, 0x07, 0x1b] {
                assert!(!text.contains(&bad), "{}{part} holds byte {bad:#x}", path.display());
            }
        }
    }
    let report = read_report(out.path());
    let name = report["sites"][0]["name"].as_str().unwrap();
    assert!(name.starts_with("恶意标题[31m长"), "{name}");
    assert!(name.ends_with("chars cut]"), "the cut is said: {name}");
    for stream in [&output.stdout, &output.stderr] {
        assert!(!stream.contains(&0x1b) && !stream.contains(&0x07) && stream.len() < 100_000);
    }
}

fn one_page_site() -> Site {
    let mut site = Site::default();
    site.insert("/", Resource::html("<title>清溪县人民政府</title><p>首页</p>"));
    site
}

#[cfg(unix)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reports_never_follow_planted_symlinks_nor_leave_out() {
    let server = Server::start(one_page_site(), local()).await.unwrap();
    let scratch = tempfile::tempdir().unwrap();
    let out = scratch.path().join("out");
    let victim = scratch.path().join("victim.txt");
    std::fs::write(&victim, "keep").unwrap();
    // Every name a report's temporary file could take, planted ahead.
    let day = out.join(format!("127.0.0.1-{}", server.addr.port())).join("2026-11-26");
    std::fs::create_dir_all(&day).unwrap();
    for name in ["report", "findings", "columns", "scorecard", "summary", "junit", "results"] {
        std::os::unix::fs::symlink(&victim, day.join(format!("{name}.tmp"))).unwrap();
    }
    let run = |url: String| {
        let out = out.to_string_lossy().into_owned();
        ["audit", &url, "--out", &out, "-q", "--as-of", "2026-11-26", "--timeout", "1"]
            .map(String::from)
            .to_vec()
    };
    let output = govaudit_async(run(server.url("/"))).await;
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep");
    assert!(std::fs::symlink_metadata(day.join("report.json")).unwrap().is_file());
    // Hosts that spell a way out of --out: nothing lands beside it.
    for url in ["http://%2e%2e/", "http://../"] {
        govaudit_async(run(url.to_owned())).await;
    }
    let beside: Vec<_> = std::fs::read_dir(scratch.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(beside.len(), 2, "{beside:?}");
    let left: Vec<_> = common::files_under(&out)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "tmp") && !p.is_symlink())
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_out_that_cannot_be_written_fails_before_the_crawl() {
    let server = Server::start(one_page_site(), local()).await.unwrap();
    let scratch = tempfile::tempdir().unwrap();
    let file = scratch.path().join("a-file");
    std::fs::write(&file, "").unwrap();
    let output = govaudit_async(
        ["audit", &server.url("/"), "--out", &file.to_string_lossy(), "-q"].map(String::from).to_vec(),
    )
    .await;
    assert_eq!(output.status.code(), Some(2));
    assert!(server.stats.seen().is_empty(), "the site was crawled first");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn credentials_in_the_start_url_are_sent_to_that_host_only_and_written_nowhere() {
    let other = Server::start(one_page_site(), local()).await.unwrap();
    let mut site = Site::default();
    site.insert(
        "/",
        Resource::html(format!(
            "<title>清溪县</title><a href=\"/inner.html\">内页</a><a href=\"/gone.html\">失效</a>\
             <a href=\"{}\">外站</a>",
            other.url("/")
        )),
    );
    site.insert("/inner.html", Resource::html("<p>内页</p>"));
    let server = Server::start(site, local()).await.unwrap();
    let start = format!("http://admin:s3cret-pw@127.0.0.1:{}/", server.addr.port());
    let out = tempfile::tempdir().unwrap();
    let db = out.path().join("history.db");
    let output = govaudit_async(
        ["audit", &start, "--out", &out.path().join("r").to_string_lossy(), "--db", &db.to_string_lossy()]
            .map(String::from)
            .to_vec(),
    )
    .await;
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    // base64("admin:s3cret-pw") on every request to the site, none elsewhere.
    let seen = server.stats.seen();
    assert!(seen.iter().any(|s| s.target == "/inner.html"));
    assert!(seen.iter().all(|s| s.authorization == "Basic YWRtaW46czNjcmV0LXB3"), "{seen:?}");
    assert!(other.stats.seen().iter().all(|s| s.authorization.is_empty()));
    // Not in any report, the database, stdout or stderr.
    let mut places = written(out.path());
    places.push(("stdout".into(), output.stdout.clone()));
    places.push(("stderr".into(), output.stderr.clone()));
    for (place, bytes) in places {
        for secret in [&b"s3cret-pw"[..], b"admin:", b"YWRtaW46czNjcmV0LXB3"] {
            assert!(!bytes.windows(secret.len()).any(|w| w == secret), "{} holds a secret", place.display());
        }
    }
}

/// Runs the binary with `args`; its exit code and stderr.
async fn refused(args: &[&str]) -> (Option<i32>, String) {
    let output = govaudit_async(args.iter().map(|s| s.to_string()).collect()).await;
    (output.status.code(), String::from_utf8_lossy(&output.stderr).into_owned())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unusable_input_is_one_line_and_exit_2_before_any_request() {
    let server = Server::start(one_page_site(), local()).await.unwrap();
    let scratch = tempfile::tempdir().unwrap();
    let out = scratch.path().join("out").to_string_lossy().into_owned();
    let config = |text: &str| {
        let path = scratch.path().join(format!("c{}.toml", text.len()));
        std::fs::write(&path, text).unwrap();
        path.to_string_lossy().into_owned()
    };
    let foreign = scratch.path().join("other.db");
    {
        let conn = rusqlite::Connection::open(&foreign).unwrap();
        conn.execute_batch("CREATE TABLE notes (text TEXT);").unwrap();
    }
    let url = server.url("/");
    let port = server.addr.port().to_string();
    let cases: Vec<Vec<String>> = vec![
        vec!["mailto:admin@127.0.0.1".into()],
        vec![format!("http:/127.0.0.1:{port}/")],
        vec![format!("javascript://127.0.0.1:{port}/")],
        vec![url.clone(), "--config".into(), config("[freshness]\nother_days = 4294967295\n")],
        vec![url.clone(), "--config".into(), config("[[columns]]\nurl = \"/a/\"\nlimit_days = 4294967295\n")],
        vec![url.clone(), "--retries".into(), "4294967295".into()],
        vec![url.clone(), "--timeout".into(), "0".into()],
        vec![url.clone(), "--db".into(), foreign.to_string_lossy().into_owned()],
    ];
    for case in cases {
        let mut args = vec!["audit".to_owned()];
        args.extend(case.iter().cloned());
        args.extend(["--out".into(), out.clone(), "-q".into()]);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (code, stderr) = refused(&args).await;
        assert_eq!(code, Some(2), "{case:?}: {stderr}");
        assert_eq!(stderr.trim().lines().count(), 1, "{case:?}: {stderr}");
        assert!(!stderr.contains("between 0 and 600") && !stderr.contains("0 到 600"), "{stderr}");
    }
    // monitor applies the same --timeout rule, with the same words.
    let (code, stderr) = refused(&["monitor", &url, "--once", "--timeout", "0"]).await;
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains("more than 0 and at most 600") || stderr.contains("须大于 0 秒且不超过 600 秒"),
        "{stderr}"
    );
    assert!(server.stats.seen().is_empty(), "{:?}", server.stats.seen());
    let conn = rusqlite::Connection::open(&foreign).unwrap();
    let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0)).unwrap();
    assert_eq!(tables, 1, "the other program's database was given our tables");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_audits_of_one_site_on_one_database_both_store_cleanly() {
    let server = Server::start(common::linked_pages(20, Duration::from_millis(30)), local()).await.unwrap();
    let scratch = tempfile::tempdir().unwrap();
    let db = scratch.path().join("shared.db").to_string_lossy().into_owned();
    let run = |n: usize| {
        let out = scratch.path().join(format!("out{n}")).to_string_lossy().into_owned();
        govaudit_async(
            ["audit", &server.url("/"), "--out", &out, "--db", &db, "-q"].map(String::from).to_vec(),
        )
    };
    let (a, b) = tokio::join!(run(1), run(2));
    for output in [a, b] {
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(output.status.success(), "{stderr}");
        assert!(!stderr.contains("历史数据库") && !stderr.contains("history database"), "{stderr}");
    }
    let conn = rusqlite::Connection::open(&db).unwrap();
    let runs: i64 = conn.query_row("SELECT count(*) FROM runs", [], |r| r.get(0)).unwrap();
    assert_eq!(runs, 2);
}

/// Requests the server saw whose target starts with `prefix`.
fn asked(server: &Server, prefix: &str) -> usize {
    server.stats.seen().iter().filter(|s| s.target.starts_with(prefix)).count()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn traps_in_the_path_cost_a_handful_of_requests() {
    let mut site = Site::default();
    site.insert(
        "/",
        Resource::html(
            "<title>清溪县</title><a href=\"/a/1\">a</a><a href=\"/calendar/2026/1\">日历</a>\
             <a href=\"/sess/8f3a9c2e7b1d4f60a5e9c3b20000/\">会话</a><a href=\"/loop/\">循环</a>\
             <a href=\"/cal?month=1\">月历</a><a href=\"/news/index.html\">新闻</a>",
        ),
    );
    let next_number = |prefix: &'static str| {
        move |target: &str| {
            let n: u64 = target.strip_prefix(prefix)?.parse().ok()?;
            Some(Resource::html(format!("<a href=\"{prefix}{}\">下一个</a>", n + 1)))
        }
    };
    site.generate("/a/", next_number("/a/"));
    site.generate("/calendar/2026/", next_number("/calendar/2026/"));
    site.generate("/cal?month=", next_number("/cal?month="));
    // A new session token on every answer, on every link.
    let tokens = std::sync::atomic::AtomicU64::new(1);
    site.generate("/sess/", move |_| {
        let n = tokens.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let token = format!("8f3a9c2e7b1d4f60a5e9c3b2{n:04}");
        Some(Resource::html(format!(
            "<a href=\"/sess/{token}/\">首页</a><a href=\"/sess/{token}/news/\">新闻</a>"
        )))
    });
    // A relative link that resolves one level deeper on every page.
    site.generate("/loop/", |_| Some(Resource::html("<a href=\"loop/\">更多</a>")));
    // A real list with real articles, linked from it and to each other.
    let articles: String = (1..=30).map(|i| format!("<a href=\"/news/{i}\">文章{i}</a>")).collect();
    site.insert("/news/index.html", Resource::html(articles));
    site.generate("/news/", |target| {
        let n: u64 = target.strip_prefix("/news/")?.parse().ok()?;
        Some(Resource::html(format!("<p>正文</p><a href=\"/news/{}\">下一篇</a>", n + 1)))
    });
    let server = Server::start(site, local()).await.unwrap();
    let (report, took) = audit_timed(&server.url("/"), &[]).await;
    for prefix in ["/a/", "/calendar/", "/cal?", "/sess/", "/loop/"] {
        let n = asked(&server, prefix);
        assert!(n <= 12, "{prefix}: {n} requests");
    }
    // Every real article was read, a few past the end of the list too.
    assert!(asked(&server, "/news/") >= 31, "{}", asked(&server, "/news/"));
    let skipped = &report["sites"][0]["stats"]["skipped_by"];
    assert!(skipped["trap"].as_u64().unwrap() >= 5, "{skipped}");
    let examples = skipped["trap_examples"].as_array().unwrap();
    assert!(!examples.is_empty() && examples.len() <= 5, "{skipped}");
    assert!(took < Duration::from_secs(30), "{took:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_asking_to_wait_too_long_is_rate_limited_not_dead_and_the_rest_goes_on() {
    use demo::serve::Fault;
    let mut site = Site::default();
    site.insert(
        "/",
        Resource::html(
            "<title>清溪县</title><a href=\"/later.html\">稍后</a><a href=\"/busy.html\">忙</a>\
             <a href=\"/fine.html\">正常</a><a href=\"/later-too.html\">稍后</a>",
        ),
    );
    for path in ["/later.html", "/later-too.html"] {
        site.insert(
            path,
            Resource::html("x").with_fault(Fault::FailFirst {
                times: 1000,
                status: 429,
                retry_after: Some(99_999),
            }),
        );
    }
    site.insert(
        "/busy.html",
        Resource::html("x").with_fault(Fault::FailFirst {
            times: 1000,
            status: 503,
            retry_after: Some(99_999),
        }),
    );
    site.insert("/fine.html", Resource::html("<p>正常</p>"));
    let server = Server::start(site, local()).await.unwrap();
    let (report, took) = audit_timed(&server.url("/"), &[]).await;
    assert!(took < Duration::from_secs(20), "{took:?}");
    let base = server.url("");
    assert!(findings(&report, "link.dead", &base).is_empty(), "{:?}", findings(&report, "link.dead", &base));
    assert_eq!(report["sites"][0]["stats"]["skipped_by"]["rate_limited"], 3);
    assert_eq!(server.stats.count("GET", "/fine.html"), 1);
    // Asked once each: the wait asked for is beyond the bound.
    assert!(server.stats.count("HEAD", "/later.html") + server.stats.count("GET", "/later.html") <= 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_url_too_long_to_send_is_its_own_finding_and_requests_count_what_was_sent() {
    let mut site = Site::default();
    let long = format!("/q?{}", "x".repeat(70 * 1024));
    site.insert(
        "/",
        Resource::html(format!(
            "<title>清溪县</title><a href=\"{long}\">长链接</a><a href=\"/fine.html\">正常</a>"
        )),
    );
    site.insert("/fine.html", Resource::html("<p>正常</p>"));
    let server = Server::start(site, local()).await.unwrap();
    let (report, _) = audit_timed(&server.url("/"), &[]).await;
    let base = server.url("");
    assert!(findings(&report, "link.dead", &base).is_empty());
    let unsendable = findings(&report, "link.unsendable", &base);
    assert_eq!(unsendable.len(), 1, "{unsendable:?}");
    let stats = &report["sites"][0]["stats"];
    assert_eq!(stats["skipped_by"]["too_long"], 1);
    assert_eq!(stats["requests"].as_u64().unwrap() as usize, server.stats.seen().len(), "{stats}");
}

/// Runs the binary with `args` under a descriptor limit of `nofile`.
#[cfg(unix)]
async fn govaudit_with_nofile(args: Vec<String>, nofile: u64) -> std::process::Output {
    use std::os::unix::process::CommandExt;
    tokio::task::spawn_blocking(move || {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_govaudit"));
        command.args(&args).env_remove("RUST_LOG").env("GOVAUDIT_LANG", "en");
        // SAFETY: setrlimit is async-signal-safe and touches no memory of ours.
        unsafe {
            command.pre_exec(move || {
                let limit = libc::rlimit { rlim_cur: nofile as _, rlim_max: nofile as _ };
                if libc::setrlimit(libc::RLIMIT_NOFILE, &limit) != 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        command.output().unwrap()
    })
    .await
    .unwrap()
}

#[cfg(unix)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn many_linked_hosts_never_exhaust_descriptors_nor_become_dead_links() {
    const HOSTS: usize = 400;
    let other = Server::start(one_page_site(), local()).await.unwrap();
    let mut site = Site::default();
    let port = other.addr.port();
    let links: String =
        (0..HOSTS).map(|i| format!("<a href=\"http://h{i}.example:{port}/\">{i}</a>")).collect();
    site.insert("/", Resource::html(format!("<title>清溪县</title>{links}")));
    let server = Server::start(site, local()).await.unwrap();
    let scratch = tempfile::tempdir().unwrap();
    let resolve: String = (0..HOSTS).map(|i| format!("\"h{i}.example\" = \"127.0.0.1:{port}\"\n")).collect();
    let config = scratch.path().join("govaudit.toml");
    std::fs::write(&config, format!("[crawl.resolve]\n{resolve}")).unwrap();
    let out = scratch.path().join("out");
    let args = ["audit", &server.url("/"), "--out", &out.to_string_lossy(), "-q", "--no-db"]
        .into_iter()
        .chain(["--config", &config.to_string_lossy(), "--concurrency", "200"])
        .map(String::from)
        .collect();
    let output = govaudit_with_nofile(args, 128).await;
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let report = read_report(&out);
    let dead = findings(&report, "link.dead", &server.url(""));
    assert!(dead.is_empty(), "{} false dead links, e.g. {:?}", dead.len(), dead.first());
    assert_eq!(other.stats.count("HEAD", "/"), HOSTS);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn monitor_counts_a_body_that_had_to_be_cut_as_a_failure() {
    let mut site = Site::default();
    // 20 MB of zeros, sent gzipped in a few KB: a bomb.
    site.insert("/", Resource::new(200, "text/html", vec![0u8; 20 * 1024 * 1024]).gzipped());
    let server = Server::start(site, local()).await.unwrap();
    let scratch = tempfile::tempdir().unwrap();
    let db = scratch.path().join("m.db").to_string_lossy().into_owned();
    let output = govaudit_async(
        ["monitor", &server.url("/"), "--once", "--db", &db, "--timeout", "20"].map(String::from).to_vec(),
    )
    .await;
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{stdout}{}", String::from_utf8_lossy(&output.stderr));
    assert!(stdout.contains("8 MB"), "{stdout}");
    let conn = rusqlite::Connection::open(&db).unwrap();
    let ok: i64 = conn.query_row("SELECT ok FROM probes", [], |r| r.get(0)).unwrap();
    assert_eq!(ok, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_database_that_cannot_be_used_is_one_warning() {
    let server = Server::start(one_page_site(), local()).await.unwrap();
    let scratch = tempfile::tempdir().unwrap();
    // A folder where the database file should be: every use of it fails.
    let db = scratch.path().join("db");
    std::fs::create_dir(&db).unwrap();
    let out = scratch.path().join("out");
    let output = govaudit_async(
        ["audit", &server.url("/"), "--out", &out.to_string_lossy(), "--db", &db.to_string_lossy(), "-q"]
            .map(String::from)
            .to_vec(),
    )
    .await;
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(stderr.contains("历史数据库") || stderr.contains("history database"), "{stderr}");
}
