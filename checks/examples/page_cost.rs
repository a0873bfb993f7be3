//! Where a page's analysis time goes: parses the HTML files under a folder
//! (e.g. `bench/out/portal-20000/site`) and times the parse, the shared
//! walks and each page check that runs on every page (home-page checks
//! run on one page per site and are left out).
//!
//!     cargo run --release -p checks --example page_cost -- bench/out/portal-20000/site 3000

use std::time::{Duration, Instant};

use checks::a11y::dom::Dom;
use checks::html::links::Resolver;
use checks::html::{PageInput, analyze};
use checks::page_check::{PageDoc, PageOptions};
use checks::url_norm::Normalizer;

fn main() {
    let mut args = std::env::args().skip(1);
    let root = args.next().expect("a folder of HTML files");
    let limit: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(2000);
    let mut files = Vec::new();
    let mut stack = vec![std::path::PathBuf::from(root)];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(dir).expect("readable folder").flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "html") {
                files.push(p);
            }
        }
    }
    files.sort();
    files.truncate(limit);
    let pages: Vec<String> = files
        .iter()
        .map(|p| {
            let bytes = std::fs::read(p).expect("readable file");
            match std::str::from_utf8(&bytes) {
                Ok(s) => s.to_owned(),
                Err(_) => encoding_rs::GBK.decode(&bytes).0.into_owned(),
            }
        })
        .collect();
    let url = url::Url::parse("http://www.example.gov.cn/a/b.html").expect("url");
    let normalizer = Normalizer::default();
    let options = PageOptions::new(
        checks::Lang::Zh,
        checks::content::typo::DEFAULT_TYPOS
            .iter()
            .map(|(w, r)| checks::page_check::Typo { wrong: (*w).into(), right: (*r).into() })
            .collect(),
    );
    let input = |html: &'static str| PageInput {
        url: &url,
        html,
        encoding: encoding_rs::UTF_8,
        normalizer: &normalizer,
        home: false,
        options: &options,
    };
    let pages: Vec<&'static str> = pages.into_iter().map(|s| &*Box::leak(s.into_boxed_str())).collect();

    let t = Instant::now();
    for html in &pages {
        std::hint::black_box(analyze(&input(html)));
    }
    let whole = t.elapsed();
    let t = Instant::now();
    for html in &pages {
        std::hint::black_box(scraper::Html::parse_document(html));
    }
    let parse = t.elapsed();

    let checks: Vec<_> = checks::registry::page_checks().collect();
    let mut per_check = vec![Duration::ZERO; checks.len()];
    let mut walk = Duration::ZERO;
    for html in &pages {
        let doc = scraper::Html::parse_document(html);
        let t = Instant::now();
        let dom = Dom::new(&doc);
        walk += t.elapsed();
        let inp = input(html);
        let resolver = Resolver::new(&doc, &inp);
        let page = PageDoc::new(&doc, &dom, &url, false, &options, &resolver);
        for (i, c) in
            checks.iter().enumerate().filter(|(_, c)| c.scope == checks::page_check::Scope::EveryPage)
        {
            let t = Instant::now();
            std::hint::black_box((c.run)(&page));
            per_check[i] += t.elapsed();
        }
    }
    // The facts drawn besides the page checks, one extractor at a time.
    let mut extract: Vec<(&str, Duration)> = Vec::new();
    let mut time = |name: &'static str, d: Duration| match extract.iter_mut().find(|(n, _)| *n == name) {
        Some((_, total)) => *total += d,
        None => extract.push((name, d)),
    };
    for html in &pages {
        let doc = scraper::Html::parse_document(html);
        let inp = input(html);
        let resolver = Resolver::new(&doc, &inp);
        let t = Instant::now();
        let placement = checks::html::column::placement(&doc, &url);
        time("column::placement", t.elapsed());
        let t = Instant::now();
        std::hint::black_box(checks::html::list::items(&doc, &resolver, &url, false));
        time("list::items", t.elapsed());
        let t = Instant::now();
        std::hint::black_box(checks::html::links::collect(&doc, &resolver));
        time("links::collect", t.elapsed());
        let t = Instant::now();
        std::hint::black_box(checks::html::accounts::find(&doc, &resolver, None, None));
        time("accounts::find", t.elapsed());
        let t = Instant::now();
        std::hint::black_box(checks::html::messages::find(&doc, &resolver, &url));
        time("messages::find", t.elapsed());
        let t = Instant::now();
        std::hint::black_box(checks::html::consultation::end_date(&doc, Some("关于征求意见的通知")));
        time("consultation::end_date", t.elapsed());
        let t = Instant::now();
        std::hint::black_box(checks::html::expiry::read(&doc, placement.article));
        time("expiry::read", t.elapsed());
    }
    let n = pages.len() as f64;
    let us = |d: Duration| d.as_secs_f64() * 1e6 / n;
    for (name, d) in &extract {
        println!("extract {name:<24} {:>6.1} µs/page", us(*d));
    }
    let us = |d: Duration| d.as_secs_f64() * 1e6 / n;
    println!("{} pages: analyze {:.0} µs/page, of which parse {:.0} µs", pages.len(), us(whole), us(parse));
    println!("a11y walk (Dom::new) {:.1} µs/page", us(walk));
    let mut rows: Vec<_> = checks.iter().zip(per_check).collect();
    rows.sort_by_key(|(_, d)| std::cmp::Reverse(*d));
    let total: Duration = rows.iter().map(|(_, d)| *d).sum();
    println!("all page checks {:.1} µs/page", us(total));
    for (c, d) in rows.iter().take(40) {
        println!("  {:<32} {:>6.1} µs", c.info.id, us(*d));
    }
}
