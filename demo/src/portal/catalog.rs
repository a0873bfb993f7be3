//! The portal's content model: every article of every column in `spec`,
//! generated once from `as_of`, with its URL, attachments and fate.
//!
//! Everything else reads this one catalog: list pages, article pages,
//! the home page and the list of planted defects, so a path printed in
//! `planted()` is the path the server really serves (or really lacks).

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime, NaiveTime};

use super::prose::Draft;
use super::rng::Rng;
use super::spec::{COLUMNS, ColumnSpec, Fill, Kind, Section};
use super::{docs, news, services};

/// The 县长信箱 letter (by list position, newest first) answered late on
/// purpose: at least 14 days old whatever the random gaps, so its answer
/// two weeks on still falls before `as_of`.
pub(super) const SLOW_LETTER: usize = 12;

/// The 政策解读 (by list position, newest first) whose document does not
/// link back to it.
pub(super) const ONE_WAY_PAIR: usize = 0;

/// How long a consultation runs when no result follows it in the list.
pub(super) const CONSULTATION_DAYS: u64 = 10;

/// Draws of a document name before one not consulted on yet turns up.
const MAX_REDRAWS: usize = 50;

/// Days between a consultation's end and its result.
const RESULT_AFTER_END_DAYS: u64 = 5;

/// How long the planted late answer took: two weeks, 9 or more working days.
const SLOW_REPLY_HOURS: i64 = 14 * 24;

/// What the server does with an article's URL.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Fate {
    Served,
    /// Listed but deleted: no route, the portal answers 404.
    Deleted,
    /// Listed, answered 200 with a "page does not exist" page.
    SoftGone,
}

pub(super) struct Attachment {
    /// The name readers see (`附件：…任务分解表.pdf`).
    pub name: String,
    /// The file name on the server (`P020261120384729104857.pdf`).
    pub file: String,
    pub served: bool,
}

pub(super) struct Article {
    pub column: usize,
    pub at: NaiveDateTime,
    pub id: u32,
    pub draft: Draft,
    /// 索引号, in the 政务公开 section.
    pub index_no: Option<String>,
    pub attachments: Vec<Attachment>,
    /// The photo's file name (`W0….png`).
    pub image: Option<String>,
    /// (label, href as written on the page): related reading.
    pub related: Vec<(String, String)>,
    pub fate: Fate,
    /// Pinned (【置顶】): listed first in its column whatever its date.
    pub pinned: bool,
}

impl Article {
    pub fn spec(&self) -> &'static ColumnSpec {
        &COLUMNS[self.column]
    }

    /// `/xwzx/gzdt/202611`
    pub fn month_dir(&self) -> String {
        format!("{}/{}", self.spec().dir(), self.at.format("%Y%m"))
    }

    /// `/xwzx/gzdt/202611/t20261120_3829801.html`
    pub fn path(&self) -> String {
        format!("{}/t{}_{}.html", self.month_dir(), self.at.format("%Y%m%d"), self.id)
    }

    /// `./202611/t20261120_3829801.html`, as TRS list pages write it.
    pub fn href_from_list(&self) -> String {
        format!("./{}/t{}_{}.html", self.at.format("%Y%m"), self.at.format("%Y%m%d"), self.id)
    }

    pub fn title(&self) -> &str {
        &self.draft.title
    }
}

pub(super) struct Catalog {
    pub as_of: NaiveDate,
    pub articles: Vec<Article>,
    /// For each column of [`COLUMNS`], its articles in list order: pinned
    /// ones first, then newest first.
    pub columns: Vec<Vec<usize>>,
}

