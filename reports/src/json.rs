//! `report.json`, schema `govaudit/1` (`docs/report-json.md`):
//! the audit serialised as it is, since its types are shaped on the contract.

use std::io::Write;

use checks::Audit;

/// Writes the report as pretty-printed JSON with a final newline. It goes
/// straight to `out`: a portal with template faults on every page has a
/// report of hundreds of megabytes, which need not sit in memory too.
pub fn write(audit: &Audit, mut out: impl Write) -> Result<(), serde_json::Error> {
    serde_json::to_writer_pretty(&mut out, audit)?;
    out.write_all(b"\n").map_err(serde_json::Error::io)
}

/// The report as bytes (for tests and small audits).
pub fn render(audit: &Audit) -> Result<Vec<u8>, serde_json::Error> {
    let mut out = Vec::new();
    write(audit, &mut out)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use checks::audit::{SCHEMA, SiteAudit, Tool};
    use checks::{Finding, Severity, Stats};

    fn audit() -> Audit {
        let dead = Finding {
            page: Some("http://h/".into()),
            target: Some("http://h/missing.jpg".into()),
            detail: "站内链接无法打开（HTTP 404）".into(),
            evidence: "HTTP 404".into(),
            status: Some(404),
            element: Some("img".into()),
            on_homepage: Some(true),
            internal: Some(true),
            ..Finding::new("link.dead", Severity::Deduction)
        };
        let unreachable =
            Finding { target: Some("http://h/".into()), ..Finding::new("site.unreachable", Severity::Veto) };
        Audit {
            schema: SCHEMA,
            tool: Tool { name: "govaudit", version: "0.1.0" },
            as_of: "2026-11-26".into(),
            started_at: "2026-11-26T09:00:00+08:00".into(),
            finished_at: "2026-11-26T09:03:12+08:00".into(),
            sites: vec![SiteAudit {
                name: "清溪县人民政府".into(),
                root: "http://h/".into(),
                stats: Stats { pages: 1, ..Stats::default() },
                findings: vec![dead, unreachable],
                ..SiteAudit::default()
            }],
        }
    }

    #[test]
    fn follows_the_contract_shape() {
        let json: serde_json::Value = serde_json::from_slice(&render(&audit()).unwrap()).unwrap();
        assert_eq!(json["schema"], "govaudit/1");
        let site = &json["sites"][0];
        for key in ["pages", "links_checked", "requests", "bytes", "duration_ms", "errors", "truncated"] {
            assert!(site["stats"].get(key).is_some(), "stats.{key}");
        }
        assert!(site["score"].is_null());
        let dead = &site["findings"][0];
        assert_eq!(dead["check"], "link.dead");
        assert_eq!(dead["severity"], "deduction");
        assert_eq!(dead["status"], 404);
        assert_eq!(dead["on_homepage"], true);
        assert!(dead.get("error").is_none(), "fields that do not apply are left out");
        // `page` is present as null when a finding is not page-bound.
        let unreachable = &site["findings"][1];
        assert!(unreachable.get("page").is_some_and(serde_json::Value::is_null));
        assert_eq!(unreachable["severity"], "veto");
    }
}
