//! A rubric file: the scoring rules as data.
//!
//! The default, `checks/rubrics/gov-2019.toml`, follows 国办秘函〔2019〕19号;
//! a province or an evaluator writes its own and passes `--rubric FILE`.
//! Loading checks everything a typo could break (a check id that does not
//! exist, a cap larger than the total, a negative number, an indicator
//! listed twice) and names the file, the line and the key at fault, because
//! a rubric that silently scores nothing is worse than one that fails.

use std::collections::BTreeMap;
use std::fmt;

use serde::Deserialize;
use toml::Spanned;

use crate::Lang;
use crate::audit::Severity;
use crate::model::column::category::Category;
use crate::registry;

/// The rubric shipped with govaudit.
pub const DEFAULT_TOML: &str = include_str!("../../rubrics/gov-2019.toml");
pub const DEFAULT_NAME: &str = "checks/rubrics/gov-2019.toml";

/// The largest number a rubric may hold: far above any real scale, low
/// enough that sums of hundredths never overflow.
const MAX_POINTS: f64 = 100_000.0;

/// What an `availability` condition reads from its veto's `params`.
pub const AVAILABILITY_PARAMS: [&str; 3] = ["days", "visits_per_day", "fail_ratio"];

/// Categories a `column_category` may name (the report's `category`).
const CATEGORIES: [Category; 7] = [
    Category::News,
    Category::Notice,
    Category::Policy,
    Category::Personnel,
    Category::Planning,
    Category::Interaction,
    Category::Other,
];

/// Points are counted in hundredths so that sums are exact.
pub type Centi = i64;

pub fn to_centi(points: f64) -> Centi {
    (points * 100.0).round() as Centi
}

pub fn from_centi(centi: Centi) -> f64 {
    centi as f64 / 100.0
}

/// A validated rubric.
#[derive(Clone, Debug)]
pub struct Rubric {
    pub id: String,
    name: Text,
    pub scale: Scale,
    /// Best band first; the last is the failing band.
    pub grades: Vec<Grade>,
    pub grades_source: Source,
    pub freshness: Freshness,
    pub vetoes: Vec<Veto>,
    pub indices: Vec<Index>,
    pub indicators: Vec<Indicator>,
}

/// Text in both languages.
#[derive(Clone, Debug, Default)]
pub struct Text {
    pub zh: String,
    pub en: String,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En if self.en.is_empty() => &self.zh,
            Lang::En => &self.en,
        }
    }
}

/// Where a number comes from.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The national text states it (false: practice, or govaudit's choice).
    pub confirmed: bool,
    #[serde(default)]
    pub source: String,
}

#[derive(Clone, Debug)]
pub struct Scale {
    pub total: Centi,
    pub pass_mark: Centi,
    pub bonus_gate: Centi,
    pub bonus_total: Centi,
    pub source: Source,
}

#[derive(Clone, Debug)]
pub struct Grade {
    pub id: String,
    pub label: Text,
    pub min: Centi,
}

/// The longest freshness limit a rubric may set, in days.
pub const MAX_LIMIT_DAYS: u32 = 36_500;

/// Column freshness limits in days.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Freshness {
    pub homepage: u32,
    pub news: u32,
    pub notice: u32,
    pub policy: u32,
    pub personnel: u32,
    pub planning: u32,
    /// Official accounts' newest post.
    #[serde(default = "two_weeks")]
    pub account: u32,
    #[serde(flatten)]
    pub source: Source,
}

#[derive(Clone, Debug)]
pub struct Veto {
    pub id: String,
    pub title: Text,
    /// Any condition that holds fires the veto; none: a person decides.
    pub when: Vec<Condition>,
    /// What the audit must have seen for "not fired" to mean "clear".
    pub needs: Vec<Fact>,
    /// The site's verdict, or its official accounts'.
    pub scope: VetoScope,
    /// It is about public services: a site scored without them (a
    /// department without public services, 75 × 4/3) is not judged by it.
    pub services: bool,
    pub params: BTreeMap<String, f64>,
    pub source: Source,
}

