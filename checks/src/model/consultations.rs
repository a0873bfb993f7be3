//! Interaction (互动交流): the consultation channels of the site and the
//! messages they published with their replies, joined once over the page
//! facts for the checks of veto V5 (互动回应差) and its deductions.
//!
//! A consultation column is one the rule is about: 领导信箱, 县长信箱,
//! 咨询, 留言 …, but not 信访, 纪检举报, 在线访谈 or 调查征集, which the
//! national text leaves out. Its messages come from its list pages (a table
//! with 留言时间 / 答复时间, labelled list items) and from each message's
//! own page when the list does not give the dates.

use std::collections::{BTreeMap, HashMap};

use chrono::{Months, NaiveDate};

use schemars::JsonSchema;
use serde::Serialize;

use crate::Lang;
use crate::facts::calendar::{Basis, Calendar};
use crate::facts::crawl::{FetchOutcome, Message, PageFacts, SiteCrawl, TargetId};
use crate::facts::dates::{self, Written};
use crate::model::column::{Column, key};
use crate::model::site::SiteContext;

/// Words that name a consultation channel. Many counties route
/// consultation through the province's 12345 platform, linked by its
/// number (`12345政务服务便民热线`).
const CONSULT_WORDS: &[&str] = &[
    "信箱",
    "咨询",
    "留言",
    "问政",
    "来信",
    "写信",
    "民意直通",
    "12345",
    "县长信箱",
    "领导信箱",
    "书记信箱",
];

/// Channels the rule leaves out: petitions, discipline reports, online
/// interviews and surveys are not consultation.
const EXCLUDED_WORDS: &[&str] = &["信访", "纪检", "举报", "访谈", "调查", "征集", "意见征求", "征求意见"];

/// Whether a name is that of a consultation channel the rule covers.
pub fn is_consultation(name: &str) -> bool {
    !EXCLUDED_WORDS.iter().any(|w| name.contains(w)) && CONSULT_WORDS.iter().any(|w| name.contains(w))
}

/// One message of a consultation column with its days resolved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Letter {
    /// Its own page, or the list page it is published on inline.
    pub target: TargetId,
    pub title: String,
    pub asked: Option<NaiveDate>,
    pub answered: Option<NaiveDate>,
    pub pending: bool,
    /// Said to be answered (已办结) though no answer date is shown.
    pub settled: bool,
}

/// A consultation column and its messages.
#[derive(Clone, Debug)]
pub struct Consultation {
    /// Index in the site's columns.
    pub column: usize,
    /// In URL order of their pages, so findings come out the same each run.
    pub letters: Vec<Letter>,
}

impl Consultation {
    /// Whether the column shows reply dates at all: a message without one
    /// on a column that shows them is waiting; on a column that never
    /// shows them, it is only undated (`interaction.not-published`).
    pub fn shows_replies(&self) -> bool {
        self.letters.iter().any(|l| l.answered.is_some())
    }
}

/// The site's consultation columns: those named as one, and any other
/// column (not excluded by name) whose pages publish dated messages.
pub fn consultations(crawl: &SiteCrawl, columns: &[Column], as_of: NaiveDate) -> Vec<Consultation> {
    // The pages that publish messages, by column, found in one pass: a
    // portal has hundreds of columns and a hundred thousand pages.
    let mut by_column: HashMap<String, Vec<&PageFacts>> = HashMap::new();
    for page in crawl.pages.iter().filter(|p| !p.messages.is_empty()) {
        by_column.entry(key::column_key(&crawl.target(page.target).url)).or_default().push(page);
    }
    // In URL order: where two pages disagree, the same one wins each run.
    for pages in by_column.values_mut() {
        pages.sort_by(|a, b| crawl.target(a.target).url.cmp(&crawl.target(b.target).url));
    }
    columns
        .iter()
        .enumerate()
        .filter(|(_, c)| !EXCLUDED_WORDS.iter().any(|w| c.name.contains(w)))
        .filter_map(|(n, column)| {
            let pages = by_column.get(&key::column_key(&crawl.target(column.first_page).url));
            let letters = letters_of(crawl, column, pages.map_or(&[][..], Vec::as_slice), as_of);
            let named = is_consultation(&column.name);
            let dated = letters.iter().any(|l| l.asked.is_some());
            (named || dated).then_some(Consultation { column: n, letters })
        })
        .collect()
}

