//! Writing reports to disk, into `<out>/<site>/<as_of>/`: `report.json`,
//! `findings.csv` and `columns.csv`, `scorecard.html`, `summary.md`,
//! `junit.xml`, `results.sarif`; and a roster's ranking into
//! `<out>/ranking/<as_of>/`. Each file is written to a temporary name and
//! renamed, so a crash never leaves a half-written report that looks
//! complete.

use std::fs::File;
use std::io::BufWriter;
use std::path::{Path, PathBuf};

use anyhow::Context;
use checks::Audit;
use checks::scorecard::Ranking;
use url::Url;

use crate::config::Format;
use crate::i18n::{lang, tr};

/// The folder name for a site: its host, with the port when there is one
/// (`127.0.0.1-8080`; a colon is not allowed in Windows file names).
pub fn site_label(root: &Url) -> String {
    let host = root.host_str().unwrap_or("site").to_owned();
    match root.port() {
        Some(port) => format!("{host}-{port}"),
        None => host,
    }
}

/// Text from crawled pages made safe for a terminal: control characters
/// (an ESC could recolour or rewrite the screen) become spaces.
pub fn printable(text: &str) -> String {
    text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect()
}

/// The HTML scorecard's file name, which the Markdown summary links to.
pub const SCORECARD: &str = "scorecard.html";

/// The folder name for a site that no site before it has taken: two sites
/// on one host (a portal and a department under a path) get `host` and
/// `host-2`.
pub fn unique_label<'a>(root: &Url, taken: impl Iterator<Item = &'a str> + Clone) -> String {
    let label = site_label(root);
    let free = |l: &str| !taken.clone().any(|t| t == l);
    if free(&label) {
        return label;
    }
    (2..).map(|n| format!("{label}-{n}")).find(|l| free(l)).unwrap_or(label)
}

/// Writes `audit` in every format into `dir`; returns the files written.
pub fn write_reports(audit: &Audit, dir: &Path, formats: &[Format]) -> anyhow::Result<Vec<PathBuf>> {
    create_dir(dir)?;
    // The pipeline bounds page texts as they enter; this holds for any
    // finding added after, whoever added it.
    let mut audit = audit.clone();
    audit.sites.iter_mut().for_each(checks::bounded::bound_site);
    let audit = &audit;
    let lang = lang();
    let mut written = Vec::new();
    for format in formats {
        match format {
            Format::Json => written.push(write_atomically(&dir.join("report.json"), |out| {
                reports::json::write(audit, out).context("report.json")
            })?),
            Format::Csv => {
                written.push(write_atomically(&dir.join("findings.csv"), |out| {
                    reports::csv::write(audit, out).context("findings.csv")
                })?);
                written.push(write_atomically(&dir.join("columns.csv"), |out| {
                    reports::csv::write_columns(audit, out).context("columns.csv")
                })?);
            }
            Format::Html => written.push(write_atomically(&dir.join(SCORECARD), |out| {
                reports::html::write(audit, lang, out).context(SCORECARD)
            })?),
            Format::Markdown => {
                let link = formats.contains(&Format::Html).then_some(SCORECARD);
                written.push(write_atomically(&dir.join("summary.md"), |out| {
                    reports::markdown::write(audit, lang, link, out).context("summary.md")
                })?)
            }
            Format::Junit => written.push(write_atomically(&dir.join("junit.xml"), |out| {
                reports::junit::write(audit, lang, out).context("junit.xml")
            })?),
            Format::Sarif => written.push(write_atomically(&dir.join("results.sarif"), |out| {
                reports::sarif::write(audit, lang, out).context("results.sarif")
            })?),
        }
    }
    Ok(written)
}

/// Writes a roster's ranking table as HTML and CSV into `dir`.
pub fn write_ranking(ranking: &Ranking, dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    create_dir(dir)?;
    let lang = lang();
    Ok(vec![
        write_atomically(&dir.join("ranking.html"), |out| {
            reports::ranking::write_html(ranking, lang, out).context("ranking.html")
        })?,
        write_atomically(&dir.join("ranking.csv"), |out| {
            reports::ranking::write_csv(ranking, lang, out).context("ranking.csv")
        })?,
    ])
}

fn create_dir(dir: &Path) -> anyhow::Result<()> {
    std::fs::create_dir_all(dir).with_context(|| {
        format!("{} {}", tr("无法创建报告目录", "cannot create the report folder"), dir.display())
    })
}

/// Streams a report into a temporary file beside `path`, then renames it.
fn write_atomically(
    path: &Path,
    render: impl FnOnce(&mut BufWriter<File>) -> anyhow::Result<()>,
) -> anyhow::Result<PathBuf> {
    let tmp = path.with_extension("tmp");
    let context = || format!("{} {}", tr("无法写入报告", "cannot write the report"), path.display());
    let mut out = BufWriter::new(File::create(&tmp).with_context(context)?);
    render(&mut out).with_context(context)?;
    out.into_inner().map_err(|e| e.into_error()).with_context(context)?;
    std::fs::rename(&tmp, path).with_context(context)?;
    Ok(path.to_owned())
}
