//! Columns end to end: a fixture site with pagination, a section page, a
//! meta-refresh parent, GBK lists with year-less dates, a table list, a
//! blank column, a pinned old item and a historic topic, audited by the real
//! binary. Every stale and blank column is found and no fresh one flagged.

mod common;

use std::net::SocketAddr;

use common::{Vars, findings, load_site};
use demo::serve::{Resource, Server, Site};
use serde_json::Value;

fn local() -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], 0))
}

/// The fixture site, with an article page for every TRS article URL, dated
/// by its URL — except two whose pages disagree with their lists.
fn site() -> Site {
    let mut site = load_site("columns", &Vars { ext: String::new(), closed: String::new() });
    site.generate("/", |target| {
        let (_, file) = target.rsplit_once("/t")?;
        let date = file.get(..8)?;
        let page_date = match file {
            f if f.starts_with("20261010_2003") => "2026-10-09".to_owned(),
            _ => format!("{}-{}-{}", &date[..4], &date[4..6], &date[6..8]),
        };
        Some(Resource::html(format!(
            "<html><head><meta charset=\"utf-8\"><meta name=\"ArticleTitle\" content=\"文章\">\
             <meta name=\"PubDate\" content=\"{page_date} 09:00\"><title>文章</title></head>\
             <body><p>发布时间：{page_date}</p><p>正文内容。</p></body></html>"
        )))
    });
    site
}

async fn audit(server: &Server, extra: &[&str]) -> Value {
    let mut args = vec!["--as-of", "2026-11-26"];
    args.extend_from_slice(extra);
    common::audit(&server.url("/"), &args).await
}

