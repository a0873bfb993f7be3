//! Sentence machinery for the generated articles: realistic county
//! government prose (the register of the seed work plan), varied enough
//! that pages do not look alike, deterministic from the article's seed.
//!
//! Content generators (`news.rs`, `docs.rs`, `services.rs`) build `Draft`s
//! out of these pieces; `articles.rs` turns a draft into a page.

use chrono::{Datelike, NaiveDate, NaiveDateTime};

use super::names::{GIVEN, LEADERS, SURNAMES, TOPICS, Topic};
use super::rng::Rng;

/// One block of an article body.
#[derive(Clone, Debug)]
pub(super) enum Block {
    P(String),
    /// A section heading inside the body (一、总体要求).
    H(String),
    /// A centred line: a document number or the title of an attached plan.
    Center(String),
    /// Signature and date lines, set to the right.
    Right(String),
    /// A table; the first row is the header.
    Table(Vec<Vec<String>>),
}

/// What a content generator produces for one article.
pub(super) struct Draft {
    pub title: String,
    pub source: String,
    /// 文号, for documents that have one.
    pub doc_no: Option<String>,
    pub body: Vec<Block>,
    /// Display names of the files attached (extension decides the type).
    pub attachments: Vec<String>,
    /// Whether the article carries a photo.
    pub image: bool,
    /// 答复时间, for a letter.
    pub replied: Option<NaiveDateTime>,
}

impl Draft {
    pub fn new(title: String, source: &str, body: Vec<Block>) -> Self {
        Draft {
            title,
            source: source.to_owned(),
            doc_no: None,
            body,
            attachments: Vec::new(),
            image: false,
            replied: None,
        }
    }
}

pub(super) fn topic(rng: &mut Rng) -> &'static Topic {
    rng.pick(TOPICS)
}

/// "副县长刘晓燕".
pub(super) fn leader(rng: &mut Rng) -> String {
    let (title, name) = rng.pick(LEADERS);
    format!("{title}{name}")
}

/// A fictional person's name.
pub(super) fn person(rng: &mut Rng) -> String {
    format!("{}{}", rng.pick(SURNAMES), rng.pick(GIVEN))
}

/// "11月20日".
pub(super) fn month_day(date: NaiveDate) -> String {
    format!("{}月{}日", date.month(), date.day())
}

/// "2026年11月20日".
pub(super) fn full_date(date: NaiveDate) -> String {
    format!("{}年{}月{}日", date.year(), date.month(), date.day())
}

/// Replaces each `{n}` in a result template with a plausible figure.
pub(super) fn fill(rng: &mut Rng, template: &str) -> String {
    let mut out = String::new();
    let mut parts = template.split("{n}");
    out.push_str(parts.next().unwrap_or_default());
    for rest in parts {
        out.push_str(&rng.range(3, 860).to_string());
        out.push_str(rest);
    }
    out
}

/// Two different measures of the topic, joined as one clause.
pub(super) fn measures(rng: &mut Rng, topic: &Topic) -> String {
    let (a, b) = rng.pick_two(topic.measures);
    format!("{a}，{b}")
}

/// Two different results of the topic with figures.
pub(super) fn results(rng: &mut Rng, topic: &Topic) -> String {
    let (a, b) = rng.pick_two(topic.results);
    let (a, b) = (fill(rng, a), fill(rng, b));
    format!("{a}，{b}")
}

/// Chinese ordinal headings: 一、二、…
pub(super) fn ordinal(i: usize) -> &'static str {
    ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"][i % 10]
}

pub(super) fn paragraph(rng: &mut Rng, templates: &[&str], topic: &Topic) -> Block {
    let t = *rng.pick(templates);
    Block::P(expand(rng, t, topic))
}

/// Expands `{topic}`, `{measures}`, `{results}`, `{leader}` in a template.
pub(super) fn expand(rng: &mut Rng, template: &str, topic: &Topic) -> String {
    let mut s = template.replace("{topic}", topic.name);
    if s.contains("{measures}") {
        s = s.replace("{measures}", &measures(rng, topic));
    }
    if s.contains("{results}") {
        s = s.replace("{results}", &results(rng, topic));
    }
    if s.contains("{leader}") {
        s = s.replace("{leader}", &leader(rng));
    }
    s
}

/// Sentences any closing paragraph can use.
pub(super) const CLOSINGS: &[&str] = &[
    "下一步，全县将持续{measures}，以钉钉子精神抓好各项工作落实，为建设产业兴、生态美、百姓富的幸福美丽清溪贡献力量。",
    "下一步，各级各部门将坚持问题导向和目标导向，进一步{measures}，确保{topic}各项工作落地见效、群众满意。",
    "下一步，我县将认真总结经验做法，持续{measures}，推动{topic}工作再上新台阶。",
];

/// Sentences stating the results so far.
pub(super) const PROGRESS: &[&str] = &[
    "据了解，今年以来，我县{results}，{topic}工作取得阶段性成效。",
    "截至目前，全县已{results}，各项工作有序推进。",
    "今年以来，我县围绕{topic}目标任务，{measures}，累计{results}。",
];

/// Sentences stressing what must be done.
pub(super) const DEMANDS: &[&str] = &[
    "会议强调，要切实提高政治站位，{measures}，坚决守住{topic}底线。",
    "会议要求，各乡镇、各部门要加强统筹协调，明确责任分工，{measures}，以钉钉子精神抓好工作落实。",
    "{leader}强调，要坚持问题导向、目标导向和结果导向，{measures}，确保各项工作落地见效。",
    "{leader}要求，相关部门要强化督查考核，对工作推进不力、责任落实不到位的严肃问责，确保{topic}工作不走过场。",
];

/// Sentences for plans and notices: what is to be done, without the
/// meeting-report framing of [`DEMANDS`].
pub(super) const TASKS: &[&str] = &[
    "各乡镇、各部门要{measures}，确保各项任务按期完成。",
    "全年力争{results}，推动{topic}工作取得新成效。",
    "坚持问题导向，{measures}，着力解决群众反映强烈的突出问题。",
    "加强统筹调度，实行月调度、季通报，{measures}。",
    "强化要素保障，{measures}，确保{topic}各项措施落地落实。",
];
