//! The commands: what `main` runs once the command line is parsed. Every
//! error ends here as one line naming the problem, and exit code 2.

use anyhow::Context;
use tokio::sync::watch;

use crate::cli::{Cli, Command};
use crate::config::{self, FileConfig};
use crate::exit_codes::Exit;
use crate::gates::Gates;
use crate::i18n::{self, tr};
use crate::pipeline::{self, RunOptions, SiteSpec};
use crate::rubric_file;

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

fn run_command(cli: Cli) -> anyhow::Result<Exit> {
    init_logging(cli.verbose);
    // The file may choose the language, so read it before anything prints;
    // the flag and the environment still win.
    let (common, urls) = match &cli.command {
        Command::Audit(a) => (Some(&a.common), a.urls.clone()),
        Command::Demo(d) => (Some(&d.common), Vec::new()),
        _ => (None, Vec::new()),
    };
    let explicit_lang = cli.lang.map(|l| match l {
        crate::cli::LangArg::Zh => i18n::Lang::Zh,
        crate::cli::LangArg::En => i18n::Lang::En,
    });
    let file = match common {
        Some(common) => {
            i18n::set(explicit_lang.or_else(i18n::from_env).unwrap_or_default());
            FileConfig::find(common.config.as_deref())?
        }
        None => FileConfig::default(),
    };
    i18n::set(explicit_lang.or_else(i18n::from_env).or(file.lang()).unwrap_or_default());
    match cli.command {
        Command::Checks => {
            for info in checks::registry::all() {
                crate::outln!("{:<30} {:<9} {}", info.id, info.severity.as_str(), info.title(i18n::lang()));
            }
            Ok(Exit::Done)
        }
        Command::Explain { check } => {
            let found = checks::registry::find(&check).with_context(|| {
                format!(
                    "{} {check:?}; {}",
                    tr("没有这个检查项", "no such check"),
                    tr("用 govaudit checks 查看全部", "see govaudit checks for the list")
                )
            })?;
            crate::outln!("{} — {}\n", found.id, found.title(i18n::lang()));
            crate::outln!("{}", found.docs(i18n::lang()));
            Ok(Exit::Done)
        }
        Command::Monitor { urls, interval, duration, once, timeout, config, db } => {
            let timeout = config::timeout_secs(timeout)?;
            // The config's user agent, host table and UTC offset (the day a
            // probe counts for must be the audit's day).
            let args = crate::cli::CommonArgs { config: config.clone(), ..Default::default() };
            let settings = config::build(FileConfig::find(config.as_deref())?, &urls, &args)?;
            let normalizer =
                checks::url_norm::Normalizer::new(settings.crawl.session_params.iter().map(String::as_str));
            let plan = crate::monitor::MonitorPlan {
                // Normalised as the crawler names a site's root, so the
                // audit finds these probes under the same address.
                urls: settings
                    .urls
                    .iter()
                    .map(|u| {
                        let mut url = u.clone();
                        normalizer.normalize(&mut url);
                        url
                    })
                    .collect(),
                interval: crate::monitor::parse_span(&interval)?,
                duration: crate::monitor::parse_span(&duration)?,
                once,
                timeout: std::time::Duration::from_secs_f64(timeout),
                user_agent: settings.crawl.user_agent.clone(),
                resolve: settings.crawl.resolve.clone(),
                offset: settings.utc_offset,
                db: crate::history::db_path(&db),
                logins: settings.crawl.logins.clone(),
            };
            runtime()?.block_on(async {
                let interrupt = interrupt_on_ctrl_c();
                let failed = crate::monitor::run(&plan, !cli.quiet, interrupt).await?;
                // For cron: one round with a failed probe is worth a mail.
                Ok(if once && failed > 0 { Exit::GateFailed } else { Exit::Done })
            })
        }
        Command::Inspect(args) => {
            let file = FileConfig::find(args.config.as_deref())?;
            i18n::set(explicit_lang.or_else(i18n::from_env).or(file.lang()).unwrap_or_default());
            crate::inspect::run(&args, file)?;
            Ok(Exit::Done)
        }
        Command::History { site, db, format } => {
            crate::out!("{}", crate::history::history(&db, site.as_deref(), &format)?);
            Ok(Exit::Done)
        }
        Command::Diff { run_a, run_b, site, db, format } => {
            crate::out!("{}", crate::history::diff(&db, run_a, run_b, site.as_deref(), &format)?);
            Ok(Exit::Done)
        }
        Command::Rules { rubric, config } => {
            let file = FileConfig::find(config.as_deref())?;
            i18n::set(explicit_lang.or_else(i18n::from_env).or(file.lang()).unwrap_or_default());
            let path = rubric.or_else(|| file.rubric_path());
            let loaded = rubric_file::load(path.as_deref())?;
            crate::out!(
                "{}",
                checks::score::describe::describe(
                    &loaded,
                    &rubric_file::origin(path.as_deref()),
                    i18n::lang()
                )
            );
            // The config's [freshness] table overrides the rubric's limits.
            let args = crate::cli::CommonArgs { config, rubric: path, ..Default::default() };
            let settings = config::build(FileConfig::find(args.config.as_deref())?, &[], &args)?;
            for line in limit_overrides(&rubric_file::limits(&loaded), &settings.audit.limits) {
                crate::outln!("{line}");
            }
            Ok(Exit::Done)
        }
        Command::Audit(args) if args.roster.is_some() => {
            let gates = Gates::new(&args.gates, args.common.accounts_only)?;
            let roster = args.roster.as_deref().context("roster")?;
            let specs = crate::roster::load(roster, args.common.config.as_deref(), &args.common)?;
            let options = RunOptions {
                progress: !cli.quiet,
                sites_at_once: positive_sites(args.sites_at_once)?,
                ranking: Some("ranking".to_owned()),
                db: (!args.no_db).then(|| crate::history::db_path(&args.db)),
                start: journal_start(&args),
            };
            audit(specs, options, &gates)
        }
        Command::Audit(args) => {
            let gates = Gates::new(&args.gates, args.common.accounts_only)?;
            let mut config = config::build(file, &urls, &args.common)?;
            if config.urls.is_empty() && config.crawl.accounts_only {
                // Only the roster's accounts: the report is named after them.
                let first = config.crawl.accounts.first().map(|a| a.url.as_str()).unwrap_or_default();
                config.urls = vec![url::Url::parse(first).context("[[accounts]] url")?];
                let mut specs = SiteSpec::from_config(&config);
                for spec in &mut specs {
                    spec.label = "accounts".to_owned();
                    spec.name = Some(tr("政务新媒体账号", "official accounts").to_owned());
                }
                let options = RunOptions {
                    progress: !cli.quiet,
                    sites_at_once: 1,
                    ranking: None,
                    db: (!args.no_db).then(|| crate::history::db_path(&args.db)),
                    start: journal_start(&args),
                };
                return audit(specs, options, &gates);
            }
            if config.urls.is_empty() {
                anyhow::bail!(
                    "{}",
                    tr(
                        "请给出要审计的网址，如 govaudit audit http://www.example.gov.cn/",
                        "give a URL to audit, e.g. govaudit audit http://www.example.gov.cn/"
                    )
                );
            }
            let options = RunOptions {
                progress: !cli.quiet,
                sites_at_once: 1,
                ranking: Some("ranking".to_owned()),
                db: (!args.no_db).then(|| crate::history::db_path(&args.db)),
                start: journal_start(&args),
            };
            audit(SiteSpec::from_config(&config), options, &gates)
        }
        Command::Demo(args) => {
            let config = config::build(file, &[], &args.common)?;
            if args.serve {
                runtime()?.block_on(crate::demo::serve(&config, args.port))?;
                return Ok(Exit::Done);
            }
            runtime()?.block_on(async {
                let interrupt = interrupt_on_ctrl_c();
                crate::demo::run(config, !cli.quiet, interrupt.clone()).await?;
                Ok(finished(&interrupt))
            })
        }
    }
}

