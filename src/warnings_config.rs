//! `[warnings]` (how many days before each veto line its owners are warned,
//! and who they are) and `[[maintenance]]` (planned downtime, 临时报备, left
//! out of veto V2), read from the config file and checked.

use anyhow::bail;
use checks::model::settings::{AccountOwner, AuditSettings, CountLines};
use chrono::{DateTime, FixedOffset, NaiveDateTime};
use serde::Deserialize;

use crate::config::MAX_DAYS;
use crate::i18n::Lang;

/// `[warnings]` as written: days before each line, the V2 warning rate and
/// the default owner. Every key is optional; the defaults are practice.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WarningsFile {
    homepage_days: Option<u32>,
    news_days: Option<u32>,
    other_columns_days: Option<u32>,
    account_days: Option<u32>,
    unanswered_days: Option<u32>,
    count_margin: Option<u32>,
    availability_percent: Option<f64>,
    owner: Option<String>,
}

/// `[[maintenance]]` as written: `from` and `to` in the config's
/// `utc_offset` (`2026-11-03T22:00`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MaintenanceFile {
    from: String,
    to: String,
    reason: String,
}

/// A planned downtime: probes from `from` up to `to` do not count for V2.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Maintenance {
    pub from: DateTime<FixedOffset>,
    pub to: DateTime<FixedOffset>,
    pub reason: String,
}

impl Maintenance {
    pub fn covers(&self, at: DateTime<FixedOffset>) -> bool {
        self.from <= at && at < self.to
    }
}

/// Applies `[warnings]` over what `[freshness] warn_news_days` and
/// `warn_other_days` already set (the newer section wins where both say).
pub fn apply(audit: &mut AuditSettings, f: WarningsFile, lang: Lang) -> anyhow::Result<()> {
    let w = &mut audit.warning;
    for (key, value, field) in [
        ("homepage_days", f.homepage_days, &mut w.homepage),
        ("news_days", f.news_days, &mut w.news),
        ("other_columns_days", f.other_columns_days, &mut w.others),
        ("account_days", f.account_days, &mut w.account),
        ("unanswered_days", f.unanswered_days, &mut w.unanswered),
        // A margin of 5 would warn at a blank count of 0: every site.
        ("count_margin", f.count_margin, &mut w.count_margin),
    ] {
        if let Some(value) = value {
            let hi = if key == "count_margin" { 4 } else { MAX_DAYS };
            *field = in_range(key, value, 0, hi, lang)?;
        }
    }
    if let Some(percent) = f.availability_percent {
        // `!(…)` so that NaN is refused too.
        if !(percent > 0.0 && percent <= 100.0) {
            bail!("{}", out_of_range("availability_percent", percent, 0, 100, lang));
        }
        w.availability_percent = percent;
    }
    if let Some(owner) = f.owner {
        w.owner = Some(owner_name("[warnings] owner", owner, lang)?);
    }
    Ok(())
}

fn in_range(key: &str, value: u32, lo: u32, hi: u32, lang: Lang) -> anyhow::Result<u32> {
    if !(lo..=hi).contains(&value) {
        bail!("{}", out_of_range(key, value, lo, hi, lang));
    }
    Ok(value)
}

fn out_of_range(key: &str, value: impl ToString, lo: u32, hi: u32, lang: Lang) -> String {
    lang.word_with(
        "config-out-of-range",
        &[
            ("key", format!("[warnings] {key}").into()),
            ("value", value.to_string().into()),
            ("lo", lo.to_string().into()),
            ("hi", hi.to_string().into()),
        ],
    )
}

/// An owner as the config names it: trimmed, not empty, one line.
pub fn owner_name(key: &str, owner: String, lang: Lang) -> anyhow::Result<String> {
    let trimmed = owner.trim();
    if trimmed.is_empty() || trimmed.contains(['\n', '\r']) || trimmed.chars().count() > 100 {
        bail!("{}", lang.word_with("config-owner-invalid", &[("key", key.into())]));
    }
    Ok(trimmed.to_owned())
}

/// Records `[[accounts]] owner`, by the account's name.
pub fn add_account_owner(
    audit: &mut AuditSettings,
    account: &str,
    owner: Option<String>,
    lang: Lang,
) -> anyhow::Result<()> {
    if let Some(owner) = owner {
        let owner = owner_name(&format!("[[accounts]] owner ({account})"), owner, lang)?;
        audit.account_owners.push(AccountOwner { account: account.to_owned(), owner });
    }
    Ok(())
}

/// The `[[maintenance]]` windows, each checked: both times readable in the
/// config's offset, `from` before `to`, a reason given.
pub fn maintenance(
    windows: Vec<MaintenanceFile>,
    offset: FixedOffset,
    lang: Lang,
) -> anyhow::Result<Vec<Maintenance>> {
    windows
        .into_iter()
        .enumerate()
        .map(|(i, m)| {
            let at = |key: &str| format!("[[maintenance]] #{} {key}", i + 1);
            let from = local_time(&m.from, offset).ok_or_else(|| bad_time(&at("from"), &m.from, lang))?;
            let to = local_time(&m.to, offset).ok_or_else(|| bad_time(&at("to"), &m.to, lang))?;
            if to <= from {
                bail!("{}", lang.word_with("config-maintenance-order", &[("key", at("to").into())]));
            }
            if m.reason.trim().is_empty() {
                bail!("{}", lang.word_with("config-maintenance-no-reason", &[("key", at("reason").into())]));
            }
            Ok(Maintenance { from, to, reason: m.reason.trim().to_owned() })
        })
        .collect()
}

