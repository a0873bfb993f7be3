//! Runs every fixture under `checks/fixtures/<check-id>/` and compares what
//! fired with the file's own `<!-- expect: … -->` markers (see the README
//! there). Each check id maps to the part of the check that reads a page;
//! site checks run on a one-page site built from the fixture.

use std::path::Path;

use checks::facts::crawl::{Answer, FetchOutcome, Item, Link, PageFacts, SiteCrawl, Target, TargetId};
use checks::facts::html::{PageInput, challenge};
use checks::facts::page::{PageOptions, Typo};
use checks::model::settings::{AuditSettings, UrlPrefix};
use checks::registry::analyze;
use checks::registry::{self, SiteContext};
use checks::url_norm::Normalizer;
use chrono::NaiveDate;

/// The markers a fixture may carry besides `expect`.
struct Markers {
    status: u16,
    url: String,
    as_of: NaiveDate,
    home: bool,
    exempt: Vec<String>,
    /// The shipped wrong-word list plus `<!-- typo: 错词 = 正词 -->` lines.
    typos: Vec<Typo>,
}

fn markers(html: &str) -> Markers {
    let find = |name| html.lines().find_map(|l| marker(l, name)).map(str::to_owned);
    Markers {
        status: find("status").map_or(200, |s| s.parse().expect("status is a number")),
        url: find("url").unwrap_or_else(|| "http://www.qingxi.gov.cn/xwzx/gzdt/index.html".into()),
        as_of: find("as_of")
            .map_or(NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(), |d| d.parse().expect("as_of date")),
        home: html.lines().any(|l| l.trim() == "<!-- home -->"),
        exempt: html.lines().filter_map(|l| marker(l, "exempt")).map(str::to_owned).collect(),
        typos: checks::content::typo::DEFAULT_TYPOS
            .iter()
            .map(|(w, r)| ((*w).to_owned(), (*r).to_owned()))
            .chain(html.lines().filter_map(|l| marker(l, "typo")).filter_map(|t| {
                let (w, r) = t.split_once('=')?;
                Some((w.trim().to_owned(), r.trim().to_owned()))
            }))
            .map(|(wrong, right)| Typo { wrong, right })
            .collect(),
    }
}

/// How many findings `check` gives for the fixture.
fn evaluate(check: &str, html: &str) -> usize {
    let m = markers(html);
    let normalizer = Normalizer::default();
    let options = PageOptions::new(checks::Lang::Zh, m.typos.clone());
    // `<!-- page: URL -->` starts another page of the site: the fixture's
    // own page comes first, the others are pages it links to or that link
    // to it (a policy document and its interpretation).
    let mut parts = vec![(m.url.clone(), String::new())];
    for line in html.split_inclusive('\n') {
        match marker(line, "page") {
            Some(url) => parts.push((url.to_owned(), String::new())),
            None => parts.last_mut().expect("the fixture's page").1.push_str(line),
        }
    }
    let analysed: Vec<(String, checks::facts::html::PageAnalysis)> = parts
        .iter()
        .enumerate()
        .map(|(i, (url, text))| {
            let parsed = url::Url::parse(url).expect("fixture url");
            let analysis = analyze(&PageInput {
                url: &parsed,
                html: text,
                encoding: encoding_rs::UTF_8,
                normalizer: &normalizer,
                home: m.home && i == 0,
                options: &options,
            });
            (url.clone(), analysis)
        })
        .collect();
    match check {
        "page.blocked" => usize::from(challenge::detect(m.status, html).is_some()),
        // A linked page answered 200 that says it is gone: a soft 404.
        "link.dead" => usize::from(analysed[0].1.gone.is_some()),
        _ => run_site_check(check, site_of(analysed, &m), &m),
    }
}

/// Whether the crawler reads the fixture's bytes against their
/// declaration; `<!-- content-type: … -->` gives the HTTP header.
fn charset_mismatch(bytes: &[u8], html: &str) -> usize {
    let header = html
        .lines()
        .find_map(|l| marker(l, "content-type"))
        .and_then(|ct| ct.split_once("charset=").map(|(_, c)| c.trim().to_owned()))
        .and_then(|c| encoding_rs::Encoding::for_label(c.as_bytes()));
    usize::from(checks::page::charset_mismatch::judge(bytes, header).is_some())
}

fn ok() -> FetchOutcome {
    FetchOutcome::Answered(Answer::html(200))
}

