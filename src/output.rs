//! Writing reports to disk: `<out>/<site>/<as_of>/report.json` and
//! `findings.csv`. Each file is written to a temporary name and renamed, so
//! a crash never leaves a half-written report that looks complete.

use std::fs::File;
use std::io::BufWriter;
use std::path::{Path, PathBuf};

use anyhow::Context;
use checks::Audit;
use url::Url;

use crate::config::Format;
use crate::i18n::tr;

/// The folder name for a site: its host, with the port when there is one
/// (`127.0.0.1-8080`; a colon is not allowed in Windows file names).
pub fn site_label(root: &Url) -> String {
    let host = root.host_str().unwrap_or("site").to_owned();
    match root.port() {
        Some(port) => format!("{host}-{port}"),
        None => host,
    }
}

/// Writes `audit` in every format into `dir`; returns the files written.
pub fn write_reports(audit: &Audit, dir: &Path, formats: &[Format]) -> anyhow::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir).with_context(|| {
        format!("{} {}", tr("无法创建报告目录", "cannot create the report folder"), dir.display())
    })?;
    let mut written = Vec::new();
    for format in formats {
        let path = match format {
            Format::Json => write_atomically(&dir.join("report.json"), |out| {
                reports::json::write(audit, out).context("report.json")
            })?,
            Format::Csv => write_atomically(&dir.join("findings.csv"), |out| {
                reports::csv::write(audit, out).context("findings.csv")
            })?,
        };
        written.push(path);
    }
    Ok(written)
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
