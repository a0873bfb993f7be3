//! When a post was published, from the ways platforms write it.
//!
//! Platforms write times for people reading them at that moment: `刚刚`,
//! `15分钟前`, `3小时前`, `昨天 18:30`, `今天 08:00`, `11-24` (this year),
//! and only older posts get a full date. Their APIs add unix seconds (WeChat
//! `ct`, Toutiao `behot_time`), Weibo's `Tue Nov 24 18:30:00 +0800 2026` and
//! the feed standards RFC 2822 and RFC 3339. Each form becomes a calendar
//! day in China time (UTC+8), the day inspectors count in.
//!
//! Relative forms are resolved against `fetched_at`, the local time the
//! page was fetched, so the same page always gives the same dates. Written
//! dates go through [`crate::facts::dates`], which already knows every form county
//! sites use and the rule for a missing year.

use std::sync::LazyLock;

use chrono::{DateTime, Datelike, FixedOffset, Months, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta};
use regex::Regex;

use crate::facts::dates;

/// Dates outside these years are not publication dates (a zero timestamp,
/// a misread number).
const YEARS: std::ops::RangeInclusive<i32> = 1990..=2100;

/// Above this a timestamp is in milliseconds: seconds would be past 5138.
const MILLIS_FROM: i64 = 100_000_000_000;

/// China Standard Time, UTC+8.
const CHINA: FixedOffset = match FixedOffset::east_opt(8 * 3600) {
    Some(offset) => offset,
    None => panic!("UTC+8 is a valid offset"),
};

/// The day of a unix timestamp in China; milliseconds are recognised by
/// their size (Toutiao and Douyin mix both).
pub fn unix(stamp: i64) -> Option<NaiveDate> {
    let secs = if stamp >= MILLIS_FROM { stamp / 1000 } else { stamp };
    let date = DateTime::from_timestamp(secs, 0)?.with_timezone(&CHINA).date_naive();
    plausible(date)
}

/// The day written in `text`, in any form this module knows, relative forms
/// resolved against `fetched_at`.
pub fn written(text: &str, fetched_at: NaiveDateTime) -> Option<NaiveDate> {
    written_with_year(text, fetched_at).map(|(date, _)| date)
}

/// [`written`], and where the day's year came from: a day written without
/// a year (`11-28`, `11月28日`) got the latest year not after the fetch,
/// an assumption (年份推定); relative forms and timestamps carry theirs.
pub fn written_with_year(text: &str, fetched_at: NaiveDateTime) -> Option<(NaiveDate, dates::YearSource)> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let (date, year) = match relative(text, fetched_at).or_else(|| with_offset(text)) {
        Some(date) => (date, dates::YearSource::Text),
        None => {
            let w = dates::first(text)?;
            let year = if w.year.is_some() { dates::YearSource::Text } else { dates::YearSource::Assumed };
            (w.resolve(fetched_at.date(), None)?, year)
        }
    };
    Some((plausible(date)?, year))
}

/// `刚刚`, `N分钟前` and the like, `今天/昨天/前天 HH:MM`, a bare `HH:MM`.
fn relative(text: &str, fetched_at: NaiveDateTime) -> Option<NaiveDate> {
    static AGO: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"([0-9]{1,12})\s*(秒钟|秒|分钟|小时|个小时|天|周|星期|个月|年)\s*前")
            .expect("valid regex")
    });
    static DAY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(今天|昨天|前天)(?:\s*([0-9]{1,2})[:：]([0-9]{2}))?").expect("valid regex")
    });
    static CLOCK: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^([0-9]{1,2}):([0-9]{2})$").expect("valid regex"));
    if text.contains("刚刚") || text.contains("刚才") {
        return Some(fetched_at.date());
    }
    if let Some(caps) = AGO.captures(text) {
        let n: i64 = caps.get(1)?.as_str().parse().ok()?;
        let at = match caps.get(2)?.as_str() {
            "秒" | "秒钟" => fetched_at.checked_sub_signed(TimeDelta::try_seconds(n)?),
            "分钟" => fetched_at.checked_sub_signed(TimeDelta::try_minutes(n)?),
            "小时" | "个小时" => fetched_at.checked_sub_signed(TimeDelta::try_hours(n)?),
            "天" => fetched_at.checked_sub_signed(TimeDelta::try_days(n)?),
            "周" | "星期" => fetched_at.checked_sub_signed(TimeDelta::try_weeks(n)?),
            // Months and years are as precise as the platform: the day is
            // only roughly right, which is all "N个月前" says.
            "个月" => fetched_at.checked_sub_months(Months::new(u32::try_from(n).ok()?)),
            _ => fetched_at.checked_sub_months(Months::new(u32::try_from(n.checked_mul(12)?).ok()?)),
        };
        return at.map(|t| t.date());
    }
    if let Some(caps) = DAY.captures(text) {
        let back = match caps.get(1)?.as_str() {
            "今天" => 0,
            "昨天" => 1,
            _ => 2,
        };
        return fetched_at.date().checked_sub_signed(TimeDelta::try_days(back)?);
    }
    if let Some(caps) = CLOCK.captures(text) {
        // A bare time is today's: platforms write it for posts of the day.
        let h = caps.get(1)?.as_str().parse().ok()?;
        let m = caps.get(2)?.as_str().parse().ok()?;
        NaiveTime::from_hms_opt(h, m, 0)?;
        return Some(fetched_at.date());
    }
    None
}

