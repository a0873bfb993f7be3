//! The pipeline for one run: for each site, crawl → site checks → scoring
//! → reports on disk → a short summary → the history database; then, for several sites, the
//! ranking table. Sites run one after another unless a roster asks for
//! several at once, and sites on one host never run at the same time (the
//! per-host limits hold per crawl). An interruption stops the sites being
//! crawled, writes what they gathered (marked `truncated`) and skips the
//! rest.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Context;
use checks::assemble::{self, CrawlTotals};
use checks::audit::{SCHEMA, Tool};
use checks::score::ranking::{self, Entry};
use checks::{Audit, SiteAudit};
use chrono::{SecondsFormat, Utc};
use tokio::sync::{Semaphore, watch};
use url::Url;

use crate::config::Config;
use crate::crawl;
use crate::i18n::Lang;
use crate::output;
use crate::progress::Progress;

/// One site to audit, with the config that applies to it.
#[derive(Clone)]
pub struct SiteSpec {
    pub url: Url,
    /// The report folder's name (`<out>/<label>/<as_of>/`).
    pub label: String,
    /// The site's name when the roster gives one (else the page's).
    pub name: Option<String>,
    pub config: Config,
}

impl SiteSpec {
    /// One spec per start URL of `config`, labelled by host.
    pub fn from_config(config: &Config) -> Vec<SiteSpec> {
        let mut specs: Vec<SiteSpec> = Vec::new();
        let mut labels = std::collections::HashSet::new();
        for url in &config.urls {
            let label = output::unique_label(url, &labels);
            labels.insert(label.clone());
            let mut config = config.clone();
            // The config's accounts are the first site's (the portal's):
            // the sites after it would fetch and judge them again.
            if !specs.is_empty() {
                config.crawl.accounts.clear();
            }
            specs.push(SiteSpec { url: url.clone(), label, name: None, config });
        }
        specs
    }
}

/// Options of a run that are not part of the audit itself.
pub struct RunOptions {
    pub progress: bool,
    /// Sites audited at once (1: one after another, with a progress line).
    pub sites_at_once: usize,
    /// With several sites, the ranking goes to `<out>/<ranking>/<as_of>/`.
    pub ranking: Option<String>,
    /// The history database each run is stored in; `None`: not stored.
    pub db: Option<PathBuf>,
    /// How each crawl uses its journal in the database.
    pub start: crate::store::journal::Start,
}

/// One site's result.
pub struct SiteRun {
    pub audit: SiteAudit,
    pub label: String,
    pub files: Vec<PathBuf>,
}

/// What a run produced.
pub struct RunResult {
    pub sites: Vec<SiteRun>,
    pub ranking_files: Vec<PathBuf>,
}

