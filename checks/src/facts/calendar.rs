//! Working days in China: Monday to Friday, less the public holidays and
//! plus the weekend days worked instead (调休), as the State Council's
//! yearly notice (国务院办公厅关于YYYY年部分节假日安排的通知) sets them.
//!
//! The notices from 2019 on ship as data (`checks/calendar/cn.toml`, with
//! each notice's number and URL); a county adds a year not yet shipped in
//! its config, in the same format. A year neither shipped nor configured is
//! counted Monday to Friday, and [`Calendar::basis`] says so, so that a
//! finding never hides which rule counted its days.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate, Weekday};
use serde::Deserialize;

/// The shipped notices, read once.
const SHIPPED_TEXT: &str = include_str!("../../calendar/cn.toml");

/// The shipped calendar. Its data is checked by this module's tests, so a
/// broken file fails the build's tests rather than an audit; should one
/// slip through, every year falls back to Monday–Friday and says so.
static SHIPPED: LazyLock<Calendar> =
    LazyLock::new(|| Calendar::parse(SHIPPED_TEXT, Origin::Shipped).unwrap_or_default());

/// Where a year's arrangement comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Origin {
    /// govaudit's data, from the State Council's notice.
    Shipped,
    /// The user's config (`[calendar]`).
    Config,
}

/// A notice of the State Council (or one amending it).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Notice {
    /// Its document number, `国办发明电〔2025〕7号`.
    pub notice: String,
    /// The day www.gov.cn published it, `YYYY-MM-DD`.
    pub published: String,
    pub url: String,
}

/// Days off of one festival, both ends included.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Holiday {
    pub name: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// One year's arrangement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Year {
    pub origin: Origin,
    /// The notice, when the data names it (always for shipped years).
    pub notice: Option<Notice>,
    pub amended: Vec<Notice>,
    pub holidays: Vec<Holiday>,
    /// Weekend days worked instead (调休上班).
    pub workdays: Vec<NaiveDate>,
}

impl Year {
    /// Days off the notice grants, weekends inside its ranges included.
    pub fn holiday_days(&self) -> usize {
        self.holidays.iter().map(|h| (h.to - h.from).num_days() as usize + 1).sum()
    }
}

/// The arrangements known, by year, and the days they make special.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Calendar {
    years: BTreeMap<i32, Year>,
    /// Every day a year's arrangement sets: `true` worked, `false` off.
    special: BTreeMap<NaiveDate, bool>,
}

/// How a year was counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Basis {
    Shipped,
    Config,
    /// Neither shipped nor configured: Monday to Friday.
    Fallback,
}

impl Basis {
    /// The identifier in `report.json`.
    pub fn as_str(self) -> &'static str {
        match self {
            Basis::Shipped => "shipped",
            Basis::Config => "config",
            Basis::Fallback => "fallback",
        }
    }
}

/// What is wrong with a calendar file, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalendarError {
    /// The 1-based line, when the parser knows it.
    pub line: Option<usize>,
    /// The key at fault, `2027.holidays[1].to`; empty when unknown.
    pub key: String,
    pub problem: Problem,
}

/// Why a calendar file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Not TOML, or a key the format does not have (the parser's words).
    Syntax(String),
    /// A table's name that is not a year.
    NotAYear,
    /// Not a `YYYY-MM-DD` day.
    NotADate(String),
    /// A range that ends before it starts, or longer than a month.
    BadRange,
    /// A working day (班) on a weekday: the notice only lists weekends.
    WorkdayNotWeekend(NaiveDate),
    /// A day listed both as worked and as off.
    Conflict(NaiveDate),
}

/// The written form of one year, the file's and the config's.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawYear {
    notice: Option<String>,
    published: Option<String>,
    url: Option<String>,
    #[serde(default)]
    amended: Vec<Notice>,
    #[serde(default)]
    holidays: Vec<RawHoliday>,
    #[serde(default)]
    workdays: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHoliday {
    #[serde(default)]
    name: String,
    from: String,
    to: String,
}

/// A festival's days off never run longer than this (the 2020 Spring
/// Festival's extension made ten): a longer range is a typing error.
const MAX_RANGE_DAYS: i64 = 31;

