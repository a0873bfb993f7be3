//! The scorecard: a site's `score` object in `report.json`, made by
//! [`crate::score::score`] from the findings and a rubric. Reports show it;
//! they never compute it.
//!
//! Points are kept as hundredths internally and written with at most two
//! decimals, so `0.1 × 3` is `0.3` in every report and every run.

use schemars::JsonSchema;
use serde::Serialize;

/// Points as every report writes them: at most two decimals, the precision
/// scores are kept in, without trailing zeros (`86.9`, `100`, `0.3`).
pub fn format_points(x: f64) -> String {
    let fixed = format!("{x:.2}");
    let trimmed = fixed.trim_end_matches('0').trim_end_matches('.');
    if trimmed == "-0" { "0".to_owned() } else { trimmed.to_owned() }
}

/// A site's score under one rubric.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct Score {
    /// The rubric's id (`gov-2019`) and name, in the report's language.
    pub rubric: String,
    pub rubric_name: String,
    /// The rubric's full marks before any bonus (100, or 120 …).
    pub scale: f64,
    /// The final score: `scale` minus the deductions (scaled up when the
    /// site is scored without public services), plus the bonus. When a veto
    /// fired it is still given, for information, but the site fails.
    pub total: f64,
    /// Points lost, each indicator capped at its weight, before scaling.
    pub deducted: f64,
    /// Bonus points added (only above the bonus gate, portals only).
    pub bonus: f64,
    /// The grade band's id (`excellent`, `good`, `pass`, `fail` in the
    /// default rubric) and its label in the report's language.
    pub grade: String,
    pub grade_label: String,
    /// Not vetoed and at or above the pass mark.
    pub passed: bool,
    /// Some veto fired (单项否决): the site fails whatever it scores.
    pub vetoed: bool,
    pub pass_mark: f64,
    /// Weight of the indicators nothing assessed (no check measures them
    /// and no person entered points): the total is an upper bound by this
    /// much until a person scores them.
    pub unassessed: f64,
    /// The site kind it was scored as: `portal`, `department`, `township`.
    pub kind: String,
    /// False: the site offers no public services and is scored without the
    /// service indicators, scaled up to full marks (75 × 4/3).
    pub service: bool,
    pub vetoes: Vec<VetoResult>,
    pub indicators: Vec<IndicatorScore>,
    /// Sub-scores by the evaluators' indices.
    pub indices: Vec<IndexScore>,
}

/// The verdict on the site's official accounts (政务新媒体), scored apart
/// from the site with the rubric's account vetoes.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct NewMediaScore {
    /// Accounts audited.
    pub accounts: u64,
    /// Accounts whose posts could be read and judged (fresh or stale); the
    /// rest were unreachable or not evaluated.
    pub evaluated: u64,
    /// Accounts that fail on their own: stale.
    pub failed: u64,
    /// An account veto fired: the accounts fail the inspection.
    pub vetoed: bool,
    /// Not vetoed, and at least one account was evaluated.
    pub passed: bool,
    pub vetoes: Vec<VetoResult>,
}

/// What became of one veto.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct VetoResult {
    /// The rubric's id, `V1` … `V6`, `M1` …
    pub id: String,
    pub title: String,
    pub status: VetoStatus,
    /// Why: the counts or findings that decided it, or what is needed to
    /// assess it.
    pub evidence: String,
    /// Findings behind a fired veto (their `rule` is this id).
    pub findings: u64,
    /// Whether the national text confirms the rule as the rubric states it.
    pub confirmed: bool,
    /// Clear only because of years the audit assumed (dates written
    /// without a year, 年份推定): it would fire were those dates a year
    /// older, so a person should confirm it rather than read it as clear.
    pub needs_confirmation: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum VetoStatus {
    /// The veto applies: the site fails.
    Fired,
    /// Assessed and not triggered.
    Clear,
    /// One audit cannot decide it (it needs a week of monitoring, or a
    /// person's judgement, or a check this version does not have).
    NotAssessed,
}

impl VetoStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            VetoStatus::Fired => "fired",
            VetoStatus::Clear => "clear",
            VetoStatus::NotAssessed => "not_assessed",
        }
    }
}