pub async fn run(
    specs: Vec<SiteSpec>,
    options: &RunOptions,
    interrupt: watch::Receiver<bool>,
) -> anyhow::Result<RunResult> {
    let Some(first) = specs.first() else {
        return Ok(RunResult { sites: Vec::new(), ranking_files: Vec::new() });
    };
    let (out, as_of, rubric) = (first.config.out.clone(), first.config.as_of, first.config.rubric.clone());
    let (lang, formats, notice) =
        (first.config.lang, first.config.formats.clone(), first.config.notice.clone());
    // A folder that cannot take the reports fails now, not after the crawl.
    output::check_writable(&out, lang)?;
    if let Some(db) = &options.db {
        crate::store::refuse_foreign(db, lang)?;
    }
    let at_once = options.sites_at_once.max(1);
    let progress = options.progress && at_once == 1;
    let mut done: Vec<(usize, anyhow::Result<SiteRun>)> = Vec::new();
    if at_once == 1 {
        // One after another, in the order given, with a progress line.
        for (i, spec) in specs.into_iter().enumerate() {
            if *interrupt.borrow() {
                break;
            }
            done.push((
                i,
                audit_site(spec, progress, options.db.clone(), options.start, interrupt.clone()).await,
            ));
        }
    } else {
        let permits = Arc::new(Semaphore::new(at_once));
        let mut tasks = tokio::task::JoinSet::new();
        for group in by_host(specs) {
            let (permits, interrupt, db, start) =
                (permits.clone(), interrupt.clone(), options.db.clone(), options.start);
            tasks.spawn(async move {
                let mut runs = Vec::new();
                for (i, spec) in group {
                    let Ok(_permit) = permits.acquire().await else { break };
                    if *interrupt.borrow() {
                        break;
                    }
                    runs.push((i, audit_site(spec, false, db.clone(), start, interrupt.clone()).await));
                }
                runs
            });
        }
        while let Some(joined) = tasks.join_next().await {
            done.extend(joined.context(lang.word("audit-task-failed"))?);
        }
        done.sort_by_key(|(i, _)| *i);
    }
    let sites = done.into_iter().map(|(_, run)| run).collect::<anyhow::Result<Vec<_>>>()?;
    let mut ranking_files = Vec::new();
    if let Some(folder) = options.ranking.as_deref().filter(|_| sites.len() > 1) {
        let day = as_of.format("%Y-%m-%d").to_string();
        let entries: Vec<Entry<'_>> = sites
            .iter()
            .map(|s| Entry {
                site: &s.audit,
                scorecard: s
                    .files
                    .iter()
                    .any(|f| f.ends_with(output::SCORECARD))
                    .then(|| format!("../../{}/{day}/{}", s.label, output::SCORECARD)),
            })
            .collect();
        let table = ranking::rank(&day, &rubric, lang, &entries);
        let audits: Vec<&SiteAudit> = sites.iter().map(|s| &s.audit).collect();
        ranking_files =
            output::write_ranking(&table, &audits, &out.join(folder).join(&day), &formats, &notice, lang)?;
        let files = ranking_files.iter().map(|f| f.display().to_string()).collect::<Vec<_>>().join(" · ");
        crate::outln!(lang, "{}", lang.word_with("audit-ranking-written", &[("files", files.into())]));
    }
    Ok(RunResult { sites, ranking_files })
}

/// Groups the specs by registered domain (keeping their order): a county's
/// portal and its department and township sites share a server and link to
/// each other, so they are crawled one after another, and the per-host
/// limits of one crawl hold for that server. Different counties run side by
/// side.
fn by_host(specs: Vec<SiteSpec>) -> Vec<Vec<(usize, SiteSpec)>> {
    let mut groups: BTreeMap<String, Vec<(usize, SiteSpec)>> = BTreeMap::new();
    let mut order: Vec<String> = Vec::new();
    for (i, spec) in specs.into_iter().enumerate() {
        // An address is one server per port (the tests' and the demo's
        // local servers); a name groups by its registered domain.
        let host = match spec.url.host() {
            Some(url::Host::Domain(name)) => crate::crawl::scope::registered_domain(name),
            _ => format!(
                "{}:{}",
                spec.url.host_str().unwrap_or_default(),
                spec.url.port_or_known_default().unwrap_or(0)
            ),
        };
        if !groups.contains_key(&host) {
            order.push(host.clone());
        }
        groups.entry(host).or_default().push((i, spec));
    }
    order.into_iter().filter_map(|h| groups.remove(&h)).collect()
}

