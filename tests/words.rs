//! The user's wrong-word file end to end: `[content] words = FILE` grades
//! the site's words as the file says, and a bad line stops the run with
//! one line naming the file and the line (exit 2).

mod common;

use std::net::SocketAddr;

use common::{Vars, load_site};
use demo::serve::Server;
use serde_json::Value;

fn of<'a>(report: &'a Value, check: &'a str) -> impl Iterator<Item = &'a Value> + 'a {
    report["sites"][0]["findings"].as_array().expect("findings").iter().filter(move |f| f["check"] == check)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_words_file_grades_the_sites_words() {
    let vars = Vars { ext: String::new(), closed: String::new() };
    let server =
        Server::start(load_site("portal", &vars), SocketAddr::from(([127, 0, 0, 1], 0))).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("words.txt"),
        "# 本县的词\n清溪县人民正府 → 清溪县人民政府 | 严重 | 本县政府全称写错\n",
    )
    .unwrap();
    let config = dir.path().join("govaudit.toml");
    std::fs::write(&config, "[content]\nwords = \"words.txt\"\n").unwrap();
    let report =
        common::audit(&server.url("/"), &["--config", &config.to_string_lossy(), "--as-of", "2026-11-26"])
            .await;

    let serious: Vec<&Value> = of(&report, "content.serious-error").collect();
    assert_eq!(serious.len(), 1, "{serious:?}");
    let f = serious[0];
    assert_eq!(f["grade"], "serious");
    assert_eq!(f["correction"], "清溪县人民政府");
    assert!(f["source"].as_str().unwrap().ends_with("words.txt"), "{f}");
    assert!(f["detail"].as_str().unwrap().contains("本县政府全称写错"), "{f}");
    assert!(f["evidence"].as_str().unwrap().contains("【清溪县人民正府】"), "{f}");
    // The shipped typo on the same site is still an ordinary one.
    let typos: Vec<&str> = of(&report, "content.typo").map(|f| f["correction"].as_str().unwrap()).collect();
    assert_eq!(typos, ["营商环境"]);
    // Three serious errors or fewer: the veto does not fire.
    let vetoes = report["sites"][0]["score"]["vetoes"].as_array().unwrap();
    let veto = vetoes.iter().find(|v| v["id"] == "serious-errors").unwrap();
    assert_eq!(veto["status"], "clear", "{veto}");
}

#[test]
fn a_bad_line_of_the_words_file_exits_2_naming_the_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let words = dir.path().join("words.txt");
    std::fs::write(&words, "# 本县的词\n清溪县人民正府 → 清溪县人民政府\n溪清县 清溪县\n").unwrap();
    let config = dir.path().join("govaudit.toml");
    std::fs::write(&config, "[content]\nwords = \"words.txt\"\n").unwrap();
    let out = dir.path().join("out");
    let output = common::govaudit(&[
        "audit",
        "http://127.0.0.1:9/",
        "--config",
        &config.to_string_lossy(),
        "--out",
        &out.to_string_lossy(),
        "-q",
    ]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains(&format!("{}:3", words.display())), "{stderr}");
    assert!(stderr.contains("→"), "the line says what is missing: {stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");

    // A file that is not there is named too.
    std::fs::write(&config, "[content]\nwords = \"missing.txt\"\n").unwrap();
    let output =
        common::govaudit(&["audit", "http://127.0.0.1:9/", "--config", &config.to_string_lossy(), "-q"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("missing.txt"), "{stderr}");
}
