//! `govaudit history`: the stored runs of the history database, as text or
//! JSON.

use std::fmt::Write;

use anyhow::bail;

use crate::cli::DbArgs;
use crate::exit_codes::Exit;
use crate::i18n::Lang;
use crate::output::printable;
use crate::store::runs::RunRow;

pub fn run(site: Option<&str>, db: &DbArgs, format: &str, lang: Lang) -> anyhow::Result<Exit> {
    crate::out!(lang, "{}", history(db, site, format, lang)?);
    Ok(Exit::Done)
}

fn history(args: &DbArgs, site: Option<&str>, format: &str, lang: Lang) -> anyhow::Result<String> {
    let runs = crate::store::open_existing(args, lang)?.history(site)?;
    match format {
        "json" => Ok(serde_json::to_string_pretty(&runs)? + "\n"),
        "text" => Ok(history_text(&runs, lang)),
        other => {
            bail!("{}", lang.word_with("history-unknown-format", &[("format", format!("{other:?}").into())]))
        }
    }
}

/// A run's score as both commands print it.
pub(super) fn score_text(run: &RunRow, lang: Lang) -> String {
    match (run.total, &run.grade_label, run.vetoed) {
        (Some(total), Some(grade), Some(true)) => lang.word_with(
            "history-score-vetoed",
            &[("total", checks::scorecard::format_points(total).into()), ("grade", grade.into())],
        ),
        (Some(total), Some(grade), _) => format!("{} ({})", checks::scorecard::format_points(total), grade),
        _ => lang.word("history-not-scored"),
    }
}

fn history_text(runs: &[RunRow], lang: Lang) -> String {
    let mut out = String::new();
    if runs.is_empty() {
        let _ = writeln!(out, "{}", lang.word("history-no-runs"));
    }
    for r in runs {
        let row = lang.word_with(
            "history-row",
            &[
                ("run", format!("{:>4}", r.id).into()),
                ("as-of", r.as_of.as_str().into()),
                ("site", printable(&r.site_name).into()),
                ("root", printable(&r.site_root).into()),
                ("score", score_text(r, lang).into()),
                ("vetoes", r.vetoes.into()),
                ("deductions", r.deductions.into()),
                ("notices", r.notices.into()),
            ],
        );
        let _ = writeln!(out, "{row}");
    }
    out
}
