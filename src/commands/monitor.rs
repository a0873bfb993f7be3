//! `govaudit monitor`: probes home pages at an interval for a duration (a
//! week for veto V2: at least 20 spaced visits a day), stores every probe,
//! and prints a line per probe. `--once` probes one round, for cron; under
//! systemd it runs as a plain long-lived service.
//!
//! With `[[notify]]` channels it sends an alert when a site stops
//! answering and when V2's failure rate over the last 7 days reaches the
//! warning line, and a recovery message when either is over: once per
//! crossing, remembered in the history database (so also across
//! `--once` runs from cron). An alert that could not be sent is sent again
//! the next round.

use std::time::Duration;

use anyhow::bail;
use chrono::Utc;
use tokio::sync::watch;
use url::Url;

use super::runtime::{interrupt_on_ctrl_c, runtime};
use crate::cli::MonitorArgs;
use crate::config::{self, FileConfig};
use crate::crawl::probe;
use crate::exit_codes::Exit;
use crate::i18n::Lang;
use crate::output::printable;
use crate::store::Store;
use crate::store::probes::Probe;

/// The days V2's rate is measured over (the national rule's week).
const RATE_DAYS: i64 = 7;

/// Probes as the command line and the config say.
pub fn run_command(args: MonitorArgs, lang: Lang, progress: bool) -> anyhow::Result<Exit> {
    // The config's user agent, host table and UTC offset (the day a probe
    // counts for must be the audit's day); the timeout under the one rule.
    let common = crate::cli::CommonArgs {
        config: args.config.clone(),
        timeout: Some(args.timeout),
        ..Default::default()
    };
    let settings = config::build(FileConfig::find(args.config.as_deref(), lang)?, &args.urls, &common, lang)?;
    let normalizer =
        checks::url_norm::Normalizer::new(settings.crawl.session_params.iter().map(String::as_str));
    let plan = MonitorPlan {
        lang,
        // Normalised as the crawler names a site's root, so the audit finds
        // these probes under the same address.
        urls: settings
            .urls
            .iter()
            .map(|u| {
                let mut url = u.clone();
                normalizer.normalize(&mut url);
                url
            })
            .collect(),
        interval: parse_span(&args.interval, lang)?,
        duration: parse_span(&args.duration, lang)?,
        once: args.once,
        timeout: settings.crawl.timeout,
        user_agent: settings.crawl.user_agent.clone(),
        resolve: settings.crawl.resolve.clone(),
        offset: settings.utc_offset,
        db: crate::store::db_path(&args.db),
        logins: settings.crawl.logins.clone(),
        notify: settings.notify.clone(),
        // `[warnings] availability_percent` (3 % unless set): the line the
        // audit's site.due-soon warns at, so both speak of one line.
        rate_line: settings.audit.warning.availability_percent,
        maintenance: settings.maintenance.clone(),
    };
    runtime(lang)?.block_on(async {
        let interrupt = interrupt_on_ctrl_c(lang);
        let failed = run(&plan, progress, interrupt).await?;
        // For cron: one round with a failed probe is worth a mail.
        Ok(if args.once && failed > 0 { Exit::GateFailed } else { Exit::Done })
    })
}

struct MonitorPlan {
    /// The language of the probe lines and the tally.
    lang: Lang,
    urls: Vec<Url>,
    interval: Duration,
    duration: Duration,
    once: bool,
    timeout: Duration,
    user_agent: String,
    /// Host names answered from this table instead of DNS (`[crawl.resolve]`).
    resolve: std::collections::BTreeMap<String, std::net::SocketAddr>,
    offset: chrono::FixedOffset,
    db: std::path::PathBuf,
    /// User info taken out of the URLs, sent to their origins only.
    logins: crate::crawl::login::Logins,
    /// Where alerts go (`[[notify]]`); none: no alert.
    notify: Vec<crate::notify::Channel>,
    /// V2's warning line, in percent.
    rate_line: f64,
    /// Planned downtime (`[[maintenance]]`): its probes count toward no
    /// rate, and a failure inside it sends no "down" alert.
    maintenance: Vec<crate::warnings_config::Maintenance>,
}

