//! Where a page's analysis time goes: parses the HTML files under a folder
//! (e.g. `bench/out/portal-20000/site`) and times the parse, the shared
//! walks and each page check that runs on every page (home-page checks
//! run on one page per site and are left out).
//!
//!     cargo run --release -p checks --example page_cost -- bench/out/portal-20000/site 3000
//!
//! It also times what the page's own stylesheets cost the walk (the
//! portal's `/css/*.css`, parsed once as the crawler does, and a heavy
//! sheet of 2,000 `display`/`visibility` rules), and the crawler's scan for
//! a page's `<link rel=stylesheet>`.

use std::time::{Duration, Instant};

use checks::facts::a11y::dom::Dom;
use checks::facts::html::PageInput;
use checks::facts::html::links::Resolver;
use checks::facts::page::{PageDoc, PageOptions};
use checks::registry::analyze;
use checks::url_norm::Normalizer;

fn main() {
    let mut args = std::env::args().skip(1);
    let root = std::path::PathBuf::from(args.next().expect("a folder of HTML files"));
    let limit: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(2000);
    let mut files = Vec::new();
    let mut stack = vec![root.clone()];
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
    // Every k-th file, so the sample has the portal's mix of list pages
    // and articles (the first files in path order are mostly list pages).
    let step = (files.len() / limit.max(1)).max(1);
    let files: Vec<_> = files.into_iter().step_by(step).take(limit).collect();
    // Each page keeps the URL it has on the portal: whether a page is an
    // article is partly read from its URL, and lists are only read on
    // pages that are not.
    let pages: Vec<(url::Url, String)> = files
        .iter()
        .map(|p| {
            let bytes = std::fs::read(p).expect("readable file");
            let html = match std::str::from_utf8(&bytes) {
                Ok(s) => s.to_owned(),
                Err(_) => encoding_rs::GBK.decode(&bytes).0.into_owned(),
            };
            let path = p.strip_prefix(&root).expect("under the folder").to_string_lossy().replace('\\', "/");
            (url::Url::parse(&format!("http://www.example.gov.cn/{path}")).expect("url"), html)
        })
        .collect();
    let normalizer = Normalizer::default();
    let options = PageOptions::new(
        checks::Lang::Zh,
        checks::facts::lexicon::Lexicon::new(checks::facts::lexicon::builtin()),
    );
    let input = |url: &'static url::Url, html: &'static str| PageInput {
        url,
        html,
        encoding: encoding_rs::UTF_8,
        normalizer: &normalizer,
        home: false,
        options: &options,
        stylesheets: checks::facts::css::LinkedSheets::none(),
    };
    let pages: Vec<(&'static url::Url, &'static str)> =
        pages.into_iter().map(|(u, s)| (&*Box::leak(Box::new(u)), &*Box::leak(s.into_boxed_str()))).collect();

    // The fastest of five rounds: other load on the machine only ever
    // adds time, so the minimum is the steadiest figure to compare.
    let fastest = |f: &dyn Fn()| {
        (0..5)
            .map(|_| {
                let t = Instant::now();
                f();
                t.elapsed()
            })
            .min()
            .unwrap_or_default()
    };
    let whole = fastest(&|| {
        for &(url, html) in &pages {
            std::hint::black_box(analyze(&input(url, html)));
        }
    });
    let parse = fastest(&|| {
        for &(_, html) in &pages {
            std::hint::black_box(scraper::Html::parse_document(html));
        }
    });

    let checks: Vec<_> = checks::registry::page_checks().collect();
    let mut per_check = vec![Duration::ZERO; checks.len()];
    let mut walk = Duration::ZERO;
    for &(url, html) in &pages {
        let doc = scraper::Html::parse_document(html);
        let t = Instant::now();
        // As `Dom::new`, the styles kept for the checks as the crawler keeps them.
        let mut styles = checks::facts::css::cascade::PageStyles::read(
            &doc,
            &|_| None,
            &|_| {},
            checks::facts::css::LinkedSheets::none(),
        );
        let dom = Dom::with_styles(&doc, &mut styles);
        walk += t.elapsed();
        let styles = std::cell::RefCell::new(styles);
        let inp = input(url, html);
        let resolver = Resolver::new(&doc, &inp);
        let page = PageDoc::new(&doc, &dom, url, false, &options, &resolver).with_styles(&styles);
        for (i, c) in checks.iter().enumerate().filter(|(_, c)| c.scope == checks::registry::Scope::EveryPage)
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
    for &(url, html) in &pages {
        let doc = scraper::Html::parse_document(html);
        let inp = input(url, html);
        let resolver = Resolver::new(&doc, &inp);
        let t = Instant::now();
        let placement = checks::facts::html::column::placement(&doc, url);
        time("column::placement", t.elapsed());
        let t = Instant::now();
        std::hint::black_box(checks::facts::html::list::items(&doc, &resolver, url, false));
        time("list::items", t.elapsed());
        let t = Instant::now();
        std::hint::black_box(checks::facts::html::links::collect(&doc, &resolver));
        time("links::collect", t.elapsed());
        let t = Instant::now();
        std::hint::black_box(checks::facts::html::accounts::find(&doc, &resolver, None, None));
        time("accounts::find", t.elapsed());
        let t = Instant::now();
        std::hint::black_box(checks::facts::html::messages::find(&doc, &resolver, url));
        time("messages::find", t.elapsed());
        let t = Instant::now();
        std::hint::black_box(checks::facts::html::consultation::end_date(&doc, Some("关于征求意见的通知")));
        time("consultation::end_date", t.elapsed());
        let t = Instant::now();
        std::hint::black_box(checks::facts::html::expiry::read(&doc, placement.article));
        time("expiry::read", t.elapsed());
    }
    let n = pages.len() as f64;
    let us = |d: Duration| d.as_secs_f64() * 1e6 / n;
    for (name, d) in &extract {
        println!("extract {name:<24} {:>6.1} µs/page", us(*d));
    }
    let us = |d: Duration| d.as_secs_f64() * 1e6 / n;
    println!(
        "{} pages: analyze {:.0} µs/page, of which parse {:.0} µs (fastest of 5 rounds)",
        pages.len(),
        us(whole),
        us(parse)
    );
    println!("a11y walk (Dom::new) {:.1} µs/page", us(walk));
    stylesheet_cost(&root, &pages, &normalizer, us);
    let mut rows: Vec<_> = checks.iter().zip(per_check).collect();
    rows.sort_by_key(|(_, d)| std::cmp::Reverse(*d));
    let total: Duration = rows.iter().map(|(_, d)| *d).sum();
    println!("all page checks {:.1} µs/page", us(total));
    for (c, d) in rows.iter().take(40) {
        println!("  {:<32} {:>6.1} µs", c.info.id, us(*d));
    }
}

/// The walk without sheets, with the portal's own sheets and with a heavy
/// sheet, and the crawler's scan for linked sheets, per page.
fn stylesheet_cost(
    root: &std::path::Path,
    pages: &[(&'static url::Url, &'static str)],
    normalizer: &Normalizer,
    us: impl Fn(Duration) -> f64,
) {
    use checks::facts::css::cascade::PageStyles;
    use checks::facts::css::{LinkedSheets, Sheet};
    use std::sync::Arc;
    let read = |path: std::path::PathBuf| std::fs::read_to_string(path).unwrap_or_default();
    let mut portal = LinkedSheets::default();
    for e in std::fs::read_dir(root.join("css")).into_iter().flatten().flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let url = url::Url::parse(&format!("http://www.example.gov.cn/css/{name}")).expect("url");
        portal.insert(&url, Arc::new(Sheet::parse(&read(e.path()))));
    }
    // 2,000 rules that set display or visibility, on classes, ids, tags
    // and descendant selectors, as a large portal theme has.
    let heavy_css: String = (0..500)
        .map(|i| {
            format!(
                ".c{i}{{display:none}} #i{i} a{{display:block}} .nav li.m{i} .sub{{visibility:hidden}} div > span.s{i}{{display:inline-block}}\n"
            )
        })
        .collect();
    let mut heavy = portal.clone();
    for name in ["common.css", "index.css", "article.css", "list.css"] {
        let url = url::Url::parse(&format!("http://www.example.gov.cn/css/{name}")).expect("url");
        heavy.insert(&url, Arc::new(Sheet::parse(&heavy_css)));
    }
    let fastest = |f: &dyn Fn()| {
        (0..5)
            .map(|_| {
                let t = Instant::now();
                f();
                t.elapsed()
            })
            .min()
            .unwrap_or_default()
    };
    let docs: Vec<(&url::Url, scraper::Html)> =
        pages.iter().map(|&(u, h)| (u, scraper::Html::parse_document(h))).collect();
    let walk_with = |linked: Option<&LinkedSheets>| {
        fastest(&|| {
            for (url, doc) in &docs {
                let mut styles = match linked {
                    None => PageStyles::default(),
                    Some(linked) => PageStyles::read(doc, &|h| url.join(h).ok(), &|_| {}, linked),
                };
                std::hint::black_box(Dom::with_styles(doc, &mut styles));
            }
        })
    };
    let bare = walk_with(None);
    let own = walk_with(Some(&portal));
    let loaded = walk_with(Some(&heavy));
    let scan = fastest(&|| {
        for &(url, html) in pages {
            std::hint::black_box(checks::facts::css::linked_urls(html, url, normalizer));
        }
    });
    let t = Instant::now();
    std::hint::black_box(Sheet::parse(&heavy_css));
    let parse_heavy = t.elapsed();
    println!(
        "a11y walk: no sheet {:.1} µs/page, the portal's sheets {:.1}, a 4 × 2,000-rule theme {:.1}",
        us(bare),
        us(own),
        us(loaded)
    );
    println!(
        "crawler's scan for linked sheets {:.1} µs/page; a 2,000-rule sheet ({} KB) parses in {:.2} ms, once per run",
        us(scan),
        heavy_css.len() / 1024,
        parse_heavy.as_secs_f64() * 1e3
    );
}
