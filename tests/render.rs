//! `--render` end to end: a column whose list an inline script builds in a
//! way no reader of `checks::facts::html::scripted` knows is read from the page as
//! headless Chromium renders it, the browser's requests obey robots.txt,
//! and without `--render` the column stays unread. Skipped, with one
//! line, where Chromium is not installed (`.ci/run` installs it).

mod common;

use std::net::SocketAddr;

use demo::serve::{Resource, Server, Site};
use serde_json::Value;

const LIST: &str = "/xwzx/gzdt/index.html";

fn site() -> Site {
    let mut site = Site::default();
    site.insert(
        "/",
        Resource::html(format!(
            "<html><head><meta charset=\"utf-8\"><title>清溪县人民政府</title></head><body><a href=\"{LIST}\">工作动态</a></body></html>"
        )),
    );
    site.insert("/robots.txt", Resource::new(200, "text/plain", "User-agent: *\nDisallow: /private/\n"));
    site.insert("/private/tracker.js", Resource::new(200, "application/javascript", "var tracked = 1;"));
    site.insert(
        LIST,
        Resource::html(
            "<html><head><meta charset=\"utf-8\"><title>工作动态</title><meta name=\"ColumnName\" content=\"工作动态\">\
             <script src=\"/private/tracker.js\"></script></head><body><ul id=\"list\"></ul><script>\
             var rows = [['/xwzx/gzdt/202611/t20261120_1.html', '清溪县召开冬季安全生产工作会议', '2026-11-20'],\
                         ['/xwzx/gzdt/202611/t20261115_2.html', '全县政务公开工作推进会召开', '2026-11-15']];\
             var html = '';\
             for (var i = 0; i < rows.length; i++) { html += '<li><a href=\"' + rows[i][0] + '\">' + rows[i][1] + '</a><span>' + rows[i][2] + '</span></li>'; }\
             document.getElementById('list').innerHTML = html;\
             </script></body></html>",
        ),
    );
    site.generate("/xwzx/gzdt/2026", |_| {
        Some(Resource::html(
            "<html><head><meta charset=\"utf-8\"><title>文章</title></head><body><p>正文。</p></body></html>",
        ))
    });
    site
}

fn column(report: &Value, url: &str) -> Option<Value> {
    report["sites"][0]["columns"].as_array()?.iter().find(|c| c["url"] == url).cloned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_list_only_a_browser_builds_is_read_with_render() {
    if govaudit::crawl::render::find_chromium().is_none() {
        eprintln!("skipped: Chromium is not installed (apt-get install chromium)");
        return;
    }
    let server = Server::start(site(), SocketAddr::from(([127, 0, 0, 1], 0))).await.unwrap();
    let url = server.url(LIST);

    let plain = common::audit(&server.url("/"), &["--as-of", "2026-11-26"]).await;
    assert!(column(&plain, &url).is_none_or(|c| c["items"] == 0), "no reader knows this script");

    // Only the home page for axe-core (where it is installed), which asks
    // nothing of the articles counted below.
    let folder = tempfile::tempdir().unwrap();
    let config = folder.path().join("govaudit.toml");
    std::fs::write(&config, "[a11y]\nrender_pages = 0\n").unwrap();
    let args = ["--as-of", "2026-11-26", "--render", "--config", &config.to_string_lossy()];
    let report = common::audit(&server.url("/"), &args).await;
    let c = column(&report, &url).unwrap_or_else(|| panic!("{:#}", report["sites"][0]["columns"]));
    assert_eq!(
        (&c["items"], &c["latest"], &c["built_by"]),
        (&Value::from(2), &Value::from("2026-11-20"), &serde_json::json!(["rendered"])),
        "{c}"
    );
    let seen = server.stats.seen();
    assert!(seen.iter().all(|s| !s.target.starts_with("/private/")), "robots.txt holds for the browser too");
    for article in ["/xwzx/gzdt/202611/t20261120_1.html", "/xwzx/gzdt/202611/t20261115_2.html"] {
        // The plain audit never reached them; the rendered one asked each once.
        assert_eq!(seen.iter().filter(|s| s.target == article).count(), 1, "{article}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_a_working_chromium_one_line_says_what_was_not_read() {
    let server = Server::start(site(), SocketAddr::from(([127, 0, 0, 1], 0))).await.unwrap();
    let out = tempfile::tempdir().unwrap();
    let args = ["audit", &server.url("/"), "--out", &out.path().to_string_lossy(), "-q", "--render"]
        .map(str::to_owned);
    let output = tokio::task::spawn_blocking(move || {
        std::process::Command::new(env!("CARGO_BIN_EXE_govaudit"))
            .args(&args)
            .env("GOVAUDIT_CHROMIUM", "/bin/false")
            .env("GOVAUDIT_LANG", "en")
            .env("GOVAUDIT_DB", out.path().join("history.db"))
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    let lines: Vec<&str> = stderr.lines().filter(|l| l.contains("Chromium")).collect();
    assert_eq!(lines.len(), 1, "{stderr}");
    assert!(lines[0].contains("1 column pages"), "{}", lines[0]);
    assert!(server.stats.seen().iter().all(|s| !s.target.contains("/202611/")), "nothing was read");
}