/// A condition that fires a veto.
#[derive(Clone, Debug, PartialEq)]
pub enum Condition {
    /// At least `at_least` findings of a check. A `lead` condition never
    /// fires: its findings are shown as leads for a person. `distinct`:
    /// findings of one check with the same evidence count once (a wrong
    /// word in a page template, or one article republished, is one error).
    Findings { check: CheckPattern, at_least: u64, lead: bool, distinct: bool },
    /// A count of the audit reaches `at_least`.
    Metric { metric: Metric, at_least: u64 },
    /// The stored availability probes (`govaudit monitor`) over the veto's
    /// `params`: `days` whole days of at least `visits_per_day` probes,
    /// failing at `fail_ratio` or more.
    Availability,
}

fn two_weeks() -> u32 {
    14
}

/// Whose verdict a veto decides.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VetoScope {
    /// The website (政府网站).
    #[default]
    Site,
    /// The official accounts (政务新媒体), judged on `account.*` findings.
    Accounts,
}

/// What an audit must have seen before a veto can be cleared.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Fact {
    /// At least one page was crawled.
    Pages,
    /// The home page (or its second-level pages) showed dated items.
    HomepageAssessed,
    /// A leaders page (领导信息) was found and read.
    LeadersPage,
}

impl Fact {
    /// Why a veto needing this fact could not be assessed.
    pub fn why_not(self, lang: Lang) -> String {
        match self {
            Fact::Pages => lang.word("veto-no-pages"),
            Fact::HomepageAssessed => lang.word("veto-no-homepage-list"),
            Fact::LeadersPage => lang.word("veto-no-leaders-page"),
        }
    }
}

/// The counts of an audit a veto can test.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Metric {
    StaleNewsOrFirstLevelNoticePolicy,
    StaleColumns,
    BlankColumns,
}

impl Metric {
    pub const ALL: [(Metric, &'static str); 3] = [
        (Metric::StaleNewsOrFirstLevelNoticePolicy, "columns.stale_news_or_first_level_notice_policy"),
        (Metric::StaleColumns, "columns.stale"),
        (Metric::BlankColumns, "columns.blank"),
    ];

    pub fn name(self) -> &'static str {
        Metric::ALL.iter().find(|(m, _)| *m == self).map_or("", |(_, n)| n)
    }

    pub fn label(self, lang: Lang) -> String {
        match self {
            Metric::StaleNewsOrFirstLevelNoticePolicy => {
                lang.word("metric-stale-news-or-first-level-notice-policy")
            }
            Metric::StaleColumns => lang.word("metric-stale-columns"),
            Metric::BlankColumns => lang.word("metric-blank-columns"),
        }
    }
}

#[derive(Clone, Debug)]
pub struct Index {
    pub id: String,
    pub title: Text,
    /// Its indicators are dropped for a site without public services.
    pub services: bool,
}

#[derive(Clone, Debug)]
pub struct Indicator {
    pub id: String,
    pub index: String,
    pub title: Text,
    pub weight: Centi,
    /// Empty: nothing in govaudit measures it; a person scores it.
    pub rules: Vec<PointRule>,
    /// What the audit must have seen for its rules to have measured it
    /// (`leaders_page`: no leaders page found is not "no fault found");
    /// without it, the indicator is a person's to score.
    pub needs: Vec<Fact>,
    pub source: Source,
}

/// Points per finding of a check, for the findings that match `when`.
#[derive(Clone, Debug)]
pub struct PointRule {
    pub check: CheckPattern,
    pub when: When,
    pub points: Centi,
}

/// A check id, or `area.*` for every check of an area, resolved against
/// the registry once.
///
/// In a rubric, `area.*` leaves out the area's notice checks (those the
/// checks themselves call "look at this", such as `a11y.duplicate-id-aria`,
/// which axe-core only asks to review): a rubric that wants points for one
/// names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckPattern {
    text: String,
    ids: Vec<&'static str>,
}

