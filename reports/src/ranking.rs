//! The ranking of several sites audited together (评估排名表), for
//! evaluators who audit a county's or a province's sites at once: an HTML
//! table in the scorecard's style, linking each site to its scorecard, and
//! a CSV of the same rows for their spreadsheets and scripts.
//!
//! The ranks, totals and verdicts come from the [`Ranking`]; nothing here
//! re-ranks or re-scores.

use std::io;

use checks::Lang;
use checks::scorecard::{RankRow, Ranking};
use maud::{Markup, html};

use crate::csv::BOM;
use crate::html::common::{self, NL, kind_label, link_or_text, points, url, verdict};

/// Writes the ranking as a self-contained HTML page.
pub fn write_html(ranking: &Ranking, lang: Lang, mut out: impl io::Write) -> io::Result<()> {
    let title = lang.word_with("ranking-document-title", &[("as-of", (&ranking.as_of).into())]);
    out.write_all(common::start(&title, lang).into_string().as_bytes())?;
    out.write_all(body(ranking, lang).into_string().as_bytes())?;
    out.write_all(common::END.as_bytes())?;
    out.flush()
}

fn body(ranking: &Ranking, lang: Lang) -> Markup {
    html! {
        main {
            h1 { (lang.word("ranking-title")) }
            p {
                (lang.word_with("ranking-rubric", &[("rubric", (&ranking.rubric_name).into())])) br;
                (lang.word_with("ranking-day-and-count", &[("as-of", (&ranking.as_of).into()), ("sites", ranking.rows.len().into())]))
            }
            table {
                thead { (header_row(ranking, lang)) }
                (NL)
                tbody {
                    @for row in &ranking.rows { (html_row(ranking, row, lang)) (NL) }
                }
            }
        }
        (NL)
        footer { p { (lang.word("ranking-footer")) } }
        (NL)
    }
}

fn header_row(ranking: &Ranking, lang: Lang) -> Markup {
    html! {
        tr {
            th.n scope="col" { (lang.word("ranking-rank")) }
            th scope="col" { (lang.word("ranking-site")) }
            th scope="col" { (lang.word("ranking-address")) }
            th scope="col" { (lang.word("ranking-kind")) }
            th.n scope="col" { (lang.word("ranking-total")) }
            th scope="col" { (lang.word("ranking-grade")) }
            @for (_, title) in &ranking.indices { th.n scope="col" { (title) } }
            th scope="col" { (lang.word("ranking-veto-reasons")) }
            th scope="col" { (lang.word("ranking-official-accounts")) }
        }
    }
}

fn html_row(ranking: &Ranking, row: &RankRow, lang: Lang) -> Markup {
    let passed = row.passed && !row.vetoed;
    html! {
        tr {
            td.n { (row.rank) }
            th scope="row" { (link_or_text(&row.name, row.scorecard.as_deref())) }
            td.u { (url(&row.root)) }
            td.nowrap { (kind_label(&row.kind, lang)) }
            td.n { (points(row.total)) }
            td.nowrap {
                span class=(if passed { "pass" } else { "fail" }) { (row.grade_label) }
                br;
                span.muted { (verdict(row.passed, row.vetoed, lang)) }
            }
            @for (id, _) in &ranking.indices {
                td.n { (index_score(row, id).map_or_else(|| "—".to_owned(), points)) }
            }
            td.reasons { (row.veto_reasons.join(&lang.word("ranking-list-separator"))) }
            td { (new_media_cell(row, lang)) }
        }
    }
}

/// `8 个账号，2 个不合格（否决）`, or a dash for a site without accounts.
fn new_media_cell(row: &RankRow, lang: Lang) -> String {
    let Some(media) = &row.new_media else { return "—".to_owned() };
    let verdict = if media.vetoed {
        lang.word("ranking-new-media-fail")
    } else if media.passed {
        lang.word("ranking-new-media-pass")
    } else {
        lang.word("ranking-new-media-not-assessed")
    };
    lang.word_with(
        "ranking-new-media",
        &[
            ("verdict", verdict.into()),
            ("accounts", media.accounts.into()),
            ("evaluated", media.evaluated.into()),
            ("stale", media.failed.into()),
        ],
    )
}

/// A row's score on the index `id`; `None` when the site was not scored on it.
fn index_score(row: &RankRow, id: &str) -> Option<f64> {
    row.indices.iter().find(|(index, _)| index == id).map(|(_, score)| *score)
}

