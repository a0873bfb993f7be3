//! `govaudit history`: the stored runs of the history database, as text or
//! JSON.

use std::fmt::Write;

use anyhow::bail;

use crate::cli::DbArgs;
use crate::exit_codes::Exit;
use crate::i18n::tr;
use crate::output::printable;
use crate::store::runs::RunRow;

pub fn run(site: Option<&str>, db: &DbArgs, format: &str) -> anyhow::Result<Exit> {
    crate::out!("{}", history(db, site, format)?);
    Ok(Exit::Done)
}

fn history(args: &DbArgs, site: Option<&str>, format: &str) -> anyhow::Result<String> {
    let runs = crate::store::open_existing(args)?.history(site)?;
    match format {
        "json" => Ok(serde_json::to_string_pretty(&runs)? + "\n"),
        "text" => Ok(history_text(&runs)),
        other => bail!("--format {other:?}: {} text, json", tr("可选", "choose from")),
    }
}

/// A run's score as both commands print it.
pub(super) fn score_text(run: &RunRow) -> String {
    match (run.total, &run.grade_label, run.vetoed) {
        (Some(total), Some(grade), Some(true)) => {
            format!("{} ({}) {}", checks::scorecard::format_points(total), grade, tr("否决", "vetoed"))
        }
        (Some(total), Some(grade), _) => format!("{} ({})", checks::scorecard::format_points(total), grade),
        _ => tr("未评分", "not scored").to_owned(),
    }
}

fn history_text(runs: &[RunRow]) -> String {
    let mut out = String::new();
    if runs.is_empty() {
        let _ = writeln!(out, "{}", tr("没有记录", "no runs"));
    }
    for r in runs {
        let _ = writeln!(
            out,
            "{:>4}  {}  {}  {}  {} · {} {} · {} {} · {} {}",
            r.id,
            r.as_of,
            printable(&r.site_name),
            printable(&r.site_root),
            score_text(r),
            tr("否决", "vetoes"),
            r.vetoes,
            tr("扣分", "deductions"),
            r.deductions,
            tr("提示", "notices"),
            r.notices
        );
    }
    out
}
