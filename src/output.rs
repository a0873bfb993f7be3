//! Writing reports to disk, into `<out>/<site>/<as_of>/`: `report.json`,
//! `findings.csv` and `columns.csv`, `scorecard.html`, `summary.md`,
//! `junit.xml`, `results.sarif`, `report.xlsx` and `report.docx`; and a
//! roster's ranking into `<out>/ranking/<as_of>/`. Each file is written to a temporary file
//! created new (never opened through a planted symlink) in the same folder
//! and renamed, so a crash never leaves a half-written report that looks
//! complete, and a failed write (a full disk) leaves nothing behind.
//! Folder names made from hosts never leave `--out`.

use std::io::BufWriter;
use std::path::{Path, PathBuf};

use anyhow::Context;
use checks::Audit;
use checks::audit::SiteAudit;
use checks::scorecard::Ranking;
use reports::docx::Notice;
use tempfile::NamedTempFile;
use url::Url;

use crate::config::Format;
use crate::i18n::Lang;

/// The folder name for a site: its host, with the port when there is one
/// (`127.0.0.1-8080`; a colon is not allowed in Windows file names).
pub fn site_label(root: &Url) -> String {
    let host = root.host_str().unwrap_or("site").to_owned();
    safe_name(&match root.port() {
        Some(port) => format!("{host}-{port}"),
        None => host,
    })
}

/// `name` as one folder name that stays where it is put: only letters,
/// digits, `-`, `_` and inner dots (an IPv6 host's `[::1]` becomes `--1`),
/// never `.`, `..` or a hidden name.
pub fn safe_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .filter(|c| !matches!(c, '[' | ']'))
        .map(|c| if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') { c } else { '-' })
        .collect();
    let trimmed = cleaned.trim_matches('.');
    if trimmed.is_empty() { "site".to_owned() } else { trimmed.to_owned() }
}

