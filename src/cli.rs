//! The command line (clap derive). Values stay raw here; `config` merges
//! them with the config file and validates everything once.
//!
//! The doc comments on the arguments are the terminal's `--help` text, not
//! rustdoc: `[default: …]`, `[[accounts]]` and `<out>/<host>` are written
//! for a person at a shell, so rustdoc's link and HTML lints do not apply.
#![allow(rustdoc::broken_intra_doc_links, rustdoc::invalid_html_tags)]

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "govaudit",
    version,
    about = "按国家检查指标审计政府网站及政务新媒体 / Audit a Chinese government portal the way national inspectors do"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// Language of reports and messages: zh (default) or en [env: GOVAUDIT_LANG]
    #[arg(long, global = true, value_enum)]
    pub lang: Option<LangArg>,
    /// No progress line; only errors and the final summary
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Log what the crawler does (-v info, -vv debug); RUST_LOG overrides
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum LangArg {
    Zh,
    En,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Crawl a site, check every link, write the reports
    Audit(AuditArgs),
    /// Serve the embedded sample county portal and audit it (--serve: only serve it)
    Demo(DemoArgs),
    /// List the check ids
    Checks,
    /// Print a check's documentation
    Explain {
        /// A check id, e.g. link.dead
        check: String,
    },
    /// Probe home pages at an interval and store each probe (for veto V2: a week, ≥ 20 a day)
    Monitor(MonitorArgs),
    /// List the stored runs (history database), oldest first
    History {
        /// Only runs of sites whose address or name contains this
        site: Option<String>,
        #[command(flatten)]
        db: DbArgs,
        /// text or json
        #[arg(long, default_value = "text")]
        format: String,
    },
    /// What is new, fixed and still open between two runs (default: a site's last two)
    Diff {
        /// The earlier run's id (see govaudit history)
        run_a: Option<i64>,
        /// The later run's id
        run_b: Option<i64>,
        /// The site whose last two runs to compare
        #[arg(long)]
        site: Option<String>,
        #[command(flatten)]
        db: DbArgs,
        /// text, json or md
        #[arg(long, default_value = "text")]
        format: String,
    },
    /// Read one page (or a saved file) as the audit reads it and print what it found
    Inspect(InspectArgs),
    /// Send the warnings of a finished report.json to the [[notify]] channels (--dry-run: print them)
    Notify(NotifyArgs),

    /// Mark findings by fingerprint as false alarms (误报), withdrawn (核减) or known (已知); list, export, import
    Review(ReviewArgs),
    /// Print the scoring rubric in force: vetoes, indicators, points and their sources
    Rules {
        /// Rubric file [default: the config's [scoring] rubric, else the national 2019 rubric]
        #[arg(long, value_name = "FILE")]
        rubric: Option<PathBuf>,
        /// Config file (default: ./govaudit.toml when present)
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
    },
}

/// `govaudit review`: reviewers' marks on findings, by fingerprint.
#[derive(Debug, Args)]
pub struct ReviewArgs {
    #[command(subcommand)]
    pub action: ReviewAction,
}

