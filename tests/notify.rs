//! Messages end to end: an audit sends its warnings to WeCom, DingTalk and
//! Feishu robots, a generic JSON webhook and an SMTP server, all fakes on
//! 127.0.0.1 that check what arrives (DingTalk's and Feishu's signatures
//! included); failed sends are one warning line each and change neither
//! the reports nor the exit code; `govaudit notify REPORT.json` groups by
//! owner, honours `owners`, and previews with `--dry-run`. No secret is
//! ever printed.

mod common;
mod notify_support;

use std::net::SocketAddr;

use common::{Vars, load_site};
use demo::serve::{Resource, Server, Site};
use notify_support::{Answer, Receiver, Request, SmtpSink, govaudit, hmac_base64};
use serde_json::{Value, json};

const DING_SECRET: &str = "SECding-secret-0c1d";
const FEISHU_SECRET: &str = "feishu-secret-44aa";
const SMTP_PASSWORD: &str = "smtp-password-77b1";
const WECOM_KEY: &str = "wecom-key-7f3a9c";
const DING_TOKEN: &str = "ding-token-51be";
const FEISHU_HOOK: &str = "feishu-hook-9e2a";
const SECRETS: [&str; 6] = [DING_SECRET, FEISHU_SECRET, SMTP_PASSWORD, WECOM_KEY, DING_TOKEN, FEISHU_HOOK];

/// The fixture site of tests/columns.rs: on 2026-11-26 one column
/// (/xxgk/tzgg/) is due soon.
fn site() -> Site {
    let mut site = load_site("columns", &Vars { ext: String::new(), closed: String::new() });
    site.generate("/", |target| {
        let (_, file) = target.rsplit_once("/t")?;
        let date = file.get(..8)?;
        let day = format!("{}-{}-{}", &date[..4], &date[4..6], &date[6..8]);
        Some(Resource::html(format!(
            "<html><head><meta charset=\"utf-8\"><meta name=\"PubDate\" content=\"{day} 09:00\">\
             <title>文章</title></head><body><p>发布时间：{day}</p><p>正文内容。</p></body></html>"
        )))
    });
    site
}

