//! The national scoring method as a pure function of a site's findings,
//! its column counts and a rubric (国办秘函〔2019〕19号):
//!
//! 1. Any veto (单项否决) fails the site. The deductions are still worked
//!    out and shown, for information.
//! 2. Otherwise the score is the full marks minus the deductions, each
//!    indicator losing at most its weight.
//! 3. A site without public services is scored without the service
//!    indicators and scaled back up to full marks (75 × 4/3 in practice).
//! 4. Below the pass mark the site fails; above the bonus gate a portal's
//!    bonus points (scored by a person) are added, up to the bonus total.
//!
//! The rubric decides what a finding costs, so scoring also rules on each
//! finding: its `rule` (the veto or indicator that counted it) and a
//! `severity` that says what it did (a finding no veto or indicator counts
//! is a notice). Scoring returns all this as a [`Scoring`] and changes
//! nothing; [`SiteAudit::finish`] puts it into the finished site.

use std::collections::{BTreeMap, HashMap};

use serde::Deserialize;

use crate::Lang;
use crate::audit::{Finding, Freshness, Severity, SiteAudit};
use crate::model::column::category::Category;
use crate::registry;
use crate::scorecard::{
    Availability, History, IndexScore, IndicatorScore, NewMediaScore, Score, VetoResult, VetoStatus,
};
use crate::site::due_soon::Counted;

use super::rubric::{
    Centi, CheckPattern, Condition, Fact, Indicator, PointRule, Rubric, Veto, VetoScope, from_centi,
};

/// What kind of site is scored, which the rules treat differently.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SiteKind {
    /// 门户网站: the only kind that earns bonus points.
    #[default]
    Portal,
    /// 部门网站.
    Department,
    /// 乡镇（街道）网站.
    Township,
}

impl SiteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SiteKind::Portal => "portal",
            SiteKind::Department => "department",
            SiteKind::Township => "township",
        }
    }
}

/// What the scorer needs to know about the site besides its findings.
#[derive(Clone, Debug, PartialEq)]
pub struct Profile {
    pub kind: SiteKind,
    /// False: the site offers no public services (a department without
    /// them) and is scored by the 75 × 4/3 rule.
    pub service: bool,
    /// Bonus points a person awarded (加分项), added above the bonus gate.
    pub bonus: f64,
    /// Points a person deducted, by indicator id: for indicators nothing
    /// here measures (概况信息, 办事服务 …), added to what checks found.
    pub manual_points: BTreeMap<String, f64>,
    /// Vetoes a person decided fired, by id, with the reason.
    pub manual_vetoes: BTreeMap<String, String>,
}

impl Default for Profile {
    fn default() -> Self {
        Profile {
            kind: SiteKind::Portal,
            service: true,
            bonus: 0.0,
            manual_points: BTreeMap::new(),
            manual_vetoes: BTreeMap::new(),
        }
    }
}

/// What scoring decided about one site, worked out from the judged site
/// without changing it: the scorecard, the accounts' verdict, and the rule
/// and severity the rubric gives each finding.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scoring {
    /// `None`: the site was not scored (see [`score`]).
    pub score: Option<Score>,
    /// `None`: the site has no accounts.
    pub new_media: Option<NewMediaScore>,
    /// One per finding of the judged site, in its order.
    pub rulings: Vec<Ruling>,
}

/// What a finding counts for under the rubric: the veto or indicator that
/// counted it (`rule`), and so its `severity`. A finding nothing counts is
/// a notice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ruling {
    pub rule: Option<String>,
    pub severity: Severity,
}

