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
        other => bail!("--format {other:?}: {} text, json", lang.pick("可选", "choose from")),
    }
}

/// A run's score as both commands print it.
pub(super) fn score_text(run: &RunRow, lang: Lang) -> String {
    match (run.total, &run.grade_label, run.vetoed) {
        (Some(total), Some(grade), Some(true)) => {
            format!("{} ({}) {}", checks::scorecard::format_points(total), grade, lang.pick("否决", "vetoed"))
        }
        (Some(total), Some(grade), _) => format!("{} ({})", checks::scorecard::format_points(total), grade),
        _ => lang.pick("未评分", "not scored").to_owned(),
    }
}

fn history_text(runs: &[RunRow], lang: Lang) -> String {
    let mut out = String::new();
    if runs.is_empty() {
        let _ = writeln!(out, "{}", lang.pick("没有记录", "no runs"));
    }
    for r in runs {
        let _ = writeln!(
            out,
            "{:>4}  {}  {}  {}  {} · {} {} · {} {} · {} {}",
            r.id,
            r.as_of,
            printable(&r.site_name),
            printable(&r.site_root),
            score_text(r, lang),
            lang.pick("否决", "vetoes"),
            r.vetoes,
            lang.pick("扣分", "deductions"),
            r.deductions,
            lang.pick("提示", "notices"),
            r.notices
        );
    }
    out
}
