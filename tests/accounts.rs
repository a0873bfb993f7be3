//! Official accounts end to end: accounts found on the portal's 政务新媒体
//! page and listed in the config, read on their "platforms" (local servers
//! answering for mp.weixin.qq.com, m.weibo.cn and www.douyin.com through
//! `crawl.resolve`), judged against as_of, and the new-media verdict.

mod common;

use std::net::SocketAddr;

use common::{govaudit_async, read_report};
use demo::serve::{Resource, Server, Site};
use serde_json::Value;

fn local() -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], 0))
}

/// Unix seconds of a Beijing-time day at 10:00.
fn unix(day: &str) -> i64 {
    let date = chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").unwrap();
    date.and_hms_opt(10, 0, 0).unwrap().and_utc().timestamp() - 8 * 3600
}

fn wechat(title: &str, day: &str) -> Resource {
    Resource::html(format!(
        "<html><head><meta property=\"og:title\" content=\"{title}\"><title></title></head><body>\
<div id=\"js_content\"><p>{title}</p></div>\
<script>var nickname = htmlDecode(\"清溪发布\"); var ct = \"{}\";</script></body></html>",
        unix(day)
    ))
}

/// The platforms, one local server for all their hosts.
fn platforms() -> Site {
    let weibo = r#"{"ok":1,"data":{"cards":[
{"card_type":9,"mblog":{"created_at":"Tue Nov 10 18:30:00 +0800 2026","text":"清溪县召开全县经济工作会议","user":{"screen_name":"清溪发布"},"isTop":0}},
{"card_type":9,"mblog":{"created_at":"Mon Nov 02 09:00:00 +0800 2026","text":"秋冬季森林防火提示","user":{"screen_name":"清溪发布"},"isTop":0}}]}}"#;
    let mut site = Site::default();
    site.insert("/robots.txt", Resource::new(200, "text/plain", b"User-agent: *\nDisallow: /private/\n".to_vec()))
        .insert("/s/fresh", wechat("我县召开冬季安全生产工作会议", "2026-11-24"))
        .insert("/s/also", wechat("清溪宣传：一图读懂", "2026-11-20"))
        .insert("/s/news", wechat("一图读懂冬季安全生产", "2026-11-01"))
        .insert("/api/container/getIndex?type=uid&value=42&containerid=10760342", Resource::new(200, "application/json", weibo.as_bytes().to_vec()))
        .insert(
            "/user/x",
            Resource::html("<html><head><script>document.cookie=\"__ac_nonce=0676b1c2d00a1\";var __ac_signature='_02B4';window.location.reload();</script></head><body></body></html>"),
        )
        .insert("/private/feed.xml", Resource::new(200, "application/rss+xml", b"<rss/>".to_vec()));
    site
}

fn portal() -> Site {
    let feed = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>清溪融媒</title>\
<item><title>全县秋冬季植树造林启动</title><pubDate>Tue, 24 Nov 2026 09:00:00 +0800</pubDate></item>\
<item><title>清溪县举办农民丰收节</title><pubDate>Fri, 20 Nov 2026 09:00:00 +0800</pubDate></item></channel></rss>";
    let mut site = Site::default();
    site.insert(
        "/",
        // The home page links an account before the 新媒体 page that lists
        // it is read, and a WeChat article that is no account.
        Resource::html("<html lang=\"zh-CN\"><head><title>测试县人民政府</title></head><body><a href=\"http://mp.weixin.qq.com/s/also\">清溪宣传</a> <a href=\"http://mp.weixin.qq.com/s/news\">一图读懂冬季安全生产</a> <a href=\"/zwxmt/index.html\">政务新媒体</a> <a href=\"/hdjl/xzxx.html\">县长信箱</a> <a href=\"/hdjl/xzxx.html\" title=\"政务服务\">办事</a></body></html>"),
    )
    // A working consultation channel and a services entry, so the site's
    // own verdict (V5, V6) is clear.
    .insert(
        "/hdjl/xzxx.html",
        Resource::html("<html lang=\"zh-CN\"><head><title>县长信箱_测试县人民政府</title></head><body><p>来信请发送电子邮件。</p></body></html>"),
    )
    .insert(
        "/zwxmt/index.html",
        Resource::html(
            "<html lang=\"zh-CN\"><head><title>政务新媒体_测试县人民政府</title></head><body><table>\
<tr><th>账号名称</th><th>平台</th><th>主办单位</th></tr>\
<tr><td><a href=\"http://mp.weixin.qq.com/s/fresh\">清溪发布</a></td><td>微信公众号</td><td>中共清溪县委宣传部</td></tr>\
<tr><td><a href=\"http://mp.weixin.qq.com/s/also\">清溪宣传</a></td><td>微信公众号</td><td>中共清溪县委宣传部</td></tr>\
<tr><td><a href=\"http://weibo.com/u/42\">清溪发布</a></td><td>新浪微博</td><td>中共清溪县委宣传部</td></tr>\
<tr><td><a href=\"http://www.douyin.com/user/x\">清溪融媒</a></td><td>抖音</td><td>清溪县融媒体中心</td></tr>\
</table></body></html>",
        ),
    )
    .insert("/rss.xml", Resource::new(200, "application/rss+xml", feed.as_bytes().to_vec()));
    site
}

