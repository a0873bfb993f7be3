//! `monitor` alerts against a local site that goes down and comes back:
//! exactly one "down" alert and one "recovered", one alert when V2's
//! 7-day failure rate reaches the warning line, nothing sent twice — not
//! across the rounds of one run, not across `monitor --once` runs from
//! cron (the state is in the history database).

mod notify_support;

use notify_support::{Answer, Receiver, Request, Switch, govaudit};
use serde_json::Value;

fn accept(_: &Request) -> Answer {
    Answer::Json(200, "{}")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_alert_per_crossing_across_rounds_and_runs() {
    let site = Switch::start().await;
    let receiver = Receiver::start(accept).await;
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("govaudit.toml");
    std::fs::write(&config, format!("[[notify]]\nkind = \"webhook\"\nurl = \"{}\"\n", receiver.url("/hook")))
        .unwrap();
    let db = dir.path().join("monitor.db");
    let (config, db, url) =
        (config.to_string_lossy().to_string(), db.to_string_lossy().to_string(), site.url());
    let once = ["monitor", &url, "--once", "--config", &config, "--db", &db, "--timeout", "5"];
    let kinds = || -> Vec<String> {
        receiver.requests().iter().map(|r| r.json()["kind"].as_str().unwrap_or_default().to_owned()).collect()
    };

    // Up: nothing to say.
    let output = govaudit(&once, &[]).await;
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(kinds().is_empty());

    // Down for several rounds of one run: one "down", one "rate" (1 of 1
    // probes up, then failures: far over 3 %), not one per round.
    site.set(false);
    let rounds = ["monitor", &url, "--interval", "1s", "--duration", "3s", "--config", &config, "--db", &db];
    let output = govaudit(&rounds, &[]).await;
    let stdout = String::from_utf8_lossy(&output.stdout).to_string();
    assert!(stdout.matches("503").count() >= 3, "several rounds: {stdout}");
    assert_eq!(kinds(), ["monitor.down", "monitor.rate"], "{stdout}");
    let down: Value = receiver.requests()[0].json();
    assert_eq!(down["site"]["url"], url.as_str());
    assert!(down["title"].as_str().unwrap().contains("无法访问"), "{down}");
    assert!(down["text"].as_str().unwrap().contains("503"), "{down}");

    // Still down, from cron: nothing new (exit 1: a probe failed).
    let output = govaudit(&once, &[]).await;
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(kinds().len(), 2);

    // Back up: one "recovered"; the 7-day rate stays over the line.
    site.set(true);
    let output = govaudit(&once, &[]).await;
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(kinds(), ["monitor.down", "monitor.rate", "monitor.up"]);
    let up: Value = receiver.requests()[2].json();
    assert!(up["title"].as_str().unwrap().contains("已恢复访问"), "{up}");
    let output = govaudit(&once, &[]).await;
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(kinds().len(), 3, "nothing twice: {:?}", kinds());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_alert_that_could_not_be_sent_is_sent_the_next_round() {
    fn refuse(_: &Request) -> Answer {
        Answer::Json(500, "{}")
    }
    let site = Switch::start().await;
    site.set(false);
    let refusing = Receiver::start(refuse).await;
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("govaudit.toml");
    let write = |url: String| {
        std::fs::write(&config, format!("[[notify]]\nkind = \"webhook\"\nurl = \"{url}\"\n")).unwrap();
    };
    write(refusing.url("/hook"));
    let db = dir.path().join("monitor.db");
    let (config_s, db, url) =
        (config.to_string_lossy().to_string(), db.to_string_lossy().to_string(), site.url());
    let once = ["monitor", &url, "--once", "--config", &config_s, "--db", &db, "--timeout", "5"];
    let output = govaudit(&once, &[]).await;
    let stderr = String::from_utf8_lossy(&output.stderr).to_string();
    assert_eq!(output.status.code(), Some(1), "the probe's exit code, not the send's: {stderr}");
    assert_eq!(stderr.lines().filter(|l| l.contains("HTTP 500")).count(), 2, "{stderr}");

    let receiver = Receiver::start(accept).await;
    write(receiver.url("/hook"));
    govaudit(&once, &[]).await;
    let kinds: Vec<String> = receiver
        .requests()
        .iter()
        .map(|r| r.json()["kind"].as_str().unwrap_or_default().to_owned())
        .collect();
    assert_eq!(kinds, ["monitor.down", "monitor.rate"]);
}

/// Downtime the office filed (`[[maintenance]]`, 临时报备) is expected:
/// a site down inside the window sends no alert and counts toward no
/// rate; the same failure outside a window does.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failure_inside_a_maintenance_window_sends_nothing() {
    let site = Switch::start().await;
    let receiver = Receiver::start(accept).await;
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("govaudit.toml");
    let hook = format!("[[notify]]\nkind = \"webhook\"\nurl = \"{}\"\n", receiver.url("/hook"));
    // A window around now, whatever the clock says: the config's times
    // are in its utc_offset (UTC+8 by default).
    let now = chrono::Utc::now().with_timezone(&chrono::FixedOffset::east_opt(8 * 3600).unwrap());
    let window = format!(
        "[[maintenance]]\nfrom = \"{}\"\nto = \"{}\"\nreason = \"机房搬迁\"\n",
        (now - chrono::Duration::hours(1)).format("%Y-%m-%dT%H:%M"),
        (now + chrono::Duration::hours(1)).format("%Y-%m-%dT%H:%M"),
    );
    std::fs::write(&config, format!("{hook}{window}")).unwrap();
    let db = dir.path().join("monitor.db");
    let (config_s, db, url) =
        (config.to_string_lossy().to_string(), db.to_string_lossy().to_string(), site.url());
    let once = ["monitor", &url, "--once", "--config", &config_s, "--db", &db, "--timeout", "5"];
    site.set(false);
    let output = govaudit(&once, &[]).await;
    assert_eq!(
        output.status.code(),
        Some(1),
        "the probe failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(receiver.requests().is_empty(), "planned downtime: {:?}", receiver.requests().len());

    // Without the window the same failure is a "down" alert (and, one
    // failed probe of two counted, a rate alert).
    std::fs::write(&config, hook).unwrap();
    let output = govaudit(&once, &[]).await;
    assert_eq!(output.status.code(), Some(1));
    let kinds: Vec<String> = receiver
        .requests()
        .iter()
        .map(|r| r.json()["kind"].as_str().unwrap_or_default().to_owned())
        .collect();
    assert_eq!(kinds, ["monitor.down", "monitor.rate"]);
}

/// One broken channel beside a working one: the working one gets each
/// alert once, not every round (the broken one's failure is printed each
/// time it is tried).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_broken_channel_does_not_repeat_alerts_on_the_working_one() {
    fn refuse(_: &Request) -> Answer {
        Answer::Json(500, "{}")
    }
    let site = Switch::start().await;
    site.set(false);
    let (refusing, receiver) = (Receiver::start(refuse).await, Receiver::start(accept).await);
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("govaudit.toml");
    let channel = |url: String| format!("[[notify]]\nkind = \"webhook\"\nurl = \"{url}\"\n\n");
    std::fs::write(&config, channel(refusing.url("/hook")) + &channel(receiver.url("/hook"))).unwrap();
    let db = dir.path().join("monitor.db");
    let (config_s, db, url) =
        (config.to_string_lossy().to_string(), db.to_string_lossy().to_string(), site.url());
    let once = ["monitor", &url, "--once", "--config", &config_s, "--db", &db, "--timeout", "5"];
    for _ in 0..3 {
        let output = govaudit(&once, &[]).await;
        assert_eq!(output.status.code(), Some(1), "{}", String::from_utf8_lossy(&output.stderr));
    }
    let kinds: Vec<String> = receiver
        .requests()
        .iter()
        .map(|r| r.json()["kind"].as_str().unwrap_or_default().to_owned())
        .collect();
    assert_eq!(kinds, ["monitor.down", "monitor.rate"], "each once, over three rounds");
}