impl CheckPattern {
    /// The pattern, or `None` when it names no registered check.
    pub fn new(text: &str, with_notices: bool) -> Option<CheckPattern> {
        let text = text.trim();
        let ids: Vec<&'static str> = match text.strip_suffix('*') {
            Some(prefix) => registry::all()
                .filter(|c| c.id.starts_with(prefix) && (with_notices || c.severity != Severity::Notice))
                .map(|c| c.id)
                .collect(),
            None => registry::find(text).map(|c| c.id).into_iter().collect(),
        };
        (!ids.is_empty()).then(|| CheckPattern { text: text.to_owned(), ids })
    }

    /// The findings of any of `patterns`, counted together (`checks = […]`
    /// in a veto condition: serious errors found by several checks).
    pub fn any(patterns: Vec<CheckPattern>) -> CheckPattern {
        let text = patterns.iter().map(|p| p.text.as_str()).collect::<Vec<_>>().join(" + ");
        let mut ids: Vec<&'static str> = patterns.into_iter().flat_map(|p| p.ids).collect();
        ids.sort_unstable();
        ids.dedup();
        CheckPattern { text, ids }
    }

    pub fn matches(&self, check: &str) -> bool {
        self.ids.contains(&check)
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }
}

impl fmt::Display for CheckPattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

/// Which findings of a check a rule counts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct When {
    pub on_homepage: Option<bool>,
    pub internal: Option<bool>,
    pub element: Option<String>,
    pub mark: Option<String>,
    /// The category of the finding's column (joined on `column`).
    pub column_category: Option<Category>,
    pub column_level: Option<u32>,
}

impl When {
    pub fn is_empty(&self) -> bool {
        *self == When::default()
    }
}

impl Rubric {
    /// The rubric shipped with govaudit.
    pub fn default_rubric() -> Rubric {
        match Rubric::parse(DEFAULT_TOML, DEFAULT_NAME) {
            Ok(rubric) => rubric,
            // The shipped file is proven by a test; this cannot happen in a
            // released binary.
            Err(e) => panic!("the shipped rubric is invalid: {e}"),
        }
    }

    /// Parses and validates a rubric; `origin` names the file in errors.
    pub fn parse(text: &str, origin: &str) -> Result<Rubric, RubricError> {
        let raw: RawRubric = toml::from_str(text).map_err(|e| RubricError {
            at: e.span().map(|s| line_col(text, s.start)),
            origin: origin.to_owned(),
            key: String::new(),
            message: e.message().trim_end().replace('\n', " "),
        })?;
        Validator { text, origin }.rubric(raw)
    }

    pub fn name(&self, lang: Lang) -> &str {
        self.name.get(lang)
    }

    pub fn index(&self, id: &str) -> Option<&Index> {
        self.indices.iter().find(|i| i.id == id)
    }

    /// The failing band (vetoed, or below the pass mark).
    pub fn failing_grade(&self) -> &Grade {
        // Validation keeps at least one band.
        &self.grades[self.grades.len() - 1]
    }

    /// The band a passing score falls in: never the failing band, whose
    /// `min` is 0 (validation keeps every other band at or above the pass
    /// mark).
    pub fn passing_grade(&self, total: Centi) -> &Grade {
        let passing = &self.grades[..self.grades.len() - 1];
        passing.iter().find(|g| total >= g.min).or(passing.last()).unwrap_or_else(|| self.failing_grade())
    }
}

/// What is wrong with a rubric file, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RubricError {
    pub origin: String,
    /// Line and column, 1-based.
    pub at: Option<(usize, usize)>,
    /// The key at fault (`indicators[3].weight`), when known.
    pub key: String,
    pub message: String,
}

