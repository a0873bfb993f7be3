//! What the audit reads from one page, laid out for a person: the data of
//! `govaudit inspect`.
//!
//! A county office that doubts a finding, or an engineer building a fixture
//! from a page nobody has seen, needs to see the page the way the audit
//! does: which kind of page it took it for, the column name and where that
//! name came from, each list item with its date and where the date's year
//! came from, the identity marks with their values, the platform reader an
//! account page goes to, and the page checks that fire. This module builds
//! that from the same functions the crawl runs ([`crate::registry::analyze`],
//! the account readers), so what it shows cannot drift from what an audit
//! reads. Rendering it as text is the binary's job; this is the data, and
//! its JSON form is what `--format json` prints.

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use serde::Serialize;

use crate::facts::account::read::{self, Format, ReadState};
use crate::facts::dates::{self, Written, YearSource};
use crate::facts::html::{self, PageAnalysis, PageInput};
use crate::facts::marks::MARKS;
use crate::model::column::{self, NameSource};
use crate::page::charset_mismatch::{self, Mismatch};

/// What the audit takes a page for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PageKind {
    /// The site's home page: home-page checks (identity marks, the
    /// accessibility entry, V3's dated list) run on it.
    Home,
    /// An official account's page, read by a platform reader.
    Account,
    /// An interaction column that lists messages and replies.
    MessageList,
    /// A list page: a column (栏目) whose items date it.
    Column,
    /// A single published item.
    Article,
    /// Anything else (a section hub, a form, a static page).
    Page,
}

/// One list item as the audit reads it.
#[derive(Clone, Debug, Serialize)]
pub struct ItemRead {
    pub title: String,
    pub url: String,
    /// The date as the page writes it (`11-20`, `2026-11-20`).
    pub written: Option<String>,
    /// The calendar day the audit takes it for.
    pub date: Option<String>,
    /// Where the year came from (`text`, `url`, `neighbour`, `page_time`,
    /// `assumed`).
    pub year_from: Option<YearSource>,
    pub pinned: bool,
    pub void: bool,
}

/// A message of an interaction column and its reply.
#[derive(Clone, Debug, Serialize)]
pub struct MessageRead {
    pub title: String,
    pub url: Option<String>,
    pub asked: Option<String>,
    pub answered: Option<String>,
    pub pending: bool,
}

/// An identity mark: whether the page shows it, and the value read.
#[derive(Clone, Debug, Serialize)]
pub struct MarkRead {
    /// The contract's `mark` id (`site-code`, `icp`…).
    pub mark: &'static str,
    pub present: bool,
    pub value: Option<String>,
}

/// The column a list page belongs to, and where its name came from.
#[derive(Clone, Debug, Serialize)]
pub struct ColumnRead {
    pub name: String,
    /// `breadcrumb`, `heading`, `meta` (`<meta name="ColumnName">`) or
    /// `title`.
    pub source: NameSource,
    /// `<meta name="ColumnType">`, when the CMS writes one.
    pub column_type: Option<String>,
}

/// An official account listed on the page (a 政务新媒体 page).
#[derive(Clone, Debug, Serialize)]
pub struct ListedAccount {
    pub name: String,
    /// Empty for an account shown only as a QR code and a name.
    pub url: String,
    pub platform: String,
    /// False when the page gives no link to check: the audit lists it as
    /// not checkable, to be added under `[[accounts]]`.
    pub checkable: bool,
}

/// What a platform reader made of an account page.
#[derive(Clone, Debug, Serialize)]
pub struct AccountRead {
    /// The reader used (`wechat_article`, `weibo_json`, `toutiao`…).
    pub reader: &'static str,
    /// `read`, `expired`, `login_wall`, `challenge`, `unrecognized`,
    /// `profile_only`.
    pub state: &'static str,
    pub name: Option<String>,
    pub newest: Option<String>,
    pub posts: usize,
}

/// A page check that fires on the page.
#[derive(Clone, Debug, Serialize)]
pub struct IssueRead {
    pub check: &'static str,
    pub detail: Option<String>,
    pub evidence: String,
    pub selector: Option<String>,
    pub target: Option<String>,
}

