//! The JUnit report: a golden file, and an independent XML parser
//! (roxmltree) to prove it is well-formed and counts what the scorecard says.

// The sample is laid out as tables of data, and other branches' tests share
// it: `cargo fmt` is kept from rewriting it.
#[rustfmt::skip]
mod sample;

use checks::Lang;
use reports::junit;

fn zh() -> String {
    junit::render(&sample::audit(), Lang::Zh).unwrap()
}

#[test]
fn chinese_report() {
    insta::assert_snapshot!(zh());
}

#[test]
fn unscored_site_is_one_skipped_case() {
    let xml = junit::render(&sample::unscored_audit(), Lang::Zh).unwrap();
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let cases: Vec<_> = doc.descendants().filter(|n| n.has_tag_name("testcase")).collect();
    // The accounts' two vetoes, then one skipped case for the site.
    assert_eq!(cases.len(), 3);
    assert_eq!(cases[2].attribute("name"), Some("score"));
    assert!(cases[2].children().any(|n| n.has_tag_name("skipped")));
}

fn count(doc: &roxmltree::Document<'_>, tag: &str) -> usize {
    doc.descendants().filter(|n| n.has_tag_name(tag)).count()
}

#[test]
fn counts_follow_the_scorecard() {
    let xml = zh();
    let doc = roxmltree::Document::parse(&xml).unwrap();
    // 2 account vetoes + 4 site vetoes + 9 indicators.
    assert_eq!(count(&doc, "testcase"), 15);
    // M1 and V3 fired; seven indicators lost points.
    assert_eq!(count(&doc, "failure"), 9);
    // M2, V1 and V2 not assessed; `overview` and `service-hall` not measured.
    assert_eq!(count(&doc, "skipped"), 5);
    let suite = doc.descendants().find(|n| n.has_tag_name("testsuite")).unwrap();
    assert_eq!(suite.attribute("tests"), Some("15"));
    assert_eq!(suite.attribute("failures"), Some("9"));
    assert_eq!(suite.attribute("skipped"), Some("5"));
    let case = |name: &str| {
        doc.descendants()
            .find(|n| n.has_tag_name("testcase") && n.attribute("name") == Some(name))
            .unwrap_or_else(|| panic!("no test case {name}"))
    };
    let status = |name: &str| case(name).first_element_child().map(|n| n.tag_name().name());
    assert_eq!(status("V3 首页不更新"), Some("failure"));
    assert_eq!(status("V1 安全、泄密事故等严重问题"), Some("skipped"));
    assert_eq!(status("V4 栏目不更新"), None, "a clear veto passes");
    assert_eq!(status("overview 概况、机构职能与领导信息"), Some("skipped"));
    assert_eq!(status("links-home 首页链接可用性"), Some("failure"));
    assert_eq!(case("links-home 首页链接可用性").attribute("classname"), Some("govaudit.indicator.design"));
    assert_eq!(case("V3 首页不更新").attribute("classname"), Some("govaudit.veto"));
    let failure = case("links-home 首页链接可用性").first_element_child().unwrap();
    assert_eq!(failure.attribute("message"), Some("扣 1 分 / 5 分，1 个问题"));
    let text = failure.text().unwrap();
    assert!(text.contains("http://www.qingxi.gov.cn/images/banner.jpg"), "{text}");
}

#[test]
fn hostile_text_round_trips() {
    let xml = zh();
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let suite = doc.descendants().find(|n| n.has_tag_name("testsuite")).unwrap();
    // Newlines become spaces; everything else comes back as it was.
    assert_eq!(suite.attribute("name"), Some(sample::HOSTILE_TITLE.replace('\n', " ").as_str()));
    let a11y = doc
        .descendants()
        .find(|n| {
            n.has_tag_name("testcase") && n.attribute("name").is_some_and(|a| a.starts_with("a11y-rules"))
        })
        .unwrap();
    assert!(a11y.first_element_child().unwrap().text().unwrap().contains("<script>alert(1)</script>"));
}

#[test]
fn control_characters_cannot_break_the_xml() {
    for lang in [Lang::Zh, Lang::En] {
        let xml = junit::render(&sample::control_audit(), lang).unwrap();
        let doc = roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("{e}\n{xml}"));
        assert_eq!(count(&doc, "testcase"), 15);
        let suite = doc.descendants().find(|n| n.has_tag_name("testsuite")).unwrap();
        let name = suite.attribute("name").unwrap();
        assert!(name.contains("红") && name.contains("]]> <!--") && name.ends_with('尾'), "{name}");
        assert!(!name.contains('\u{1b}') && !name.contains('\u{FFFF}'), "{name:?}");
        // quick-junit's own reader agrees.
        let report = quick_junit::Report::deserialize_from_str(&xml).unwrap();
        assert_eq!((report.tests, report.failures, report.skipped), (15, 9, 5));
    }
}

#[test]
fn output_is_deterministic() {
    let xml = zh();
    assert_eq!(xml, zh());
    assert!(!xml.contains("timestamp") && !xml.contains("hostname") && !xml.contains("time="), "{xml}");
    let mut bytes = Vec::new();
    junit::write(&sample::audit(), Lang::Zh, &mut bytes).unwrap();
    assert_eq!(String::from_utf8(bytes).unwrap(), xml);
}

#[test]
fn long_failure_lists_are_cut_at_twenty() {
    let mut audit = sample::audit();
    let dead = audit.sites[0].findings[1].clone();
    audit.sites[0].findings.extend(std::iter::repeat_n(dead, 24));
    let xml = junit::render(&audit, Lang::Zh).unwrap();
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let failure = doc
        .descendants()
        .find(|n| n.has_tag_name("testcase") && n.attribute("name") == Some("links-home 首页链接可用性"))
        .and_then(|n| n.first_element_child())
        .unwrap();
    let text = failure.text().unwrap();
    assert_eq!(text.lines().count(), 21, "{text}");
    assert!(text.ends_with("……另有 5 个问题，见 report.json"), "{text}");
}
