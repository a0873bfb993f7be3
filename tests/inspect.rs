//! `govaudit inspect`: one page read as the audit reads it, from a server on
//! 127.0.0.1 or from a saved file, printed as text or JSON.

mod common;

use std::net::SocketAddr;

use common::govaudit_async;
use demo::serve::{Resource, Server, Site};
use serde_json::Value;

fn local() -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], 0))
}

/// A county list page whose items print `MM-DD` only: two carry their year
/// in the URL (TRS style), the third takes it from them, its neighbours.
const YEARLESS_LIST: &str = r#"<html><head><title>工作动态_清溪县人民政府</title>
<meta name="ColumnName" content="清溪县人民政府"></head><body>
<div class="crumb">您的位置：首页 &gt; 新闻中心 &gt; 工作动态</div>
<ul class="list">
  <li><a href="./202511/t20251120_101.html">县政府召开常务会议研究部署冬季安全生产工作</a><span>[11-20]</span></li>
  <li><a href="./202510/t20251009_102.html">全县政务公开工作推进会召开</a><span>[10-09]</span></li>
  <li><a href="./art/103.html">我县开展秋冬季森林防火专项检查</a><span>[09-30]</span></li>
</ul>
<p>网站标识码：5107230001 <a href="https://beian.miit.gov.cn/">蜀ICP备05003306号-1</a></p>
</body></html>"#;

async fn inspect(args: &[&str]) -> std::process::Output {
    let mut all = vec!["inspect".to_owned()];
    all.extend(args.iter().map(|s| s.to_string()));
    govaudit_async(all).await
}

fn json(output: &std::process::Output) -> Value {
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).expect("inspect --format json prints JSON")
}

#[tokio::test]
async fn a_yearless_list_shows_each_date_and_where_its_year_came_from() {
    let mut site = Site::default();
    site.insert("/xwzx/gzdt/index.html", Resource::html(YEARLESS_LIST));
    let no_years = YEARLESS_LIST
        .replace("./202511/t20251120_101.html", "./art/101.html")
        .replace("./202510/t20251009_102.html", "./art/102.html")
        .replace("[09-30]", "[12-30]");
    site.insert("/xwzx/tzgg/index.html", Resource::html(no_years));
    let server = Server::start(site, local()).await.unwrap();
    let url = server.url("/xwzx/gzdt/index.html");
    let undated = server.url("/xwzx/tzgg/index.html");

    let page = json(&inspect(&[&url, "--as-of", "2026-12-06", "--format", "json"]).await);
    assert_eq!(page["status"], 200);
    assert_eq!(page["kind"], "column");
    assert_eq!(
        page["column"]["name"], "工作动态",
        "the breadcrumb the page shows wins over a site-wide meta"
    );
    assert_eq!(page["column"]["source"], "breadcrumb");
    let items: Vec<(&str, &str, &str)> = page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (i["written"].as_str().unwrap(), i["date"].as_str().unwrap(), i["year_from"].as_str().unwrap())
        })
        .collect();
    assert_eq!(
        items,
        [
            ("11-20", "2025-11-20", "url"),
            ("10-09", "2025-10-09", "url"),
            ("09-30", "2025-09-30", "neighbour")
        ]
    );
    assert_eq!(page["marks"], serde_json::json!([]), "marks are read on the home page only, as in an audit");
    // Only the page and its robots.txt were asked for.
    assert_eq!(page["requests"], 2);
    assert_eq!(server.stats.count("GET", "/xwzx/gzdt/index.html"), 1);

    let text = inspect(&[&url, "--as-of", "2026-12-06"]).await;
    let stdout = String::from_utf8_lossy(&text.stdout);
    assert!(text.status.success());
    assert!(stdout.contains("类型：栏目列表页"), "{stdout}");
    assert!(stdout.contains("2025-09-30（写作 09-30，年份取自同列表相邻信息）"), "{stdout}");
    assert!(stdout.contains("网站标识：只在首页读取"), "{stdout}");

    // Read as the home page, the marks show the values written.
    let home = json(&inspect(&[&url, "--home", "--format", "json"]).await);
    assert_eq!(home["kind"], "home");
    let value = |mark: &str| {
        let found = home["marks"].as_array().unwrap().iter().find(|m| m["mark"] == mark).cloned().unwrap();
        (found["present"].as_bool().unwrap(), found["value"].as_str().map(str::to_owned))
    };
    assert_eq!(value("site-code"), (true, Some("5107230001".to_owned())));
    assert_eq!(value("icp"), (true, Some("蜀ICP备05003306号-1".to_owned())));
    assert_eq!(value("psb"), (false, None));

    // With no year anywhere on the page, the text a person reads says the
    // year was assumed: the latest that keeps the date before the audit day.
    let text = inspect(&[&undated, "--as-of", "2026-12-06"]).await;
    let stdout = String::from_utf8_lossy(&text.stdout);
    assert!(stdout.contains("2026-11-20（写作 11-20，年份推定）"), "{stdout}");
    assert!(stdout.contains("2025-12-30（写作 12-30，年份推定）"), "{stdout}");
}

#[tokio::test]
async fn credentials_in_the_url_are_sent_to_that_site_and_never_printed() {
    let mut site = Site::default();
    site.insert("/xwzx/gzdt/index.html", Resource::html(YEARLESS_LIST));
    let server = Server::start(site, local()).await.unwrap();
    let url = server.url("/xwzx/gzdt/index.html").replace("http://", "http://admin:s3cret@");
    for format in ["text", "json"] {
        let output = inspect(&[&url, "--format", format]).await;
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        let printed =
            format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
        assert!(!printed.contains("s3cret") && !printed.contains("admin@"), "{printed}");
    }
    let page = server.stats.seen().into_iter().find(|s| s.target == "/xwzx/gzdt/index.html").unwrap();
    // "admin:s3cret" in Basic authentication.
    assert_eq!(page.authorization, "Basic YWRtaW46czNjcmV0");
}

