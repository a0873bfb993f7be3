//! Publication dates as county sites write them.
//!
//! Lists and articles write dates in many forms: `2026-11-20`,
//! `2026/11/20`, `2026.11.20`, `2026年11月20日 10:19`,
//! `二〇二六年十一月二十日`, and year-less `[11-20]`, `(11-20)`, `11-20`,
//! `11/20`, `[11.18]`,
//! `11月20日`; TRS URLs carry them too (`/202611/t20261120_3829801.html`).
//! [`find`] reads every form from a text; [`Written::resolve`] applies the
//! contract's rule for a missing year, and [`infer_years`] gives a list's
//! year-less dates the year its dated items or the page's own time support,
//! saying where each year came from ([`YearSource`]). Pure and total: any input, any
//! length, returns a result without panicking (a fuzz target holds it to
//! that, see `checks/fuzz/`).

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use regex::Regex;
use schemars::JsonSchema;
use serde::Serialize;

use crate::Lang;

/// A date as written on the page; the year may be missing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Written {
    pub year: Option<i32>,
    pub month: u32,
    pub day: u32,
}

impl Written {
    /// The calendar day. A missing year comes from `url_year` (the year in
    /// the item's URL path) when there is one, else from `as_of`, or the
    /// year before when that would put the date after `as_of`.
    pub fn resolve(self, as_of: NaiveDate, url_year: Option<i32>) -> Option<NaiveDate> {
        match self.year.or(url_year) {
            Some(year) => NaiveDate::from_ymd_opt(year, self.month, self.day),
            None => {
                let this_year = NaiveDate::from_ymd_opt(as_of.year(), self.month, self.day);
                match this_year {
                    Some(d) if d <= as_of => Some(d),
                    // 02-29 in a non-leap as_of year falls back a year too.
                    _ => NaiveDate::from_ymd_opt(as_of.year() - 1, self.month, self.day),
                }
            }
        }
    }
}

/// Where a date's year came from, the most certain first. A year-less
/// `11-20` on a site abandoned last year is last year's: taking the audit
/// day's year would make the site look six days old.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum YearSource {
    /// Written with the date.
    Text,
    /// The item's own URL (`/202310/`, `t20231011_`, `/2023-10/`).
    Url,
    /// The same list's items that carry a year, in the list's order.
    Neighbour,
    /// The page's own time: a 页面生成时间, a dated footer, `Last-Modified`.
    PageTime,
    /// Nothing decided it: the latest year that does not put the date
    /// after the audit day (年份推定).
    Assumed,
}

impl YearSource {
    pub fn as_str(self) -> &'static str {
        match self {
            YearSource::Text => "text",
            YearSource::Url => "url",
            YearSource::Neighbour => "neighbour",
            YearSource::PageTime => "page_time",
            YearSource::Assumed => "assumed",
        }
    }

    pub fn label(self, lang: Lang) -> String {
        match self {
            YearSource::Text => lang.word("year-written"),
            YearSource::Url => lang.word("year-from-url"),
            YearSource::Neighbour => lang.word("year-from-neighbour"),
            YearSource::PageTime => lang.word("year-from-page-time"),
            YearSource::Assumed => lang.word("year-assumed"),
        }
    }
}

/// A year and where it came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Year {
    pub year: i32,
    pub source: YearSource,
}

/// A calendar day and where its year came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Dated {
    pub day: NaiveDate,
    pub source: YearSource,
}

impl Dated {
    /// The same day a year earlier (02-29 becomes 02-28): what an assumed
    /// year would give were the date a year older.
    pub fn year_older(self) -> NaiveDate {
        self.day.checked_sub_months(chrono::Months::new(12)).unwrap_or(self.day)
    }
}

