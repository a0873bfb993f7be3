//! The ranking table: golden snapshots of the sample ranking (a tie and a
//! vetoed site) as HTML and CSV, and what scripts and browsers rely on.

mod sample;

use checks::Lang;
use reports::ranking;

fn html(lang: Lang) -> String {
    let mut out = Vec::new();
    ranking::write_html(&sample::ranking(), lang, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

fn csv(lang: Lang) -> Vec<u8> {
    let mut out = Vec::new();
    ranking::write_csv(&sample::ranking(), lang, &mut out).unwrap();
    out
}

#[test]
fn chinese_ranking_html() {
    insta::assert_snapshot!("ranking_zh", html(Lang::Zh));
}

#[test]
fn english_ranking_html() {
    insta::assert_snapshot!("ranking_en", html(Lang::En));
}

#[test]
fn ranking_csv() {
    let bytes = csv(Lang::Zh);
    let text = std::str::from_utf8(&bytes).unwrap();
    let text = text.strip_prefix('\u{feff}').expect("UTF-8 with a BOM, for Excel");
    insta::assert_snapshot!("ranking_csv", text);
}

#[test]
fn csv_headers_are_identifiers_and_values_are_whole() {
    let bytes = csv(Lang::En);
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        header,
        [
            "rank",
            "site",
            "root",
            "kind",
            "total",
            "grade",
            "grade_label",
            "passed",
            "vetoed",
            "disclosure",
            "service",
            "design",
            "accessibility",
            "veto_reasons",
            "accounts",
            "accounts_failed",
            "accounts_vetoed"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().collect::<Result<_, _>>().unwrap();
    assert_eq!(rows.len(), 3);
    assert_eq!((&rows[0][0], &rows[1][0], &rows[2][0]), ("1", "1", "3"), "a tie shares a rank");
    assert_eq!(&rows[2][1], sample::HOSTILE_TITLE, "names survive quoting, newline and all");
    assert_eq!((&rows[2][4], &rows[2][5], &rows[2][6], &rows[2][8]), ("86.9", "fail", "不合格", "true"));
    assert_eq!(&rows[2][13], "首页不更新");
    assert_eq!(&rows[0][9], "33.5");
}

#[test]
fn html_escapes_names_and_links_scorecards() {
    for lang in [Lang::Zh, Lang::En] {
        let page = html(lang);
        assert!(!page.contains("<script"), "{lang:?}");
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{lang:?}");
        assert!(
            page.contains(
                "<a class=\"show\" href=\"jyj.qingxi.gov.cn/scorecard.html\">清溪县教育和体育局</a>"
            )
        );
        assert!(page.contains("<th scope=\"row\">清溪县卫生健康局</th>"), "no scorecard, no link");
        assert!(
            page.contains("<th class=\"n\" scope=\"col\">信息发布与解读</th>"),
            "index titles head the columns"
        );
        assert!(!page.contains("<link") && !page.contains("src=\""), "{lang:?}: self-contained");
    }
    assert!(html(Lang::Zh).contains("<td class=\"reasons\">首页不更新</td>"));
}