/// Scores the judged `site` under `rubric`, with the stored probes
/// (`availability`) that veto V2 reads.
///
/// A site no page of which could be read is not scored — full marks would
/// certify pages nobody saw — unless a veto that needs no page fires (a
/// week of failed probes, V2; a person's veto). Then the site fails, and
/// every point awaits a person, since no indicator was read.
pub fn score(
    site: &SiteAudit,
    availability: Option<&Availability>,
    rubric: &Rubric,
    profile: &Profile,
    lang: Lang,
) -> Scoring {
    let freshness = without_reviewed_columns(site);
    let facts = Facts {
        freshness: &freshness,
        pages: site.stats.pages,
        availability,
        leaders_page: site.leaders.is_some(),
    };
    // A finding under a reviewer's mark that holds costs nothing: a notice
    // that no veto or indicator counts (it is claimed below, like the
    // findings of the other verdict).
    let mut rulings: Vec<Ruling> = site
        .findings
        .iter()
        .map(|f| match f.reviewed() {
            true => Ruling { rule: None, severity: Severity::Notice },
            false => Ruling { rule: f.rule.clone(), severity: f.severity },
        })
        .collect();
    let (score, site_rulings) = site_score(site, &facts, rubric, profile, lang);
    let score = if site.stats.pages > 0 {
        Some(score)
    } else {
        Some(score).filter(|s| s.vetoed).map(|s| Score { unassessed: s.scale, ..s })
    };
    if score.is_some() {
        for (ruling, decided) in rulings.iter_mut().zip(site_rulings) {
            if let Some(decided) = decided {
                *ruling = decided;
            }
        }
    }
    let new_media = new_media(site, &facts, rubric, profile, lang, &mut rulings);
    Scoring { score, new_media, rulings }
}

impl SiteAudit {
    /// The finished site: the judged site with what scoring decided and
    /// what the store knew (the probes scoring read, the trend), findings
    /// in the order every report uses.
    pub fn finish(
        self,
        scoring: Scoring,
        availability: Option<Availability>,
        history: Option<History>,
    ) -> SiteAudit {
        let mut findings = self.findings;
        for (finding, ruling) in findings.iter_mut().zip(scoring.rulings) {
            finding.rule = ruling.rule;
            finding.severity = ruling.severity;
        }
        // Severities changed, and reports list findings by severity first.
        crate::audit::sort_findings(&mut findings);
        SiteAudit {
            score: scoring.score,
            new_media: scoring.new_media,
            findings,
            history,
            availability,
            ..self
        }
    }
}

/// The site's scorecard, and the ruling on each finding it judges (`None`
/// for the account findings, which are the new-media verdict's).
fn site_score(
    site: &SiteAudit,
    facts: &Facts<'_>,
    rubric: &Rubric,
    profile: &Profile,
    lang: Lang,
) -> (Score, Vec<Option<Ruling>>) {
    let columns: HashMap<&str, (Category, u32)> =
        site.columns.iter().map(|c| (c.url.as_str(), (c.category, c.level))).collect();
    // Account findings belong to the new-media verdict, not the site's:
    // they are claimed here so nothing below counts or re-grades them.
    let mut claims: Vec<Option<usize>> =
        site.findings.iter().map(|f| (is_account(f) || f.reviewed()).then_some(usize::MAX)).collect();

    let mut vetoes = Vec::new();
    for (v, veto) in rubric.vetoes.iter().enumerate().filter(|(_, v)| v.scope == VetoScope::Site) {
        let manual = profile.manual_vetoes.get(&veto.id).map(String::as_str);
        if veto.services && !profile.service && manual.is_none() {
            vetoes.push(without_services(veto, lang));
            continue;
        }
        vetoes.push(judge_veto(v, veto, &site.findings, &mut claims, facts, manual, lang));
    }
    let excluded = |ind: &Indicator| !profile.service && rubric.index(&ind.index).is_some_and(|i| i.services);
    let mut uncapped: Vec<Centi> = vec![0; rubric.indicators.len()];
    let mut counted: Vec<u64> = vec![0; rubric.indicators.len()];
    let mut rulings: Vec<Option<Ruling>> = Vec::with_capacity(site.findings.len());
    for (finding, claim) in site.findings.iter().zip(&claims) {
        let ruling = match claim {
            Some(usize::MAX) => None,
            Some(v) => Some(Ruling { rule: Some(rubric.vetoes[*v].id.clone()), severity: Severity::Veto }),
            None => {
                // The first indicator with a matching rule counts the
                // finding; when that indicator is left out (services, for a
                // site without them) the finding costs nothing rather than
                // falling to another.
                let hit = rubric.indicators.iter().enumerate().find_map(|(n, ind)| {
                    ind.rules.iter().find(|r| rule_matches(r, finding, &columns)).map(|r| (n, r.points))
                });
                let hit = hit.filter(|(n, _)| !excluded(&rubric.indicators[*n]));
                Some(match hit {
                    // A warning (`*.due-soon`) is listed under its
                    // indicator at 0 points: shown there, never a deduction.
                    Some((n, 0)) => {
                        Ruling { rule: Some(rubric.indicators[n].id.clone()), severity: Severity::Notice }
                    }
                    Some((n, points)) => {
                        uncapped[n] += points;
                        counted[n] += 1;
                        Ruling { rule: Some(rubric.indicators[n].id.clone()), severity: Severity::Deduction }
                    }
                    None => Ruling { rule: None, severity: Severity::Notice },
                })
            }
        };
        rulings.push(ruling);
    }

    let indicators: Vec<IndicatorScore> = rubric
        .indicators
        .iter()
        .enumerate()
        .map(|(n, ind)| {
            let manual =
                profile.manual_points.get(&ind.id).map_or(0, |p| super::rubric::to_centi(p.max(0.0)));
            let uncapped = uncapped[n] + manual;
            IndicatorScore {
                id: ind.id.clone(),
                index: ind.index.clone(),
                title: ind.title.get(lang).to_owned(),
                weight: from_centi(ind.weight),
                lost: if excluded(ind) { 0.0 } else { from_centi(uncapped.min(ind.weight)) },
                uncapped: from_centi(uncapped),
                manual: from_centi(manual),
                findings: counted[n],
                assessed: (!ind.rules.is_empty() && ind.needs.iter().all(|f| facts.has(*f)))
                    || profile.manual_points.contains_key(&ind.id),
                excluded: excluded(ind),
                confirmed: ind.source.confirmed,
            }
        })
        .collect();
    (total(rubric, profile, lang, vetoes, indicators), rulings)
}

