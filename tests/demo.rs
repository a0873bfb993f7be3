//! `govaudit demo` end to end: the embedded portal is served, audited, and
//! every planted defect is reported — and nothing else is.

mod common;

use chrono::NaiveDate;
use common::{govaudit, read_report};
use govaudit::demo::portal;

#[test]
fn demo_reports_exactly_the_planted_defects() {
    let out = tempfile::tempdir().unwrap();
    let output = govaudit(&["demo", "--out", &out.path().to_string_lossy(), "--as-of", "2026-11-26", "-q"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("report.json"), "the summary says where the reports are: {stdout}");
    assert!(out.path().join("demo/2026-11-26/report.json").is_file());
    assert!(out.path().join("demo/2026-11-26/findings.csv").is_file());

    let report = read_report(out.path());
    let site = &report["sites"][0];
    let root = site["root"].as_str().unwrap().trim_end_matches('/').to_owned();
    let local = |url: &str| url.strip_prefix(&root).unwrap_or(url).to_owned();
    let mut got: Vec<(String, Option<String>, String)> = site["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["severity"] != "notice" || f["check"] == "page.blocked")
        .map(|f| {
            (
                f["check"].as_str().unwrap().to_owned(),
                f["page"].as_str().map(local),
                local(f["target"].as_str().unwrap()),
            )
        })
        .collect();
    got.sort();
    let as_of = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let mut want: Vec<_> =
        portal::planted(as_of).into_iter().map(|p| (p.check.to_owned(), p.page, p.target)).collect();
    want.sort();
    assert_eq!(got, want);

    let stats = &site["stats"];
    assert!(stats["pages"].as_u64().unwrap() >= 250, "a few hundred pages");
    assert!(stats["skipped_by"]["robots"].as_u64().unwrap() >= 1);
    assert_eq!(site["name"], "清溪县人民政府");
}