#[tokio::test]
async fn a_saved_page_is_read_with_its_base_url_and_defused_for_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("saved.html");
    let hostile = YEARLESS_LIST.replace("工作动态_清溪县人民政府", "\u{1b}[2J工作动态");
    std::fs::write(
        &path,
        encoding_rs::GBK.encode(&hostile.replace("<head>", "<head><meta charset=\"gbk\">")).0,
    )
    .unwrap();
    let path = path.to_string_lossy().into_owned();
    let base = "http://www.qingxi.gov.cn/xwzx/gzdt/index.html";

    let page = json(
        &inspect(&["--file", &path, "--base-url", base, "--as-of", "2026-12-06", "--format", "json"]).await,
    );
    assert_eq!(page["encoding"], "GBK");
    assert_eq!(page["status"], Value::Null);
    assert_eq!(page["items"][0]["url"], "http://www.qingxi.gov.cn/xwzx/gzdt/202511/t20251120_101.html");

    let text = inspect(&["--file", &path, "--base-url", base]).await;
    let stdout = String::from_utf8_lossy(&text.stdout);
    assert!(stdout.contains("工作动态"), "{stdout}");
    assert!(!stdout.contains('\u{1b}'), "a page's escape sequences never reach the terminal");
}

#[tokio::test]
async fn a_wrong_charset_declaration_is_read_through_and_shown() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mislabelled.html");
    // UTF-8 bytes under a gb2312 declaration: visitors see mojibake.
    std::fs::write(&path, YEARLESS_LIST.replace("<head>", "<head><meta charset=\"gb2312\">")).unwrap();
    let path = path.to_string_lossy().into_owned();
    let base = "http://www.qingxi.gov.cn/xwzx/gzdt/index.html";
    let page = json(&inspect(&["--file", &path, "--base-url", base, "--format", "json"]).await);
    assert_eq!(page["encoding"], "UTF-8");
    assert_eq!(page["column"]["name"], "工作动态", "the text is read the way it decodes cleanly");
    let checks: Vec<&str> =
        page["issues"].as_array().unwrap().iter().filter_map(|i| i["check"].as_str()).collect();
    assert!(checks.contains(&"page.charset-mismatch"), "{checks:?}");

    // Declared right, nothing to say.
    std::fs::write(&path, YEARLESS_LIST.replace("<head>", "<head><meta charset=\"utf-8\">")).unwrap();
    let page = json(&inspect(&["--file", &path, "--base-url", base, "--format", "json"]).await);
    let checks: Vec<&str> =
        page["issues"].as_array().unwrap().iter().filter_map(|i| i["check"].as_str()).collect();
    assert!(!checks.contains(&"page.charset-mismatch"), "{checks:?}");
}

#[tokio::test]
async fn a_platform_answer_is_read_by_its_reader_not_as_a_page() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("show.json");
    let answer = r#"{"created_at": "Tue Feb 23 12:28:47 +0800 2021", "id": 4607740811010624,
        "user": {"id": 5612345678, "screen_name": "清溪发布"}, "text": "清溪县春季植树活动启动", "ok": 1}"#;
    std::fs::write(&path, answer).unwrap();
    let path = path.to_string_lossy().into_owned();
    let base = "https://weibo.com/ajax/statuses/show?id=K3fnuEfZK";
    let page = json(&inspect(&["--file", &path, "--base-url", base, "--format", "json"]).await);
    assert_eq!(page["kind"], "account");
    assert_eq!(page["account"]["reader"], "weibo_json");
    assert_eq!(page["account"]["state"], "read");
    assert_eq!(page["account"]["newest"], "2021-02-23");
    assert_eq!(
        page["issues"],
        serde_json::json!([]),
        "no page checks on an answer the crawl never reads as a page"
    );

    // The same reader on an HTML page keeps the page checks an audit runs.
    std::fs::write(&path, "<html><body><img src=a.png></body></html>").unwrap();
    let page = json(
        &inspect(&["--file", &path, "--base-url", "http://www.qingxi.gov.cn/a.html", "--format", "json"])
            .await,
    );
    assert!(page["issues"].as_array().unwrap().iter().any(|i| i["check"] == "a11y.image-alt"), "{page}");
}

#[tokio::test]
async fn what_cannot_be_inspected_is_one_line_and_exit_2() {
    let mut site = Site::default();
    site.insert("/robots.txt", Resource::new(200, "text/plain", "User-agent: *\nDisallow: /private/\n"));
    site.insert("/private/a.html", Resource::html("<p>x</p>"));
    let server = Server::start(site, local()).await.unwrap();

    let cases = [
        (vec![server.url("/private/a.html")], "robots.txt"),
        (vec!["mailto:admin@b.c".to_owned()], "mailto:admin@b.c"),
        (
            vec![
                "--file".to_owned(),
                "/nonexistent/page.html".to_owned(),
                "--base-url".to_owned(),
                "http://a.gov.cn/".to_owned(),
            ],
            "/nonexistent/page.html",
        ),
    ];
    for (args, needle) in cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let output = inspect(&args).await;
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(needle), "{needle:?} not in {stderr:?}");
        assert_eq!(stderr.trim_end().lines().count(), 1, "one line: {stderr:?}");
    }
    assert_eq!(server.stats.count("GET", "/private/a.html"), 0, "a disallowed page is never asked for");
}
