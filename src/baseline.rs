//! The baseline of `--fail-on new`: what a site's findings are compared
//! with, so that CI on a site's repository gates on what a change broke,
//! not on last year's debt. Either a previous `report.json`
//! (`--baseline FILE`) or the site's last complete run in the history
//! database as it was before this audit stored its own. Findings are
//! matched by fingerprint, counted (three of one fingerprint before and
//! four now is one new).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::Context;
use checks::{Finding, Severity, SiteAudit};
use serde_json::Value;

use crate::i18n::Lang;
use crate::output::printable;

/// Largest baseline read: a 20,000-page portal's report.json is about 20 MB;
/// parsed into JSON values it takes several times that in memory.
const MAX_BYTES: u64 = 256 << 20;

#[derive(Clone, Debug, Default)]
pub struct Baseline {
    /// `--baseline FILE`: the fingerprints of each site's findings, by root.
    report: Option<BTreeMap<String, Vec<String>>>,
    /// The database, and its last run before this audit.
    db: Option<(PathBuf, i64)>,
}

impl Baseline {
    /// The findings of a previous `report.json`; a file that is not one is
    /// one error line (exit 2).
    pub fn from_report(path: &Path, lang: Lang) -> anyhow::Result<Baseline> {
        let shown = path.display().to_string();
        let bad = |reason: String| {
            anyhow::anyhow!(lang.word_with(
                "gate-baseline-invalid",
                &[("path", shown.as_str().into()), ("reason", reason.into())]
            ))
        };
        let cannot = || lang.word_with("gate-baseline-cannot-read", &[("path", shown.as_str().into())]);
        let Some(text) = crate::small_file::read_capped_text(path, MAX_BYTES).with_context(cannot)? else {
            return Err(bad("> 256 MiB".into()));
        };
        let json: Value =
            serde_json::from_str(text.trim_start_matches('\u{feff}')).map_err(|e| bad(e.to_string()))?;
        let sites = json.get("sites").and_then(Value::as_array).ok_or_else(|| bad("sites".into()))?;
        let mut report = BTreeMap::new();
        for site in sites {
            let root = site.get("root").and_then(Value::as_str).ok_or_else(|| bad("sites[].root".into()))?;
            let findings = site
                .get("findings")
                .and_then(Value::as_array)
                .ok_or_else(|| bad("sites[].findings".into()))?;
            let prints = findings.iter().map(fingerprint_of_json).collect::<Option<Vec<_>>>();
            let prints = prints.ok_or_else(|| bad("sites[].findings[].check".into()))?;
            report.insert(root.to_owned(), prints);
        }
        Ok(Baseline { report: Some(report), db: None })
    }

    /// Remembers the database's last run before this audit (when there is
    /// no `--baseline` file and the database exists). A database that
    /// cannot be read is the run's one warning about it, and no baseline.
    pub fn remember_db(&mut self, db: Option<&Path>, lang: Lang) {
        if self.report.is_some() {
            return;
        }
        if let Some(db) = db.filter(|db| db.is_file()) {
            match crate::store::Store::open(db, lang).and_then(|store| store.last_run_id()) {
                Ok(last) => self.db = last.map(|id| (db.to_owned(), id)),
                Err(e) => crate::pipeline::warn_db(&e, lang),
            }
        }
    }

    /// The fingerprints the site had, `None` without a baseline for it.
    fn prints(&self, site: &SiteAudit, lang: Lang) -> anyhow::Result<Option<Vec<String>>> {
        if let Some(report) = &self.report {
            return Ok(report.get(&site.root).cloned());
        }
        match &self.db {
            Some((db, up_to)) => {
                crate::store::Store::open(db, lang)?.baseline_fingerprints(&site.root, *up_to)
            }
            None => Ok(None),
        }
    }

