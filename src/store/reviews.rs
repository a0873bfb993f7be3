//! Reviewers' marks in the store (误报, 核减, 已知), one per site and
//! fingerprint, and the look-up that ties a fingerprint to the findings of
//! a site's stored runs.

use anyhow::Context;
use checks::review::{Mark, ReviewKind};
use rusqlite::params;

use super::Store;
use super::runs::fingerprint_of_key;

/// Where a fingerprint was found: the site and what the finding was.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Found {
    pub site_root: String,
    pub check: String,
    pub page: Option<String>,
}

impl Store {
    /// The sites whose stored findings carry `fingerprint`, restricted to
    /// runs of `site` (an exact root or name) when given; one entry a site.
    pub fn find_fingerprint(&self, fingerprint: &str, site: Option<&str>) -> anyhow::Result<Vec<Found>> {
        let mut found = std::collections::BTreeMap::new();
        let site_matches = |root: &str, name: &str| site.is_none_or(|s| s == root || s == name);
        let mut query = self.conn.prepare(
            "SELECT r.site_root, r.site_name, f.check_id, f.page FROM findings f JOIN runs r ON r.id = f.run_id
             WHERE f.fingerprint = ?1 ORDER BY f.run_id DESC",
        )?;
        let rows = query.query_map([fingerprint], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get(3)?))
        })?;
        for row in rows {
            let (root, name, check, page) = row?;
            if site_matches(&root, &name) {
                found.entry(root.clone()).or_insert(Found { site_root: root, check, page });
            }
        }
        // Runs stored before findings had a fingerprint: worked out from the key.
        let mut query = self.conn.prepare(
            "SELECT r.site_root, r.site_name, f.check_id, f.page, f.key FROM findings f JOIN runs r ON r.id = f.run_id
             WHERE f.fingerprint IS NULL",
        )?;
        let rows = query.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get(3)?,
                r.get::<_, String>(4)?,
            ))
        })?;
        for row in rows {
            let (root, name, check, page, key) = row?;
            if site_matches(&root, &name) && fingerprint_of_key(&key) == fingerprint {
                found.entry(root.clone()).or_insert(Found { site_root: root, check, page });
            }
        }
        Ok(found.into_values().collect())
    }

    /// The last run's id, `None` in an empty database.
    pub fn last_run_id(&self) -> anyhow::Result<Option<i64>> {
        Ok(self.conn.query_row("SELECT MAX(id) FROM runs", [], |r| r.get(0))?)
    }

    /// The fingerprints of the site's last complete run up to run `up_to`
    /// (`--fail-on new`'s baseline), `None` when there is none.
    pub fn baseline_fingerprints(&self, site_root: &str, up_to: i64) -> anyhow::Result<Option<Vec<String>>> {
        use rusqlite::OptionalExtension;
        let run: Option<i64> = self
            .conn
            .query_row(
                "SELECT id FROM runs WHERE site_root = ?1 AND truncated = 0 AND id <= ?2 ORDER BY id DESC LIMIT 1",
                params![site_root, up_to],
                |r| r.get(0),
            )
            .optional()?;
        match run {
            Some(run) => Ok(Some(self.findings(run)?.into_iter().map(|f| f.fingerprint).collect())),
            None => Ok(None),
        }
    }

    /// Keeps `mark` (its `site` is the site's root), replacing the site's
    /// earlier mark on the same fingerprint.
    pub fn put_mark(&self, mark: &Mark) -> anyhow::Result<()> {
        let site = mark.site.as_deref().context("a stored mark names its site")?;
        self.conn.execute(
            "INSERT OR REPLACE INTO reviews (site_root, fingerprint, kind, reviewer, reason, marked, until, check_id, page)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                site,
                mark.fingerprint,
                mark.kind.as_str(),
                mark.reviewer,
                mark.reason,
                mark.marked,
                mark.until,
                mark.check,
                mark.page
            ],
        )?;
        Ok(())
    }

    /// Removes the marks on `fingerprint` (of `site`'s root or name when
    /// given); returns how many there were.
    pub fn remove_mark(&self, fingerprint: &str, site: Option<&str>) -> anyhow::Result<usize> {
        let marks = self.marks(site)?;
        let mut removed = 0;
        for m in marks.iter().filter(|m| m.fingerprint == fingerprint) {
            removed += self.conn.execute(
                "DELETE FROM reviews WHERE site_root = ?1 AND fingerprint = ?2",
                params![m.site, m.fingerprint],
            )?;
        }
        Ok(removed)
    }

    /// The marks, of every site or of `site` (its exact root, or the name of
    /// its runs), in site and fingerprint order.
    pub fn marks(&self, site: Option<&str>) -> anyhow::Result<Vec<Mark>> {
        let roots: Option<Vec<String>> = match site {
            Some(s) => {
                let mut q = self.conn.prepare(
                    "SELECT DISTINCT site_root FROM runs WHERE site_root = ?1 OR site_name = ?1
                     UNION SELECT ?1",
                )?;
                let roots = q.query_map([s], |r| r.get(0))?.collect::<Result<Vec<String>, _>>()?;
                Some(roots)
            }
            None => None,
        };
        let mut query = self.conn.prepare(
            "SELECT site_root, fingerprint, kind, reviewer, reason, marked, until, check_id, page
             FROM reviews ORDER BY site_root, fingerprint",
        )?;
        let rows = query.query_map([], |r| {
            let kind: String = r.get(2)?;
            let kind = ReviewKind::parse(&kind)
                .ok_or_else(|| rusqlite::Error::InvalidColumnType(2, kind, rusqlite::types::Type::Text))?;
            Ok(Mark {
                site: Some(r.get(0)?),
                fingerprint: r.get(1)?,
                kind,
                reviewer: r.get(3)?,
                reason: r.get(4)?,
                marked: r.get(5)?,
                until: r.get(6)?,
                check: r.get(7)?,
                page: r.get(8)?,
            })
        })?;
        let marks = rows.collect::<Result<Vec<_>, _>>().context("reviews")?;
        Ok(match roots {
            Some(roots) => {
                marks.into_iter().filter(|m| m.site.as_ref().is_some_and(|s| roots.contains(s))).collect()
            }
            None => marks,
        })
    }
}

