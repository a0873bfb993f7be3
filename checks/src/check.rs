//! What a check is: its identity and docs ([`CheckInfo`]) and what it
//! returns ([`Finding`], with its [`Severity`]).
//!
//! The bottom of the check layer: every check file imports this, the
//! facts and the model below never do. `crate::audit` re-exports the
//! finding types as part of the report.

use schemars::JsonSchema;
use serde::Serialize;

use crate::lang::Lang;

/// A check's identity and documentation, in both languages: they stay in
/// the check's file beside its rule; what a finding says is in
/// `words/locales/*/findings.ftl`.
#[derive(Debug)]
pub struct CheckInfo {
    /// Stable id, `area.name`, as in the report contract.
    pub id: &'static str,
    pub severity: Severity,
    pub title_zh: &'static str,
    pub title_en: &'static str,
    /// What it checks / why it matters / how to fix / references.
    pub docs_zh: &'static str,
    pub docs_en: &'static str,
    /// Where an accessibility rule stands in the standards (axe-core's
    /// impact and tags, the GB/T 37668 principle); `None` for the checks
    /// that are not accessibility rules.
    pub standard: Option<Standard>,
}

impl CheckInfo {
    pub fn title(&self, lang: Lang) -> &'static str {
        lang.pick(self.title_zh, self.title_en)
    }

    pub fn docs(&self, lang: Lang) -> &'static str {
        lang.pick(self.docs_zh, self.docs_en)
    }

    /// The docs' "how to fix" paragraph, without its heading: what a
    /// scorecard row tells the site's editors to do.
    pub fn fix(&self, lang: Lang) -> &'static str {
        let docs = self.docs(lang);
        // The heading the docs beside each check are written with; it
        // lives with them, not in the translation files.
        let heading = lang.pick("如何修复：", "How to fix:");
        docs.split("\n\n").find_map(|p| p.trim().strip_prefix(heading)).map(str::trim).unwrap_or_default()
    }
}

/// An accessibility rule as axe-core files it, and the GB/T 37668-2019
/// principle it serves.
///
/// The tags are axe's own (`wcag2a`, `wcag111`, `best-practice`, …), kept
/// so that a rubric can score the WCAG rules and show axe's best-practice
/// rules as notices, and so that an evaluator can put govaudit's list next
/// to axe's. A rule's severity follows them (see the registry's tests).
#[derive(Clone, Copy, Debug)]
pub struct Standard {
    pub impact: Impact,
    pub tags: &'static [&'static str],
    pub principle: Principle,
}

impl Standard {
    /// The WCAG success criteria named in the tags: `wcag111` is "1.1.1",
    /// `wcag1412` is "1.4.12".
    pub fn criteria(&self) -> Vec<String> {
        self.tags
            .iter()
            .filter_map(|t| t.strip_prefix("wcag"))
            .filter(|d| d.len() >= 3 && d.bytes().all(|b| b.is_ascii_digit()))
            .map(|d| format!("{}.{}.{}", &d[..1], &d[1..2], &d[2..]))
            .collect()
    }

    /// The WCAG level and version (`wcag2a` is "A", `wcag21aa` is "AA"),
    /// `None` for best-practice rules.
    pub fn level(&self) -> Option<&'static str> {
        self.tags.iter().find_map(|t| match *t {
            "wcag2a" | "wcag21a" | "wcag22a" => Some("A"),
            "wcag2aa" | "wcag21aa" | "wcag22aa" => Some("AA"),
            "wcag2aaa" | "wcag21aaa" | "wcag22aaa" => Some("AAA"),
            _ => None,
        })
    }

    /// axe's best practices: not a WCAG requirement, reported as a notice.
    pub fn best_practice(&self) -> bool {
        self.tags.iter().any(|t| matches!(*t, "best-practice" | "wcag2a-obsolete"))
    }
}

/// axe-core's impact of a violation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Impact {
    Minor,
    Moderate,
    Serious,
    Critical,
}

impl Impact {
    pub fn as_str(self) -> &'static str {
        match self {
            Impact::Minor => "minor",
            Impact::Moderate => "moderate",
            Impact::Serious => "serious",
            Impact::Critical => "critical",
        }
    }
}

