//! What the script-list readers (`checks::facts::html::scripted`) cost a page
//! that uses none of their patterns: the time `scripted::read` takes on
//! already-parsed pages, against the time the whole `registry::analyze` takes
//! on the same pages (parse included), best of three. Run by
//! `bench/scripted.sh` on the generated benchmark portal:
//!
//! ```text
//! cargo run --release -p checks --example scripted_cost -- bench/out/portal-20000/site
//! ```

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use checks::facts::html::links::Resolver;
use checks::facts::html::{PageInput, scripted};
use checks::facts::page::PageOptions;
use checks::url_norm::Normalizer;
use scraper::Html;
use url::Url;

fn html_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            html_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "html") {
            out.push(path);
        }
    }
}

type Page = (Url, String, &'static encoding_rs::Encoding);

fn input_of<'a>(page: &'a Page, normalizer: &'a Normalizer, options: &'a PageOptions) -> PageInput<'a> {
    PageInput {
        url: &page.0,
        html: &page.1,
        encoding: page.2,
        normalizer,
        home: false,
        options,
        stylesheets: checks::facts::css::LinkedSheets::none(),
    }
}

fn best_of_three(mut run: impl FnMut()) -> Duration {
    (0..3)
        .map(|_| {
            let started = Instant::now();
            run();
            started.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn main() {
    let Some(root) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: scripted_cost <folder of .html pages>");
        std::process::exit(2);
    };
    let mut files = Vec::new();
    html_files(&root, &mut files);
    files.sort();
    let pages: Vec<Page> = files
        .iter()
        .filter_map(|path| {
            let bytes = std::fs::read(path).ok()?;
            let rel = path.strip_prefix(&root).ok()?.to_string_lossy().replace('\\', "/");
            let url = Url::parse(&format!("http://www.example.gov.cn/{rel}")).ok()?;
            let (text, encoding) = match String::from_utf8(bytes.clone()) {
                Ok(text) => (text, encoding_rs::UTF_8),
                Err(_) => (encoding_rs::GBK.decode(&bytes).0.into_owned(), encoding_rs::GBK),
            };
            Some((url, text, encoding))
        })
        .collect();
    let (normalizer, options) = (Normalizer::default(), PageOptions::default());
    let input = |page| input_of(page, &normalizer, &options);
    let scripted_pages =
        pages.iter().filter(|p| !checks::registry::analyze(&input(p)).built_by.is_empty()).count();
    let analyze = best_of_three(|| {
        for page in &pages {
            std::hint::black_box(checks::registry::analyze(&input(page)));
        }
    });
    // The readers run where `analyze` runs them: on list pages (not on
    // articles), told whether the HTML lists items already.
    let lists: Vec<(&Page, Html, bool)> = pages
        .iter()
        .filter_map(|page| {
            let analysis = checks::registry::analyze(&input(page));
            (!analysis.placement.article)
                .then(|| (page, Html::parse_document(&page.1), !analysis.items.is_empty()))
        })
        .collect();
    let readers = best_of_three(|| {
        for (page, doc, static_items) in &lists {
            let input = input(page);
            let resolver = Resolver::new(doc, &input);
            std::hint::black_box(scripted::read(doc, &resolver, &input, *static_items));
        }
    });
    let share = readers.as_secs_f64() / analyze.as_secs_f64() * 100.0;
    println!(
        "{} pages ({} list pages): analyze {:.3} s ({:.0} pages/s), readers {:.4} s = {share:.2} % of analyze; pages with a script-built list: {}",
        pages.len(),
        lists.len(),
        analyze.as_secs_f64(),
        pages.len() as f64 / analyze.as_secs_f64(),
        readers.as_secs_f64(),
        scripted_pages
    );
}