impl Written {
    /// The calendar day with where its year came from: the written year,
    /// else `year` (what the page's evidence gave, see [`infer_years`]),
    /// else the URL's year, else the latest year that does not put the date
    /// after `as_of` (assumed).
    pub fn resolve_from(self, as_of: NaiveDate, year: Option<Year>, url_year: Option<i32>) -> Option<Dated> {
        let known = match (self.year, year, url_year) {
            (Some(y), _, _) => Some((y, YearSource::Text)),
            (None, Some(y), _) => Some((y.year, y.source)),
            (None, None, Some(y)) => Some((y, YearSource::Url)),
            (None, None, None) => None,
        };
        match known {
            Some((y, source)) => {
                NaiveDate::from_ymd_opt(y, self.month, self.day).map(|day| Dated { day, source })
            }
            None => self.resolve(as_of, None).map(|day| Dated { day, source: YearSource::Assumed }),
        }
    }

    /// The latest year that puts this month and day on or before `limit`.
    pub fn year_not_after(self, limit: NaiveDate) -> Option<i32> {
        // 02-29 may need up to eight years back to find a leap year.
        (0..9)
            .map(|back| limit.year() - back)
            .find(|&y| NaiveDate::from_ymd_opt(y, self.month, self.day).is_some_and(|d| d <= limit))
    }

    /// The earliest year that puts this month and day on or after `from`.
    fn year_not_before(self, from: NaiveDate) -> Option<i32> {
        (0..9)
            .map(|ahead| from.year() + ahead)
            .find(|&y| NaiveDate::from_ymd_opt(y, self.month, self.day).is_some_and(|d| d >= from))
    }
}

/// A list item's date as the audit takes it: `written` on the list, with
/// the `year` the page's evidence gave ([`infer_years`]) and the year in
/// the item's `url`. A year taken from the page's own time proves nothing
/// when that time is the audit day or later (a page generated on each
/// request, or a wrong clock): the year is then assumed, as with none.
pub fn resolve_item(
    written: Written,
    year: Option<Year>,
    url: &str,
    as_of: NaiveDate,
    page_time: Option<NaiveDate>,
) -> Option<Dated> {
    let dated = written.resolve_from(as_of, year, year_in_url(url))?;
    let telling = page_time.is_some_and(|t| t < as_of - chrono::Days::new(1));
    if dated.source == YearSource::PageTime && !telling {
        return written.resolve_from(as_of, None, None);
    }
    Some(dated)
}

/// The years of one list's dates, in the list's order: `items` are each
/// item's written date and its URL. A written year is [`YearSource::Text`];
/// a year-less date takes its own URL's year, else its dated neighbours'
/// (walking from the nearest one, newest-first lists going back in time
/// down the list), else the latest year that does not put it after
/// `page_time`. `None` where nothing decides (the caller assumes one) or
/// the item is undated. Neighbours count only in a list whose dated items
/// run one way; a pinned item (置顶) is out of order and is left out by the
/// caller.
pub fn infer_years(items: &[(Option<Written>, &str)], page_time: Option<NaiveDate>) -> Vec<Option<Year>> {
    let mut years: Vec<Option<Year>> = items
        .iter()
        .map(|(date, url)| {
            let w = (*date)?;
            let (year, source) = match w.year {
                Some(y) => (y, YearSource::Text),
                None => (year_in_url(url)?, YearSource::Url),
            };
            NaiveDate::from_ymd_opt(year, w.month, w.day).map(|_| Year { year, source })
        })
        .collect();
    let day = |i: usize, years: &[Option<Year>]| {
        let w = items[i].0?;
        NaiveDate::from_ymd_opt(years[i]?.year, w.month, w.day)
    };
    // Which way the list runs, by its dated items: newest first unless
    // most of them say otherwise.
    let anchors: Vec<NaiveDate> = (0..items.len()).filter_map(|i| day(i, &years)).collect();
    let rising = anchors.windows(2).filter(|p| p[0] < p[1]).count();
    let falling = anchors.windows(2).filter(|p| p[0] > p[1]).count();
    let newest_first = rising == 0;
    // A list whose dated items are in no order (sorted by title, by
    // document number) says nothing about its other items' years.
    let ordered = rising == 0 || falling == 0;
    let order: Vec<usize> =
        if newest_first { (0..items.len()).collect() } else { (0..items.len()).rev().collect() };
    if ordered && !anchors.is_empty() {
        // Down the list (back in time) from each dated item…
        let mut newer: Option<NaiveDate> = None;
        for &i in &order {
            match (items[i].0, years[i]) {
                (_, Some(_)) => newer = day(i, &years),
                (Some(w), None) => {
                    if let Some(limit) = newer
                        && let Some(year) = w.year_not_after(limit)
                    {
                        years[i] = Some(Year { year, source: YearSource::Neighbour });
                        newer = day(i, &years);
                    }
                }
                (None, None) => {}
            }
        }
        // …and up the list from the first one, for the items above it.
        let mut older: Option<NaiveDate> = None;
        for &i in order.iter().rev() {
            match (items[i].0, years[i]) {
                (_, Some(_)) => older = day(i, &years),
                (Some(w), None) => {
                    if let Some(from) = older
                        && let Some(year) = w.year_not_before(from)
                    {
                        years[i] = Some(Year { year, source: YearSource::Neighbour });
                        older = day(i, &years);
                    }
                }
                (None, None) => {}
            }
        }
    }
    if let Some(limit) = page_time {
        for (i, (date, _)) in items.iter().enumerate() {
            if let (Some(w), None) = (date, years[i])
                && let Some(year) = w.year_not_after(limit)
            {
                years[i] = Some(Year { year, source: YearSource::PageTime });
            }
        }
    }
    years
}

