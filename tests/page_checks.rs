//! Page checks end to end: a portal whose `/` is a meta-refresh stub to a
//! GBK home page, served on 127.0.0.1 and audited by the real binary.
//! The home-page checks must judge the real home page, not the stub; the
//! content checks must find what the pages publish, with numbers masked.

mod common;

use std::net::SocketAddr;

use common::{Vars, findings, load_site};
use demo::serve::Server;
use serde_json::Value;

fn local() -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], 0))
}

fn of<'a>(report: &'a Value, check: &'a str) -> impl Iterator<Item = &'a Value> + 'a {
    report["sites"][0]["findings"].as_array().expect("findings").iter().filter(move |f| f["check"] == check)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn page_checks_read_the_real_home_page_and_every_page() {
    let vars = Vars { ext: String::new(), closed: String::new() };
    let server = Server::start(load_site("portal", &vars), local()).await.unwrap();
    let config = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(config.path(), "[content.typos]\n\"清溪县人民正府\" = \"清溪县人民政府\"\n").unwrap();
    let config_path = config.path().to_string_lossy().into_owned();
    let report = common::audit(&server.url("/"), &["--config", &config_path, "--as-of", "2026-11-26"]).await;
    let base = server.url("");

    // The stub refreshes to /portal/index.html, which carries every mark and
    // both entries; only its 找错 link names another site's code.
    for check in
        ["identity.missing", "identity.no-error-report-entry", "a11y.assist-entry", "identity.domain"]
    {
        assert_eq!(of(&report, check).count(), 0, "{check} on the real home page: {report}");
    }
    let mismatch: Vec<_> = findings(&report, "identity.mismatch", &base).into_iter().map(|f| f.0).collect();
    assert_eq!(mismatch, ["/portal/index.html"]);
    let evidence = of(&report, "identity.mismatch").next().unwrap()["evidence"].as_str().unwrap();
    assert!(evidence.contains("5107230001") && evidence.contains("5107230010"), "{evidence}");

    // The 公示 page leaks one ID and one mobile (the masked row and the
    // home page's 值班手机 in the footer do not count); numbers are masked.
    let pii: Vec<_> = of(&report, "content.pii").collect();
    assert_eq!(pii.len(), 1, "{pii:?}");
    assert_eq!(pii[0]["page"].as_str().unwrap().strip_prefix(&base), Some("/xxgk/gs.html"));
    assert!(pii[0]["detail"].as_str().unwrap().contains("身份证号 1 个、手机号 1 个"), "{}", pii[0]);
    let text = report.to_string();
    assert!(!text.contains("510723196403152130") && !text.contains("13990216621"), "a full number leaked");
    assert!(pii[0]["evidence"].as_str().unwrap().contains("510723********2130"));

    // A shipped wrong word and one from the config file.
    let mut typos: Vec<&str> = of(&report, "content.typo").map(|f| f["detail"].as_str().unwrap()).collect();
    typos.sort();
    assert_eq!(typos.len(), 2, "{typos:?}");
    assert!(
        typos.iter().any(|d| d.contains("营商环竟")) && typos.iter().any(|d| d.contains("清溪县人民正府"))
    );

    // An accessibility finding carries its selector, snippet and target.
    let alt: Vec<_> = of(&report, "a11y.image-alt").collect();
    assert_eq!(alt.len(), 1, "{alt:?}");
    assert_eq!(alt[0]["page"].as_str().unwrap().strip_prefix(&base), Some("/xxgk/gs.html"));
    assert_eq!(alt[0]["selector"], "html > body > img");
    assert_eq!(alt[0]["target"].as_str().unwrap().strip_prefix(&base), Some("/conac.png"));
    assert!(alt[0]["evidence"].as_str().unwrap().starts_with("<img"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn details_follow_the_language() {
    let vars = Vars { ext: String::new(), closed: String::new() };
    let server = Server::start(load_site("portal", &vars), local()).await.unwrap();
    let out = tempfile::tempdir().unwrap();
    let args: Vec<String> =
        ["--lang", "en", "audit", &server.url("/"), "--out", &out.path().to_string_lossy(), "-q"]
            .iter()
            .map(|s| s.to_string())
            .collect();
    let output = common::govaudit_async(args).await;
    assert!(output.status.success());
    let report = common::read_report(out.path());
    let pii = of(&report, "content.pii").next().unwrap();
    assert!(pii["detail"].as_str().unwrap().starts_with("unmasked personal data"), "{pii}");
}

/// A home page in UTF-8 that declares gb2312, served with no charset in
/// the header: read as UTF-8 (its title names the site) and reported once
/// with both encodings; a GBK page declaring gb2312 and a page whose
/// header gives the right charset are not.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_charset_declaration_is_read_through_and_reported() {
    use demo::serve::{Resource, Site};
    let body = "<p>清溪县人民政府关于做好政务公开工作的通知，各乡镇人民政府、县级各部门。</p>";
    let page = |meta: &str, title: &str, links: &str| {
        format!(
            "<html lang=\"zh-CN\"><head>{meta}<title>{title}</title></head><body>{links}{body}</body></html>"
        )
    };
    let mut site = Site::default();
    site.insert(
        "/",
        Resource::new(
            200,
            "text/html",
            page(
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">",
                "清溪县人民政府",
                "<a href=\"/gbk.html\">公开</a><a href=\"/header.html\">服务</a>",
            ),
        ),
    )
    .insert(
        "/gbk.html",
        Resource::html_encoded(&page("<meta charset=\"gb2312\">", "公开", ""), encoding_rs::GBK),
    )
    .insert("/header.html", Resource::html(page("<meta charset=\"gbk\">", "服务", "")));
    let server = Server::start(site, local()).await.unwrap();
    let report = common::audit(&server.url("/"), &["--as-of", "2026-11-26"]).await;
    assert_eq!(report["sites"][0]["name"], "清溪县人民政府", "{report}");
    let found: Vec<&Value> = of(&report, "page.charset-mismatch").collect();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["page"].as_str().unwrap(), server.url("/"));
    let evidence = found[0]["evidence"].as_str().unwrap();
    assert!(evidence.contains("GBK") && evidence.contains("UTF-8"), "{evidence}");
}