impl Catalog {
    /// Generates every article; `plant` then adds the deliberate defects
    /// before ids are handed out, so defects get ordinary-looking URLs.
    pub fn build(as_of: NaiveDate, plant: impl FnOnce(&mut Catalog)) -> Catalog {
        let mut cat = Catalog { as_of, articles: Vec::new(), columns: vec![Vec::new(); COLUMNS.len()] };
        for (ci, spec) in COLUMNS.iter().enumerate() {
            let mut rng = Rng::named(spec.slug);
            for (at, draft) in cat.drafts(spec, &mut rng) {
                cat.push(ci, at, draft);
            }
        }
        plant(&mut cat);
        cat.finish();
        cat
    }

    /// Adds an article to column `ci` (sorting happens in `finish`).
    pub fn push(&mut self, column: usize, at: NaiveDateTime, draft: Draft) -> usize {
        let attachments = draft
            .attachments
            .iter()
            .map(|name| Attachment { name: name.clone(), file: String::new(), served: true })
            .collect();
        self.articles.push(Article {
            column,
            at,
            id: 0,
            draft,
            index_no: None,
            attachments,
            image: None,
            related: Vec::new(),
            fate: Fate::Served,
            pinned: false,
        });
        let index = self.articles.len() - 1;
        self.columns[column].push(index);
        index
    }

    pub fn column_index(slug: &str) -> usize {
        COLUMNS.iter().position(|c| c.slug == slug).unwrap_or_else(|| panic!("no column {slug}"))
    }

    /// Articles of the column with `slug`, in list order (pinned first).
    pub fn column(&self, slug: &str) -> impl Iterator<Item = &Article> {
        self.columns[Self::column_index(slug)].iter().map(|&i| &self.articles[i])
    }

    pub fn served(&self) -> impl Iterator<Item = &Article> {
        self.articles.iter().filter(|a| a.fate != Fate::Deleted)
    }

    fn drafts(&self, spec: &ColumnSpec, rng: &mut Rng) -> Vec<(NaiveDateTime, Draft)> {
        match spec.kind {
            Kind::Interp => self.interpretations(rng),
            Kind::Report => self.annual_reports(rng),
            Kind::Survey => self.surveys(spec, rng),
            Kind::Letter => self
                .dates(spec, rng)
                .into_iter()
                .enumerate()
                .map(|(i, at)| (at, self.letter(rng, at, i == SLOW_LETTER)))
                .collect(),
            _ => {
                let dates = self.dates(spec, rng);
                dates.into_iter().enumerate().map(|(i, at)| (at, draft(spec.kind, rng, at, i))).collect()
            }
        }
    }

    /// A letter answered within a few days, but never later than the
    /// evening before `as_of`: a reply dated in the future would be a
    /// (false) forged-date finding.
    /// 征集调查, newest first: consultations whose results follow within
    /// a month (a result is the item before its consultation in the list),
    /// the newest still running, and one (the fourth) never answered: the
    /// planted `consultation.result-overdue`. The random gaps are at least
    /// 15 days, so each consultation closes 5 days before its result and
    /// the unanswered one's month has passed by `as_of`.
    fn surveys(&self, spec: &ColumnSpec, rng: &mut Rng) -> Vec<(NaiveDateTime, Draft)> {
        let dates = self.dates(spec, rng);
        let mut out: Vec<(NaiveDateTime, Draft)> = Vec::with_capacity(dates.len());
        let mut i = 0;
        let mut asked_about: Vec<String> = Vec::new();
        while i < dates.len() {
            // Each consultation asks about its own document, so no result
            // answers another's.
            let (mut doc, mut dept) = services::consulted_doc(rng);
            for _ in 0..MAX_REDRAWS {
                if !asked_about.contains(&doc) {
                    break;
                }
                (doc, dept) = services::consulted_doc(rng);
            }
            asked_about.push(doc.clone());
            let at = dates[i];
            let answered = i % 3 == 1 && i + 1 < dates.len();
            if answered {
                let asked = dates[i + 1];
                let end = at.date() - Days::new(RESULT_AFTER_END_DAYS);
                out.push((at, services::consultation_result(rng, &doc, dept)));
                out.push((asked, services::consultation(&doc, dept, asked.date(), end)));
                i += 2;
            } else {
                let end = at.date() + Days::new(CONSULTATION_DAYS);
                out.push((at, services::consultation(&doc, dept, at.date(), end)));
                i += 1;
            }
        }
        out
    }

