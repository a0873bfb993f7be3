//! Lists that scripts build, end to end: a site with a Hanweb `jpage`
//! column (records embedded in a datastore, older ones behind
//! `dataproxy.jsp`), a TRS column paginated only by `createPageHTML`, a
//! JSON-fed list and a `document.write` list, audited by the real binary.
//! Each is a column with its newest date; the articles only a script
//! reaches are requested, exactly once each, and their dead links found.

mod common;

use std::net::SocketAddr;

use common::findings;
use demo::serve::{Resource, Server, Site};
use serde_json::Value;

fn local() -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], 0))
}

const HANWEB: &str = "/col/col1234/index.html";
const PROXY: &str = "/module/web/jpage/dataproxy.jsp";
const TRS: &str = "/xxgk/tzgg/index.html";
const JSON: &str = "/xwzx/bmdt/index.html";
const WRITTEN: &str = "/xwzx/xzdt/index.html";

fn page(title: &str, body: &str) -> Resource {
    Resource::html(format!(
        "<html><head><meta charset=\"utf-8\"><title>{title}</title><meta name=\"ColumnName\" content=\"{title}\"></head>\
         <body><div class=\"position\">当前位置：首页 &gt; {title}</div>{body}</body></html>"
    ))
}

/// The Hanweb article `n` (1 newest), dated `day` of 2026-11 back to October.
fn hanweb_record(n: u32) -> String {
    let (month, day) = if n <= 20 { (11, 21 - n) } else { (10, 51 - n) };
    format!(
        "<record><![CDATA[<li><a href=\"/art/2026/{month}/{day}/art_1234_{n}.html\" title=\"清溪县第{n}期工作动态信息\">清溪县第{n}期工作动态…</a><span>2026-{month:02}-{day:02}</span></li>]]></record>"
    )
}

fn hanweb_answer(from: u32, to: u32) -> Resource {
    let records: String = (from..=to.min(40)).map(hanweb_record).collect();
    Resource::new(
        200,
        "text/xml; charset=utf-8",
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><datastore><totalrecord>40</totalrecord><recordset>{records}</recordset></datastore>"
        ),
    )
}

fn site() -> Site {
    let mut site = Site::default();
    site.insert(
        "/",
        Resource::html(format!(
            "<html><head><meta charset=\"utf-8\"><title>清溪县人民政府</title></head><body>\
             <a href=\"{HANWEB}\">工作动态</a><a href=\"{TRS}\">通知公告</a><a href=\"{JSON}\">部门动态</a><a href=\"{WRITTEN}\">乡镇动态</a>\
             <ul><li><a href=\"/art/2026/11/20/art_1234_1.html\">清溪县第1期工作动态信息</a><span>2026-11-20</span></li></ul></body></html>"
        )),
    );
    site.insert("/robots.txt", Resource::new(200, "text/plain", "User-agent: *\nDisallow: /private/\n"));
    // Hanweb: 15 records embedded, 40 in all, asked 15 at a time.
    let embedded: String = (1..=15).map(hanweb_record).collect();
    site.insert(
        HANWEB,
        page(
            "工作动态",
            &format!(
                "<div id=\"4085961\"><script type=\"text/xml\"><datastore>\
                 <nextgroup><![CDATA[<a href=\"{PROXY}?page=1&appid=1&webid=1&path=/&columnid=1234&unitid=4085961&webname=清溪县&permissiontype=0\"></a>]]></nextgroup>\
                 <recordset>{embedded}</recordset></datastore></script></div>\
                 <script src=\"/module/web/jpage/jpage.js\"></script>\
                 <script>$('#4085961').jpage({{ totalRecord: 40, perPage: 15, groupSize: 1, proxyUrl: '{PROXY}', noDataText: '暂无数据' }});</script>"
            ),
        ),
    );
    site.insert("/module/web/jpage/jpage.js", Resource::new(200, "application/javascript", "/* jpage */"));
    site.insert(&format!("{PROXY}?startrecord=16&endrecord=30&perpage=15"), hanweb_answer(16, 30));
    site.insert(&format!("{PROXY}?startrecord=31&endrecord=45&perpage=15"), hanweb_answer(31, 45));
    // TRS: three pages, the older two linked only by the script.
    let trs_items = |from: u32, to: u32| -> String {
        (from..=to)
            .map(|n| {
                let day = 25 - n;
                format!("<li><a href=\"./202611/t202611{day:02}_{n}.html\">关于做好第{n}项冬季安全工作的通知</a><span>2026-11-{day:02}</span></li>")
            })
            .collect()
    };
    let paging = "<script>var countPage = 3//共多少页\nvar currentPage = 0;\ncreatePageHTML(countPage, currentPage, \"index\", \"html\");</script>";
    site.insert(TRS, page("通知公告", &format!("<ul class=\"list\">{}</ul>{paging}", trs_items(1, 3))));
    site.insert(
        "/xxgk/tzgg/index_1.html",
        page("通知公告", &format!("<ul class=\"list\">{}</ul>{paging}", trs_items(4, 6))),
    );
    site.insert(
        "/xxgk/tzgg/index_2.html",
        page("通知公告", &format!("<ul class=\"list\">{}<li><a href=\"./202610/t20261001_99.html\">关于国庆假期值班安排的通知</a><span>2026-10-01</span></li></ul>{paging}", trs_items(7, 8))),
    );
    // JSON: the HTML list is empty; the only 暂无数据 is in the script.
    site.insert(
        JSON,
        page(
            "部门动态",
            "<ul id=\"list\"></ul><script>$.getJSON('list.json', function (d) { if (!d.data.length) $('#list').html('<li>暂无数据</li>'); });</script>",
        ),
    );
    site.insert(
        "/xwzx/bmdt/list.json",
        Resource::new(
            200,
            "application/json",
            r#"{"total":2,"data":[{"title":"县农业农村局开展冬季农机安全检查","url":"/xwzx/bmdt/202611/t20261119_1.html","pubDate":"2026-11-19 10:00:00"},
                {"title":"县教育局召开校园安全工作会议","url":"/xwzx/bmdt/202611/t20261112_2.html","pubDate":"2026-11-12"}]}"#,
        ),
    );
    site.insert(
        WRITTEN,
        page(
            "乡镇动态",
            "<ul><script>document.write('<li><a href=\"/xwzx/xzdt/202611/t20261117_1.html\">青石镇召开冬季森林防火工作会议<\\/a><span>2026-11-17<\\/span><\\/li>');\
             document.write('<li><a href=\"/xwzx/xzdt/202611/t20261110_2.html\">白沙镇开展安全生产大检查<\\/a><span>2026-11-10<\\/span><\\/li>');</script></ul>",
        ),
    );
    // Every article answers, but for one only the data endpoint lists and
    // one only the script-made pagination lists: those two are dead.
    site.generate("/", |target| {
        let dead = ["/art/2026/10/20/art_1234_31.html", "/xxgk/tzgg/202611/t20261117_8.html"];
        if dead.contains(&target) {
            return None;
        }
        let is_article = target.starts_with("/art/") || target.contains("/t2026");
        is_article.then(|| {
            Resource::html("<html><head><meta charset=\"utf-8\"><title>文章</title></head><body><h1>文章</h1><p>正文内容。</p></body></html>")
        })
    });
    site
}

