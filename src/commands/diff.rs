//! `govaudit diff`: what is new, fixed and still open between two stored
//! runs, as text, JSON or Markdown (for a merge-request comment).

use std::fmt::Write;

use anyhow::bail;

use super::history::score_text;
use crate::cli::DbArgs;
use crate::exit_codes::Exit;
use crate::i18n::Lang;
use crate::output::printable;
use crate::store::runs::{Diff, StoredFinding};

pub fn run(
    run_a: Option<i64>,
    run_b: Option<i64>,
    site: Option<&str>,
    db: &DbArgs,
    format: &str,
    lang: Lang,
) -> anyhow::Result<Exit> {
    crate::out!(lang, "{}", diff(db, run_a, run_b, site, format, lang)?);
    Ok(Exit::Done)
}

fn diff(
    args: &DbArgs,
    a: Option<i64>,
    b: Option<i64>,
    site: Option<&str>,
    format: &str,
    lang: Lang,
) -> anyhow::Result<String> {
    let store = crate::store::open_existing(args, lang)?;
    let (a, b) = match (a, b) {
        (Some(a), Some(b)) => (a, b),
        (None, None) => store.last_two(site)?,
        _ => bail!("{}", lang.word("diff-two-runs-or-none")),
    };
    let diff = store.diff(a, b)?;
    match format {
        "json" => Ok(serde_json::to_string_pretty(&diff)? + "\n"),
        "text" => Ok(diff_text(&diff, false, lang)),
        "md" => Ok(diff_text(&diff, true, lang)),
        other => {
            bail!("{}", lang.word_with("diff-unknown-format", &[("format", format!("{other:?}").into())]))
        }
    }
}

/// The diff as text, or as Markdown for a merge-request comment.
fn diff_text(d: &Diff, markdown: bool, lang: Lang) -> String {
    let mut out = String::new();
    let heading = |out: &mut String, text: &str| {
        let _ = if markdown { writeln!(out, "\n### {text}\n") } else { writeln!(out, "\n{text}") };
    };
    let title = lang.word_with(
        "diff-title",
        &[
            ("site", printable(&d.after.site_name).into()),
            ("before", d.before.id.into()),
            ("before-as-of", d.before.as_of.as_str().into()),
            ("before-score", score_text(&d.before, lang).into()),
            ("after", d.after.id.into()),
            ("after-as-of", d.after.as_of.as_str().into()),
            ("after-score", score_text(&d.after, lang).into()),
        ],
    );
    let _ = if markdown { writeln!(out, "## {}", md_escape(&title)) } else { writeln!(out, "{title}") };
    for run in &d.incomplete {
        let _ = writeln!(out, "{}", lang.word_with("diff-incomplete", &[("run", (*run).into())]));
    }
    let sections: [(String, &[StoredFinding]); 3] = [
        (lang.word_with("diff-new", &[("count", d.new.len().into())]), &d.new),
        (lang.word_with("diff-fixed", &[("count", d.fixed.len().into())]), &d.fixed),
        (lang.word_with("diff-still-open", &[("count", d.still_open.len().into())]), &d.still_open),
    ];
    for (title, findings) in sections {
        heading(&mut out, &title);
        for f in findings {
            let place = f.target.as_deref().or(f.page.as_deref()).unwrap_or_default();
            let line = format!("{} [{}] {} {}", f.check, f.severity, printable(&f.detail), printable(place));
            let _ =
                if markdown { writeln!(out, "- {}", md_escape(&line)) } else { writeln!(out, "  {line}") };
        }
    }
    out
}

/// Markdown and HTML characters made inert, one line.
fn md_escape(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '#' | '@' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}