impl Calendar {
    /// The shipped notices, 2019 on.
    pub fn shipped() -> &'static Calendar {
        &SHIPPED
    }

    /// Reads a calendar file: one `[YYYY]` table a year.
    pub fn parse(text: &str, origin: Origin) -> Result<Calendar, CalendarError> {
        let table: toml::Table = toml::from_str(text).map_err(|e| CalendarError {
            line: e.span().map(|s| line_of(text, s.start)),
            key: String::new(),
            problem: Problem::Syntax(e.message().trim_end().replace('\n', " ")),
        })?;
        let line = |key: &str| find_line(text, key);
        let mut calendar = Calendar::default();
        for (key, value) in table {
            let year = year_of(&key, value, origin).map_err(|mut e| {
                e.line = e.line.or_else(|| line(&key));
                e
            })?;
            calendar.insert(key.parse().unwrap_or_default(), year)?;
        }
        Ok(calendar)
    }

    /// Reads the config's inline years (`[calendar.2027]`): `key` is the
    /// year, `value` its table.
    pub fn parse_year(key: &str, value: toml::Value) -> Result<(i32, Year), CalendarError> {
        let year = year_of(key, value, Origin::Config)?;
        Ok((key.parse().unwrap_or_default(), year))
    }

    /// This calendar with `overrides`' years in place of its own.
    pub fn with(&self, overrides: Calendar) -> Result<Calendar, CalendarError> {
        let mut years = self.years.clone();
        years.extend(overrides.years);
        let mut calendar = Calendar::default();
        for (number, year) in years {
            calendar.insert(number, year)?;
        }
        Ok(calendar)
    }

    /// Adds a year; a day it lists both worked and off is refused.
    pub fn insert(&mut self, number: i32, year: Year) -> Result<(), CalendarError> {
        let conflict = |day: NaiveDate| CalendarError {
            line: None,
            key: number.to_string(),
            problem: Problem::Conflict(day),
        };
        for h in &year.holidays {
            for day in h.from.iter_days().take_while(|d| *d <= h.to) {
                if self.special.insert(day, false) == Some(true) {
                    return Err(conflict(day));
                }
            }
        }
        for &day in &year.workdays {
            if self.special.insert(day, true) == Some(false) {
                return Err(conflict(day));
            }
        }
        self.years.insert(number, year);
        Ok(())
    }

    pub fn years(&self) -> &BTreeMap<i32, Year> {
        &self.years
    }

    /// How days of `year` are counted.
    pub fn basis_of(&self, year: i32) -> Basis {
        match self.years.get(&year).map(|y| y.origin) {
            Some(Origin::Shipped) => Basis::Shipped,
            Some(Origin::Config) => Basis::Config,
            None => Basis::Fallback,
        }
    }

    /// The years a count from `from` to `to` touched, each with how it was
    /// counted, in order.
    pub fn basis(&self, from: NaiveDate, to: NaiveDate) -> Vec<(i32, Basis)> {
        let (first, last) = if from <= to { (from, to) } else { (to, from) };
        (first.year()..=last.year()).map(|y| (y, self.basis_of(y))).collect()
    }

    /// Whether `day` is worked: a weekday that is not a holiday, or a
    /// weekend day the arrangement makes worked.
    pub fn is_working_day(&self, day: NaiveDate) -> bool {
        self.special.get(&day).copied().unwrap_or_else(|| is_weekday(day))
    }

    /// Working days after `from` up to and including `to` (the day a
    /// message came does not count, the day it was answered does); 0 when
    /// `to` is not after `from`. Counted from the weekdays and the few
    /// special days between, so a long span costs no more than a short one.
    pub fn working_days(&self, from: NaiveDate, to: NaiveDate) -> i64 {
        if to <= from {
            return 0;
        }
        let mut count = weekdays_between(from, to);
        let after = from.succ_opt().unwrap_or(from);
        for (&day, &worked) in self.special.range(after..=to) {
            match (worked, is_weekday(day)) {
                (true, false) => count += 1,
                (false, true) => count -= 1,
                _ => {}
            }
        }
        count
    }
}

fn is_weekday(day: NaiveDate) -> bool {
    !matches!(day.weekday(), Weekday::Sat | Weekday::Sun)
}

/// Monday to Friday after `from` up to and including `to`.
fn weekdays_between(from: NaiveDate, to: NaiveDate) -> i64 {
    let days = (to - from).num_days();
    let weeks = days / 7;
    let mut count = weeks * 5;
    let mut day = from + chrono::Days::new((weeks * 7) as u64);
    while day < to {
        day = day.succ_opt().unwrap_or(to);
        if is_weekday(day) {
            count += 1;
        }
    }
    count
}

