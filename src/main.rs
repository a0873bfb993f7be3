//! govaudit: parse the command line, run, exit with a code that says how it went.

use clap::Parser;

fn main() -> std::process::ExitCode {
    let cli = govaudit::cli::Cli::parse();
    govaudit::commands::run(cli).into()
}
