//! `govaudit.sarif`: the findings as SARIF 2.1.0, the format code-scanning
//! services read (GitHub code scanning, GitLab, Azure DevOps, the VS Code
//! SARIF viewer). One run; one rule per check that has findings; one result
//! per finding, located at the page it was seen on.
//!
//! Pages have no source lines, so every region is line 1 of the page with the
//! evidence as its snippet: GitHub rejects or misplaces results without
//! `startLine`. Each result carries a fingerprint that does not change
//! between runs, so a service that de-duplicates alerts keeps one alert per
//! problem month after month.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;

use checks::audit::{Finding, Severity, SiteAudit};
use checks::scorecard::Score;
use checks::{Audit, Lang, registry};
use serde::Serialize;
use serde_json::Value;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";
const VERSION: &str = "2.1.0";
/// The key of the finding's fingerprint in `partialFingerprints`; the suffix
/// changes if what is hashed ever does, so old and new alerts are not
/// confused. v2: the one fingerprint of `checks::fingerprint`, which also
/// hashes the account and the column (v1 told two stale accounts apart by
/// nothing) and which `diff` and review marks share.
const FINGERPRINT_KEY: &str = "govaudit/v2";

/// Writes the SARIF log of `audit` to `out`, pretty-printed, with a final
/// newline.
pub fn write(audit: &Audit, lang: Lang, mut out: impl Write) -> Result<(), serde_json::Error> {
    serde_json::to_writer_pretty(&mut out, &log(audit, lang))?;
    out.write_all(b"\n").map_err(serde_json::Error::io)
}

/// The SARIF log as a string (for tests and small audits).
pub fn render(audit: &Audit, lang: Lang) -> Result<String, serde_json::Error> {
    let mut text = serde_json::to_string_pretty(&log(audit, lang))?;
    text.push('\n');
    Ok(text)
}

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run<'a>; 1],
}

#[derive(Serialize)]
struct Run<'a> {
    tool: Tool,
    /// The language of the messages and rule texts.
    language: &'static str,
    results: Vec<SarifResult<'a>>,
    properties: RunProperties<'a>,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
struct Driver {
    name: &'static str,
    version: &'static str,
    rules: Vec<Rule>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule {
    id: String,
    name: String,
    short_description: Text,
    full_description: Text,
    help: Text,
    default_configuration: Configuration,
    properties: RuleProperties,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
struct RuleProperties {
    severity: &'static str,
    tags: Vec<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'a str,
    rule_index: usize,
    level: &'static str,
    message: Text,
    locations: [Location<'a>; 1],
    partial_fingerprints: BTreeMap<&'static str, String>,
    /// A reviewer's mark that holds (误报, 核减, 已知): SARIF's way to say a
    /// result was looked at and is not to be acted on; absent otherwise.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    suppressions: Vec<Suppression>,
    properties: BTreeMap<&'static str, Value>,
}

#[derive(Serialize)]
struct Suppression {
    /// Decided outside the analysed pages (in the review database or file).
    kind: &'static str,
    justification: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location<'a> {
    physical_location: PhysicalLocation<'a>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    logical_locations: Vec<LogicalLocation<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation<'a> {
    artifact_location: ArtifactLocation<'a>,
    region: Region<'a>,
}

#[derive(Serialize)]
struct ArtifactLocation<'a> {
    uri: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region<'a> {
    start_line: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    snippet: Option<Snippet<'a>>,
}

#[derive(Serialize)]
struct Snippet<'a> {
    text: &'a str,
}

/// The element a finding is about, by its CSS path.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct LogicalLocation<'a> {
    fully_qualified_name: &'a str,
    kind: &'static str,
}

#[derive(Serialize)]
struct RunProperties<'a> {
    as_of: &'a str,
    sites: Vec<SiteProperties<'a>>,
}

#[derive(Serialize)]
struct SiteProperties<'a> {
    name: &'a str,
    root: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    score: Option<ScoreSummary<'a>>,
}

#[derive(Serialize)]
struct ScoreSummary<'a> {
    total: f64,
    scale: f64,
    grade: &'a str,
    grade_label: &'a str,
    passed: bool,
    vetoed: bool,
}

fn log(audit: &Audit, lang: Lang) -> Log<'_> {
    let checks = checks_found(audit);
    let rules = checks.iter().map(|(id, severity)| rule(id, *severity, lang)).collect();
    let index: BTreeMap<&str, usize> = checks.keys().enumerate().map(|(i, id)| (*id, i)).collect();
    let results = audit
        .sites
        .iter()
        .flat_map(|site| site.findings.iter().map(move |f| (site, f)))
        .map(|(site, f)| result(site, f, index.get(f.check.as_str()).copied().unwrap_or_default(), lang))
        .collect();
    let run = Run {
        tool: Tool { driver: Driver { name: audit.tool.name, version: audit.tool.version, rules } },
        // The log's language tag, an identifier rather than a word.
        language: match lang {
            Lang::Zh => "zh-CN",
            Lang::En => "en-US",
        },
        results,
        properties: RunProperties {
            as_of: &audit.as_of,
            sites: audit.sites.iter().map(site_properties).collect(),
        },
    };
    Log { schema: SCHEMA, version: VERSION, runs: [run] }
}

