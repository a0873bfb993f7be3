//! `report.docx`: the inspection notice (检查情况通报) an evaluator hands
//! to the county office, in the form such notices take: the title (关于XX
//! 网站检查情况的通报), what was inspected and when, the results (score,
//! grade, each veto), the problems by indicator with their evidence, and
//! what to fix by when (整改要求). For a roster, `ranking.docx`: one notice
//! for every site, with a table of all their results.
//!
//! The text is set the way official documents are: the title in 宋体, the
//! headings in 黑体 and the body in 仿宋 (Word, WPS and LibreOffice fall
//! back to a CJK font they have), A4 with page numbers. Its size is
//! bounded: each indicator lists at most [`Notice::per_indicator`]
//! findings and says how many more `report.xlsx` has. The document's date
//! is the audit's `as_of`, so one audit always gives the same file.

use std::io::{Cursor, Write};

use checks::Audit;
use checks::Lang;
use checks::audit::{Finding, SiteAudit};
use checks::scorecard::{Ranking, VetoStatus, format_points};
use docx_rs::{
    AlignmentType, Docx, Footer, LineSpacing, PageMargin, PageNum, Paragraph, Run, RunFonts, Shading,
    SpecialIndentType, Table, TableCell, TableRow, WidthType,
};

use crate::groups::{self, Group, Rule};
use crate::html::common::verdict;

/// What the notice lists and asks.
#[derive(Clone, Debug)]
pub struct Notice {
    /// Working days after `as_of` a finding without its own `due` is to be
    /// fixed by. Fifteen working days is the usual term in county offices'
    /// notices (practice, not a national rule).
    pub fix_within_workdays: u32,
    /// Findings listed per indicator (and in its part of 整改要求).
    pub per_indicator: usize,
    /// The holiday arrangements working days are counted with: the shipped
    /// State Council calendar and the config's `[calendar]` years.
    pub calendar: checks::facts::calendar::Calendar,
}

impl Default for Notice {
    fn default() -> Self {
        Notice {
            fix_within_workdays: 15,
            per_indicator: 10,
            calendar: checks::facts::calendar::Calendar::shipped().clone(),
        }
    }
}

/// Crawled text in the notice is cut to this many characters: the notice
/// points at the problem, `report.xlsx` has the rest.
const MAX_TEXT: usize = 200;

/// Writes the notice for one audit.
pub fn write(audit: &Audit, lang: Lang, notice: &Notice, mut out: impl Write) -> std::io::Result<()> {
    out.write_all(&render(audit, lang, notice)?)
}

/// The notice for one audit as bytes.
pub fn render(audit: &Audit, lang: Lang, notice: &Notice) -> std::io::Result<Vec<u8>> {
    let names: Vec<&str> = audit.sites.iter().map(|s| s.name.as_str()).collect();
    let title = if names.len() == 1 {
        lang.word_with("docx-title", &[("site", names.join("").into())])
    } else {
        lang.word_with("docx-title-roster", &[("sites", names.len().into())])
    };
    let mut doc = Doc::new(&audit.as_of, lang, notice);
    doc.title(&title);
    for site in &audit.sites {
        doc.body(&lang.word_with(
            "docx-scope",
            &[
                ("as-of", (&audit.as_of).into()),
                ("site", clip(&site.name).into()),
                ("root", clip(&site.root).into()),
                ("pages", site.stats.pages.into()),
                ("links", site.stats.links_checked.into()),
            ],
        ));
    }
    doc.heading(&lang.word("docx-results"), 1);
    for site in &audit.sites {
        doc.results(site);
    }
    doc.heading(&lang.word("docx-problems"), 2);
    for site in &audit.sites {
        if audit.sites.len() > 1 {
            doc.subheading(&clip(&site.name));
        }
        doc.problems(site);
    }
    doc.heading(&lang.word("docx-fix"), 3);
    for site in &audit.sites {
        doc.fix_table(site, &audit.as_of);
    }
    doc.signature(&audit.as_of);
    doc.pack()
}

