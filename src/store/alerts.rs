//! The monitor's alerts in force: a row per site and kind (`down`,
//! `rate`) from the round that sent the alert until the one that sent its
//! recovery. What makes each crossing one message, not one per round.

use rusqlite::{OptionalExtension, params};

use super::{Store, locked_or};
use crate::warnings_config::Maintenance;

impl Store {
    /// Since when the alert `kind` of `site_root` is in force, if it is.
    pub fn alert_since(&self, site_root: &str, kind: &str) -> anyhow::Result<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT since FROM alerts WHERE site_root = ?1 AND kind = ?2",
                params![site_root, kind],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Records the alert as in force since `since`, or (`None`) as over.
    pub fn set_alert(&mut self, site_root: &str, kind: &str, since: Option<&str>) -> anyhow::Result<()> {
        let done = match since {
            Some(since) => self.conn.execute(
                "INSERT OR REPLACE INTO alerts (site_root, kind, since) VALUES (?1, ?2, ?3)",
                params![site_root, kind, since],
            ),
            None => self
                .conn
                .execute("DELETE FROM alerts WHERE site_root = ?1 AND kind = ?2", params![site_root, kind]),
        };
        done.map_err(|e| locked_or(e, &self.path, self.lang))?;
        Ok(())
    }

    /// Probes and failed probes of `site_root` on the days after `after`
    /// up to `until` (`YYYY-MM-DD`), without those inside a `maintenance`
    /// window (临时报备): planned downtime is not counted toward V2, here as
    /// in the audit.
    pub fn probe_failures(
        &self,
        site_root: &str,
        after: &str,
        until: &str,
        maintenance: &[Maintenance],
    ) -> anyhow::Result<(u64, u64)> {
        let mut query =
            self.conn.prepare("SELECT at, ok FROM probes WHERE site_root = ?1 AND day > ?2 AND day <= ?3")?;
        let mut rows = query.query(params![site_root, after, until])?;
        let (mut probes, mut failed) = (0u64, 0u64);
        while let Some(row) = rows.next()? {
            let (at, ok): (String, bool) = (row.get(0)?, row.get(1)?);
            let planned = chrono::DateTime::parse_from_rfc3339(&at)
                .is_ok_and(|at| maintenance.iter().any(|m| m.covers(at)));
            if !planned {
                probes += 1;
                failed += u64::from(!ok);
            }
        }
        Ok((probes, failed))
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;
    use crate::store::Store;
    use crate::store::probes::Probe;
    use crate::warnings_config::Maintenance;

    #[test]
    fn an_alert_is_in_force_until_it_is_cleared() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("g.db"), Lang::Zh).unwrap();
        let site = "http://h/";
        assert_eq!(store.alert_since(site, "down").unwrap(), None);
        store.set_alert(site, "down", Some("2026-12-01T08:00:00+08:00")).unwrap();
        assert_eq!(store.alert_since(site, "down").unwrap().as_deref(), Some("2026-12-01T08:00:00+08:00"));
        assert_eq!(store.alert_since(site, "rate").unwrap(), None);
        assert_eq!(store.alert_since("http://other/", "down").unwrap(), None);
        store.set_alert(site, "down", None).unwrap();
        assert_eq!(store.alert_since(site, "down").unwrap(), None);
    }

    #[test]
    fn failures_are_counted_over_the_days_asked() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("g.db"), Lang::Zh).unwrap();
        for (day, ok) in
            [("2026-11-20", false), ("2026-11-30", true), ("2026-12-01", false), ("2026-12-02", true)]
        {
            let p = Probe { site_root: "http://h/", at: day, day, ok, status: None, error: None, millis: 1 };
            store.add_probe(&p).unwrap();
        }
        assert_eq!(store.probe_failures("http://h/", "2026-11-25", "2026-12-01", &[]).unwrap(), (2, 1));
        assert_eq!(store.probe_failures("http://x/", "2026-11-25", "2026-12-01", &[]).unwrap(), (0, 0));
    }

    #[test]
    fn probes_in_a_maintenance_window_are_not_counted() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("g.db"), Lang::Zh).unwrap();
        for (at, ok) in [("2026-12-01T02:00:00+08:00", false), ("2026-12-01T09:00:00+08:00", false)] {
            let p = Probe {
                site_root: "http://h/",
                at,
                day: "2026-12-01",
                ok,
                status: None,
                error: None,
                millis: 1,
            };
            store.add_probe(&p).unwrap();
        }
        let at = |s: &str| chrono::DateTime::parse_from_rfc3339(s).unwrap();
        let window = Maintenance {
            from: at("2026-12-01T01:00:00+08:00"),
            to: at("2026-12-01T03:00:00+08:00"),
            reason: "机房搬迁".into(),
        };
        let counted = store.probe_failures("http://h/", "2026-11-25", "2026-12-01", &[window]).unwrap();
        assert_eq!(counted, (1, 1), "the 02:00 failure fell inside the filed window");
    }
}
