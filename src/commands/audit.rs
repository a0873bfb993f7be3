//! `govaudit audit`: one site, several sites, a roster, or only the
//! official accounts; then the CI gates.

use anyhow::Context;

use super::runtime::{finished, interrupt_on_ctrl_c, runtime};
use crate::cli::AuditArgs;
use crate::config::{self, FileConfig};
use crate::exit_codes::Exit;
use crate::gates::Gates;
use crate::i18n::Lang;
use crate::pipeline::{self, RunOptions, SiteSpec};

pub fn run(args: AuditArgs, file: FileConfig, lang: Lang, progress: bool) -> anyhow::Result<Exit> {
    let gates = Gates::new(&args.gates, args.common.accounts_only, lang)?
        .with_db((!args.no_db).then(|| crate::store::db_path(&args.db)).as_deref());
    let options = |sites_at_once, ranking: Option<&str>| RunOptions {
        progress,
        sites_at_once,
        ranking: ranking.map(str::to_owned),
        db: (!args.no_db).then(|| crate::store::db_path(&args.db)),
        start: journal_start(&args),
    };
    if let Some(roster) = args.roster.as_deref() {
        let specs = crate::roster::load(roster, args.common.config.as_deref(), &args.common, lang)?;
        return audit(
            specs,
            options(positive_sites(args.sites_at_once, lang)?, Some("ranking")),
            &gates,
            !args.no_notify,
            lang,
        );
    }
    let mut config = config::build(file, &args.urls, &args.common, lang)?;
    if config.urls.is_empty() && config.crawl.accounts_only {
        // Only the roster's accounts: the report is named after them.
        let first = config.crawl.accounts.first().map(|a| a.url.as_str()).unwrap_or_default();
        config.urls = vec![url::Url::parse(first).context("[[accounts]] url")?];
        let mut specs = SiteSpec::from_config(&config);
        for spec in &mut specs {
            spec.label = "accounts".to_owned();
            spec.name = Some(lang.word("audit-accounts-name"));
        }
        return audit(specs, options(1, None), &gates, !args.no_notify, lang);
    }
    if config.urls.is_empty() {
        anyhow::bail!("{}", lang.word("audit-no-url"));
    }
    audit(SiteSpec::from_config(&config), options(1, Some("ranking")), &gates, !args.no_notify, lang)
}

/// Runs the audits, then the gates: an interrupted run is a tool failure
/// (2) whatever the gates say, a failed gate is 1. With `notify` false
/// (`--no-notify`) no warning is sent; a send that fails never changes
/// the exit code.
fn audit(
    mut specs: Vec<SiteSpec>,
    options: RunOptions,
    gates: &Gates,
    notify: bool,
    lang: Lang,
) -> anyhow::Result<Exit> {
    if !notify {
        specs.iter_mut().for_each(|spec| spec.config.notify.clear());
    }
    runtime(lang)?.block_on(async {
        let interrupt = interrupt_on_ctrl_c(lang);
        let result = pipeline::run(specs, &options, interrupt.clone()).await?;
        let exit = finished(&interrupt, lang);
        if exit != Exit::Done {
            return Ok(exit);
        }
        match gates.failure(result.sites.iter().map(|s| &s.audit)) {
            Some(line) => {
                eprintln!("{line}");
                Ok(Exit::GateFailed)
            }
            None => Ok(Exit::Done),
        }
    })
}

fn journal_start(args: &AuditArgs) -> crate::store::journal::Start {
    crate::store::journal::Start { resume: args.resume, fresh: args.fresh }
}

fn positive_sites(n: Option<usize>, lang: Lang) -> anyhow::Result<usize> {
    match n {
        Some(0) => anyhow::bail!("{}", lang.word("audit-sites-at-once-zero")),
        Some(n) => Ok(n),
        None => Ok(2),
    }
}