/// Writes a roster's notice: a results table of every site, then each
/// site's problems and what to fix by when.
pub fn write_ranking(
    ranking: &Ranking,
    sites: &[&SiteAudit],
    lang: Lang,
    notice: &Notice,
    mut out: impl Write,
) -> std::io::Result<()> {
    out.write_all(&render_ranking(ranking, sites, lang, notice)?)
}

/// The roster's notice as bytes.
pub fn render_ranking(
    ranking: &Ranking,
    sites: &[&SiteAudit],
    lang: Lang,
    notice: &Notice,
) -> std::io::Result<Vec<u8>> {
    let mut doc = Doc::new(&ranking.as_of, lang, notice);
    doc.title(&lang.word_with("docx-title-roster", &[("sites", sites.len().into())]));
    doc.body(&lang.word_with(
        "docx-scope-roster",
        &[
            ("as-of", (&ranking.as_of).into()),
            ("sites", sites.len().into()),
            ("rubric", clip(&ranking.rubric_name).into()),
        ],
    ));
    doc.heading(&lang.word("docx-results"), 1);
    let header = [
        lang.word("ranking-rank"),
        lang.word("ranking-site"),
        lang.word("ranking-total"),
        lang.word("ranking-grade"),
        lang.word("ranking-veto-reasons"),
    ];
    let rows = ranking.rows.iter().map(|r| {
        vec![
            r.rank.to_string(),
            clip(&r.name),
            format_points(r.total),
            groups::grade_and_verdict(&r.grade_label, r.passed, r.vetoed, lang),
            r.veto_reasons.join("；"),
        ]
    });
    doc.table(&header, &[700, 2600, 900, 1800, 3000], rows);
    doc.heading(&lang.word("docx-problems"), 2);
    for site in sites {
        doc.subheading(&clip(&site.name));
        doc.results_line(site);
        doc.problems(site);
    }
    doc.heading(&lang.word("docx-fix"), 3);
    for site in sites {
        doc.subheading(&clip(&site.name));
        doc.fix_table(site, &ranking.as_of);
    }
    doc.signature(&ranking.as_of);
    doc.pack()
}

/// Fonts and sizes (half-points) of a notice.
const TITLE_FONT: &str = "宋体";
const HEADING_FONT: &str = "黑体";
const BODY_FONT: &str = "仿宋";
const LATIN_FONT: &str = "Times New Roman";
/// 二号 (22 pt) for the title, 三号 (16 pt) for the text, 小四 (12 pt)
/// in tables, 四号 (14 pt) for sub-headings.
const TITLE_SIZE: usize = 44;
const BODY_SIZE: usize = 32;
const SUBHEADING_SIZE: usize = 28;
const TABLE_SIZE: usize = 24;

fn fonts(east_asia: &str) -> RunFonts {
    RunFonts::new().east_asia(east_asia).ascii(LATIN_FONT).hi_ansi(LATIN_FONT).cs(LATIN_FONT)
}

/// A run of text on one line: every piece of the notice is a line or a
/// cell, and control characters (which XML cannot carry) become spaces.
fn run(text: &str, font: &str, size: usize) -> Run {
    let line: String = groups::xml_safe(text).chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    Run::new().add_text(line).fonts(fonts(font)).size(size)
}

/// The document being built, with what every part needs.
struct Doc<'a> {
    docx: Docx,
    lang: Lang,
    notice: &'a Notice,
    /// Sub-heading numbers within the current part.
    sub: usize,
}

