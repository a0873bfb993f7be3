//! Warnings before the veto lines end to end (issue 21 §2): `[warnings]`
//! and owners from the config reach the findings of a real audit of a site
//! on 127.0.0.1, and `[[maintenance]]` windows leave their probes out of V2
//! in a real history database.

mod common;

use std::net::SocketAddr;

use common::{govaudit, govaudit_async, read_report};
use demo::serve::{Resource, Server, Site};
use serde_json::Value;

fn list(title: &str, items: &[(&str, &str)]) -> Resource {
    let rows: String = items
        .iter()
        .map(|(href, day)| format!("<li><a href=\"{href}\">{title}：{day} 的信息</a><span>{day}</span></li>"))
        .collect();
    Resource::html(format!(
        "<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{title}</title>\
         <meta name=\"ColumnName\" content=\"{title}\"></head><body>\
         <div class=\"position\">当前位置：<a href=\"/\">首页</a> &gt; {title}</div><ul class=\"list\">{rows}</ul></body></html>"
    ))
}

fn article(title: &str) -> Resource {
    Resource::html(format!(
        "<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{title}</title></head><body><h1>{title}</h1></body></html>"
    ))
}

/// A home page whose newest item is 11 days old on 2026-11-26 (3 days to
/// V3's line), a stale news column and a notice column due in 14 days.
fn site() -> Site {
    let mut site = Site::default();
    site.insert(
        "/",
        Resource::html(
            "<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>测试县人民政府</title></head><body>\
             <ul class=\"nav\"><li><a href=\"/xwzx/gzdt/index.html\">工作动态</a></li>\
             <li><a href=\"/xxgk/tzgg/index.html\">通知公告</a></li></ul>\
             <ul class=\"news\"><li><a href=\"/xwzx/yw/t1.html\">县政府召开常务会议</a><span>2026-11-15</span></li></ul>\
             </body></html>",
        ),
    );
    site.insert("/xwzx/yw/t1.html", article("县政府召开常务会议"));
    site.insert("/xwzx/gzdt/index.html", list("工作动态", &[("/xwzx/gzdt/a1.html", "2026-10-01")]));
    site.insert("/xwzx/gzdt/a1.html", article("工作动态"));
    site.insert("/xxgk/tzgg/index.html", list("通知公告", &[("/xxgk/tzgg/a1.html", "2026-06-10")]));
    site.insert("/xxgk/tzgg/a1.html", article("通知公告"));
    site
}

fn by_check<'a>(report: &'a Value, check: &str) -> Vec<&'a Value> {
    report["sites"][0]["findings"].as_array().unwrap().iter().filter(|f| f["check"] == check).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn owners_and_due_days_reach_the_findings() {
    let server = Server::start(site(), SocketAddr::from(([127, 0, 0, 1], 0))).await.unwrap();
    let out = tempfile::tempdir().unwrap();
    let config = out.path().join("govaudit.toml");
    std::fs::write(
        &config,
        "[warnings]\nowner = \"县政府办公室\"\n\n\
         [[columns]]\nurl = \"/xwzx/gzdt/\"\nowner = \"县融媒体中心\"\n\n\
         [[columns]]\npattern = \"/xxgk/tzgg/\"\nowner = \"县政务公开办\"\n",
    )
    .unwrap();
    let args = ["audit", &server.url("/"), "--config", &config.to_string_lossy(), "--out"];
    let mut args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    args.extend([
        out.path().to_string_lossy().into_owned(),
        "--as-of".into(),
        "2026-11-26".into(),
        "-q".into(),
    ]);
    let output = govaudit_async(args).await;
    assert!(output.status.code().is_some_and(|c| c <= 1), "{}", String::from_utf8_lossy(&output.stderr));
    let report = read_report(out.path());

    let stale = by_check(&report, "column.stale");
    assert_eq!(stale.len(), 1, "{stale:#?}");
    assert_eq!(stale[0]["owner"], "县融媒体中心", "every finding of a column carries its owner");
    let due = by_check(&report, "column.due-soon");
    assert_eq!(due.len(), 1, "{due:#?}");
    assert_eq!(
        (&due[0]["owner"], &due[0]["due"]),
        (&Value::from("县政务公开办"), &Value::from("2026-12-10"))
    );
    let home = by_check(&report, "update.due-soon");
    assert_eq!(home.len(), 1, "{home:#?}");
    assert_eq!(home[0]["due"], "2026-11-29");
    assert_eq!(home[0]["owner"], "县政府办公室", "the default owner takes the rest");
    assert_eq!(
        (&home[0]["severity"], &home[0]["rule"]),
        (&Value::from("notice"), &Value::from("column-stale"))
    );
    assert!(home[0]["target"].as_str().unwrap().ends_with("/xwzx/yw/t1.html"));
}