fn config(platform: &Server, portal: &Server) -> String {
    let p = platform.addr;
    format!(
        "[crawl.resolve]\n\"mp.weixin.qq.com\" = \"{p}\"\n\"m.weibo.cn\" = \"{p}\"\n\"weibo.com\" = \"{p}\"\n\"www.douyin.com\" = \"{p}\"\n\n\
[[accounts]]\nname = \"清溪融媒\"\nurl = \"{}\"\nunit = \"清溪县融媒体中心\"\n\n\
[[accounts]]\nname = \"内部订阅\"\nurl = \"http://mp.weixin.qq.com/private/feed.xml\"\nplatform = \"feed\"\n\n\
[[accounts]]\nname = \"已注销账号\"\nurl = \"http://mp.weixin.qq.com/s/gone\"\n",
        portal.url("/rss.xml")
    )
}

async fn run(args: Vec<String>) -> (std::process::Output, tempfile::TempDir) {
    let out = tempfile::tempdir().unwrap();
    let mut all = args;
    all.extend([
        "--out".into(),
        out.path().to_string_lossy().into(),
        "--as-of".into(),
        "2026-11-26".into(),
        "-q".into(),
    ]);
    (govaudit_async(all).await, out)
}

fn states(site: &Value) -> Vec<(String, String, String)> {
    let mut got: Vec<(String, String, String)> = site["accounts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["name"].as_str().unwrap().into(),
                a["platform"].as_str().unwrap().into(),
                a["state"].as_str().unwrap().into(),
            )
        })
        .collect();
    got.sort();
    got
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn accounts_are_found_read_and_judged() {
    let platform = Server::start(platforms(), local()).await.unwrap();
    let portal_server = Server::start(portal(), local()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("govaudit.toml");
    std::fs::write(&cfg, config(&platform, &portal_server)).unwrap();
    let (output, out) =
        run(vec!["audit".into(), portal_server.url("/"), "--config".into(), cfg.to_string_lossy().into()])
            .await;
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let report = read_report(out.path());
    let site = &report["sites"][0];
    let s = |a: &str, b: &str, c: &str| (a.to_owned(), b.to_owned(), c.to_owned());
    assert_eq!(
        states(site),
        [
            s("内部订阅", "feed", "not_evaluated"),   // robots.txt: never requested
            s("已注销账号", "wechat", "unreachable"), // 404
            s("清溪发布", "wechat", "fresh"),         // an article of 2026-11-24
            s("清溪发布", "weibo", "stale"),          // newest post 2026-11-10: 16 days
            s("清溪宣传", "wechat", "fresh"),
            s("清溪融媒", "douyin", "not_evaluated"), // an anti-bot challenge, not "stale"
            s("清溪融媒", "feed", "fresh"),
        ]
    );
    assert_eq!(platform.stats.count("GET", "/private/feed.xml"), 0, "robots.txt is obeyed on platforms too");
    for path in ["/s/fresh", "/s/also", "/user/x"] {
        let asked = (platform.stats.count("GET", path), platform.stats.count("HEAD", path));
        assert_eq!(asked, (1, 0), "{path}: requested once, by the account audit, not again as a link");
    }
    let mut robots_by_host = std::collections::BTreeMap::new();
    for seen in platform.stats.seen().iter().filter(|s| s.target == "/robots.txt") {
        *robots_by_host.entry(seen.host.clone()).or_insert(0) += 1;
    }
    assert!(robots_by_host.contains_key("mp.weixin.qq.com"), "{robots_by_host:?}");
    assert!(robots_by_host.values().all(|n| *n == 1), "robots.txt read once per host: {robots_by_host:?}");
    let news = platform.stats.count("GET", "/s/news") + platform.stats.count("HEAD", "/s/news");
    assert_eq!(news, 1, "a platform link that is no account is checked like any link, once");
    assert_eq!(
        site["stats"]["skipped_by"]["account"], 2,
        "the Weibo profile, read through its API, and the Douyin page behind a challenge"
    );
    let blocked =
        site["findings"].as_array().unwrap().iter().filter(|f| f["check"] == "page.blocked").count();
    assert_eq!(blocked, 0, "the challenge is reported once, as account.not-evaluated");
    let findings: Vec<(&str, &str, Option<&str>)> = site["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["check"].as_str().unwrap().starts_with("account."))
        .map(|f| (f["check"].as_str().unwrap(), f["severity"].as_str().unwrap(), f["rule"].as_str()))
        .collect();
    assert_eq!(
        findings,
        [
            ("account.stale", "veto", Some("M1")),
            ("account.duplicate", "notice", None),
            ("account.not-evaluated", "notice", None),
            ("account.not-evaluated", "notice", None),
            ("account.unreachable", "notice", None),
        ]
    );
    let weibo = site["findings"].as_array().unwrap().iter().find(|f| f["check"] == "account.stale").unwrap();
    assert_eq!((weibo["account"].as_str(), weibo["platform"].as_str()), (Some("清溪发布"), Some("weibo")));
    assert!(weibo["page"].as_str().unwrap().ends_with("/zwxmt/index.html"), "the page that lists it");
    let media = &site["new_media"];
    assert_eq!(
        (media["accounts"].as_u64(), media["failed"].as_u64(), media["vetoed"].as_bool()),
        (Some(7), Some(1), Some(true))
    );
    // The accounts' veto is theirs: the site itself still passes.
    assert_eq!(site["score"]["vetoed"], false);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn accounts_only_audits_the_roster_without_crawling() {
    let platform = Server::start(platforms(), local()).await.unwrap();
    let portal_server = Server::start(portal(), local()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("govaudit.toml");
    std::fs::write(&cfg, config(&platform, &portal_server)).unwrap();
    let (output, out) = run(vec![
        "audit".into(),
        "--accounts-only".into(),
        "--config".into(),
        cfg.to_string_lossy().into(),
        "--fail-on".into(),
        "veto".into(),
    ])
    .await;
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(portal_server.stats.count("GET", "/"), 0, "the site is not crawled");
    let report = read_report(out.path());
    let site = &report["sites"][0];
    assert_eq!(states(site).len(), 3, "only the roster: {site:#}");
    assert!(site["score"].is_null());
    assert_eq!(site["new_media"]["vetoed"], false);

    let (bad, _) = run(vec![
        "audit".into(),
        "--accounts-only".into(),
        "--config".into(),
        cfg.to_string_lossy().into(),
        "--fail-under".into(),
        "60".into(),
    ])
    .await;
    assert_eq!(bad.status.code(), Some(2));
}

/// A listed Weibo API address that answers the account's profile without
/// posts: the one more request its timeline tab names is made, and the
/// account is judged on that timeline.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_weibo_profile_answer_is_followed_to_its_timeline() {
    let profile = r#"{"ok":1,"data":{"userInfo":{"id":77,"screen_name":"平安清溪"},
"tabsInfo":{"tabs":[{"tabKey":"profile","containerid":"23028377"},{"tabKey":"weibo","containerid":"10760377"}]}}}"#;
    let timeline = r#"{"ok":1,"data":{"cards":[
{"card_type":9,"mblog":{"created_at":"Tue Nov 24 18:30:00 +0800 2026","text":"冬季防火提示","user":{"screen_name":"平安清溪"},"isTop":0}}]}}"#;
    let mut site = Site::default();
    site.insert(
        "/api/container/getIndex?type=uid&value=77",
        Resource::new(200, "application/json", profile.as_bytes().to_vec()),
    )
    .insert(
        "/api/container/getIndex?containerid=10760377",
        Resource::new(200, "application/json", timeline.as_bytes().to_vec()),
    );
    let platform = Server::start(site, local()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("govaudit.toml");
    let p = platform.addr;
    std::fs::write(
        &cfg,
        format!(
            "[crawl.resolve]\n\"m.weibo.cn\" = \"{p}\"\n\n[[accounts]]\nname = \"平安清溪\"\nurl = \"http://m.weibo.cn/api/container/getIndex?type=uid&value=77\"\n"
        ),
    )
    .unwrap();
    let (output, out) =
        run(vec!["audit".into(), "--accounts-only".into(), "--config".into(), cfg.to_string_lossy().into()])
            .await;
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let report = read_report(out.path());
    let account = &report["sites"][0]["accounts"][0];
    assert_eq!(
        (account["state"].as_str(), account["latest"].as_str()),
        (Some("fresh"), Some("2026-11-24")),
        "{account}"
    );
    assert_eq!(platform.stats.count("GET", "/api/container/getIndex?containerid=10760377"), 1);
}
