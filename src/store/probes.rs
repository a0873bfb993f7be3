//! Availability probes: stored by `govaudit monitor`, read by `audit` for
//! veto V2.

use checks::scorecard::{Availability, ProbeDay};
use rusqlite::params;

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

    /// Probes per day for `site_root`, in the month up to `as_of`.
    pub fn availability(
        &self,
        site_root: &str,
        as_of: chrono::NaiveDate,
    ) -> anyhow::Result<Option<Availability>> {
        let from = (as_of - chrono::Duration::days(DAYS_KEPT)).to_string();
        let mut query = self.conn.prepare(
            "SELECT day, COUNT(*), SUM(CASE WHEN ok THEN 0 ELSE 1 END) FROM probes
             WHERE site_root = ?1 AND day > ?2 AND day <= ?3 GROUP BY day ORDER BY day",
        )?;
        let days: Vec<ProbeDay> = query
            .query_map(params![site_root, from, as_of.to_string()], |r| {
                Ok(ProbeDay {
                    day: r.get(0)?,
                    probes: r.get::<_, i64>(1)? as u64,
                    failures: r.get::<_, i64>(2)? as u64,
                })
            })?
            .collect::<Result<_, _>>()?;
        Ok((!days.is_empty()).then_some(Availability { until: as_of.to_string(), days }))
    }
}
