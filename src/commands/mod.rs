//! The commands: what `main` runs once the command line is parsed, one
//! file per subcommand. Every error ends here as one line naming the
//! problem, and exit code 2.

mod audit;
mod checks;
mod demo;
mod diff;
mod explain;
mod history;
pub mod inspect;
pub mod monitor;
mod rules;
mod runtime;

use crate::cli::{Cli, Command};
use crate::config::FileConfig;
use crate::exit_codes::Exit;
use crate::i18n::{self, tr};

pub fn run(cli: Cli) -> Exit {
    match run_command(cli) {
        Ok(exit) => exit,
        Err(e) => {
            // One line, whatever the underlying errors print (regex and TOML
            // errors draw multi-line pictures).
            let chain: Vec<String> = e
                .chain()
                .map(|cause| cause.to_string().split_whitespace().collect::<Vec<_>>().join(" "))
                .collect();
            eprintln!("{}{}", tr("错误：", "error: "), chain.join(": "));
            Exit::ToolFailed
        }
    }
}

/// Settles the language, then runs the command.
fn run_command(cli: Cli) -> anyhow::Result<Exit> {
    init_logging(cli.verbose);
    // The file may choose the language, so read it before anything prints;
    // the flag and the environment still win.
    let explicit_lang = cli.lang.map(|l| match l {
        crate::cli::LangArg::Zh => i18n::Lang::Zh,
        crate::cli::LangArg::En => i18n::Lang::En,
    });
    let config_path = match &cli.command {
        Command::Audit(a) => Some(a.common.config.as_deref()),
        Command::Demo(d) => Some(d.common.config.as_deref()),
        _ => None,
    };
    let file = match config_path {
        Some(path) => {
            i18n::set(explicit_lang.or_else(i18n::from_env).unwrap_or_default());
            FileConfig::find(path)?
        }
        None => FileConfig::default(),
    };
    i18n::set(explicit_lang.or_else(i18n::from_env).or(file.lang()).unwrap_or_default());
    let progress = !cli.quiet;
    match cli.command {
        Command::Audit(args) => audit::run(args, file, progress),
        Command::Demo(args) => demo::run(args, file, progress),
        Command::Checks => checks::run(),
        Command::Explain { check } => explain::run(&check),
        Command::Monitor(args) => monitor::run_command(args, progress),
        Command::Inspect(args) => {
            let file = FileConfig::find(args.config.as_deref())?;
            i18n::set(explicit_lang.or_else(i18n::from_env).or(file.lang()).unwrap_or_default());
            inspect::run(&args, file)?;
            Ok(Exit::Done)
        }
        Command::History { site, db, format } => history::run(site.as_deref(), &db, &format),
        Command::Diff { run_a, run_b, site, db, format } => {
            diff::run(run_a, run_b, site.as_deref(), &db, &format)
        }
        Command::Rules { rubric, config } => {
            let file = FileConfig::find(config.as_deref())?;
            i18n::set(explicit_lang.or_else(i18n::from_env).or(file.lang()).unwrap_or_default());
            rules::run(rubric, config, file)
        }
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