/// Makes sure reports can be written under `out` before a crawl that may
/// take hours: the folder exists (or is made) and takes a new file.
pub fn check_writable(out: &Path, lang: Lang) -> anyhow::Result<()> {
    create_dir(out, lang)?;
    let probe = tempfile::Builder::new().prefix(".govaudit-probe").tempfile_in(out);
    probe.map(drop).with_context(|| {
        lang.word_with("output-folder-not-writable", &[("path", out.display().to_string().into())])
    })
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
pub fn unique_label(root: &Url, taken: &std::collections::HashSet<String>) -> String {
    let label = site_label(root);
    let free = |l: &str| !taken.contains(l);
    if free(&label) {
        return label;
    }
    (2..).map(|n| format!("{label}-{n}")).find(|l| free(l)).unwrap_or(label)
}

/// Writes `audit` in every format into `dir` (the notice as `notice` says);
/// returns the files written.
pub fn write_reports(
    audit: &Audit,
    dir: &Path,
    formats: &[Format],
    notice: &Notice,
    lang: Lang,
) -> anyhow::Result<Vec<PathBuf>> {
    create_dir(dir, lang)?;
    // Page texts were bounded as they entered the audit (the pipeline's
    // `bound_site`, before scoring copies them): no copy of a large audit
    // is made here to do it again.
    let mut written = Vec::new();
    for format in formats {
        match format {
            Format::Json => written.push(write_atomically(
                &dir.join("report.json"),
                |out| reports::json::write(audit, out).context("report.json"),
                lang,
            )?),
            Format::Csv => {
                written.push(write_atomically(
                    &dir.join("findings.csv"),
                    |out| reports::csv::write(audit, out).context("findings.csv"),
                    lang,
                )?);
                written.push(write_atomically(
                    &dir.join("columns.csv"),
                    |out| reports::csv::write_columns(audit, out).context("columns.csv"),
                    lang,
                )?);
            }
            Format::Html => written.push(write_atomically(
                &dir.join(SCORECARD),
                |out| reports::html::write(audit, lang, out).context(SCORECARD),
                lang,
            )?),
            Format::Markdown => {
                let link = formats.contains(&Format::Html).then_some(SCORECARD);
                written.push(write_atomically(
                    &dir.join("summary.md"),
                    |out| reports::markdown::write(audit, lang, link, out).context("summary.md"),
                    lang,
                )?)
            }
            Format::Junit => written.push(write_atomically(
                &dir.join("junit.xml"),
                |out| reports::junit::write(audit, lang, out).context("junit.xml"),
                lang,
            )?),
            Format::Sarif => written.push(write_atomically(
                &dir.join("results.sarif"),
                |out| reports::sarif::write(audit, lang, out).context("results.sarif"),
                lang,
            )?),
            Format::Xlsx => written.push(write_atomically(
                &dir.join("report.xlsx"),
                |out| reports::xlsx::write(audit, lang, out).context("report.xlsx"),
                lang,
            )?),
            Format::Docx => written.push(write_atomically(
                &dir.join("report.docx"),
                |out| reports::docx::write(audit, lang, notice, out).context("report.docx"),
                lang,
            )?),
        }
    }
    Ok(written)
}

/// Writes a roster's ranking table as HTML and CSV into `dir`, and, when
/// `formats` asks for them, the ranking workbook (the ranking and a sheet
/// per site) and one notice for all `sites`.
pub fn write_ranking(
    ranking: &Ranking,
    sites: &[&SiteAudit],
    dir: &Path,
    formats: &[Format],
    notice: &Notice,
    lang: Lang,
) -> anyhow::Result<Vec<PathBuf>> {
    create_dir(dir, lang)?;
    let mut written = vec![
        write_atomically(
            &dir.join("ranking.html"),
            |out| reports::ranking::write_html(ranking, lang, out).context("ranking.html"),
            lang,
        )?,
        write_atomically(
            &dir.join("ranking.csv"),
            |out| reports::ranking::write_csv(ranking, lang, out).context("ranking.csv"),
            lang,
        )?,
    ];
    if formats.contains(&Format::Xlsx) {
        written.push(write_atomically(
            &dir.join("ranking.xlsx"),
            |out| reports::xlsx::write_ranking(ranking, sites, lang, out).context("ranking.xlsx"),
            lang,
        )?);
    }
    if formats.contains(&Format::Docx) {
        written.push(write_atomically(
            &dir.join("ranking.docx"),
            |out| reports::docx::write_ranking(ranking, sites, lang, notice, out).context("ranking.docx"),
            lang,
        )?);
    }
    Ok(written)
}

fn create_dir(dir: &Path, lang: Lang) -> anyhow::Result<()> {
    std::fs::create_dir_all(dir).with_context(|| {
        lang.word_with("output-cannot-create-folder", &[("path", dir.display().to_string().into())])
    })
}

/// Writes the rendered pages' screenshots (`--render`) into `dir`, at the
/// relative paths the findings name (`screenshots/<n>.png`); only the file
/// name is taken from a path, made safe, so nothing lands outside `dir`.
pub fn write_screenshots(
    dir: &Path,
    shots: &[crate::crawl::render::a11y::Screenshot],
    lang: Lang,
) -> anyhow::Result<Vec<PathBuf>> {
    if shots.is_empty() {
        return Ok(Vec::new());
    }
    let folder = dir.join("screenshots");
    create_dir(&folder, lang)?;
    shots
        .iter()
        .map(|shot| {
            let name =
                Path::new(&shot.path).file_name().map_or("screenshot.png".into(), |n| n.to_string_lossy());
            let path = folder.join(safe_name(&name));
            write_atomically(&path, |out| Ok(std::io::Write::write_all(out, &shot.png)?), lang)
        })
        .collect()
}

/// Streams a report into a new temporary file beside `path`, then renames
/// it over `path`. The temporary file is made with `O_EXCL` under a random
/// name, so a symlink planted in a shared `--out` is never followed, and it
/// is deleted when anything fails.
fn write_atomically(
    path: &Path,
    render: impl FnOnce(&mut BufWriter<NamedTempFile>) -> anyhow::Result<()>,
    lang: Lang,
) -> anyhow::Result<PathBuf> {
    let context = || lang.word_with("output-cannot-write", &[("path", path.display().to_string().into())]);
    let dir = path.parent().unwrap_or(Path::new("."));
    let tmp = tempfile::Builder::new()
        .prefix(".govaudit-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .with_context(context)?;
    let mut out = BufWriter::new(tmp);
    render(&mut out).with_context(context)?;
    let tmp = out.into_inner().map_err(|e| e.into_error()).with_context(context)?;
    tmp.as_file().sync_data().with_context(context)?;
    tmp.persist(path).map_err(|e| e.error).with_context(context)?;
    Ok(path.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(url: &str) -> String {
        site_label(&Url::parse(url).unwrap())
    }

    #[test]
    fn folder_names_from_hosts_stay_inside_out() {
        assert_eq!(label("http://www.example.gov.cn/"), "www.example.gov.cn");
        assert_eq!(label("http://127.0.0.1:8080/"), "127.0.0.1-8080");
        assert_eq!(label("http://%2e%2e/"), "site");
        assert_eq!(label("http://../"), "site");
        assert_eq!(label("http://[::1]:8080/"), "--1-8080");
        assert_eq!(label("http://xn--fiq228c.cn/"), "xn--fiq228c.cn");
        for name in [".", "..", "a/b", "a\\b", ".hidden", "c:d", ""] {
            let safe = safe_name(name);
            assert!(!safe.is_empty() && !safe.starts_with('.'), "{name:?} → {safe:?}");
            assert!(!safe.contains(['/', '\\', ':']), "{name:?} → {safe:?}");
        }
    }

    #[test]
    fn a_failed_write_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.json");
        let failed = write_atomically(&path, |_| anyhow::bail!("disk full"), Lang::Zh);
        assert!(failed.is_err());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[cfg(unix)]
    #[test]
    fn a_planted_symlink_is_never_written_through() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim");
        std::fs::write(&victim, "keep").unwrap();
        for name in ["report.tmp", "report.json.tmp", ".govaudit-report.tmp"] {
            std::os::unix::fs::symlink(&victim, dir.path().join(name)).unwrap();
        }
        let path = dir.path().join("report.json");
        write_atomically(&path, |out| Ok(std::io::Write::write_all(out, b"{}")?), Lang::Zh).unwrap();
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "{}");
    }

    #[test]
    fn an_out_that_is_a_file_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("file");
        std::fs::write(&file, "").unwrap();
        assert!(check_writable(&file, Lang::Zh).is_err());
        assert!(check_writable(&dir.path().join("new/folder"), Lang::Zh).is_ok());
    }
}
