//! govaudit: the shell around the pure `checks` core — command line, config,
//! the crawler and the senders of `notify` (the only code that touches the
//! network), the `demo` command and
//! the orchestration that turns a crawl into reports.

pub mod calendar_file;

pub mod baseline;
pub mod cli;
pub mod commands;
pub mod config;
pub mod crawl;
pub mod exit_codes;
pub mod extract;
pub mod gates;
pub mod i18n;
pub mod leaders_file;
pub mod notify;
pub mod output;
pub mod pipeline;
pub mod progress;
pub mod review_file;
pub mod roster;
pub mod rubric_file;
pub mod small_file;
pub mod stdout;
pub mod store;
pub mod warnings_config;