impl<'a> Doc<'a> {
    fn new(as_of: &str, lang: Lang, notice: &'a Notice) -> Self {
        let date = format!("{as_of}T00:00:00Z");
        let footer = Footer::new().add_paragraph(
            Paragraph::new()
                .align(AlignmentType::Center)
                .add_run(run("— ", LATIN_FONT, TABLE_SIZE))
                .add_page_num(PageNum::new())
                .add_run(run(" —", LATIN_FONT, TABLE_SIZE)),
        );
        // A4, with the margins of GB/T 9704 (公文格式): 37 mm top, 28 mm left.
        let margin = PageMargin::new().top(2098).bottom(1984).left(1588).right(1474).header(851).footer(992);
        let docx = Docx::new()
            .page_size(11906, 16838)
            .page_margin(margin)
            .default_fonts(fonts(BODY_FONT))
            .default_size(BODY_SIZE)
            .created_at(&date)
            .updated_at(&date)
            .footer(footer);
        Doc { docx, lang, notice, sub: 0 }
    }

    fn push(&mut self, p: Paragraph) {
        self.docx = std::mem::take(&mut self.docx).add_paragraph(p);
    }

    fn title(&mut self, text: &str) {
        let spacing = LineSpacing::new().after(400);
        self.push(
            Paragraph::new()
                .align(AlignmentType::Center)
                .line_spacing(spacing)
                .add_run(run(text, TITLE_FONT, TITLE_SIZE).bold()),
        );
    }

    /// 一、… (a part of the notice); `n` counts from 1.
    fn heading(&mut self, text: &str, n: usize) {
        self.sub = 0;
        let number = self.lang.word_with("docx-part-number", &[("n", numeral(n, self.lang).into())]);
        let spacing = LineSpacing::new().before(240).after(120);
        self.push(
            Paragraph::new()
                .keep_next(true)
                .line_spacing(spacing)
                .indent(None, Some(SpecialIndentType::FirstLine(640)), None, None)
                .add_run(run(&format!("{number}{text}"), HEADING_FONT, BODY_SIZE)),
        );
    }

    /// （一）… within a part.
    fn subheading(&mut self, text: &str) {
        self.sub += 1;
        let number = self.lang.word_with("docx-sub-number", &[("n", numeral(self.sub, self.lang).into())]);
        self.push(
            Paragraph::new()
                .keep_next(true)
                .line_spacing(LineSpacing::new().before(120))
                .indent(None, Some(SpecialIndentType::FirstLine(640)), None, None)
                .add_run(run(&format!("{number}{text}"), BODY_FONT, BODY_SIZE).bold()),
        );
    }

    fn body(&mut self, text: &str) {
        self.push(
            Paragraph::new()
                .indent(None, Some(SpecialIndentType::FirstLine(640)), None, None)
                .add_run(run(text, BODY_FONT, BODY_SIZE)),
        );
    }

    /// A paragraph of a finding: smaller, indented, so a long list reads
    /// as a list.
    fn item(&mut self, text: &str) {
        self.push(
            Paragraph::new().indent(Some(640), Some(SpecialIndentType::Hanging(0)), None, None).add_run(run(
                text,
                BODY_FONT,
                SUBHEADING_SIZE,
            )),
        );
    }

    /// A bordered table with a shaded header row; `widths` in twips.
    fn table(&mut self, header: &[String], widths: &[usize], rows: impl Iterator<Item = Vec<String>>) {
        let cell = |text: &str, width: usize, head: bool| {
            let r = run(text, if head { HEADING_FONT } else { BODY_FONT }, TABLE_SIZE);
            let cell = TableCell::new().width(width, WidthType::Dxa).add_paragraph(
                Paragraph::new()
                    .align(if head { AlignmentType::Center } else { AlignmentType::Left })
                    .add_run(r),
            );
            if head { cell.shading(Shading::new().fill("D9D9D9")) } else { cell }
        };
        let head = TableRow::new(header.iter().zip(widths).map(|(h, w)| cell(h, *w, true)).collect());
        let mut table_rows = vec![head];
        table_rows.extend(
            rows.map(|r| TableRow::new(r.iter().zip(widths).map(|(t, w)| cell(t, *w, false)).collect())),
        );
        let table =
            Table::new(table_rows).set_grid(widths.to_vec()).width(widths.iter().sum(), WidthType::Dxa);
        self.docx = std::mem::take(&mut self.docx).add_table(table);
        // Word needs a paragraph between two tables, or it joins them.
        self.push(Paragraph::new());
    }

