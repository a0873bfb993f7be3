//! `--render` and accessibility: axe-core in headless Chromium judges the
//! demo portal's home page and finds the colour-contrast fault planted
//! there (a light-grey heading, which no static rule can see), reported
//! as a rendered finding with the page's screenshot beside the scorecard.
//! Skipped, with one line, where Chromium or axe-core is not installed
//! (`.ci/run` installs both). Without axe-core the audit runs as without
//! `--render` and one line says what it skipped.

mod common;

use std::net::SocketAddr;

use demo::serve::{Resource, Server, Site};
use serde_json::Value;

#[test]
fn the_planted_low_contrast_heading_is_found_in_the_browser() {
    if govaudit::crawl::render::find_chromium().is_none() {
        eprintln!("skipped: Chromium is not installed (apt-get install chromium)");
        return;
    }
    if govaudit::crawl::render::axe::find_axe(None).is_err() {
        eprintln!("skipped: axe-core is not installed (npm install -g axe-core@4.14.1)");
        return;
    }
    assert!(demo::portal::PLANTED_LOW_CONTRAST.contains("#cccccc"), "the plant is light grey");
    let out = tempfile::tempdir().unwrap();
    // Two pages besides the home page keep the test short.
    let config = out.path().join("govaudit.toml");
    std::fs::write(&config, "[a11y]\nrender_pages = 2\n").unwrap();
    let output = common::govaudit(&[
        "demo",
        "--render",
        "--config",
        &config.to_string_lossy(),
        "--out",
        &out.path().to_string_lossy(),
        "--as-of",
        "2026-11-26",
        "-q",
    ]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let folder = out.path().join("demo/2026-11-26");
    let path = folder.join("report.json");
    let report: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    common::assert_valid_report(&report, &path);
    let site = &report["sites"][0];
    let home = site["root"].as_str().unwrap();
    let findings = site["findings"].as_array().unwrap();
    let planted = findings
        .iter()
        .find(|f| {
            f["check"] == "a11y.color-contrast" && f["page"] == home && f["selector"] == ".service > h3"
        })
        .unwrap_or_else(|| panic!("no planted contrast finding: {:#}", Value::from(findings.clone())));
    assert_eq!((&planted["rendered"], &planted["severity"]), (&Value::from(true), &Value::from("deduction")));
    assert_eq!(planted["evidence"], "<h3>政务服务</h3>");
    let shot = planted["screenshot"].as_str().unwrap();
    assert!(shot.starts_with("screenshots/") && shot.ends_with(".png"), "{shot}");
    let png = std::fs::read(folder.join(shot)).unwrap();
    let scorecard = std::fs::read_to_string(folder.join("scorecard.html")).unwrap();
    assert!(scorecard.contains(&format!("href=\"{shot}\"")), "the scorecard links the screenshot");
    assert!(png.starts_with(b"\x89PNG") && png.len() <= 4 << 20, "a PNG of bounded size");
    // Rendered findings are only on the pages judged: the home page and two more.
    let pages: std::collections::BTreeSet<&str> =
        findings.iter().filter(|f| f["rendered"] == true).filter_map(|f| f["page"].as_str()).collect();
    assert!(pages.len() <= 3, "{pages:?}");
    // The pages judged are listed, clean or not, each violating page with its screenshot.
    let judged = site["rendered_pages"].as_array().unwrap();
    assert!((1..=3).contains(&judged.len()), "{judged:?}");
    let home_judged = judged.iter().find(|p| p["page"] == home).expect("the home page was judged");
    assert_eq!(home_judged["screenshot"], planted["screenshot"]);
    assert!(home_judged["rules_violated"].as_u64().unwrap() >= 1);
    for page in pages {
        assert!(judged.iter().any(|p| p["page"] == page), "{page} has rendered findings but is not listed");
    }
}

fn small_site() -> Site {
    let mut site = Site::default();
    site.insert(
        "/",
        Resource::html(
            "<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>清溪县人民政府</title></head>\
             <body><main><h1>清溪县人民政府</h1><p style=\"color:#ccc\">浅灰色的字</p></main></body></html>",
        ),
    );
    site
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_axe_core_the_audit_goes_on_and_one_line_says_what_it_skipped() {
    let server = Server::start(small_site(), SocketAddr::from(([127, 0, 0, 1], 0))).await.unwrap();
    let out = tempfile::tempdir().unwrap();
    let missing = out.path().join("no-such-axe");
    let args = ["audit", &server.url("/"), "--out", &out.path().to_string_lossy(), "-q", "--render"]
        .map(str::to_owned);
    let (db, missing) = (out.path().join("history.db"), missing.clone());
    let output = tokio::task::spawn_blocking(move || {
        std::process::Command::new(env!("CARGO_BIN_EXE_govaudit"))
            .args(&args)
            .env("GOVAUDIT_AXE_CORE", &missing)
            .env("GOVAUDIT_LANG", "zh")
            .env("GOVAUDIT_DB", db)
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let stderr = String::from_utf8_lossy(&output.stderr);
    let lines: Vec<&str> = stderr.lines().filter(|l| l.contains("axe-core")).collect();
    assert_eq!(lines.len(), 1, "{stderr}");
    assert!(lines[0].starts_with("未找到 axe-core") && lines[0].contains("no-such-axe"), "{}", lines[0]);
    let report = common::read_report(out.path());
    let findings = report["sites"][0]["findings"].as_array().unwrap();
    assert!(findings.iter().all(|f| f.get("rendered").is_none()), "nothing rendered");
}
