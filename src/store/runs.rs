//! Runs in the store: saving one audit, listing a site's history, and the
//! findings of two runs compared.

use anyhow::Context;
use checks::scorecard::{Availability, History, Score, SinceLast, TrendPoint};
use checks::{Finding, Severity, SiteAudit};
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use super::{Store, locked_or};

/// One stored run, as `govaudit history` lists it.
#[derive(Clone, Debug, Serialize)]
pub struct RunRow {
    pub id: i64,
    pub site_root: String,
    pub site_name: String,
    pub as_of: String,
    pub finished_at: String,
    pub total: Option<f64>,
    pub grade_label: Option<String>,
    pub vetoed: Option<bool>,
    pub pages: i64,
    pub truncated: bool,
    pub vetoes: i64,
    pub deductions: i64,
    pub notices: i64,
}

/// A finding as stored: what `diff` shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StoredFinding {
    /// What makes two runs' findings "the same problem": the check and
    /// where it is (page, target, selector, mark, account, column), not
    /// its wording, which carries day counts.
    #[serde(skip)]
    pub key: String,
    /// The finding's fingerprint (`checks::fingerprint`), the one SARIF,
    /// report.json and review marks show.
    pub fingerprint: String,
    pub check: String,
    pub severity: String,
    pub page: Option<String>,
    pub target: Option<String>,
    pub detail: String,
}

/// What changed between two runs of a site.
#[derive(Clone, Debug, Serialize)]
pub struct Diff {
    pub before: RunRow,
    pub after: RunRow,
    pub new: Vec<StoredFinding>,
    pub fixed: Vec<StoredFinding>,
    pub still_open: Vec<StoredFinding>,
    /// Runs of the two that were cut short (interrupted or at a limit):
    /// what they did not reach is not "fixed".
    pub incomplete: Vec<i64>,
}

/// New, fixed and still-open findings, matched by key and counted: three
/// findings of a key before and one now are one still open and two fixed.
fn compare(
    before: &[StoredFinding],
    now: &[StoredFinding],
) -> (Vec<StoredFinding>, Vec<StoredFinding>, Vec<StoredFinding>) {
    use std::collections::HashMap;
    let mut left: HashMap<&str, usize> = HashMap::new();
    for f in before {
        *left.entry(f.key.as_str()).or_default() += 1;
    }
    let (mut new, mut still_open) = (Vec::new(), Vec::new());
    for f in now {
        match left.get_mut(f.key.as_str()) {
            Some(n) if *n > 0 => {
                *n -= 1;
                still_open.push(f.clone());
            }
            _ => new.push(f.clone()),
        }
    }
    // What is left of the earlier run was fixed, in its own order.
    let mut fixed = Vec::new();
    for f in before.iter().rev() {
        if let Some(n) = left.get_mut(f.key.as_str()).filter(|n| **n > 0) {
            *n -= 1;
            fixed.push(f.clone());
        }
    }
    fixed.reverse();
    (new, fixed, still_open)
}

/// Scores in the scorecard's trend chart.
const TREND_RUNS: usize = 12;

/// The location key of a finding: the fields its fingerprint hashes, as
/// text (runs stored before fingerprints were are matched by it).
pub fn key(f: &Finding) -> String {
    checks::fingerprint::parts(f).map(|p| p.unwrap_or_default()).join("\u{1f}")
}

/// The fingerprint of a row stored without one, from its key (an empty
/// part read as absent, as pages and targets never are empty).
pub fn fingerprint_of_key(key: &str) -> String {
    let parts: Vec<Option<&str>> = key.split('\u{1f}').map(|p| Some(p).filter(|p| !p.is_empty())).collect();
    checks::fingerprint::of_parts(&parts)
}

/// What the store knew of a site before this run ([`Store::past`]).
pub struct Past {
    /// Probes per day in the month up to as_of; `None` when none.
    pub availability: Option<Availability>,
    /// The earlier runs' scores, oldest first (the last `TREND_RUNS` − 1).
    trend: Vec<TrendPoint>,
    /// The last run that was not cut short, which "since last" compares with.
    last_complete: Option<LastRun>,
}

struct LastRun {
    run: i64,
    as_of: String,
    findings: Vec<StoredFinding>,
}

impl Past {
    /// The site's history as the scorecard shows it: the last scores (this
    /// run's last) and what changed since the last complete run.
    pub fn history(&self, score: Option<&Score>, findings: &[Finding], as_of: &str) -> History {
        let mut trend = self.trend.clone();
        trend.push(TrendPoint {
            as_of: as_of.to_owned(),
            total: score.map(|s| s.total),
            vetoed: score.is_some_and(|s| s.vetoed),
        });
        let since_last = self.last_complete.as_ref().map(|last| {
            let now: Vec<StoredFinding> = findings
                .iter()
                .map(|f| StoredFinding {
                    key: key(f),
                    fingerprint: f.fingerprint.clone().unwrap_or_else(|| f.fingerprint()),
                    check: f.check.clone(),
                    severity: f.severity.as_str().to_owned(),
                    page: f.page.clone(),
                    target: f.target.clone(),
                    detail: f.detail.clone(),
                })
                .collect();
            let (new, fixed, still_open) = compare(&last.findings, &now);
            SinceLast {
                run: last.run,
                as_of: last.as_of.clone(),
                new: new.len() as u64,
                fixed: fixed.len() as u64,
                still_open: still_open.len() as u64,
            }
        });
        History { trend, since_last }
    }
}