    /// `slow`: the planted late answer (`interaction.slow-reply`), two
    /// weeks after the letter came.
    fn letter(&self, rng: &mut Rng, asked: NaiveDateTime, slow: bool) -> Draft {
        let latest =
            (self.as_of - Days::new(1)).and_time(NaiveTime::from_hms_opt(17, 30, 0).unwrap_or_default());
        let hours = rng.range(20, 100);
        let wanted = asked + chrono::Duration::hours(if slow { SLOW_REPLY_HOURS } else { hours });
        let replied = wanted.min(latest).max(asked + chrono::Duration::hours(2));
        let mut draft = services::letter(rng, asked, replied);
        draft.replied = Some(replied);
        draft
    }

    /// Publication times, newest first, `newest_age` days back (or on the
    /// fixed day a closed column ended) and then `gap` apart, at office hours.
    fn dates(&self, spec: &ColumnSpec, rng: &mut Rng) -> Vec<NaiveDateTime> {
        let Fill { items, newest_age, gap, ended } = spec.fill;
        let mut day = match ended {
            Some((y, m, d)) => NaiveDate::from_ymd_opt(y, m, d).expect("a valid end day"),
            None => self.as_of - Days::new(newest_age),
        };
        let mut out = Vec::with_capacity(items);
        for _ in 0..items {
            out.push(day.and_time(office_time(rng)));
            day = day - Days::new(rng.range(gap.0, gap.1) as u64);
        }
        out
    }

    /// Interpretations go out with their policy (同步公开), for two policies
    /// in three: the seed asks for interpretations, not one for each.
    fn interpretations(&self, rng: &mut Rng) -> Vec<(NaiveDateTime, Draft)> {
        self.column("zcwj")
            .enumerate()
            .filter(|(i, _)| i % 3 != 2)
            .map(|(i, p)| {
                let mut draft = docs::interpretation(rng, docs::plan_name(p.title()));
                // Every fourth is a graphic (图解): a diversified
                // interpretation, as the county plan counts them.
                if i % 4 == 0 {
                    draft.title = format!("图解：{}", draft.title.trim_end_matches("政策解读"));
                }
                (p.at + chrono::Duration::minutes(rng.range(5, 90)), draft)
            })
            .collect::<Vec<_>>()
    }

    /// The yearly website report, published mid-January for the year before.
    fn annual_reports(&self, rng: &mut Rng) -> Vec<(NaiveDateTime, Draft)> {
        let this_year_out = self.as_of.ordinal() > 20;
        let newest = if this_year_out { self.as_of.year() - 1 } else { self.as_of.year() - 2 };
        (0..3)
            .map(|back| {
                let year = newest - back;
                let day = NaiveDate::from_ymd_opt(year + 1, 1, 15).unwrap_or(self.as_of);
                (day.and_time(office_time(rng)), docs::annual_report(rng, year))
            })
            .collect()
    }

    /// Sorts columns into list order, hands out TRS-style ids in publication
    /// order, and names attachments and photos the way TRS does.
    fn finish(&mut self) {
        let mut order: Vec<usize> = (0..self.articles.len()).collect();
        order.sort_by_key(|&i| (self.articles[i].at, i));
        let mut rng = Rng::named("ids");
        let mut id = 2_846_117u32;
        let mut seq_by_year = std::collections::BTreeMap::<i32, u32>::new();
        for i in order {
            id += rng.range(3, 41) as u32;
            let a = &mut self.articles[i];
            a.id = id;
            if a.spec().section == Section::Open {
                let seq = seq_by_year.entry(a.at.year()).or_default();
                *seq += 1;
                a.index_no = Some(format!("{}/{}-{:05}", super::names::ORG_CODE, a.at.year(), *seq));
            }
            name_files(a, &mut rng);
        }
        // Pinned items first, then newest first, as CMS lists are ordered.
        for list in &mut self.columns {
            list.sort_by_key(|&i| {
                let a = &self.articles[i];
                std::cmp::Reverse((a.pinned, a.at, a.id))
            });
        }
        self.link_policies_and_interpretations();
    }