/// Labels under which a page states when it was generated or last
/// changed (静态发布 CMSs print it in the footer). A bare 更新时间 is not
/// one: list items and articles use it for their own date.
pub const PAGE_TIME_LABELS: &[&str] = &[
    "页面生成时间",
    "本页生成时间",
    "网页生成时间",
    "页面生成于",
    "生成时间",
    "页面更新时间",
    "本页更新时间",
    "网站更新时间",
    "最后更新时间",
    "最后更新日期",
    "最近更新时间",
];

/// The full-year date after a page-time label in `text`.
pub fn page_time(text: &str) -> Option<NaiveDate> {
    PAGE_TIME_LABELS.iter().find_map(|label| {
        let at = text.find(label)? + label.len();
        let after: String = text[at..].chars().take(40).collect();
        let after = after.trim_start_matches([':', '：', ' ', '\u{a0}', '\t', '\n', '\r', '于']);
        let w = find(after).into_iter().next().filter(|w| w.year.is_some())?;
        w.resolve(NaiveDate::MIN, None)
    })
}

/// An HTTP date (`Last-Modified: Mon, 02 Nov 2026 08:00:00 GMT`, also in
/// `<meta http-equiv="last-modified">`), or an ISO or Chinese date.
pub fn http_date(value: &str) -> Option<NaiveDate> {
    let value = value.trim();
    chrono::DateTime::parse_from_rfc2822(value)
        .map(|d| d.date_naive())
        .ok()
        .or_else(|| first(value).filter(|w| w.year.is_some()).and_then(|w| w.resolve(NaiveDate::MIN, None)))
}

/// Years outside this range are not publication dates (phone numbers,
/// document numbers and the like).
const YEARS: std::ops::RangeInclusive<i32> = 1990..=2100;

static FULL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"((?:19|20)[0-9]{2})\s*(?:[-/.]|年)\s*([0-9]{1,2})\s*(?:[-/.]|月)\s*([0-9]{1,2})(?:\s*日)?")
        .expect("valid regex")
});

static CHINESE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日")
        .expect("valid regex")
});

/// Year-less: `11-20` (two digits each, so `1-5` in 第1-5条 is not a date)
/// and `11月20日`.
static SHORT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])|([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日")
        .expect("valid regex")
});

/// Year-less with a slash or a dot: `11/20`, `[11.18]`. Both numbers take
/// two digits and the date must stand as a word of its own (see
/// [`alone`]): `1/2` is a fraction, `3.14` a version, `12.50元` a price.
static SHORT_SLASHED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(0[1-9]|1[0-2])[/.](0[1-9]|[12][0-9]|3[01])").expect("valid regex"));