fn is_account(finding: &Finding) -> bool {
    finding.check.starts_with("account.")
}

/// The new-media verdict (政务新媒体): the rubric's account vetoes over the
/// account findings; any that fires fails the accounts. Rules the account
/// findings in `rulings`: those a veto counts are vetoes, the rest notices.
fn new_media(
    site: &SiteAudit,
    facts: &Facts<'_>,
    rubric: &Rubric,
    profile: &Profile,
    lang: Lang,
    rulings: &mut [Ruling],
) -> Option<NewMediaScore> {
    if site.accounts.is_empty() {
        return None;
    }
    let mut claims: Vec<Option<usize>> =
        site.findings.iter().map(|f| (!is_account(f) || f.reviewed()).then_some(usize::MAX)).collect();
    let mut vetoes = Vec::new();
    for (v, veto) in rubric.vetoes.iter().enumerate().filter(|(_, v)| v.scope == VetoScope::Accounts) {
        let manual = profile.manual_vetoes.get(&veto.id).map(String::as_str);
        vetoes.push(judge_veto(v, veto, &site.findings, &mut claims, facts, manual, lang));
    }
    for (ruling, claim) in rulings.iter_mut().zip(&claims) {
        match claim {
            Some(usize::MAX) => {}
            Some(v) => {
                *ruling = Ruling { rule: Some(rubric.vetoes[*v].id.clone()), severity: Severity::Veto }
            }
            // No account veto counts it: it costs nothing, so it is a notice.
            None => *ruling = Ruling { rule: None, severity: Severity::Notice },
        }
    }
    let vetoed = vetoes.iter().any(|v| v.status == VetoStatus::Fired);
    let failed = site.accounts.iter().filter(|a| a.stale).count() as u64;
    let evaluated =
        site.accounts.iter().filter(|a| matches!(a.state.as_str(), "fresh" | "stale")).count() as u64;
    Some(NewMediaScore {
        accounts: site.accounts.len() as u64,
        evaluated,
        failed,
        vetoed,
        // Nothing seen is nothing passed.
        passed: !vetoed && evaluated > 0,
        vetoes,
    })
}

