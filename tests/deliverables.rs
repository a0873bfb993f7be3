//! The deliverables from the binary: `--format xlsx,docx` writes
//! `report.xlsx` and `report.docx` for each site of a roster and
//! `ranking.xlsx` and `ranking.docx` beside the ranking, nothing else; the
//! same audit twice gives the same bytes; and LibreOffice, when installed
//! (`.ci/run` installs it), turns the notice into a PDF. What the files
//! hold is read back in `reports/tests/deliverables.rs`.

mod common;

use std::net::SocketAddr;
use std::path::Path;

use common::govaudit_async;
use demo::serve::{Resource, Server, Site};

/// A small site whose home page has a dead image, so the notice has a
/// problem to list.
fn site(title: &str, newest: &str) -> Site {
    let mut site = Site::default();
    site.insert(
        "/",
        Resource::html(format!(
            "<!DOCTYPE html><html lang=\"zh-CN\"><head><title>{title}</title></head><body>\
<h1>{title}</h1><ul><li><a href=\"/xwdt/1.html\">=HYPERLINK(\"http://evil.example/\")</a><span>{newest}</span></li></ul>\
<img src=\"/banner.png\" alt=\"横幅\"></body></html>"
        )),
    )
    .insert(
        "/xwdt/1.html",
        Resource::html("<!DOCTYPE html><html lang=\"zh-CN\"><head><title>动态</title></head><body><p>正文</p></body></html>"),
    );
    site
}

async fn audit_roster(roster: &Path, out: &Path) {
    let args: Vec<String> = [
        "audit",
        "--roster",
        &roster.to_string_lossy(),
        "--out",
        &out.to_string_lossy(),
        "--as-of",
        "2026-11-26",
        "--format",
        "xlsx,docx",
        "-q",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let output = govaudit_async(args).await;
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
}

/// The files under `dir`, by path relative to it, with their bytes.
fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    common::files_under(dir)
        .into_iter()
        .map(|p| {
            let rel = p.strip_prefix(dir).unwrap().to_string_lossy().replace('\\', "/");
            (rel, std::fs::read(&p).unwrap())
        })
        .collect()
}

fn contains(bytes: &[u8], needle: &str) -> bool {
    bytes.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_roster_gets_workbooks_and_notices() {
    let local = SocketAddr::from(([127, 0, 0, 1], 0));
    let town = Server::start(site("甲镇人民政府", "2026-11-20"), local).await.unwrap();
    let bureau = Server::start(site("乙局", "2026-11-25"), local).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let roster = dir.path().join("sites.toml");
    std::fs::write(
        &roster,
        format!(
            "[[sites]]\nname = \"甲镇\"\nurl = \"{}\"\nkind = \"township\"\n\n\
[[sites]]\nname = \"乙局\"\nurl = \"{}\"\nkind = \"department\"\nservice = false\n",
            town.url("/"),
            bureau.url("/")
        ),
    )
    .unwrap();
    let (first, second) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    audit_roster(&roster, first.path()).await;
    let written = files(first.path());
    let mut names: Vec<&str> = written.iter().map(|(p, _)| p.rsplit('/').next().unwrap()).collect();
    names.sort();
    assert_eq!(
        names,
        [
            "ranking.csv",
            "ranking.docx",
            "ranking.html",
            "ranking.xlsx",
            "report.docx",
            "report.docx",
            "report.xlsx",
            "report.xlsx"
        ],
        "{written:?}",
        written = written.iter().map(|(p, _)| p).collect::<Vec<_>>()
    );
    for (path, bytes) in &written {
        if path.ends_with(".xlsx") {
            assert!(bytes.starts_with(b"PK") && contains(bytes, "xl/workbook.xml"), "{path} is a workbook");
        }
        if path.ends_with(".docx") {
            assert!(bytes.starts_with(b"PK") && contains(bytes, "word/document.xml"), "{path} is a document");
        }
    }
    // The same audit, the same bytes: no creation time in the files.
    audit_roster(&roster, second.path()).await;
    let again = files(second.path());
    for ((path, bytes), (_, other)) in written.iter().zip(&again) {
        if path.ends_with(".xlsx") || path.ends_with(".docx") {
            assert!(bytes == other, "{path} differs between two runs");
        }
    }
    let notice = written.iter().find(|(p, _)| p.ends_with("ranking.docx")).map(|(p, _)| first.path().join(p));
    convert_with_libreoffice(&notice.expect("ranking.docx"));
}

/// LibreOffice writes a PDF of the notice, or one line says it is missing.
fn convert_with_libreoffice(docx: &Path) {
    let Some(soffice) = ["soffice", "libreoffice"]
        .into_iter()
        .find(|b| std::process::Command::new(b).arg("--version").output().is_ok_and(|o| o.status.success()))
    else {
        eprintln!("skipped: LibreOffice is not installed (apt-get install libreoffice-writer-nogui)");
        return;
    };
    let out = tempfile::tempdir().unwrap();
    let output = std::process::Command::new(soffice)
        // Its own profile, so no other LibreOffice can lock it.
        .arg(format!("-env:UserInstallation=file://{}", out.path().join("profile").display()))
        .args(["--headless", "--norestore", "--convert-to", "pdf", "--outdir"])
        .arg(out.path())
        .arg(docx)
        .output()
        .unwrap();
    let pdf = std::fs::read(out.path().join("ranking.pdf")).unwrap_or_else(|e| panic!("{e}: {output:?}"));
    assert!(pdf.starts_with(b"%PDF"));
}
