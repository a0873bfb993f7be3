//! What an audit is measured against, validated by the binary's config and
//! handed to the checks: the day (`as_of`), the language, the freshness
//! limits and the user's own column rules.

use chrono::NaiveDate;
use regex::Regex;

use crate::Lang;
use crate::model::column::category::Category;

/// Everything the site checks need besides the crawl.
#[derive(Clone, Debug)]
pub struct AuditSettings {
    pub lang: Lang,
    /// The day freshness is measured against.
    pub as_of: NaiveDate,
    pub limits: Limits,
    pub warning: Warning,
    /// Columns declared or overridden by the user.
    pub columns: Vec<ColumnRule>,
    /// Columns that are exempt from freshness (历史专题, closed topics).
    pub exempt: Vec<UrlPrefix>,
    /// Working days within which a message should be answered
    /// (`interaction.slow-reply`); some provinces ask 5 for simple questions.
    pub reply_working_days: u32,
    /// Which days are worked: the shipped State Council notices and the
    /// config's `[calendar]` years.
    pub calendar: crate::facts::calendar::Calendar,
    /// Ad hosts the user adds to `elderly.popup-ads`'s own list.
    pub ad_hosts: Vec<String>,
    /// Who holds which title since and until when (`[content] leaders`).
    pub leaders: Vec<crate::model::leaders::ListedLeader>,

    /// Hosts no page may link to, each with its subdomains
    /// (`link.blocked-host`; the config's `[links]`).
    pub block_hosts: Vec<String>,

    /// Owners of official accounts (`[[accounts]] owner`).
    pub account_owners: Vec<AccountOwner>,
    /// V4's column counts that fail the site, from the rubric: the count
    /// warnings sit below them.
    pub count_lines: CountLines,
}

/// Working days to answer a question before it is slow: the bulletins'
/// practice (over 5 working days is reported), not the national text.
pub const DEFAULT_REPLY_WORKING_DAYS: u32 = 5;

impl AuditSettings {
    pub fn new(lang: Lang, as_of: NaiveDate) -> Self {
        AuditSettings {
            lang,
            as_of,
            limits: Limits::default(),
            warning: Warning::default(),
            columns: Vec::new(),
            exempt: Vec::new(),
            reply_working_days: DEFAULT_REPLY_WORKING_DAYS,
            calendar: crate::facts::calendar::Calendar::shipped().clone(),
            ad_hosts: Vec::new(),
            leaders: Vec::new(),

            block_hosts: Vec::new(),

            account_owners: Vec::new(),
            count_lines: CountLines::default(),
        }
    }
}

/// Days an item may age before its column is stale. `None`: the category
/// has no update obligation (机构职能 and other static columns).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Limits {
    pub homepage: u32,
    pub news: Option<u32>,
    pub notice: Option<u32>,
    pub policy: Option<u32>,
    pub personnel: Option<u32>,
    pub planning: Option<u32>,
    pub interaction: Option<u32>,
    pub other: Option<u32>,
    /// Official accounts (政务新媒体): the newest post's age.
    pub account: u32,
}

/// The contract's defaults (国办秘函〔2019〕19号: news 2 weeks, notice and
/// policy 6 months, personnel and planning 1 year).
impl Default for Limits {
    fn default() -> Self {
        Limits {
            homepage: 14,
            news: Some(14),
            notice: Some(183),
            policy: Some(183),
            personnel: Some(365),
            planning: Some(365),
            interaction: None,
            other: None,
            account: 14,
        }
    }
}

impl Limits {
    pub fn of(&self, category: Category) -> Option<u32> {
        match category {
            Category::News => self.news,
            Category::Notice => self.notice,
            Category::Policy => self.policy,
            Category::Personnel => self.personnel,
            Category::Planning => self.planning,
            Category::Interaction => self.interaction,
            Category::Other => self.other,
        }
    }
}