/// The messages of a column: those its list pages give, completed by what
/// each message's own page says.
fn letters_of(crawl: &SiteCrawl, column: &Column, pages: &[&PageFacts], as_of: NaiveDate) -> Vec<Letter> {
    let mut letters = Letters { crawl, as_of, by_key: BTreeMap::new() };
    for page in pages {
        for m in &page.messages {
            match m.target {
                Some(t) => letters.add(t, None, Some(m), &m.title),
                // Published inline on a list: one message per title.
                None if !page.items.is_empty() || page.messages.len() > 1 => {
                    letters.add(page.target, Some(&m.title), Some(m), &m.title)
                }
                // The column's own page reads as one message: not a list.
                None => {}
            }
        }
    }
    for item in &column.items {
        let own = crawl.page_of(item.target).and_then(|p| p.messages.iter().find(|m| m.target.is_none()));
        letters.add(item.target, None, own, &item.title);
    }
    letters.by_key.into_values().collect()
}

/// Messages gathered by URL (and title, for those published inline), so a
/// message listed on two pages and read on its own page is one.
struct Letters<'a> {
    crawl: &'a SiteCrawl,
    as_of: NaiveDate,
    by_key: BTreeMap<String, Letter>,
}

impl Letters<'_> {
    fn add(&mut self, target: TargetId, inline: Option<&str>, m: Option<&Message>, title: &str) {
        let url = &self.crawl.target(target).url;
        let key = match inline {
            Some(title) => format!("{url}#{title}"),
            None => url.clone(),
        };
        let (as_of, year) = (self.as_of, dates::year_in_url(url));
        let resolve = |w: Option<Written>| w.and_then(|w| w.resolve(as_of, year));
        let letter = self.by_key.entry(key).or_insert_with(|| Letter {
            target,
            title: title.to_owned(),
            asked: None,
            answered: None,
            pending: false,
            settled: false,
        });
        if let Some(m) = m {
            letter.asked = letter.asked.or(resolve(m.asked));
            letter.answered = letter.answered.or(resolve(m.answered));
            letter.pending |= m.pending && letter.answered.is_none();
            letter.settled |= m.settled;
            if letter.title.is_empty() {
                letter.title.clone_from(&m.title);
            }
        }
    }
}

/// The national rule's window: messages of the last year are judged.
pub fn within_last_year(day: NaiveDate, as_of: NaiveDate) -> bool {
    day <= as_of && as_of.checked_sub_months(Months::new(12)).is_some_and(|start| day >= start)
}

/// The day a message goes unanswered for too long: `months` after it came.
pub fn deadline(asked: NaiveDate, months: u32) -> Option<NaiveDate> {
    asked.checked_add_months(Months::new(months))
}

/// Veto V5's limit: more than 3 months without an answer.
pub const VETO_MONTHS: u32 = 3;

/// The bulletins' practice for a good answer: within 1 working day.
pub const PROMPT_WORKING_DAYS: i64 = 1;

/// The bulletins' practice for a silent column: no message published for
/// over 6 months (`interaction.silent`).
pub const SILENT_MONTHS: u32 = 6;

/// A message of the last year answered within the veto's 3 months (later
/// ones are `interaction.unanswered`), with the working days it took.
#[derive(Clone, Copy, Debug)]
pub struct Timed<'a> {
    pub letter: &'a Letter,
    pub asked: NaiveDate,
    pub answered: NaiveDate,
    pub days: i64,
}

/// The messages of `c` whose answer time is judged, in their order.
pub fn timed<'a>(
    c: &'a Consultation,
    as_of: NaiveDate,
    calendar: &'a Calendar,
) -> impl Iterator<Item = Timed<'a>> {
    c.letters.iter().filter_map(move |letter| {
        let (asked, answered) = (letter.asked?, letter.answered?);
        let in_time = deadline(asked, VETO_MONTHS).is_some_and(|due| answered <= due);
        // An answer dated before its question or after the audit is a
        // misread date, not a prompt reply.
        let plausible = asked <= answered && answered <= as_of;
        (within_last_year(asked, as_of) && in_time && plausible).then(|| Timed {
            letter,
            asked,
            answered,
            days: calendar.working_days(asked, answered),
        })
    })
}

/// The newest day `c` published a message or an answer, up to `as_of`.
pub fn newest_message(c: &Consultation, as_of: NaiveDate) -> Option<NaiveDate> {
    c.letters.iter().flat_map(|l| [l.asked, l.answered]).flatten().filter(|d| *d <= as_of).max()
}

/// Whether `c` has published nothing for over [`SILENT_MONTHS`]: the day of
/// its newest message, when there is one and it is that old.
pub fn silent_since(c: &Consultation, as_of: NaiveDate) -> Option<NaiveDate> {
    let newest = newest_message(c, as_of)?;
    let since = as_of.checked_sub_months(Months::new(SILENT_MONTHS))?;
    (newest < since).then_some(newest)
}