/// One site, one way through: crawl → judge → what the store knew →
/// score → the finished audit → reports → the store.
async fn audit_site(
    spec: SiteSpec,
    progress: bool,
    db: Option<PathBuf>,
    start: crate::store::journal::Start,
    interrupt: watch::Receiver<bool>,
) -> anyhow::Result<SiteRun> {
    let config = &spec.config;
    let lang = config.lang;
    let started_at = now(config);
    let (site_crawl, mut counters) =
        crawl_site(&spec, progress, db.as_deref(), start, &started_at, interrupt).await?;
    let screenshots = std::mem::take(&mut counters.screenshots);
    let mut judged = judge(&site_crawl, &counters, spec.name.as_deref(), config);
    drop(site_crawl);
    let as_of = config.as_of.format("%Y-%m-%d").to_string();
    // The database only adds to the audit: when it cannot be read (locked,
    // from a newer govaudit), say so and write the reports without it.
    let past = db.as_deref().and_then(|db| {
        tokio::task::block_in_place(|| {
            crate::store::Store::open(db, lang)?.past(&judged.root, config.as_of, &config.maintenance)
        })
        .map_err(|e| warn_db(&e, lang))
        .ok()
    });
    let availability = past.as_ref().and_then(|p| p.availability.clone());
    crate::warnings_config::add_availability_warning(&mut judged, availability.as_ref(), config);
    // After every finding is in (V2's warning included), so each gets its
    // fingerprint and any mark on it applies; before scoring, which the
    // marks change.
    crate::review_file::apply(&mut judged, db.as_deref(), config);
    let scoring = checks::score::score(&judged, availability.as_ref(), &config.rubric, &config.profile, lang);
    let history = past.map(|p| p.history(scoring.score.as_ref(), &judged.findings, &as_of));
    let audit = Audit {
        schema: SCHEMA,
        tool: Tool { name: "govaudit", version: env!("CARGO_PKG_VERSION") },
        as_of,
        started_at,
        finished_at: now(config),
        sites: vec![judged.finish(scoring, availability, history)],
    };
    let dir = config.out.join(&spec.label).join(&audit.as_of);
    let files = output::write_reports(&audit, &dir, &config.formats, &config.notice, lang)?;
    // Evidence beside the scorecard: a failure to write it costs no report.
    if let Err(e) = output::write_screenshots(&dir, &screenshots, lang) {
        eprintln!("{e:#}");
    }
    let site = audit.sites.first().context("one site per report")?;
    print_summary(site, &files, config.crawl.accounts_only, &counters, lang);
    // After the reports: a store that fails loses nothing already written.
    if let Some(db) = db {
        let saved = tokio::task::block_in_place(|| {
            crate::store::Store::open(&db, lang)?.save(
                site,
                &audit.as_of,
                &audit.started_at,
                &audit.finished_at,
            )
        });
        match saved {
            Ok(run) => crate::outln!(
                lang,
                "  {}",
                lang.word_with(
                    "audit-run-stored",
                    &[("run", run.into()), ("db", db.display().to_string().into())]
                )
            ),
            Err(e) => warn_db(&e, lang),
        }
    }
    // Last: a message that cannot be sent costs nothing above.
    crate::notify::send_warnings(site, &config.notify, lang).await;
    let site = audit.sites.into_iter().next().context("one site per report")?;
    Ok(SiteRun { audit: site, label: spec.label, files })
}

/// Crawls the site, with its journal in the database when there is one
/// (so an interrupted crawl can be resumed).
async fn crawl_site(
    spec: &SiteSpec,
    progress: bool,
    db: Option<&std::path::Path>,
    start: crate::store::journal::Start,
    started_at: &str,
    interrupt: watch::Receiver<bool>,
) -> anyhow::Result<(checks::facts::crawl::SiteCrawl, crawl::CrawlCounters)> {
    let config = &spec.config;
    let lang = config.lang;
    let client = crawl::client(&config.crawl)?;
    let journal = match db {
        Some(db) if !config.crawl.accounts_only => open_journal(db, &spec.url, start, started_at, lang),
        _ => None,
    };
    let memory = journal
        .as_ref()
        .map(|(recall, journal)| crawl::memory::Memory { recall: Arc::clone(recall), sink: journal.sink() });
    let bar = Progress::new(progress, lang);
    let (site_crawl, counters) =
        crawl::crawl(&config.crawl, client, spec.url.clone(), interrupt, &bar, memory).await;
    bar.finish();
    if let Some((recall, journal)) = journal {
        drop(recall);
        // Interrupted crawls stay in the journal for --resume.
        if let Err(e) = tokio::task::block_in_place(|| journal.finish(!counters.interrupted)) {
            warn_db(&e, lang);
        }
    }
    Ok((site_crawl, counters))
}

