//! Runs every fixture under `checks/fixtures/<check-id>/` and compares what
//! fired with the file's own `<!-- expect: … -->` markers (see the README
//! there). Each check id maps to the part of the check that reads a page.

use std::path::Path;

use checks::html::{PageInput, analyze, challenge};
use checks::url_norm::Normalizer;

/// How many findings `check` gives for `html` served with `status`.
fn evaluate(check: &str, html: &str, status: u16) -> usize {
    let url = url::Url::parse("http://www.qingxi.gov.cn/xwzx/gzdt/202611/t20261120_3829801.html").unwrap();
    let normalizer = Normalizer::default();
    let page =
        || analyze(&PageInput { url: &url, html, encoding: encoding_rs::UTF_8, normalizer: &normalizer });
    match check {
        "page.blocked" => usize::from(challenge::detect(status, html).is_some()),
        // A linked page answered 200 that says it is gone: a soft 404.
        "link.dead" => usize::from(page().gone.is_some()),
        other => panic!("no fixture evaluator for {other}: add one in checks/tests/fixtures.rs"),
    }
}

fn marker<'a>(line: &'a str, name: &str) -> Option<&'a str> {
    let rest = line.trim().strip_prefix("<!--")?.trim().strip_prefix(name)?.strip_prefix(':')?;
    Some(rest.trim().trim_end_matches("-->").trim())
}

#[test]
fn every_fixture_fires_exactly_where_it_says() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut checked = 0;
    let mut failures = Vec::new();
    for dir in std::fs::read_dir(&root).unwrap().flatten().filter(|e| e.path().is_dir()) {
        let check = dir.file_name().to_string_lossy().into_owned();
        let (mut firing, mut clean) = (0, 0);
        for file in std::fs::read_dir(dir.path()).unwrap().flatten() {
            let html = std::fs::read_to_string(file.path()).unwrap();
            let expected = html.lines().filter(|l| marker(l, "expect") == Some(check.as_str())).count();
            let status = html.lines().find_map(|l| marker(l, "status")).map_or(200, |s| s.parse().unwrap());
            let fired = evaluate(&check, &html, status);
            if fired != expected {
                failures.push(format!("{}: expected {expected}, fired {fired}", file.path().display()));
            }
            if expected > 0 {
                firing += 1
            } else {
                clean += 1
            }
            checked += 1;
        }
        assert!(firing > 0 && clean > 0, "{check} needs fixtures both ways ({firing} firing, {clean} clean)");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(checked >= 10);
}