/// The consultations block of `report.json`: how fast the site answers,
/// counted in working days with the calendar named.
#[derive(Clone, Debug, Default, PartialEq, Serialize, JsonSchema)]
pub struct ConsultationSummary {
    /// Consultation columns found.
    pub columns: u64,
    /// Messages of the last year answered within 3 months, with both dates:
    /// those whose answer time is judged.
    pub timed: u64,
    /// Of them, answered within 1 working day (the bulletins' good practice).
    pub within_one_working_day: u64,
    /// Their share of `timed`, 0 to 1 to three places; `null` when none is
    /// timed.
    pub within_one_working_day_ratio: Option<f64>,
    /// Answered later than `limit_working_days` (`interaction.slow-reply`).
    pub over_limit: u64,
    pub limit_working_days: u32,
    /// Columns silent for over 6 months (`interaction.silent`).
    pub silent_columns: u64,
    /// The years the counts touched and how each was counted.
    pub calendar: Vec<CalendarYear>,
}

/// One year of a working-day count.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct CalendarYear {
    pub year: i32,
    /// `shipped` (the State Council's notice, shipped with govaudit),
    /// `config` (the config's `[calendar]`) or `fallback` (Monday to Friday:
    /// no arrangement known for the year).
    pub basis: &'static str,
    /// The notice's number, for a year that names one.
    pub notice: Option<String>,
}

/// The summary, `None` when the site has no consultation column.
pub fn summary(ctx: &SiteContext<'_>) -> Option<ConsultationSummary> {
    if ctx.consultations.is_empty() {
        return None;
    }
    Some(summarize(&ctx.consultations, ctx.as_of, &ctx.settings.calendar, ctx.settings.reply_working_days))
}

fn summarize(
    consultations: &[Consultation],
    as_of: NaiveDate,
    calendar: &Calendar,
    limit: u32,
) -> ConsultationSummary {
    let mut s = ConsultationSummary { limit_working_days: limit, ..ConsultationSummary::default() };
    let mut years = BTreeMap::new();
    for c in consultations {
        s.columns += 1;
        s.silent_columns += u64::from(silent_since(c, as_of).is_some());
        for t in timed(c, as_of, calendar) {
            s.timed += 1;
            s.within_one_working_day += u64::from(t.days <= PROMPT_WORKING_DAYS);
            s.over_limit += u64::from(t.days > i64::from(limit));
            years.extend(calendar.basis(t.asked, t.answered));
        }
    }
    s.within_one_working_day_ratio =
        (s.timed > 0).then(|| (s.within_one_working_day as f64 / s.timed as f64 * 1000.0).round() / 1000.0);
    s.calendar = years
        .into_iter()
        .map(|(year, basis)| CalendarYear {
            year,
            basis: basis.as_str(),
            notice: calendar.years().get(&year).and_then(|y| y.notice.as_ref()).map(|n| n.notice.clone()),
        })
        .collect();
    s
}

/// Says for people how a count from `from` to `to` was made: which years'
/// arrangements it used, and which years fell back to Monday–Friday.
pub fn calendar_words(lang: Lang, calendar: &Calendar, from: NaiveDate, to: NaiveDate) -> String {
    let basis = calendar.basis(from, to);
    let years = |wanted: Basis| {
        let list: Vec<String> =
            basis.iter().filter(|(_, b)| *b == wanted).map(|(y, _)| y.to_string()).collect();
        (!list.is_empty()).then(|| list.join(&lang.word("calendar-year-separator")))
    };
    let notices: Vec<String> = basis
        .iter()
        .filter(|(_, b)| *b == Basis::Shipped)
        .filter_map(|(y, _)| calendar.years().get(y)?.notice.as_ref().map(|n| n.notice.clone()))
        .collect();
    let mut parts = Vec::new();
    if let Some(years) = years(Basis::Shipped) {
        parts.push(lang.word_with(
            "calendar-basis-shipped",
            &[
                ("years", years.into()),
                ("notices", notices.join(&lang.word("calendar-year-separator")).into()),
            ],
        ));
    }
    if let Some(years) = years(Basis::Config) {
        parts.push(lang.word_with("calendar-basis-config", &[("years", years.into())]));
    }
    if let Some(years) = years(Basis::Fallback) {
        parts.push(lang.word_with("calendar-basis-fallback", &[("years", years.into())]));
    }
    parts.join(&lang.word("calendar-basis-separator"))
}