/// Runs the site checks over the crawl: the judged site, not yet scored.
fn judge(
    site_crawl: &checks::facts::crawl::SiteCrawl,
    counters: &crawl::CrawlCounters,
    name: Option<&str>,
    config: &Config,
) -> SiteAudit {
    let totals = CrawlTotals {
        requests: counters.requests,
        bytes: counters.bytes,
        duration_ms: counters.duration.as_millis() as u64,
        truncated: counters.truncated,
    };
    assemble::site_audit(site_crawl, totals, name, &config.audit)
}

/// The journal of this site's crawl, or `None` (with a warning) when the
/// database cannot be used: the crawl goes on without it.
fn open_journal(
    db: &std::path::Path,
    url: &Url,
    start: crate::store::journal::Start,
    now: &str,
    lang: Lang,
) -> Option<(Arc<crate::store::journal::Recall>, crate::store::journal::Journal)> {
    let opened =
        tokio::task::block_in_place(|| crate::store::journal::open(db, url.as_str(), start, now, lang));
    let opened = match opened {
        Ok(opened) => opened,
        Err(e) => {
            warn_db(&e, lang);
            return None;
        }
    };
    if start.resume && !opened.resumed {
        eprintln!("{}", lang.word_with("audit-nothing-to-resume", &[("url", url.to_string().into())]));
    } else if opened.resumed {
        eprintln!("{}", lang.word_with("audit-resuming", &[("answers", opened.recall.replayable().into())]));
    }
    Some((Arc::new(opened.recall), opened.journal))
}

fn now(config: &Config) -> String {
    Utc::now().with_timezone(&config.utc_offset).to_rfc3339_opts(SecondsFormat::Secs, false)
}

/// One line on stderr: the history database could not be used for this
/// site, and the audit went on without it.
pub(crate) fn warn_db(e: &anyhow::Error, lang: Lang) {
    // Once a run: a database that cannot be used fails each of its uses.
    static WARNED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    let chain: Vec<String> = e.chain().map(ToString::to_string).collect();
    if WARNED.swap(true, std::sync::atomic::Ordering::Relaxed) {
        tracing::debug!("history database: {}", chain.join(": "));
        return;
    }
    eprintln!("{}", lang.word_with("audit-db-not-used", &[("reason", chain.join(": ").into())]));
}

