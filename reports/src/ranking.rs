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
    let title = match lang {
        Lang::Zh => format!("政府网站检查排名（{}）", ranking.as_of),
        Lang::En => format!("Government website ranking ({})", ranking.as_of),
    };
    out.write_all(common::start(&title, lang).into_string().as_bytes())?;
    out.write_all(body(ranking, lang).into_string().as_bytes())?;
    out.write_all(common::END.as_bytes())?;
    out.flush()
}

fn body(ranking: &Ranking, lang: Lang) -> Markup {
    html! {
        main {
            h1 { (lang.pick("政府网站检查排名", "Government website ranking")) }
            p {
                (lang.pick("评分标准：", "Rubric: ")) (ranking.rubric_name) br;
                (lang.pick("检查日期：", "Audit day: ")) (ranking.as_of)
                (lang.pick("；共 ", "; ")) (ranking.rows.len()) (lang.pick(" 个网站。", " sites."))
                (lang.pick("同分同结论者并列。", " Sites with the same total and verdict share a rank."))
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
        footer { p { (lang.pick("由各网站的 report.json 汇总生成", "generated from each site's report.json")) } }
        (NL)
    }
}

fn header_row(ranking: &Ranking, lang: Lang) -> Markup {
    html! {
        tr {
            th.n scope="col" { (lang.pick("排名", "Rank")) }
            th scope="col" { (lang.pick("网站", "Site")) }
            th scope="col" { (lang.pick("网址", "Address")) }
            th scope="col" { (lang.pick("类型", "Kind")) }
            th.n scope="col" { (lang.pick("总分", "Total")) }
            th scope="col" { (lang.pick("等级", "Grade")) }
            @for (_, title) in &ranking.indices { th.n scope="col" { (title) } }
            th scope="col" { (lang.pick("否决原因", "Veto reasons")) }
            th scope="col" { (lang.pick("政务新媒体", "Official accounts")) }
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
            td.reasons { (row.veto_reasons.join(lang.pick("；", "; "))) }
            td { (new_media_cell(row, lang)) }
        }
    }
}

/// `8 个账号，2 个不合格（否决）`, or a dash for a site without accounts.
fn new_media_cell(row: &RankRow, lang: Lang) -> String {
    let Some(media) = &row.new_media else { return "—".to_owned() };
    let verdict = if media.vetoed {
        lang.pick("不合格（否决）", "fail (veto)")
    } else if media.passed {
        lang.pick("合格", "pass")
    } else {
        lang.pick("未评估", "not assessed")
    };
    match lang {
        Lang::Zh => format!(
            "{verdict}：账号 {} 个，评估 {} 个，不更新 {} 个",
            media.accounts, media.evaluated, media.failed
        ),
        Lang::En => format!(
            "{verdict}: {} accounts, {} evaluated, {} stale",
            media.accounts, media.evaluated, media.failed
        ),
    }
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