/// Writes the ranking as CSV: UTF-8 with a BOM, one row per site. Headers
/// are English identifiers and veto reasons are always joined with `；`,
/// since scripts read them; kinds stay identifiers. The grade labels and
/// veto titles are already in the ranking's language, which the ranking was
/// built in: `lang` is there so both writers are called alike.
pub fn write_csv(ranking: &Ranking, _lang: Lang, mut out: impl io::Write) -> Result<(), csv::Error> {
    out.write_all(BOM)?;
    let mut writer = csv::Writer::from_writer(out);
    let fixed = ["rank", "site", "root", "kind", "total", "grade", "grade_label", "passed", "vetoed"];
    let indices = ranking.indices.iter().map(|(id, _)| id.as_str());
    let media = ["veto_reasons", "accounts", "accounts_failed", "accounts_vetoed"];
    writer.write_record(fixed.into_iter().chain(indices).chain(media))?;
    for row in &ranking.rows {
        let mut record = vec![
            row.rank.to_string(),
            row.name.clone(),
            row.root.clone(),
            row.kind.clone(),
            points(row.total),
            row.grade.clone(),
            row.grade_label.clone(),
            row.passed.to_string(),
            row.vetoed.to_string(),
        ];
        record.extend(
            ranking.indices.iter().map(|(id, _)| index_score(row, id).map(points).unwrap_or_default()),
        );
        record.push(row.veto_reasons.join("；"));
        let media = row.new_media.as_ref();
        record.push(media.map(|m| m.accounts.to_string()).unwrap_or_default());
        record.push(media.map(|m| m.failed.to_string()).unwrap_or_default());
        record.push(media.map(|m| m.vetoed.to_string()).unwrap_or_default());
        crate::csv::safe_row(&mut writer, &record)?;
    }
    writer.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ranking() -> Ranking {
        let row = |rank: u32, name: &str, scorecard: Option<&str>, vetoes: &[&str]| RankRow {
            rank,
            name: name.into(),
            root: "javascript:alert(1)".into(),
            kind: "portal".into(),
            total: 70.0,
            grade: "pass".into(),
            grade_label: "合格".into(),
            passed: vetoes.is_empty(),
            vetoed: !vetoes.is_empty(),
            indices: vec![("disclosure".into(), 30.0)],
            veto_reasons: vetoes.iter().map(|v| (*v).to_owned()).collect(),
            new_media: None,
            scorecard: scorecard.map(Into::into),
        };
        Ranking {
            as_of: "2026-11-26".into(),
            rubric_name: "r".into(),
            indices: vec![("disclosure".into(), "信息".into()), ("service".into(), "办事".into())],
            rows: vec![
                row(1, "甲", Some("javascript:alert(1)"), &[]),
                row(2, "乙", Some("b/scorecard.html"), &["首页不更新", "栏目不更新"]),
            ],
        }
    }

    #[test]
    fn no_script_links_and_missing_indices_show_a_dash() {
        let mut out = Vec::new();
        write_html(&ranking(), Lang::Zh, &mut out).unwrap();
        let html = String::from_utf8(out).unwrap();
        assert!(!html.contains("href=\"javascript"), "{html}");
        assert!(html.contains("href=\"b/scorecard.html\""));
        assert!(html.contains("首页不更新；栏目不更新"));
        assert!(html.contains("<td class=\"n\">—</td>"));
    }

    #[test]
    fn csv_joins_veto_reasons_and_leaves_missing_indices_empty() {
        let mut out = Vec::new();
        write_csv(&ranking(), Lang::En, &mut out).unwrap();
        assert!(out.starts_with(BOM));
        let mut reader = csv::Reader::from_reader(&out[BOM.len()..]);
        let header = reader.headers().unwrap().clone();
        assert_eq!(header.iter().nth(header.len() - 4), Some("veto_reasons"));
        let rows: Vec<csv::StringRecord> = reader.records().collect::<Result<_, _>>().unwrap();
        assert_eq!(&rows[1][5], "pass", "the grade's id, for scripts");
        assert_eq!(&rows[1][9], "30");
        assert_eq!(&rows[1][10], "");
        assert_eq!(&rows[1][11], "首页不更新；栏目不更新");
    }
}