impl Store {
    /// Saves one site's audit; returns the run's id.
    pub fn save(
        &mut self,
        site: &SiteAudit,
        as_of: &str,
        started_at: &str,
        finished_at: &str,
    ) -> anyhow::Result<i64> {
        let (path, lang) = (self.path.clone(), self.lang);
        let tx = self.conn.transaction().map_err(|e| locked_or(e, &path, lang))?;
        let count = |s: Severity| site.findings.iter().filter(|f| f.severity == s).count() as i64;
        let score = site.score.as_ref();
        tx.execute(
            "INSERT INTO runs (site_root, site_name, as_of, started_at, finished_at, rubric, total, grade, grade_label,
                passed, vetoed, pages, truncated, vetoes, deductions, notices, stats)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
            params![
                site.root,
                site.name,
                as_of,
                started_at,
                finished_at,
                score.map(|s| s.rubric.clone()),
                score.map(|s| s.total),
                score.map(|s| s.grade.clone()),
                score.map(|s| s.grade_label.clone()),
                score.map(|s| s.passed),
                score.map(|s| s.vetoed),
                site.stats.pages as i64,
                site.stats.truncated,
                count(Severity::Veto),
                count(Severity::Deduction),
                count(Severity::Notice),
                serde_json::to_string(&site.stats).ok(),
            ],
        )
        .map_err(|e| locked_or(e, &path, lang))?;
        let run = tx.last_insert_rowid();
        {
            let mut insert = tx.prepare(
                "INSERT INTO findings (run_id, key, check_id, severity, rule, page, target, detail, evidence, fingerprint)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            )?;
            for f in &site.findings {
                insert.execute(params![
                    run,
                    key(f),
                    f.check,
                    f.severity.as_str(),
                    f.rule,
                    f.page,
                    f.target,
                    f.detail,
                    f.evidence,
                    f.fingerprint.clone().unwrap_or_else(|| f.fingerprint())
                ])?;
            }
            let mut insert = tx.prepare(
                "INSERT INTO columns (run_id, name, url, category, items, latest, stale, blank)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?;
            for c in &site.columns {
                insert.execute(params![
                    run,
                    c.name,
                    c.url,
                    c.category.as_str(),
                    c.items as i64,
                    c.latest,
                    c.stale,
                    c.blank
                ])?;
            }
            let mut insert = tx.prepare(
                "INSERT INTO accounts (run_id, name, platform, url, state, latest) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?;
            for a in &site.accounts {
                insert.execute(params![run, a.name, a.platform, a.url, a.state, a.latest])?;
            }
        }
        tx.commit().map_err(|e| locked_or(e, &path, lang))?;
        Ok(run)
    }

    /// Runs, oldest first; `site` filters by root URL or name (a part of
    /// either).
    pub fn history(&self, site: Option<&str>) -> anyhow::Result<Vec<RunRow>> {
        // `%`, `_` and `\` in the filter are literal characters.
        let escaped: String = site
            .unwrap_or_default()
            .chars()
            .flat_map(|c| if matches!(c, '%' | '_' | '\\') { vec!['\\', c] } else { vec![c] })
            .collect();
        let pattern = format!("%{escaped}%");
        let mut query = self.conn.prepare(
            "SELECT id, site_root, site_name, as_of, finished_at, total, grade_label, vetoed, pages, vetoes, deductions, notices, truncated
             FROM runs WHERE site_root LIKE ?1 ESCAPE '\\' OR site_name LIKE ?1 ESCAPE '\\' ORDER BY id",
        )?;
        let rows = query.query_map([pattern], |r| {
            Ok(RunRow {
                id: r.get(0)?,
                site_root: r.get(1)?,
                site_name: r.get(2)?,
                as_of: r.get(3)?,
                finished_at: r.get(4)?,
                total: r.get(5)?,
                grade_label: r.get(6)?,
                vetoed: r.get(7)?,
                pages: r.get(8)?,
                vetoes: r.get(9)?,
                deductions: r.get(10)?,
                notices: r.get(11)?,
                truncated: r.get(12)?,
            })
        })?;
        rows.collect::<Result<_, _>>().context("history")
    }

    fn run(&self, id: i64) -> anyhow::Result<RunRow> {
        let lang = self.lang;
        let all = self.history(None)?;
        all.into_iter()
            .find(|r| r.id == id)
            .with_context(|| lang.word_with("store-no-such-run", &[("run", id.into())]))
    }

    pub(crate) fn findings(&self, run: i64) -> anyhow::Result<Vec<StoredFinding>> {
        let mut query = self.conn.prepare(
            "SELECT key, check_id, severity, page, target, detail, fingerprint FROM findings WHERE run_id = ?1 ORDER BY rowid",
        )?;
        let rows = query.query_map([run], |r| {
            let key: String = r.get(0)?;
            let fingerprint: Option<String> = r.get(6)?;
            Ok(StoredFinding {
                fingerprint: fingerprint.unwrap_or_else(|| fingerprint_of_key(&key)),
                key,
                check: r.get(1)?,
                severity: r.get(2)?,
                page: r.get(3)?,
                target: r.get(4)?,
                detail: r.get(5)?,
            })
        })?;
        rows.collect::<Result<_, _>>().context("findings")
    }

    /// Compares run `a` (before) with run `b` (after).
    pub fn diff(&self, a: i64, b: i64) -> anyhow::Result<Diff> {
        let (before, after) = (self.run(a)?, self.run(b)?);
        let (old, now) = (self.findings(a)?, self.findings(b)?);
        let (new, fixed, still_open) = compare(&old, &now);
        let incomplete = [&before, &after].into_iter().filter(|r| r.truncated).map(|r| r.id).collect();
        Ok(Diff { before, after, new, fixed, still_open, incomplete })
    }

    /// What the store knows of the site before this run: the probes of
    /// `govaudit monitor` (veto V2 reads them) and the earlier runs (the
    /// scorecard's trend). One read, before scoring; the run is saved after.
    pub fn past(
        &self,
        site_root: &str,
        as_of: chrono::NaiveDate,
        maintenance: &[crate::warnings_config::Maintenance],
    ) -> anyhow::Result<Past> {
        let availability = self.availability(site_root, as_of, maintenance)?;
        let mut query = self.conn.prepare(
            "SELECT id, as_of, total, vetoed FROM runs WHERE site_root = ?1 ORDER BY id DESC LIMIT ?2",
        )?;
        let earlier: Vec<(i64, String, Option<f64>, Option<bool>)> = query
            .query_map(params![site_root, TREND_RUNS as i64 - 1], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })?
            .collect::<Result<_, _>>()?;
        let trend = earlier
            .iter()
            .rev()
            .map(|(_, as_of, total, vetoed)| TrendPoint {
                as_of: as_of.clone(),
                total: *total,
                vetoed: vetoed.unwrap_or(false),
            })
            .collect();
        // Compared with the last complete run: a run cut short would make
        // everything it did not reach look fixed.
        let last_complete: Option<(i64, String)> = self
            .conn
            .query_row(
                "SELECT id, as_of FROM runs WHERE site_root = ?1 AND truncated = 0 ORDER BY id DESC LIMIT 1",
                [site_root],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let last_complete = match last_complete {
            Some((run, as_of)) => Some(LastRun { run, as_of, findings: self.findings(run)? }),
            None => None,
        };
        Ok(Past { availability, trend, last_complete })
    }

    /// The last two runs of the site matching `site` (or of the only site
    /// in the database).
    pub fn last_two(&self, site: Option<&str>) -> anyhow::Result<(i64, i64)> {
        let lang = self.lang;
        let mut runs = self.history(site)?;
        // An exact address or name wins over a part of one (a portal's
        // root is a part of its departments' roots on the same host).
        if let Some(site) = site
            && runs.iter().any(|r| r.site_root == site || r.site_name == site)
        {
            runs.retain(|r| r.site_root == site || r.site_name == site);
        }
        let roots: std::collections::BTreeSet<&str> = runs.iter().map(|r| r.site_root.as_str()).collect();
        if roots.len() > 1 {
            let sites = roots.into_iter().collect::<Vec<_>>().join(", ");
            anyhow::bail!("{}", lang.word_with("store-several-sites", &[("sites", sites.into())]));
        }
        match runs.as_slice() {
            [.., a, b] => Ok((a.id, b.id)),
            _ => anyhow::bail!("{}", lang.word("store-two-runs-needed")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{StoredFinding, compare};

    fn f(key: &str) -> StoredFinding {
        StoredFinding {
            key: key.into(),
            fingerprint: String::new(),
            check: "identity.missing".into(),
            severity: "deduction".into(),
            page: None,
            target: None,
            detail: String::new(),
        }
    }

    #[test]
    fn findings_are_counted_per_key() {
        let before = [f("a"), f("a"), f("a"), f("b")];
        let now = [f("a"), f("c")];
        let (new, fixed, open) = compare(&before, &now);
        let keys = |v: &[StoredFinding]| v.iter().map(|f| f.key.clone()).collect::<Vec<_>>();
        assert_eq!(keys(&new), ["c"]);
        assert_eq!(keys(&open), ["a"]);
        assert_eq!(keys(&fixed), ["a", "a", "b"], "two of the three `a` and the `b` were fixed");
    }

    #[test]
    fn a_row_stored_without_a_fingerprint_gets_the_findings_from_its_key() {
        use checks::{Finding, Severity};
        let f = Finding {
            page: Some("http://h/a".into()),
            column: Some("通知公告".into()),
            ..Finding::new("column.stale", Severity::Veto)
        };
        assert_eq!(super::fingerprint_of_key(&super::key(&f)), f.fingerprint());
    }
}