fn year_of(key: &str, value: toml::Value, origin: Origin) -> Result<Year, CalendarError> {
    let error = |key: String, problem| CalendarError { line: None, key, problem };
    if key.len() != 4 || key.parse::<i32>().map_or(true, |y| !(1949..=9999).contains(&y)) {
        return Err(error(key.to_owned(), Problem::NotAYear));
    }
    let raw: RawYear = value.try_into().map_err(|e: toml::de::Error| {
        error(key.to_owned(), Problem::Syntax(e.message().trim_end().replace('\n', " ")))
    })?;
    let date = |field: String, text: &str| {
        NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .map_err(|_| error(field, Problem::NotADate(text.to_owned())))
    };
    let mut holidays = Vec::with_capacity(raw.holidays.len());
    for (i, h) in raw.holidays.iter().enumerate() {
        let from = date(format!("{key}.holidays[{i}].from"), &h.from)?;
        let to = date(format!("{key}.holidays[{i}].to"), &h.to)?;
        if to < from || (to - from).num_days() >= MAX_RANGE_DAYS {
            return Err(error(format!("{key}.holidays[{i}]"), Problem::BadRange));
        }
        holidays.push(Holiday { name: h.name.clone(), from, to });
    }
    let mut workdays = Vec::with_capacity(raw.workdays.len());
    for (i, w) in raw.workdays.iter().enumerate() {
        let day = date(format!("{key}.workdays[{i}]"), w)?;
        if is_weekday(day) {
            return Err(error(format!("{key}.workdays[{i}]"), Problem::WorkdayNotWeekend(day)));
        }
        workdays.push(day);
    }
    let notice = match (raw.notice, raw.published, raw.url) {
        (Some(notice), Some(published), Some(url)) => Some(Notice { notice, published, url }),
        _ => None,
    };
    Ok(Year { origin, notice, amended: raw.amended, holidays, workdays })
}

fn line_of(text: &str, at: usize) -> usize {
    text[..at.min(text.len())].matches('\n').count() + 1
}