/// Forms that carry a UTC offset: Weibo's `Tue Nov 24 18:30:00 +0800 2026`,
/// RFC 2822 (`Fri, 20 Nov 2026 18:30:00 +0800`) and RFC 3339
/// (`2026-11-20T18:30:00+08:00`), each read as a day in China.
fn with_offset(text: &str) -> Option<NaiveDate> {
    static WEIBO: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"([A-Z][a-z]{2} [0-9]{1,2} [0-9]{2}:[0-9]{2}:[0-9]{2} [+-][0-9]{4} [0-9]{4})")
            .expect("valid regex")
    });
    // The weekday is left out: a wrong one should not lose the date.
    if let Some(m) = WEIBO.captures(text).and_then(|c| c.get(1))
        && let Ok(t) = DateTime::parse_from_str(m.as_str(), "%b %d %H:%M:%S %z %Y")
    {
        return Some(t.with_timezone(&CHINA).date_naive());
    }
    // RFC 2822 names US zones only; Chinese feeds write CST for UTC+8.
    let rfc2822 = match text.strip_suffix(" CST") {
        Some(head) => format!("{head} +0800"),
        None => text.to_owned(),
    };
    if let Ok(t) = DateTime::parse_from_rfc2822(&rfc2822) {
        return Some(t.with_timezone(&CHINA).date_naive());
    }
    if let Ok(t) = DateTime::parse_from_rfc3339(text) {
        return Some(t.with_timezone(&CHINA).date_naive());
    }
    None
}

pub(super) fn plausible(date: NaiveDate) -> Option<NaiveDate> {
    YEARS.contains(&date.year()).then_some(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").unwrap()
    }

    fn day(s: &str) -> Option<NaiveDate> {
        Some(NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap())
    }

    #[test]
    fn every_platform_form() {
        let now = at("2026-11-26 10:00:00");
        let cases = [
            ("刚刚", "2026-11-26"),
            ("15分钟前", "2026-11-26"),
            ("3小时前", "2026-11-26"),
            ("11小时前", "2026-11-25"),
            ("30秒前", "2026-11-26"),
            ("2天前", "2026-11-24"),
            ("1周前", "2026-11-19"),
            ("3个月前", "2026-08-26"),
            ("1年前", "2025-11-26"),
            ("昨天 18:30", "2026-11-25"),
            ("昨天", "2026-11-25"),
            ("前天 09:00", "2026-11-24"),
            ("今天 08:00", "2026-11-26"),
            ("08:00", "2026-11-26"),
            ("11-24", "2026-11-24"),
            ("05月10日", "2026-05-10"),
            ("2025-11-24", "2025-11-24"),
            ("2026-05-10 10:00", "2026-05-10"),
            ("2026年11月20日 18:30", "2026-11-20"),
            ("Tue Nov 24 18:30:00 +0800 2026", "2026-11-24"),
            // Late evening in UTC is the next morning in China.
            ("Fri, 20 Nov 2026 18:30:00 GMT", "2026-11-21"),
            ("Fri, 20 Nov 2026 18:30:00 +0800", "2026-11-20"),
            ("Fri, 20 Nov 2026 23:30:00 CST", "2026-11-20"),
            ("2026-11-20T18:30:00+08:00", "2026-11-20"),
            ("2026-11-20T20:00:00Z", "2026-11-21"),
        ];
        for (text, want) in cases {
            assert_eq!(written(text, now), day(want), "{text}");
        }
    }

    #[test]
    fn midnight_edges() {
        // Fetched ten minutes after midnight: "yesterday 00:30" is the day
        // before, and fifteen minutes ago was yesterday too.
        let now = at("2026-11-26 00:10:00");
        assert_eq!(written("昨天 00:30", now), day("2026-11-25"));
        assert_eq!(written("15分钟前", now), day("2026-11-25"));
        assert_eq!(written("5分钟前", now), day("2026-11-26"));
        assert_eq!(written("刚刚", at("2026-11-26 00:00:00")), day("2026-11-26"));
        assert_eq!(written("1小时前", at("2026-11-26 00:59:59")), day("2026-11-25"));
        assert_eq!(written("今天 23:59", at("2026-11-26 23:59:59")), day("2026-11-26"));
    }

    #[test]
    fn yearless_dates_across_new_year() {
        let now = at("2027-01-02 09:00:00");
        assert_eq!(written("12-31", now), day("2026-12-31"));
        assert_eq!(written("01-02", now), day("2027-01-02"));
        // A later day this year has not happened yet: it was last year.
        assert_eq!(written("01-03", now), day("2026-01-03"));
        assert_eq!(written("12月30日", now), day("2026-12-30"));
        assert_eq!(written("昨天 18:30", at("2027-01-01 08:00:00")), day("2026-12-31"));
        assert_eq!(written("12-31", at("2026-12-31 23:59:00")), day("2026-12-31"));
    }

    #[test]
    fn unix_times_in_china() {
        // 2023-11-14 22:13:20 UTC is 06:13 the next day in China.
        assert_eq!(unix(1_700_000_000), day("2023-11-15"));
        assert_eq!(unix(1_700_000_000_000), day("2023-11-15"));
        assert_eq!(unix(0), None);
        assert_eq!(unix(-5), None);
        assert_eq!(unix(i64::MAX), None);
        assert_eq!(unix(i64::MIN), None);
    }

    #[test]
    fn nonsense_is_none() {
        let now = at("2026-11-26 10:00:00");
        for text in [
            "",
            "  ",
            "阅读 100",
            "99999999999小时前",
            "999999999999年前",
            "25:99",
            "Xyz 99 99:99:99 +9999 9999",
        ] {
            assert_eq!(written(text, now), None, "{text}");
        }
    }
}