impl fmt::Display for RubricError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.origin)?;
        if let Some((line, col)) = self.at {
            write!(f, ":{line}:{col}")?;
        }
        if !self.key.is_empty() {
            write!(f, ": {}", self.key)?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for RubricError {}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

// ── The file as written ────────────────────────────────────────────────

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRubric {
    id: String,
    name: String,
    #[serde(default)]
    name_en: String,
    scale: RawScale,
    grades: Vec<RawGrade>,
    grades_source: Option<Source>,
    freshness: Freshness,
    #[serde(default)]
    vetoes: Vec<RawVeto>,
    indices: Vec<RawIndex>,
    #[serde(default)]
    indicators: Vec<RawIndicator>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScale {
    total: Spanned<f64>,
    pass_mark: Spanned<f64>,
    bonus_gate: Spanned<f64>,
    bonus_total: Spanned<f64>,
    #[serde(flatten)]
    source: Source,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGrade {
    id: String,
    label: String,
    #[serde(default)]
    label_en: String,
    min: Spanned<f64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawVeto {
    id: Spanned<String>,
    title: String,
    #[serde(default)]
    title_en: String,
    #[serde(default)]
    when: Vec<RawCondition>,
    #[serde(default)]
    needs: Vec<Fact>,
    #[serde(default)]
    scope: VetoScope,
    #[serde(default)]
    services: bool,
    #[serde(default)]
    params: BTreeMap<String, f64>,
    #[serde(flatten)]
    source: Source,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCondition {
    check: Option<Spanned<String>>,
    /// Several checks whose findings count together (`at_least` over the sum).
    checks: Option<Vec<Spanned<String>>>,
    metric: Option<Spanned<String>>,
    at_least: Option<Spanned<i64>>,
    #[serde(default)]
    lead: bool,
    /// Count findings of one check with the same evidence once.
    #[serde(default)]
    distinct: bool,
    #[serde(default)]
    availability: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIndex {
    id: Spanned<String>,
    title: String,
    #[serde(default)]
    title_en: String,
    #[serde(default)]
    services: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIndicator {
    id: Spanned<String>,
    index: Spanned<String>,
    title: String,
    #[serde(default)]
    title_en: String,
    weight: Spanned<f64>,
    #[serde(default)]
    rules: Vec<RawRule>,
    #[serde(default)]
    needs: Vec<Fact>,
    #[serde(flatten)]
    source: Source,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    check: Spanned<String>,
    #[serde(default)]
    when: RawWhen,
    points: Spanned<f64>,
}

/// A `when` as written; the validator names an unknown category itself.
#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWhen {
    on_homepage: Option<bool>,
    internal: Option<bool>,
    element: Option<String>,
    mark: Option<String>,
    column_category: Option<String>,
    column_level: Option<u32>,
}

// ── Validation ─────────────────────────────────────────────────────────

struct Validator<'a> {
    text: &'a str,
    origin: &'a str,
}

impl Validator<'_> {
    fn error<T>(&self, span: std::ops::Range<usize>, key: String, message: String) -> Result<T, RubricError> {
        Err(RubricError {
            origin: self.origin.to_owned(),
            at: Some(line_col(self.text, span.start)),
            key,
            message,
        })
    }

    /// A number that must be finite and not negative, in hundredths.
    fn points(&self, value: &Spanned<f64>, key: String) -> Result<Centi, RubricError> {
        let v = *value.get_ref();
        if !v.is_finite() || !(0.0..=MAX_POINTS).contains(&v) {
            return self.error(
                value.span(),
                key,
                format!("must be a number from 0 to {MAX_POINTS}, got {v}"),
            );
        }
        Ok(to_centi(v))
    }

    fn rubric(&self, raw: RawRubric) -> Result<Rubric, RubricError> {
        let scale = self.scale(&raw.scale)?;
        let grades = self.grades(&raw.grades, &scale)?;
        let vetoes = self.vetoes(raw.vetoes)?;
        let indices = self.indices(raw.indices)?;
        let indicators = self.indicators(raw.indicators, &indices, scale.total, &vetoes)?;
        Ok(Rubric {
            id: raw.id,
            name: Text { zh: raw.name, en: raw.name_en },
            scale,
            grades,
            grades_source: raw.grades_source.unwrap_or_default(),
            freshness: self.freshness(raw.freshness)?,
            vetoes,
            indices,
            indicators,
        })
    }

    /// Freshness limits within what date arithmetic can use: a century,
    /// as the config's own limits.
    fn freshness(&self, f: Freshness) -> Result<Freshness, RubricError> {
        let limits = [
            ("homepage", f.homepage),
            ("news", f.news),
            ("notice", f.notice),
            ("policy", f.policy),
            ("personnel", f.personnel),
            ("planning", f.planning),
            ("account", f.account),
        ];
        if let Some((key, days)) = limits.into_iter().find(|(_, days)| *days > MAX_LIMIT_DAYS) {
            // The table's position: its keys carry no spans of their own.
            let at = self.text.find("[freshness]").unwrap_or_default();
            return self.error(
                at..at,
                format!("freshness.{key}"),
                format!("{days} days is more than {MAX_LIMIT_DAYS} (a century)"),
            );
        }
        Ok(f)
    }

    fn scale(&self, raw: &RawScale) -> Result<Scale, RubricError> {
        let total = self.points(&raw.total, "scale.total".into())?;
        if total == 0 {
            return self.error(raw.total.span(), "scale.total".into(), "must be greater than 0".into());
        }
        let pass_mark = self.points(&raw.pass_mark, "scale.pass_mark".into())?;
        let bonus_gate = self.points(&raw.bonus_gate, "scale.bonus_gate".into())?;
        for (value, centi, key) in
            [(&raw.pass_mark, pass_mark, "pass_mark"), (&raw.bonus_gate, bonus_gate, "bonus_gate")]
        {
            if centi > total {
                return self.error(value.span(), format!("scale.{key}"), "is larger than scale.total".into());
            }
        }
        Ok(Scale {
            total,
            pass_mark,
            bonus_gate,
            bonus_total: self.points(&raw.bonus_total, "scale.bonus_total".into())?,
            source: raw.source.clone(),
        })
    }

    fn grades(&self, raw: &[RawGrade], scale: &Scale) -> Result<Vec<Grade>, RubricError> {
        let mut grades: Vec<Grade> = Vec::new();
        for (i, g) in raw.iter().enumerate() {
            let key = format!("grades[{i}].min");
            let min = self.points(&g.min, key.clone())?;
            if grades.last().is_some_and(|prev| prev.min <= min) {
                return self.error(
                    g.min.span(),
                    key,
                    "grades go from the best band down: each min below the one before".into(),
                );
            }
            if grades.iter().any(|seen| seen.id == g.id) {
                return self.error(
                    g.min.span(),
                    format!("grades[{i}].id"),
                    format!("grade {:?} is listed twice", g.id),
                );
            }
            let last = i + 1 == raw.len();
            if last && min > 0 {
                return self.error(
                    g.min.span(),
                    key,
                    "the last band is the failing one: its min must be 0".into(),
                );
            }
            if !last && min < scale.pass_mark {
                return self.error(
                    g.min.span(),
                    key,
                    format!(
                        "a band above the failing one must start at the pass mark ({}) or higher",
                        from_centi(scale.pass_mark)
                    ),
                );
            }
            grades.push(Grade {
                id: g.id.clone(),
                label: Text { zh: g.label.clone(), en: g.label_en.clone() },
                min,
            });
        }
        if grades.len() < 2 {
            return Err(RubricError {
                origin: self.origin.to_owned(),
                at: None,
                key: "grades".into(),
                message: "at least two grade bands are needed: a passing one and the failing one (min = 0)"
                    .into(),
            });
        }
        Ok(grades)
    }

    fn vetoes(&self, raw: Vec<RawVeto>) -> Result<Vec<Veto>, RubricError> {
        let mut vetoes: Vec<Veto> = Vec::new();
        for (i, v) in raw.into_iter().enumerate() {
            if vetoes.iter().any(|seen| seen.id == *v.id.get_ref()) {
                return self.error(
                    v.id.span(),
                    format!("vetoes[{i}].id"),
                    format!("veto {:?} is listed twice", v.id.get_ref()),
                );
            }
            let when = v
                .when
                .iter()
                .enumerate()
                .map(|(j, c)| self.condition(c, format!("vetoes[{i}].when[{j}]"), v.id.span()))
                .collect::<Result<_, _>>()?;
            // Account vetoes judge account findings, site vetoes the rest.
            let accounts = v.scope == VetoScope::Accounts;
            for (j, c) in v.when.iter().enumerate() {
                let Some(check) = &c.check else { continue };
                if check.get_ref().starts_with("account.") != accounts {
                    return self.error(
                        check.span(),
                        format!("vetoes[{i}].when[{j}].check"),
                        if accounts {
                            "a veto with scope = \"accounts\" judges account.* checks only".into()
                        } else {
                            "account.* checks belong to a veto with scope = \"accounts\"".into()
                        },
                    );
                }
            }
            let probes = v.when.iter().any(|c| c.availability);
            for name in AVAILABILITY_PARAMS.iter().filter(|_| probes) {
                let bounds = match *name {
                    "days" => 1.0..=31.0,
                    "visits_per_day" => 1.0..=10_000.0,
                    _ => 0.0..=1.0,
                };
                match v.params.get(*name) {
                    Some(value) if bounds.contains(value) => {}
                    _ => {
                        return self.error(
                            v.id.span(),
                            format!("vetoes[{i}].params.{name}"),
                            format!(
                                "an `availability` condition needs this parameter, from {} to {}",
                                bounds.start(),
                                bounds.end()
                            ),
                        );
                    }
                }
            }
            if let Some(c) =
                v.when.iter().find(|c| (c.lead || c.distinct) && c.check.is_none() && c.checks.is_none())
            {
                let span = c.metric.as_ref().map_or_else(|| v.id.span(), |m| m.span());
                return self.error(
                    span,
                    format!("vetoes[{i}].when"),
                    "`lead` and `distinct` apply to a `check` or `checks` condition only".into(),
                );
            }
            for (name, value) in &v.params {
                if !value.is_finite() || *value < 0.0 {
                    return self.error(
                        v.id.span(),
                        format!("vetoes[{i}].params.{name}"),
                        format!("must be a number ≥ 0, got {value}"),
                    );
                }
            }
            vetoes.push(Veto {
                id: v.id.into_inner(),
                title: Text { zh: v.title, en: v.title_en },
                when,
                needs: v.needs,
                scope: v.scope,
                services: v.services,
                params: v.params,
                source: v.source,
            });
        }
        Ok(vetoes)
    }

    fn condition(
        &self,
        c: &RawCondition,
        key: String,
        fallback: std::ops::Range<usize>,
    ) -> Result<Condition, RubricError> {
        let at_least = match &c.at_least {
            None => 1,
            Some(n) if *n.get_ref() >= 1 => *n.get_ref() as u64,
            Some(n) => return self.error(n.span(), format!("{key}.at_least"), "must be at least 1".into()),
        };
        if c.availability {
            if c.check.is_some() || c.checks.is_some() || c.metric.is_some() {
                return self.error(fallback, key, "`availability` stands alone in its condition".into());
            }
            return Ok(Condition::Availability);
        }
        match (&c.check, &c.checks, &c.metric) {
            (Some(check), None, None) => {
                let pattern = self.check_pattern(check, format!("{key}.check"))?;
                Ok(Condition::Findings { check: pattern, at_least, lead: c.lead, distinct: c.distinct })
            }
            (None, Some(checks), None) => {
                if checks.is_empty() {
                    return self.error(fallback, format!("{key}.checks"), "lists no check".into());
                }
                let patterns = checks
                    .iter()
                    .enumerate()
                    .map(|(j, check)| self.check_pattern(check, format!("{key}.checks[{j}]")))
                    .collect::<Result<Vec<_>, _>>()?;
                Ok(Condition::Findings {
                    check: CheckPattern::any(patterns),
                    at_least,
                    lead: c.lead,
                    distinct: c.distinct,
                })
            }
            (None, None, Some(metric)) => match Metric::ALL.iter().find(|(_, name)| name == metric.get_ref())
            {
                Some((m, _)) => Ok(Condition::Metric { metric: *m, at_least }),
                None => {
                    let known: Vec<&str> = Metric::ALL.iter().map(|(_, n)| *n).collect();
                    self.error(
                        metric.span(),
                        format!("{key}.metric"),
                        format!("unknown metric {:?}; known: {}", metric.get_ref(), known.join(", ")),
                    )
                }
            },
            _ => self.error(
                fallback,
                key,
                "a condition needs exactly one of `check`, `checks`, `metric` or `availability`".into(),
            ),
        }
    }

    fn check_pattern(&self, check: &Spanned<String>, key: String) -> Result<CheckPattern, RubricError> {
        match CheckPattern::new(check.get_ref(), false) {
            Some(pattern) => Ok(pattern),
            None => self.error(
                check.span(),
                key,
                format!("unknown check id {:?} (govaudit checks lists them)", check.get_ref()),
            ),
        }
    }

    /// A `when` that names a category or mark that does not exist would
    /// silently match nothing.
    fn when(&self, when: &RawWhen, span: std::ops::Range<usize>, key: &str) -> Result<When, RubricError> {
        let column_category = match &when.column_category {
            None => None,
            Some(name) => match CATEGORIES.into_iter().find(|c| c.as_str() == name) {
                Some(category) => Some(category),
                None => {
                    let known: Vec<&str> = CATEGORIES.iter().map(|c| c.as_str()).collect();
                    return self.error(
                        span,
                        format!("{key}.when.column_category"),
                        format!("unknown category {name:?}; known: {}", known.join(", ")),
                    );
                }
            },
        };
        let marks: Vec<&str> = crate::facts::marks::MARKS.to_vec();
        if let Some(mark) = &when.mark
            && !marks.contains(&mark.as_str())
        {
            return self.error(
                span,
                format!("{key}.when.mark"),
                format!("unknown mark {mark:?}; known: {}", marks.join(", ")),
            );
        }
        Ok(When {
            on_homepage: when.on_homepage,
            internal: when.internal,
            element: when.element.clone(),
            mark: when.mark.clone(),
            column_category,
            column_level: when.column_level,
        })
    }

    fn indices(&self, raw: Vec<RawIndex>) -> Result<Vec<Index>, RubricError> {
        let mut indices: Vec<Index> = Vec::new();
        for (i, x) in raw.into_iter().enumerate() {
            if indices.iter().any(|seen| seen.id == *x.id.get_ref()) {
                return self.error(
                    x.id.span(),
                    format!("indices[{i}].id"),
                    format!("index {:?} is listed twice", x.id.get_ref()),
                );
            }
            indices.push(Index {
                id: x.id.into_inner(),
                title: Text { zh: x.title, en: x.title_en },
                services: x.services,
            });
        }
        Ok(indices)
    }

    fn indicators(
        &self,
        raw: Vec<RawIndicator>,
        indices: &[Index],
        total: Centi,
        vetoes: &[Veto],
    ) -> Result<Vec<Indicator>, RubricError> {
        let mut indicators: Vec<Indicator> = Vec::new();
        let mut sum = 0;
        for (i, x) in raw.into_iter().enumerate() {
            let key = |field: &str| format!("indicators[{i}].{field}");
            if indicators.iter().any(|seen| seen.id == *x.id.get_ref()) {
                return self.error(
                    x.id.span(),
                    key("id"),
                    format!("indicator {:?} is listed twice", x.id.get_ref()),
                );
            }
            // A finding's `rule` names a veto or an indicator: one id, one meaning.
            if vetoes.iter().any(|v| v.id == *x.id.get_ref()) {
                return self.error(
                    x.id.span(),
                    key("id"),
                    format!("{:?} is already a veto's id", x.id.get_ref()),
                );
            }
            if !indices.iter().any(|index| index.id == *x.index.get_ref()) {
                return self.error(
                    x.index.span(),
                    key("index"),
                    format!("unknown index {:?}: declare it under [[indices]]", x.index.get_ref()),
                );
            }
            let weight = self.points(&x.weight, key("weight"))?;
            if weight > total {
                return self.error(
                    x.weight.span(),
                    key("weight"),
                    format!("weight {} is larger than scale.total {}", from_centi(weight), from_centi(total)),
                );
            }
            sum += weight;
            if sum > total {
                return self.error(
                    x.weight.span(),
                    key("weight"),
                    format!(
                        "the weights add up to {}, more than scale.total {}",
                        from_centi(sum),
                        from_centi(total)
                    ),
                );
            }
            let mut rules = Vec::new();
            for (j, r) in x.rules.iter().enumerate() {
                let rule_key = format!("indicators[{i}].rules[{j}]");
                let when = self.when(&r.when, r.check.span(), &rule_key)?;
                rules.push(PointRule {
                    check: self.check_pattern(&r.check, format!("{rule_key}.check"))?,
                    when,
                    points: self.points(&r.points, format!("{rule_key}.points"))?,
                });
            }
            indicators.push(Indicator {
                id: x.id.into_inner(),
                index: x.index.into_inner(),
                title: Text { zh: x.title, en: x.title_en },
                weight,
                rules,
                needs: x.needs,
                source: x.source,
            });
        }
        Ok(indicators)
    }
}
