//! `govaudit review`: reviewers' marks on findings, by fingerprint — mark,
//! unmark, list, and the `review.toml` file an office keeps in version
//! control (export, import).

use std::fmt::Write;

use anyhow::bail;
use checks::review::{Mark, ReviewKind};

use crate::cli::{ReviewAction, ReviewArgs};
use crate::exit_codes::Exit;
use crate::i18n::Lang;
use crate::output::printable;
use crate::store::Store;

pub fn run(args: ReviewArgs, lang: Lang) -> anyhow::Result<Exit> {
    match args.action {
        ReviewAction::Mark { fingerprint, kind, reviewer, reason, until, site, db } => {
            let store = crate::store::open_existing(&db, lang)?;
            let mark = mark(&store, &fingerprint, &kind, reviewer, reason, until, site.as_deref(), lang)?;
            store.put_mark(&mark)?;
            let line = lang.word_with(
                "review-marked",
                &[
                    ("fingerprint", mark.fingerprint.as_str().into()),
                    ("kind", mark.kind.name(lang).into()),
                    ("check", mark.check.clone().unwrap_or_default().into()),
                    ("site", printable(mark.site.as_deref().unwrap_or_default()).into()),
                ],
            );
            crate::outln!(lang, "{line}");
        }
        ReviewAction::Unmark { fingerprint, site, db } => {
            let store = crate::store::open_existing(&db, lang)?;
            if store.remove_mark(&fingerprint.trim().to_ascii_lowercase(), site.as_deref())? == 0 {
                bail!(
                    "{}",
                    lang.word_with("review-no-mark", &[("fingerprint", printable(&fingerprint).into())])
                );
            }
            crate::outln!(
                lang,
                "{}",
                lang.word_with("review-unmarked", &[("fingerprint", fingerprint.trim().into())])
            );
        }
        ReviewAction::List { site, format, db } => {
            let marks = crate::store::open_existing(&db, lang)?.marks(site.as_deref())?;
            match format.as_str() {
                "json" => crate::out!(lang, "{}", serde_json::to_string_pretty(&marks)? + "\n"),
                "text" => crate::out!(lang, "{}", list_text(&marks, lang)),
                other => bail!(
                    "{}",
                    lang.word_with("history-unknown-format", &[("format", format!("{other:?}").into())])
                ),
            }
        }
        ReviewAction::Export { file, site, db } => {
            let marks = crate::store::open_existing(&db, lang)?.marks(site.as_deref())?;
            crate::review_file::save(&file, &marks, lang)?;
            let line = lang.word_with(
                "review-exported",
                &[("count", marks.len().into()), ("path", file.display().to_string().into())],
            );
            crate::outln!(lang, "{line}");
        }
        ReviewAction::Import { file, db } => {
            let marks = crate::review_file::load(&file, lang)?;
            if let Some(n) = marks.iter().position(|m| m.site.is_none()) {
                bail!(
                    "{}",
                    lang.word_with(
                        "review-import-no-site",
                        &[("path", file.display().to_string().into()), ("n", (n + 1).into())]
                    )
                );
            }
            // A fresh database is made: importing is how one starts from the file.
            let store = Store::open(&crate::store::db_path(&db), lang)?;
            for m in &marks {
                store.put_mark(m)?;
            }
            let line = lang.word_with(
                "review-imported",
                &[("count", marks.len().into()), ("path", file.display().to_string().into())],
            );
            crate::outln!(lang, "{line}");
        }
    }
    Ok(Exit::Done)
}

/// The mark to keep: the fingerprint must be a finding of the site's
/// stored runs, so a typo is an error, not a mark on nothing.
#[allow(clippy::too_many_arguments)]
fn mark(
    store: &Store,
    fingerprint: &str,
    kind: &str,
    reviewer: String,
    reason: String,
    until: Option<String>,
    site: Option<&str>,
    lang: Lang,
) -> anyhow::Result<Mark> {
    let fingerprint = fingerprint.trim().to_ascii_lowercase();
    let Some(kind) = ReviewKind::parse(kind) else {
        bail!("{}", lang.word_with("review-unknown-kind", &[("kind", format!("{kind:?}").into())]));
    };
    if !checks::fingerprint::is_well_formed(&fingerprint) {
        bail!("{}", checks::review::MarkError::Fingerprint.message(lang));
    }
    let found = store.find_fingerprint(&fingerprint, site)?;
    let found = match found.as_slice() {
        [] => bail!(
            "{}",
            lang.word_with(
                "review-unknown-fingerprint",
                &[
                    ("fingerprint", fingerprint.as_str().into()),
                    ("site", printable(site.unwrap_or("*")).into())
                ]
            )
        ),
        [one] => one.clone(),
        several => {
            let sites = several.iter().map(|f| printable(&f.site_root)).collect::<Vec<_>>().join(", ");
            bail!("{}", lang.word_with("review-several-sites", &[("sites", sites.into())]))
        }
    };
    // The day in China (UTC+8), as the audit's default as_of.
    let today = (chrono::Utc::now() + chrono::Duration::hours(8)).date_naive();
    let mark = Mark {
        fingerprint,
        kind,
        reviewer: reviewer.trim().to_owned(),
        reason: reason.trim().to_owned(),
        marked: today.format("%Y-%m-%d").to_string(),
        until: until.map(|u| u.trim().to_owned()),
        site: Some(found.site_root),
        check: Some(found.check),
        page: found.page,
    };
    if let Err(e) = mark.validate() {
        bail!("{}", e.message(lang));
    }
    Ok(mark)
}

/// One line a mark: fingerprint, kind, reviewer, reason, until, and what
/// the finding was.
fn list_text(marks: &[Mark], lang: Lang) -> String {
    let mut out = String::new();
    if marks.is_empty() {
        let _ = writeln!(out, "{}", lang.word("review-none"));
    }
    for m in marks {
        let until = m.until.as_deref().map(|u| lang.word_with("review-until", &[("until", u.into())]));
        let _ = writeln!(
            out,
            "{} {} {} {}{} {} {}",
            m.fingerprint,
            m.kind.name(lang),
            printable(&m.reviewer),
            printable(&m.reason),
            until.map(|u| format!(" ({u})")).unwrap_or_default(),
            printable(m.check.as_deref().unwrap_or_default()),
            printable(m.page.as_deref().or(m.site.as_deref()).unwrap_or_default()),
        );
    }
    out
}