/// The line of a year's table header, `[2027]`.
fn find_line(text: &str, key: &str) -> Option<usize> {
    let header = format!("[{key}]");
    text.lines().position(|l| l.trim() == header).map(|n| n + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn the_shipped_file_parses() {
        let calendar = Calendar::parse(SHIPPED_TEXT, Origin::Shipped).unwrap();
        assert_eq!(&calendar, Calendar::shipped());
        assert_eq!(calendar.years().keys().copied().collect::<Vec<_>>(), (2019..=2026).collect::<Vec<_>>());
    }

    /// Each year's days off and days worked, counted from the notices (and
    /// cross-checked with NateScarlet/holiday-cn), with the notice's number.
    #[test]
    fn every_shipped_year_has_its_notices_counts() {
        let expected = [
            (2019, "国办发明电〔2018〕15号", 24, 7),
            (2020, "国办发明电〔2019〕16号", 30, 6),
            (2021, "国办发明电〔2020〕27号", 31, 7),
            (2022, "国办发明电〔2021〕11号", 31, 7),
            (2023, "国办发明电〔2022〕16号", 27, 7),
            (2024, "国办发明电〔2023〕7号", 28, 8),
            (2025, "国办发明电〔2024〕12号", 28, 5),
            (2026, "国办发明电〔2025〕7号", 33, 6),
        ];
        let calendar = Calendar::shipped();
        assert_eq!(calendar.years().len(), expected.len());
        for (year, notice, off, worked) in expected {
            let y = &calendar.years()[&year];
            let n = y.notice.as_ref().unwrap_or_else(|| panic!("{year} names no notice"));
            assert_eq!(n.notice, notice, "{year}");
            assert!(
                n.url.starts_with("http://www.gov.cn/") || n.url.starts_with("https://www.gov.cn/"),
                "{year}"
            );
            assert_eq!(y.holiday_days(), off, "{year} days off");
            assert_eq!(y.workdays.len(), worked, "{year} days worked");
            assert_eq!(y.origin, Origin::Shipped);
        }
        // The amendments: 2019's Labour Day, 2020's longer Spring Festival.
        assert_eq!(calendar.years()[&2019].amended[0].notice, "国办发明电〔2019〕3号");
        assert_eq!(calendar.years()[&2020].amended[0].notice, "国办发明电〔2020〕1号");
    }

    #[test]
    fn spring_festival_2024_and_its_working_sundays() {
        let c = Calendar::shipped();
        // 除夕 (9 February) is only encouraged off: a working Friday.
        assert!(c.is_working_day(d(2024, 2, 9)));
        assert!((10..=17).all(|day| !c.is_working_day(d(2024, 2, day))));
        assert!(c.is_working_day(d(2024, 2, 4)), "Sunday 2-4 worked");
        assert!(c.is_working_day(d(2024, 2, 18)), "Sunday 2-18 worked");
        assert!(!c.is_working_day(d(2024, 2, 3)), "an ordinary Saturday");
        // 2-8 to 2-19: 2-9 and 2-18 and 2-19.
        assert_eq!(c.working_days(d(2024, 2, 8), d(2024, 2, 19)), 3);
    }

    #[test]
    fn holidays_that_cross_the_year_and_amendments() {
        let c = Calendar::shipped();
        // 元旦 2023 starts on Saturday 2022-12-31 and takes Monday 1-2.
        assert!(!c.is_working_day(d(2023, 1, 2)));
        // 2020: Saturday 1 February was to be worked; the extension made it off.
        assert!(!c.is_working_day(d(2020, 2, 1)));
        assert!(!c.is_working_day(d(2020, 1, 31)));
        assert!(c.is_working_day(d(2020, 1, 19)));
    }

    #[test]
    fn national_day_2026_and_the_fallback_year() {
        let c = Calendar::shipped();
        // Monday 9-28 to Friday 10-9: 9-29, 9-30, 10-8, 10-9.
        assert_eq!(c.working_days(d(2026, 9, 28), d(2026, 10, 9)), 4);
        // Sunday 9-20 is worked: Monday 9-14 to Monday 9-21 is 6.
        assert_eq!(c.working_days(d(2026, 9, 14), d(2026, 9, 21)), 6);
        // 2027 is not shipped: Monday to Friday, and said so.
        assert_eq!(c.working_days(d(2027, 9, 27), d(2027, 10, 8)), 9);
        assert_eq!(
            c.basis(d(2026, 12, 28), d(2027, 1, 5)),
            vec![(2026, Basis::Shipped), (2027, Basis::Fallback)]
        );
    }

    #[test]
    fn counting_matches_walking_day_by_day() {
        let c = Calendar::shipped();
        let start = d(2018, 12, 1);
        for span in [1, 3, 7, 10, 40, 100, 400] {
            for offset in (0..3000).step_by(37) {
                let from = start + chrono::Days::new(offset);
                let to = from + chrono::Days::new(span);
                let walked = from
                    .iter_days()
                    .skip(1)
                    .take_while(|x| *x <= to)
                    .filter(|x| c.is_working_day(*x))
                    .count();
                assert_eq!(c.working_days(from, to), walked as i64, "{from} {to}");
            }
        }
        assert_eq!(c.working_days(d(2026, 3, 9), d(2026, 3, 2)), 0);
        assert_eq!(c.working_days(d(2026, 3, 2), d(2026, 3, 2)), 0);
    }

    #[test]
    fn a_configured_year_replaces_and_extends() {
        let text = "[2027]\nholidays = [{ name = \"国庆节\", from = \"2027-10-01\", to = \"2027-10-07\" }]\n\
                    workdays = [\"2027-09-26\"]\n";
        let config = Calendar::parse(text, Origin::Config).unwrap();
        let c = Calendar::shipped().with(config).unwrap();
        assert_eq!(c.basis_of(2027), Basis::Config);
        assert_eq!(c.basis_of(2026), Basis::Shipped);
        assert!(!c.is_working_day(d(2027, 10, 4)));
        assert!(c.is_working_day(d(2027, 9, 26)));
        // A year configured again replaces the shipped one whole.
        let replaced =
            Calendar::shipped().with(Calendar::parse("[2026]\n", Origin::Config).unwrap()).unwrap();
        assert!(replaced.is_working_day(d(2026, 10, 5)));
        assert_eq!(replaced.basis_of(2026), Basis::Config);
    }

    #[test]
    fn errors_name_the_line_and_key() {
        let err = |text: &str| Calendar::parse(text, Origin::Config).unwrap_err();
        let e = err("[2027]\nworkdays = [\"2027-02-30\"]\n");
        assert_eq!((e.line, e.key.as_str()), (Some(1), "2027.workdays[0]"));
        assert_eq!(e.problem, Problem::NotADate("2027-02-30".into()));
        let e = err("# x\n[2027]\nholidays = [{ from = \"2027-10-07\", to = \"2027-10-01\" }]\n");
        assert_eq!((e.line, e.key.as_str(), e.problem), (Some(2), "2027.holidays[0]", Problem::BadRange));
        let e = err("[2027]\nworkdays = [\"2027-09-27\"]\n");
        assert_eq!(e.problem, Problem::WorkdayNotWeekend(d(2027, 9, 27)));
        let e = err("[next]\n");
        assert_eq!((e.key.as_str(), e.problem), ("next", Problem::NotAYear));
        let e = err("[2027]\nholiday = []\n");
        assert!(matches!(e.problem, Problem::Syntax(ref m) if m.contains("holiday")), "{e:?}");
        let e = err("[2027]\nworkdays = [\n");
        assert!(matches!(e.problem, Problem::Syntax(_)) && e.line.is_some(), "{e:?}");
        let e = err(
            "[2027]\nholidays = [{ from = \"2027-10-01\", to = \"2027-10-07\" }]\nworkdays = [\"2027-10-02\"]\n",
        );
        assert_eq!(e.problem, Problem::Conflict(d(2027, 10, 2)));
    }
}