    /// The line of a failed `--fail-on new`: a veto or a deduction not in
    /// the baseline. Without a baseline for the site, one line says so and
    /// every one counts as new (a first run in CI has nothing to compare
    /// with; it should not pass for that).
    pub fn failure(&self, site: &SiteAudit, lang: Lang) -> Option<String> {
        let prints = match self.prints(site, lang) {
            Ok(prints) => prints,
            Err(e) => {
                crate::pipeline::warn_db(&e, lang);
                None
            }
        };
        let prints = prints.unwrap_or_else(|| {
            eprintln!("{}", lang.word_with("gate-no-baseline", &[("site", printable(&site.name).into())]));
            Vec::new()
        });
        let new = new_findings(&site.findings, &prints);
        let first = new.first()?;
        let place = first.page.as_deref().or(first.target.as_deref()).unwrap_or(&site.root);
        Some(lang.word_with(
            "gate-failed-new",
            &[
                ("site", site.name.as_str().into()),
                ("count", new.len().into()),
                ("check", first.check.as_str().into()),
                ("first", place.into()),
            ],
        ))
    }
}

/// The vetoes and deductions not in `before`, matched by fingerprint and
/// counted; reviewed findings and notices (which cost nothing) never are.
pub fn new_findings<'a>(findings: &'a [Finding], before: &[String]) -> Vec<&'a Finding> {
    let mut left: BTreeMap<&str, usize> = BTreeMap::new();
    for p in before {
        *left.entry(p.as_str()).or_default() += 1;
    }
    let mut new = Vec::new();
    for f in findings.iter().filter(|f| !f.reviewed() && f.severity != Severity::Notice) {
        let print = f.fingerprint.clone().unwrap_or_else(|| f.fingerprint());
        match left.get_mut(print.as_str()) {
            Some(n) if *n > 0 => *n -= 1,
            _ => new.push(f),
        }
    }
    new
}

/// A report.json finding's fingerprint: as written, or (a report from
/// before fingerprints were written) worked out from its fields.
fn fingerprint_of_json(f: &Value) -> Option<String> {
    if let Some(print) = f.get("fingerprint").and_then(Value::as_str) {
        return Some(print.to_owned());
    }
    let field = |name: &str| f.get(name).and_then(Value::as_str);
    let check = field("check")?;
    let parts = [
        Some(check),
        field("page"),
        field("target"),
        field("selector"),
        field("mark"),
        field("account"),
        field("column"),
    ];
    Some(checks::fingerprint::of_parts(&parts))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dead(page: &str) -> Finding {
        Finding { page: Some(page.into()), ..Finding::new("link.dead", Severity::Deduction) }
    }

    #[test]
    fn new_means_not_in_the_baseline_counted_by_fingerprint() {
        let findings = [dead("http://h/a"), dead("http://h/a"), dead("http://h/b")];
        let before = vec![dead("http://h/a").fingerprint()];
        let new = new_findings(&findings, &before);
        let pages: Vec<_> = new.iter().map(|f| f.page.as_deref().unwrap_or_default()).collect();
        assert_eq!(pages, ["http://h/a", "http://h/b"], "one of the two on /a was there before");
        assert!(new_findings(&findings[..1], &before).is_empty());
        let notice = Finding { severity: Severity::Notice, ..dead("http://h/c") };
        assert!(new_findings(&[notice], &[]).is_empty(), "notices cost nothing and fail nothing");
    }

    #[test]
    fn a_report_without_fingerprints_is_matched_by_its_fields() {
        let f = Finding { column: Some("通知公告".into()), ..dead("http://h/a") };
        let json = serde_json::json!({"check": "link.dead", "page": "http://h/a", "column": "通知公告", "detail": "x"});
        assert_eq!(fingerprint_of_json(&json), Some(f.fingerprint()));
    }

    #[test]
    fn a_bad_baseline_is_one_error_naming_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.json");
        std::fs::write(&path, "{\"schema\": \"govaudit/1\"}").unwrap();
        let e = Baseline::from_report(&path, Lang::En).unwrap_err().to_string();
        assert!(e.contains("report.json") && e.contains("sites"), "{e}");
        std::fs::write(&path, "not json").unwrap();
        assert!(Baseline::from_report(&path, Lang::En).is_err());
        let e = Baseline::from_report(&dir.path().join("missing.json"), Lang::En).unwrap_err();
        assert!(format!("{e:#}").contains("missing.json"), "{e:#}");
    }
}
