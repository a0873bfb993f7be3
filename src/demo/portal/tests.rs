//! The demo portal keeps its promises: a few hundred pages, the same bytes
//! on every run, every link alive except exactly the planted defects, no
//! link that leaves the local world, and a 政务公开 section really in GBK.

use std::collections::{BTreeMap, BTreeSet};

use checks::html::{PageInput, analyze, challenge};
use checks::url_norm::Normalizer;
use chrono::NaiveDate;
use url::Url;

use super::assets::ROBOTS_DISALLOWED;
use super::catalog::{Catalog, Fate};
use super::{Planted, World, defects, planted, world};
use crate::serve::{Resource, Site};

const ORIGIN: &str = "http://127.0.0.1:8080";

fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
}

fn header<'a>(r: &'a Resource, name: &str) -> Option<&'a str> {
    r.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
}

fn is_html(r: &Resource) -> bool {
    header(r, "Content-Type").is_some_and(|t| t.starts_with("text/html"))
}

/// Decodes a page the way the crawler must: HTTP charset, then the meta.
fn decode(r: &Resource) -> (String, &'static encoding_rs::Encoding) {
    let declared_utf8 = header(r, "Content-Type").is_some_and(|t| t.contains("utf-8"));
    let meta_gbk = r.body.windows(14).any(|w| w == b"charset=gb2312");
    let encoding = if !declared_utf8 && meta_gbk { encoding_rs::GBK } else { encoding_rs::UTF_8 };
    let (text, _, errors) = encoding.decode(&r.body);
    assert!(!errors, "undecodable bytes");
    (text.into_owned(), encoding)
}

/// Pages a crawler reads: HTML answered 200.
fn pages(site: &Site) -> Vec<(&str, &Resource)> {
    site.targets()
        .filter_map(|t| site.get(t).map(|r| (t, r)))
        .filter(|(_, r)| r.status == 200 && is_html(r))
        .collect()
}

#[test]
fn has_a_few_hundred_pages() {
    let w = world(as_of());
    let n = pages(&w.portal).len();
    assert!((250..=400).contains(&n), "{n} HTML pages");
}

#[test]
fn is_deterministic() {
    for day in [as_of(), NaiveDate::from_ymd_opt(2027, 1, 8).unwrap()] {
        let (a, b) = (world(day), world(day));
        assert_eq!(snapshot(&a), snapshot(&b));
        assert_eq!(planted(day), planted(day));
    }
}

