//! Publication dates as county sites write them.
//!
//! Lists and articles write dates in many forms: `2026-11-20`,
//! `2026/11/20`, `2026.11.20`, `2026年11月20日 10:19`,
//! `二〇二六年十一月二十日`, and year-less `[11-20]`, `(11-20)`, `11-20`,
//! `11月20日`; TRS URLs carry them too (`/202611/t20261120_3829801.html`).
//! [`find`] reads every form from a text; [`Written::resolve`] applies the
//! contract's rule for a missing year. Pure and total: any input, any
//! length, returns a result without panicking (a fuzz target holds it to
//! that, see `checks/fuzz/`).

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use regex::Regex;

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

/// The year a URL path carries (`/202611/`, `/t20261120_`, `/2026/`), for
/// dates written without one.
pub fn year_in_url(url: &str) -> Option<i32> {
    static YEAR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"/t?((?:19|20)[0-9]{2})(?:0[1-9]|1[0-2])?(?:[0-9]{2}_[0-9]+|[/_-])").expect("valid regex")
    });
    let year = YEAR.captures(url)?.get(1)?.as_str().parse().ok()?;
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