/// Adds up the indicators and applies the pass mark, the 4/3 rule, the
/// bonus and the grade bands.
fn total(
    rubric: &Rubric,
    profile: &Profile,
    lang: Lang,
    vetoes: Vec<VetoResult>,
    indicators: Vec<IndicatorScore>,
) -> Score {
    let centi = super::rubric::to_centi;
    let scale = rubric.scale.total;
    let deducted: Centi = indicators.iter().map(|i| centi(i.lost)).sum();
    let excluded: Centi = indicators.iter().filter(|i| i.excluded).map(|i| centi(i.weight)).sum();
    let remaining = (scale - excluded).max(1);
    // Rounded to the hundredth, half away from zero.
    let base = ((i128::from(remaining - deducted) * i128::from(scale) * 2 + i128::from(remaining))
        / (2 * i128::from(remaining))) as Centi;
    let base = base.max(0);
    let vetoed = vetoes.iter().any(|v| v.status == VetoStatus::Fired);
    let passed = !vetoed && base >= rubric.scale.pass_mark;
    let bonus = if passed && profile.kind == SiteKind::Portal && base > rubric.scale.bonus_gate {
        centi(profile.bonus.max(0.0)).min(rubric.scale.bonus_total)
    } else {
        0
    };
    let total = base + bonus;
    let grade = if passed { rubric.passing_grade(total) } else { rubric.failing_grade() };
    let unassessed: Centi =
        indicators.iter().filter(|i| !i.assessed && !i.excluded).map(|i| centi(i.weight)).sum();
    let indices = rubric
        .indices
        .iter()
        .map(|index| {
            let mine = indicators.iter().filter(|i| i.index == index.id);
            let weight: Centi = mine.clone().map(|i| centi(i.weight)).sum();
            let lost: Centi = mine.map(|i| centi(i.lost)).sum();
            IndexScore {
                id: index.id.clone(),
                title: index.title.get(lang).to_owned(),
                weight: from_centi(weight),
                lost: from_centi(lost),
                score: from_centi(weight - lost),
                excluded: !profile.service && index.services,
            }
        })
        .collect();
    Score {
        rubric: rubric.id.clone(),
        rubric_name: rubric.name(lang).to_owned(),
        scale: from_centi(scale),
        total: from_centi(total),
        deducted: from_centi(deducted),
        bonus: from_centi(bonus),
        grade: grade.id.clone(),
        grade_label: grade.label.get(lang).to_owned(),
        passed,
        vetoed,
        pass_mark: from_centi(rubric.scale.pass_mark),
        unassessed: from_centi(unassessed),
        kind: profile.kind.as_str().to_owned(),
        service: profile.service,
        vetoes,
        indicators,
        indices,
    }
}

/// The counts of the audit that vetoes test.
struct Facts<'a> {
    freshness: &'a Freshness,
    pages: u64,
    availability: Option<&'a Availability>,
    leaders_page: bool,
}

impl Facts<'_> {
    fn has(&self, fact: Fact) -> bool {
        match fact {
            Fact::Pages => self.pages > 0,
            Fact::HomepageAssessed => self.freshness.homepage_assessed,
            Fact::LeadersPage => self.leaders_page,
        }
    }
}

/// V4's column counts without the columns whose stale or blank finding is
/// under a reviewer's mark that holds: such a column counts toward no veto.
fn without_reviewed_columns(site: &SiteAudit) -> Freshness {
    let mut f = site.freshness.clone();
    let reviewed = site
        .findings
        .iter()
        .filter(|x| x.reviewed() && matches!(x.check.as_str(), "column.stale" | "column.blank"));
    for finding in reviewed {
        let Some(column) = site.columns.iter().find(|c| finding.column.as_deref() == Some(c.url.as_str()))
        else {
            continue;
        };
        // As `model::column::Column::counts_for_v4a`, on the report's column.
        let v4a = column.category == Category::News
            || (matches!(column.category, Category::Notice | Category::Policy) && column.level <= 1);
        if finding.check == "column.blank" && column.blank {
            f.blank = f.blank.saturating_sub(1);
        } else if finding.check == "column.stale" && column.stale {
            f.stale = f.stale.saturating_sub(1);
            f.stale_if_years_older = f.stale_if_years_older.saturating_sub(1);
            if v4a {
                f.stale_news_or_first_level_notice_policy =
                    f.stale_news_or_first_level_notice_policy.saturating_sub(1);
                f.stale_news_or_first_level_notice_policy_if_years_older =
                    f.stale_news_or_first_level_notice_policy_if_years_older.saturating_sub(1);
            }
        }
    }
    f
}

fn metric_value(facts: &Facts<'_>, metric: super::rubric::Metric) -> u64 {
    use super::rubric::Metric;
    match metric {
        Metric::StaleNewsOrFirstLevelNoticePolicy => facts.freshness.stale_news_or_first_level_notice_policy,
        Metric::StaleColumns => facts.freshness.stale,
        Metric::BlankColumns => facts.freshness.blank,
    }
}

