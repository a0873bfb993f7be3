//! The contract between the checks and the reports: one [`Audit`] value,
//! shaped exactly like `report.json` (schema `govaudit/1`).
//!
//! Reports are views of this value and never change it. Field order here is
//! the order in the JSON; optional fields are left out when they do not
//! apply, except `page`, which the contract wants as `null` when a finding is
//! not bound to a page.

use schemars::JsonSchema;
use serde::Serialize;

pub const SCHEMA: &str = "govaudit/1";

/// One run of govaudit: the whole of `report.json`.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct Audit {
    /// `govaudit/1`; it changes only when a field is renamed, removed or
    /// changes meaning, never for an added field.
    #[schemars(extend("const" = SCHEMA))]
    pub schema: &'static str,
    pub tool: Tool,
    /// The calendar day freshness is measured against, `YYYY-MM-DD`.
    pub as_of: String,
    /// RFC 3339 with the site's UTC offset.
    pub started_at: String,
    pub finished_at: String,
    pub sites: Vec<SiteAudit>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct Tool {
    pub name: &'static str,
    pub version: &'static str,
}

#[derive(Clone, Debug, Default, Serialize, JsonSchema)]
pub struct SiteAudit {
    pub name: String,
    pub root: String,
    pub stats: Stats,
    /// The scorecard under the rubric in force; `null` when the site was
    /// not scored.
    pub score: Option<crate::scorecard::Score>,
    pub columns: Vec<Column>,
    pub accounts: Vec<Account>,
    /// The verdict on the accounts; `null` when there are none.
    pub new_media: Option<crate::scorecard::NewMediaScore>,
    pub findings: Vec<Finding>,
    pub freshness: Freshness,
    /// The trend and what changed since the last stored run; `null`
    /// without a history database or before the first run.
    pub history: Option<crate::scorecard::History>,
    /// Stored availability probes (`govaudit monitor`); `null` when none.
    pub availability: Option<crate::scorecard::Availability>,
    /// Policy documents of the last year with an interpretation, and with
    /// a diversified one, against the county plan's 50 % target; left out
    /// when the site showed no policy document to judge.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub policy: Option<crate::model::policy::PolicySummary>,
    /// The leaders pages (领导信息) read and the leaders they show; left
    /// out when no leaders page was found.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub leaders: Option<crate::model::leaders::LeadersSummary>,
    /// How fast the consultation columns answer, in working days, and the
    /// holiday calendar years the counts used; left out when the site has
    /// no consultation column.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub consultations: Option<crate::model::consultations::ConsultationSummary>,
    /// The identity marks of the home page with the values read, so a
    /// wrong value can be seen; left out when no home page was read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub marks: Option<Vec<IdentityMark>>,
    /// The pages axe-core judged in headless Chromium (`--render`), those
    /// without a violation too, so that a reader can tell "judged and clean"
    /// from "not judged"; left out when none was rendered.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub rendered_pages: Vec<RenderedPageReport>,
    /// What reviewers' marks did this run: findings withdrawn (核减) and by
    /// whom, false alarms (误报), known problems (已知), expired and resolved
    /// marks; left out when no mark applies to the site.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub review: Option<crate::review::ReviewSummary>,
}

/// One page axe-core judged in the browser.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct RenderedPageReport {
    pub page: String,
    /// The axe rules it violated (their findings are `a11y.<rule>`).
    pub rules_violated: usize,
    /// The screenshot kept beside the scorecard (`screenshots/3.png`);
    /// `null` when the page had no violation or none could be taken.
    pub screenshot: Option<String>,
}

/// One identity mark of the home page (the contract's `mark` ids:
/// `party-gov-logo`, `site-code`, `icp`, `psb`, `sponsor`, `contact`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct IdentityMark {
    pub mark: String,
    pub present: bool,
    /// What the page writes (`蜀ICP备05003306号-1`); `null` when the mark
    /// is missing or is an image or a link without a written value.
    pub value: Option<String>,
}