/// The checks that have findings, by id, with their severity. Only these get
/// a rule: listing all sixty-odd registered checks would repeat their docs
/// in every file for rules that matched nothing, and a viewer lists rules
/// as if each had results.
fn checks_found(audit: &Audit) -> BTreeMap<&str, Severity> {
    let found: BTreeSet<(&str, Severity)> =
        audit.sites.iter().flat_map(|s| &s.findings).map(|f| (f.check.as_str(), f.severity)).collect();
    let mut checks = BTreeMap::new();
    for (id, severity) in found {
        checks.entry(id).or_insert(severity);
    }
    checks
}

/// A registered check's rule; a check the registry does not know (a report
/// from a newer version) still gets one, named by its id.
fn rule(id: &str, found: Severity, lang: Lang) -> Rule {
    let info = registry::find(id);
    let title = info.map_or(id, |c| c.title(lang));
    let docs = info.map_or(title, |c| c.docs(lang));
    let severity = info.map_or(found, |c| c.severity);
    let area = id.split_once('.').map_or(id, |(area, _)| area);
    Rule {
        id: id.to_owned(),
        name: pascal_case(id),
        short_description: Text { text: title.to_owned() },
        full_description: Text { text: docs.to_owned() },
        help: Text { text: docs.to_owned() },
        default_configuration: Configuration { level: level(severity) },
        properties: RuleProperties {
            severity: severity.as_str(),
            tags: vec!["govaudit".to_owned(), area.to_owned()],
        },
    }
}

/// SARIF's rule `name` is an identifier: `a11y.image-alt` → `A11yImageAlt`.
fn pascal_case(id: &str) -> String {
    id.split(|c: char| !c.is_ascii_alphanumeric())
        .flat_map(|word| {
            let mut chars = word.chars();
            chars.next().map(|first| first.to_ascii_uppercase()).into_iter().chain(chars)
        })
        .collect()
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Veto => "error",
        Severity::Deduction => "warning",
        Severity::Notice => "note",
    }
}

fn result<'a>(site: &'a SiteAudit, f: &'a Finding, rule_index: usize, lang: Lang) -> SarifResult<'a> {
    let text = if f.detail.is_empty() {
        registry::find(&f.check).map_or(f.check.clone(), |c| c.title(lang).to_owned())
    } else {
        f.detail.clone()
    };
    SarifResult {
        rule_id: &f.check,
        rule_index,
        level: level(f.severity),
        message: Text { text },
        locations: [location(site, f)],
        partial_fingerprints: BTreeMap::from([(
            FINGERPRINT_KEY,
            f.fingerprint.clone().unwrap_or_else(|| f.fingerprint()),
        )]),
        suppressions: f
            .review
            .iter()
            .filter(|r| r.active())
            .map(|r| Suppression {
                kind: "external",
                justification: format!("{} · {} · {}", r.kind.as_str(), r.reviewer, r.reason),
            })
            .collect(),
        properties: properties(site, f),
    }
}

/// The page it was seen on; else what it is about (an account, the site
/// that could not be reached); else the site.
fn location<'a>(site: &'a SiteAudit, f: &'a Finding) -> Location<'a> {
    let uri = f.page.as_deref().or(f.target.as_deref()).unwrap_or(&site.root);
    let snippet = (!f.evidence.is_empty()).then_some(Snippet { text: &f.evidence });
    Location {
        physical_location: PhysicalLocation {
            artifact_location: ArtifactLocation { uri },
            region: Region { start_line: 1, snippet },
        },
        logical_locations: f
            .selector
            .iter()
            .map(|s| LogicalLocation { fully_qualified_name: s, kind: "element" })
            .collect(),
    }
}

/// The finding's own fields that SARIF has no place for, those present only.
fn properties(site: &SiteAudit, f: &Finding) -> BTreeMap<&'static str, Value> {
    let text = |v: &Option<String>| v.as_ref().map(|s| Value::from(s.as_str()));
    let fields = [
        ("site", Some(Value::from(site.name.as_str()))),
        ("severity", Some(Value::from(f.severity.as_str()))),
        ("target", text(&f.target)),
        ("status", f.status.map(Value::from)),
        ("error", text(&f.error)),
        ("element", text(&f.element)),
        ("on_homepage", f.on_homepage.map(Value::from)),
        ("internal", f.internal.map(Value::from)),
        ("column", text(&f.column)),
        ("account", text(&f.account)),
        ("platform", text(&f.platform)),
        ("rule", text(&f.rule)),
        ("mark", text(&f.mark)),
    ];
    fields.into_iter().filter_map(|(key, value)| value.map(|v| (key, v))).collect()
}

fn site_properties(site: &SiteAudit) -> SiteProperties<'_> {
    SiteProperties { name: &site.name, root: &site.root, score: site.score.as_ref().map(score_summary) }
}

fn score_summary(score: &Score) -> ScoreSummary<'_> {
    ScoreSummary {
        total: score.total,
        scale: score.scale,
        grade: &score.grade,
        grade_label: &score.grade_label,
        passed: score.passed,
        vetoed: score.vetoed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_names_are_identifiers() {
        assert_eq!(pascal_case("a11y.image-alt"), "A11yImageAlt");
        assert_eq!(pascal_case("link.dead"), "LinkDead");
    }
}