/// A week of probes, 20 a day and 10 more on the 20th, failing inside a
/// filed maintenance window: with the window, 5 failures of 140 (3.6 %)
/// warn; without it 15 of 150 (10 %) fire V2.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn maintenance_windows_leave_their_probes_out_of_v2() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("govaudit.db");
    let server = Server::start(site(), SocketAddr::from(([127, 0, 0, 1], 0))).await.unwrap();
    let root = server.url("/");
    let config = dir.path().join("govaudit.toml");
    std::fs::write(
        &config,
        "[warnings]\nowner = \"县政府办公室\"\n\n\
         [[maintenance]]\nfrom = \"2026-11-20T00:00\"\nto = \"2026-11-20T10:00\"\nreason = \"机房电力改造\"\n\n\
         [[maintenance]]\nfrom = \"2026-09-01T00:00\"\nto = \"2026-09-01T02:00\"\nreason = \"早已过去\"\n",
    )
    .unwrap();
    let audit = |config: Option<&std::path::Path>| {
        let out = tempfile::tempdir().unwrap();
        let mut args: Vec<String> =
            ["audit", &root, "--db", &db.to_string_lossy(), "--out"].iter().map(|s| s.to_string()).collect();
        args.extend([
            out.path().to_string_lossy().into_owned(),
            "--as-of".into(),
            "2026-11-26".into(),
            "-q".into(),
        ]);
        if let Some(config) = config {
            args.extend(["--config".into(), config.to_string_lossy().into_owned()]);
        }
        async move {
            let output = govaudit_async(args).await;
            assert!(
                output.status.code().is_some_and(|c| c <= 1),
                "{}",
                String::from_utf8_lossy(&output.stderr)
            );
            read_report(out.path())
        }
    };
    // The first run creates the database.
    audit(None).await;
    let conn = rusqlite::Connection::open(&db).unwrap();
    let probe = |at: String, day: u32, ok: bool| {
        conn.execute(
            "INSERT INTO probes (site_root, at, day, ok, status, error, millis) VALUES (?1, ?2, ?3, ?4, NULL, NULL, 10)",
            rusqlite::params![&root, at, format!("2026-11-{day}"), ok],
        )
        .unwrap();
    };
    for day in 20..=26 {
        for n in 0..20 {
            // From 10:00, after the window; one failure on each of five days.
            probe(
                format!("2026-11-{day}T{:02}:{:02}:00+08:00", 10 + n / 2, n % 2 * 30),
                day,
                !(n == 0 && day <= 24),
            );
        }
    }
    for n in 0..10 {
        probe(format!("2026-11-20T{n:02}:00:00+08:00"), 20, false);
    }
    drop(conn);

    let report = audit(Some(&config)).await;
    let site = &report["sites"][0];
    let windows = site["availability"]["maintenance"].as_array().unwrap();
    assert_eq!(windows.len(), 1, "only the window within the probes' month: {windows:#?}");
    assert_eq!(windows[0]["from"], "2026-11-20 00:00");
    assert_eq!(windows[0]["excluded"], 10);
    let v2 = site["score"]["vetoes"].as_array().unwrap().iter().find(|v| v["id"] == "V2").unwrap();
    assert_eq!(v2["status"], "clear", "{v2:#}");
    assert!(v2["evidence"].as_str().unwrap().contains("机房电力改造），10 次探测未计入"), "{v2:#}");
    let warning = by_check(&report, "site.due-soon");
    assert_eq!(warning.len(), 1, "{:#}", site["findings"]);
    assert_eq!(
        (&warning[0]["due"], &warning[0]["owner"]),
        (&Value::from("2026-11-26"), &Value::from("县政府办公室"))
    );

    // Without the window the same probes fail the site, and nothing warns.
    let report = audit(None).await;
    let site = &report["sites"][0];
    let v2 = site["score"]["vetoes"].as_array().unwrap().iter().find(|v| v["id"] == "V2").unwrap();
    assert_eq!(v2["status"], "fired", "{v2:#}");
    assert!(site["availability"].get("maintenance").is_none());
    assert!(by_check(&report, "site.due-soon").is_empty());
}

#[test]
fn bad_warning_values_are_named_and_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    for (text, needle) in [
        ("[warnings]\nhomepage_days = 40000\n", "[warnings] homepage_days"),
        ("[warnings]\ncount_margin = 5\n", "[warnings] count_margin"),
        ("[warnings]\navailability_percent = 0\n", "[warnings] availability_percent"),
        ("[warnings]\navailability_percent = nan\n", "[warnings] availability_percent"),
        ("[warnings]\nowner = \" \"\n", "[warnings] owner"),
        ("[warnings]\nsoon = 3\n", "soon"),
        ("[[columns]]\nurl = \"/a/\"\nowner = \"\"\n", "[[columns]] owner"),
        (
            "[[maintenance]]\nfrom = \"2026-11-03 22:00\"\nto = \"11/04\"\nreason = \"升级\"\n",
            "[[maintenance]] #1 to",
        ),
        (
            "[[maintenance]]\nfrom = \"2026-11-04T02:00\"\nto = \"2026-11-03T22:00\"\nreason = \"升级\"\n",
            "[[maintenance]] #1 to",
        ),
        (
            "[[maintenance]]\nfrom = \"2026-11-03T22:00\"\nto = \"2026-11-04T02:00\"\nreason = \"\"\n",
            "reason",
        ),
    ] {
        let config = dir.path().join("govaudit.toml");
        std::fs::write(&config, text).unwrap();
        let out = govaudit(&["audit", "http://127.0.0.1:9/", "--config", &config.to_string_lossy()]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{text}: {stderr}");
        assert!(stderr.contains(needle), "{text}: {stderr}");
    }
}
