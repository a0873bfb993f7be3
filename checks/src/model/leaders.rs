//! The site's leaders (领导信息), joined over its leaders pages, and the
//! user's list of who holds which title since and until when.
//!
//! A leader shown on an index card (name, title, portrait) and on their own
//! detail page (résumé, duties) is one leader: the pages' facts are merged
//! by name, since the bodies are gone by the time site checks run. The
//! list (`[content] leaders` in the config) is data the user keeps current;
//! govaudit ships its format and an example of fictional people, never a
//! claim about who holds office.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

use crate::facts::crawl::{PageFacts, TargetId};
use crate::facts::html::leaders::{name_of, title_parts};
use crate::model::site::SiteContext;

/// One line of the user's leader list: `name,title,since,until`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListedLeader {
    pub name: String,
    /// As written (县委副书记、县长); compared by its parts.
    pub title: String,
    /// The first day the title is held; unknown when `None`.
    pub since: Option<NaiveDate>,
    /// The last day the title was held; still held when `None`.
    pub until: Option<NaiveDate>,
}

/// Why a line of the list cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LineError {
    /// Not 2 to 4 fields separated by commas.
    Fields(usize),
    /// The name is not a person's name (2–4 Han characters, or with a `·`).
    Name(String),
    /// The title is empty.
    NoTitle,
    /// A date is not `YYYY-MM-DD`.
    Date(String),
    /// `until` is before `since`.
    Order,
}

impl ListedLeader {
    /// Reads one line of the list; `Ok(None)` for a blank line, a `#`
    /// comment and the header line (`name,title,since,until` or
    /// `姓名,职务,…`).
    pub fn parse_line(line: &str) -> Result<Option<ListedLeader>, LineError> {
        let line = line.trim().trim_start_matches('\u{feff}');
        if line.is_empty() || line.starts_with('#') {
            return Ok(None);
        }
        let fields: Vec<&str> = line.split([',', '\t']).map(str::trim).collect();
        if !(2..=4).contains(&fields.len()) {
            return Err(LineError::Fields(fields.len()));
        }
        if matches!(fields[0], "name" | "姓名") {
            return Ok(None);
        }
        let name = name_of(fields[0]).ok_or_else(|| LineError::Name(fields[0].to_owned()))?;
        let title = crate::facts::html::collapse_whitespace(fields[1]);
        if title_parts(&title).is_empty() {
            return Err(LineError::NoTitle);
        }
        let day = |i: usize| -> Result<Option<NaiveDate>, LineError> {
            match fields.get(i).copied().filter(|f| !f.is_empty()) {
                None => Ok(None),
                Some(f) => NaiveDate::parse_from_str(f, "%Y-%m-%d")
                    .or_else(|_| NaiveDate::parse_from_str(f, "%Y/%m/%d"))
                    .map(Some)
                    .map_err(|_| LineError::Date(f.to_owned())),
            }
        };
        let (since, until) = (day(2)?, day(3)?);
        if let (Some(s), Some(u)) = (since, until)
            && u < s
        {
            return Err(LineError::Order);
        }
        Ok(Some(ListedLeader { name, title, since, until }))
    }

    /// Holds the title on `day`.
    pub fn current(&self, day: NaiveDate) -> bool {
        self.since.is_none_or(|s| s <= day) && self.until.is_none_or(|u| day <= u)
    }

    /// Left the title before `day`.
    pub fn ended(&self, day: NaiveDate) -> bool {
        self.until.is_some_and(|u| u < day)
    }
}

/// One leader as the site shows them, over all its leaders pages.
#[derive(Clone, Debug, Default)]
pub struct ShownLeader<'a> {
    /// Each page that shows the leader and the title it writes, if any, in
    /// URL order.
    pub pages: Vec<(TargetId, Option<&'a str>)>,
    pub title: bool,
    pub duties: bool,
    pub resume: bool,
    pub portrait: bool,
    /// A page of theirs the site links to was not read as a leaders page:
    /// what it says is unknown.
    pub unread: bool,
}

