//! The crawler against a fixture county site with the faults real servers
//! have: every dead link found exactly, nothing disallowed requested, every
//! distinct target requested once, and the per-host limit kept.

mod common;

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::time::Duration;

use common::{Vars, findings, govaudit_async, load_site, read_report};
use demo::serve::{Fault, Resource, Server, Site, closed_port};

fn local() -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], 0))
}

/// The fixture site plus the routes that only code can express.
fn county_site(vars: &Vars) -> Site {
    let mut site = load_site("county", vars);
    let page = |body: &str| Resource::html(format!("<html><body>{body}</body></html>"));
    site.insert("/fault/500", page("error").with_status(500))
        .insert("/fault/busy", page("ok").with_fault(Fault::FailFirst { times: 1, status: 503, retry_after: Some(1) }))
        .insert("/fault/slow", page("slow").with_fault(Fault::Delay(Duration::from_secs(3))))
        .insert("/fault/reset", page("never").with_fault(Fault::Reset))
        .insert("/fault/chain/1", Resource::redirect(301, "/fault/chain/2"))
        .insert("/fault/chain/2", Resource::redirect(302, "3"))
        .insert("/fault/chain/3", Resource::redirect(307, "/news/index.html"))
        .insert("/fault/loop-a", Resource::redirect(302, "/fault/loop-b"))
        .insert("/fault/loop-b", Resource::redirect(302, "/fault/loop-a"))
        .insert(
            "/fault/head405.zip",
            Resource::new(200, "application/pdf", &b"%PDF-1.4"[..]).with_fault(Fault::HeadStatus(405)),
        )
        .insert("/old/article.html", Resource::redirect(302, "/"))
        // robots.txt disallows /private/: the hop must not be requested.
        .insert("/fault/to-private", Resource::redirect(302, "/private/other.html"))
        .insert("/protected.html", Resource::new(
            412,
            "text/html",
            "<html><head><script>var _0x=[1,2];document.cookie='__jsl_clearance_s='+_0x[0];location.href=location.pathname</script></head></html>",
        ))
        // A browser requests `/附件/通知.pdf?name=政府` from a GBK page like this.
        .insert(
            "/%E9%99%84%E4%BB%B6/%E9%80%9A%E7%9F%A5.pdf?name=%D5%FE%B8%AE",
            Resource::new(200, "application/pdf", &b"%PDF-1.4"[..]),
        );
    let mut big = String::from("<html><body><a href=\"/news/a1.html\">a1</a>");
    while big.len() < 10 * 1024 * 1024 {
        big.push_str("<p>清溪县人民政府关于进一步做好政务公开工作的通知。</p>\n");
    }
    big.push_str("<a href=\"/after-cut.html\">beyond the cap</a></body></html>");
    site.insert("/big.html", Resource::html(big));
    if let Some(gzip) = site.get("/gzip.html").cloned() {
        site.insert("/gzip.html", gzip.gzipped());
    }
    // An endless calendar: every month links to the next.
    site.generate("/calendar?month=", |target| {
        let month: i64 = target.rsplit('=').next()?.parse().ok()?;
        Some(Resource::html(format!("<a href=\"/calendar?month={}\">下月</a>", month + 1)))
    });
    site
}

fn external_site() -> Site {
    let mut site = Site::default();
    site.insert("/ok.html", Resource::html("<title>国务院</title>"));
    site
}

struct Run {
    report: serde_json::Value,
    site: Server,
    ext: Server,
    base: String,
    ext_base: String,
    closed: String,
}

async fn audit_county(extra: &[&str]) -> Run {
    let ext = Server::start(external_site(), local()).await.unwrap();
    let closed = format!("http://127.0.0.1:{}", closed_port().unwrap());
    let vars = Vars { ext: ext.url(""), closed: closed.clone() };
    let site = Server::start(county_site(&vars), local()).await.unwrap();
    let out = tempfile::tempdir().unwrap();
    let mut args: Vec<String> =
        ["audit", &site.url("/"), "--out", &out.path().to_string_lossy(), "--as-of", "2026-11-26"]
            .iter()
            .map(|s| s.to_string())
            .collect();
    args.extend(["--timeout", "1", "-q"].iter().map(|s| s.to_string()));
    args.extend(extra.iter().map(|s| s.to_string()));
    let output = govaudit_async(args).await;
    assert!(output.status.success(), "govaudit failed: {}", String::from_utf8_lossy(&output.stderr));
    let report = read_report(out.path());
    let base = site.url("");
    let ext_base = ext.url("");
    Run { report, site, ext, base, ext_base, closed }
}