/// Runs the audits, then the gates: an interrupted run is a tool failure
/// (2) whatever the gates say, a failed gate is 1.
fn audit(specs: Vec<SiteSpec>, options: RunOptions, gates: &Gates) -> anyhow::Result<Exit> {
    runtime()?.block_on(async {
        let interrupt = interrupt_on_ctrl_c();
        let result = pipeline::run(specs, &options, interrupt.clone()).await?;
        let exit = finished(&interrupt);
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

/// A line per freshness limit the config file changes from the rubric's.
fn limit_overrides(
    rubric: &checks::model::settings::Limits,
    config: &checks::model::settings::Limits,
) -> Vec<String> {
    let days = |d: Option<u32>| d.map_or_else(|| tr("不限", "none").to_owned(), |d| d.to_string());
    let rows = [
        (tr("首页", "home page"), Some(rubric.homepage), Some(config.homepage)),
        (tr("动态要闻", "news"), rubric.news, config.news),
        (tr("通知公告", "notices"), rubric.notice, config.notice),
        (tr("政策文件", "policy"), rubric.policy, config.policy),
        (tr("人事", "personnel"), rubric.personnel, config.personnel),
        (tr("规划计划", "planning"), rubric.planning, config.planning),
        (tr("政民互动", "interaction"), rubric.interaction, config.interaction),
        (tr("其他栏目", "other columns"), rubric.other, config.other),
        (tr("政务新媒体", "official accounts"), Some(rubric.account), Some(config.account)),
    ];
    rows.into_iter()
        .filter(|(_, r, c)| r != c)
        .map(|(name, r, c)| {
            format!(
                "{}{name} {} {}（{} {}）",
                tr("配置文件覆盖的更新期限：", "freshness limit overridden by the config file: "),
                days(c),
                tr("天", "days"),
                tr("评分标准为", "the rubric says"),
                days(r)
            )
        })
        .collect()
}

fn journal_start(args: &crate::cli::AuditArgs) -> crate::store::journal::Start {
    crate::store::journal::Start { resume: args.resume, fresh: args.fresh }
}

fn positive_sites(n: Option<usize>) -> anyhow::Result<usize> {
    match n {
        Some(0) => anyhow::bail!("--sites-at-once {}", tr("必须大于 0", "must be greater than 0")),
        Some(n) => Ok(n),
        None => Ok(2),
    }
}

/// An interrupted audit wrote a partial report, but did not do its job: a
/// CI gate must not pass on it.
fn finished(interrupt: &watch::Receiver<bool>) -> Exit {
    if *interrupt.borrow() {
        eprintln!(
            "{}",
            tr(
                "已中断：报告只包含中断前收集的结果（truncated: true）",
                "interrupted: the report holds only what was gathered before (truncated: true)"
            )
        );
        Exit::ToolFailed
    } else {
        Exit::Done
    }
}

fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    crate::crawl::slots::limit_malloc_arenas();
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context(tr("无法启动异步运行时", "cannot start the async runtime"))
}

/// A flag that turns true on the first Ctrl-C (or SIGTERM, which systemd,
/// cron timeouts and `kill` send), so the run can write what it has and
/// leave its crawl resumable; a second signal ends the process at once.
fn interrupt_on_ctrl_c() -> watch::Receiver<bool> {
    let (tx, rx) = watch::channel(false);
    tokio::spawn(async move {
        let mut signals = Stop::new();
        if signals.next().await {
            eprintln!(
                "{}",
                tr(
                    "\n已中断：正在写出已收集的结果（再按一次 Ctrl-C 立即退出；之后可用 --resume 续传）",
                    "\ninterrupted: writing what was gathered (Ctrl-C again to quit now; --resume goes on later)"
                )
            );
            let _ = tx.send(true);
            if signals.next().await {
                std::process::exit(130);
            }
        }
    });
    rx
}

/// Ctrl-C, and SIGTERM where there is one.
struct Stop {
    #[cfg(unix)]
    term: Option<tokio::signal::unix::Signal>,
}

impl Stop {
    fn new() -> Self {
        #[cfg(unix)]
        {
            let term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok();
            Stop { term }
        }
        #[cfg(not(unix))]
        Stop {}
    }

    /// Waits for the next signal; false when none can come.
    async fn next(&mut self) -> bool {
        #[cfg(unix)]
        if let Some(term) = &mut self.term {
            return tokio::select! {
                ctrl_c = tokio::signal::ctrl_c() => ctrl_c.is_ok(),
                term = term.recv() => term.is_some(),
            };
        }
        tokio::signal::ctrl_c().await.is_ok()
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
