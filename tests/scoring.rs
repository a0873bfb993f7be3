//! Scoring end to end: the score in report.json, rubrics from files, CI
//! gates and their exit codes, `govaudit rules`, and rosters ranked.

mod common;

use std::net::SocketAddr;

use common::{govaudit, govaudit_async, read_report};
use demo::serve::{Resource, Server, Site};
use serde_json::Value;

fn local() -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], 0))
}

/// A small site: dated news on the home page (so V3 is assessed), one
/// dead image on the home page and one dead link elsewhere.
fn site(newest: &str) -> Site {
    let mut site = Site::default();
    site.insert(
        "/",
        Resource::html(format!(
            "<!DOCTYPE html><html lang=\"zh-CN\"><head><title>测试县人民政府</title></head><body>\
<h1>测试县人民政府</h1><h2><a href=\"/xwdt/\">工作动态</a></h2>\
<ul><li><a href=\"/xwdt/1.html\">县政府召开常务会议</a><span>{newest}</span></li></ul>\
<img src=\"/banner.png\" alt=\"横幅\">\
<p><a href=\"/hdjl/xzxx.html\">县长信箱</a> <a href=\"/zwfw/\">政务服务</a> <a href=\"/ndbb.html\">2025年度报表</a></p>\
<form action=\"/search\" method=\"get\"><input name=\"q\" aria-label=\"站内搜索\"><button>搜索</button></form></body></html>"
        )),
    )
    // A working consultation channel (V5), a service entry (V6) and last
    // year's annual report.
    .insert(
        "/ndbb.html",
        Resource::html(
            "<!DOCTYPE html><html lang=\"zh-CN\"><head><title>2025年度网站工作年度报表</title></head><body><p>报表。</p></body></html>",
        ),
    )
    .insert(
        "/hdjl/xzxx.html",
        Resource::html(
            "<!DOCTYPE html><html lang=\"zh-CN\"><head><title>县长信箱</title></head><body><p>来信请发送电子邮件。</p></body></html>",
        ),
    )
    .insert(
        "/zwfw/",
        Resource::html(
            "<!DOCTYPE html><html lang=\"zh-CN\"><head><title>政务服务</title></head><body><p>办事指南与在线办理。</p></body></html>",
        ),
    )
    .insert(
        "/xwdt/",
        Resource::html(format!(
            "<!DOCTYPE html><html lang=\"zh-CN\"><head><title>工作动态</title></head><body>\
<ul><li><a href=\"/xwdt/1.html\">县政府召开常务会议</a><span>{newest}</span></li></ul></body></html>"
        )),
    )
    .insert(
        "/xwdt/1.html",
        Resource::html(
            "<!DOCTYPE html><html lang=\"zh-CN\"><head><title>县政府召开常务会议</title></head><body>\
<p>会议研究了有关事项。</p><a href=\"/gone.html\">附件</a></body></html>",
        ),
    );
    site
}

fn out_args(out: &tempfile::TempDir, url: &str, extra: &[&str]) -> Vec<String> {
    let mut args: Vec<String> =
        ["audit", url, "--out", &out.path().to_string_lossy(), "--as-of", "2026-11-26", "-q"]
            .iter()
            .map(|s| s.to_string())
            .collect();
    args.extend(extra.iter().map(|s| s.to_string()));
    args
}

async fn run(url: &str, extra: &[&str]) -> (std::process::Output, Option<Value>) {
    let out = tempfile::tempdir().unwrap();
    let output = govaudit_async(out_args(&out, url, extra)).await;
    let report = common::find_file(out.path(), "report.json").map(|_| read_report(out.path()));
    (output, report)
}