/// `2026-11-03T22:00` or `2026-11-03 22:00[:00]`, in `offset`.
fn local_time(text: &str, offset: FixedOffset) -> Option<DateTime<FixedOffset>> {
    let text = text.trim();
    ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(text, f).ok())
        .and_then(|t| t.and_local_timezone(offset).single())
}

fn bad_time(key: &str, value: &str, lang: Lang) -> anyhow::Error {
    anyhow::anyhow!(lang.word_with(
        "config-maintenance-bad-time",
        &[("key", key.into()), ("value", format!("{value:?}").into())]
    ))
}

/// V4's count lines as the rubric sets them: the lowest `at_least` of each
/// metric condition of a site veto.
pub fn count_lines(rubric: &checks::score::rubric::Rubric) -> CountLines {
    use checks::score::rubric::{Condition, Metric};
    let line = |wanted: Metric| {
        rubric
            .vetoes
            .iter()
            .flat_map(|v| &v.when)
            .filter_map(|c| match c {
                Condition::Metric { metric, at_least } if *metric == wanted => Some(*at_least),
                _ => None,
            })
            .min()
    };
    CountLines {
        stale_news_or_first_level: line(Metric::StaleNewsOrFirstLevelNoticePolicy),
        stale: line(Metric::StaleColumns),
        blank: line(Metric::BlankColumns),
    }
}

/// Adds `site.due-soon` to the judged site when the stored
/// probes' V2 rate is between the warning line and the veto's.
pub fn add_availability_warning(
    site: &mut checks::audit::SiteAudit,
    availability: Option<&checks::scorecard::Availability>,
    config: &crate::config::Config,
) {
    let warning = checks::score::scoring::availability_warning(
        &site.root,
        availability,
        &config.rubric,
        config.audit.warning.availability_percent,
        config.as_of,
        config.lang,
    );
    if let Some(mut finding) = warning {
        finding.owner = config.audit.owner_of(None, None);
        site.findings.push(finding);
        checks::check::sort_findings(&mut site.findings);
    }
}

#[cfg(test)]
mod tests {
    use crate::cli::CommonArgs;
    use crate::config::{Config, FileConfig, build};
    use crate::i18n::Lang;

    fn config(text: &str) -> anyhow::Result<Config> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("govaudit.toml");
        std::fs::write(&path, text)?;
        build(FileConfig::load(&path, Lang::Zh)?, &["h".into()], &CommonArgs::default(), Lang::Zh)
    }

    #[test]
    fn defaults_are_practice_and_freshness_keys_still_work() {
        let w = config("").unwrap().audit.warning;
        assert_eq!(
            (w.homepage, w.news, w.others, w.account, w.unanswered, w.count_margin),
            (4, 3, 30, 3, 14, 1)
        );
        assert_eq!((w.availability_percent, w.owner), (3.0, None));
        let old = config("[freshness]\nwarn_news_days = 5\nwarn_other_days = 20\n").unwrap().audit.warning;
        assert_eq!((old.news, old.others), (5, 20));
        let both = "[freshness]\nwarn_news_days = 5\n[warnings]\nnews_days = 2\nhomepage_days = 6\n\
                    availability_percent = 2.5\nowner = \" 县政府办公室 \"\n";
        let w = config(both).unwrap().audit.warning;
        assert_eq!((w.news, w.homepage, w.availability_percent), (2, 6, 2.5), "[warnings] wins");
        assert_eq!(w.owner.as_deref(), Some("县政府办公室"));
    }

    #[test]
    fn owners_and_lines_are_read() {
        let c = config(
            "[[columns]]\nurl = \"/xxgk/zcwj/\"\nowner = \"县司法局\"\n\n\
             [[accounts]]\nname = \"清溪发布\"\nurl = \"https://mp.weixin.qq.com/s/abc\"\nowner = \"县委宣传部\"\n\n\
             [warnings]\nowner = \"县政府办公室\"\n",
        )
        .unwrap();
        let a = &c.audit;
        assert_eq!(a.owner_of(Some("http://h/xxgk/zcwj/index_2.html"), None).as_deref(), Some("县司法局"));
        assert_eq!(a.owner_of(None, Some("清溪发布")).as_deref(), Some("县委宣传部"));
        assert_eq!(
            a.owner_of(Some("http://h/xxgk/tzgg/"), Some("别的账号")).as_deref(),
            Some("县政府办公室")
        );
        // The shipped rubric's V4 lines.
        let lines = a.count_lines;
        assert_eq!((lines.stale_news_or_first_level, lines.stale, lines.blank), (Some(5), Some(10), Some(5)));
    }

    #[test]
    fn maintenance_times_are_read_in_the_configs_offset() {
        let c = config(
            "utc_offset = \"+08:00\"\n[[maintenance]]\nfrom = \"2026-11-03T22:00\"\nto = \"2026-11-04 02:00:00\"\nreason = \"升级\"\n",
        )
        .unwrap();
        let m = &c.maintenance[0];
        assert_eq!(m.from.to_rfc3339(), "2026-11-03T22:00:00+08:00");
        let at = |t: &str| chrono::DateTime::parse_from_rfc3339(t).unwrap();
        assert!(m.covers(at("2026-11-03T14:00:00Z")), "22:00 at +08:00 is 14:00 UTC");
        assert!(!m.covers(at("2026-11-04T02:00:00+08:00")), "the end is not inside");
        assert!(!m.covers(at("2026-11-03T21:59:59+08:00")));
    }
}
