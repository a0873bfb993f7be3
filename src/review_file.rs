//! `review.toml`: reviewers' marks in a plain file an office keeps in
//! version control. `govaudit review export` writes it from the database,
//! `review import` reads it back into one, and `audit --review FILE` (or the
//! config's `[review] file`) applies it without a database.
//!
//! ```toml
//! [[mark]]
//! fingerprint = "0ef70c4dd6256f67"
//! kind = "withdrawn"            # false_alarm (误报) | withdrawn (核减) | known (已知)
//! reviewer = "王审"
//! reason = "该链接为内网系统入口，复核后核减"
//! marked = "2026-12-01"
//! site = "http://www.qingxi.gov.cn/"   # optional: without it the mark applies to any site
//! check = "link.dead"                  # a reminder for the reader, not matched
//! page = "http://www.qingxi.gov.cn/"
//! ```
//!
//! A known mark adds `until = "YYYY-MM-DD"`.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use checks::SiteAudit;
use checks::review::Mark;
use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

/// Largest file read: thousands of marks fit in a megabyte.
const MAX_BYTES: u64 = 8 * 1024 * 1024;

#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct ReviewToml {
    #[serde(default)]
    mark: Vec<Mark>,
}

/// Reads and checks the marks at `path`: a bad file is one error naming
/// the file and the mark at fault.
pub fn load(path: &Path, lang: Lang) -> anyhow::Result<Vec<Mark>> {
    let shown = path.display().to_string();
    let cannot = || lang.word_with("review-file-cannot-read", &[("path", shown.as_str().into())]);
    let Some(text) = crate::small_file::read_capped_text(path, MAX_BYTES).with_context(cannot)? else {
        bail!("{}", lang.word_with("review-file-too-large", &[("path", shown.as_str().into())]));
    };
    parse(&text, path, lang)
}

fn parse(text: &str, path: &Path, lang: Lang) -> anyhow::Result<Vec<Mark>> {
    let file: ReviewToml = toml::from_str(text).map_err(|e| {
        let (place, reason) = crate::config::toml_error(text, path, &e);
        anyhow::anyhow!(
            lang.word_with("review-file-invalid", &[("place", place.into()), ("reason", reason.into())])
        )
    })?;
    for (n, mark) in file.mark.iter().enumerate() {
        if let Err(e) = mark.validate() {
            bail!(
                "{}",
                lang.word_with(
                    "review-file-bad-mark",
                    &[
                        ("path", path.display().to_string().into()),
                        ("n", (n + 1).into()),
                        ("reason", e.message(lang).into()),
                    ]
                )
            );
        }
    }
    Ok(file.mark)
}

/// Writes `marks` to `path` as `review.toml`, with a comment saying what
/// the file is.
pub fn save(path: &Path, marks: &[Mark], lang: Lang) -> anyhow::Result<()> {
    let body = toml::to_string(&ReviewToml { mark: marks.to_vec() })?;
    let text = format!("# {}\n\n{body}", lang.word("review-file-header"));
    std::fs::write(path, text).with_context(|| {
        lang.word_with("review-file-cannot-write", &[("path", path.display().to_string().into())])
    })
}

/// The marks for one site: the database's (of its root), then the file's
/// for it or for any site, the file winning where both mark a fingerprint
/// (it is what the office keeps under version control and passed on
/// purpose).
pub fn marks_for_site(db: Vec<Mark>, file: &[Mark], root: &str, name: &str) -> Vec<Mark> {
    let for_site = |m: &&Mark| m.site.as_deref().is_none_or(|s| s == root || s == name);
    // `checks::review::apply` lets the later mark of a fingerprint win.
    db.into_iter().filter(|m| for_site(&m)).chain(file.iter().filter(for_site).cloned()).collect()
}

/// Where the marks come from for an audit: `--review FILE`, else the
/// config's `[review] file` (against the config's folder).
pub fn path(flag: Option<&Path>, config_file: Option<&Path>, config_dir: Option<&Path>) -> Option<PathBuf> {
    flag.map(Path::to_owned).or_else(|| config_file.map(|p| config_dir.unwrap_or(Path::new("")).join(p)))
}

/// Applies the marks for the judged `site` before it is scored: the
/// database's (when there is one and it can be read; else the run's one
/// warning about the database says so and the file's alone apply) and the config's file's. Every finding
/// gets its fingerprint, marked ones their review, and the site what
/// review did.
pub fn apply(site: &mut SiteAudit, db: Option<&Path>, config: &crate::config::Config) {
    let lang = config.lang;
    let stored = db
        .map(|db| {
            // One warning a run, as for the database's other uses.
            tokio::task::block_in_place(|| crate::store::Store::open(db, lang)?.marks(Some(&site.root)))
                .unwrap_or_else(|e| {
                    crate::pipeline::warn_db(&e, lang);
                    Vec::new()
                })
        })
        .unwrap_or_default();
    let marks = marks_for_site(stored, &config.review, &site.root, &site.name);
    let as_of = config.as_of.format("%Y-%m-%d").to_string();
    site.review = checks::review::apply(&mut site.findings, &marks, &as_of);
    // A run that read nothing or was cut short did not look for every
    // finding: a mark it did not meet is not "resolved".
    if (site.stats.pages == 0 || site.stats.truncated)
        && let Some(review) = site.review.as_mut()
    {
        review.resolved.clear();
    }
}

#[cfg(test)]
mod tests {
    use checks::review::ReviewKind;

    use super::*;

    fn mark(print: &str, site: Option<&str>, reviewer: &str) -> Mark {
        Mark {
            fingerprint: print.into(),
            kind: ReviewKind::FalseAlarm,
            reviewer: reviewer.into(),
            reason: String::new(),
            marked: "2026-12-01".into(),
            until: None,
            site: site.map(Into::into),
            check: None,
            page: None,
        }
    }

    #[test]
    fn a_file_round_trips_and_bad_marks_are_named() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("review.toml");
        let marks = vec![mark("0123456789abcdef", Some("http://h/"), "王审")];
        save(&path, &marks, Lang::Zh).unwrap();
        assert_eq!(load(&path, Lang::Zh).unwrap(), marks);
        std::fs::write(&path, "[[mark]]\nfingerprint = \"0123456789abcdef\"\nkind = \"withdrawn\"\nreviewer = \"王审\"\nmarked = \"2026-12-01\"\n").unwrap();
        let e = load(&path, Lang::En).unwrap_err().to_string();
        assert!(e.contains("review.toml") && e.contains("mark 1"), "{e}");
        std::fs::write(&path, "[[mark]]\nfingerprint = \"0123456789abcdef\"\nkind = \"maybe\"\n").unwrap();
        let e = load(&path, Lang::En).unwrap_err().to_string();
        assert!(e.contains("review.toml:3"), "{e}");
    }

    #[test]
    fn the_file_wins_over_the_database_and_other_sites_marks_stay_out() {
        let db = vec![
            mark("0123456789abcdef", Some("http://h/"), "db"),
            mark("1123456789abcdef", Some("http://other/"), "db"),
        ];
        let file =
            [mark("0123456789abcdef", None, "file"), mark("2123456789abcdef", Some("http://other/"), "file")];
        let marks = marks_for_site(db, &file, "http://h/", "清溪县");
        let reviewers: Vec<(&str, &str)> =
            marks.iter().map(|m| (m.fingerprint.as_str(), m.reviewer.as_str())).collect();
        assert_eq!(
            reviewers,
            [("0123456789abcdef", "db"), ("0123456789abcdef", "file")],
            "the later, the file's, applies"
        );
    }
}
