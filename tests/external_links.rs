//! Where external links really go, against real servers on 127.0.0.1: a
//! link hidden by the site's own stylesheet is found; the
//! start of an external HTML page is read once (a parked domain found, a
//! marker past the first 64 KB not), a non-HTML answer is never read, a
//! redirect to another registrable domain is found, and a block list from
//! the config applies. Other sites' names resolve to a local server
//! through `[crawl.resolve]`, as in the demo.

mod common;

use std::net::SocketAddr;

use common::{findings, govaudit_async, read_report};
use demo::serve::{Fault, Resource, Server, Site};

const PAGE: &str = "<html><head><meta charset=\"utf-8\"><title>清溪县人民政府</title>\
<link rel=\"stylesheet\" href=\"/css/site.css\"></head><body>\
<div class=\"yq\"><a href=\"http://www.hidden-g.com/g/\">网上投注</a></div>\
<a href=\"http://www.parked-a.com/\">清溪旅游网</a>\
<a href=\"http://www.parked-gbk.com/gbk/\">清溪招商网</a>\
<a href=\"http://www.parked-h.com/nohead/\">清溪农业网</a>\
<a href=\"http://www.moved-b.com/\">清溪经济网</a>\
<a href=\"http://www.files-d.com/report.pdf\">年度报告</a>\
<a href=\"http://www.big-e.com/big.html\">大页面</a>\
<a href=\"http://www.bet-f.com/bet/\">娱乐</a>\
<a href=\"http://www.sc.gov.cn/sc/\">四川省人民政府</a>\
</body></html>";

/// Every other site, told apart by host: one server answers for all.
fn others() -> Site {
    let mut site = Site::default();
    site.insert("/", Resource::html("<html><body><h1>该域名出售</h1><p>有意者请联系</p></body></html>"))
        .insert("/report.pdf", Resource::new(200, "application/pdf", "该域名出售 %PDF-1.4".repeat(10_000)))
        .insert("/landing.html", Resource::html("<html><body>欢迎光临</body></html>"))
        .insert("/bet/", Resource::html("<html><body>真人娱乐</body></html>"))
        .insert("/sc/", Resource::html("<html><body>四川省人民政府</body></html>"))
        .insert("/g/", Resource::html("<html><body>网上投注</body></html>"));
    // A parking page in GBK, as Chinese registrars serve them: read as a
    // browser would, the marker is found.
    let (gbk, _, _) = encoding_rs::GBK
        .encode("<html><head><meta charset=\"gb2312\"></head><body><h1>此域名正在出售</h1></body></html>");
    site.insert("/gbk/", Resource::new(200, "text/html", gbk.into_owned()));
    // A server that rejects HEAD is asked with GET: that answer's start is
    // read (one GET, not two).
    site.insert(
        "/nohead/",
        Resource::html("<html><body><h1>该域名正在出售</h1></body></html>")
            .with_fault(Fault::HeadStatus(405)),
    );
    let mut big = String::from("<html><body>");
    while big.len() < 200 * 1024 {
        big.push_str("<p>清溪县人民政府关于进一步做好政务公开工作的通知。</p>\n");
    }
    big.push_str("<p>This domain may be for sale</p></body></html>");
    site.insert("/big.html", Resource::html(big));
    site
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn external_pages_are_read_once_and_judged() {
    let local = SocketAddr::from(([127, 0, 0, 1], 0));
    let mut portal = Site::default();
    portal.insert("/", Resource::html(PAGE)).insert(
        "/css/site.css",
        Resource::new(200, "text/css", "body{margin:0} .yq{position:absolute;left:-9999px}"),
    );
    let portal = Server::start(portal, local).await.unwrap();
    let other = Server::start(others(), local).await.unwrap();
    let addr = other.url("").trim_start_matches("http://").to_owned();
    let hosts = [
        "www.parked-a.com",
        "www.parked-gbk.com",
        "www.parked-h.com",
        "www.files-d.com",
        "www.big-e.com",
        "www.bet-f.com",
        "www.sc.gov.cn",
        "www.hidden-g.com",
    ];
    let mut config = String::from("[links]\nblock_hosts = [\"bet-f.com\"]\n[crawl.resolve]\n");
    for host in hosts {
        config.push_str(&format!("\"{host}\" = \"{addr}\"\n"));
    }
    // The moved site has a server of its own: its `/` redirects to
    // another domain.
    let mut moved = Site::default();
    moved.insert("/", Resource::redirect(301, "http://www.bet-f.com/landing.html"));
    let moved = Server::start(moved, local).await.unwrap();
    config.push_str(&format!("\"www.moved-b.com\" = \"{}\"\n", moved.url("").trim_start_matches("http://")));
    let dir = tempfile::tempdir().unwrap();
    let config_path = dir.path().join("govaudit.toml");
    std::fs::write(&config_path, config).unwrap();
    let out = dir.path().join("out");
    let args = [
        "audit",
        &portal.url("/"),
        "--config",
        &config_path.to_string_lossy(),
        "--out",
        &out.to_string_lossy(),
        "--as-of",
        "2026-11-26",
        "-q",
    ];
    let output = govaudit_async(args.iter().map(|s| s.to_string()).collect()).await;
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let report = read_report(&out);
    let base = portal.url("");
    let targets = |check| findings(&report, check, &base).into_iter().map(|f| f.1).collect::<Vec<_>>();

    assert_eq!(
        targets("link.parked-domain"),
        ["http://www.parked-a.com/", "http://www.parked-gbk.com/gbk/", "http://www.parked-h.com/nohead/"]
    );
    assert_eq!(targets("link.foreign-redirect"), ["http://www.moved-b.com/"]);
    assert_eq!(targets("link.blocked-host"), ["http://www.bet-f.com/bet/", "http://www.moved-b.com/"]);
    assert_eq!(targets("link.dead"), Vec::<String>::new());
    // The site's own stylesheet hides a link: the rule and the sheet are named.
    let hidden =
        report["sites"][0]["findings"].as_array().unwrap().iter().find(|f| f["check"] == "link.hidden");
    let hidden = hidden.expect("the hidden link is found");
    assert_eq!(hidden["target"], "http://www.hidden-g.com/g/");
    let detail = hidden["detail"].as_str().unwrap();
    assert!(
        detail.contains("left:-9999px") && detail.contains(".yq") && detail.contains("/css/site.css"),
        "{detail}"
    );

    // HEAD first; the start of each HTML page once; the PDF never.
    for page in ["/", "/gbk/", "/nohead/", "/bet/", "/landing.html"] {
        assert_eq!(other.stats.count("HEAD", page), 1, "{page}");
        assert_eq!(other.stats.count("GET", page), 1, "{page}");
    }
    // A government's domain cannot be sold on: HEAD only.
    assert_eq!((other.stats.count("HEAD", "/sc/"), other.stats.count("GET", "/sc/")), (1, 0));
    assert_eq!(other.stats.count("HEAD", "/report.pdf"), 1);
    assert_eq!(other.stats.count("GET", "/report.pdf"), 0);
    // The big page's marker lies past the 64 KB read: not parked.
    assert_eq!(other.stats.count("GET", "/big.html"), 1);
    assert_eq!(moved.stats.count("HEAD", "/"), 1);
    assert_eq!(moved.stats.count("GET", "/"), 0, "a redirect has no page to read");
}
