//! Availability probes: stored by `govaudit monitor`, read by `audit` for
//! veto V2.

use std::collections::BTreeMap;

use checks::scorecard::{Availability, MaintenanceWindow, ProbeDay};
use rusqlite::params;

use crate::warnings_config::Maintenance;

use super::{Store, locked_or};

/// One probe of a home page.
pub struct Probe<'a> {
    pub site_root: &'a str,
    /// RFC 3339, in the site's offset.
    pub at: &'a str,
    /// `YYYY-MM-DD` in the site's offset: the day the probe counts for.
    pub day: &'a str,
    pub ok: bool,
    pub status: Option<u16>,
    pub error: Option<&'a str>,
    pub millis: u64,
}

/// Days of probes read back, at most this many before as_of.
const DAYS_KEPT: i64 = 31;

impl Store {
    pub fn add_probe(&mut self, p: &Probe<'_>) -> anyhow::Result<()> {
        self.conn
            .execute(
                "INSERT INTO probes (site_root, at, day, ok, status, error, millis) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![p.site_root, p.at, p.day, p.ok, p.status, p.error, p.millis as i64],
            )
            .map_err(|e| locked_or(e, &self.path, self.lang))?;
        Ok(())
    }

    /// Probes per day for `site_root`, in the month up to `as_of`, without
    /// those inside a `maintenance` window (临时报备), which are counted per
    /// window instead.
    pub fn availability(
        &self,
        site_root: &str,
        as_of: chrono::NaiveDate,
        maintenance: &[Maintenance],
    ) -> anyhow::Result<Option<Availability>> {
        let from = (as_of - chrono::Duration::days(DAYS_KEPT)).to_string();
        let mut query = self.conn.prepare(
            "SELECT day, at, ok FROM probes WHERE site_root = ?1 AND day > ?2 AND day <= ?3 ORDER BY day",
        )?;
        let mut days: BTreeMap<String, ProbeDay> = BTreeMap::new();
        let mut excluded = vec![0u64; maintenance.len()];
        let mut rows = query.query(params![site_root, from, as_of.to_string()])?;
        while let Some(row) = rows.next()? {
            let (day, at, ok): (String, String, bool) = (row.get(0)?, row.get(1)?, row.get(2)?);
            // A time that does not parse is counted: only a window the
            // office filed may take a probe out.
            let within = chrono::DateTime::parse_from_rfc3339(&at)
                .ok()
                .and_then(|at| maintenance.iter().position(|m| m.covers(at)));
            if let Some(i) = within {
                excluded[i] += 1;
                continue;
            }
            let d = days.entry(day.clone()).or_insert(ProbeDay { day, probes: 0, failures: 0 });
            d.probes += 1;
            d.failures += u64::from(!ok);
        }
        let (first, last) = (as_of - chrono::Duration::days(DAYS_KEPT), as_of + chrono::Duration::days(1));
        let mut windows: Vec<MaintenanceWindow> = maintenance
            .iter()
            .zip(excluded)
            .filter(|(m, _)| m.from.date_naive() < last && m.to.date_naive() > first)
            .map(|(m, excluded)| MaintenanceWindow {
                from: m.from.format("%Y-%m-%d %H:%M").to_string(),
                to: m.to.format("%Y-%m-%d %H:%M").to_string(),
                reason: m.reason.clone(),
                excluded,
            })
            .collect();
        windows.sort_by(|a, b| (&a.from, &a.to).cmp(&(&b.from, &b.to)));
        Ok((!days.is_empty()).then(|| Availability {
            until: as_of.to_string(),
            days: days.into_values().collect(),
            maintenance: windows,
        }))
    }
}
