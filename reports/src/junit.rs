//! `junit.xml`: the scorecard as JUnit test results, so that a CI server
//! (GitLab, Jenkins, Azure) shows a site's vetoes and indicators as tests
//! next to the build. One `<testsuite>` per site; one test case per veto and
//! per indicator: failed when a veto fired or an indicator lost points,
//! skipped when this audit could not assess it.
//!
//! The output holds no clock or host: the same audit gives the same bytes.
//! XML escaping is `quick-junit`'s; this module only removes the two
//! characters it lets through that XML 1.0 forbids.

use std::io::Write;

use checks::audit::{Finding, SiteAudit};
use checks::scorecard::{IndicatorScore, VetoResult, VetoStatus};
use checks::{Audit, Lang};
use quick_junit::{NonSuccessKind, Property, Report, SerializeError, TestCase, TestCaseStatus, TestSuite};

use crate::markdown::points;

/// Findings listed in one failure's text; the rest are counted. CI pages
/// show the text inline, and report.json has them all.
const MAX_LISTED: usize = 20;

/// Writes the JUnit report of `audit` to `out`.
pub fn write(audit: &Audit, lang: Lang, out: impl Write) -> Result<(), SerializeError> {
    report(audit, lang).serialize(out)
}

/// The JUnit report as a string (for tests and small audits).
pub fn render(audit: &Audit, lang: Lang) -> Result<String, SerializeError> {
    report(audit, lang).to_string()
}

fn report(audit: &Audit, lang: Lang) -> Report {
    let mut report = Report::new("govaudit");
    report.add_test_suites(audit.sites.iter().map(|site| suite(site, lang)));
    report
}

fn suite(site: &SiteAudit, lang: Lang) -> TestSuite {
    let mut suite = TestSuite::new(attr(&site.name));
    suite.add_property(Property::new("root", attr(&site.root)));
    // The accounts' vetoes are cases too, whether or not the site was
    // scored (an --accounts-only run scores only them).
    let media_vetoes = site.new_media.iter().flat_map(|m| &m.vetoes);
    suite.add_test_cases(media_vetoes.map(|v| veto_case(v, &site.findings, lang)));
    let Some(score) = &site.score else {
        suite.add_test_case(not_scored(lang));
        return suite;
    };
    suite.add_properties(
        [
            ("rubric", attr(&score.rubric)),
            ("total", points(score.total)),
            ("scale", points(score.scale)),
            ("grade", attr(&score.grade)),
            ("passed", score.passed.to_string()),
            ("vetoed", score.vetoed.to_string()),
        ]
        .map(|(name, value)| Property::new(name, value)),
    );
    suite.add_test_cases(score.vetoes.iter().map(|v| veto_case(v, &site.findings, lang)));
    suite.add_test_cases(score.indicators.iter().map(|i| indicator_case(i, &site.findings, lang)));
    suite
}

/// A site without a scorecard still gets a suite, with one skipped case
/// that says so: an empty suite would read as "nothing wrong".
fn not_scored(lang: Lang) -> TestCase {
    let mut status = TestCaseStatus::skipped();
    status.set_message(lang.word("junit-not-scored"));
    let mut case = TestCase::new("score", status);
    case.set_classname("govaudit.score");
    case
}

fn veto_case(veto: &VetoResult, findings: &[Finding], lang: Lang) -> TestCase {
    let status = match veto.status {
        VetoStatus::Fired => {
            let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
            status.set_message(
                lang.word_with("junit-veto-fired", &[("evidence", attr(&veto.evidence).into())]),
            );
            status.set_type("veto");
            status.set_description(listing(&veto.id, findings, lang));
            status
        }
        VetoStatus::NotAssessed => skipped(&veto.evidence),
        VetoStatus::Clear => TestCaseStatus::success(),
    };
    let mut case = TestCase::new(attr(&format!("{} {}", veto.id, veto.title)), status);
    case.set_classname("govaudit.veto");
    case
}

fn indicator_case(indicator: &IndicatorScore, findings: &[Finding], lang: Lang) -> TestCase {
    let status = if indicator.excluded {
        skipped(&lang.word("junit-excluded"))
    } else if !indicator.assessed {
        skipped(&lang.word("junit-not-measured"))
    } else if indicator.lost > 0.0 {
        let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
        status.set_message(lost_message(indicator, lang));
        status.set_type("deduction");
        status.set_description(listing(&indicator.id, findings, lang));
        status
    } else {
        TestCaseStatus::success()
    };
    let name = attr(&format!("{} {}", indicator.id, indicator.title));
    let mut case = TestCase::new(name, status);
    case.set_classname(attr(&format!("govaudit.indicator.{}", indicator.index)));
    case
}

fn skipped(reason: &str) -> TestCaseStatus {
    let mut status = TestCaseStatus::skipped();
    status.set_message(attr(reason));
    status
}

/// `扣 3 分 / 3 分（未封顶 4.2），42 个问题`
fn lost_message(i: &IndicatorScore, lang: Lang) -> String {
    let (lost, weight, count) = (points(i.lost), points(i.weight), i.findings);
    let capped = if i.uncapped > i.lost {
        lang.word_with("junit-uncapped", &[("uncapped", points(i.uncapped).into())])
    } else {
        String::new()
    };
    lang.word_with(
        "junit-lost",
        &[
            ("lost", lost.into()),
            ("weight", weight.into()),
            ("capped", capped.into()),
            ("count", count.into()),
        ],
    )
}

/// The failure's text: the findings counted under `rule`, one per line, at
/// most [`MAX_LISTED`].
fn listing(rule: &str, findings: &[Finding], lang: Lang) -> String {
    let counted: Vec<&Finding> = findings.iter().filter(|f| f.rule.as_deref() == Some(rule)).collect();
    let mut lines: Vec<String> = counted.iter().take(MAX_LISTED).map(|f| finding_line(f)).collect();
    if counted.len() > MAX_LISTED {
        let more = counted.len() - MAX_LISTED;
        lines.push(lang.word_with("junit-more", &[("more", more.into())]));
    }
    lines.join("\n")
}

/// `page — target — detail`, leaving out what the finding does not have.
fn finding_line(f: &Finding) -> String {
    let parts = [f.page.as_deref(), f.target.as_deref(), Some(f.detail.as_str())];
    let parts: Vec<String> = parts.into_iter().flatten().filter(|p| !p.is_empty()).map(attr).collect();
    parts.join(" — ")
}

/// Text for one line of XML: whitespace runs (newlines included) become a
/// space, since parsers turn a newline in an attribute into a space anyway,
/// and the noncharacters U+FFFE and U+FFFF, which XML 1.0 forbids and
/// `quick-junit` does not remove, are dropped. (It removes the C0 controls.)
fn attr(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.join(" ").chars().filter(|c| !matches!(c, '\u{FFFE}' | '\u{FFFF}')).collect()
}
