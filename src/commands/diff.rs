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
        _ => bail!("{}", lang.pick("请给出两个运行编号，或都不给", "give two run ids, or none")),
    };
    let diff = store.diff(a, b)?;
    match format {
        "json" => Ok(serde_json::to_string_pretty(&diff)? + "\n"),
        "text" => Ok(diff_text(&diff, false, lang)),
        "md" => Ok(diff_text(&diff, true, lang)),
        other => bail!("--format {other:?}: {} text, json, md", lang.pick("可选", "choose from")),
    }
}

/// The diff as text, or as Markdown for a merge-request comment.
fn diff_text(d: &Diff, markdown: bool, lang: Lang) -> String {
    let mut out = String::new();
    let heading = |out: &mut String, text: &str| {
        let _ = if markdown { writeln!(out, "\n### {text}\n") } else { writeln!(out, "\n{text}") };
    };
    let title = format!(
        "{} · {} #{} ({}) {} → #{} ({}) {}",
        printable(&d.after.site_name),
        lang.pick("运行", "runs"),
        d.before.id,
        d.before.as_of,
        score_text(&d.before, lang),
        d.after.id,
        d.after.as_of,
        score_text(&d.after, lang)
    );
    let _ = if markdown { writeln!(out, "## {}", md_escape(&title)) } else { writeln!(out, "{title}") };
    for run in &d.incomplete {
        let _ = writeln!(
            out,
            "{}{run}{}",
            lang.pick("注意：运行 #", "note: run #"),
            lang.pick(
                " 未完成（中断或达到上限），“已整改”中可能有未抓取到的问题",
                " was cut short (interrupted or at a limit): some \"fixed\" ones may only be unreached"
            )
        );
    }
    let sections: [(&str, &[StoredFinding]); 3] = [
        (lang.pick("新发现", "New"), &d.new),
        (lang.pick("已整改", "Fixed"), &d.fixed),
        (lang.pick("仍未整改", "Still open"), &d.still_open),
    ];
    for (title, findings) in sections {
        heading(&mut out, &format!("{title} ({})", findings.len()));
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