    /// The site's score, grade and verdict in a sentence.
    fn results_line(&mut self, site: &SiteAudit) {
        let lang = self.lang;
        let line = match &site.score {
            None => lang.word("office-not-scored"),
            Some(score) if score.vetoed => lang.word_with(
                "docx-result-vetoed",
                &[("grade", clip(&score.grade_label).into()), ("total", format_points(score.total).into())],
            ),
            Some(score) => lang.word_with(
                "docx-result",
                &[
                    ("total", format_points(score.total).into()),
                    ("scale", format_points(score.scale).into()),
                    ("grade", clip(&score.grade_label).into()),
                    ("verdict", verdict(score.passed, score.vetoed, lang).into()),
                ],
            ),
        };
        self.body(&line);
    }

    /// The results: a sentence, then every veto with its outcome, then
    /// the indicators that lost points.
    /// What review took out of the count, and who decided: an evaluator
    /// defends each withdrawal as well as each deduction.
    fn review_line(&mut self, site: &SiteAudit) {
        let Some(review) = &site.review else { return };
        if review.withdrawn + review.false_alarms + review.known == 0 {
            return;
        }
        let lang = self.lang;
        let by = clip(&review.withdrawn_by_phrase(lang));
        self.body(&lang.word_with(
            "docx-review-line",
            &[
                ("withdrawn", review.withdrawn.into()),
                // The message's select says nothing for "none".
                ("by", if by.is_empty() { "none".into() } else { by.into() }),
                ("false-alarms", review.false_alarms.into()),
                ("known", review.known.into()),
            ],
        ));
    }

    fn results(&mut self, site: &SiteAudit) {
        let lang = self.lang;
        self.results_line(site);
        self.review_line(site);
        let Some(score) = &site.score else { return };
        let header = [lang.word("docx-veto"), lang.word("xlsx-status"), lang.word("docx-veto-evidence")];
        let vetoes = score.vetoes.iter().map(|v| {
            let evidence = if v.status == VetoStatus::Fired { clip(&v.evidence) } else { String::new() };
            vec![format!("{} {}", v.id, v.title), groups::veto_status(v.status, lang), evidence]
        });
        self.table(&header, &[2800, 1400, 5200], vetoes);
        let lost: Vec<Vec<String>> = score
            .indicators
            .iter()
            .filter(|i| i.lost > 0.0 && !i.excluded)
            .map(|i| {
                vec![clip(&i.title), format_points(i.weight), format_points(i.lost), i.findings.to_string()]
            })
            .collect();
        if !lost.is_empty() {
            let header = [
                lang.word("xlsx-rule"),
                lang.word("xlsx-weight"),
                lang.word("xlsx-points-lost"),
                lang.word("xlsx-count"),
            ];
            self.table(&header, &[4800, 1500, 1500, 1600], lost.into_iter());
        }
        if let Some(media) = &site.new_media {
            let verdict = if media.vetoed {
                lang.word("ranking-new-media-fail")
            } else if media.passed {
                lang.word("ranking-new-media-pass")
            } else {
                lang.word("ranking-new-media-not-assessed")
            };
            self.body(&lang.word_with(
                "docx-new-media",
                &[
                    ("verdict", verdict.into()),
                    ("accounts", media.accounts.into()),
                    ("evaluated", media.evaluated.into()),
                    ("stale", media.failed.into()),
                ],
            ));
        }
    }

    /// The problems, a sub-heading per veto or indicator, at most
    /// `per_indicator` findings each.
    fn problems(&mut self, site: &SiteAudit) {
        let groups = groups::of(site);
        if groups.is_empty() {
            self.body(&self.lang.word("docx-no-problems"));
        }
        for group in &groups {
            self.subheading(&group_heading(group, self.lang));
            for (n, &at) in group.findings.iter().take(self.notice.per_indicator).enumerate() {
                self.item(&finding_text(n + 1, &site.findings[at], self.lang));
            }
            self.more(group.findings.len());
        }
    }