/// Counters of one site's crawl. The first seven are the contract's; the
/// rest are additions that say why a number is what it is.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Stats {
    /// HTML pages of the site that were parsed.
    pub pages: u64,
    /// Distinct link targets whose status was checked.
    pub links_checked: u64,
    /// HTTP requests sent, retries and robots.txt included.
    pub requests: u64,
    /// Body bytes received (after decompression).
    pub bytes: u64,
    pub duration_ms: u64,
    /// Distinct targets found dead.
    pub errors: u64,
    /// A limit or an interruption stopped the crawl early, so findings are a
    /// lower bound.
    pub truncated: bool,
    /// Distinct URLs deliberately not requested (sum of `skipped_by`).
    pub skipped: u64,
    pub skipped_by: SkippedBy,
    /// Targets that answered with an anti-bot challenge (could not evaluate).
    pub blocked: u64,
    /// Bodies longer than the cap, read only up to the cap.
    pub bodies_cut: u64,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct SkippedBy {
    pub robots: u64,
    pub excluded: u64,
    pub external: u64,
    pub trap: u64,
    pub interrupted: u64,
    pub internal_error: u64,
    /// Official accounts' pages read by the account audit at another address.
    pub account: u64,
    /// Given up on: the server asked to wait too long, or kept saying 429.
    pub rate_limited: u64,
    /// URLs too long to send (`link.unsendable`).
    pub too_long: u64,
    /// A few of the URLs the trap guard cut, so a person can judge them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub trap_examples: Vec<String>,
}

/// A column (栏目) of the site, as the contract shapes it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Column {
    pub name: String,
    pub url: String,
    // Written as its id (`news`, `notice` …), a string in the schema.
    #[schemars(with = "String")]
    pub category: crate::model::column::category::Category,
    pub items: u64,
    pub latest: Option<String>,
    pub stale: bool,
    pub blank: bool,
    /// The day the column goes overdue (`latest` + `limit_days`).
    pub due: Option<String>,
    /// Its category's limit, or the config's for this column; `null` when
    /// the column has no update obligation.
    pub limit_days: Option<u32>,
    /// 1 for a first-level column (首页 > 通知公告), 2 below a section…
    pub level: u32,
    /// Exempt from freshness by config (a closed historic topic).
    pub exempt: bool,
    /// Where the year of `latest` came from: `text`, `url`, `neighbour`,
    /// `page_time` or `assumed` (年份推定); `null` without a latest date.
    pub latest_year_from: Option<crate::facts::dates::YearSource>,
    /// Where `name` came from: `config`, `breadcrumb`, `heading`, `meta`
    /// (a `ColumnName` that differs between columns), `link`, `title`,
    /// `folder`.
    pub name_from: crate::model::column::NameSource,
    /// What builds its list when a script does (`hanweb`, `trs_pages`,
    /// `document_write`, `json`, `rendered`); absent for an HTML list. A
    /// column built by script with `items` 0 could not be read: it is
    /// neither blank nor stale.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub built_by: Vec<crate::facts::html::scripted::ListSource>,
}

/// What vetoes V3 and V4 need, counted once.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Freshness {
    /// V3: whether the home page (or its second-level pages) showed any item.
    pub homepage_assessed: bool,
    /// V3: the newest item's date there, `null` when none is dated.
    pub homepage_latest: Option<String>,
    /// V4(a): stale news columns plus stale first-level notice and policy columns.
    pub stale_news_or_first_level_notice_policy: u64,
    /// V4(b): every column that should be updated and is stale.
    pub stale: u64,
    /// V4(c): blank columns.
    pub blank: u64,
    /// Columns that go overdue within their warning window.
    pub due_soon: u64,
    /// V3, V4(a) and V4(b) again, had every year-less date whose year was
    /// assumed (年份推定) been a year older: a veto clear by the counts
    /// above but fired by these rests on guessed years.
    pub homepage_stale_if_years_older: bool,
    pub stale_news_or_first_level_notice_policy_if_years_older: u64,
    pub stale_if_years_older: u64,
}

/// An official new-media account (政务新媒体账号), as the contract shapes it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Account {
    pub name: String,
    pub platform: String,
    pub url: String,
    pub latest: Option<String>,
    pub posts: u64,
    pub reachable: bool,
    pub stale: bool,
    /// `fresh`, `stale`, `unreachable` or `not_evaluated` (a login wall,
    /// a challenge, robots.txt, a page no reader knows).
    pub state: String,
    /// Silent for over 3 months (僵尸账号).
    pub zombie: bool,
    /// The unit that runs it (主办单位), when known.
    pub unit: Option<String>,
    /// The portal page that lists it; `null` for an account from the config.
    pub listed_on: Option<String>,
    /// False for an account the portal shows only as a QR code and a name:
    /// listed, but with no address to check (`url` is empty) until one is
    /// added under `[[accounts]]`.
    pub checkable: bool,
    /// Where the year of `latest` came from: `text` (written with the day,
    /// or a timestamp) or `assumed` (年份推定: the platform wrote `11-28`
    /// and nothing gave the year); absent without a latest post.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub latest_year_from: Option<crate::facts::dates::YearSource>,
}

pub use crate::check::{Finding, Severity, sort_findings};
