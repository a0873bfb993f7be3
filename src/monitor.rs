//! `govaudit monitor`: probes home pages at an interval for a duration (a
//! week for veto V2: at least 20 spaced visits a day), stores every probe,
//! and prints a line per probe. `--once` probes one round, for cron; under
//! systemd it runs as a plain long-lived service.

use std::time::Duration;

use anyhow::bail;
use chrono::Utc;
use tokio::sync::watch;
use url::Url;

use crate::crawl::probe;
use crate::i18n::tr;
use crate::output::printable;
use crate::store::Store;
use crate::store::probes::Probe;

pub struct MonitorPlan {
    pub urls: Vec<Url>,
    pub interval: Duration,
    pub duration: Duration,
    pub once: bool,
    pub timeout: Duration,
    pub user_agent: String,
    /// Host names answered from this table instead of DNS (`[crawl.resolve]`).
    pub resolve: std::collections::BTreeMap<String, std::net::SocketAddr>,
    pub offset: chrono::FixedOffset,
    pub db: std::path::PathBuf,
}

/// `30m`, `2h`, `7d`, `90s`: a number and a unit.
pub fn parse_span(text: &str) -> anyhow::Result<Duration> {
    let text = text.trim();
    let split = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let n: u64 = number.parse().map_err(|_| {
        anyhow::anyhow!("{text:?}: {}", tr("应为 30m、2h、7d 这样的时长", "expected a span like 30m, 2h, 7d"))
    })?;
    let unit_seconds: u64 = match unit {
        "s" => 1,
        "m" => 60,
        "h" => 3600,
        "d" => 86_400,
        _ => bail!("{text:?}: {}", tr("时长单位应为 s、m、h 或 d", "the unit must be s, m, h or d")),
    };
    let seconds = n
        .checked_mul(unit_seconds)
        .filter(|s| *s <= 366 * 86_400)
        .ok_or_else(|| anyhow::anyhow!("{text:?}: {}", tr("时长过长", "too long")))?;
    if seconds == 0 {
        bail!("{text:?}: {}", tr("时长必须大于 0", "must be longer than 0"));
    }
    Ok(Duration::from_secs(seconds))
}

/// Runs the rounds until the duration is over (or one round with `once`,
/// or until Ctrl-C). Returns the number of failed probes.
pub async fn run(plan: &MonitorPlan, interrupt: watch::Receiver<bool>) -> anyhow::Result<u64> {
    let client = probe::client(&plan.user_agent, plan.timeout, &plan.resolve)?;
    let mut store = Store::open(&plan.db)?;
    let started = std::time::Instant::now();
    let mut failures = 0;
    // A fixed schedule: rounds start every interval however long the
    // probes take, so the visits a day stay what the interval promises.
    let mut ticks = tokio::time::interval(plan.interval);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        let mut stop = interrupt.clone();
        tokio::select! {
            _ = ticks.tick() => {}
            _ = stop.wait_for(|v| *v) => return Ok(failures),
        }
        for url in &plan.urls {
            let result = probe::probe(&client, url).await;
            let now = Utc::now().with_timezone(&plan.offset);
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
                eprintln!(
                    "{}{e:#}",
                    tr("警告：探测结果未能存入历史数据库：", "warning: a probe could not be stored: ")
                );
            }
            failures += u64::from(!result.ok);
            let state = match (&result.status, &result.error) {
                (Some(status), _) if result.ok => format!("{} {status}", tr("正常", "ok")),
                (Some(status), _) => format!("{} HTTP {status}", tr("失败", "failed")),
                (None, Some(error)) => format!("{} {}", tr("失败", "failed"), printable(error)),
                (None, None) => tr("失败", "failed").to_owned(),
            };
            println!("{at}  {url}  {state}  {:.2}s", result.elapsed.as_secs_f64());
        }
        if plan.once || started.elapsed() + plan.interval > plan.duration {
            return Ok(failures);
        }
    }
}