/// `30m`, `2h`, `7d`, `90s`: a number and a unit.
fn parse_span(text: &str, lang: Lang) -> anyhow::Result<Duration> {
    let text = text.trim();
    let split = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let shown = format!("{text:?}");
    let n: u64 = number.parse().map_err(|_| {
        anyhow::anyhow!(lang.word_with("monitor-span-invalid", &[("span", shown.as_str().into())]))
    })?;
    let unit_seconds: u64 = match unit {
        "s" => 1,
        "m" => 60,
        "h" => 3600,
        "d" => 86_400,
        _ => bail!("{}", lang.word_with("monitor-span-unit", &[("span", shown.as_str().into())])),
    };
    let seconds = n.checked_mul(unit_seconds).filter(|s| *s <= 366 * 86_400).ok_or_else(|| {
        anyhow::anyhow!(lang.word_with("monitor-span-too-long", &[("span", shown.as_str().into())]))
    })?;
    if seconds == 0 {
        bail!("{}", lang.word_with("monitor-span-zero", &[("span", shown.as_str().into())]));
    }
    Ok(Duration::from_secs(seconds))
}

/// Runs the rounds until the duration is over (or one round with `once`,
/// or until Ctrl-C). The sites of a round are probed at once (they are
/// different servers; a slow one must not delay the others' probes). Returns
/// the number of failed probes.
async fn run(plan: &MonitorPlan, status: bool, interrupt: watch::Receiver<bool>) -> anyhow::Result<u64> {
    let lang = plan.lang;
    let client = probe::client(&plan.user_agent, plan.timeout, &plan.resolve)?;
    let mut store = Store::open(&plan.db, lang)?;
    let started = std::time::Instant::now();
    let mut tally = vec![(0u64, 0u64); plan.urls.len()];
    let line = StatusLine::new(status, lang);
    // A fixed schedule: rounds start every interval however long the
    // probes take, so the visits a day stay what the interval promises.
    let mut ticks = tokio::time::interval(plan.interval);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut round = 0u64;
    loop {
        let mut stop = interrupt.clone();
        tokio::select! {
            _ = ticks.tick() => {}
            _ = stop.wait_for(|v| *v) => break,
        }
        round += 1;
        let mut probes = tokio::task::JoinSet::new();
        for (i, url) in plan.urls.iter().enumerate() {
            let (client, url, logins) = (client.clone(), url.clone(), plan.logins.clone());
            probes.spawn(async move { (i, probe::probe(&client, &url, &logins).await, Utc::now()) });
        }
        let mut results = probes.join_all().await;
        results.sort_by_key(|(i, _, _)| *i);
        for (i, result, when) in results {
            let url = &plan.urls[i];
            let now = when.with_timezone(&plan.offset);
            let (at, day) =
                (now.to_rfc3339_opts(chrono::SecondsFormat::Secs, false), now.format("%Y-%m-%d").to_string());
            let stored = store.add_probe(&Probe {
                site_root: url.as_str(),
                at: &at,
                day: &day,
                ok: result.ok,
                status: result.status,
                error: result.error.as_deref(),
                millis: result.elapsed.as_millis() as u64,
            });
            // A week-long run does not end on one busy database.
            if let Err(e) = stored {
                line.warn(
                    &lang.word_with("monitor-probe-not-stored", &[("reason", format!("{e:#}").into())]),
                );
            }
            tally[i].0 += 1;
            tally[i].1 += u64::from(!result.ok);
            let state = match (result.status, &result.error) {
                (Some(status), _) if result.ok => {
                    lang.word_with("monitor-probe-ok", &[("status", status.into())])
                }
                (Some(status), Some(error)) => lang.word_with(
                    "monitor-probe-failed-status-error",
                    &[("status", status.into()), ("error", printable(error).into())],
                ),
                (Some(status), None) => {
                    lang.word_with("monitor-probe-failed-status", &[("status", status.into())])
                }
                (None, Some(error)) => {
                    lang.word_with("monitor-probe-failed-error", &[("error", printable(error).into())])
                }
                (None, None) => lang.word("monitor-probe-failed"),
            };
            line.println(&format!("{at}  {url}  {state}  {:.2}s", result.elapsed.as_secs_f64()));
            if !plan.notify.is_empty() {
                let probe = Round { url, ok: result.ok, state: &state, at: &at, day: now.date_naive() };
                alert(&mut store, plan, &probe, &line).await;
            }
        }
        if plan.once || started.elapsed() + plan.interval > plan.duration {
            break;
        }
        line.show(round, &tally, plan.interval, plan.offset);
    }
    line.finish();
    print_tally(&plan.urls, &tally, lang);
    Ok(tally.iter().map(|(_, failed)| failed).sum())
}

