//! Review (复核): what a person decided about a finding, by its
//! [fingerprint](crate::fingerprint) — a false alarm (误报), a deduction
//! withdrawn after review (核减, which must name the reviewer and the
//! reason), or a known problem accepted until a date (已知).
//!
//! A finding under an active mark stays in every report, marked, but costs
//! no points, counts toward no veto or indicator and fails no gate. A known
//! mark past its date comes back as open. A mark whose finding this run did
//! not find is reported as resolved. Pure types and one pure function,
//! [`apply`]; the binary stores the marks and reads `review.toml`.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::check::Finding;
use crate::lang::Lang;

/// What the reviewer decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ReviewKind {
    /// 误报: the check was wrong; there is no problem.
    FalseAlarm,
    /// 核减: the deduction is withdrawn after review (an evaluator's
    /// decision, defended by the reviewer's name and reason).
    Withdrawn,
    /// 已知: a real problem, accepted until a date.
    Known,
}

impl ReviewKind {
    pub const ALL: [ReviewKind; 3] = [ReviewKind::FalseAlarm, ReviewKind::Withdrawn, ReviewKind::Known];

    /// The id in `report.json` and `review.toml`.
    pub fn as_str(self) -> &'static str {
        match self {
            ReviewKind::FalseAlarm => "false_alarm",
            ReviewKind::Withdrawn => "withdrawn",
            ReviewKind::Known => "known",
        }
    }

    /// The id as written, `false-alarm` on a command line or `false_alarm`.
    pub fn parse(text: &str) -> Option<ReviewKind> {
        let text = text.trim().replace('-', "_");
        ReviewKind::ALL.into_iter().find(|k| k.as_str() == text)
    }

    /// Its name for people (误报, 核减, 已知), from `model.ftl`.
    pub fn name(self, lang: Lang) -> String {
        match self {
            ReviewKind::FalseAlarm => lang.word("review-kind-false-alarm"),
            ReviewKind::Withdrawn => lang.word("review-kind-withdrawn"),
            ReviewKind::Known => lang.word("review-kind-known"),
        }
    }
}

/// One mark, as the database and `review.toml` keep it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Mark {
    pub fingerprint: String,
    pub kind: ReviewKind,
    /// Who decided.
    pub reviewer: String,
    /// Why; required for a withdrawal.
    #[serde(default)]
    pub reason: String,
    /// The day it was marked, `YYYY-MM-DD`.
    pub marked: String,
    /// The last day a known problem is accepted, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
    /// The site's root address; in `review.toml` a mark without one applies
    /// to whichever site is audited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site: Option<String>,
    /// The finding's check and page, so a person reading the file knows
    /// what the fingerprint stands for; not used to match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<String>,
}

/// Why a mark cannot be kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MarkError {
    /// Not 16 hex digits.
    Fingerprint,
    /// A withdrawal (核减) without its reason.
    WithdrawnWithoutReason,
    /// A mark naming nobody.
    NoReviewer,
    /// A known problem (已知) without the day it is accepted until.
    KnownWithoutUntil,
    /// `until` on a mark that is not `known`.
    UntilNotKnown,
    /// A day not written `YYYY-MM-DD`: which field.
    Day(&'static str),
}

impl MarkError {
    /// What is wrong, in words (`model.ftl`).
    pub fn message(&self, lang: Lang) -> String {
        match self {
            MarkError::Fingerprint => lang.word("review-error-fingerprint"),
            MarkError::WithdrawnWithoutReason => lang.word("review-error-withdrawn-reason"),
            MarkError::NoReviewer => lang.word("review-error-reviewer"),
            MarkError::KnownWithoutUntil => lang.word("review-error-known-until"),
            MarkError::UntilNotKnown => lang.word("review-error-until-not-known"),
            MarkError::Day(field) => lang.word_with("review-error-day", &[("field", (*field).into())]),
        }
    }
}