    /// "And N more, see report.xlsx" when a group was cut.
    fn more(&mut self, count: usize) {
        let rest = count.saturating_sub(self.notice.per_indicator);
        if rest > 0 {
            self.item(&self.lang.word_with("docx-more", &[("rest", rest.into())]));
        }
    }

    /// 整改要求: what to fix and by when, a row per listed finding.
    fn fix_table(&mut self, site: &SiteAudit, as_of: &str) {
        let lang = self.lang;
        let default_day =
            groups::after_workdays(as_of, self.notice.fix_within_workdays, &self.notice.calendar)
                .unwrap_or_default();
        self.body(&lang.word_with(
            "docx-fix-intro",
            &[
                ("site", clip(&site.name).into()),
                ("days", self.notice.fix_within_workdays.into()),
                ("day", default_day.into()),
            ],
        ));
        let groups = groups::of(site);
        let mut rows = Vec::new();
        let mut cut = 0;
        // Notices cost nothing and reviewed findings were withdrawn: no
        // one is asked to fix them by a day.
        for group in groups.iter().filter(|g| !matches!(g.rule, Rule::Unruled | Rule::Reviewed)) {
            for &at in group.findings.iter().take(self.notice.per_indicator) {
                let f = &site.findings[at];
                let day = groups::fix_by(f, as_of, self.notice.fix_within_workdays, &self.notice.calendar)
                    .unwrap_or_default();
                let owner = f.owner.as_deref().map(clip).unwrap_or_default();
                let problem = clip(&groups::problem(f, lang));
                rows.push(vec![
                    (rows.len() + 1).to_string(),
                    clip(&group.rule.title(lang)),
                    problem,
                    owner,
                    day,
                ]);
            }
            cut += group.findings.len().saturating_sub(self.notice.per_indicator);
        }
        if rows.is_empty() {
            self.body(&lang.word("docx-no-problems"));
            return;
        }
        let header = [
            lang.word("docx-number"),
            lang.word("xlsx-rule"),
            lang.word("xlsx-detail"),
            lang.word("xlsx-owner"),
            lang.word("xlsx-due"),
        ];
        self.table(&header, &[800, 2000, 4200, 1200, 1400], rows.into_iter());
        if cut > 0 {
            self.body(&lang.word_with("docx-more", &[("rest", cut.into())]));
        }
    }

    /// The sender and the day in words, right-aligned, as a notice ends.
    fn signature(&mut self, as_of: &str) {
        for text in [self.lang.word("docx-signature"), written_date(as_of, self.lang)] {
            self.push(Paragraph::new().align(AlignmentType::Right).add_run(run(&text, BODY_FONT, BODY_SIZE)));
        }
    }

    fn pack(self) -> std::io::Result<Vec<u8>> {
        let mut out = Cursor::new(Vec::new());
        self.docx.build().pack(&mut out).map_err(std::io::Error::other)?;
        Ok(out.into_inner())
    }
}

/// `扣 3 分 / 共 12 个问题` after the group's title.
fn group_heading(group: &Group<'_>, lang: Lang) -> String {
    let title = clip(&group.rule.title(lang));
    let count = group.findings.len();
    match &group.rule {
        Rule::Indicator(i) if !i.excluded => lang.word_with(
            "docx-group-lost",
            &[("title", title.into()), ("lost", format_points(i.lost).into()), ("count", count.into())],
        ),
        _ => lang.word_with("docx-group", &[("title", title.into()), ("count", count.into())]),
    }
}