/// A site of the fixture's parsed pages (the first is the home page when
/// it says `<!-- home -->`), every URL they link to answering 200.
fn site_of(pages: Vec<(String, checks::facts::html::PageAnalysis)>, m: &Markers) -> SiteCrawl {
    let mut targets: Vec<Target> = Vec::new();
    let intern = |targets: &mut Vec<Target>, url: &str| -> TargetId {
        if let Some(i) = targets.iter().position(|t| t.url == url) {
            return i as TargetId;
        }
        targets.push(Target { url: url.to_owned(), internal: true, outcome: ok(), page: None, label: None });
        (targets.len() - 1) as TargetId
    };
    let root = intern(&mut targets, if m.home { &m.url } else { "http://www.qingxi.gov.cn/" });
    let mut facts = Vec::new();
    for (n, (url, analysis)) in pages.into_iter().enumerate() {
        let page = intern(&mut targets, &url);
        let links = analysis
            .links
            .iter()
            .map(|l| Link { target: intern(&mut targets, l.url.as_str()), element: l.element })
            .collect();
        let items = analysis
            .items
            .iter()
            .map(|i| Item {
                target: intern(&mut targets, i.url.as_str()),
                title: i.title.clone(),
                date: i.date,
            })
            .collect();
        // What the crawler keeps of a link's text: the name of the page it leads to.
        for l in &analysis.links {
            if let Some(t) = targets.iter_mut().find(|t| t.url == l.url.as_str() && t.label.is_none()) {
                t.label.clone_from(&l.label);
            }
        }
        targets[page as usize].page = Some(n as u32);
        facts.push(PageFacts::new(page, analysis, links, items));
    }
    let mut crawl = SiteCrawl {
        root,
        targets,
        pages: facts,
        not_found_probe: None,
        not_found_page: None,
        accounts: Vec::new(),
        search_results: None,
    };
    // A page at the site search's URL is its answer, which the crawler
    // keeps as `search_results`.
    let search = checks::site::search_broken::plan(&crawl).and_then(|plan| {
        let target = crawl.targets.iter().position(|t| t.url == plan.url)?;
        let page = crawl.targets[target].page?;
        let links = crawl.pages[page as usize].links.iter().map(|l| l.target).collect();
        Some(checks::facts::crawl::SearchResults { target: target as u32, links })
    });
    crawl.search_results = search;
    crawl
}

fn run_site_check(check: &str, crawl: SiteCrawl, m: &Markers) -> usize {
    let mut settings = AuditSettings::new(checks::Lang::Zh, m.as_of);
    settings.exempt = m.exempt.iter().cloned().map(UrlPrefix).collect();
    let ctx = SiteContext::new(&crawl, &settings);
    let Some(found) = registry::run_check(&ctx, check) else {
        panic!("no check {check}: a fixture folder must be named after a registered check id")
    };
    found.len()
}

fn marker<'a>(line: &'a str, name: &str) -> Option<&'a str> {
    let rest = line.trim().strip_prefix("<!--")?.trim().strip_prefix(name)?.strip_prefix(':')?;
    Some(rest.split("-->").next().unwrap_or_default().trim())
}

/// A fixture's text: files named `*.gbk.html` are GBK, as on most county
/// sites; the rest UTF-8.
fn read_fixture(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap();
    if path.to_string_lossy().ends_with(".gbk.html") {
        let (text, _, bad) = encoding_rs::GBK.decode(&bytes);
        assert!(!bad, "{} is not GBK", path.display());
        text.into_owned()
    } else {
        String::from_utf8(bytes).unwrap_or_else(|_| panic!("{} is not UTF-8", path.display()))
    }
}

#[test]
fn every_fixture_fires_exactly_where_it_says() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut checked = 0;
    let mut failures = Vec::new();
    // `account-read/` holds the account readers' fixtures, run by `account_read.rs`.
    let check_dirs = std::fs::read_dir(&root).unwrap().flatten().filter(|e| e.path().is_dir());
    for dir in check_dirs.filter(|e| e.file_name() != "account-read") {
        let check = dir.file_name().to_string_lossy().into_owned();
        let (mut firing, mut clean) = (0, 0);
        for file in std::fs::read_dir(dir.path()).unwrap().flatten() {
            let html = read_fixture(&file.path());
            // Decided on the bytes, as the crawler decodes them.
            let bytes = std::fs::read(file.path()).unwrap();
            // `<!-- expect: <check-id> why -->`: the first word names the check.
            let expected = html
                .lines()
                .filter(|l| {
                    marker(l, "expect").and_then(|m| m.split_whitespace().next()) == Some(check.as_str())
                })
                .count();
            let fired = match check.as_str() {
                "page.charset-mismatch" => charset_mismatch(&bytes, &html),
                _ => evaluate(&check, &html),
            };
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

#[test]
fn every_page_check_has_fixtures() {
    // Page checks are decided from a page alone, so each one is proven by
    // fixtures; the folder test above holds each folder to both ways.
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let missing: Vec<&str> =
        registry::page_checks().map(|c| c.info.id).filter(|id| !root.join(id).is_dir()).collect();
    assert!(missing.is_empty(), "page checks without fixtures: {missing:?}");
}
