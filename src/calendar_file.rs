//! `[calendar]`: holiday arrangements for the years govaudit does not ship
//! (the next year's notice, published each autumn), in the format of
//! `checks/calendar/cn.toml`:
//!
//! ```toml
//! [calendar]
//! file = "holidays.toml"          # [2027] tables, as cn.toml writes them
//!
//! [calendar.2027]                 # or inline; wins over the file's 2027
//! holidays = [{ name = "元旦", from = "2027-01-01", to = "2027-01-03" }]
//! workdays = ["2027-01-04"]
//! ```
//!
//! A year given here replaces the shipped one whole. The first mistake is
//! one error naming the file and line, or the key.

use std::path::Path;

use anyhow::{Context, bail};
use checks::facts::calendar::{Calendar, CalendarError, Origin, Problem};

use crate::i18n::Lang;

/// Largest file read: a year is a few hundred bytes.
const MAX_BYTES: u64 = 1024 * 1024;

/// The shipped calendar with the config's years: the file's, then the
/// inline ones over them. `dir` is the config file's folder.
pub fn load(section: Option<toml::Table>, dir: &Path, lang: Lang) -> anyhow::Result<Calendar> {
    let Some(mut section) = section else { return Ok(Calendar::shipped().clone()) };
    let mut calendar = Calendar::shipped().clone();
    if let Some(file) = section.remove("file") {
        let Some(file) = file.as_str() else {
            bail!("{}", invalid("calendar.file", &lang.word("calendar-reason-file"), lang));
        };
        let path = dir.join(file);
        calendar = with(&calendar, read(&path, lang)?, &path.display().to_string(), lang)?;
    }
    let mut inline = Calendar::default();
    for (key, value) in section {
        let (year, table) = Calendar::parse_year(&key, value).map_err(|e| error("calendar", &e, lang))?;
        inline.insert(year, table).map_err(|e| error("calendar", &e, lang))?;
    }
    with(&calendar, inline, "calendar", lang)
}

fn with(calendar: &Calendar, years: Calendar, place: &str, lang: Lang) -> anyhow::Result<Calendar> {
    calendar.with(years).map_err(|e| error(place, &e, lang))
}

/// Reads a calendar file at `path`.
fn read(path: &Path, lang: Lang) -> anyhow::Result<Calendar> {
    let shown = path.display().to_string();
    let cannot = || lang.word_with("calendar-cannot-read", &[("path", shown.as_str().into())]);
    let Some(text) = crate::small_file::read_capped_text(path, MAX_BYTES).with_context(cannot)? else {
        bail!("{}", lang.word_with("calendar-too-large", &[("path", shown.as_str().into())]));
    };
    Calendar::parse(&text, Origin::Config).map_err(|e| error(&shown, &e, lang))
}

/// One line: where (`holidays.toml:3 2027.holidays[0].to`, or the
/// config's `calendar.2027.workdays[1]`) and what is wrong.
fn error(place: &str, e: &CalendarError, lang: Lang) -> anyhow::Error {
    let mut at = place.to_owned();
    if let Some(line) = e.line {
        at.push_str(&format!(":{line}"));
    }
    if !e.key.is_empty() {
        at.push(if e.line.is_some() { ' ' } else { '.' });
        at.push_str(&e.key);
    }
    anyhow::anyhow!("{}", invalid(&at, &reason(&e.problem, lang), lang))
}

fn invalid(place: &str, reason: &str, lang: Lang) -> String {
    lang.word_with("calendar-invalid", &[("place", place.into()), ("reason", reason.into())])
}

fn reason(problem: &Problem, lang: Lang) -> String {
    let day = |d: &chrono::NaiveDate| d.to_string();
    match problem {
        Problem::Syntax(message) => message.clone(),
        Problem::NotAYear => lang.word("calendar-reason-year"),
        Problem::NotADate(text) => lang.word_with("calendar-reason-date", &[("day", text.as_str().into())]),
        Problem::BadRange => lang.word("calendar-reason-range"),
        Problem::WorkdayNotWeekend(d) => lang.word_with("calendar-reason-workday", &[("day", day(d).into())]),
        Problem::Conflict(d) => lang.word_with("calendar-reason-conflict", &[("day", day(d).into())]),
    }
}

#[cfg(test)]
mod tests {
    use checks::facts::calendar::Basis;
    use chrono::NaiveDate;

    use super::*;

    fn section(text: &str) -> Option<toml::Table> {
        let mut table: toml::Table = toml::from_str(text).unwrap();
        table.remove("calendar").and_then(|v| v.as_table().cloned())
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn no_section_is_the_shipped_calendar() {
        let calendar = load(None, Path::new(""), Lang::En).unwrap();
        assert_eq!(&calendar, Calendar::shipped());
    }

    #[test]
    fn a_file_and_inline_years_are_added_the_inline_ones_win() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("holidays.toml"),
            "[2027]\nnotice = \"国办发明电〔2026〕X号\"\npublished = \"2026-11-01\"\nurl = \"https://www.gov.cn/\"\n\
             holidays = [{ name = \"元旦\", from = \"2027-01-01\", to = \"2027-01-03\" }]\n\
             [2028]\nholidays = [{ name = \"元旦\", from = \"2028-01-01\", to = \"2028-01-03\" }]\n",
        )
        .unwrap();
        let text = "[calendar]\nfile = \"holidays.toml\"\n[calendar.2028]\nworkdays = [\"2028-01-02\"]\n";
        let calendar = load(section(text), dir.path(), Lang::En).unwrap();
        assert_eq!(calendar.basis_of(2027), Basis::Config);
        assert_eq!(calendar.basis_of(2026), Basis::Shipped);
        assert!(!calendar.is_working_day(d(2027, 1, 1)));
        // The inline 2028 replaced the file's whole: Monday 3 January is
        // worked again, and so is Sunday 2 January.
        assert!(calendar.is_working_day(d(2028, 1, 3)));
        assert!(calendar.is_working_day(d(2028, 1, 2)));
        assert_eq!(calendar.basis_of(2029), Basis::Fallback);
    }

    #[test]
    fn a_bad_file_is_one_error_naming_the_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("h.toml"), "# 2027\n[2027]\nworkdays = [\"2027-13-01\"]\n").unwrap();
        let e =
            load(section("[calendar]\nfile = \"h.toml\"\n"), dir.path(), Lang::En).unwrap_err().to_string();
        assert!(e.contains("h.toml:2 2027.workdays[0]") && e.contains("2027-13-01"), "{e}");
        assert_eq!(e.lines().count(), 1, "{e}");
        let e = load(section("[calendar]\nfile = \"none.toml\"\n"), dir.path(), Lang::En).unwrap_err();
        assert!(format!("{e:#}").contains("none.toml"), "{e:#}");
    }

    #[test]
    fn a_bad_inline_year_names_the_key() {
        let e = |text: &str| load(section(text), Path::new(""), Lang::En).unwrap_err().to_string();
        let got = e("[calendar.2027]\nworkdays = [\"2027-09-27\"]\n");
        assert!(got.contains("calendar.2027.workdays[0]") && got.contains("2027-09-27"), "{got}");
        let got = e("[calendar]\nyear2027 = { workdays = [] }\n");
        assert!(got.contains("calendar.year2027"), "{got}");
        let got = e("[calendar]\nfile = 3\n");
        assert!(got.contains("calendar.file"), "{got}");
        let got = e("[calendar.2027]\nholidays = [{ from = \"2027-10-01\", to = \"2027-09-01\" }]\n");
        assert!(got.contains("calendar.2027.holidays[0]"), "{got}");
    }
}
