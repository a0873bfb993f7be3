//! Review end to end, against a site served on 127.0.0.1: a reviewer
//! withdraws a deduction (核减) and the re-audit's score rises by its
//! points; review.toml round-trips into a fresh database and applies
//! without one; a known mark past its date counts again; a mark whose
//! problem is gone is reported resolved; `--fail-on new` gates on what is
//! not in the baseline (the stored runs, or `--baseline report.json`).

mod common;

use std::net::SocketAddr;
use std::path::Path;
use std::process::Output;

use common::govaudit_async;
use demo::serve::{Resource, Server, Site};
use serde_json::Value;

const HOST: &str = "http://www.review.gov.cn/";

/// A home page with dead links: `/gone1.html` and `/gone2.html`, and from
/// `extra` on, `/gone3.html` too (what a change broke).
fn site(extra: bool) -> Site {
    let mut site = Site::default();
    let third = if extra { "<a href=\"/gone3.html\">新栏目</a>" } else { "" };
    site.insert(
        "/",
        Resource::html(format!(
            "<html lang=\"zh-CN\"><head><title>复核县人民政府</title></head><body>\
<a href=\"/gone1.html\">旧文章</a><a href=\"/gone2.html\">旧通知</a>{third}<a href=\"/ok.html\">正常</a></body></html>"
        )),
    );
    site.insert(
        "/ok.html",
        Resource::html(
            "<html lang=\"zh-CN\"><head><title>正常</title></head><body><p>正文</p></body></html>",
        ),
    );
    site
}

fn local() -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], 0))
}

async fn run(args: &[&str]) -> Output {
    govaudit_async(args.iter().map(|s| s.to_string()).collect()).await
}

/// Audits the site under its name (so its root stays the same whatever the
/// port) with `extra` flags; returns the exit and the report folder.
async fn audit(server: &Server, dir: &Path, as_of: &str, extra: &[&str]) -> (Output, tempfile::TempDir) {
    let out = tempfile::tempdir().unwrap();
    let config = dir.join("govaudit.toml");
    std::fs::write(&config, format!("[crawl.resolve]\n\"www.review.gov.cn\" = \"{}\"\n", server.addr))
        .unwrap();
    let (config, out_path) =
        (config.to_string_lossy().into_owned(), out.path().to_string_lossy().into_owned());
    let mut args = vec!["audit", HOST, "--config", &config, "--out", &out_path, "--as-of", as_of, "-q"];
    args.extend(extra);
    (run(&args).await, out)
}

fn ok(output: &Output) {
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn findings(report: &Value) -> &Vec<Value> {
    report["sites"][0]["findings"].as_array().expect("findings")
}

/// The dead-link finding whose target ends with `name`.
fn dead<'a>(report: &'a Value, name: &str) -> &'a Value {
    findings(report)
        .iter()
        .find(|f| f["check"] == "link.dead" && f["target"].as_str().is_some_and(|t| t.ends_with(name)))
        .unwrap_or_else(|| panic!("no dead link to {name}"))
}

fn total(report: &Value) -> f64 {
    report["sites"][0]["score"]["total"].as_f64().expect("scored")
}