/// Everything `govaudit inspect` shows.
#[derive(Clone, Debug, Serialize)]
pub struct Inspection {
    pub url: String,
    pub kind: PageKind,
    /// The encoding the page was read in (`GBK`, `UTF-8`).
    pub encoding: &'static str,
    pub title: Option<String>,
    pub column: Option<ColumnRead>,
    /// For an article: the day it gives itself.
    pub published: Option<String>,
    pub items: Vec<ItemRead>,
    /// The page says its list is empty (暂无信息).
    pub says_empty: bool,
    pub messages: Vec<MessageRead>,
    /// Read on the home page only, as the audit reads them; empty otherwise.
    pub marks: Vec<MarkRead>,
    pub accounts_listed: Vec<ListedAccount>,
    pub account: Option<AccountRead>,
    pub issues: Vec<IssueRead>,
    /// Distinct link targets on the page.
    pub links: usize,
    /// Characters of visible text (a challenge page shows next to none).
    pub text_len: u32,
    /// The markup nested too deep to be read whole (`page.oversize`).
    pub nesting_cut: bool,
}

/// Reads one page as the audit does. `fetched_at` is the local time the
/// page was fetched (account pages write relative times); `as_of` the audit
/// day that year-less dates are placed before; `mismatch` what decoding
/// found of a wrong charset declaration (the crawler reports it the same
/// way, since only the bytes show it).
pub fn inspect(
    input: &PageInput<'_>,
    as_of: NaiveDate,
    fetched_at: NaiveDateTime,
    mismatch: Option<Mismatch>,
) -> Inspection {
    let mut analysis = crate::registry::analyze(input);
    if let Some(mismatch) = mismatch {
        analysis.issues.push(charset_mismatch::issue(mismatch, input.options.lang));
    }
    if !is_markup(input.html) {
        // A JSON answer or a feed is never read as a page by the crawl
        // (it is not HTML): only its platform reader applies, and page
        // checks on it would be findings an audit never makes.
        analysis.issues.clear();
        analysis.items.clear();
    }
    let account = read::detect(input.url, input.html).map(|format| {
        let reading = read::read(&format, input.html, fetched_at);
        AccountRead {
            reader: reader_name(&format),
            state: state_name(reading.state),
            name: reading.name,
            newest: reading.posts.first().map(|p| day(p.date)),
            posts: reading.posts.len(),
        }
    });
    let kind = kind_of(input, &analysis, account.as_ref());
    Inspection {
        url: input.url.to_string(),
        kind,
        encoding: input.encoding.name(),
        title: analysis.title.clone(),
        column: if kind == PageKind::Home { None } else { column_of(&analysis) },
        published: analysis
            .placement
            .published
            .and_then(|w| w.resolve(as_of, dates::year_in_url(input.url.as_str())))
            .map(day),
        items: analysis
            .items
            .iter()
            .map(|item| item_read(item, as_of, analysis.placement.page_time))
            .collect(),
        says_empty: analysis.says_empty,
        messages: analysis
            .messages
            .iter()
            .map(|m| {
                let year = m.url.as_ref().and_then(|u| dates::year_in_url(u.as_str()));
                MessageRead {
                    title: m.title.clone(),
                    url: m.url.as_ref().map(|u| u.to_string()),
                    asked: m.asked.and_then(|w| w.resolve(as_of, year)).map(day),
                    answered: m.answered.and_then(|w| w.resolve(as_of, year)).map(day),
                    pending: m.pending,
                }
            })
            .collect(),
        marks: marks_of(&analysis),
        accounts_listed: analysis
            .accounts
            .iter()
            .map(|a| ListedAccount {
                name: a.name.clone(),
                url: a.url.to_string(),
                platform: a.platform.as_str().to_owned(),
                checkable: true,
            })
            .chain(analysis.unlinked_accounts.iter().map(|a| ListedAccount {
                name: a.name.clone(),
                url: String::new(),
                platform: a.platform.as_str().to_owned(),
                checkable: false,
            }))
            .collect(),
        account,
        issues: analysis
            .issues
            .iter()
            .map(|i| IssueRead {
                check: i.check,
                detail: i.detail.as_deref().map(str::to_owned),
                evidence: i.evidence.to_string(),
                selector: i.selector.as_deref().map(str::to_owned),
                target: i.target.as_deref().map(str::to_owned),
            })
            .collect(),
        links: analysis.links.len(),
        text_len: analysis.text_len,
        nesting_cut: analysis.nesting_cut(),
    }
}