fn column<'a>(report: &'a Value, base: &str, path: &str) -> &'a Value {
    report["sites"][0]["columns"]
        .as_array()
        .expect("columns")
        .iter()
        .find(|c| c["url"].as_str() == Some(&format!("{base}{path}")))
        .unwrap_or_else(|| panic!("no column at {path}: {:#}", report["sites"][0]["columns"]))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn columns_built_by_scripts_are_read_and_their_articles_checked_once() {
    let server = Server::start(site(), local()).await.unwrap();
    let report = common::audit(&server.url("/"), &["--as-of", "2026-11-26"]).await;
    let base = server.url("");
    let summary = |path: &str| {
        let c = column(&report, &base, path);
        (
            c["name"].clone(),
            c["items"].clone(),
            c["latest"].clone(),
            c["blank"].clone(),
            c["built_by"].clone(),
        )
    };
    let v = |s: &str| Value::String(s.into());
    assert_eq!(
        summary(HANWEB),
        (v("工作动态"), 40.into(), v("2026-11-20"), false.into(), serde_json::json!(["hanweb"]))
    );
    assert_eq!(
        summary(TRS),
        (v("通知公告"), 9.into(), v("2026-11-24"), false.into(), serde_json::json!(["trs_pages"]))
    );
    assert_eq!(
        summary(JSON),
        (v("部门动态"), 2.into(), v("2026-11-19"), false.into(), serde_json::json!(["json"]))
    );
    assert_eq!(
        summary(WRITTEN),
        (v("乡镇动态"), 2.into(), v("2026-11-17"), false.into(), serde_json::json!(["document_write"]))
    );
    assert!(findings(&report, "column.blank", &base).is_empty(), "no column is blank");

    let dead: Vec<(String, String)> =
        findings(&report, "link.dead", &base).into_iter().map(|(page, target, _)| (page, target)).collect();
    assert!(dead.contains(&(HANWEB.into(), "/art/2026/10/20/art_1234_31.html".into())), "{dead:?}");
    assert!(
        dead.contains(&("/xxgk/tzgg/index_2.html".into(), "/xxgk/tzgg/202611/t20261117_8.html".into())),
        "{dead:?}"
    );

    // Every article once; each data request once, with the script's method.
    let seen = server.stats.seen();
    let articles: Vec<&str> = seen
        .iter()
        .map(|s| s.target.as_str())
        .filter(|t| t.starts_with("/art/") || t.contains("/t2026"))
        .collect();
    assert_eq!(articles.len(), 40 + 9 + 2 + 2, "{articles:?}");
    let mut distinct = articles.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), articles.len(), "an article was requested twice");
    for chunk in ["startrecord=16&endrecord=30&perpage=15", "startrecord=31&endrecord=45&perpage=15"] {
        assert_eq!(server.stats.count("POST", &format!("{PROXY}?{chunk}")), 1, "{chunk}");
    }
    assert_eq!(seen.iter().filter(|s| s.target.starts_with(PROXY)).count(), 2, "the list ends at 40");
    assert_eq!(server.stats.count("GET", "/xwzx/bmdt/list.json"), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn robots_txt_keeps_data_endpoints_unasked() {
    let mut site = site();
    site.insert("/robots.txt", Resource::new(200, "text/plain", "User-agent: *\nDisallow: /module/\n"));
    let server = Server::start(site, local()).await.unwrap();
    let report = common::audit(&server.url("/"), &["--as-of", "2026-11-26"]).await;
    let base = server.url("");
    assert_eq!(column(&report, &base, HANWEB)["items"], 15, "only the embedded records");
    assert!(server.stats.seen().iter().all(|s| !s.target.starts_with(PROXY)));
}