impl ShownLeader<'_> {
    /// The page to report the leader on: the one listing most leaders (the
    /// index), then the shortest URL.
    pub fn page(&self, site: &ShownLeaders<'_>) -> Option<TargetId> {
        self.pages.iter().map(|(p, _)| *p).max_by_key(|p| {
            let url: &str = site.urls.get(p).copied().unwrap_or_default();
            (site.counts.get(p).copied().unwrap_or(0), std::cmp::Reverse(url.len()), std::cmp::Reverse(url))
        })
    }
}

/// Every leader the site shows, by name, and its leaders pages.
#[derive(Debug, Default)]
pub struct ShownLeaders<'a> {
    pub leaders: BTreeMap<&'a str, ShownLeader<'a>>,
    /// Each leaders page and the number of leaders it shows.
    pub counts: BTreeMap<TargetId, usize>,
    urls: BTreeMap<TargetId, &'a str>,
}

impl<'a> ShownLeaders<'a> {
    /// The leaders pages of the site, joined by name.
    pub fn of(ctx: &SiteContext<'a>) -> Self {
        let mut pages: Vec<&'a PageFacts> = ctx.pages().filter(|p| p.leaders.is_some()).collect();
        pages.sort_by(|a, b| ctx.crawl.target(a.target).url.cmp(&ctx.crawl.target(b.target).url));
        let mut out = ShownLeaders::default();
        for page in pages {
            let Some(found) = &page.leaders else { continue };
            out.counts.insert(page.target, found.leaders.len());
            out.urls.insert(page.target, ctx.crawl.target(page.target).url.as_str());
            for l in &found.leaders {
                let shown = out.leaders.entry(l.name.as_str()).or_default();
                if !shown.pages.iter().any(|(p, t)| *p == page.target && *t == l.title.as_deref()) {
                    shown.pages.push((page.target, l.title.as_deref()));
                }
                shown.title |= l.title.is_some();
                shown.duties |= l.duties;
                shown.resume |= l.resume;
                shown.portrait |= l.portrait;
                let own = l
                    .link
                    .and_then(|i| page.links.get(i as usize))
                    .map(|link| ctx.crawl.resolve(link.target));
                // A linked page that was not read (not crawled, dead, not
                // HTML) or not read as a leaders page: what it says is
                // unknown, so nothing is claimed missing.
                if let Some(own) = own
                    && own.target != page.target
                    && ctx.crawl.page_of(own.target).is_none_or(|p| p.leaders.is_none())
                {
                    shown.unread = true;
                }
            }
        }
        out
    }
}

/// `report.json`'s `leaders` block: the leaders pages read and each leader
/// as the site shows them, so an evaluator sees what 领导信息 was judged
/// on; left out when no leaders page was found (then the rubric's leaders
/// indicator is a person's to score, not a clean pass).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct LeadersSummary {
    /// The leaders pages, by URL.
    pub pages: Vec<String>,
    /// Each leader, by name.
    pub leaders: Vec<LeaderSummary>,
}

/// One leader as the site shows them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct LeaderSummary {
    pub name: String,
    /// The titles written beside the name, each once, in page order.
    pub titles: Vec<String>,
    pub duties: bool,
    pub resume: bool,
    pub portrait: bool,
}

/// Pages, leaders and titles a leader listed in the summary at most: a
/// county shows a few dozen leaders on a few dozen pages; a site whose
/// every page reads as a leaders page (defaced, or a directory of staff)
/// must not grow report.json without bound. The checks still see all.
const SUMMARY_PAGES: usize = 200;
const SUMMARY_LEADERS: usize = 500;
const SUMMARY_TITLES: usize = 8;