/// One site's probe of this round, as the alerts need it.
struct Round<'a> {
    url: &'a Url,
    ok: bool,
    /// The probe's result in words.
    state: &'a str,
    at: &'a str,
    day: chrono::NaiveDate,
}

/// Sends what changed for this site: down or back up, V2's rate over or
/// back under the line. A change is recorded only once its message went
/// out to every channel; else it is tried again next round.
async fn alert(store: &mut Store, plan: &MonitorPlan, probe: &Round<'_>, line: &StatusLine) {
    let lang = plan.lang;
    let site = probe.url.as_str();
    let after = (probe.day - chrono::Duration::days(RATE_DAYS)).to_string();
    let known = store.alert_since(site, "down").and_then(|down| {
        let counts = store.probe_failures(site, &after, &probe.day.to_string(), &plan.maintenance)?;
        Ok((down, store.alert_since(site, "rate")?, counts))
    });
    let (down_since, rate_since, (probes, failed)) = match known {
        Ok(known) => known,
        Err(e) => {
            line.warn(&lang.word_with("monitor-alert-not-stored", &[("reason", format!("{e:#}").into())]));
            return;
        }
    };
    let rate = 100.0 * failed as f64 / probes.max(1) as f64;
    let (rate_text, line_text) = (format!("{rate:.1}"), format!("{:.1}", plan.rate_line));
    let mut changes: Vec<(&str, Option<&str>, &'static str, String, String)> = Vec::new();
    // Downtime the office filed (临时报备) is expected: no alert for it.
    let planned = chrono::DateTime::parse_from_rfc3339(probe.at)
        .is_ok_and(|at| plan.maintenance.iter().any(|m| m.covers(at)));
    match (&down_since, probe.ok) {
        (None, false) if !planned => changes.push((
            "down",
            Some(probe.at),
            "monitor.down",
            lang.word_with("monitor-alert-down", &[("url", site.into())]),
            lang.word_with(
                "monitor-alert-down-item",
                &[("at", probe.at.into()), ("state", probe.state.into())],
            ),
        )),
        (Some(since), true) => changes.push((
            "down",
            None,
            "monitor.up",
            lang.word_with("monitor-alert-up", &[("url", site.into())]),
            lang.word_with(
                "monitor-alert-up-item",
                &[("at", probe.at.into()), ("since", since.as_str().into())],
            ),
        )),
        _ => {}
    }
    match (&rate_since, probes > 0 && rate >= plan.rate_line) {
        (None, true) => changes.push((
            "rate",
            Some(probe.at),
            "monitor.rate",
            lang.word_with(
                "monitor-alert-rate",
                &[
                    ("url", site.into()),
                    ("rate", rate_text.as_str().into()),
                    ("line", line_text.as_str().into()),
                ],
            ),
            lang.word_with(
                "monitor-alert-rate-item",
                &[("probes", probes.into()), ("failed", failed.into())],
            ),
        )),
        (Some(_), false) => changes.push((
            "rate",
            None,
            "monitor.rate-ok",
            lang.word_with(
                "monitor-alert-rate-ok",
                &[
                    ("url", site.into()),
                    ("rate", rate_text.as_str().into()),
                    ("line", line_text.as_str().into()),
                ],
            ),
            lang.word_with(
                "monitor-alert-rate-item",
                &[("probes", probes.into()), ("failed", failed.into())],
            ),
        )),
        _ => {}
    }
    for (kind, since, message_kind, title, item) in changes {
        let message = crate::notify::Message {
            kind: message_kind,
            site_name: site.to_owned(),
            site_url: site.to_owned(),
            owner: None,
            title,
            items: vec![crate::notify::message::Item { text: item, link: Some(site.to_owned()) }],
            warnings: Vec::new(),
        };
        let delivery = crate::notify::deliver(&plan.notify, std::slice::from_ref(&message), lang).await;
        for failure in &delivery.failures {
            line.warn(failure);
        }
        // Recorded once a channel took it: a broken channel (its failure
        // is printed each time) must not make the working ones get the
        // same alert every round.
        if delivery.sent == 0 {
            continue;
        }
        line.println(&lang.word_with("notify-sent", &[("count", delivery.sent.into())]));
        if let Err(e) = store.set_alert(site, kind, since) {
            line.warn(&lang.word_with("monitor-alert-not-stored", &[("reason", format!("{e:#}").into())]));
        }
    }
}

/// Probes and failures per site, with the rate V2 is judged by.
fn print_tally(urls: &[Url], tally: &[(u64, u64)], lang: Lang) {
    for (url, (probes, failed)) in urls.iter().zip(tally) {
        let rate = 100.0 * *failed as f64 / (*probes).max(1) as f64;
        let line = lang.word_with(
            "monitor-tally",
            &[
                ("url", url.as_str().into()),
                ("probes", (*probes).into()),
                ("failed", (*failed).into()),
                ("rate", format!("{rate:.1}").into()),
            ],
        );
        crate::outln!(lang, "{line}");
    }
}

/// The live line on stderr between rounds (a terminal only): rounds done,
/// failure rate so far, when the next round starts. Probe lines print above it.
struct StatusLine {
    bar: Option<indicatif::ProgressBar>,
    lang: Lang,
}

impl StatusLine {
    fn new(enabled: bool, lang: Lang) -> Self {
        let target = indicatif::ProgressDrawTarget::stderr();
        if !enabled || target.is_hidden() {
            return StatusLine { bar: None, lang };
        }
        let bar = indicatif::ProgressBar::with_draw_target(None, target);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{spinner} {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        bar.enable_steady_tick(Duration::from_millis(500));
        StatusLine { bar: Some(bar), lang }
    }

    fn println(&self, text: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| crate::outln!(self.lang, "{text}")),
            None => crate::outln!(self.lang, "{text}"),
        }
    }

    /// A warning on stderr, above the status line.
    fn warn(&self, text: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("{text}")),
            None => eprintln!("{text}"),
        }
    }

    fn show(&self, round: u64, tally: &[(u64, u64)], interval: Duration, offset: chrono::FixedOffset) {
        let lang = self.lang;
        let Some(bar) = &self.bar else { return };
        let (probes, failed) = tally.iter().fold((0, 0), |(p, f), (a, b)| (p + a, f + b));
        let rate = 100.0 * failed as f64 / probes.max(1) as f64;
        let next =
            Utc::now().with_timezone(&offset) + chrono::Duration::from_std(interval).unwrap_or_default();
        bar.set_message(lang.word_with(
            "monitor-status",
            &[
                ("rounds", round.into()),
                ("probes", probes.into()),
                ("failed", failed.into()),
                ("rate", format!("{rate:.1}").into()),
                ("next", next.format("%H:%M:%S").to_string().into()),
            ],
        ));
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
