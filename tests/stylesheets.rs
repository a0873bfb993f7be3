//! The page's own stylesheets, end to end: a site served on 127.0.0.1
//! whose pages link a same-site sheet that hides an image without alt and
//! an iframe without title, audited by the real binary.
//!
//! What the sheet hides is not flagged; the sheet is requested once for
//! every page that links it; a sheet on another host, or one robots.txt
//! disallows, is never requested (what it would hide is still checked);
//! and hostile sheets (huge, nested without end, random bytes) are read
//! within their bounds.

mod common;

use std::net::SocketAddr;

use demo::serve::{Resource, Server, Site};

fn local() -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], 0))
}

const PAGES: usize = 12;

/// A page of the site: what each sheet would hide, with nothing else a
/// rule could fire on.
fn page(title: &str, other_host: &str, links: &str) -> String {
    format!(
        r#"<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title>
<link rel="stylesheet" href="/css/main.css">
<link rel="stylesheet" href="{other_host}/css/cdn.css">
<link rel="stylesheet" href="/css/private.css">
<link rel="stylesheet" href="/css/huge.css"><link rel="stylesheet" href="/css/deep.css">
<link rel="stylesheet" href="/css/garbage.css">
</head><body><main><h1>{title}</h1>
<div class="piaofu"><img src="/images/piaofu.gif"></div>
<div id="tanchuang"><iframe src="/tc/notice.html"></iframe></div>
<div class="cdn-ad"><img src="/images/cdn.gif"></div>
<div class="private-ad"><img src="/images/private.gif"></div>
<div class="huge-first"><img src="/images/huge.gif"></div>
<div class="huge-last"><img src="/images/huge-last.gif"></div>
{links}</main></body></html>"#
    )
}

/// A sheet past the size cap: its first rule is read, its last is not.
fn huge_sheet() -> Vec<u8> {
    let mut css = String::from(".huge-first{display:none}\n");
    while css.len() < 3 * 1024 * 1024 {
        css.push_str(
            ".filler-rule-that-matches-nothing > li + li ~ a[href^='/x']{color:red;display:block}\n",
        );
    }
    css.push_str(".huge-last{display:none}\n");
    css.into_bytes()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn same_site_sheets_hide_once_fetched_within_bounds() {
    let mut other = Site::default();
    other.insert("/css/cdn.css", Resource::new(200, "text/css", ".cdn-ad{display:none}"));
    let other = Server::start(other, local()).await.unwrap();
    let other_host = other.url("").trim_end_matches('/').to_owned();

    let mut site = Site::default();
    let links: String = (1..PAGES).map(|i| format!("<a href=\"/p{i}.html\">第{i}篇</a>")).collect();
    site.insert("/", Resource::html(page("清溪县人民政府", &other_host, &links)));
    for i in 1..PAGES {
        site.insert(&format!("/p{i}.html"), Resource::html(page(&format!("第{i}篇"), &other_host, "")));
    }
    site.insert(
        "/robots.txt",
        Resource::new(200, "text/plain", "User-agent: *\nDisallow: /css/private.css\n"),
    )
    .insert(
        "/css/main.css",
        Resource::new(200, "text/css", "@import url(\"base.css\");\n.piaofu { display: none }"),
    )
    .insert("/css/base.css", Resource::new(200, "text/css", "#tanchuang { display: none }"))
    .insert("/css/private.css", Resource::new(200, "text/css", ".private-ad{display:none}"))
    .insert("/css/huge.css", Resource::new(200, "text/css", huge_sheet()))
    .insert(
        "/css/deep.css",
        Resource::new(200, "text/css", format!("{}.x{{display:none}}", "{[(:is(".repeat(100_000))),
    )
    .insert(
        "/css/garbage.css",
        Resource::new(200, "text/css", (0..400_000u32).map(|i| (i * 7919 % 251) as u8).collect::<Vec<u8>>()),
    );
    let server = Server::start(site, local()).await.unwrap();
    let report = common::audit(&server.url("/"), &["--per-host", "4"]).await;

    let flagged: Vec<String> = report["sites"][0]["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["check"] == "a11y.image-alt" || f["check"] == "a11y.frame-title")
        .map(|f| f["evidence"].to_string())
        .collect();
    let (evidence, flagged_text) = (&flagged, flagged.join("\n"));
    // Hidden by main.css, by the base.css it imports, by the first rule
    // of the huge sheet: not flagged.
    for hidden in ["piaofu.gif", "notice.html", "/images/huge.gif"] {
        assert!(!flagged_text.contains(hidden), "{hidden} is hidden by a same-site sheet: {evidence:?}");
    }
    // The other host's sheet and the disallowed one were not read; the
    // huge sheet's last rule is past its size cap.
    for shown in ["cdn.gif", "private.gif", "huge-last.gif"] {
        assert!(flagged_text.contains(shown), "{shown} must still be checked: {evidence:?}");
    }

    let stats = &server.stats;
    for sheet in ["/css/main.css", "/css/base.css", "/css/huge.css", "/css/deep.css", "/css/garbage.css"] {
        assert_eq!(stats.count("GET", sheet), 1, "{sheet} is requested once for {PAGES} pages");
    }
    assert_eq!(stats.count("GET", "/css/private.css"), 0, "robots.txt disallows it");
    // Another host's sheet is only checked as a link (HEAD), never read.
    assert_eq!(other.stats.count("GET", "/css/cdn.css"), 0, "another host's sheet is not read");
    assert_eq!(other.stats.count("HEAD", "/css/cdn.css"), 1);
    assert_eq!(stats.count("GET", "/robots.txt"), 1);
    let pages = report["sites"][0]["stats"]["pages"].as_u64().unwrap();
    assert_eq!(pages, PAGES as u64, "every page was read");
    // The huge sheet is read up to its cap, not its 3 MB.
    let bytes = report["sites"][0]["stats"]["bytes"].as_u64().unwrap();
    assert!(bytes < 2 * 1024 * 1024, "{bytes} bytes read");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sheet_request_waits_the_hosts_delay_and_answers_its_link_check() {
    let mut site = Site::default();
    site.insert("/", Resource::html(page("清溪县人民政府", "http://127.0.0.1:9", "")))
        .insert("/css/main.css", Resource::new(200, "text/css", ".piaofu{display:none}"));
    let server = Server::start(site, local()).await.unwrap();
    let report = common::audit(&server.url("/"), &["--delay", "300", "--per-host", "4"]).await;
    let seen = server.stats.seen();
    let at = |target: &str| seen.iter().find(|s| s.target == target).map(|s| s.at).unwrap();
    let gap = at("/css/main.css").saturating_sub(at("/"));
    assert!(gap >= std::time::Duration::from_millis(240), "the sheet was asked {gap:?} after its page");
    assert_eq!(server.stats.count("GET", "/css/main.css"), 1);
    assert_eq!(server.stats.count("HEAD", "/css/main.css"), 0, "its link check took the sheet's answer");
    let findings = report["sites"][0]["findings"].as_array().unwrap();
    let alt: Vec<String> = findings
        .iter()
        .filter(|f| f["check"] == "a11y.image-alt")
        .map(|f| f["evidence"].to_string())
        .collect();
    assert!(!alt.is_empty() && !alt.iter().any(|e| e.contains("piaofu.gif")), "the sheet hides it: {alt:?}");
}