/// Config with a small trap limit, so the endless calendar ends quickly.
fn trap_config() -> tempfile::NamedTempFile {
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), "[crawl]\nmax_query_variants = 5\n").unwrap();
    file
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn finds_exactly_the_dead_links_and_is_polite() {
    let config = trap_config();
    let run = audit_county(&["--config", &config.path().to_string_lossy(), "--per-host", "2"]).await;
    let dead = findings(&run.report, "link.dead", &run.base);
    let own = |s: &str| s.to_string();
    let mut want = vec![
        (own("/"), own("/fault/500"), own("500")),
        (own("/"), own("/fault/slow"), own("timeout")),
        (own("/"), own("/fault/reset"), own("connection_reset")),
        (own("/"), own("/fault/loop-a"), own("redirect_loop")),
        (own("/"), own("/images/missing.png"), own("404")),
        (own("/"), own("/old/article.html"), own("200")),
        (own("/"), own("/news/deleted.html"), own("200")),
        (own("/"), format!("{}/missing.html", run.ext_base), own("404")),
        (own("/"), format!("{}/", run.closed), own("connection_refused")),
        (own("/news/index.html"), own("/images/missing.png"), own("404")),
        (own("/news/index.html"), own("/news/gone.html"), own("404")),
        (own("/news/a1.html"), own("/files/missing.docx"), own("404")),
        (own("/xxgk/index.html"), own("/%E9%99%84%E4%BB%B6/%E4%B8%8D%E5%AD%98%E5%9C%A8.pdf"), own("404")),
        (own("/big5.html"), own("/big5-missing.html"), own("404")),
        (own("/gzip.html"), own("/gzip-missing.html"), own("404")),
    ];
    want.sort();
    assert_eq!(dead, want);

    let site = &run.report["sites"][0];
    let home_image = site["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| {
            f["check"] == "link.dead"
                && f["page"] == run.site.url("/")
                && f["target"] == run.site.url("/images/missing.png")
        })
        .expect("home page image finding");
    assert_eq!(home_image["on_homepage"], true);
    assert_eq!(home_image["internal"], true);
    assert_eq!(home_image["element"], "img");
    assert_eq!(home_image["severity"], "deduction");

    // The anti-bot page is "could not evaluate", the 10 MB page was cut.
    assert_eq!(
        findings(&run.report, "page.blocked", &run.base),
        vec![(own("/protected.html"), own("/protected.html"), own("412"))]
    );
    assert_eq!(
        findings(&run.report, "page.oversize", &run.base),
        vec![(own("/big.html"), own("/big.html"), own(""))]
    );
    assert!(findings(&run.report, "site.unreachable", &run.base).is_empty(), "the home page opened");
    let stats = &site["stats"];
    assert_eq!(stats["blocked"], 1);
    assert_eq!(stats["bodies_cut"], 1);
    assert_eq!(stats["truncated"], false);
    // /private/secret.html linked, /private/other.html reached by a redirect.
    assert_eq!(stats["skipped_by"]["robots"], 2);
    assert!(stats["skipped_by"]["trap"].as_u64().unwrap() >= 1);
    assert_eq!(site["name"], "测试县人民政府");

    // Politeness, counted by the servers themselves.
    let seen = run.site.stats.seen();
    assert!(seen.iter().all(|s| !s.target.starts_with("/private/")), "a disallowed URL was requested");
    assert_eq!(run.site.stats.count("GET", "/fault/to-private"), 1, "the redirect itself is allowed");
    assert_eq!(run.site.stats.count("GET", "/robots.txt"), 1, "robots.txt first, once");
    assert_eq!(seen[0].target, "/robots.txt", "robots.txt is read before anything else");
    assert!(seen.iter().all(|s| s.target != "/after-cut.html"), "links beyond the body cap were followed");
    assert!(seen.iter().all(|s| s.user_agent.starts_with("govaudit/")));
    assert!(
        run.site.stats.max_in_flight() <= 2,
        "per-host limit exceeded: {}",
        run.site.stats.max_in_flight()
    );
    let calendar = seen.iter().filter(|s| s.target.starts_with("/calendar")).count();
    assert_eq!(calendar, 5, "trap guard");

    // Each distinct target once per method; retried faults as many times as
    // retries allow (2), the 503 until it recovered.
    let mut counts: BTreeMap<(&str, String, String), usize> = BTreeMap::new();
    for (server, seen) in [("site", seen), ("external", run.ext.stats.seen())] {
        for s in seen {
            *counts.entry((server, s.method, s.target)).or_default() += 1;
        }
    }
    for ((_, method, target), n) in &counts {
        let want = match (method.as_str(), target.as_str()) {
            ("GET", "/fault/500" | "/fault/reset") => 3,
            ("GET", "/fault/busy") => 2,
            _ => 1,
        };
        assert_eq!(*n, want, "{method} {target} requested {n} times");
    }
    // HEAD rejected with 405 was confirmed with GET, and not reported.
    assert_eq!(run.site.stats.count("HEAD", "/fault/head405.zip"), 1);
    assert_eq!(run.site.stats.count("GET", "/fault/head405.zip"), 1);
    // Links to one external page from two pages: one HEAD, and one GET of
    // its start (`link.parked-domain`).
    assert_eq!(run.ext.stats.count("HEAD", "/ok.html"), 1);
    assert_eq!(run.ext.stats.count("GET", "/ok.html"), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn per_host_limit_is_reached_but_never_exceeded() {
    let site = common::linked_pages(40, Duration::from_millis(60));
    let server = Server::start(site, local()).await.unwrap();
    let out = tempfile::tempdir().unwrap();
    let args = ["audit", &server.url("/"), "--out", &out.path().to_string_lossy(), "--per-host", "3", "-q"];
    let output = govaudit_async(args.iter().map(|s| s.to_string()).collect()).await;
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(server.stats.max_in_flight(), 3);
    let report = read_report(out.path());
    assert_eq!(report["sites"][0]["stats"]["pages"], 41);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_external_skips_other_sites() {
    let run = audit_county(&["--no-external", "--max-pages", "3"]).await;
    assert_eq!(run.ext.stats.seen().len(), 0);
    let stats = &run.report["sites"][0]["stats"];
    assert!(stats["skipped_by"]["external"].as_u64().unwrap() >= 2);
    assert_eq!(stats["truncated"], true, "max-pages stopped the crawl");
    assert!(stats["pages"].as_u64().unwrap() <= 3);
}

/// Request start times the server saw for targets other than robots.txt.
fn page_request_times(server: &Server) -> Vec<Duration> {
    server.stats.seen().into_iter().filter(|s| s.target != "/robots.txt").map(|s| s.at).collect()
}

fn min_gap(times: &[Duration]) -> Duration {
    times.windows(2).map(|w| w[1].saturating_sub(w[0])).min().unwrap_or_default()
}

/// Asserts requests were spaced by `delay`, as the server saw them. The
/// server stamps a request when it reads it, so one request held up on its
/// way (a new connection while the machine is busy) shortens the next gap
/// by that much: each gap may fall short by a fifth, the mean by 5 %.
/// Without any spacing the gaps are a few milliseconds.
fn assert_spaced(times: &[Duration], delay: Duration, what: &str) {
    let gap = min_gap(times);
    assert!(gap >= delay * 4 / 5, "{what}: requests {gap:?} apart");
    let (first, last) =
        (times.first().copied().unwrap_or_default(), times.last().copied().unwrap_or_default());
    let mean = last.saturating_sub(first) / (times.len().max(2) as u32 - 1);
    assert!(mean >= delay * 19 / 20, "{what}: requests {mean:?} apart on average");
}

async fn audit(server: &Server, extra: &[&str]) -> serde_json::Value {
    common::audit(&server.url("/"), extra).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn delay_and_crawl_delay_space_requests_to_a_host() {
    let server = Server::start(common::linked_pages(4, Duration::ZERO), local()).await.unwrap();
    audit(&server, &["--delay", "200", "--per-host", "4"]).await;
    assert_spaced(&page_request_times(&server), Duration::from_millis(200), "--delay 200");

    // Crawl-delay for our agent raises a smaller --delay.
    let robots = "User-agent: govaudit\nCrawl-delay: 0.3\n";
    let mut site = common::linked_pages(4, Duration::ZERO);
    site.insert("/robots.txt", Resource::new(200, "text/plain", robots));
    let server = Server::start(site, local()).await.unwrap();
    audit(&server, &["--delay", "10", "--per-host", "4"]).await;
    assert_spaced(&page_request_times(&server), Duration::from_millis(300), "Crawl-delay 0.3");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retry_after_is_respected() {
    let mut site = Site::default();
    site.insert("/", Resource::html("<a href=\"/busy.html\">busy</a>")).insert(
        "/busy.html",
        Resource::html("ok").with_fault(Fault::FailFirst { times: 1, status: 503, retry_after: Some(1) }),
    );
    let server = Server::start(site, local()).await.unwrap();
    let report = audit(&server, &[]).await;
    let busy: Vec<Duration> =
        server.stats.seen().into_iter().filter(|s| s.target == "/busy.html").map(|s| s.at).collect();
    assert_eq!(busy.len(), 2);
    assert!(busy[1] - busy[0] >= Duration::from_millis(990), "asked again after {:?}", busy[1] - busy[0]);
    assert!(findings(&report, "link.dead", &server.url("")).is_empty(), "it recovered: not dead");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn soft_404s_are_recognised_by_the_sites_not_found_answer() {
    // A CMS that answers every unknown URL with its home page and 200.
    let mut site = Site::default();
    let home = Resource::html(
        "<title>清溪县人民政府</title><p>欢迎访问</p><a href=\"/xwzx/t20200101_1.html\">旧闻</a><a href=\"/ok.html\">ok</a>",
    );
    site.insert("/", home.clone())
        .insert("/ok.html", Resource::html("<p>一篇真实的文章</p>"))
        .set_not_found(home);
    let server = Server::start(site, local()).await.unwrap();
    let report = audit(&server, &[]).await;
    let dead = findings(&report, "link.dead", &server.url(""));
    assert_eq!(dead, vec![("/".into(), "/xwzx/t20200101_1.html".into(), "200".into())]);

    // A CMS that redirects every unknown URL to one error page.
    let mut site = Site::default();
    site.insert("/", Resource::html("<a href=\"/gone.html\">旧闻</a><a href=\"/moved.html\">新址</a>"))
        .insert("/moved.html", Resource::redirect(301, "/new.html"))
        .insert("/new.html", Resource::html("<p>新的页面</p>"))
        .insert("/error.html", Resource::html("<p>请从首页进入</p>"))
        .set_not_found(Resource::redirect(302, "/error.html"));
    let server = Server::start(site, local()).await.unwrap();
    let report = audit(&server, &[]).await;
    let dead = findings(&report, "link.dead", &server.url(""));
    assert_eq!(dead, vec![("/".into(), "/gone.html".into(), "200".into())]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn attachments_behind_page_urls_are_checked_not_downloaded() {
    let mut site = Site::default();
    site.insert("/", Resource::html("<a href=\"/download.jsp?id=1\">附件</a>"))
        .insert("/download.jsp?id=1", Resource::new(200, "application/pdf", vec![b'%'; 3 * 1024 * 1024]));
    let server = Server::start(site, local()).await.unwrap();
    let report = audit(&server, &[]).await;
    let stats = &report["sites"][0]["stats"];
    assert_eq!(stats["pages"], 1);
    assert_eq!(stats["links_checked"], 2);
    assert!(stats["bytes"].as_u64().unwrap() < 100_000, "the PDF body was read: {}", stats["bytes"]);
    assert_eq!(server.stats.count("GET", "/download.jsp?id=1"), 1);
}
