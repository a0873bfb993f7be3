//! The commands: what `main` runs once the command line is parsed, one
//! file per subcommand. Every error ends here as one line naming the
//! problem, and exit code 2.

mod audit;
mod checks;
mod demo;
mod diff;
mod explain;
mod history;
mod inspect;
mod monitor;
mod notify;

mod review;
mod rules;
mod runtime;

use crate::cli::{Cli, Command, LangArg};
use crate::config::FileConfig;
use crate::exit_codes::Exit;
use crate::i18n::{self, Lang};

pub fn run(cli: Cli) -> Exit {
    init_logging(cli.verbose);
    let progress = !cli.quiet;
    let flag = cli.lang.map(|l| match l {
        LangArg::Zh => Lang::Zh,
        LangArg::En => Lang::En,
    });
    let (lang, file) = settle(&cli.command, flag);
    match file.and_then(|file| dispatch(cli.command, file, lang, progress)) {
        Ok(exit) => exit,
        Err(e) => {
            // One line, whatever the underlying errors print (regex and TOML
            // errors draw multi-line pictures).
            let chain: Vec<String> = e
                .chain()
                .map(|cause| cause.to_string().split_whitespace().collect::<Vec<_>>().join(" "))
                .collect();
            eprintln!("{}", lang.word_with("cli-error", &[("message", chain.join(": ").into())]));
            Exit::ToolFailed
        }
    }
}

/// The command's config file and language. The file may choose the
/// language, so it is read before anything prints (its own errors in the
/// language of the flag and the environment, which still win over it).
fn settle(command: &Command, flag: Option<Lang>) -> (Lang, anyhow::Result<FileConfig>) {
    let config = match command {
        Command::Audit(a) => a.common.config.as_deref(),
        Command::Demo(d) => d.common.config.as_deref(),
        Command::Inspect(i) => i.config.as_deref(),
        Command::Rules { config, .. } => config.as_deref(),
        Command::Notify(n) => n.config.as_deref(),
        _ => return (i18n::resolve(flag, None), Ok(FileConfig::default())),
    };
    let early = i18n::resolve(flag, None);
    match FileConfig::find(config, early) {
        Ok(file) => (i18n::resolve(flag, file.lang()), Ok(file)),
        Err(e) => (early, Err(e)),
    }
}

/// Runs the command: one function per subcommand.
fn dispatch(command: Command, file: FileConfig, lang: Lang, progress: bool) -> anyhow::Result<Exit> {
    match command {
        Command::Audit(args) => audit::run(args, file, lang, progress),
        Command::Demo(args) => demo::run(args, file, lang, progress),
        Command::Checks => checks::run(lang),
        Command::Explain { check } => explain::run(&check, lang),
        Command::Monitor(args) => monitor::run_command(args, lang, progress),
        Command::Inspect(args) => inspect::run(&args, file, lang),
        Command::History { site, db, format } => history::run(site.as_deref(), &db, &format, lang),
        Command::Diff { run_a, run_b, site, db, format } => {
            diff::run(run_a, run_b, site.as_deref(), &db, &format, lang)
        }
        Command::Review(args) => review::run(args, lang),
        Command::Rules { rubric, config } => rules::run(rubric, config, file, lang),
        Command::Notify(args) => notify::run(&args, file, lang),
    }
}

fn init_logging(verbose: u8) {
    // chromiumoxide warns about every DevTools event newer than its
    // bindings (`--render`): noise, not the audit's business.
    let default = match verbose {
        0 => "warn,chromiumoxide=error",
        1 => "govaudit=info,warn,chromiumoxide=error",
        _ => "govaudit=debug,info",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .without_time()
        .try_init();
}