/// Every date written in `text`, in order of appearance. Full-width
/// digits (`２０２６年１１月２０日`) read like ASCII ones.
pub fn find(text: &str) -> Vec<Written> {
    let ascii;
    let text = if text.chars().any(is_full_width_digit) {
        ascii = text.chars().map(|c| if is_full_width_digit(c) { halve(c) } else { c }).collect::<String>();
        ascii.as_str()
    } else {
        text
    };
    let mut found: Vec<(usize, usize, Written)> = Vec::new();
    // Text that looks like a full date, valid or not: its month and day are
    // not a year-less date of their own (2026-02-29 is not "02-29").
    let mut claimed: Vec<std::ops::Range<usize>> = Vec::new();
    for caps in FULL.captures_iter(text) {
        let whole = caps.get(0).map_or(0..0, |m| m.range());
        claimed.push(whole.clone());
        if !standalone(text, whole.clone()) {
            continue;
        }
        let num = |i| caps.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
        if let (Some(y), Some(m), Some(d)) = (num(1), num(2), num(3))
            && let Some(w) = valid(Some(y as i32), m, d)
        {
            found.push((whole.start, whole.end, w));
        }
    }
    for caps in CHINESE.captures_iter(text) {
        let whole = caps.get(0).map_or(0..0, |m| m.range());
        let year = caps.get(1).and_then(|m| chinese_digits(m.as_str()));
        let month = caps.get(2).and_then(|m| chinese_number(m.as_str()));
        let day = caps.get(3).and_then(|m| chinese_number(m.as_str()));
        if let (Some(y), Some(m), Some(d)) = (year, month, day)
            && let Some(w) = valid(Some(y as i32), m, d)
        {
            found.push((whole.start, whole.end, w));
        }
    }
    for caps in SHORT.captures_iter(text) {
        let whole = caps.get(0).map_or(0..0, |m| m.range());
        let inside_full = found.iter().any(|(s, e, _)| whole.start < *e && whole.end > *s)
            || claimed.iter().any(|r| whole.start < r.end && whole.end > r.start);
        if inside_full || !standalone(text, whole.clone()) {
            continue;
        }
        let num = |i| caps.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
        let (m, d) = match (num(1), num(2)) {
            (Some(m), Some(d)) => (m, d),
            _ => (num(3).unwrap_or(0), num(4).unwrap_or(0)),
        };
        if let Some(w) = valid(None, m, d) {
            found.push((whole.start, whole.end, w));
        }
    }
    for caps in SHORT_SLASHED.captures_iter(text) {
        let whole = caps.get(0).map_or(0..0, |m| m.range());
        let inside_full = found.iter().any(|(s, e, _)| whole.start < *e && whole.end > *s)
            || claimed.iter().any(|r| whole.start < r.end && whole.end > r.start);
        if inside_full || !alone(text, whole.clone()) {
            continue;
        }
        let num = |i| caps.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
        if let (Some(m), Some(d)) = (num(1), num(2))
            && let Some(w) = valid(None, m, d)
        {
            found.push((whole.start, whole.end, w));
        }
    }
    found.sort_by_key(|(start, _, _)| *start);
    found.into_iter().map(|(_, _, w)| w).collect()
}

/// The first date in `text`.
pub fn first(text: &str) -> Option<Written> {
    find(text).into_iter().next()
}

/// Labels that introduce an article's own publication date.
const LABELS: &[&str] =
    &["发布时间", "发布日期", "发文日期", "成文日期", "信息时间", "更新时间", "时间", "日期"];

/// The date after a publication label (`发布时间：2026-11-20 10:19`), the
/// way article pages state their own date.
pub fn labelled(text: &str) -> Option<Written> {
    LABELS.iter().find_map(|label| {
        let at = text.find(label)? + label.len();
        let after: String = text[at..].chars().take(40).collect();
        let after = after.trim_start_matches([':', '：', ' ', '\u{a0}', '\t', '\n', '\r']);
        find(after).into_iter().next().filter(|w| w.year.is_some())
    })
}