fn read(dir: &Path, name: &str) -> String {
    let path = common::find_file(dir, name).unwrap_or_else(|| panic!("no {name}"));
    std::fs::read_to_string(path).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_withdrawn_finding_costs_nothing_and_the_scorecard_says_who_withdrew_it() {
    let server = Server::start(site(false), local()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("govaudit.db").to_string_lossy().into_owned();
    let (out, first_dir) = audit(&server, dir.path(), "2026-11-26", &["--db", &db]).await;
    ok(&out);
    let first = common::read_report(first_dir.path());
    let gone1 = dead(&first, "gone1.html");
    let print = gone1["fingerprint"].as_str().expect("every finding has its fingerprint").to_owned();
    assert_eq!(gone1["rule"], "links-home");
    assert!(first["sites"][0].get("review").is_none(), "no mark, no review block");
    // The scorecard and findings.csv show the fingerprint to copy.
    assert!(read(first_dir.path(), "scorecard.html").contains(&print));
    assert!(read(first_dir.path(), "findings.csv").contains(&print));

    // A typo is an error (exit 2), not a mark on nothing; so is a withdrawal without its reason.
    let typo =
        run(&["review", "mark", "0000000000000000", "--as", "false-alarm", "--by", "王审", "--db", &db])
            .await;
    assert_eq!(typo.status.code(), Some(2));
    assert!(
        stderr(&typo).contains("0000000000000000") && stderr(&typo).lines().count() == 1,
        "{}",
        stderr(&typo)
    );
    let no_reason = run(&["review", "mark", &print, "--as", "withdrawn", "--by", "王审", "--db", &db]).await;
    assert_eq!(no_reason.status.code(), Some(2), "{}", stderr(&no_reason));

    let marked = run(&[
        "review",
        "mark",
        &print,
        "--as",
        "withdrawn",
        "--by",
        "王审",
        "--reason",
        "该页面已按程序下线",
        "--db",
        &db,
    ])
    .await;
    ok(&marked);
    assert!(String::from_utf8_lossy(&marked.stdout).contains("核减"));

    let (out, second_dir) = audit(&server, dir.path(), "2026-11-27", &["--db", &db]).await;
    ok(&out);
    let second = common::read_report(second_dir.path());
    // A dead home-page link costs 1 point (links-home); the withdrawn one no longer does.
    assert_eq!(total(&second), total(&first) + 1.0, "{:#}", second["sites"][0]["score"]);
    let withdrawn = dead(&second, "gone1.html");
    assert_eq!(withdrawn["fingerprint"], print.as_str());
    assert_eq!(withdrawn["severity"], "notice");
    assert!(withdrawn.get("rule").is_none());
    assert_eq!(withdrawn["review"]["kind"], "withdrawn");
    assert_eq!(withdrawn["review"]["state"], "active");
    assert_eq!(withdrawn["review"]["reviewer"], "王审");
    assert_eq!(dead(&second, "gone2.html")["severity"], "deduction", "the other stays open");
    let review = &second["sites"][0]["review"];
    assert_eq!(review["withdrawn"], 1);
    assert_eq!(review["withdrawn_by"]["王审"], 1);
    for name in ["scorecard.html", "summary.md"] {
        let card = read(second_dir.path(), name);
        assert!(
            card.contains("核减 1 条") && card.contains("王审") && card.contains("该页面已按程序下线"),
            "{name}"
        );
    }

    // SARIF says the withdrawn result was looked at: suppressed, with the reviewer's reason.
    let sarif: Value = serde_json::from_str(&read(second_dir.path(), "results.sarif")).unwrap();
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    let suppressed: Vec<&Value> = results.iter().filter(|r| r.get("suppressions").is_some()).collect();
    assert_eq!(suppressed.len(), 1);
    assert_eq!(suppressed[0]["partialFingerprints"]["govaudit/v2"], print.as_str());
    assert!(
        suppressed[0]["suppressions"][0]["justification"].as_str().unwrap().contains("该页面已按程序下线")
    );

    // diff's JSON shows the fingerprint.
    let diff = run(&["diff", "--db", &db, "--format", "json"]).await;
    ok(&diff);
    let diff: Value = serde_json::from_slice(&diff.stdout).unwrap();
    assert!(
        diff["still_open"].as_array().unwrap().iter().any(|f| f["fingerprint"] == print.as_str()),
        "{diff:#}"
    );

    // --fail-on new against the stored runs: nothing new passes…
    let (out, _) = audit(&server, dir.path(), "2026-11-28", &["--db", &db, "--fail-on", "new"]).await;
    ok(&out);
    // …a new dead link fails, in one line naming it.
    let changed = Server::start(site(true), local()).await.unwrap();
    let (out, _) = audit(&changed, dir.path(), "2026-11-29", &["--db", &db, "--fail-on", "new"]).await;
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let line = stderr(&out);
    assert!(
        line.contains("--fail-on new") && line.contains("1") && line.trim().lines().count() == 1,
        "{line}"
    );
    // The run was stored: the same site again has nothing new.
    let (out, _) = audit(&changed, dir.path(), "2026-11-30", &["--db", &db, "--fail-on", "new"]).await;
    ok(&out);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn review_toml_round_trips_and_applies_without_a_database() {
    let server = Server::start(site(false), local()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("govaudit.db").to_string_lossy().into_owned();
    let (out, first_dir) = audit(&server, dir.path(), "2026-11-26", &["--db", &db]).await;
    ok(&out);
    let first = common::read_report(first_dir.path());
    let (one, two) = (
        dead(&first, "gone1.html")["fingerprint"].as_str().unwrap().to_owned(),
        dead(&first, "gone2.html")["fingerprint"].as_str().unwrap().to_owned(),
    );
    let mark = |print: &str, kind: &str, extra: &[&str]| {
        let mut args: Vec<String> = ["review", "mark", print, "--as", kind, "--by", "李核", "--db", &db]
            .iter()
            .map(|s| s.to_string())
            .collect();
        args.extend(extra.iter().map(|s| s.to_string()));
        govaudit_async(args)
    };
    ok(&mark(&one, "false-alarm", &["--reason", "链接经人工核实可以打开"]).await);
    ok(&mark(&two, "known", &["--reason", "改版中", "--until", "2026-12-31"]).await);
    let until_on_false_alarm = mark(&two, "false-alarm", &["--until", "2026-12-31"]).await;
    assert_eq!(until_on_false_alarm.status.code(), Some(2));

    let text = run(&["review", "list", "--db", &db]).await;
    ok(&text);
    let text = String::from_utf8_lossy(&text.stdout).into_owned();
    assert!(
        text.contains(&one)
            && text.contains("误报")
            && text.contains("已知")
            && text.contains("至 2026-12-31"),
        "{text}"
    );

    // Export, import into a fresh database: the same marks.
    let file = dir.path().join("review.toml");
    let file_arg = file.to_string_lossy().into_owned();
    ok(&run(&["review", "export", &file_arg, "--db", &db]).await);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("[[mark]]") && text.contains(&one) && text.contains("link.dead"), "{text}");
    let fresh = dir.path().join("fresh.db").to_string_lossy().into_owned();
    ok(&run(&["review", "import", &file_arg, "--db", &fresh]).await);
    let list = |db: String| async move {
        let out = run(&["review", "list", "--format", "json", "--db", &db]).await;
        ok(&out);
        serde_json::from_slice::<Value>(&out.stdout).unwrap()
    };
    let before = list(db.clone()).await;
    assert_eq!(before.as_array().unwrap().len(), 2);
    assert_eq!(list(fresh.clone()).await, before);
    // Unmarking removes a mark; a fingerprint without one is an error.
    ok(&run(&["review", "unmark", &one, "--db", &fresh]).await);
    assert_eq!(list(fresh.clone()).await.as_array().unwrap().len(), 1);
    assert_eq!(run(&["review", "unmark", &one, "--db", &fresh]).await.status.code(), Some(2));

    // CI without a database: the file's marks apply.
    // Both dead links are marked: a gate on them passes.
    let (out, ci_dir) = audit(
        &server,
        dir.path(),
        "2026-11-27",
        &["--no-db", "--review", &file_arg, "--fail-on", "link.dead"],
    )
    .await;
    ok(&out);
    let ci = common::read_report(ci_dir.path());
    assert_eq!(total(&ci), total(&first) + 2.0, "both marks hold");
    assert_eq!(dead(&ci, "gone1.html")["review"]["kind"], "false_alarm");
    assert_eq!(dead(&ci, "gone2.html")["review"]["until"], "2026-12-31");
    let review = &ci["sites"][0]["review"];
    assert_eq!((review["false_alarms"].as_u64(), review["known"].as_u64()), (Some(1), Some(1)));
    assert_eq!(review["known_until"], "2026-12-31");
    // The config's [review] file does the same.
    let config_dir = tempfile::tempdir().unwrap();
    std::fs::copy(&file, config_dir.path().join("marks.toml")).unwrap();
    let config = config_dir.path().join("govaudit.toml");
    std::fs::write(
        &config,
        format!(
            "[review]\nfile = \"marks.toml\"\n[crawl.resolve]\n\"www.review.gov.cn\" = \"{}\"\n",
            server.addr
        ),
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    let args = [
        "audit",
        HOST,
        "--config",
        &config.to_string_lossy(),
        "--out",
        &out.path().to_string_lossy(),
        "--as-of",
        "2026-11-27",
        "--no-db",
        "-q",
    ];
    ok(&run(&args).await);
    assert_eq!(total(&common::read_report(out.path())), total(&ci));

    // Past its date the known mark comes back as open, shown as expired.
    let (out, late_dir) = audit(&server, dir.path(), "2027-01-01", &["--no-db", "--review", &file_arg]).await;
    ok(&out);
    let late = common::read_report(late_dir.path());
    assert_eq!(total(&late), total(&first) + 1.0, "only the false alarm still holds");
    let lapsed = dead(&late, "gone2.html");
    assert_eq!(
        (lapsed["review"]["state"].as_str(), lapsed["severity"].as_str()),
        (Some("expired"), Some("deduction"))
    );
    assert_eq!(late["sites"][0]["review"]["expired"][0]["fingerprint"], two.as_str());
    assert!(read(late_dir.path(), "scorecard.html").contains("已过期"));
    let (out, _) = audit(
        &server,
        dir.path(),
        "2027-01-01",
        &["--no-db", "--review", &file_arg, "--fail-on", "link.dead"],
    )
    .await;
    assert_eq!(out.status.code(), Some(1), "the lapsed mark's finding fails the gate again");

    // A mark whose problem is gone is reported resolved.
    let fixed = Server::start(
        {
            let mut s = site(false);
            s.insert(
                "/gone1.html",
                Resource::html(
                    "<html lang=\"zh-CN\"><head><title>恢复</title></head><body><p>恢复</p></body></html>",
                ),
            );
            s
        },
        local(),
    )
    .await
    .unwrap();
    let (out, fixed_dir) = audit(&fixed, dir.path(), "2026-11-28", &["--no-db", "--review", &file_arg]).await;
    ok(&out);
    let resolved = common::read_report(fixed_dir.path());
    assert_eq!(resolved["sites"][0]["review"]["resolved"][0]["fingerprint"], one.as_str());
    assert!(read(fixed_dir.path(), "summary.md").contains("已解决的标记 1 条"));

    // --fail-on new against a previous report.json: the third dead link is new.
    let baseline = common::find_file(first_dir.path(), "report.json").unwrap().to_string_lossy().into_owned();
    let changed = Server::start(site(true), local()).await.unwrap();
    let (out, _) =
        audit(&changed, dir.path(), "2026-11-28", &["--no-db", "--fail-on", "new", "--baseline", &baseline])
            .await;
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("gone3.html") || stderr(&out).contains("--fail-on new"),
        "{}",
        stderr(&out)
    );
    let (out, _) =
        audit(&server, dir.path(), "2026-11-28", &["--no-db", "--fail-on", "new", "--baseline", &baseline])
            .await;
    ok(&out);
    // A baseline that is not a report is one line and exit 2, before any crawl.
    let (out, _) =
        audit(&server, dir.path(), "2026-11-28", &["--no-db", "--fail-on", "new", "--baseline", &file_arg])
            .await;
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out).trim().lines().count(), 1, "{}", stderr(&out));
    // Without any baseline: one line says so, and every deduction is new.
    let (out, _) = audit(&server, dir.path(), "2026-11-28", &["--no-db", "--fail-on", "new"]).await;
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("没有可比的基线"), "{}", stderr(&out));
}