/// Exit 1 and one line on stderr naming the gate.
fn assert_gate_failed(output: &std::process::Output, needle: &str) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
    assert!(stderr.contains(needle), "{needle:?} not in {stderr}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_report_carries_the_score_and_each_finding_its_rule() {
    let server = Server::start(site("2026-11-20"), local()).await.unwrap();
    let (output, report) = run(&server.url("/"), &[]).await;
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let site = &report.unwrap()["sites"][0];
    let score = &site["score"];
    // One dead image on the home page (1 point), one dead link elsewhere
    // (0.1); the home page lacks the footer marks (4, capped from 6), the
    // 找错 entry (2) and an accessibility entry (2): 100 − 9.1.
    assert_eq!(score["total"], 90.9, "{score:#}");
    assert_eq!(
        (score["grade"].as_str(), score["passed"].as_bool(), score["vetoed"].as_bool()),
        (Some("excellent"), Some(true), Some(false))
    );
    let status = |id: &str| {
        score["vetoes"].as_array().unwrap().iter().find(|v| v["id"] == id).unwrap()["status"].clone()
    };
    assert_eq!(status("V3"), "clear");
    assert_eq!(status("V2"), "not_assessed", "one audit cannot clear V2");
    let dead: Vec<(&str, &str)> = site["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["check"] == "link.dead")
        .map(|f| (f["target"].as_str().unwrap().rsplit('/').next().unwrap(), f["rule"].as_str().unwrap()))
        .collect();
    assert_eq!(dead, [("banner.png", "links-home"), ("gone.html", "links-other")]);
    let indices: Vec<&str> =
        score["indices"].as_array().unwrap().iter().map(|i| i["id"].as_str().unwrap()).collect();
    assert_eq!(indices, ["disclosure", "service", "interaction", "design", "accessibility"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn gates_exit_1_with_one_line_and_2_stays_the_tool_failing() {
    let server = Server::start(site("2026-11-20"), local()).await.unwrap();
    let url = server.url("/");
    assert!(run(&url, &["--fail-under", "90.9"]).await.0.status.success());
    assert_gate_failed(&run(&url, &["--fail-under", "91"]).await.0, "--fail-under 91");
    assert_gate_failed(&run(&url, &["--fail-on", "link.dead"]).await.0, "link.dead");
    assert_gate_failed(&run(&url, &["--fail-on", "link.*"]).await.0, "link.*");
    assert!(run(&url, &["--fail-on", "veto", "--fail-on", "content.pii"]).await.0.status.success());
    let (bad, report) = run(&url, &["--fail-on", "link.nope"]).await;
    assert_eq!(bad.status.code(), Some(2));
    assert!(report.is_none(), "a bad gate is refused before anything is crawled");

    // A stale home page is a veto: --fail-on veto and --fail-under both fail.
    let stale = Server::start(site("2026-09-01"), local()).await.unwrap();
    let (output, report) = run(&stale.url("/"), &["--fail-on", "veto"]).await;
    assert_gate_failed(&output, "V3");
    let score = &report.unwrap()["sites"][0]["score"];
    assert_eq!((score["vetoed"].as_bool(), score["grade"].as_str()), (Some(true), Some("fail")));
    // The deductions are still worked out: the same 9.1, and the stale
    // news column (1).
    assert_eq!(score["total"], 89.9);
    assert_gate_failed(&run(&stale.url("/"), &["--fail-under", "60"]).await.0, "--fail-under 60");
}

const PROVINCE: &str = r#"
id = "province-120"
name = "某省政府网站考评细则"
[scale]
total = 120
pass_mark = 72
bonus_gate = 96
bonus_total = 0
confirmed = false
[[grades]]
id = "pass"
label = "合格"
min = 72
[[grades]]
id = "fail"
label = "不合格"
min = 0
[freshness]
homepage = 14
news = 14
notice = 183
policy = 183
personnel = 365
planning = 365
confirmed = false
[[indices]]
id = "design"
title = "功能设计"
[[indicators]]
id = "links"
index = "design"
title = "链接可用性"
weight = 20
confirmed = false
rules = [{ check = "link.dead", points = 10 }]
"#;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rubric_file_replaces_the_national_one() {
    let server = Server::start(site("2026-11-20"), local()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let rubric = dir.path().join("province.toml");
    std::fs::write(&rubric, PROVINCE).unwrap();
    let (output, report) = run(&server.url("/"), &["--rubric", &rubric.to_string_lossy()]).await;
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let score = &report.unwrap()["sites"][0]["score"];
    // Two dead links at 10 points each: 120 − 20 = 100.
    assert_eq!(
        (score["scale"].as_f64(), score["total"].as_f64(), score["rubric"].as_str()),
        (Some(120.0), Some(100.0), Some("province-120"))
    );

    // The same file named by a config file, relative to it.
    let config = dir.path().join("govaudit.toml");
    std::fs::write(&config, "[scoring]\nrubric = \"province.toml\"\n").unwrap();
    let (_, report) = run(&server.url("/"), &["--config", &config.to_string_lossy()]).await;
    assert_eq!(report.unwrap()["sites"][0]["score"]["rubric"], "province-120");

    // A typo in a check id: exit 2, one line with the file, line and key.
    std::fs::write(&rubric, PROVINCE.replace("check = \"link.dead\"", "check = \"link.ded\"")).unwrap();
    let (output, report) = run(&server.url("/"), &["--rubric", &rubric.to_string_lossy()]).await;
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    let line = PROVINCE.lines().position(|l| l.contains("link.dead")).unwrap() + 1;
    for needle in [format!("province.toml:{line}:"), "rules[0].check".into(), "link.ded".into()] {
        assert!(stderr.contains(&needle), "{needle} not in {stderr}");
    }
    assert!(report.is_none());
}

#[test]
fn rules_prints_the_rubric_with_its_sources() {
    let zh = govaudit(&["rules"]);
    assert!(zh.status.success());
    let text = String::from_utf8_lossy(&zh.stdout);
    for needle in
        ["国办秘函〔2019〕19号", "V2 站点无法访问", "links-home", "（未经证实）", "fail_ratio = 0.05"]
    {
        assert!(text.contains(needle), "{needle} not in {text}");
    }
    let en = govaudit(&["--lang", "en", "rules"]);
    assert!(String::from_utf8_lossy(&en.stdout).contains("(unconfirmed)"));
    assert!(!text.contains("配置文件覆盖"), "no config, no override");
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("govaudit.toml");
    std::fs::write(&config, "[freshness]\nnews_days = 7\n").unwrap();
    let with_config = govaudit(&["rules", "--config", &config.to_string_lossy()]);
    let text = String::from_utf8_lossy(&with_config.stdout);
    assert!(text.contains("配置文件覆盖的更新期限：动态要闻 7 天（评分标准为 14）"), "{text}");
    let missing = govaudit(&["rules", "--rubric", "/nonexistent/r.toml"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("/nonexistent/r.toml"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_roster_is_audited_and_ranked() {
    let fresh = Server::start(site("2026-11-20"), local()).await.unwrap();
    let stale = Server::start(site("2026-09-01"), local()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let roster = dir.path().join("sites.toml");
    std::fs::write(
        &roster,
        format!(
            "[[sites]]\nname = \"甲镇\"\nurl = \"{}\"\nkind = \"township\"\n\n\
[[sites]]\nname = \"乙局\"\nurl = \"{}\"\nkind = \"department\"\nservice = false\n",
            stale.url("/"),
            fresh.url("/")
        ),
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    let args: Vec<String> = [
        "audit",
        "--roster",
        &roster.to_string_lossy(),
        "--out",
        &out.path().to_string_lossy(),
        "--as-of",
        "2026-11-26",
        "-q",
        "--sites-at-once",
        "2",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let output = govaudit_async(args).await;
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let csv =
        std::fs::read_to_string(common::find_file(out.path(), "ranking.csv").expect("ranking.csv")).unwrap();
    let rows: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().skip(1).collect();
    assert_eq!(rows.len(), 2, "{csv}");
    // The fresh department ranks first; the vetoed township after it.
    assert!(rows[0].starts_with("1,乙局,"), "{csv}");
    assert!(rows[1].starts_with("2,甲镇,") && rows[1].contains("V3"), "{csv}");
    assert!(common::find_file(out.path(), "ranking.html").is_some());
    // Each site has its own scorecard; the department was scored without
    // services: (75 − 9.1) × 4/3 = 87.87.
    let reports: Vec<Value> = common::files_under(out.path())
        .into_iter()
        .filter(|p| p.ends_with("report.json"))
        .map(|p| {
            let report = serde_json::from_slice(&std::fs::read(&p).unwrap()).unwrap();
            common::assert_valid_report(&report, &p);
            report
        })
        .collect();
    let dept = reports.iter().map(|r| &r["sites"][0]).find(|s| s["name"] == "乙局").expect("乙局 report");
    assert_eq!(
        (dept["score"]["total"].as_f64(), dept["score"]["service"].as_bool()),
        (Some(87.87), Some(false))
    );

    // Unknown keys in the roster are named with their line.
    std::fs::write(&roster, "[[sites]]\nurl = \"http://x/\"\nkidn = \"portal\"\n").unwrap();
    let bad = govaudit(&["audit", "--roster", &roster.to_string_lossy()]);
    assert_eq!(bad.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&bad.stderr);
    assert!(stderr.contains("sites.toml:3") && stderr.contains("kidn"), "{stderr}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_site_nothing_could_be_read_of_is_not_scored_and_fails_every_gate() {
    let mut closed = site("2026-11-20");
    closed.insert("/robots.txt", Resource::new(200, "text/plain", b"User-agent: *\nDisallow: /\n".to_vec()));
    let server = Server::start(closed, local()).await.unwrap();
    let (output, report) = run(&server.url("/"), &[]).await;
    assert!(output.status.success());
    assert!(report.unwrap()["sites"][0]["score"].is_null(), "full marks for pages nobody saw would be a lie");
    assert!(String::from_utf8_lossy(&output.stdout).contains("未评分"));
    assert_gate_failed(&run(&server.url("/"), &["--fail-on", "veto"]).await.0, "未评分");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_person_s_points_and_vetoes_come_from_the_config() {
    let server = Server::start(site("2026-11-20"), local()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("govaudit.toml");
    std::fs::write(&config, "[scoring.manual]\nservice-hall = 6\n").unwrap();
    let (_, report) = run(&server.url("/"), &["--config", &config.to_string_lossy()]).await;
    let score = &report.unwrap()["sites"][0]["score"];
    // 90.9 from the checks, 6 from a person; what no check measures
    // (overview: 概况信息与机构职能, 3 points) and what no page of this
    // site let a check measure (leaders: it has no leaders page, 2 points)
    // is left to a person.
    assert_eq!((score["total"].as_f64(), score["unassessed"].as_f64()), (Some(84.9), Some(5.0)));

    std::fs::write(&config, "[scoring.vetoes]\nV5 = \"县长信箱来信 4 个月未答复\"\n").unwrap();
    let (output, _) =
        run(&server.url("/"), &["--config", &config.to_string_lossy(), "--fail-on", "veto"]).await;
    assert_gate_failed(&output, "V5");

    for (bad, needle) in [
        ("[scoring.manual]\nservice-hal = 6\n", "service-hal"),
        ("[scoring.manual]\nservice-hall = 60\n", "60"),
        ("[scoring.vetoes]\nV9 = \"x\"\n", "V9"),
    ] {
        std::fs::write(&config, bad).unwrap();
        let (output, report) = run(&server.url("/"), &["--config", &config.to_string_lossy()]).await;
        assert_eq!(output.status.code(), Some(2));
        assert!(
            String::from_utf8_lossy(&output.stderr).contains(needle),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(report.is_none());
    }
}