/// The leaders summary of the site, `None` without a leaders page.
pub fn summary(ctx: &SiteContext<'_>) -> Option<LeadersSummary> {
    let shown = ShownLeaders::of(ctx);
    if shown.counts.is_empty() {
        return None;
    }
    let mut pages: Vec<String> = shown.counts.keys().map(|p| ctx.crawl.target(*p).url.clone()).collect();
    pages.sort();
    pages.truncate(SUMMARY_PAGES);
    let leaders = shown
        .leaders
        .iter()
        .take(SUMMARY_LEADERS)
        .map(|(name, l)| {
            let mut titles: Vec<String> = Vec::new();
            for title in l.pages.iter().filter_map(|(_, t)| *t) {
                if titles.len() < SUMMARY_TITLES && !titles.iter().any(|t| t == title) {
                    titles.push(title.to_owned());
                }
            }
            LeaderSummary {
                name: (*name).to_owned(),
                titles,
                duties: l.duties,
                resume: l.resume,
                portrait: l.portrait,
            }
        })
        .collect();
    Some(LeadersSummary { pages, leaders })
}

/// Whether a title shown on a page agrees with the titles listed for the
/// leader: each part of it is one the list gives them (a card may show
/// 县长 alone for 县委副书记、县长, never a title the list does not hold).
pub fn title_agrees(shown: &str, listed: &[&ListedLeader]) -> bool {
    let held: Vec<String> = listed.iter().flat_map(|l| title_parts(&l.title)).collect();
    let parts = title_parts(shown);
    !parts.is_empty() && parts.iter().all(|p| held.contains(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(s: &str) -> Result<Option<ListedLeader>, LineError> {
        ListedLeader::parse_line(s)
    }

    #[test]
    fn reads_lines_comments_and_the_header() {
        let l = line("张　三, 县委副书记、县长, 2024-01-15,").unwrap().unwrap();
        assert_eq!(l.name, "张三");
        assert_eq!(l.title, "县委副书记、县长");
        assert_eq!(l.since, NaiveDate::from_ymd_opt(2024, 1, 15));
        assert_eq!(l.until, None);
        assert_eq!(
            line("李四\t副县长\t2023/05/01\t2026/06/30").unwrap().unwrap().until,
            NaiveDate::from_ymd_opt(2026, 6, 30)
        );
        assert_eq!(line("王五,副县长").unwrap().unwrap().since, None);
        for skipped in ["", "  # 清溪县", "name,title,since,until", "姓名,职务,任职,离任", "\u{feff}"]
        {
            assert_eq!(line(skipped), Ok(None), "{skipped:?}");
        }
    }

    #[test]
    fn bad_lines_say_why() {
        assert_eq!(line("张三"), Err(LineError::Fields(1)));
        assert_eq!(line("张三,县长,2024-01-01,,x"), Err(LineError::Fields(5)));
        assert_eq!(line("县政府,县长"), Err(LineError::Name("县政府".into())));
        assert_eq!(line("张三, ,2024-01-01"), Err(LineError::NoTitle));
        assert_eq!(line("张三,县长,2024-13-01"), Err(LineError::Date("2024-13-01".into())));
        assert_eq!(line("张三,县长,2024-01-01,2023-01-01"), Err(LineError::Order));
    }

    #[test]
    fn current_and_ended_by_the_day() {
        let l = line("张三,县长,2024-01-01,2026-06-30").unwrap().unwrap();
        let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert!(!l.current(day("2023-12-31")) && !l.ended(day("2023-12-31")));
        assert!(l.current(day("2026-06-30")) && !l.ended(day("2026-06-30")));
        assert!(!l.current(day("2026-07-01")) && l.ended(day("2026-07-01")));
    }

    #[test]
    fn a_shown_title_agrees_when_each_part_is_held() {
        let a = line("张三,县委副书记、县长").unwrap().unwrap();
        let b = line("张三,党组书记").unwrap().unwrap();
        assert!(title_agrees("县委副书记　县长", &[&a]));
        assert!(title_agrees("县长", &[&a]));
        assert!(title_agrees("县委副书记、县长、党组书记", &[&a, &b]));
        assert!(!title_agrees("副县长", &[&a]));
        assert!(!title_agrees("县委书记、县长", &[&a]));
        assert!(!title_agrees("", &[&a]));
    }
}
