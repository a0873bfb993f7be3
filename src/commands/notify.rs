//! `govaudit notify REPORT.json`: sends the warnings of a finished report
//! to the config's `[[notify]]` channels — to retry after a failed send,
//! or to see with `--dry-run` what the owners would get. Exit 0 when every
//! message went out (or there was nothing to send), 1 when a send failed
//! (each failure is one line on stderr), 2 when the report or the config
//! cannot be used.

use anyhow::Context;
use serde::Deserialize;

use super::runtime::runtime;
use crate::cli::{CommonArgs, NotifyArgs};
use crate::config::{self, FileConfig};
use crate::exit_codes::Exit;
use crate::i18n::Lang;
use crate::notify::{self, Message, Warning, message};

/// What is read of report.json: the sites and their findings' warning fields.
#[derive(Deserialize)]
struct ReportFile {
    sites: Vec<SiteFile>,
}

#[derive(Deserialize)]
struct SiteFile {
    name: String,
    root: String,
    findings: Vec<FindingFile>,
}

/// A finding of report.json: the warning's fields, and whether a
/// reviewer's mark holds on it (then it is asked of no one).
#[derive(Deserialize)]
struct FindingFile {
    #[serde(flatten)]
    warning: Warning,
    #[serde(default)]
    review: Option<ReviewFile>,
}

#[derive(Deserialize)]
struct ReviewFile {
    state: String,
}

impl FindingFile {
    fn is_open_warning(&self) -> bool {
        Warning::is_warning(&self.warning.check) && self.review.as_ref().is_none_or(|r| r.state != "active")
    }
}

pub fn run(args: &NotifyArgs, file: FileConfig, lang: Lang) -> anyhow::Result<Exit> {
    let shown = args.report.display().to_string();
    let text = std::fs::read_to_string(&args.report)
        .with_context(|| lang.word_with("notify-report-unreadable", &[("path", shown.as_str().into())]))?;
    let report: ReportFile = serde_json::from_str(&text).map_err(|e| {
        anyhow::anyhow!(lang.word_with(
            "notify-report-invalid",
            &[("path", shown.as_str().into()), ("reason", e.to_string().into())]
        ))
    })?;
    let channels = config::build(file, &[], &CommonArgs::default(), lang)?.notify;
    let messages: Vec<Message> = report
        .sites
        .iter()
        .flat_map(|site| {
            let warnings: Vec<Warning> =
                site.findings.iter().filter(|f| f.is_open_warning()).map(|f| f.warning.clone()).collect();
            message::warning_messages(&site.name, &site.root, &warnings, lang)
        })
        .collect();
    if messages.is_empty() {
        crate::outln!(lang, "{}", lang.word("notify-nothing"));
        return Ok(Exit::Done);
    }
    if args.dry_run {
        print_preview(&channels, &messages, lang);
        return Ok(Exit::Done);
    }
    if channels.is_empty() {
        anyhow::bail!("{}", lang.word("notify-no-channel"));
    }
    let delivery = runtime(lang)?.block_on(notify::deliver(&channels, &messages, lang));
    notify::report(&delivery, lang);
    Ok(if delivery.failures.is_empty() { Exit::Done } else { Exit::GateFailed })
}

/// The messages as each channel would get them; without a channel, as
/// plain text once.
fn print_preview(channels: &[notify::Channel], messages: &[Message], lang: Lang) {
    if channels.is_empty() {
        crate::outln!(lang, "{}\n", lang.word("notify-preview-no-channel"));
        for m in messages {
            let text = m.render(message::Layout::Plain, usize::MAX, message::MAX_ITEMS, lang);
            crate::outln!(lang, "{text}\n");
        }
        return;
    }
    crate::outln!(lang, "{}", notify::preview(channels, messages, lang).trim_end());
}
