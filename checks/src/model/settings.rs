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

/// How many days before the limit column owners are warned (更新预警提示).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub news: u32,
    pub others: u32,
}

impl Default for Warning {
    fn default() -> Self {
        Warning { news: 3, others: 30 }
    }
}

impl Warning {
    pub fn of(&self, category: Category) -> u32 {
        if category == Category::News { self.news } else { self.others }
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