/// A services veto (V6) on a site scored without public services: not
/// judged, its findings left to cost nothing, unless a person decides.
fn without_services(veto: &Veto, lang: Lang) -> VetoResult {
    VetoResult {
        id: veto.id.clone(),
        title: veto.title.get(lang).to_owned(),
        status: VetoStatus::NotAssessed,
        evidence: lang.word("veto-without-services"),
        findings: 0,
        confirmed: veto.source.confirmed,
        needs_confirmation: false,
    }
}

/// Decides one veto; the findings behind a fired check condition are
/// claimed for it, so they are not also deducted.
fn judge_veto(
    position: usize,
    veto: &Veto,
    findings: &[Finding],
    claims: &mut [Option<usize>],
    facts: &Facts<'_>,
    manual: Option<&str>,
    lang: Lang,
) -> VetoResult {
    let sep = &lang.word("veto-separator");
    let result = |status, evidence: String, findings| VetoResult {
        id: veto.id.clone(),
        title: veto.title.get(lang).to_owned(),
        status,
        evidence,
        findings,
        confirmed: veto.source.confirmed,
        needs_confirmation: false,
    };
    if let Some(reason) = manual {
        return result(
            VetoStatus::Fired,
            lang.word_with("veto-decided-by-person", &[("reason", reason.into())]),
            0,
        );
    }
    let mut fired = Vec::new();
    let mut clear = Vec::new();
    let mut leads = Vec::new();
    let mut undecided = Vec::new();
    let mut hits_total = 0u64;
    let mut lead_hits = 0u64;
    for condition in &veto.when {
        match condition {
            Condition::Findings { check, lead: true, .. } => {
                let hits: Vec<usize> = (0..findings.len())
                    .filter(|&i| claims[i].is_none() && check.matches(&findings[i].check))
                    .collect();
                if !hits.is_empty() {
                    leads.push(hits_evidence(findings, &hits, lang));
                    lead_hits += hits.len() as u64;
                }
            }
            Condition::Availability => match availability(veto, facts.availability, lang) {
                Probed::Fired(text) => fired.push(text),
                Probed::Clear(text) => clear.push(text),
                Probed::Undecided(text) => undecided.push(text),
            },
            Condition::Findings { check, at_least, distinct, .. } => {
                let hits: Vec<usize> = (0..findings.len())
                    .filter(|&i| claims[i].is_none() && check.matches(&findings[i].check))
                    .collect();
                let count = if *distinct {
                    let seen: std::collections::BTreeSet<(&str, &str)> = hits
                        .iter()
                        .map(|&i| (findings[i].check.as_str(), findings[i].evidence.as_str()))
                        .collect();
                    seen.len()
                } else {
                    hits.len()
                };
                if count as u64 >= *at_least {
                    fired.push(hits_evidence(findings, &hits, lang));
                    hits_total += hits.len() as u64;
                    for i in hits {
                        claims[i] = Some(position);
                    }
                } else {
                    clear.push(below_evidence(check, count, *at_least, lang));
                }
            }
            Condition::Metric { metric, at_least } => {
                let value = metric_value(facts, *metric);
                let text = lang.word_with(
                    "veto-metric",
                    &[
                        ("metric", metric.label(lang).into()),
                        ("value", value.into()),
                        ("at-least", (*at_least).into()),
                    ],
                );
                if value >= *at_least { fired.push(text) } else { clear.push(text) }
            }
        }
    }
    if !fired.is_empty() {
        return result(VetoStatus::Fired, fired.join(sep), hits_total);
    }
    let with_leads = |mut texts: Vec<String>| {
        if !leads.is_empty() {
            texts.push(lang.word_with("veto-leads", &[("leads", leads.join(sep).into())]));
        }
        texts.join(sep)
    };
    if veto.when.is_empty() {
        return result(VetoStatus::NotAssessed, lang.word("veto-no-automatic-check"), 0);
    }
    // Only leads (V1): what checks find is for a person to judge.
    if veto.when.iter().all(|c| matches!(c, Condition::Findings { lead: true, .. })) {
        let evidence = if leads.is_empty() {
            lang.word("veto-no-lead")
        } else {
            lang.word_with("veto-leads-to-check", &[("leads", leads.join(sep).into())])
        };
        return result(VetoStatus::NotAssessed, evidence, lead_hits);
    }
    if !undecided.is_empty() {
        return result(VetoStatus::NotAssessed, with_leads(undecided), 0);
    }
    if let Some(fact) = veto.needs.iter().find(|f| !facts.has(**f)) {
        return result(VetoStatus::NotAssessed, fact.why_not(lang), 0);
    }
    if would_fire_if_years_older(veto, facts) {
        clear.push(lang.word("veto-year-assumed"));
        return VetoResult { needs_confirmation: true, ..result(VetoStatus::Clear, with_leads(clear), 0) };
    }
    result(VetoStatus::Clear, with_leads(clear), 0)
}