/// `1. 问题（页面：…；证据：…）`
fn finding_text(n: usize, f: &Finding, lang: Lang) -> String {
    let mut places = Vec::new();
    if let Some(page) = &f.page {
        places.push(lang.word_with("docx-page", &[("page", clip(page).into())]));
    }
    if let Some(target) = f.target.as_ref().filter(|t| Some(*t) != f.page.as_ref()) {
        places.push(lang.word_with("docx-target", &[("target", clip(target).into())]));
    }
    if let Some(location) = &f.location {
        places.push(lang.word_with("docx-location", &[("location", clip(location).into())]));
    }
    if !f.evidence.is_empty() {
        places.push(lang.word_with("docx-evidence", &[("evidence", clip(&f.evidence).into())]));
    }
    // A withdrawal is defended in the notice itself: who, and why.
    if let Some(review) = &f.review {
        places.push(lang.word_with(
            "docx-review",
            &[
                ("kind", review.kind.name(lang).into()),
                ("reviewer", clip(&review.reviewer).into()),
                ("reason", clip(&review.reason).into()),
            ],
        ));
    }
    let problem = clip(&groups::problem(f, lang));
    if places.is_empty() {
        return lang.word_with("docx-finding-bare", &[("n", n.into()), ("problem", problem.into())]);
    }
    lang.word_with(
        "docx-finding",
        &[
            ("n", n.into()),
            ("problem", problem.into()),
            ("where", places.join(&lang.word("ranking-list-separator")).into()),
        ],
    )
}

/// `2026年11月26日`: a notice's date as notices write it; `as_of` itself
/// when it is not a date.
fn written_date(as_of: &str, lang: Lang) -> String {
    use chrono::Datelike;
    let Ok(day) = chrono::NaiveDate::parse_from_str(as_of, "%Y-%m-%d") else { return as_of.to_owned() };
    lang.word_with(
        "docx-date",
        &[
            ("year", day.year().to_string().into()),
            ("month", u64::from(day.month()).into()),
            ("day", day.day().to_string().into()),
        ],
    )
}

/// Crawled text cut to [`MAX_TEXT`] characters, on one line.
fn clip(text: &str) -> String {
    let one_line: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    match one_line.char_indices().nth(MAX_TEXT) {
        Some((end, _)) => format!("{}…", &one_line[..end]),
        None => one_line,
    }
}

/// 一, 二 … 九十九 in Chinese; digits in English (and past 99).
fn numeral(n: usize, lang: Lang) -> String {
    const DIGITS: [&str; 10] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    if lang != Lang::Zh || n == 0 || n > 99 {
        return n.to_string();
    }
    let (tens, ones) = (n / 10, n % 10);
    let tens = match tens {
        0 => String::new(),
        1 => "十".to_owned(),
        t => format!("{}十", DIGITS[t]),
    };
    let ones = if ones == 0 { "" } else { DIGITS[ones] };
    tens + ones
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_numerals_for_parts_and_sub_parts() {
        let zh = |n| numeral(n, Lang::Zh);
        assert_eq!(
            [zh(1), zh(9), zh(10), zh(11), zh(20), zh(21), zh(99), zh(100)],
            ["一", "九", "十", "十一", "二十", "二十一", "九十九", "100"]
        );
        assert_eq!(numeral(3, Lang::En), "3");
    }

    #[test]
    fn the_notice_is_dated_in_words() {
        assert_eq!(written_date("2026-11-06", Lang::Zh), "2026年11月6日");
        assert_eq!(written_date("2026-11-06", Lang::En), "6 November 2026");
        assert_eq!(written_date("someday", Lang::Zh), "someday");
    }

    #[test]
    fn english_counts_agree_with_their_nouns() {
        let group = |n: usize| Group { rule: Rule::Unruled, findings: vec![0; n] };
        assert_eq!(group_heading(&group(1), Lang::En), "Notices (no points) (1 problem)");
        assert_eq!(group_heading(&group(2), Lang::En), "Notices (no points) (2 problems)");
        assert_eq!(group_heading(&group(2), Lang::Zh), "提示（不扣分）（共2个问题）");
    }

    #[test]
    fn clipped_text_is_one_bounded_line() {
        assert_eq!(clip("a\nb\u{1b}c"), "a b c");
        let long = "长".repeat(MAX_TEXT + 10);
        assert_eq!(clip(&long).chars().count(), MAX_TEXT + 1);
    }
}