/// Whether the crawl found a working page the site names as a
/// consultation channel (a 县长信箱 form, a link to the provincial
/// consultation platform): a link labelled so that answered 2xx — or that
/// could not be judged (an anti-bot challenge, which provincial platforms
/// often put up; robots.txt; a link not requested), since a veto must not
/// rest on what was not seen.
pub fn working_channel(crawl: &SiteCrawl) -> Option<TargetId> {
    let works = |id: TargetId| {
        let resolved = crawl.resolve(id);
        resolved.broken.is_none()
            && match resolved.outcome {
                FetchOutcome::Answered(a) => (200..300).contains(&a.status) || a.challenge.is_some(),
                FetchOutcome::Skipped(_) => true,
                FetchOutcome::Failed(_) => false,
            }
    };
    crawl
        .targets
        .iter()
        .enumerate()
        .filter(|(_, t)| t.label.as_deref().is_some_and(is_consultation))
        .map(|(i, _)| i as TargetId)
        .find(|&i| works(i))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        for yes in
            ["县长信箱", "领导信箱", "网上咨询", "在线留言", "书记信箱", "12345政务服务便民热线", "我要写信"]
        {
            assert!(is_consultation(yes), "{yes}");
        }
        for no in ["信访信箱", "纪检举报信箱", "在线访谈", "征集调查", "工作动态"] {
            assert!(!is_consultation(no), "{no}");
        }
    }

    #[test]
    fn a_channel_behind_a_challenge_counts_a_dead_one_does_not() {
        use crate::facts::crawl::{Answer, Target};
        let answered = |status: u16, challenge: Option<&str>| {
            FetchOutcome::Answered(Answer { challenge: challenge.map(str::to_owned), ..Answer::html(status) })
        };
        let crawl = |outcome| SiteCrawl {
            targets: vec![Target {
                url: "http://12345.sc.gov.cn/".into(),
                internal: false,
                outcome,
                page: None,
                label: Some("我要咨询".into()),
            }],
            ..SiteCrawl::default()
        };
        assert_eq!(working_channel(&crawl(answered(412, Some("加速乐 (jiasule)")))), Some(0));
        assert_eq!(working_channel(&crawl(answered(200, None))), Some(0));
        assert_eq!(working_channel(&crawl(answered(404, None))), None);
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn letter(asked: NaiveDate, answered: Option<NaiveDate>) -> Letter {
        Letter {
            target: 0,
            title: "咨询".into(),
            asked: Some(asked),
            answered,
            pending: false,
            settled: false,
        }
    }

    #[test]
    fn the_summary_counts_answers_within_one_working_day_and_names_the_years() {
        let letters = vec![
            // Friday to Monday: 1 working day, good practice.
            letter(day(2026, 11, 6), Some(day(2026, 11, 9))),
            // Same day: 0 working days.
            letter(day(2026, 11, 10), Some(day(2026, 11, 10))),
            // Across 国庆: 4 working days, within the limit.
            letter(day(2026, 9, 28), Some(day(2026, 10, 9))),
            // 9 working days: over the limit.
            letter(day(2026, 11, 2), Some(day(2026, 11, 13))),
            // Over 3 months: the veto's, not timed; unanswered: not timed.
            letter(day(2026, 3, 2), Some(day(2026, 7, 1))),
            letter(day(2026, 11, 20), None),
        ];
        let c = Consultation { column: 0, letters };
        let s = summarize(&[c], day(2026, 11, 26), Calendar::shipped(), 5);
        assert_eq!((s.columns, s.timed, s.within_one_working_day, s.over_limit), (1, 4, 2, 1));
        assert_eq!(s.within_one_working_day_ratio, Some(0.5));
        assert_eq!(s.silent_columns, 0);
        assert_eq!(
            s.calendar,
            [CalendarYear {
                year: 2026, basis: "shipped", notice: Some("国办发明电〔2025〕7号".into())
            }]
        );
    }

    #[test]
    fn a_summary_with_nothing_timed_has_no_ratio_and_a_silent_column() {
        let c = Consultation { column: 0, letters: vec![letter(day(2026, 3, 2), Some(day(2026, 3, 4)))] };
        let s = summarize(&[c], day(2026, 11, 26), Calendar::shipped(), 5);
        assert_eq!((s.timed, s.within_one_working_day_ratio, s.silent_columns), (1, Some(0.0), 1));
        let s = summarize(
            &[Consultation { column: 0, letters: Vec::new() }],
            day(2026, 11, 26),
            Calendar::shipped(),
            5,
        );
        assert_eq!((s.timed, s.within_one_working_day_ratio, s.silent_columns), (0, None, 0));
        assert!(s.calendar.is_empty());
    }

    #[test]
    fn the_words_name_each_years_basis() {
        use crate::facts::calendar::Origin;
        let config = Calendar::parse("[2027]\n", Origin::Config).unwrap();
        let calendar = Calendar::shipped().with(config).unwrap();
        let words = calendar_words(Lang::En, &calendar, day(2025, 12, 29), day(2028, 1, 3));
        assert_eq!(
            words,
            "counted with the State Council's holiday arrangement for 2025, 2026 (国办发明电〔2024〕12号, \
             国办发明电〔2025〕7号); counted with the configured holiday arrangement for 2027; fallback \
             Monday–Friday for 2028: no holiday arrangement shipped or configured"
        );
        let zh = calendar_words(Lang::Zh, Calendar::shipped(), day(2027, 1, 4), day(2027, 1, 12));
        assert_eq!(zh, "2027 年节假日安排未收录也未配置，按周一至周五计算");
    }
}