/// Whether a veto's conditions would hold had every date whose year was
/// assumed been a year older (V3's home page, V4's column counts).
fn would_fire_if_years_older(veto: &Veto, facts: &Facts<'_>) -> bool {
    use super::rubric::Metric;
    let f = facts.freshness;
    veto.when.iter().any(|condition| match condition {
        Condition::Findings { check, lead: false, .. } => {
            check.matches(crate::update::homepage_stale::INFO.id) && f.homepage_stale_if_years_older
        }
        Condition::Metric { metric, at_least } => {
            let value = match metric {
                Metric::StaleNewsOrFirstLevelNoticePolicy => {
                    f.stale_news_or_first_level_notice_policy_if_years_older
                }
                Metric::StaleColumns => f.stale_if_years_older,
                Metric::BlankColumns => f.blank,
            };
            value >= *at_least
        }
        _ => false,
    })
}

/// What the stored probes say about an `availability` condition.
enum Probed {
    Fired(String),
    Clear(String),
    Undecided(String),
}

/// V2's window over the stored probes: the counts of its `days` whole
/// days, or (`Err`) how many whole days there were.
fn window(veto: &Veto, probes: Option<&crate::scorecard::Availability>) -> Result<Counted, usize> {
    let param = |name: &str| veto.params.get(name).copied().unwrap_or_default();
    let (days, per_day) = (param("days") as usize, param("visits_per_day") as u64);
    // The `days` calendar days ending on as_of, or on the day before when
    // as_of (usually today) is not complete yet: a week of probes that
    // stopped a month ago says nothing about the site now.
    let window: Vec<&crate::scorecard::ProbeDay> = probes
        .map(|a| {
            let as_of = chrono::NaiveDate::parse_from_str(&a.until, "%Y-%m-%d").ok();
            let today_full = a.days.iter().any(|d| d.day == a.until && d.probes >= per_day);
            let until = as_of.map(|d| if today_full { d } else { d - chrono::Duration::days(1) });
            let first = until.map(|u| u - chrono::Duration::days(days as i64 - 1));
            a.days
                .iter()
                .filter(|d| {
                    let day = chrono::NaiveDate::parse_from_str(&d.day, "%Y-%m-%d").ok();
                    matches!((day, first, until), (Some(d), Some(f), Some(u)) if d >= f && d <= u)
                })
                .collect()
        })
        .unwrap_or_default();
    let full = window.iter().filter(|d| d.probes >= per_day).count();
    if days == 0 || full < days {
        return Err(full);
    }
    Ok(Counted {
        days,
        probes: window.iter().map(|d| d.probes).sum(),
        failures: window.iter().map(|d| d.failures).sum(),
    })
}

