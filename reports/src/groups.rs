//! Findings grouped by the rubric rule that counted them, in the order the
//! deliverables (`report.xlsx`, `report.docx`) show them: vetoes, then
//! indicators in the rubric's order, then rules the scorecard does not list,
//! then findings no rule counted (notices), then findings a reviewer's mark
//! takes out of the count (误报, 核减, 已知). Groups hold indices into the
//! site's findings, never copies.

use std::collections::BTreeMap;

use checks::audit::{Finding, Severity, SiteAudit};
use checks::facts::calendar::Calendar;
use checks::scorecard::{IndicatorScore, VetoResult, VetoStatus};
use checks::{Lang, registry};

/// What counted a group's findings.
pub(crate) enum Rule<'a> {
    Veto(&'a VetoResult),
    Indicator(&'a IndicatorScore),
    /// A rule id the scorecard does not list (findings from another rubric).
    Other(&'a str),
    /// Findings no rule counted: notices and unscored checks.
    Unruled,
    /// Findings under a reviewer's mark that holds: kept as evidence of
    /// the withdrawal, asked of no one.
    Reviewed,
}

impl Rule<'_> {
    /// The group's name for people: the veto's or indicator's title.
    pub(crate) fn title(&self, lang: Lang) -> String {
        match self {
            Rule::Veto(v) => {
                lang.word_with("office-group-veto", &[("id", (&v.id).into()), ("title", (&v.title).into())])
            }
            Rule::Indicator(i) => i.title.clone(),
            Rule::Other(id) => lang.word_with("office-group-rule", &[("id", (*id).into())]),
            Rule::Unruled => lang.word("office-group-notices"),
            Rule::Reviewed => lang.word("office-group-reviewed"),
        }
    }
}

/// One group: its rule and the positions of its findings in `site.findings`.
pub(crate) struct Group<'a> {
    pub(crate) rule: Rule<'a>,
    pub(crate) findings: Vec<usize>,
}

/// The site's findings by rule, in reading order; only rules that counted
/// a finding have a group.
pub(crate) fn of(site: &SiteAudit) -> Vec<Group<'_>> {
    let mut by_rule: BTreeMap<Option<&str>, Vec<usize>> = BTreeMap::new();
    let mut reviewed = Vec::new();
    for (n, f) in site.findings.iter().enumerate() {
        if f.reviewed() {
            reviewed.push(n);
        } else {
            by_rule.entry(f.rule.as_deref()).or_default().push(n);
        }
    }
    let mut out = Vec::new();
    // The official accounts' vetoes (M1…) are scored beside the site's.
    let media = site.new_media.iter().flat_map(|m| &m.vetoes);
    for veto in site.score.iter().flat_map(|s| &s.vetoes).chain(media) {
        if let Some(findings) = by_rule.remove(&Some(veto.id.as_str())) {
            out.push(Group { rule: Rule::Veto(veto), findings });
        }
    }
    if let Some(score) = &site.score {
        for indicator in &score.indicators {
            if let Some(findings) = by_rule.remove(&Some(indicator.id.as_str())) {
                out.push(Group { rule: Rule::Indicator(indicator), findings });
            }
        }
    }
    let unruled = by_rule.remove(&None);
    for (rule, findings) in by_rule {
        if let Some(rule) = rule {
            out.push(Group { rule: Rule::Other(rule), findings });
        }
    }
    if let Some(findings) = unruled {
        out.push(Group { rule: Rule::Unruled, findings });
    }
    if !reviewed.is_empty() {
        out.push(Group { rule: Rule::Reviewed, findings: reviewed });
    }
    out
}

/// The title of the rule that counted `finding`, for a table of all of a
/// site's findings; empty when no rule counted it.
pub(crate) fn rule_title(site: &SiteAudit, finding: &Finding) -> String {
    let Some(rule) = finding.rule.as_deref() else { return String::new() };
    let score = site.score.as_ref();
    let media = site.new_media.iter().flat_map(|m| &m.vetoes);
    let veto =
        score.iter().flat_map(|s| &s.vetoes).chain(media).find(|v| v.id == rule).map(|v| v.title.clone());
    let indicator =
        || score.and_then(|s| s.indicators.iter().find(|i| i.id == rule)).map(|i| i.title.clone());
    veto.or_else(indicator).unwrap_or_else(|| rule.to_owned())
}

/// What a finding is, for a line or a cell: its check's title and its
/// detail, or the detail alone when it already starts with the title (as
/// most do).
pub(crate) fn problem(finding: &Finding, lang: Lang) -> String {
    let title = check_title(&finding.check, lang);
    if finding.detail.starts_with(&title) || finding.detail.is_empty() && title.is_empty() {
        finding.detail.clone()
    } else if finding.detail.is_empty() {
        title
    } else {
        lang.word_with(
            "office-problem",
            &[("check", title.into()), ("detail", finding.detail.as_str().into())],
        )
    }
}

/// A check's title in `lang`, or its id when the registry does not know it.
pub(crate) fn check_title(check: &str, lang: Lang) -> String {
    registry::find(check).map_or_else(|| check.to_owned(), |c| c.title(lang).to_owned())
}

pub(crate) fn severity_label(severity: Severity, lang: Lang) -> String {
    match severity {
        Severity::Veto => lang.word("html-severity-veto"),
        Severity::Deduction => lang.word("html-severity-deduction"),
        Severity::Notice => lang.word("html-severity-notice"),
    }
}