/// The four principles of GB/T 37668-2019 (WCAG's POUR).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Principle {
    /// 可感知性
    Perceivable,
    /// 可操作性
    Operable,
    /// 可理解性
    Understandable,
    /// 兼容性
    Robust,
}

impl Principle {
    /// The principle a WCAG criterion's first number names.
    pub fn of_criterion(criterion: &str) -> Option<Principle> {
        match criterion.split('.').next()? {
            "1" => Some(Principle::Perceivable),
            "2" => Some(Principle::Operable),
            "3" => Some(Principle::Understandable),
            "4" => Some(Principle::Robust),
            _ => None,
        }
    }

    /// Its name, from `words/locales/*/model.ftl`.
    pub fn name(self, lang: Lang) -> String {
        match self {
            Principle::Perceivable => lang.word("principle-perceivable"),
            Principle::Operable => lang.word("principle-operable"),
            Principle::Understandable => lang.word("principle-understandable"),
            Principle::Robust => lang.word("principle-robust"),
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// 单项否决: the site fails whatever else it scores.
    Veto,
    /// 扣分: costs points under a rubric indicator.
    Deduction,
    /// No points; something to know or to look at.
    #[default]
    Notice,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Veto => "veto",
            Severity::Deduction => "deduction",
            Severity::Notice => "notice",
        }
    }
}

/// One problem found. Fields beyond the first six apply to some checks only.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, JsonSchema)]
pub struct Finding {
    pub check: String,
    pub severity: Severity,
    /// The page where it was seen (after redirects); `null` when not page-bound.
    pub page: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    pub detail: String,
    pub evidence: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub element: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub on_homepage: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub internal: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub platform: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub selector: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mark: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    /// axe-core found it in headless Chromium (`--render`), not the
    /// static reading of the HTML.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rendered: Option<bool>,
    /// The rendered page's screenshot, relative to the report's folder
    /// (`screenshots/1.png`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub screenshot: Option<String>,
    /// A wrong word's grade: serious (严重), ordinary (一般) or suspect (疑似).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub grade: Option<crate::facts::lexicon::Grade>,
    /// What to write instead of the wrong word.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub correction: Option<String>,
    /// Where the wrong-word entry comes from (a published list, govaudit,
    /// the user's file).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Where in the `target` file it sits (an attachment's PDF page, sheet
    /// and row, Word paragraph or table row), in words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// A warning's deadline (`YYYY-MM-DD`): the day a column, account or
    /// message crosses its veto line unless someone acts (`*.due-soon`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due: Option<String>,
    /// The office the config names as owning the finding's column or
    /// account (`[[columns]] owner`), whom a warning is sent to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// What identifies the problem from run to run (16 hex digits, see
    /// `crate::fingerprint`): the key of SARIF, `diff` and review marks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fingerprint: Option<String>,
    /// A reviewer's mark on it (误报, 核减, 已知); absent when unmarked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub review: Option<crate::review::Review>,
}

impl Finding {
    /// A finding of `check` with its registered severity.
    pub fn new(check: &str, severity: Severity) -> Self {
        Finding { check: check.to_owned(), severity, ..Finding::default() }
    }
}

/// Puts findings in the one order every report uses, so two runs diff cleanly.
pub fn sort_findings(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        (a.severity, &a.check, &a.page, &a.target, &a.selector, &a.mark).cmp(&(
            b.severity,
            &b.check,
            &b.page,
            &b.target,
            &b.selector,
            &b.mark,
        ))
    });
}

/// At most this many issues of one check are kept per page; the last one
/// kept says how many more there were. A template fault repeats on every
/// page, and a hundred copies on one page tell the reader nothing more.
pub const MAX_PER_CHECK_PER_PAGE: usize = 20;

/// Rules kept to one issue per page, the rest counted in it. `region`
/// flags every block of a page laid out without landmarks, which is every
/// county template: at 20 a page it was 90 % of a 20,000-page portal's
/// findings (180,798), a 234 MB SARIF file and seven times the memory,
/// and the blocks all say one thing: the template has no landmarks.
const ONE_PER_PAGE: &[&str] = &["a11y.region"];

/// How many issues of `check` a page keeps.
pub fn kept_per_page(check: &str) -> usize {
    if ONE_PER_PAGE.contains(&check) { 1 } else { MAX_PER_CHECK_PER_PAGE }
}