/// Answers as each platform does; a wrong signature gets the platform's
/// error, as the real robots do.
fn robots(request: &Request) -> Answer {
    match request.path() {
        "/cgi-bin/webhook/send" => Answer::Json(200, r#"{"errcode":0,"errmsg":"ok"}"#),
        "/robot/send" => {
            let ts = request.query("timestamp").unwrap_or_default();
            let sign = request.query("sign").unwrap_or_default();
            if sign == hmac_base64(DING_SECRET.as_bytes(), format!("{ts}\n{DING_SECRET}").as_bytes()) {
                Answer::Json(200, r#"{"errcode":0,"errmsg":"ok"}"#)
            } else {
                Answer::Json(200, r#"{"errcode":310000,"errmsg":"sign not match"}"#)
            }
        }
        p if p.starts_with("/open-apis/bot/v2/hook/") => {
            let body = request.json();
            let ts = body["timestamp"].as_str().unwrap_or_default();
            let key = format!("{ts}\n{FEISHU_SECRET}");
            if body["sign"].as_str() == Some(hmac_base64(key.as_bytes(), b"").as_str()) {
                Answer::Json(200, r#"{"code":0,"msg":"success","data":{}}"#)
            } else {
                Answer::Json(
                    200,
                    r#"{"code":19021,"msg":"sign match fail or timestamp is not within one hour"}"#,
                )
            }
        }
        "/hook" | "/all" | "/office" => Answer::Json(200, "{}"),
        "/errcode" => Answer::Json(200, r#"{"errcode":93000,"errmsg":"invalid webhook url"}"#),
        "/hang" => Answer::Hang,
        _ => Answer::Json(500, "{}"),
    }
}

fn text(output: &std::process::Output) -> (String, String) {
    (String::from_utf8_lossy(&output.stdout).to_string(), String::from_utf8_lossy(&output.stderr).to_string())
}

fn assert_no_secret(output: &std::process::Output) {
    let (stdout, stderr) = text(output);
    for secret in SECRETS {
        assert!(
            !stdout.contains(secret) && !stderr.contains(secret),
            "{secret} printed:\n{stdout}\n{stderr}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_audit_sends_its_warnings_to_every_kind_of_channel() {
    let server = Server::start(site(), SocketAddr::from(([127, 0, 0, 1], 0))).await.unwrap();
    let receiver = Receiver::start(robots).await;
    let sink = SmtpSink::start().await;
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("govaudit.toml");
    std::fs::write(
        &config,
        format!(
            r#"
[[notify]]
kind = "wecom"
url = "{wecom}"
[[notify]]
kind = "dingtalk"
url = "{ding}"
secret_env = "TEST_DING_SECRET"
[[notify]]
kind = "feishu"
url_env = "TEST_FEISHU_URL"
secret_env = "TEST_FEISHU_SECRET"
[[notify]]
kind = "webhook"
url = "{hook}"
[[notify]]
kind = "email"
host = "127.0.0.1"
port = {port}
tls = "none"
user = "audit"
password_env = "TEST_SMTP_PASSWORD"
from = "govaudit <audit@qingxi.gov.cn>"
to = ["office@qingxi.gov.cn"]
"#,
            wecom = receiver.url(&format!("/cgi-bin/webhook/send?key={WECOM_KEY}")),
            ding = receiver.url(&format!("/robot/send?access_token={DING_TOKEN}")),
            hook = receiver.url("/hook"),
            port = sink.port,
        ),
    )
    .unwrap();
    let feishu = receiver.url(&format!("/open-apis/bot/v2/hook/{FEISHU_HOOK}"));
    let env = [
        ("TEST_DING_SECRET", DING_SECRET),
        ("TEST_FEISHU_URL", feishu.as_str()),
        ("TEST_FEISHU_SECRET", FEISHU_SECRET),
        ("TEST_SMTP_PASSWORD", SMTP_PASSWORD),
    ];
    let out = dir.path().join("out");
    let root = server.url("/");
    let (config, out) = (config.to_string_lossy().to_string(), out.to_string_lossy().to_string());
    let args = ["audit", &root, "--config", &config, "--out", &out, "--as-of", "2026-11-26", "--no-db", "-q"];
    let output = govaudit(&args, &env).await;
    let (stdout, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(0), "{stdout}\n{stderr}");
    assert!(stdout.contains("已发送消息 5 条"), "{stdout}\n{stderr}");
    assert!(!stderr.contains("警告"), "{stderr}");
    assert_no_secret(&output);
    let column = "/xxgk/tzgg/index.html";

    let wecom = receiver.at("/cgi-bin/webhook/send");
    assert_eq!(wecom.len(), 1);
    assert_eq!(wecom[0].query("key").as_deref(), Some(WECOM_KEY));
    let body = wecom[0].json();
    assert_eq!(body["msgtype"], "markdown");
    let content = body["markdown"]["content"].as_str().unwrap();
    assert!(content.contains("1 项即将超期的预警") && content.contains(column), "{content}");
    assert!(content.len() <= 4096);

    let ding = receiver.at("/robot/send");
    assert_eq!(ding.len(), 1);
    assert_eq!(ding[0].query("access_token").as_deref(), Some(DING_TOKEN));
    let ts: i64 = ding[0].query("timestamp").unwrap().parse().unwrap();
    assert!((chrono::Utc::now().timestamp_millis() - ts).abs() < 3_600_000, "milliseconds, now: {ts}");
    let body = ding[0].json();
    assert_eq!(body["msgtype"], "markdown");
    assert!(body["markdown"]["title"].as_str().unwrap().contains("即将超期"), "{body}");
    assert!(body["markdown"]["text"].as_str().unwrap().contains(column), "{body}");

    let feishu = receiver.at(&format!("/open-apis/bot/v2/hook/{FEISHU_HOOK}"));
    assert_eq!(feishu.len(), 1);
    let body = feishu[0].json();
    assert_eq!(body["msg_type"], "text");
    let ts: i64 = body["timestamp"].as_str().unwrap().parse().unwrap();
    assert!((chrono::Utc::now().timestamp() - ts).abs() < 3600, "seconds, now: {ts}");
    assert!(body["content"]["text"].as_str().unwrap().contains(column), "{body}");

    let hook = receiver.at("/hook");
    assert_eq!(hook.len(), 1);
    let body = hook[0].json();
    assert_eq!(body["source"], "govaudit");
    assert_eq!(body["kind"], "warnings");
    assert_eq!(body["site"]["url"], root.as_str());
    assert_eq!(body["owner"], Value::Null);
    assert_eq!(body["more"], 0);
    let warnings = body["warnings"].as_array().unwrap();
    assert_eq!(warnings.len(), 1, "{body}");
    assert_eq!(warnings[0]["check"], "column.due-soon");
    assert!(warnings[0]["page"].as_str().unwrap().ends_with(column), "{body}");

    let mails = sink.mails();
    assert_eq!(mails.len(), 1);
    let mail = &mails[0];
    assert_eq!(mail.login.as_deref(), Some(format!("audit:{SMTP_PASSWORD}").as_str()));
    assert_eq!(mail.to, ["<office@qingxi.gov.cn>"]);
    assert!(mail.header("Subject").is_some_and(|s| s.contains("=?utf-8?")), "{}", mail.data);
    let text = mail.text();
    assert!(text.contains("即将超期") && text.contains(column), "{text}");

    // --no-notify: the same audit sends nothing.
    let mut quiet = args.to_vec();
    quiet.push("--no-notify");
    let output = govaudit(&quiet, &env).await;
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(receiver.requests().len(), 4);
    assert_eq!(sink.mails().len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failed_sends_are_one_line_each_and_change_no_report_nor_exit_code() {
    let server = Server::start(site(), SocketAddr::from(([127, 0, 0, 1], 0))).await.unwrap();
    let receiver = Receiver::start(robots).await;
    // A port nothing listens on.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("govaudit.toml");
    std::fs::write(
        &config,
        format!(
            r#"
[[notify]]
kind = "wecom"
url = "{errcode}"
[[notify]]
kind = "webhook"
url = "{status500}"
[[notify]]
kind = "webhook"
url = "{hang}"
timeout_secs = 1
[[notify]]
kind = "feishu"
url = "{feishu}"
secret = "not-{FEISHU_SECRET}"
[[notify]]
kind = "dingtalk"
url = "{ding}"
secret_env = "TEST_UNSET_SECRET_FOR_GOVAUDIT"
[[notify]]
kind = "email"
host = "127.0.0.1"
port = {closed}
tls = "none"
user = "audit"
password_env = "TEST_SMTP_PASSWORD"
from = "audit@qingxi.gov.cn"
to = ["office@qingxi.gov.cn"]
timeout_secs = 2
"#,
            errcode = receiver.url(&format!("/errcode?key={WECOM_KEY}")),
            status500 = receiver.url(&format!("/status500/{FEISHU_HOOK}")),
            hang = receiver.url("/hang"),
            feishu = receiver.url(&format!("/open-apis/bot/v2/hook/{FEISHU_HOOK}")),
            ding = receiver.url(&format!("/robot/send?access_token={DING_TOKEN}")),
        ),
    )
    .unwrap();
    let env = [("TEST_SMTP_PASSWORD", SMTP_PASSWORD)];
    let out = dir.path().join("out");
    let root = server.url("/");
    let (config, out) = (config.to_string_lossy().to_string(), out.to_string_lossy().to_string());
    // With debug logs on: no secret in them either.
    let args =
        ["audit", &root, "--config", &config, "--out", &out, "--as-of", "2026-11-26", "--no-db", "-q", "-vv"];

    let output = govaudit(&args, &env).await;
    let (stdout, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(0), "{stdout}\n{stderr}");
    assert_no_secret(&output);
    let lines: Vec<&str> = stderr.lines().filter(|l| l.starts_with("警告：消息未能发到")).collect();
    assert_eq!(lines.len(), 6, "{stderr}");
    let expect = [
        ("#1 wecom", "错误码 93000"),
        ("#2 webhook", "HTTP 500"),
        ("#3 webhook", "超时"),
        ("#4 feishu", "错误码 19021"),
        ("#5 dingtalk", "TEST_UNSET_SECRET_FOR_GOVAUDIT"),
        ("#6 email", "邮件未能发出"),
    ];
    for ((channel, reason), line) in expect.iter().zip(&lines) {
        assert!(line.contains(channel) && line.contains(reason), "{channel} {reason}: {line}");
    }
    // The report was written all the same.
    let report = common::read_report(std::path::Path::new(&out));
    assert!(
        report["sites"][0]["findings"].as_array().unwrap().iter().any(|f| f["check"] == "column.due-soon")
    );
    // The unset variable sent nothing; the others were tried once.
    assert!(receiver.at("/robot/send").is_empty());
    assert_eq!(receiver.requests().len(), 4);

    // A gate decides the exit code, failed sends or not.
    let mut gated = args.to_vec();
    gated.extend(["--fail-on", "column.due-soon"]);
    let output = govaudit(&gated, &env).await;
    assert_eq!(output.status.code(), Some(1), "{}", text(&output).1);
}

fn warning(check: &str, owner: Option<&str>, due: &str, column: &str) -> Value {
    let mut f = json!({
        "check": check,
        "severity": "notice",
        "page": format!("http://www.qingxi.gov.cn/{column}/"),
        "detail": format!("栏目“{column}”将于 {due} 超期"),
        "evidence": "",
        "due": due,
        "column": format!("http://www.qingxi.gov.cn/{column}/"),
    });
    if let Some(owner) = owner {
        f["owner"] = json!(owner);
    }
    f
}

fn report(findings: Vec<Value>) -> Value {
    json!({"schema": "govaudit/1", "as_of": "2026-11-26", "sites": [{
        "name": "清溪县人民政府", "root": "http://www.qingxi.gov.cn/", "findings": findings,
    }]})
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_notify_command_sends_one_message_per_owner_to_the_channels_that_take_it() {
    let receiver = Receiver::start(robots).await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.json");
    let findings = vec![
        warning("column.due-soon", Some("县政府办公室"), "2026-12-09", "zwgk"),
        warning("account.due-soon", Some("县政府办公室"), "2026-12-01", "wx"),
        warning("column.due-soon", Some("县发改局"), "2026-12-05", "fgj"),
        warning("column.due-soon", None, "2026-12-03", "tzgg"),
        json!({"check": "link.dead", "severity": "deduction", "page": "http://www.qingxi.gov.cn/", "detail": "x", "evidence": ""}),
    ];
    std::fs::write(&path, report(findings).to_string()).unwrap();
    let config = dir.path().join("govaudit.toml");
    std::fs::write(
        &config,
        format!(
            "[[notify]]\nkind = \"webhook\"\nurl = \"{}\"\n[[notify]]\nkind = \"webhook\"\nurl = \"{}\"\nowners = [\"县政府办公室\"]\n",
            receiver.url("/all"),
            receiver.url("/office")
        ),
    )
    .unwrap();
    let (path, config) = (path.to_string_lossy().to_string(), config.to_string_lossy().to_string());

    // --dry-run prints and sends nothing.
    let output = govaudit(&["notify", &path, "--config", &config, "--dry-run"], &[]).await;
    let (stdout, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert_eq!(stdout.matches("→ [[notify]] #1 webhook").count(), 3, "{stdout}");
    assert_eq!(stdout.matches("→ [[notify]] #2 webhook").count(), 1, "{stdout}");
    assert!(stdout.contains("【清溪县人民政府】县政府办公室：2 项即将超期的预警"), "{stdout}");
    assert!(receiver.requests().is_empty());
    let output = govaudit(&["--lang", "en", "notify", &path, "--config", &config, "--dry-run"], &[]).await;
    assert!(
        text(&output).0.contains("[清溪县人民政府] 县发改局: 1 warnings: due soon"),
        "{}",
        text(&output).0
    );

    let output = govaudit(&["notify", &path, "--config", &config], &[]).await;
    assert_eq!(output.status.code(), Some(0), "{}", text(&output).1);
    let all: Vec<Value> = receiver.at("/all").iter().map(Request::json).collect();
    let owners: Vec<&Value> = all.iter().map(|m| &m["owner"]).collect();
    assert_eq!(owners, [&json!("县发改局"), &json!("县政府办公室"), &Value::Null]);
    let office: Vec<Value> = receiver.at("/office").iter().map(Request::json).collect();
    assert_eq!(office.len(), 1);
    assert_eq!(office[0]["owner"], "县政府办公室");
    // Its warnings, by deadline; link.dead is no warning.
    let checks: Vec<&str> =
        office[0]["warnings"].as_array().unwrap().iter().map(|w| w["check"].as_str().unwrap()).collect();
    assert_eq!(checks, ["account.due-soon", "column.due-soon"]);

    // A failed send: the command says so with exit 1.
    std::fs::write(
        &config,
        format!("[[notify]]\nkind = \"webhook\"\nurl = \"{}\"\n", receiver.url("/status500")),
    )
    .unwrap();
    let output = govaudit(&["notify", &path, "--config", &config], &[]).await;
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(text(&output).1.lines().count(), 3, "{}", text(&output).1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_long_list_is_cut_to_the_robots_limit_with_the_count_of_the_rest() {
    let receiver = Receiver::start(robots).await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.json");
    let findings =
        (0..300).map(|i| warning("column.due-soon", None, "2026-12-01", &format!("column{i:03}"))).collect();
    std::fs::write(&path, report(findings).to_string()).unwrap();
    let config = dir.path().join("govaudit.toml");
    let hook = receiver.url("/hook");
    let wecom = receiver.url(&format!("/cgi-bin/webhook/send?key={WECOM_KEY}"));
    std::fs::write(
        &config,
        format!("[[notify]]\nkind = \"wecom\"\nurl = \"{wecom}\"\n[[notify]]\nkind = \"webhook\"\nurl = \"{hook}\"\n"),
    )
    .unwrap();
    let (path, config) = (path.to_string_lossy().to_string(), config.to_string_lossy().to_string());
    let output = govaudit(&["notify", &path, "--config", &config], &[]).await;
    assert_eq!(output.status.code(), Some(0), "{}", text(&output).1);
    let content =
        receiver.at("/cgi-bin/webhook/send")[0].json()["markdown"]["content"].as_str().unwrap().to_owned();
    assert!(content.len() <= 4096, "{}", content.len());
    let shown = content.lines().filter(|l| l.starts_with("- ")).count();
    assert!(content.ends_with(&format!("……另有 {} 项", 300 - shown)), "{content}");
    let body = receiver.at("/hook")[0].json();
    assert_eq!((body["warnings"].as_array().unwrap().len(), body["more"].as_u64()), (200, Some(100)));
}

#[test]
fn a_bad_channel_is_one_line_naming_the_file_the_entry_and_the_key_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("county.toml");
    std::fs::write(&config, "[[notify]]\nkind = \"dingtalk\"\nurl = \"https://oapi.dingtalk.com/robot/send?access_token=T\"\nsecret = \"s\"\nsecret_env = \"S\"\n").unwrap();
    let output = common::govaudit(&["audit", "http://127.0.0.1:9/", "--config", &config.to_string_lossy()]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("county.toml: [[notify]] #1 secret_env:"), "{stderr}");
}