/// How many days before each veto line its owners are warned (更新预警提示,
/// `[warnings]`); every default is practice (实践), not national text.
#[derive(Clone, Debug, PartialEq)]
pub struct Warning {
    /// News columns (动态、要闻), before their 2 weeks.
    pub news: u32,
    /// Every other column with a limit (notice and policy before 6 months,
    /// personnel and planning before a year).
    pub others: u32,
    /// The home page, before its 2 weeks (V3): vendors warn at day 10.
    pub homepage: u32,
    /// Official accounts, before their 2 weeks.
    pub account: u32,
    /// A waiting message, before its 3 months (V5).
    pub unanswered: u32,
    /// How many columns below a V4 count line (stale 5 and 10, blank 5)
    /// the count is warned.
    pub count_margin: u32,
    /// V2's failure rate, in percent of probes, at which it is warned
    /// (the veto is at the rubric's `fail_ratio`, 5 %).
    pub availability_percent: f64,
    /// Owner of whatever no `[[columns]]` or `[[accounts]]` owner names.
    pub owner: Option<String>,
}

impl Default for Warning {
    fn default() -> Self {
        Warning {
            news: 3,
            others: 30,
            homepage: 4,
            account: 3,
            unanswered: 14,
            count_margin: 1,
            availability_percent: 3.0,
            owner: None,
        }
    }
}

impl Warning {
    pub fn of(&self, category: Category) -> u32 {
        if category == Category::News { self.news } else { self.others }
    }
}

/// V4's lines (`at_least` of the rubric's metric conditions); `None`: the
/// rubric has no such line, so nothing is warned before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CountLines {
    /// (a) stale news and first-level notice and policy columns.
    pub stale_news_or_first_level: Option<u64>,
    /// (b) stale columns of any kind.
    pub stale: Option<u64>,
    /// (c) blank columns.
    pub blank: Option<u64>,
}

/// 国办秘函〔2019〕19号's lines: 5, 10 and 5.
impl Default for CountLines {
    fn default() -> Self {
        CountLines { stale_news_or_first_level: Some(5), stale: Some(10), blank: Some(5) }
    }
}

/// An official account's owner (`[[accounts]] owner`), by the account's
/// name as findings carry it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AccountOwner {
    pub account: String,
    pub owner: String,
}

impl AuditSettings {
    /// The office a finding about `column` (any URL of it) or `account`
    /// goes to: the first `[[columns]]` rule naming an owner that applies,
    /// the account's owner, else `[warnings] owner`.
    pub fn owner_of(&self, column: Option<&str>, account: Option<&str>) -> Option<String> {
        let of_column = column
            .and_then(|url| self.columns.iter().filter(|r| r.applies_to(url)).find_map(|r| r.owner.clone()));
        let of_account = || {
            account.and_then(|name| {
                self.account_owners.iter().find(|o| o.account == name).map(|o| o.owner.clone())
            })
        };
        of_column.or_else(of_account).or_else(|| self.warning.owner.clone())
    }
}

/// A user's rule for a column: it declares the column (found or not) and
/// sets its name, category or limit.
#[derive(Clone, Debug)]
pub struct ColumnRule {
    pub column: ColumnMatch,
    pub name: Option<String>,
    pub category: Option<Category>,
    pub limit_days: Option<u32>,
    /// The office that keeps it (`owner`), whom its findings go to.
    pub owner: Option<String>,
}

/// Which column a rule is about.
#[derive(Clone, Debug)]
pub enum ColumnMatch {
    /// One column: its folder or any page of its list (`/xxgk/zcwj/`,
    /// `/xxgk/zcwj/index_2.html`, or a whole URL). Subfolders are other
    /// columns.
    Url(String),
    /// Every column whose first list page's URL matches.
    Regex(Regex),
}

/// A URL prefix: of the path (`/zt/2019`) or of the whole URL (`http://…`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UrlPrefix(pub String);

impl UrlPrefix {
    pub fn matches(&self, url: &str) -> bool {
        let p = self.0.as_str();
        if p.starts_with("http://") || p.starts_with("https://") {
            url.starts_with(p)
        } else {
            url::Url::parse(url).is_ok_and(|u| u.path().starts_with(p))
        }
    }
}
