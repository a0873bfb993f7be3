//! Attachments read end to end (issue 20 §3): a 公示 roll in Excel with
//! full ID numbers is reported with its linking page and row; next month
//! the unchanged file is asked conditionally and judged from the stored
//! text without its body; a changed file is read again; files over the
//! budget or hostile are notes, not failures.

mod common;

use std::net::SocketAddr;
use std::path::Path;
use std::process::{Command, Output};

use demo::serve::{Resource, Server, Site};
use serde_json::Value;

fn local() -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], 0))
}

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

fn rows(rows: &[&[&str]]) -> Vec<Vec<String>> {
    rows.iter().map(|r| r.iter().map(|c| (*c).to_owned()).collect()).collect()
}

/// A home page linking a 公示 article, which links the roll (`masked`:
/// as an office fixes it), a Word form without personal data but with a
/// typo, a PDF of garbage and a zip bomb named `.xlsx`.
fn portal(masked: bool) -> Site {
    let mut site = Site::default();
    site.with_validators();
    site.insert(
        "/",
        Resource::html("<html lang=\"zh-CN\"><title>测试县人民政府</title><a href=\"/gs/1.html\">公示</a>"),
    );
    site.insert(
        "/gs/1.html",
        Resource::html(
            "<html lang=\"zh-CN\"><title>低保对象公示</title><p>名单见附件。</p>\
             <a href=\"/fj/roll.xlsx\">花名册</a><a href=\"/fj/form.docx\">申请表</a>\
             <a href=\"/fj/broken.pdf\">说明</a><a href=\"/fj/bomb.xlsx\">汇总</a>",
        ),
    );
    let id = if masked { "510723********2120" } else { "510723195803042120" };
    let roll = demo::files::xlsx(
        "名单",
        &rows(&[&["序号", "姓名", "身份证号码", "联系电话"], &["1", "王德明", id, "139****4478"]]),
    );
    site.insert("/fj/roll.xlsx", Resource::new(200, XLSX, roll));
    let form = demo::files::docx(
        &["申请表", "联系电话：0816-7231234", "优化营商环竟专项"],
        &rows(&[&["姓名", "", "身份证号码", ""]]),
    );
    site.insert("/fj/form.docx", Resource::new(200, "application/msword", form));
    site.insert("/fj/broken.pdf", Resource::new(200, "application/pdf", b"%PDF-1.7\n1 0 obj <<".to_vec()));
    let bomb = demo::files::xlsx("S", &rows(&[&["0".repeat(8 << 20).as_str()]]));
    site.insert("/fj/bomb.xlsx", Resource::new(200, XLSX, bomb));
    site
}

fn config(dir: &Path, server: &Server) -> String {
    let path = dir.join("govaudit.toml");
    let text = format!(
        "[crawl.resolve]\n\"www.test.gov.cn\" = \"{}\"\n\n[attachments]\nmax_unpacked_bytes = 1048576\n",
        server.addr
    );
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

async fn audit(config: &str, db: &Path, out: &Path) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_govaudit"));
    command
        .args(["audit", "http://www.test.gov.cn/", "--config", config, "--as-of", "2026-11-26", "-q"])
        .args(["--format", "json", "--db"])
        .arg(db)
        .arg("--out")
        .arg(out)
        .env_remove("RUST_LOG")
        .env_remove("GOVAUDIT_LANG");
    let output = tokio::task::spawn_blocking(move || command.output().expect("govaudit runs")).await.unwrap();
    assert!(
        output.status.success() || output.status.code() == Some(1),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

/// The attachment findings: (check, page, target, location, evidence).
fn attachment_findings(report: &Value) -> Vec<(String, String, String, String, String)> {
    report["sites"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["check"].as_str().unwrap().starts_with("content.pii"))
        .map(|f| {
            let s = |k: &str| f[k].as_str().unwrap_or_default().to_owned();
            (s("check"), s("page"), s("target"), s("location"), s("evidence"))
        })
        .collect()
}

/// The wrong words found in files: (check, target, location, evidence).
fn word_findings(report: &Value) -> Vec<(String, String, String, String)> {
    report["sites"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["target"].as_str().is_some_and(|t| t.contains("/fj/")) && f["grade"].is_string())
        .map(|f| {
            let s = |k: &str| f[k].as_str().unwrap_or_default().to_owned();
            (s("check"), s("target"), s("location"), s("evidence"))
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn attachments_are_read_once_a_month_and_reported_with_their_place() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("govaudit.db");
    let october = Server::start(portal(false), local()).await.unwrap();
    let first_out = dir.path().join("october");
    audit(&config(dir.path(), &october), &db, &first_out).await;
    let first = common::read_report(&first_out);
    let found = attachment_findings(&first);
    assert_eq!(
        found,
        vec![(
            "content.pii-attachment".to_owned(),
            "http://www.test.gov.cn/gs/1.html".to_owned(),
            "http://www.test.gov.cn/fj/roll.xlsx".to_owned(),
            "工作表“名单”第 2 行".to_owned(),
            "510723********2120 (工作表“名单”第 2 行)".to_owned(),
        )],
        "the form, the broken PDF and the bomb say nothing"
    );
    // The lexicon reads the files too: the form's typo, at its paragraph.
    let words = word_findings(&first);
    assert_eq!(
        words,
        vec![(
            "content.typo".to_owned(),
            "http://www.test.gov.cn/fj/form.docx".to_owned(),
            "第 3 段".to_owned(),
            "优化【营商环竟】专项".to_owned(),
        )]
    );
    // Read with GET, not only checked; each file once.
    for file in ["/fj/roll.xlsx", "/fj/form.docx", "/fj/broken.pdf", "/fj/bomb.xlsx"] {
        assert_eq!(october.stats.count("GET", file), 1, "{file}");
        assert_eq!(october.stats.count("HEAD", file), 0, "{file}");
    }
    // None of them is a dead link.
    let checks: Vec<&str> = first["sites"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["check"].as_str())
        .collect();
    assert!(!checks.contains(&"link.dead"), "{checks:?}");

    // A month later nothing changed: asked with the validator, answered 304,
    // judged from the stored text: the same finding without the file.
    let november = Server::start(portal(false), local()).await.unwrap();
    let second_out = dir.path().join("november");
    let second = audit(&config(dir.path(), &november), &db, &second_out).await;
    let said = String::from_utf8_lossy(&second.stdout).into_owned();
    assert!(said.contains("附件：读取 4 个（4 个未修改，沿用上次的文字），2 个超出限额或无法读取"), "{said}");
    let seen = november.stats.seen();
    let roll: Vec<_> = seen.iter().filter(|s| s.target == "/fj/roll.xlsx").collect();
    assert!(roll.len() == 1 && roll[0].conditional, "{roll:?}");
    let report = common::read_report(&second_out);
    assert_eq!(attachment_findings(&report), found);
    assert_eq!(word_findings(&report), words, "the stored text is read for words too");
    let bytes = |r: &Value| r["sites"][0]["stats"]["bytes"].as_u64().unwrap();
    assert!(bytes(&report) < 1000, "no file downloaded again: {} bytes", bytes(&report));

    // The office masks the roll: the changed file is read again, and is clean.
    let december = Server::start(portal(true), local()).await.unwrap();
    let third_out = dir.path().join("december");
    audit(&config(dir.path(), &december), &db, &third_out).await;
    assert_eq!(december.stats.count("GET", "/fj/roll.xlsx"), 1);
    assert!(attachment_findings(&common::read_report(&third_out)).is_empty());
}