fn snapshot(w: &World) -> Vec<(String, u16, Vec<u8>)> {
    let sites =
        std::iter::once(("portal".to_owned(), &w.portal)).chain(w.hosts.iter().map(|(h, s)| (h.clone(), s)));
    sites
        .flat_map(|(host, site)| {
            site.targets()
                .map(|t| {
                    let r = site.get(t).unwrap();
                    (format!("{host}{t}"), r.status, r.body.to_vec())
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// What following an internal link ends in.
#[derive(Debug, PartialEq, Eq)]
enum End {
    Opens,
    Dead(String),
    Blocked,
    Disallowed,
}

/// Follows `target` on the portal as a browser would, judging the end the
/// way the contract's "Decisions every reader may rely on" do.
fn follow(site: &Site, target: &str) -> End {
    if ROBOTS_DISALLOWED.iter().any(|p| target.starts_with(p)) {
        return End::Disallowed;
    }
    let mut current = target.to_owned();
    let mut seen = BTreeSet::new();
    loop {
        if !seen.insert(current.clone()) || seen.len() > 10 {
            return End::Dead("redirect loop".into());
        }
        let Some(r) = site.get(&current) else { return End::Dead("404".into()) };
        if let Some(location) = header(r, "Location").filter(|_| (300..400).contains(&r.status)) {
            let next = Url::parse(&format!("{ORIGIN}{current}")).unwrap().join(location).unwrap();
            current = route_of(&next);
            if current == "/" && target != "/" {
                return End::Dead("deep link redirected home".into());
            }
            continue;
        }
        let (text, encoding) = if is_html(r) { decode(r) } else { (String::new(), encoding_rs::UTF_8) };
        if challenge::detect(r.status, &text).is_some() {
            return End::Blocked;
        }
        if r.status >= 400 {
            return End::Dead(format!("HTTP {}", r.status));
        }
        if is_html(r) && analysis(&current, &text, encoding).gone.is_some() {
            return End::Dead("soft 404".into());
        }
        return End::Opens;
    }
}

fn route_of(url: &Url) -> String {
    match url.query() {
        Some(q) => format!("{}?{q}", url.path()),
        None => url.path().to_owned(),
    }
}

fn analysis(
    target: &str,
    html: &str,
    encoding: &'static encoding_rs::Encoding,
) -> checks::html::PageAnalysis {
    let url = Url::parse(&format!("{ORIGIN}{target}")).unwrap();
    analyze(&PageInput { url: &url, html, encoding, normalizer: &Normalizer::default() })
}

/// What a crawl from `/` finds: every (page, target) whose link fails,
/// every blocked target, and the pages reached.
struct Crawl {
    dead: BTreeSet<(String, String)>,
    blocked: BTreeSet<String>,
    reached: BTreeSet<String>,
}

/// Crawls the portal from `/` as govaudit does, judging each distinct
/// target once, and checks every foreign link stays in the demo's world.
fn crawl(w: &World) -> Crawl {
    let hosts: BTreeMap<&str, &Site> = w.hosts.iter().map(|(h, s)| (h.as_str(), s)).collect();
    let mut out = Crawl { dead: BTreeSet::new(), blocked: BTreeSet::new(), reached: BTreeSet::new() };
    let mut ends: BTreeMap<String, End> = BTreeMap::new();
    let mut queue = vec!["/".to_owned()];
    while let Some(page) = queue.pop() {
        let Some(r) = w.portal.get(&page).filter(|r| r.status == 200 && is_html(r)) else { continue };
        if !out.reached.insert(page.clone()) {
            continue;
        }
        let (html, encoding) = decode(r);
        assert_only_known_schemes(&page, &html);
        for link in analysis(&page, &html, encoding).links {
            let url = &link.url;
            assert_eq!(url.scheme(), "http", "{page} links to {url}");
            let host = url.host_str().unwrap();
            if format!("http://{}:{}", host, url.port().unwrap_or(80)) == ORIGIN {
                let target = route_of(url);
                let end = ends.entry(target.clone()).or_insert_with(|| follow(&w.portal, &target));
                match end {
                    End::Opens => queue.push(target),
                    End::Disallowed => {}
                    End::Blocked => {
                        out.blocked.insert(target);
                    }
                    End::Dead(_) => {
                        out.dead.insert((page.clone(), target));
                    }
                }
            } else if let Some(site) = hosts.get(host) {
                let answer = site.get(&route_of(url));
                assert!(
                    answer.is_some_and(|r| r.status == 200),
                    "{page} links to {url}, not served on {host}"
                );
            } else {
                assert!(
                    w.dead_hosts.iter().any(|h| h == host),
                    "{page} links to {url}: a host outside the demo"
                );
                out.dead.insert((page.clone(), url.to_string()));
            }
        }
    }
    out
}

/// The analysis drops non-HTTP links, so check their schemes on the raw
/// markup: anything but http, mailto, tel and javascript would leave the demo.
fn assert_only_known_schemes(page: &str, html: &str) {
    let attr = regex::Regex::new(r#"(?:href|src)="([A-Za-z][A-Za-z0-9+.-]*):"#).unwrap();
    for cap in attr.captures_iter(html) {
        let scheme = cap[1].to_ascii_lowercase();
        assert!(["http", "mailto", "tel", "javascript"].contains(&scheme.as_str()), "{page}: {scheme}: link");
    }
}

#[test]
fn every_link_works_except_the_planted_ones() {
    let w = world(as_of());
    let Crawl { dead, blocked, reached } = crawl(&w);
    // Every page is reachable from the home page, except the home page's
    // `/index.html` alias, which the portal never links to, and the soft
    // 404, which is a dead end.
    let dead_ends: BTreeSet<&str> = dead.iter().map(|(_, t)| t.as_str()).chain(["/index.html"]).collect();
    let unreached: Vec<&str> =
        pages(&w.portal).into_iter().map(|(t, _)| t).filter(|t| !reached.contains(*t)).collect();
    assert!(unreached.iter().all(|t| dead_ends.contains(t)), "{unreached:?}");
    let plants = planted(as_of());
    let want = |check: &'static str| plants.iter().filter(move |p: &&Planted| p.check == check);
    let want_dead: BTreeSet<(String, String)> =
        want("link.dead").map(|p| (p.page.clone().unwrap(), p.target.clone())).collect();
    assert_eq!(dead, want_dead);
    let want_blocked: BTreeSet<String> = want("page.blocked").map(|p| p.target.clone()).collect();
    assert_eq!(blocked, want_blocked);
    assert_eq!(plants.len(), 9);
}

#[test]
fn planted_defects_answer_as_described() {
    let w = world(as_of());
    let get = |t: &str| w.portal.get(t).unwrap();
    assert_eq!(get(defects::SERVER_ERROR).status, 500);
    assert_eq!(get(defects::BLOCKED).status, 412);
    assert_eq!(header(get(defects::REDIRECTED_HOME), "Location"), Some("/"));
    assert!(w.portal.get(defects::MISSING_BANNER).is_none());
    assert!(w.hosts.iter().all(|(h, _)| !w.dead_hosts.contains(h)));
    assert_eq!(super::pages::not_found().status, 404);
}

#[test]
fn the_open_section_is_really_gbk() {
    let w = world(as_of());
    let gbk: Vec<_> = pages(&w.portal).into_iter().filter(|(t, _)| t.starts_with("/xxgk/")).collect();
    assert!(gbk.len() > 80, "{} GBK pages", gbk.len());
    for (target, r) in gbk {
        assert_eq!(header(r, "Content-Type"), Some("text/html"), "{target}");
        assert!(std::str::from_utf8(&r.body).is_err(), "{target} is valid UTF-8");
        let (text, _, errors) = encoding_rs::GBK.decode(&r.body);
        assert!(!errors, "{target}");
        assert!(text.contains("charset=gb2312"), "{target}");
        // The encoder writes &#NNNN; for what GBK cannot hold.
        assert!(!text.contains("&#"), "{target} has characters outside GBK");
    }
}

#[test]
fn raw_chinese_link_is_served_where_a_browser_asks() {
    let route = defects::chinese_link_route(2026);
    // 年 in UTF-8 in the path; 政务公开 in GBK in the query.
    assert_eq!(
        route,
        "/xxgk/fj/2026%E5%B9%B4%E6%94%BF%E5%8A%A1%E5%85%AC%E5%BC%80%E5%B7%A5%E4%BD%9C%E8%A6%81%E7%82%B9.pdf?from=%D5%FE%CE%F1%B9%AB%BF%AA"
    );
    let w = world(as_of());
    assert_eq!(w.portal.get(&route).map(|r| r.status), Some(200));
    let (html, _) = decode(w.portal.get("/xxgk/index.html").unwrap());
    assert!(html.contains(&defects::chinese_link_href(2026)));
}

#[test]
fn columns_are_as_fresh_as_intended() {
    let cat = Catalog::build(as_of(), defects::plant);
    let newest_age = |slug: &str| {
        cat.column(slug).filter(|a| a.fate == Fate::Served).map(|a| (as_of() - a.at.date()).num_days()).min()
    };
    assert!(newest_age("gzdt").unwrap() <= 3);
    assert!((38..=45).contains(&newest_age("xzdt").unwrap()));
    assert!(newest_age("gsgg").unwrap() > 183);
    assert_eq!(newest_age("jytabl"), None);
    for a in &cat.articles {
        assert!(a.at.date() <= as_of(), "{} dated in the future", a.path());
        assert!(a.draft.replied.is_none_or(|r| r.date() < as_of() && r > a.at), "{}", a.path());
    }
}

#[test]
fn new_media_accounts_include_a_stale_and_a_zombie() {
    let ages: Vec<i64> = super::newmedia::accounts(as_of())
        .iter()
        .map(|a| (as_of() - a.posts[0].at.date()).num_days())
        .collect();
    assert!(ages.iter().any(|&d| (15..=30).contains(&d)));
    assert!(ages.iter().any(|&d| d > 90));
    assert!(ages.iter().filter(|&&d| d <= 3).count() >= 3);
}

#[test]
fn robots_keep_crawlers_out_of_admin() {
    let w = world(as_of());
    let robots = &w.portal.get("/robots.txt").unwrap().body;
    assert!(std::str::from_utf8(robots).unwrap().contains("Disallow: /admin/"));
    let (home, _) = decode(w.portal.get("/").unwrap());
    assert!(home.contains("/admin/login.html"));
}