/// `(path, name, category, latest, stale, blank, exempt)` of every column.
fn columns(report: &Value, base: &str) -> Vec<(String, String, String, Value, bool, bool, bool)> {
    report["sites"][0]["columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["url"].as_str().unwrap().trim_start_matches(base).to_owned(),
                c["name"].as_str().unwrap().to_owned(),
                c["category"].as_str().unwrap().to_owned(),
                c["latest"].clone(),
                c["stale"].as_bool().unwrap(),
                c["blank"].as_bool().unwrap(),
                c["exempt"].as_bool().unwrap(),
            )
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn finds_every_column_and_judges_its_freshness() {
    let server = Server::start(site(), local()).await.unwrap();
    let config = tempfile::NamedTempFile::new().unwrap();
    // A historic topic exempt; a page the lists do not reveal declared a
    // column; a discovered column renamed, recategorised and given a limit.
    let rules = "[freshness]\nexempt = [\"/zt/2019/\"]\n\
                 [[columns]]\nurl = \"/xxgk/gkzn/\"\nname = \"依申请公开\"\ncategory = \"notice\"\n\
                 [[columns]]\npattern = \"/xwzx/xzdt/\"\nname = \"镇街动态\"\ncategory = \"news\"\nlimit_days = 60\n";
    std::fs::write(config.path(), rules).unwrap();
    let report = audit(&server, &["--config", &config.path().to_string_lossy()]).await;
    let base = server.url("");
    let s = |v: &str| v.to_owned();
    let date = |d: &str| Value::String(d.to_owned());
    assert_eq!(
        columns(&report, &base),
        vec![
            (s("/xwzx/gzdt/index.html"), s("工作动态"), s("news"), date("2026-11-24"), false, false, false),
            (s("/xwzx/xzdt/index.html"), s("镇街动态"), s("news"), date("2026-10-10"), false, false, false),
            (s("/xxgk/gkzn/index.html"), s("依申请公开"), s("notice"), Value::Null, false, true, false),
            (s("/xxgk/jytabl/index.html"), s("建议提案办理"), s("other"), Value::Null, false, true, false),
            (s("/xxgk/tzgg/index.html"), s("通知公告"), s("notice"), date("2026-06-10"), false, false, false),
            (s("/xxgk/zcwj/index.html"), s("政策文件"), s("policy"), date("2026-03-01"), true, false, false),
            (s("/zt/2019/index.html"), s("脱贫攻坚动态"), s("news"), date("2019-12-20"), false, false, true),
        ]
    );
    let site = &report["sites"][0];
    let gzdt = &site["columns"][0];
    assert_eq!(gzdt["items"], 6, "both pages of the column, the pinned item and the future one included");
    assert_eq!(gzdt["due"], "2026-12-08");
    assert_eq!(gzdt["limit_days"], 14);
    assert_eq!(site["columns"][5]["level"], 2, "政策文件 sits below 政务公开");
    assert_eq!(site["columns"][1]["limit_days"], 60, "the config's limit for 镇街动态");

    let f = |check| findings(&report, check, &base);
    assert_eq!(
        f("column.stale"),
        vec![(s("/xxgk/zcwj/index.html"), s("/xxgk/zcwj/202603/t20260301_4001.html"), s(""))]
    );
    assert_eq!(
        f("column.blank"),
        vec![(s("/xxgk/gkzn/index.html"), s(""), s("")), (s("/xxgk/jytabl/index.html"), s(""), s(""))]
    );
    assert_eq!(
        f("column.due-soon"),
        vec![(s("/xxgk/tzgg/index.html"), s("/xxgk/tzgg/202606/t20260610_3002.html"), s(""))]
    );
    assert_eq!(
        f("content.future-date"),
        vec![(s("/xwzx/gzdt/index.html"), s("/xwzx/gzdt/202612/t20261201_1010.html"), s(""))]
    );
    assert!(f("update.homepage-stale").is_empty(), "the home page's newest item is 2 days old");

    let stale = site["findings"].as_array().unwrap().iter().find(|x| x["check"] == "column.stale").unwrap();
    assert!(stale["detail"].as_str().unwrap().contains("超期 87 天"), "{}", stale["detail"]);
    assert_eq!(stale["column"], format!("{base}/xxgk/zcwj/index.html"));

    assert_eq!(
        site["freshness"],
        serde_json::json!({
            "homepage_assessed": true,
            "homepage_latest": "2026-11-24",
            "stale_news_or_first_level_notice_policy": 0,
            "stale": 1,
            "blank": 2,
            "due_soon": 1,
            // Every date carries its year: nothing rests on an assumed one.
            "homepage_stale_if_years_older": false,
            "stale_news_or_first_level_notice_policy_if_years_older": 0,
            "stale_if_years_older": 1
        })
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stale_column_names_its_newest_item_with_both_dates() {
    let server = Server::start(site(), local()).await.unwrap();
    let report = audit(&server, &[]).await;
    let base = server.url("");
    let findings = report["sites"][0]["findings"].as_array().unwrap();
    let stale = findings
        .iter()
        .find(|x| x["check"] == "column.stale" && x["column"] == format!("{base}/xwzx/xzdt/index.html"));
    let stale = stale.expect("乡镇动态 is stale under the default 14 days");
    // The article page disagrees with its list entry: both are kept as evidence.
    let evidence = stale["evidence"].as_str().unwrap();
    assert!(evidence.contains("2026-10-10") && evidence.contains("2026-10-09"), "{evidence}");
    assert!(stale["detail"].as_str().unwrap().contains("超期 33 天"), "{}", stale["detail"]);
    assert_eq!(stale["target"], format!("{base}/xwzx/xzdt/202610/t20261010_2003.html"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_historic_topic_is_stale_unless_exempt() {
    let server = Server::start(site(), local()).await.unwrap();
    let report = audit(&server, &[]).await;
    let stale: Vec<String> =
        findings(&report, "column.stale", &server.url("")).into_iter().map(|f| f.0).collect();
    assert!(stale.contains(&"/zt/2019/index.html".to_owned()), "{stale:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_navigation_hub_home_page_is_judged_by_its_second_level_pages() {
    let hub = |newest: &str| {
        let mut site = Site::default();
        site.insert("/", Resource::html("<ul><li><a href=\"/news/index.html\">新闻动态</a></li><li><a href=\"/gk/index.html\">政务公开</a></li></ul>"))
            .insert("/news/index.html", Resource::html(format!("<ul><li><a href=\"/news/a.html\">县政府召开常务会议</a><span>{newest}</span></li></ul>")))
            .insert("/gk/index.html", Resource::html("<ul><li><a href=\"/gk/b.html\">关于做好冬季工作的通知</a><span>2026-09-01</span></li></ul>"));
        site
    };
    let stale = Server::start(hub("2026-11-01"), local()).await.unwrap();
    let report = audit(&stale, &[]).await;
    let found = report["sites"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["check"] == "update.homepage-stale")
        .cloned();
    let found = found.expect("home page stale");
    assert_eq!(found["severity"], "veto");
    assert!(found["detail"].as_str().unwrap().contains("二级页面"), "{}", found["detail"]);
    assert_eq!(found["target"], stale.url("/news/a.html"));

    let fresh = Server::start(hub("2026-11-20"), local()).await.unwrap();
    let report = audit(&fresh, &[]).await;
    assert!(findings(&report, "update.homepage-stale", &fresh.url("")).is_empty());
}
