//! The Markdown summary: golden files in Chinese and English, and the
//! promises a CI comment depends on — crawled text cannot inject HTML or
//! break a table, and the top problems come in the documented order.

// The sample is laid out as tables of data, and other branches' tests share
// it: `cargo fmt` is kept from rewriting it.
#[rustfmt::skip]
mod sample;

use checks::Lang;
use checks::scorecard::VetoStatus;
use reports::markdown;

fn zh() -> String {
    markdown::render(&sample::audit(), Lang::Zh, Some("scorecard.html"))
}

#[test]
fn chinese_summary() {
    insta::assert_snapshot!(zh());
}

#[test]
fn english_summary() {
    insta::assert_snapshot!(markdown::render(&sample::audit(), Lang::En, None));
}

#[test]
fn unscored_site() {
    let md = markdown::render(&sample::unscored_audit(), Lang::Zh, None);
    insta::assert_snapshot!(md);
    assert!(md.contains("未评分"));
    assert!(!md.contains("| 指标 |"), "no indicator table without a scorecard");
}

#[test]
fn write_and_render_agree() {
    let mut bytes = Vec::new();
    markdown::write(&sample::audit(), Lang::Zh, Some("scorecard.html"), &mut bytes).unwrap();
    assert_eq!(String::from_utf8(bytes).unwrap(), zh());
}

#[test]
fn hostile_text_is_never_html() {
    for md in [zh(), markdown::render(&sample::control_audit(), Lang::En, None)] {
        let lower = md.to_lowercase();
        assert!(!lower.contains("<script"), "{md}");
        assert!(!lower.contains("<img"), "{md}");
        assert!(!lower.contains("</"), "{md}");
        assert!(!md.contains("<!--"), "{md}");
        assert!(!md.chars().any(|c| c.is_control() && c != '\n'), "control characters in {md:?}");
    }
}

#[test]
fn hostile_title_stays_on_its_heading_line() {
    let md = zh();
    let heading = md.lines().find(|l| l.starts_with("### ")).unwrap();
    assert!(heading.contains("alert(1)") && heading.contains("第二行"), "{heading}");
    assert!(!md.lines().any(|l| l.starts_with("第二行")));
}

/// `|` that GFM reads as a cell border: not escaped by a backslash.
fn cell_borders(line: &str) -> usize {
    let mut count = 0;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                chars.next();
            }
            '|' => count += 1,
            _ => {}
        }
    }
    count
}

#[test]
fn table_rows_keep_their_cells() {
    // The sample's hostile text is in the title of an indicator here, as a
    // rubric loaded from a file could have it.
    let mut audit = sample::audit();
    let score = audit.sites[0].score.as_mut().unwrap();
    score.indicators[1].title = sample::HOSTILE_TITLE.into();
    for md in [markdown::render(&audit, Lang::Zh, None), markdown::render(&audit, Lang::En, None)] {
        let rows: Vec<&str> = md.lines().filter(|l| l.starts_with('|')).collect();
        assert_eq!(rows.len(), 2 + 7, "header, rule and the seven indicators that lost points");
        for row in &rows {
            assert_eq!(cell_borders(row), 4, "{row}");
        }
        assert!(rows.iter().any(|r| r.contains("第二行")));
    }
}

#[test]
fn long_text_is_cut_on_a_char_boundary() {
    let mut audit = sample::audit();
    audit.sites[0].findings[0].detail = "很长的说明".repeat(100);
    let md = markdown::render(&audit, Lang::Zh, None);
    let line = md.lines().find(|l| l.contains("很长的说明")).unwrap();
    assert!(line.contains("…"));
    assert!(line.chars().count() < 300, "{line}");
}

#[test]
fn top_problems_put_vetoes_then_costly_indicators_then_the_home_page_first() {
    let md = zh();
    let checks: Vec<&str> = md
        .lines()
        .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_digit()))
        .map(|l| l.split('`').nth(1).unwrap())
        .collect();
    assert_eq!(
        checks,
        [
            "update.homepage-stale", // veto
            "account.stale",         // veto (the accounts')
            "column.stale",          // 5 points a finding
            "content.pii",           // 2
            "link.dead",             // 1, home page
            "identity.missing",      // 1, home page
            "column.blank",          // 1
            "a11y.image-alt",        // 0.1, its indicator lost 3
            "link.dead",             // 0.1, its indicator lost 0.1
                                     // the notice (content.future-date) costs nothing: not listed
        ]
    );
}

#[test]
fn at_most_ten_problems_are_listed() {
    let mut audit = sample::audit();
    let extra = audit.sites[0].findings[1].clone();
    audit.sites[0].findings.extend(std::iter::repeat_n(extra, 20));
    let md = markdown::render(&audit, Lang::Zh, None);
    let items = md.lines().filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_digit())).count();
    assert_eq!(items, 10);
}

#[test]
fn scorecard_link_only_when_given() {
    assert!(zh().contains("](<scorecard.html>)"));
    assert!(!markdown::render(&sample::audit(), Lang::Zh, None).contains("评分表"));
}

#[test]
fn a_veto_clear_on_assumed_years_is_listed_to_confirm() {
    let mut audit = sample::audit();
    let score = audit.sites[0].score.as_mut().unwrap();
    let clear = score.vetoes.iter_mut().find(|v| v.status == VetoStatus::Clear).expect("a clear veto");
    clear.needs_confirmation = true;
    let id = clear.id.clone();
    let md = markdown::render(&audit, Lang::Zh, None);
    assert!(
        md.lines().any(|l| l.starts_with("- ⚠️") && l.contains(&id) && l.contains("（待人工确认）")),
        "{md}"
    );
    assert!(!markdown::render(&sample::audit(), Lang::Zh, None).contains("待人工确认"));
}