/// The first kind that fits, in the order the audit's own judgements
/// depend on: an account page is read by its platform whatever its markup,
/// and a home page is judged as the home page even though it lists items.
fn kind_of(input: &PageInput<'_>, a: &PageAnalysis, account: Option<&AccountRead>) -> PageKind {
    if input.home {
        PageKind::Home
    } else if account.is_some() {
        PageKind::Account
    } else if !a.messages.is_empty() {
        PageKind::MessageList
    } else if a.placement.article {
        PageKind::Article
    } else if !a.items.is_empty() || a.says_empty {
        PageKind::Column
    } else {
        PageKind::Page
    }
}

/// The column's name as the audit reads it from this page alone (see
/// `column::column_name`, which also weighs the site's other pages): what
/// the page shows, else its `ColumnName` meta, else its title. Whether a
/// meta is written on every page of the site shows only in an audit.
fn column_of(a: &PageAnalysis) -> Option<ColumnRead> {
    if a.items.is_empty() && !a.says_empty && a.messages.is_empty() {
        return None;
    }
    let (name, source) = column::page_name(&a.placement, true)
        .or_else(|| a.title.as_deref().and_then(column::title_name).map(|t| (t, NameSource::Title)))?;
    Some(ColumnRead { name, source, column_type: a.placement.column_type.clone() })
}

fn item_read(item: &html::list::FoundItem, as_of: NaiveDate, page_time: Option<NaiveDate>) -> ItemRead {
    let dated =
        item.date.and_then(|w| dates::resolve_item(w, item.year, item.url.as_str(), as_of, page_time));
    ItemRead {
        title: item.title.clone(),
        url: item.url.to_string(),
        written: item.date.map(written),
        date: dated.map(|d| day(d.day)),
        year_from: dated.map(|d| d.source),
        pinned: item.pinned,
        void: item.void,
    }
}

/// A calendar day as the report contract writes it.
fn day(d: NaiveDate) -> String {
    // chrono is built without its formatting feature in this crate.
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// A date in the form the page wrote it, year or not.
fn written(w: Written) -> String {
    match w.year {
        Some(y) => format!("{y:04}-{:02}-{:02}", w.month, w.day),
        None => format!("{:02}-{:02}", w.month, w.day),
    }
}

/// The identity marks with their values, as the audit reads them: on the
/// home page only (a page inspected with `--home`, or at `/`).
fn marks_of(analysis: &PageAnalysis) -> Vec<MarkRead> {
    let Some(found) = analysis.marks() else { return Vec::new() };
    MARKS
        .iter()
        .map(|mark| MarkRead { mark, present: found.has(mark), value: found.value(mark).map(str::to_owned) })
        .collect()
}

/// Whether the body is HTML, as the crawl sniffs it: a JSON answer or an
/// XML feed is not.
fn is_markup(body: &str) -> bool {
    let start = body.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    let head: String = start.chars().take(64).collect::<String>().to_ascii_lowercase();
    start.starts_with('<') && !["<?xml", "<rss", "<feed", "<rdf"].iter().any(|t| head.starts_with(t))
}

fn reader_name(format: &Format) -> &'static str {
    match format {
        Format::WechatArticle => "wechat_article",
        Format::WechatHistory => "wechat_history",
        Format::Feed => "feed",
        Format::WeiboJson => "weibo_json",
        Format::Toutiao => "toutiao",
        Format::Generic(_) => "generic",
    }
}

fn state_name(state: ReadState) -> &'static str {
    match state {
        ReadState::Read => "read",
        ReadState::Expired => "expired",
        ReadState::LoginWall => "login_wall",
        ReadState::Challenge => "challenge",
        ReadState::Unrecognized => "unrecognized",
        ReadState::ProfileOnly => "profile_only",
    }
}
