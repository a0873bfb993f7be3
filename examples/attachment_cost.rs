//! What reading attachments costs (issue 20 §3): extracts the text of the
//! PDF, Word and Excel files under a folder (e.g. the generated portal's
//! `bench/out/portal-20000/site`) as the crawler does, scans it for
//! personal data, and prints the time per file and per MB of each format.
//!
//!     cargo run --release --example attachment_cost -- bench/out/portal-20000/site
//!
//! Each file is read `ROUNDS` times and the fastest kept, so the figure is
//! the work, not the machine's other load. `.doc` and binary `.xls` stubs
//! of the generated portal are counted too: refusing them is part of the cost.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use govaudit::extract::{self, Budget};

const ROUNDS: usize = 3;

#[derive(Default)]
struct Tally {
    files: usize,
    bytes: u64,
    extract: Duration,
    scan: Duration,
    chars: usize,
    hits: usize,
    cut: usize,
}

fn main() {
    let root = std::path::PathBuf::from(std::env::args().nth(1).expect("a folder of attachments"));
    let mut files = Vec::new();
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(dir).expect("readable folder").flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if extract::format_of(&p.to_string_lossy()).is_some() {
                files.push(p);
            }
        }
    }
    files.sort();
    let budget = Budget::default();
    let mut by_format: BTreeMap<String, Tally> = BTreeMap::new();
    for path in &files {
        let named = extract::format_of(&path.to_string_lossy()).expect("listed by format");
        let bytes = std::fs::read(path).expect("readable file");
        let mut best = Duration::MAX;
        let mut result = None;
        for _ in 0..ROUNDS {
            let start = Instant::now();
            let read = extract::extract(named, &bytes, &budget);
            best = best.min(start.elapsed());
            result = Some(read);
        }
        let (format, extracted) = result.expect("read at least once");
        let start = Instant::now();
        let scan = checks::content::pii_attachment::scan(0, format, &extracted);
        let scanned = start.elapsed();
        let tally = by_format.entry(named.as_str().to_owned()).or_default();
        tally.files += 1;
        tally.bytes += bytes.len() as u64;
        tally.extract += best;
        tally.scan += scanned;
        tally.chars += extracted.parts.iter().map(|p| p.text.chars().count()).sum::<usize>();
        tally.hits += scan.hits.len();
        tally.cut += usize::from(extracted.cut.is_some());
    }
    println!(
        "| format | files | MB | text (M chars) | extract ms/file | extract ms/MB | scan ms/MB of text | hits | not read |"
    );
    println!("|---|---|---|---|---|---|---|---|---|");
    for (format, t) in &by_format {
        let mb = t.bytes as f64 / 1e6;
        // Chinese text is 3 bytes a character in UTF-8.
        let text_mb = t.chars as f64 * 3.0 / 1e6;
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        let scan = if t.chars > 0 { format!("{:.1}", ms(t.scan) / text_mb) } else { "–".to_owned() };
        println!(
            "| {format} | {} | {mb:.2} | {:.2} | {:.2} | {:.1} | {scan} | {} | {} |",
            t.files,
            t.chars as f64 / 1e6,
            ms(t.extract) / t.files.max(1) as f64,
            ms(t.extract) / mb.max(1e-9),
            t.hits,
            t.cut,
        );
    }
}