impl Mark {
    /// Checks what the kind requires: a reviewer always, a reason for a
    /// withdrawal, a date for a known problem (and only for it).
    pub fn validate(&self) -> Result<(), MarkError> {
        if !crate::fingerprint::is_well_formed(&self.fingerprint) {
            return Err(MarkError::Fingerprint);
        }
        if self.reviewer.trim().is_empty() {
            return Err(MarkError::NoReviewer);
        }
        if self.kind == ReviewKind::Withdrawn && self.reason.trim().is_empty() {
            return Err(MarkError::WithdrawnWithoutReason);
        }
        match (&self.until, self.kind) {
            (None, ReviewKind::Known) => return Err(MarkError::KnownWithoutUntil),
            (Some(_), k) if k != ReviewKind::Known => return Err(MarkError::UntilNotKnown),
            _ => {}
        }
        if !is_day(&self.marked) {
            return Err(MarkError::Day("marked"));
        }
        if self.until.as_deref().is_some_and(|d| !is_day(d)) {
            return Err(MarkError::Day("until"));
        }
        Ok(())
    }

    /// Past its date on `as_of` (a known problem accepted until the day
    /// before): it comes back as open.
    pub fn expired(&self, as_of: &str) -> bool {
        self.until.as_deref().is_some_and(|until| as_of > until)
    }
}

/// `YYYY-MM-DD`, a real calendar day.
pub fn is_day(text: &str) -> bool {
    text.len() == 10 && chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").is_ok()
}

/// Whether a mark still holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ReviewState {
    /// The finding costs nothing.
    Active,
    /// A known problem past its date: counted again.
    Expired,
}

/// A finding's mark, as `report.json` shows it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, JsonSchema)]
pub struct Review {
    pub kind: ReviewKind,
    pub state: ReviewState,
    pub reviewer: String,
    pub reason: String,
    /// The day it was marked.
    pub marked: String,
    /// A known problem's last accepted day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
}

impl Review {
    /// The finding costs no points, counts toward no veto and fails no gate.
    pub fn active(&self) -> bool {
        self.state == ReviewState::Active
    }
}

impl Finding {
    /// Under a mark that holds: scoring and the gates leave it out.
    pub fn reviewed(&self) -> bool {
        self.review.as_ref().is_some_and(Review::active)
    }
}

/// What review did to a site this run (`report.json`'s site `review`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct ReviewSummary {
    /// Findings whose deduction was withdrawn (核减).
    pub withdrawn: u64,
    /// The same, by reviewer.
    pub withdrawn_by: BTreeMap<String, u64>,
    /// Findings marked false alarms (误报).
    pub false_alarms: u64,
    /// Findings accepted as known (已知) and still within their date.
    pub known: u64,
    /// The earliest day a known mark lapses; `null` without one.
    pub known_until: Option<String>,
    /// Known marks past their date: their findings count again.
    pub expired: Vec<MarkRef>,
    /// Marks whose finding this run did not find: the problem is gone.
    pub resolved: Vec<MarkRef>,
}

impl ReviewSummary {
    /// `王审 3 条、李核 1 条`: the withdrawals by reviewer, in one phrase
    /// for every report; empty without any. Reviewer names are the
    /// reviewers' own text: each report makes the phrase safe for itself.
    pub fn withdrawn_by_phrase(&self, lang: Lang) -> String {
        let by: Vec<String> = self
            .withdrawn_by
            .iter()
            .map(|(who, n)| {
                lang.word_with(
                    "review-withdrawn-by-one",
                    &[("reviewer", who.as_str().into()), ("count", (*n).into())],
                )
            })
            .collect();
        by.join(&lang.word("review-separator"))
    }
}

/// A mark named in the summary.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, JsonSchema)]
pub struct MarkRef {
    pub fingerprint: String,
    pub kind: ReviewKind,
    pub reviewer: String,
    pub reason: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
    /// The check and page the mark was made on, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub check: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<String>,
}