/// V2: the last `days` days up to as_of must each have `visits_per_day`
/// probes; then failures at `fail_ratio` or more fire the veto, and at
/// `warn_ratio` (if given) the clear result says the line is near. The
/// planned downtime left out is said after the counts.
fn availability(veto: &Veto, probes: Option<&crate::scorecard::Availability>, lang: Lang) -> Probed {
    let param = |name: &str| veto.params.get(name).copied().unwrap_or_default();
    let (days, per_day, ratio) =
        (param("days") as usize, param("visits_per_day") as u64, param("fail_ratio"));
    let windows = probes.map(|a| maintenance_text(&a.maintenance, lang)).unwrap_or_default();
    let Counted { probes, failures, .. } = match window(veto, probes) {
        Ok(counted) => counted,
        Err(full) => {
            return Probed::Undecided(
                lang.word_with(
                    "veto-availability-too-few",
                    &[("days", days.into()), ("per-day", per_day.into()), ("full", full.into())],
                ) + &windows,
            );
        }
    };
    let share = failures as f64 / probes.max(1) as f64;
    let (share_text, line) = (format!("{:.1}", share * 100.0), format!("{:.0}", ratio * 100.0));
    let close = share < ratio && veto.params.get("warn_ratio").is_some_and(|w| share >= *w);
    let text = if close {
        lang.word_with(
            "veto-availability-close",
            &[
                ("days", days.into()),
                ("probes", probes.into()),
                ("failures", failures.into()),
                ("share", (&share_text).into()),
                ("line", (&line).into()),
            ],
        )
    } else {
        lang.word_with(
            "veto-availability",
            &[
                ("days", days.into()),
                ("probes", probes.into()),
                ("failures", failures.into()),
                ("share", (&share_text).into()),
                ("line", (&line).into()),
            ],
        )
    } + &windows;
    if share >= ratio { Probed::Fired(text) } else { Probed::Clear(text) }
}

/// The planned downtime windows (临时报备) and the probes each left out.
fn maintenance_text(windows: &[crate::scorecard::MaintenanceWindow], lang: Lang) -> String {
    windows
        .iter()
        .map(|w| {
            lang.word_with(
                "veto-availability-maintenance",
                &[
                    ("from", (&w.from).into()),
                    ("to", (&w.to).into()),
                    ("reason", (&w.reason).into()),
                    ("excluded", w.excluded.into()),
                ],
            )
        })
        .collect()
}

/// `site.due-soon` for the site at `home`: V2's rate, counted
/// over the window the rubric's availability veto sets, at
/// `warn_percent` or more and under the veto's `fail_ratio`.
pub fn availability_warning(
    home: &str,
    probes: Option<&crate::scorecard::Availability>,
    rubric: &Rubric,
    warn_percent: f64,
    as_of: chrono::NaiveDate,
    lang: Lang,
) -> Option<Finding> {
    let veto = rubric.vetoes.iter().find(|v| v.when.contains(&Condition::Availability))?;
    let counted = window(veto, probes).ok()?;
    let fail_ratio = veto.params.get("fail_ratio").copied().unwrap_or_default();
    crate::site::due_soon::finding(home, counted, fail_ratio, warn_percent, as_of, lang)
}

/// The first finding's detail, and how many there are.
fn hits_evidence(findings: &[Finding], hits: &[usize], lang: Lang) -> String {
    let first = &findings[hits[0]].detail;
    match hits.len() {
        1 => first.clone(),
        n => lang.word_with("veto-first-of", &[("first", first.into()), ("count", n.into())]),
    }
}

fn below_evidence(check: &CheckPattern, hits: usize, at_least: u64, lang: Lang) -> String {
    let label = check_label(check, lang);
    if hits == 0 {
        lang.word_with("veto-none-found", &[("check", label.into())])
    } else {
        lang.word_with(
            "veto-below",
            &[("check", label.into()), ("count", hits.into()), ("at-least", at_least.into())],
        )
    }
}

/// A check pattern as people read it: the check's title, or the pattern.
fn check_label(check: &CheckPattern, lang: Lang) -> String {
    registry::find(check.as_str()).map_or_else(|| check.as_str().to_owned(), |c| c.title(lang).to_owned())
}

/// Whether a point rule counts `finding`.
fn rule_matches(rule: &PointRule, finding: &Finding, columns: &HashMap<&str, (Category, u32)>) -> bool {
    if !rule.check.matches(&finding.check) {
        return false;
    }
    let w = &rule.when;
    let column = finding.column.as_deref().and_then(|c| columns.get(c));
    w.on_homepage.is_none_or(|v| finding.on_homepage.unwrap_or(false) == v)
        && w.internal.is_none_or(|v| finding.internal == Some(v))
        && w.element.as_ref().is_none_or(|v| finding.element.as_ref() == Some(v))
        && w.mark.as_ref().is_none_or(|v| finding.mark.as_ref() == Some(v))
        && w.column_category.is_none_or(|v| column.is_some_and(|(cat, _)| *cat == v))
        && w.column_level.is_none_or(|v| column.is_some_and(|(_, level)| *level == v))
}
