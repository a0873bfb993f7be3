//! Writing reports to disk: `<out>/<site>/<as_of>/report.json` and
//! `findings.csv`. Each file is written to a temporary name and renamed, so
//! a crash never leaves a half-written report that looks complete.

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
        let (name, bytes) = match format {
            Format::Json => ("report.json", reports::json::render(audit).context("report.json")?),
            Format::Csv => ("findings.csv", reports::csv::render(audit).context("findings.csv")?),
        };
        let path = dir.join(name);
        write_atomically(&path, &bytes)?;
        written.push(path);
    }
    Ok(written)
}

fn write_atomically(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let tmp = path.with_extension("tmp");
    let context = || format!("{} {}", tr("无法写入报告", "cannot write the report"), path.display());
    std::fs::write(&tmp, bytes).with_context(context)?;
    std::fs::rename(&tmp, path).with_context(context)
}