/// A date in a URL path: TRS `t20261120_…`, `/2026/11/20/`, `/2026-11/20/`.
pub fn in_url(url: &str) -> Option<NaiveDate> {
    static PATTERNS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"/t((?:19|20)[0-9]{2})([0-9]{2})([0-9]{2})_[0-9]+|/((?:19|20)[0-9]{2})[/-]([0-9]{2})/([0-9]{2})/").expect("valid regex")
    });
    let caps = PATTERNS.captures(url)?;
    let num = |i| caps.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
    let (y, m, d) = match num(1) {
        Some(y) => (y, num(2)?, num(3)?),
        None => (num(4)?, num(5)?, num(6)?),
    };
    valid(Some(y as i32), m, d).and_then(|w| w.resolve(NaiveDate::MIN, None))
}

/// The year a URL path carries with its month, for dates written without
/// one: `/202611/`, `/t20261120_`, `/2026-11/`, `/2026/11/`, `/2026/9/20/`.
/// A four-digit folder alone is no year: `/channel/2012/61.html` is a
/// channel numbered 2012.
pub fn year_in_url(url: &str) -> Option<i32> {
    static YEAR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            // TRS files and year-month folders: t20261120_1, /202611/.
            r"/t?((?:19|20)[0-9]{2})(?:0[1-9]|1[0-2])(?:[0-9]{2}_[0-9]+|[/_-])",
            // A year folder and a month folder: /2026/11/, /2026-11/.
            r"|/((?:19|20)[0-9]{2})[/_-](?:0[1-9]|1[0-2])[/_-]",
            // Hanweb writes a one-digit month, then the day: /2026/9/20/.
            r"|/((?:19|20)[0-9]{2})/[1-9]/(?:0?[1-9]|[12][0-9]|3[01])/",
        ))
        .expect("valid regex")
    });
    let caps = YEAR.captures(url)?;
    let year = (1..=3).find_map(|i| caps.get(i))?.as_str().parse().ok()?;
    YEARS.contains(&year).then_some(year)
}

fn valid(year: Option<i32>, month: u32, day: u32) -> Option<Written> {
    if year.is_some_and(|y| !YEARS.contains(&y)) {
        return None;
    }
    // Year-less dates are checked against a leap year so 02-29 stays.
    NaiveDate::from_ymd_opt(year.unwrap_or(2024), month, day)?;
    Some(Written { year, month, day })
}

/// A match must not be glued to more digits (`12026-11-201` is not a date).
fn standalone(text: &str, range: std::ops::Range<usize>) -> bool {
    let before = text[..range.start].chars().next_back();
    let after = text[range.end..].chars().next();
    // A date that ends in 日 is closed: a time may follow without a space
    // (`2026年3月20日17:00`, as notices write deadlines).
    let closed = text[..range.end].ends_with('日');
    !before.is_some_and(|c| c.is_ascii_digit()) && (closed || !after.is_some_and(|c| c.is_ascii_digit()))
}

/// Brackets a list may write around a date.
const OPENING: &str = "[(（【［〔<《";
const CLOSING: &str = "])）】］〕>》";

/// A `11/20` or `11.20` is a date only as a word of its own: after the
/// start, a space or an opening bracket, before the end, a space or a
/// closing bracket. Glued to anything else it is part of a number, a
/// version, a path, a price or a phone number (`v10.12`, `10.12.3`,
/// `/p/11/20`, `¥12.05`, `12.05元`, `0816.1120.3456`).
fn alone(text: &str, range: std::ops::Range<usize>) -> bool {
    let before = text[..range.start].chars().next_back();
    let after = text[range.end..].chars().next();
    before.is_none_or(|c| c.is_whitespace() || OPENING.contains(c))
        && after.is_none_or(|c| c.is_whitespace() || CLOSING.contains(c))
}

fn is_full_width_digit(c: char) -> bool {
    ('０'..='９').contains(&c)
}

fn halve(c: char) -> char {
    char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c)
}

fn chinese_digit(c: char) -> Option<u32> {
    "〇一二三四五六七八九".chars().position(|d| d == c).map(|p| p as u32).or(match c {
        '○' | '零' => Some(0),
        _ => None,
    })
}

/// `二〇二六` → 2026.
fn chinese_digits(s: &str) -> Option<u32> {
    s.chars().try_fold(0u32, |acc, c| Some(acc * 10 + chinese_digit(c)?))
}