    /// 政策文件 and 政策解读 link to each other, as the seed requires.
    fn link_policies_and_interpretations(&mut self) {
        let zcwj = Self::column_index("zcwj");
        let zcjd = Self::column_index("zcjd");
        let interps = self.columns[zcjd].clone();
        for (n, ji) in interps.into_iter().enumerate() {
            let plan = docs::plan_name(self.articles[ji].title()).to_owned();
            let Some(&pi) =
                self.columns[zcwj].iter().find(|&&p| docs::plan_name(self.articles[p].title()) == plan)
            else {
                continue;
            };
            let (p_path, j_path) = (self.articles[pi].path(), self.articles[ji].path());
            let p_title = self.articles[pi].title().to_owned();
            let j_title = self.articles[ji].title().to_owned();
            // Written relative, from one column's month folder to the other's.
            let up = |path: &str| format!("../..{}", path.trim_start_matches(Section::Open.dir()));
            self.articles[ji].related.push((format!("原文件：{p_title}"), up(&p_path)));
            // The newest pair links one way only, on purpose: the document
            // does not link to its interpretation (`policy.one-way-link`).
            if n != ONE_WAY_PAIR {
                self.articles[pi].related.push((format!("相关解读：{j_title}"), up(&j_path)));
            }
        }
    }
}

/// A time between 08:30 and 18:00.
fn office_time(rng: &mut Rng) -> NaiveTime {
    let minutes = rng.range(8 * 60 + 30, 18 * 60) as u32;
    NaiveTime::from_hms_opt(minutes / 60, minutes % 60, 0).unwrap_or_default()
}

/// Gives attachments and the photo their TRS file names.
fn name_files(a: &mut Article, rng: &mut Rng) {
    let stamp = a.at.format("%Y%m%d").to_string();
    // Planted files come named (`attached`).
    for f in a.attachments.iter_mut().filter(|f| f.file.is_empty()) {
        let ext = f.name.rsplit('.').next().unwrap_or("pdf");
        f.file = format!("P0{stamp}{}.{ext}", rng.digits(12));
    }
    if a.draft.image {
        let ext = if rng.chance(50) { "png" } else { "gif" };
        a.image = Some(format!("W0{stamp}{}.{ext}", rng.digits(12)));
    }
}

/// Writes one article of `kind` published at `at`; `i` is its rank.
fn draft(kind: Kind, rng: &mut Rng, at: NaiveDateTime, i: usize) -> Draft {
    let date = at.date();
    match kind {
        Kind::Work => news::work(rng, date),
        Kind::Town => news::town(rng, date),
        Kind::Dept => news::dept(rng, date),
        Kind::Photo => news::photo(rng, date),
        Kind::Invest => news::invest(rng, date),
        Kind::Poverty => news::poverty(rng, date, i),
        Kind::Notice => docs::notice(rng, date),
        Kind::Policy => docs::policy(rng, date, i),
        Kind::Personnel => docs::personnel(rng, date),
        Kind::Planning => docs::planning(rng, date),
        Kind::Budget => docs::budget(rng, date),
        Kind::Project => docs::project(rng, date),
        Kind::Publicity => docs::publicity(rng, date),
        Kind::Land => docs::land(rng, date),
        Kind::Guide => services::guide(rng, i),
        Kind::Form => services::form(rng, i),
        Kind::Interp | Kind::Report | Kind::Letter | Kind::Survey => unreachable!("written by the catalog"),
    }
}