#[derive(Debug, Subcommand)]
pub enum ReviewAction {
    /// Mark a finding of the stored runs (its fingerprint is in report.json, findings.csv and the scorecard)
    Mark {
        /// The finding's fingerprint (16 hex digits)
        fingerprint: String,
        /// false-alarm (误报), withdrawn (核减: needs --reason) or known (已知: needs --until)
        #[arg(long = "as", value_name = "KIND")]
        kind: String,
        /// Who decided
        #[arg(long = "by", value_name = "NAME")]
        reviewer: String,
        /// Why (required for withdrawn)
        #[arg(long, value_name = "TEXT", default_value = "")]
        reason: String,
        /// Last day a known problem is accepted (YYYY-MM-DD); after it the finding counts again
        #[arg(long, value_name = "DATE")]
        until: Option<String>,
        /// The site (root address or name) when the fingerprint is in several sites' runs
        #[arg(long)]
        site: Option<String>,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Remove the mark on a fingerprint
    Unmark {
        fingerprint: String,
        /// Only the mark of this site (root address or name)
        #[arg(long)]
        site: Option<String>,
        #[command(flatten)]
        db: DbArgs,
    },
    /// List the marks
    List {
        /// Only this site's marks (root address or name)
        #[arg(long)]
        site: Option<String>,
        /// text or json
        #[arg(long, default_value = "text")]
        format: String,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Write the marks to a review.toml file (to keep in version control, or for audit --review)
    Export {
        file: PathBuf,
        /// Only this site's marks (root address or name)
        #[arg(long)]
        site: Option<String>,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Read the marks of a review.toml file into the database (each mark must name its site)
    Import {
        file: PathBuf,
        #[command(flatten)]
        db: DbArgs,
    },
}

/// `govaudit monitor`: availability probes for veto V2.
#[derive(Debug, Args)]
pub struct MonitorArgs {
    /// Home pages to probe
    #[arg(required = true)]
    pub urls: Vec<String>,
    /// Time between rounds, e.g. 30m (20 a day needs 72m or less)
    #[arg(long, default_value = "30m")]
    pub interval: String,
    /// How long to keep probing, e.g. 7d
    #[arg(long, default_value = "7d")]
    pub duration: String,
    /// Probe one round and exit (for cron)
    #[arg(long)]
    pub once: bool,
    /// Seconds a page may take to load completely [default: 15, the national rule]
    #[arg(long, value_name = "SECS", default_value_t = 15.0)]
    pub timeout: f64,
    /// Config file: its user_agent, [crawl.resolve] and utc_offset apply (default: ./govaudit.toml when present)
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    #[command(flatten)]
    pub db: DbArgs,
}

/// `govaudit notify`: a report's warnings, sent again or previewed.
#[derive(Debug, Args)]
pub struct NotifyArgs {
    /// A report.json written by govaudit audit
    pub report: PathBuf,
    /// Print the messages each channel would get instead of sending them
    #[arg(long)]
    pub dry_run: bool,
    /// Config file with the [[notify]] channels (default: ./govaudit.toml when present)
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

/// `govaudit inspect`: one page, as the audit reads it.
#[derive(Debug, Args)]
pub struct InspectArgs {
    /// The page's address (fetched once, obeying robots.txt)
    #[arg(required_unless_present = "file")]
    pub url: Option<String>,
    /// Read a saved page instead of fetching it
    #[arg(long, value_name = "PATH", conflicts_with = "url", requires = "base_url")]
    pub file: Option<PathBuf>,
    /// The saved page's original address, to resolve its links
    #[arg(long, value_name = "URL", requires = "file")]
    pub base_url: Option<String>,
    /// Read it as the site's home page (default: when its path is /)
    #[arg(long)]
    pub home: bool,
    /// text or json
    #[arg(long, default_value = "text")]
    pub format: String,
    /// The day year-less dates are placed before [default: today, UTC+8]
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub as_of: Option<String>,
    /// Config file: its user agent, [crawl.resolve], wrong words and UTC offset apply
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Seconds to wait for the page [default: 15]
    #[arg(long, value_name = "SECS")]
    pub timeout: Option<f64>,
    /// User-Agent header
    #[arg(long, value_name = "S")]
    pub user_agent: Option<String>,
}

#[derive(Debug, Args)]
pub struct AuditArgs {
    /// Start URLs (home pages); `http://` is assumed when no scheme is given
    pub urls: Vec<String>,
    /// Audit the sites listed in this file (name, url, kind, config) and rank them
    #[arg(long, value_name = "FILE", conflicts_with = "urls")]
    pub roster: Option<PathBuf>,
    /// Sites of a roster audited at once (sites on one host never overlap) [default: 2]
    #[arg(long, value_name = "N", requires = "roster")]
    pub sites_at_once: Option<usize>,
    #[command(flatten)]
    pub gates: GateArgs,
    #[command(flatten)]
    pub db: DbArgs,
    /// Do not store this run in the history database
    #[arg(long, conflicts_with = "db")]
    pub no_db: bool,
    /// Go on with the site's interrupted crawl (Ctrl-C, kill, crash): what it fetched is not fetched again
    #[arg(long, conflicts_with = "no_db")]
    pub resume: bool,
    /// Fetch every page in full: no conditional requests with what the last run kept
    #[arg(long, conflicts_with = "no_db")]
    pub fresh: bool,
    /// Send no warning to the [[notify]] channels
    #[arg(long)]
    pub no_notify: bool,
    #[command(flatten)]
    pub common: CommonArgs,
}

/// Where the history database is.
#[derive(Debug, Default, Args)]
pub struct DbArgs {
    /// History database [default: ./govaudit.db, or $GOVAUDIT_DB]
    #[arg(long, value_name = "PATH")]
    pub db: Option<PathBuf>,
}

/// CI gates: exit 1, with one line saying which gate failed.
#[derive(Debug, Default, Args)]
pub struct GateArgs {
    /// Fail (exit 1) when a site scores below SCORE, or is vetoed
    #[arg(long, value_name = "SCORE")]
    pub fail_under: Option<f64>,
    /// Fail (exit 1) on any fired veto (`veto`), any finding of CHECK_ID (`area.*` for an area), or any veto or deduction not in the baseline (`new`); repeatable
    #[arg(long, value_name = "veto|CHECK_ID|new")]
    pub fail_on: Vec<String>,
    /// The baseline of --fail-on new: a previous report.json [default: the site's last stored run]
    #[arg(long, value_name = "REPORT_JSON")]
    pub baseline: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Only serve the sample portal (to look at it in a browser) until Ctrl-C; no audit
    #[arg(long)]
    pub serve: bool,
    /// Port for the sample portal with --serve [default: a free port]
    #[arg(long, value_name = "N", requires = "serve")]
    pub port: Option<u16>,
    #[command(flatten)]
    pub common: CommonArgs,
}

/// Options shared by `audit` and `demo`; each overrides the config file.
#[derive(Debug, Default, Args)]
pub struct CommonArgs {
    /// Config file (default: ./govaudit.toml when present)
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Output folder; reports go to <out>/<host>/<as_of>/ [default: reports]
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Report formats, comma-separated: json, csv, html, md, junit, sarif, xlsx, docx [default: all]
    #[arg(long, value_delimiter = ',')]
    pub format: Option<Vec<String>>,
    /// The day freshness is measured against [default: today, UTC+8]
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub as_of: Option<String>,
    /// Most pages to crawl (links on them are still checked) [default: 100000]
    #[arg(long, value_name = "N")]
    pub max_pages: Option<usize>,
    /// Most link hops from the home page to crawl [default: unlimited]
    #[arg(long, value_name = "N")]
    pub max_depth: Option<u32>,
    /// Requests in flight at once, all hosts together [default: 32]
    #[arg(long, value_name = "N")]
    pub concurrency: Option<usize>,
    /// Requests in flight at once to one host [default: 4]
    #[arg(long, value_name = "N")]
    pub per_host: Option<usize>,
    /// Pause between two requests to the same host, in milliseconds [default: 0]
    #[arg(long, value_name = "MS")]
    pub delay: Option<u64>,
    /// Seconds to wait for a whole answer [default: 15, the national rule]
    #[arg(long, value_name = "SECS")]
    pub timeout: Option<f64>,
    /// Retries after network errors, 5xx and 429 [default: 2]
    #[arg(long, value_name = "N")]
    pub retries: Option<u32>,
    /// User-Agent header; keep a contact URL in it
    #[arg(long, value_name = "S")]
    pub user_agent: Option<String>,
    /// Another host that belongs to the site (crawled, not just checked)
    #[arg(long = "include-host", value_name = "HOST")]
    pub include_hosts: Vec<String>,
    /// Never request URLs matching this regular expression
    #[arg(long, value_name = "REGEX")]
    pub exclude: Vec<String>,
    /// Do not check links to other sites
    #[arg(long)]
    pub no_external: bool,
    /// Scoring rubric file [default: the national 2019 rubric, checks/rubrics/gov-2019.toml]
    #[arg(long, value_name = "FILE")]
    pub rubric: Option<PathBuf>,
    /// Audit only the official accounts listed in the config ([[accounts]]), not the site
    #[arg(long)]
    pub accounts_only: bool,
    /// Read list pages that scripts build and no reader could read in headless Chromium
    #[arg(long)]
    pub render: bool,
    /// Reviewers' marks (review.toml) to apply; with a database its marks apply too, the file winning
    #[arg(long, value_name = "FILE")]
    pub review: Option<PathBuf>,
}
