//! The review block of the scorecard and the Markdown summary, in both
//! languages: withdrawals by reviewer, false alarms, known marks and until
//! when, expired and resolved marks, and each marked finding's mark; with
//! text from a review file that tries to break out of its place.

mod sample;

use checks::Lang;
use checks::review::{Mark, ReviewKind, apply};
use reports::{html, markdown};

fn mark(print: String, kind: ReviewKind, reviewer: &str, until: Option<&str>) -> Mark {
    Mark {
        fingerprint: print,
        kind,
        reviewer: reviewer.into(),
        reason: "<b>复核</b> | 理由".into(),
        marked: "2026-11-01".into(),
        until: until.map(Into::into),
        site: None,
        check: Some("link.dead".into()),
        page: None,
    }
}

fn reviewed_audit() -> checks::Audit {
    let mut audit = sample::audit();
    let site = &mut audit.sites[0];
    let prints: Vec<String> = site.findings.iter().map(checks::Finding::fingerprint).collect();
    let marks = [
        mark(prints[1].clone(), ReviewKind::Withdrawn, "王审", None),
        mark(prints[2].clone(), ReviewKind::Known, "李核", Some("2026-11-01")),
        mark("00000000000000aa".into(), ReviewKind::FalseAlarm, "李核", None),
    ];
    site.review = apply(&mut site.findings, &marks, &audit.as_of);
    audit
}

#[test]
fn the_scorecard_shows_what_review_did() {
    let audit = reviewed_audit();
    let review = audit.sites[0].review.as_ref().expect("marks applied");
    assert_eq!((review.withdrawn, review.expired.len(), review.resolved.len()), (1, 1, 1));
    let page = html::render(&audit, Lang::Zh);
    for text in
        ["复核", "核减 1 条", "王审 1 条", "已过期的已知标记 1 条", "已解决的标记 1 条", "00000000000000aa"]
    {
        assert!(page.contains(text), "{text}");
    }
    assert!(page.contains("&lt;b&gt;复核&lt;/b&gt;") && !page.contains("<b>复核</b>"), "a reason is text");
    let en = html::render(&audit, Lang::En);
    for text in
        ["1 withdrawn", "王审 1", "1 expired known mark (", "1 resolved mark (", "withdrawn", "(expired)"]
    {
        assert!(en.contains(text), "{text}");
    }
    let md = markdown::render(&audit, Lang::Zh, None);
    for text in [
        "**复核**",
        "核减 1 条：王审 1 条",
        "已解决的标记 1 条（本次未再发现该问题）：`00000000000000aa` `link.dead`",
        "核减 · 王审",
    ] {
        assert!(md.contains(text), "{text}\n{md}");
    }
    assert!(!md.contains("<b>") && md.contains("\\| 理由"), "a reason cannot break the Markdown: {md}");
}

#[test]
fn without_marks_there_is_no_review_block() {
    let audit = sample::audit();
    assert!(!html::render(&audit, Lang::Zh).contains("核减"));
    assert!(!markdown::render(&audit, Lang::Zh, None).contains("**复核**"));
}