/// `十一` → 11, `二十` → 20, `二十三` → 23, `三` → 3.
fn chinese_number(s: &str) -> Option<u32> {
    let chars: Vec<char> = s.chars().collect();
    match chars.as_slice() {
        ['十'] => Some(10),
        ['十', u] => Some(10 + chinese_digit(*u)?),
        [t, '十'] => Some(chinese_digit(*t)? * 10),
        [t, '十', u] => Some(chinese_digit(*t)? * 10 + chinese_digit(*u)?),
        [u] => chinese_digit(*u),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(year: Option<i32>, month: u32, day: u32) -> Written {
        Written { year, month, day }
    }

    #[test]
    fn reads_every_form_county_sites_use() {
        let y = Some(2026);
        let cases: &[(&str, Option<Written>)] = &[
            ("2026-11-20", Some(w(y, 11, 20))),
            ("2026/11/20", Some(w(y, 11, 20))),
            ("2026.11.20", Some(w(y, 11, 20))),
            ("2026-1-5", Some(w(y, 1, 5))),
            ("2026年11月20日", Some(w(y, 11, 20))),
            ("2026年11月20日 10:19", Some(w(y, 11, 20))),
            ("2026 年 1 月 5 日", Some(w(y, 1, 5))),
            ("二〇二六年十一月二十日", Some(w(y, 11, 20))),
            ("二〇二六年一月五日", Some(w(y, 1, 5))),
            ("二○二六年十二月三十一日", Some(w(y, 12, 31))),
            ("[11-20]", Some(w(None, 11, 20))),
            ("(11-20)", Some(w(None, 11, 20))),
            ("11-20", Some(w(None, 11, 20))),
            ("11月20日", Some(w(None, 11, 20))),
            ("发布时间:2026-11-20 10:19", Some(w(y, 11, 20))),
            ("发布日期：2026-11-20", Some(w(y, 11, 20))),
            ("信息时间：2026年11月20日", Some(w(y, 11, 20))),
            ("2026-02-29", None),
            ("2024-02-29", Some(w(Some(2024), 2, 29))),
            ("2026-13-01", None),
            ("2026-11-31", None),
            ("电话：0816-1234567", None),
            ("2021-2025年规划", None),
            ("第1-5条", None),
            ("12026-11-201", None),
            ("共3页 第1页", None),
            ("２０２６年１１月２０日", Some(w(y, 11, 20))),
            // Year-less with a slash or a dot, as a word of its own.
            ("11/20", Some(w(None, 11, 20))),
            ("11.18", Some(w(None, 11, 18))),
            ("[11/02]", Some(w(None, 11, 2))),
            ("(01.05)", Some(w(None, 1, 5))),
            ("标题 【12/31】", Some(w(None, 12, 31))),
            // …and not as part of something else.
            ("1/2", None),
            ("占比11/20以上", None),
            ("3.14", None),
            ("v10.12", None),
            ("版本 10.12.3", None),
            ("12.50", None),
            ("12.05元", None),
            ("¥12.05", None),
            ("价格：12.05", None),
            ("增长11.5%", None),
            ("/p/11/20/a.html", None),
            ("电话：0816.1120.3456", None),
            ("0816/1120", None),
            ("13/20", None),
            ("11/32", None),
            ("［１１-２０］", Some(w(None, 11, 20))),
            ("", None),
        ];
        for (text, want) in cases {
            assert_eq!(first(text), *want, "{text:?}");
        }
    }

    #[test]
    fn a_time_may_follow_a_closed_date() {
        let w = Written { year: Some(2026), month: 3, day: 20 };
        assert_eq!(first("报名截止：2026年3月20日17:00"), Some(w));
        // Without 日 the digits run on: not a date of their own.
        assert_eq!(first("编号2026-03-2017"), None);
    }

    #[test]
    fn finds_all_dates_in_order() {
        let text = "县政府常务会议[11-20] 关于印发方案的通知 2026-11-18 二〇二六年十一月一日";
        assert_eq!(find(text), vec![w(None, 11, 20), w(Some(2026), 11, 18), w(Some(2026), 11, 1)]);
    }

    #[test]
    fn year_less_dates_follow_the_contract() {
        let as_of = NaiveDate::from_ymd_opt(2027, 1, 5).unwrap();
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        // Across the year boundary: 12-28 seen on 2027-01-05 is 2026-12-28.
        assert_eq!(w(None, 12, 28).resolve(as_of, None), day(2026, 12, 28));
        assert_eq!(w(None, 1, 3).resolve(as_of, None), day(2027, 1, 3));
        // The URL's year wins when it has one.
        assert_eq!(w(None, 12, 28).resolve(as_of, Some(2025)), day(2025, 12, 28));
        // A written year is kept even when it is after as_of (future dates are reported).
        assert_eq!(w(Some(2027), 3, 1).resolve(as_of, None), day(2027, 3, 1));
    }

    #[test]
    fn labelled_article_dates() {
        assert_eq!(
            labelled("来源：县政府办 发布时间：2026-11-20 10:19 阅读次数"),
            Some(w(Some(2026), 11, 20))
        );
        assert_eq!(labelled("发布日期：2026年11月20日"), Some(w(Some(2026), 11, 20)));
        assert_eq!(labelled("无日期"), None);
    }

    #[test]
    fn dates_and_years_in_urls() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 20);
        assert_eq!(in_url("http://h/xxgk/zcwj/202611/t20261120_3829801.html"), d);
        assert_eq!(in_url("http://www.gov.cn/zhengce/2026-11/20/content_5.htm"), d);
        assert_eq!(in_url("http://h/art/2026/11/20/art_1_2.html"), d);
        assert_eq!(in_url("http://h/xxgk/index.html"), None);
        assert_eq!(year_in_url("http://h/xwzx/202611/t20261120_1.html"), Some(2026));
        assert_eq!(year_in_url("http://h/xwzx/202611/"), Some(2026));
        assert_eq!(year_in_url("http://h/art/2025/12/28/a.html"), Some(2025));
        assert_eq!(year_in_url("http://h/xwzx/index_2026.html"), None);
        assert_eq!(year_in_url("http://h/xwzx/index.html"), None);
        // A year needs its month beside it.
        assert_eq!(year_in_url("http://h/xwzx/2023-11/09/content_3.htm"), Some(2023));
        assert_eq!(year_in_url("http://h/art/2026/9/20/art_123_4.html"), Some(2026));
        assert_eq!(year_in_url("http://h/zt/2019/t20191220_9001.html"), Some(2019));
        assert_eq!(year_in_url("http://h/channel/2012/61.html"), None);
        assert_eq!(year_in_url("http://h/channel/2012/11.html"), None);
        assert_eq!(year_in_url("http://h/zt/2019/index.html"), None);
        assert_eq!(year_in_url("http://h/calendar/2026/1"), None);
    }

    fn years_of(
        items: &[(Option<Written>, &str)],
        page_time: Option<NaiveDate>,
    ) -> Vec<Option<(i32, YearSource)>> {
        infer_years(items, page_time).into_iter().map(|y| y.map(|y| (y.year, y.source))).collect()
    }

    #[test]
    fn year_less_items_take_their_dated_neighbours_year() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        let items = [
            (Some(w(None, 1, 3)), "/a/1.html"),
            (Some(w(Some(2025), 12, 30)), "/a/2.html"),
            (Some(w(None, 12, 28)), "/a/3.html"),
            (Some(w(None, 1, 10)), "/a/4.html"),
            (Some(w(None, 12, 20)), "/a/5.html"),
            (None, "/a/6.html"),
        ];
        let items: Vec<(Option<Written>, &str)> = items.to_vec();
        let got = years_of(&items, day(2027, 1, 1));
        use YearSource::*;
        assert_eq!(
            got,
            [
                // Above the dated item, in a newest-first list: after it.
                Some((2026, Neighbour)),
                Some((2025, Text)),
                Some((2025, Neighbour)),
                // Down the list, back in time, across a year boundary twice.
                Some((2025, Neighbour)),
                Some((2024, Neighbour)),
                None,
            ]
        );
    }

    #[test]
    fn url_years_date_an_item_and_its_neighbours() {
        use YearSource::*;
        let items: Vec<(Option<Written>, &str)> = vec![
            (Some(w(None, 11, 20)), "http://h/xwzx/202311/t20231120_1.html"),
            (Some(w(None, 11, 2)), "http://h/xwzx/show.aspx?id=2"),
            (Some(w(None, 10, 9)), "http://h/xwzx/2023-10/09/content_3.htm"),
        ];
        assert_eq!(years_of(&items, None), [Some((2023, Url)), Some((2023, Neighbour)), Some((2023, Url))]);
    }

    #[test]
    fn oldest_first_lists_run_the_other_way() {
        use YearSource::*;
        let items: Vec<(Option<Written>, &str)> = vec![
            (Some(w(Some(2024), 11, 20)), "/1"),
            (Some(w(Some(2024), 12, 2)), "/2"),
            (Some(w(None, 1, 5)), "/3"),
        ];
        assert_eq!(years_of(&items, None), [Some((2024, Text)), Some((2024, Text)), Some((2025, Neighbour))]);
    }

    #[test]
    fn the_page_time_dates_a_list_with_no_year_at_all_and_nothing_else_guesses() {
        let items: Vec<(Option<Written>, &str)> =
            vec![(Some(w(None, 11, 20)), "/1"), (Some(w(None, 12, 5)), "/2")];
        let generated = NaiveDate::from_ymd_opt(2025, 11, 21);
        assert_eq!(
            years_of(&items, generated),
            [Some((2025, YearSource::PageTime)), Some((2024, YearSource::PageTime))]
        );
        // Without any evidence the caller assumes, and says so.
        assert_eq!(years_of(&items, None), [None, None]);
        let as_of = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let assumed = Written { year: None, month: 11, day: 20 }.resolve_from(as_of, None, None).unwrap();
        assert_eq!((assumed.day.to_string(), assumed.source), ("2026-11-20".into(), YearSource::Assumed));
        assert_eq!(assumed.year_older().to_string(), "2025-11-20");
    }

    #[test]
    fn a_list_in_no_order_dates_nothing_by_its_neighbours() {
        let items: Vec<(Option<Written>, &str)> = vec![
            (Some(w(Some(2024), 3, 1)), "/1"),
            (Some(w(None, 11, 20)), "/2"),
            (Some(w(Some(2026), 1, 5)), "/3"),
            (Some(w(Some(2025), 6, 1)), "/4"),
        ];
        let got = years_of(&items, None);
        assert_eq!(got[1], None, "{got:?}");
    }

    #[test]
    fn leap_days_find_a_leap_year() {
        let feb29 = Written { year: None, month: 2, day: 29 };
        assert_eq!(feb29.year_not_after(NaiveDate::from_ymd_opt(2027, 1, 5).unwrap()), Some(2024));
    }

    #[test]
    fn page_times_as_pages_print_them() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(page_time("版权所有 页面生成时间：2025-11-21 08:30:12"), day(2025, 11, 21));
        assert_eq!(page_time("本页生成于 2025年11月21日"), None, "no such label");
        assert_eq!(page_time("网站更新时间: 2025/11/21"), day(2025, 11, 21));
        assert_eq!(page_time("更新时间：2025-11-21"), None, "an item's own date");
        assert_eq!(page_time("页面生成时间：11-21"), None, "a page time needs its year");
        assert_eq!(http_date("Mon, 02 Nov 2026 08:00:00 GMT"), day(2026, 11, 2));
        assert_eq!(http_date("2026-11-02 08:00:00"), day(2026, 11, 2));
        assert_eq!(http_date("yesterday"), None);
    }

    #[test]
    fn chinese_numbers() {
        for (s, n) in [("十", 10), ("十一", 11), ("二十", 20), ("二十三", 23), ("三十一", 31), ("五", 5)]
        {
            assert_eq!(chinese_number(s), Some(n), "{s}");
        }
        assert_eq!(chinese_digits("二〇二六"), Some(2026));
    }
}