#[cfg(test)]
mod tests {
    use checks::{Finding, Severity, SiteAudit};

    use super::*;
    use crate::i18n::Lang;

    fn site(root: &str) -> SiteAudit {
        let f =
            Finding { page: Some(format!("{root}a.html")), ..Finding::new("link.dead", Severity::Deduction) };
        SiteAudit { name: "复核县".into(), root: root.into(), findings: vec![f], ..SiteAudit::default() }
    }

    fn mark(print: &str, site: &str) -> Mark {
        Mark {
            fingerprint: print.into(),
            kind: ReviewKind::Known,
            reviewer: "王审".into(),
            reason: String::new(),
            marked: "2026-11-01".into(),
            until: Some("2026-12-31".into()),
            site: Some(site.into()),
            check: None,
            page: None,
        }
    }

    #[test]
    fn a_fingerprint_is_found_in_new_and_old_rows_and_marks_are_kept_per_site() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("g.db"), Lang::Zh).unwrap();
        let (a, b) = (site("http://a/"), site("http://b/"));
        store.save(&a, "2026-11-26", "", "").unwrap();
        store.save(&b, "2026-11-26", "", "").unwrap();
        let print = a.findings[0].fingerprint();
        let found = store.find_fingerprint(&print, None).unwrap();
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].site_root.as_str(), found[0].check.as_str()), ("http://a/", "link.dead"));
        assert!(store.find_fingerprint(&print, Some("http://b/")).unwrap().is_empty());
        // A run stored before findings had fingerprints: found by its key.
        store.conn.execute("UPDATE findings SET fingerprint = NULL", []).unwrap();
        assert_eq!(store.find_fingerprint(&print, Some("复核县")).unwrap(), found);

        store.put_mark(&mark(&print, "http://a/")).unwrap();
        store.put_mark(&Mark { reviewer: "李核".into(), ..mark(&print, "http://a/") }).unwrap();
        store.put_mark(&mark(&print, "http://b/")).unwrap();
        let marks = store.marks(Some("http://a/")).unwrap();
        assert_eq!(marks.len(), 1, "one mark a site and fingerprint, the last kept");
        assert_eq!(marks[0].reviewer, "李核");
        assert_eq!(store.marks(None).unwrap().len(), 2);
        assert_eq!(store.remove_mark(&print, Some("http://b/")).unwrap(), 1);
        assert_eq!(store.marks(None).unwrap().len(), 1);
        assert_eq!(store.remove_mark(&print, Some("http://b/")).unwrap(), 0);
    }
}