impl MarkRef {
    fn of(mark: &Mark) -> MarkRef {
        MarkRef {
            fingerprint: mark.fingerprint.clone(),
            kind: mark.kind,
            reviewer: mark.reviewer.clone(),
            reason: mark.reason.clone(),
            until: mark.until.clone(),
            check: mark.check.clone(),
            page: mark.page.clone(),
        }
    }
}

/// Writes each finding's fingerprint, and its review when a mark names it;
/// returns what review did, `None` when there was no mark. One mark
/// covers every finding with its fingerprint; with two marks of one
/// fingerprint the later in `marks` wins.
pub fn apply(findings: &mut [Finding], marks: &[Mark], as_of: &str) -> Option<ReviewSummary> {
    let by_print: BTreeMap<&str, &Mark> = marks.iter().map(|m| (m.fingerprint.as_str(), m)).collect();
    let mut summary = ReviewSummary::default();
    let mut seen: BTreeMap<&str, bool> = by_print.keys().map(|k| (*k, false)).collect();
    for f in findings.iter_mut() {
        let print = f.fingerprint();
        if let Some(mark) = by_print.get(print.as_str()) {
            seen.insert(mark.fingerprint.as_str(), true);
            let expired = mark.expired(as_of);
            f.review = Some(Review {
                kind: mark.kind,
                state: if expired { ReviewState::Expired } else { ReviewState::Active },
                reviewer: mark.reviewer.clone(),
                reason: mark.reason.clone(),
                marked: mark.marked.clone(),
                until: mark.until.clone(),
            });
            if !expired {
                match mark.kind {
                    ReviewKind::Withdrawn => {
                        summary.withdrawn += 1;
                        *summary.withdrawn_by.entry(mark.reviewer.clone()).or_default() += 1;
                    }
                    ReviewKind::FalseAlarm => summary.false_alarms += 1,
                    ReviewKind::Known => {
                        summary.known += 1;
                        if summary.known_until.as_ref().is_none_or(|u| mark.until.as_ref() < Some(u)) {
                            summary.known_until = mark.until.clone();
                        }
                    }
                }
            }
        }
        f.fingerprint = Some(print);
    }
    if by_print.is_empty() {
        return None;
    }
    for (print, mark) in &by_print {
        if !seen.get(print).copied().unwrap_or(false) {
            summary.resolved.push(MarkRef::of(mark));
        } else if mark.expired(as_of) {
            summary.expired.push(MarkRef::of(mark));
        }
    }
    Some(summary)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::Severity;

    fn finding(page: &str) -> Finding {
        Finding { page: Some(page.into()), ..Finding::new("link.dead", Severity::Deduction) }
    }

    fn mark(f: &Finding, kind: ReviewKind, until: Option<&str>) -> Mark {
        Mark {
            fingerprint: f.fingerprint(),
            kind,
            reviewer: "王审".into(),
            reason: "页面已于检查前撤下".into(),
            marked: "2026-11-01".into(),
            until: until.map(Into::into),
            site: None,
            check: Some(f.check.clone()),
            page: f.page.clone(),
        }
    }

    #[test]
    fn each_kind_requires_what_defends_it() {
        let f = finding("http://a/1");
        assert_eq!(mark(&f, ReviewKind::Withdrawn, None).validate(), Ok(()));
        let no_reason = Mark { reason: " ".into(), ..mark(&f, ReviewKind::Withdrawn, None) };
        assert_eq!(no_reason.validate(), Err(MarkError::WithdrawnWithoutReason));
        // A false alarm may go without a reason; nobody may go unnamed.
        assert_eq!(
            Mark { reason: String::new(), ..mark(&f, ReviewKind::FalseAlarm, None) }.validate(),
            Ok(())
        );
        let nobody = Mark { reviewer: String::new(), ..mark(&f, ReviewKind::FalseAlarm, None) };
        assert_eq!(nobody.validate(), Err(MarkError::NoReviewer));
        assert_eq!(mark(&f, ReviewKind::Known, None).validate(), Err(MarkError::KnownWithoutUntil));
        assert_eq!(mark(&f, ReviewKind::Known, Some("2027-01-31")).validate(), Ok(()));
        assert_eq!(mark(&f, ReviewKind::Known, Some("2027-02-30")).validate(), Err(MarkError::Day("until")));
        assert_eq!(
            mark(&f, ReviewKind::FalseAlarm, Some("2027-01-31")).validate(),
            Err(MarkError::UntilNotKnown)
        );
        let bad = Mark { fingerprint: "xyz".into(), ..mark(&f, ReviewKind::FalseAlarm, None) };
        assert_eq!(bad.validate(), Err(MarkError::Fingerprint));
    }

    #[test]
    fn kinds_parse_as_written_on_a_command_line_or_in_a_file() {
        assert_eq!(ReviewKind::parse("false-alarm"), Some(ReviewKind::FalseAlarm));
        assert_eq!(ReviewKind::parse("false_alarm"), Some(ReviewKind::FalseAlarm));
        assert_eq!(ReviewKind::parse("withdrawn"), Some(ReviewKind::Withdrawn));
        assert_eq!(ReviewKind::parse("accepted"), None);
    }

    #[test]
    fn marks_apply_by_fingerprint_and_unmarked_findings_stay_open() {
        let mut findings = vec![finding("http://a/1"), finding("http://a/2"), finding("http://a/3")];
        let marks = [
            mark(&findings[0], ReviewKind::Withdrawn, None),
            Mark { reviewer: "李核".into(), ..mark(&findings[1], ReviewKind::FalseAlarm, None) },
        ];
        let summary = apply(&mut findings, &marks, "2026-12-01").expect("marks given");
        assert!(findings[0].reviewed() && findings[1].reviewed());
        assert!(!findings[2].reviewed() && findings[2].review.is_none());
        assert!(findings.iter().all(|f| f.fingerprint.as_deref() == Some(f.fingerprint().as_str())));
        assert_eq!(summary.withdrawn, 1);
        assert_eq!(summary.withdrawn_by, BTreeMap::from([("王审".to_owned(), 1)]));
        assert_eq!(summary.false_alarms, 1);
        assert!(summary.resolved.is_empty() && summary.expired.is_empty());
    }

    #[test]
    fn a_known_mark_holds_through_its_day_and_lapses_after() {
        let f = finding("http://a/1");
        let marks = [mark(&f, ReviewKind::Known, Some("2026-12-01"))];
        let mut on_the_day = vec![f.clone()];
        let summary = apply(&mut on_the_day, &marks, "2026-12-01").expect("marks given");
        assert!(on_the_day[0].reviewed());
        assert_eq!((summary.known, summary.known_until.as_deref()), (1, Some("2026-12-01")));
        let mut after = vec![f];
        let summary = apply(&mut after, &marks, "2026-12-02").expect("marks given");
        assert!(!after[0].reviewed(), "an expired mark counts again");
        assert_eq!(after[0].review.as_ref().map(|r| r.state), Some(ReviewState::Expired));
        assert_eq!((summary.known, summary.expired.len()), (0, 1));
    }

    #[test]
    fn a_mark_without_its_finding_is_resolved() {
        let gone = finding("http://a/gone");
        let mut findings = vec![finding("http://a/1")];
        let summary = apply(&mut findings, &[mark(&gone, ReviewKind::FalseAlarm, None)], "2026-12-01")
            .expect("marks given");
        assert_eq!(summary.resolved.len(), 1);
        assert_eq!(summary.resolved[0].fingerprint, gone.fingerprint());
        assert!(findings[0].review.is_none());
        // Without marks there is nothing to say, but the fingerprints are written.
        assert_eq!(apply(&mut findings, &[], "2026-12-01"), None);
        assert!(findings[0].fingerprint.is_some());
    }
}