/// The few lines a person reads at the end of a run.
fn print_summary(
    site: &SiteAudit,
    files: &[PathBuf],
    accounts_only: bool,
    counters: &crawl::CrawlCounters,
    lang: Lang,
) {
    let s = &site.stats;
    crate::outln!(lang, "{} {}", output::printable(&site.name), output::printable(&site.root));
    let crawl = lang.word_with(
        "audit-summary-crawl",
        &[
            ("pages", s.pages.into()),
            ("links", s.links_checked.into()),
            ("requests", s.requests.into()),
            ("errors", s.errors.into()),
            ("seconds", format!("{:.1}", s.duration_ms as f64 / 1000.0).into()),
            ("truncated", if s.truncated { "yes" } else { "no" }.into()),
        ],
    );
    crate::outln!(lang, "  {crawl}");
    print_reuse(counters, lang);
    // With --accounts-only the site was deliberately not crawled: nothing
    // to say about its pages or its score.
    match &site.score {
        Some(score) => print_score(score, lang),
        None if accounts_only => {}
        None => crate::outln!(lang, "  {}", lang.word("audit-summary-not-scored")),
    }
    if let Some(media) = &site.new_media {
        let verdict = if media.vetoed {
            lang.word("audit-accounts-vetoed")
        } else if media.passed {
            lang.word("audit-accounts-passed")
        } else {
            lang.word("audit-accounts-not-assessed")
        };
        let line = lang.word_with(
            "audit-summary-accounts",
            &[
                ("accounts", media.accounts.into()),
                ("evaluated", media.evaluated.into()),
                ("stale", media.failed.into()),
                ("verdict", verdict.into()),
            ],
        );
        crate::outln!(lang, "  {line}");
    }
    if (s.skipped > 0 || s.blocked > 0) && !accounts_only {
        let line = lang.word_with(
            "audit-summary-skipped",
            &[
                ("skipped", s.skipped.into()),
                ("robots", s.skipped_by.robots.into()),
                ("blocked", s.blocked.into()),
            ],
        );
        crate::outln!(lang, "  {line}");
    }
    if s.pages == 0 && !accounts_only {
        crate::outln!(lang, "  {}", lang.word("audit-summary-no-page"));
    }
    // Vetoes, then deductions, then notices: with some eighty accessibility
    // rules, a site's best-practice notices must not push its vetoes and
    // deductions to the end of the line.
    let mut by_check: BTreeMap<(checks::check::Severity, &str), usize> = BTreeMap::new();
    for f in &site.findings {
        *by_check.entry((f.severity, f.check.as_str())).or_default() += 1;
    }
    if by_check.is_empty() {
        crate::outln!(lang, "  {}", lang.word("audit-summary-no-findings"));
    } else {
        let list: Vec<String> = by_check.iter().map(|((_, check), n)| format!("{check} {n}")).collect();
        crate::outln!(
            lang,
            "  {}",
            lang.word_with("audit-summary-findings", &[("list", list.join(" · ").into())])
        );
    }
    for file in files {
        crate::outln!(
            lang,
            "  {}",
            lang.word_with("audit-summary-report", &[("file", file.display().to_string().into())])
        );
    }
}

/// What the journal spared the site's server.
fn print_reuse(counters: &crawl::CrawlCounters, lang: Lang) {
    if counters.reused > 0 {
        crate::outln!(
            lang,
            "  {}",
            lang.word_with("audit-summary-reused", &[("answers", counters.reused.into())])
        );
    }
    if counters.not_modified > 0 {
        let line = lang.word_with("audit-summary-not-modified", &[("pages", counters.not_modified.into())]);
        crate::outln!(lang, "  {line}");
    }
    let files = counters.attachments;
    if files.read > 0 {
        let line = lang.word_with(
            "audit-summary-attachments",
            &[
                ("read", files.read.into()),
                ("not_modified", files.not_modified.into()),
                ("cut", files.cut.into()),
            ],
        );
        crate::outln!(lang, "  {line}");
    }
}

/// The score line, and the vetoes that fired.
fn print_score(score: &checks::scorecard::Score, lang: Lang) {
    use checks::scorecard::{VetoStatus, format_points as pts};
    if score.vetoed {
        let line = lang.word_with(
            "audit-summary-score-vetoed",
            &[
                ("grade", score.grade_label.as_str().into()),
                ("total", pts(score.total).into()),
                ("scale", pts(score.scale).into()),
            ],
        );
        crate::outln!(lang, "  {line}");
    } else {
        let line = lang.word_with(
            "audit-summary-score",
            &[
                ("total", pts(score.total).into()),
                ("scale", pts(score.scale).into()),
                ("grade", score.grade_label.as_str().into()),
            ],
        );
        crate::outln!(lang, "  {line}");
    }
    if score.unassessed > 0.0 {
        let line = lang.word_with("audit-summary-unassessed", &[("points", pts(score.unassessed).into())]);
        crate::outln!(lang, "  {line}");
    }
    for veto in score.vetoes.iter().filter(|v| v.status == VetoStatus::Fired) {
        let evidence = crate::output::printable(&veto.evidence);
        let line = lang.word_with(
            "audit-summary-veto",
            &[
                ("id", veto.id.as_str().into()),
                ("title", veto.title.as_str().into()),
                ("evidence", evidence.into()),
            ],
        );
        crate::outln!(lang, "  {line}");
    }
}