/// One deduction indicator (扣分指标).
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct IndicatorScore {
    pub id: String,
    /// The index it counts towards (`disclosure`, `service`, …).
    pub index: String,
    pub title: String,
    /// Its weight, which is also the most it can lose.
    pub weight: f64,
    /// Points lost, at most `weight`.
    pub lost: f64,
    /// Points the findings (and a person) would cost without the cap.
    pub uncapped: f64,
    /// Points a person entered (`[scoring] manual`), included above.
    pub manual: f64,
    /// Findings counted (their `rule` is this id).
    pub findings: u64,
    /// False: nothing in this version measures it; a person scores it.
    pub assessed: bool,
    /// Excluded from the score (service indicators of a site scored with
    /// `service = false`).
    pub excluded: bool,
    pub confirmed: bool,
}

/// A sub-score by index (信息发布与解读, 办事服务, 互动交流, 功能与设计, 无障碍).
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct IndexScore {
    pub id: String,
    pub title: String,
    /// The sum of its indicators' weights.
    pub weight: f64,
    pub lost: f64,
    /// `weight - lost`.
    pub score: f64,
    pub excluded: bool,
}

/// One row of a ranking of several sites (evaluators' 排名表).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RankRow {
    /// 1-based; sites with the same total and verdict share a rank.
    pub rank: u32,
    pub name: String,
    pub root: String,
    pub kind: String,
    pub total: f64,
    /// The grade band's id (for scripts) and label (for people).
    pub grade: String,
    pub grade_label: String,
    pub passed: bool,
    pub vetoed: bool,
    /// Index id → score, in the rubric's index order; an index the site was
    /// not scored on (services, for a site without them) is left out.
    pub indices: Vec<(String, f64)>,
    /// Titles of the vetoes that fired.
    pub veto_reasons: Vec<String>,
    /// The official accounts' verdict, when the site has accounts.
    pub new_media: Option<NewMediaScore>,
    /// Where this site's HTML scorecard is, relative to the ranking file.
    pub scorecard: Option<String>,
}

/// A ranking table of several sites audited together.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Ranking {
    pub as_of: String,
    pub rubric_name: String,
    /// The index columns: id and title, in the rubric's order.
    pub indices: Vec<(String, String)>,
    pub rows: Vec<RankRow>,
}

#[cfg(test)]
mod tests {
    use super::format_points;

    #[test]
    fn points_trim_to_the_kept_precision() {
        for (x, text) in [
            (86.9, "86.9"),
            (100.0, "100"),
            (0.1 * 3.0, "0.3"),
            (13.126, "13.13"),
            (2.0 / 3.0, "0.67"),
            (-0.001, "0"),
            (0.0, "0"),
        ] {
            assert_eq!(format_points(x), text);
        }
    }
}

/// What the history database says about a site's earlier runs.
#[derive(Clone, Debug, Default, PartialEq, Serialize, JsonSchema)]
pub struct History {
    /// The last scores, oldest first, this run last (at most 12).
    pub trend: Vec<TrendPoint>,
    /// Compared with the run before this one, when there is one.
    pub since_last: Option<SinceLast>,
}

#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct TrendPoint {
    pub as_of: String,
    /// `null` when that run was not scored.
    pub total: Option<f64>,
    pub vetoed: bool,
}

/// Findings against the previous run, matched by check and place.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct SinceLast {
    pub run: i64,
    pub as_of: String,
    pub new: u64,
    pub fixed: u64,
    pub still_open: u64,
}

/// Availability probes stored by `govaudit monitor`, per day, for veto V2.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Availability {
    /// The last day counted: the audit's `as_of`.
    pub until: String,
    /// The days up to `until` that have probes, oldest first; probes in a
    /// `maintenance` window are not counted.
    pub days: Vec<ProbeDay>,
    /// Planned downtime (`[[maintenance]]`, 临时报备) within the probes'
    /// month, oldest first: left out of V2 and shown with its veto.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub maintenance: Vec<MaintenanceWindow>,
}

/// A planned downtime window and the probes it left out of V2.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct MaintenanceWindow {
    /// Its start and end (`YYYY-MM-DD HH:MM`, in the config's offset).
    pub from: String,
    pub to: String,
    pub reason: String,
    /// Probes stored within it, not counted.
    pub excluded: u64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct ProbeDay {
    pub day: String,
    pub probes: u64,
    pub failures: u64,
}