/// A site's grade with its verdict (`优秀（合格）`); under a veto the
/// verdict alone, which already says 不合格.
pub(crate) fn grade_and_verdict(grade_label: &str, passed: bool, vetoed: bool, lang: Lang) -> String {
    let verdict = crate::html::common::verdict(passed, vetoed, lang);
    if vetoed {
        verdict
    } else {
        lang.word_with("office-grade-verdict", &[("grade", grade_label.into()), ("verdict", verdict.into())])
    }
}

pub(crate) fn veto_status(status: VetoStatus, lang: Lang) -> String {
    match status {
        VetoStatus::Fired => lang.word("html-fired"),
        VetoStatus::Clear => lang.word("html-clear"),
        VetoStatus::NotAssessed => lang.word("html-not-assessed"),
    }
}

/// The day a finding is to be fixed by: its own `due` (a warning's
/// deadline) when it has one, else `workdays` working days after `as_of`
/// by `calendar` (weekends, the State Council's holidays and 调休 days;
/// Monday to Friday for a year it does not hold); `None` when `as_of` is
/// not a date.
pub(crate) fn fix_by(finding: &Finding, as_of: &str, workdays: u32, calendar: &Calendar) -> Option<String> {
    if let Some(due) = &finding.due {
        return Some(due.clone());
    }
    after_workdays(as_of, workdays, calendar)
}

/// `as_of` plus `workdays` working days.
pub(crate) fn after_workdays(as_of: &str, workdays: u32, calendar: &Calendar) -> Option<String> {
    let mut day = chrono::NaiveDate::parse_from_str(as_of, "%Y-%m-%d").ok()?;
    let mut left = workdays;
    while left > 0 {
        day = day.succ_opt()?;
        if calendar.is_working_day(day) {
            left -= 1;
        }
    }
    Some(day.format("%Y-%m-%d").to_string())
}

/// Text made safe for XML 1.0 (the format of both deliverables): control
/// characters other than tab and line breaks, which crawled pages may
/// carry, would make the file unreadable; they become spaces.
pub(crate) fn xml_safe(text: &str) -> std::borrow::Cow<'_, str> {
    let bad =
        |c: char| c.is_control() && !matches!(c, '\t' | '\n' | '\r') || matches!(c, '\u{FFFE}' | '\u{FFFF}');
    if text.chars().any(bad) {
        text.chars().map(|c| if bad(c) { ' ' } else { c }).collect::<String>().into()
    } else {
        text.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fix_by_day_is_the_due_day_or_working_days_after_as_of() {
        let calendar = Calendar::shipped();
        // 2026-11-26 is a Thursday: 15 working days on is three weeks on.
        assert_eq!(after_workdays("2026-11-26", 15, calendar).as_deref(), Some("2026-12-17"));
        assert_eq!(
            after_workdays("2026-11-27", 1, calendar).as_deref(),
            Some("2026-11-30"),
            "Friday to Monday"
        );
        assert_eq!(after_workdays("2026-11-26", 0, calendar).as_deref(), Some("2026-11-26"));
        assert_eq!(after_workdays("not a day", 15, calendar), None);
        // Before 国庆 2026 (10-1 to 10-7 off; Sunday 9-20 and Saturday
        // 10-10 worked): Friday 9-18 plus one working day is Sunday 9-20,
        // and 9-30 plus one is 10-8.
        assert_eq!(after_workdays("2026-09-18", 1, calendar).as_deref(), Some("2026-09-20"));
        assert_eq!(after_workdays("2026-09-30", 1, calendar).as_deref(), Some("2026-10-08"));
        let due =
            Finding { due: Some("2026-12-01".into()), ..Finding::new("column.due-soon", Severity::Notice) };
        assert_eq!(fix_by(&due, "2026-11-26", 15, calendar).as_deref(), Some("2026-12-01"));
    }

    #[test]
    fn a_detail_that_starts_with_its_check_title_is_not_repeated() {
        let title = check_title("link.dead", Lang::Zh);
        let repeated =
            Finding { detail: format!("{title}：404"), ..Finding::new("link.dead", Severity::Deduction) };
        assert_eq!(problem(&repeated, Lang::Zh), format!("{title}：404"));
        let plain = Finding { detail: "404".into(), ..Finding::new("link.dead", Severity::Deduction) };
        assert_eq!(problem(&plain, Lang::Zh), format!("{title}：404"));
        let unknown = Finding::new("no.such-check", Severity::Notice);
        assert_eq!(problem(&unknown, Lang::Zh), "no.such-check");
    }

    #[test]
    fn official_accounts_vetoes_head_their_own_groups() {
        use checks::scorecard::NewMediaScore;
        let veto = VetoResult {
            id: "M1".into(),
            title: "政务新媒体不更新".into(),
            status: VetoStatus::Fired,
            evidence: String::new(),
            findings: 1,
            confirmed: true,
            needs_confirmation: false,
        };
        let site = SiteAudit {
            findings: vec![Finding {
                rule: Some("M1".into()),
                ..Finding::new("account.stale", Severity::Veto)
            }],
            new_media: Some(NewMediaScore {
                accounts: 1,
                evaluated: 1,
                failed: 1,
                vetoed: true,
                passed: false,
                vetoes: vec![veto],
            }),
            ..SiteAudit::default()
        };
        let groups = of(&site);
        assert!(matches!(groups[0].rule, Rule::Veto(v) if v.id == "M1"));
        assert_eq!(rule_title(&site, &site.findings[0]), "政务新媒体不更新");
    }

    #[test]
    fn control_characters_become_spaces_and_line_breaks_stay() {
        assert_eq!(xml_safe("a\u{1}b\u{1b}[31m\tc\nd\u{FFFF}"), "a b [31m\tc\nd ");
        assert!(matches!(xml_safe("清溪县"), std::borrow::Cow::Borrowed(_)));
    }
}
