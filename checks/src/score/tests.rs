//! Scoring by hand-calculated scenarios, and rubric validation.

use super::rubric::Rubric;
use super::scoring::{Profile, SiteKind, score};
use crate::Lang;
use crate::audit::{Column, Finding, Freshness, Severity, SiteAudit, Stats};
use crate::model::column::category::Category;
use crate::scorecard::{Score, VetoStatus};

/// A small rubric with round numbers, so totals are easy to work out.
const RUBRIC: &str = r#"
id = "test"
name = "测试"
[scale]
total = 100
pass_mark = 60
bonus_gate = 80
bonus_total = 30
confirmed = true
[[grades]]
id = "excellent"
label = "优秀"
min = 90
[[grades]]
id = "good"
label = "良好"
min = 80
[[grades]]
id = "pass"
label = "合格"
min = 60
[[grades]]
id = "fail"
label = "不合格"
min = 0
[freshness]
homepage = 14
news = 14
notice = 183
policy = 183
personnel = 365
planning = 365
confirmed = true
[[vetoes]]
id = "V3"
title = "首页不更新"
when = [{ check = "update.homepage-stale" }]
needs = ["homepage_assessed"]
confirmed = true
[[vetoes]]
id = "V4"
title = "栏目不更新"
when = [{ metric = "columns.blank", at_least = 5 }]
needs = ["pages"]
confirmed = true
[[vetoes]]
id = "V1"
title = "严重问题"
when = [{ check = "content.future-date", lead = true }]
confirmed = true
[[indices]]
id = "disclosure"
title = "信息发布"
[[indices]]
id = "service"
title = "办事服务"
services = true
[[indices]]
id = "design"
title = "功能设计"
[[indicators]]
id = "column-stale"
index = "disclosure"
title = "栏目更新"
weight = 15
confirmed = false
rules = [
  { check = "column.stale", when = { column_category = "policy", column_level = 1 }, points = 5 },
  { check = "column.stale", points = 1 },
]
[[indicators]]
id = "typo"
index = "disclosure"
title = "错别字"
weight = 10
confirmed = false
rules = [{ check = "content.typo", points = 1 }]
[[indicators]]
id = "service-hall"
index = "service"
title = "办事服务"
weight = 25
confirmed = false
[[indicators]]
id = "links-home"
index = "design"
title = "首页链接"
weight = 5
confirmed = false
rules = [{ check = "link.dead", when = { on_homepage = true }, points = 1 }]
[[indicators]]
id = "links-other"
index = "design"
title = "其他链接"
weight = 5
confirmed = false
rules = [{ check = "link.dead", points = 0.1 }]
"#;

fn rubric() -> Rubric {
    Rubric::parse(RUBRIC, "test.toml").expect("test rubric")
}

fn dead(on_homepage: bool) -> Finding {
    Finding { on_homepage: Some(on_homepage), ..Finding::new("link.dead", Severity::Deduction) }
}

fn stale(column: &str) -> Finding {
    Finding { column: Some(column.into()), ..Finding::new("column.stale", Severity::Deduction) }
}

fn column(url: &str, category: Category, level: u32) -> Column {
    Column {
        name: url.into(),
        url: url.into(),
        category,
        items: 3,
        latest: Some("2026-01-01".into()),
        stale: true,
        blank: false,
        due: None,
        limit_days: Some(183),
        level,
        exempt: false,
        latest_year_from: Some(crate::facts::dates::YearSource::Text),
        name_from: crate::model::column::NameSource::Breadcrumb,
        built_by: Vec::new(),
    }
}

fn site(findings: Vec<Finding>) -> SiteAudit {
    SiteAudit {
        name: "清溪县人民政府".into(),
        root: "http://h/".into(),
        stats: Stats { pages: 10, ..Stats::default() },
        score: None,
        columns: vec![
            column("/zcwj/", Category::Policy, 1),
            column("/bm/zcwj/", Category::Policy, 2),
            column("/gzdt/", Category::News, 1),
        ],
        accounts: vec![],
        new_media: None,
        history: None,
        availability: None,
        policy: None,
        leaders: None,
        consultations: None,
        marks: None,
        rendered_pages: Vec::new(),
        review: None,
        findings,
        freshness: Freshness { homepage_assessed: true, ..Freshness::default() },
    }
}

/// Scores `site` and makes it the finished site, as the pipeline does.
fn apply(site: &mut SiteAudit, rubric: &Rubric, profile: &Profile, lang: Lang) {
    let scoring = score(site, site.availability.as_ref(), rubric, profile, lang);
    let judged = std::mem::take(site);
    let (availability, history) = (judged.availability.clone(), judged.history.clone());
    *site = judged.finish(scoring, availability, history);
}

fn score_of(site: &mut SiteAudit, profile: &Profile) -> Score {
    apply(site, &rubric(), profile, Lang::Zh);
    site.score.clone().expect("scored")
}

fn times(n: usize, f: impl Fn() -> Finding) -> Vec<Finding> {
    (0..n).map(|_| f()).collect()
}

/// (scenario, findings, profile, total, grade, passed, vetoed)
type Case = (&'static str, Vec<Finding>, Profile, f64, &'static str, bool, bool);

#[test]
fn hand_calculated_totals() {
    let portal = Profile::default();
    let department = Profile { kind: SiteKind::Department, ..Profile::default() };
    let no_service = Profile { kind: SiteKind::Department, service: false, ..Profile::default() };
    let cases: Vec<Case> = vec![
        ("clean", vec![], portal.clone(), 100.0, "excellent", true, false),
        // 7 dead links on the home page cost 7 but the indicator caps at 5;
        // 12 elsewhere cost 12 × 0.1 = 1.2.
        (
            "caps",
            [times(7, || dead(true)), times(12, || dead(false))].concat(),
            portal.clone(),
            93.8,
            "excellent",
            true,
            false,
        ),
        // A first-level policy column costs 5, a second-level one 1, a news
        // column 1: 7.
        (
            "column rules by category and level",
            vec![stale("/zcwj/"), stale("/bm/zcwj/"), stale("/gzdt/")],
            portal.clone(),
            93.0,
            "excellent",
            true,
            false,
        ),
        // 85 is above the bonus gate: the bonus of 40 is capped at 30.
        (
            "bonus above the gate, capped",
            [vec![stale("/zcwj/")], times(10, || Finding::new("content.typo", Severity::Deduction))].concat(),
            Profile { bonus: 40.0, ..portal.clone() },
            115.0,
            "excellent",
            true,
            false,
        ),
        // Exactly 80 is not above the gate.
        (
            "no bonus at the gate",
            [
                times(5, || dead(true)),
                vec![stale("/zcwj/")],
                times(10, || Finding::new("content.typo", Severity::Deduction)),
            ]
            .concat(),
            Profile { bonus: 10.0, ..portal.clone() },
            80.0,
            "good",
            true,
            false,
        ),
        // Departments earn no bonus.
        (
            "no bonus for a department",
            vec![stale("/zcwj/")],
            Profile { bonus: 10.0, ..department.clone() },
            95.0,
            "excellent",
            true,
            false,
        ),
        // 75 × 4/3: (75 − 15) × 4/3 = 80.
        (
            "4/3 rule",
            vec![stale("/zcwj/"), stale("/zcwj/"), stale("/zcwj/")],
            no_service.clone(),
            80.0,
            "good",
            true,
            false,
        ),
        // (75 − 2) × 4/3 = 97.333… → 97.33.
        (
            "4/3 rule rounds to hundredths",
            vec![stale("/gzdt/"), dead(true)],
            no_service.clone(),
            97.33,
            "excellent",
            true,
            false,
        ),
        // Every indicator at its cap: (75 − 35) × 4/3 = 53.33, below 60.
        (
            "below the pass mark",
            [
                times(3, || stale("/zcwj/")),
                times(10, || Finding::new("content.typo", Severity::Deduction)),
                times(5, || dead(true)),
                times(50, || dead(false)),
            ]
            .concat(),
            no_service.clone(),
            53.33,
            "fail",
            false,
            false,
        ),
        // A veto fails the site; the deductions are still worked out.
        (
            "veto",
            vec![Finding::new("update.homepage-stale", Severity::Veto), dead(true), dead(true)],
            portal.clone(),
            98.0,
            "fail",
            false,
            true,
        ),
    ];
    for (name, findings, profile, total, grade, passed, vetoed) in cases {
        let s = score_of(&mut site(findings), &profile);
        assert_eq!((s.total, s.grade.as_str(), s.passed, s.vetoed), (total, grade, passed, vetoed), "{name}");
    }
}

#[test]
fn a_person_s_points_and_vetoes_count() {
    let manual = Profile {
        manual_points: [("service-hall".to_owned(), 6.0), ("typo".to_owned(), 20.0)].into(),
        ..Profile::default()
    };
    // Service hall 6, wrong words 20 capped at 10, and a dead home-page
    // link 1: 83.
    let s = score_of(&mut site(vec![dead(true)]), &manual);
    assert_eq!((s.total, s.grade.as_str()), (83.0, "good"));
    let hall = s.indicators.iter().find(|i| i.id == "service-hall").unwrap();
    assert_eq!((hall.lost, hall.manual, hall.assessed), (6.0, 6.0, true));
    assert_eq!(s.unassessed, 0.0, "every indicator is now scored by a check or a person");
    assert_eq!(score_of(&mut site(vec![]), &Profile::default()).unassessed, 25.0);

    let vetoed = Profile {
        manual_vetoes: [("V1".to_owned(), "泄露涉密文件".to_owned())].into(),
        ..Profile::default()
    };
    let s = score_of(&mut site(vec![]), &vetoed);
    let v1 = s.vetoes.iter().find(|v| v.id == "V1").unwrap();
    assert_eq!(v1.status, VetoStatus::Fired);
    assert!(v1.evidence.contains("泄露涉密文件"), "{}", v1.evidence);
    assert!(s.vetoed && !s.passed);
}

#[test]
fn an_unread_site_is_scored_only_when_a_veto_needs_no_page() {
    let unread = || SiteAudit { stats: Stats { pages: 0, ..Stats::default() }, ..site(vec![]) };
    let mut nothing = unread();
    apply(&mut nothing, &rubric(), &Profile::default(), Lang::Zh);
    assert!(nothing.score.is_none(), "no page, no veto: not scored, never full marks");

    let vetoed = Profile {
        manual_vetoes: [("V1".to_owned(), "泄露涉密文件".to_owned())].into(),
        ..Profile::default()
    };
    let mut site = unread();
    apply(&mut site, &rubric(), &vetoed, Lang::Zh);
    let score = site.score.expect("a veto that needs no page scores it");
    assert!(score.vetoed && !score.passed);
    assert_eq!(score.unassessed, score.scale, "no page read: no indicator assessed");
}

#[test]
fn candidate_vetoes_show_leads_but_stay_not_assessed() {
    let mut site = site(vec![Finding {
        detail: "发布日期晚于检查日".into(),
        ..Finding::new("content.future-date", Severity::Notice)
    }]);
    let s = score_of(&mut site, &Profile::default());
    let v1 = s.vetoes.iter().find(|v| v.id == "V1").unwrap();
    assert_eq!((v1.status, v1.findings), (VetoStatus::NotAssessed, 1));
    assert!(v1.evidence.contains("发布日期晚于检查日"), "{}", v1.evidence);
    assert!(!s.vetoed);
    assert_eq!(site.findings[0].severity, Severity::Notice, "a lead is not a veto");
}

#[test]
fn findings_carry_the_rule_that_counted_them() {
    let mut site = site(vec![
        Finding::new("update.homepage-stale", Severity::Veto),
        dead(true),
        dead(false),
        // No indicator counts it under this rubric: it costs nothing, so
        // it is a notice.
        Finding::new("a11y.image-alt", Severity::Deduction),
    ]);
    let score = score_of(&mut site, &Profile::default());
    let rules: Vec<(Option<&str>, Severity)> =
        site.findings.iter().map(|f| (f.rule.as_deref(), f.severity)).collect();
    assert_eq!(
        rules,
        [
            (Some("V3"), Severity::Veto),
            (Some("links-home"), Severity::Deduction),
            (Some("links-other"), Severity::Deduction),
            (None, Severity::Notice),
        ]
    );
    let v3 = &score.vetoes[0];
    assert_eq!((v3.status, v3.findings), (VetoStatus::Fired, 1));
    let home = score.indicators.iter().find(|i| i.id == "links-home").unwrap();
    assert_eq!((home.lost, home.findings), (1.0, 1));
}

#[test]
fn an_area_pattern_leaves_out_the_areas_notices() {
    let mut site = site(vec![
        Finding::new("a11y.image-alt", Severity::Deduction),
        Finding::new("a11y.duplicate-id-aria", Severity::Notice),
    ]);
    apply(&mut site, &Rubric::default_rubric(), &Profile::default(), Lang::Zh);
    let got: Vec<(&str, Option<&str>, Severity)> =
        site.findings.iter().map(|f| (f.check.as_str(), f.rule.as_deref(), f.severity)).collect();
    assert_eq!(
        got,
        [
            ("a11y.image-alt", Some("a11y-rules"), Severity::Deduction),
            ("a11y.duplicate-id-aria", None, Severity::Notice),
        ]
    );
}

#[test]
fn vetoes_say_fired_clear_or_not_assessed() {
    let status = |s: &Score| s.vetoes.iter().map(|v| v.status).collect::<Vec<_>>();
    let mut clear = site(vec![]);
    clear.freshness.blank = 4;
    let s = score_of(&mut clear, &Profile::default());
    assert_eq!(status(&s), [VetoStatus::Clear, VetoStatus::Clear, VetoStatus::NotAssessed]);
    assert!(s.vetoes[1].evidence.contains('4'), "{}", s.vetoes[1].evidence);

    let mut blank = site(vec![]);
    blank.freshness.blank = 5;
    let s = score_of(&mut blank, &Profile::default());
    assert_eq!(s.vetoes[1].status, VetoStatus::Fired);
    assert!(s.vetoed && !s.passed);

    // Nothing crawled and no dated list on the home page: neither V3 nor
    // V4 can be cleared (the site is scored at all only because a person's
    // veto fired).
    let mut unseen = site(vec![]);
    unseen.stats.pages = 0;
    unseen.freshness.homepage_assessed = false;
    let decided = Profile {
        manual_vetoes: [("V1".to_owned(), "泄露涉密文件".to_owned())].into(),
        ..Profile::default()
    };
    let s = score_of(&mut unseen, &decided);
    assert_eq!(status(&s), [VetoStatus::NotAssessed, VetoStatus::NotAssessed, VetoStatus::Fired]);
}

#[test]
fn sub_scores_by_index_and_excluded_services() {
    let s = score_of(
        &mut site(vec![dead(true), stale("/zcwj/")]),
        &Profile { service: false, ..Profile::default() },
    );
    let indices: Vec<(&str, f64, f64, bool)> =
        s.indices.iter().map(|i| (i.id.as_str(), i.weight, i.score, i.excluded)).collect();
    assert_eq!(
        indices,
        [("disclosure", 25.0, 20.0, false), ("service", 25.0, 25.0, true), ("design", 10.0, 9.0, false)]
    );
    // (75 − 6) × 4/3 = 92.
    assert_eq!((s.deducted, s.total), (6.0, 92.0));
}

#[test]
fn a_120_point_scale_fails_below_72() {
    let text = RUBRIC
        .replace(
            "total = 100\npass_mark = 60\nbonus_gate = 80",
            "total = 120\npass_mark = 72\nbonus_gate = 96",
        )
        .replace("min = 90", "min = 108")
        .replace("min = 80", "min = 96")
        .replace("min = 60", "min = 72");
    let rubric = Rubric::parse(&text, "province.toml").unwrap();
    // The disclosure indicators at their caps: 120 − 15 − 10 = 95, which
    // is "pass" (72 … 96) on this scale.
    let mut site = site(
        [times(3, || stale("/zcwj/")), times(10, || Finding::new("content.typo", Severity::Deduction))]
            .concat(),
    );
    apply(&mut site, &rubric, &Profile::default(), Lang::En);
    let s = site.score.unwrap();
    assert_eq!((s.scale, s.total, s.grade.as_str(), s.passed), (120.0, 95.0, "pass", true));
    assert_eq!(s.grade_label, "合格", "a label without English falls back to Chinese");
}

#[test]
fn the_shipped_rubric_loads_and_covers_every_deduction_check() {
    let rubric = Rubric::default_rubric();
    assert_eq!(rubric.id, "gov-2019");
    let weights: i64 = rubric.indicators.iter().map(|i| i.weight).sum();
    assert_eq!(weights, rubric.scale.total);
    // A deduction check no indicator counts would silently cost nothing.
    for check in crate::registry::all().filter(|c| c.severity == Severity::Deduction) {
        let counted = rubric.indicators.iter().flat_map(|i| &i.rules).any(|r| r.check.matches(check.id));
        assert!(counted, "{} is a deduction check but no indicator counts it", check.id);
    }
    for check in crate::registry::all().filter(|c| c.severity == Severity::Veto) {
        let counted = rubric.vetoes.iter().flat_map(|v| &v.when).any(|c| match c {
            super::rubric::Condition::Findings { check: p, .. } => p.matches(check.id),
            super::rubric::Condition::Metric { .. } | super::rubric::Condition::Availability => false,
        });
        assert!(counted, "{} is a veto check but no veto uses it", check.id);
    }
    let text = super::describe::describe(&rubric, "gov-2019.toml", Lang::Zh);
    assert!(text.contains("（未经证实）") && text.contains("V4") && text.contains("links-home"), "{text}");
}

#[test]
fn bad_rubrics_name_the_file_line_and_key() {
    let cases: [(&str, &str, &[&str]); 13] = [
        ("min = 60", "min = 50", &["grades[2].min", "pass mark"]),
        ("id = \"good\"", "id = \"excellent\"", &["grades[1].id", "twice"]),
        (
            "column_category = \"policy\"",
            "column_category = \"polcy\"",
            &["rules[0].when.column_category", "polcy"],
        ),
        ("id = \"typo\"", "id = \"V3\"", &["indicators[1].id", "veto"]),
        ("weight = 15", "weight = 1e18", &["indicators[0].weight", "from 0 to"]),
        (
            "check = \"column.stale\", when",
            "check = \"column.stael\", when",
            &["test.toml:", "rules[0].check", "column.stael"],
        ),
        ("weight = 15", "weight = 150", &["test.toml:", "indicators[0].weight", "larger than scale.total"]),
        ("weight = 25", "weight = 75", &["indicators[3].weight", "add up to 105"]),
        ("points = 0.1", "points = -0.1", &["rules[0].points", "from 0 to"]),
        ("id = \"typo\"", "id = \"column-stale\"", &["indicators[1].id", "twice"]),
        (
            "metric = \"columns.blank\"",
            "metric = \"columns.empty\"",
            &["vetoes[1].when[0].metric", "columns.empty"],
        ),
        ("bonus_total = 30", "bonus_total = 30\nbonus_totl = 1", &["test.toml:", "bonus_totl"]),
        // A limit no date arithmetic can use (4294967295 days overflowed a date).
        ("notice = 183", "notice = 4294967295", &["test.toml:", "freshness.notice", "36500"]),
    ];
    for (from, to, needles) in cases {
        assert!(RUBRIC.contains(from), "{from}");
        let err = Rubric::parse(&RUBRIC.replacen(from, to, 1), "test.toml").unwrap_err().to_string();
        for needle in needles {
            assert!(err.contains(needle), "{to}: {err}");
        }
    }
    // The line is the line of the bad value.
    let err = Rubric::parse(&RUBRIC.replace("weight = 15", "weight = 150"), "test.toml").unwrap_err();
    let line = RUBRIC.lines().position(|l| l.starts_with("weight = 15")).unwrap() + 1;
    assert_eq!(err.at.map(|(l, _)| l), Some(line));
}

#[test]
fn ranking_ties_share_a_rank_and_vetoed_sites_come_after() {
    use super::ranking::{Entry, rank};
    let scored = |name: &str, findings: Vec<Finding>| {
        let mut s = site(findings);
        s.name = name.into();
        score_of(&mut s, &Profile::default());
        s
    };
    let sites = [
        scored("丙", vec![Finding::new("update.homepage-stale", Severity::Veto)]),
        scored("甲", vec![dead(true)]),
        scored("乙", vec![dead(true)]),
        scored("丁", vec![]),
        scored("戊", vec![Finding::new("update.homepage-stale", Severity::Veto), dead(true), dead(true)]),
        SiteAudit { name: "己".into(), ..site(vec![]) },
    ];
    let entries: Vec<Entry<'_>> = sites.iter().map(|site| Entry { site, scorecard: None }).collect();
    let table = rank("2026-11-26", &rubric(), Lang::Zh, &entries);
    let got: Vec<(u32, &str)> = table.rows.iter().map(|r| (r.rank, r.name.as_str())).collect();
    assert_eq!(got, [(1, "丁"), (2, "乙"), (2, "甲"), (4, "丙"), (4, "戊"), (6, "己")]);
}

#[test]
fn v2_is_decided_by_a_week_of_probes() {
    use crate::scorecard::{Availability, ProbeDay};
    let v2 = |days: Vec<(u64, u64)>| {
        let mut site = site(vec![]);
        site.availability = Some(Availability {
            until: "2026-11-26".into(),
            days: days
                .into_iter()
                .enumerate()
                .map(|(i, (probes, failures))| ProbeDay {
                    day: format!("2026-11-{:02}", 20 + i),
                    probes,
                    failures,
                })
                .collect(),
            maintenance: Vec::new(),
        });
        apply(&mut site, &Rubric::default_rubric(), &Profile::default(), Lang::Zh);
        site.score.unwrap().vetoes.into_iter().find(|v| v.id == "V2").unwrap()
    };
    // 7 days × 20 probes, 7 failed = 5 %: the veto line.
    let fired = v2(vec![(20, 1); 7]);
    assert_eq!(fired.status, VetoStatus::Fired, "{}", fired.evidence);
    assert!(fired.evidence.contains("140") && fired.evidence.contains("5.0%"), "{}", fired.evidence);
    // 4 failures of 140 (2.9 %): clear; 5 (3.6 %): clear but near the line.
    assert_eq!(v2([vec![(20, 1); 4], vec![(20, 0); 3]].concat()).status, VetoStatus::Clear);
    let near = v2([vec![(20, 1); 5], vec![(20, 0); 2]].concat());
    assert!(near.status == VetoStatus::Clear && near.evidence.contains("接近"), "{}", near.evidence);
    // A day with 19 probes leaves the week incomplete: not assessed.
    let short = v2([vec![(20, 5); 6], vec![(19, 0)]].concat());
    assert_eq!(short.status, VetoStatus::NotAssessed, "{}", short.evidence);
    // An incomplete as_of (the audit runs in the morning) is left out: the
    // week is the seven days before it.
    let mut site2 = site(vec![]);
    site2.availability = Some(Availability {
        until: "2026-11-27".into(),
        days: (0..8)
            .map(|i| ProbeDay {
                day: format!("2026-11-{:02}", 20 + i),
                probes: if i == 7 { 3 } else { 20 },
                failures: 0,
            })
            .collect(),
        maintenance: Vec::new(),
    });
    apply(&mut site2, &Rubric::default_rubric(), &Profile::default(), Lang::Zh);
    let morning = site2.score.unwrap().vetoes.into_iter().find(|v| v.id == "V2").unwrap();
    assert_eq!(morning.status, VetoStatus::Clear, "{}", morning.evidence);
    // Probes that ended before the week up to as_of do not count.
    let mut site = site(vec![]);
    site.availability = Some(Availability {
        until: "2026-12-31".into(),
        days: (0..7)
            .map(|i| ProbeDay { day: format!("2026-11-{:02}", 20 + i), probes: 20, failures: 5 })
            .collect(),
        maintenance: Vec::new(),
    });
    apply(&mut site, &Rubric::default_rubric(), &Profile::default(), Lang::Zh);
    let stale = site.score.unwrap().vetoes.into_iter().find(|v| v.id == "V2").unwrap();
    assert_eq!(stale.status, VetoStatus::NotAssessed, "{}", stale.evidence);
}

/// The V2 evidence word for word in both languages: the sentences live in
/// `words/locales/*/scoring.ftl`, the numbers are formatted here.
#[test]
fn v2_evidence_reads_the_same_in_both_languages() {
    use crate::scorecard::{Availability, ProbeDay};
    let evidence = |days: Vec<(u64, u64)>, lang: Lang| {
        let mut site = site(vec![]);
        let days = days.into_iter().enumerate();
        site.availability = Some(Availability {
            until: "2026-11-26".into(),
            days: days
                .map(|(i, (probes, failures))| ProbeDay {
                    day: format!("2026-11-{:02}", 20 + i),
                    probes,
                    failures,
                })
                .collect(),
            maintenance: Vec::new(),
        });
        apply(&mut site, &Rubric::default_rubric(), &Profile::default(), lang);
        site.score.unwrap().vetoes.into_iter().find(|v| v.id == "V2").unwrap().evidence
    };
    let fired = vec![(20, 1); 7];
    let near = [vec![(20, 1); 5], vec![(20, 0); 2]].concat();
    let short = [vec![(20, 5); 6], vec![(19, 0)]].concat();
    assert_eq!(evidence(fired.clone(), Lang::Zh), "7 天共探测 140 次，失败 7 次（5.0%，否决线 5%）");
    assert_eq!(evidence(fired, Lang::En), "140 probes over 7 days, 7 failed (5.0%, veto at 5%)");
    assert_eq!(
        evidence(near.clone(), Lang::Zh),
        "7 天共探测 140 次，失败 5 次（3.6%，否决线 5%），已接近否决线"
    );
    assert_eq!(
        evidence(near, Lang::En),
        "140 probes over 7 days, 5 failed (3.6%, veto at 5%), close to the line"
    );
    assert_eq!(
        evidence(short.clone(), Lang::Zh),
        "可用性监测不足：需连续 7 天、每天至少 20 次探测（govaudit monitor），现有满足条件的 6 天"
    );
    assert_eq!(
        evidence(short, Lang::En),
        "not enough monitoring: 7 days of at least 20 probes a day are needed (govaudit monitor); 6 so far"
    );
}

#[test]
fn v5_and_v6_fire_on_their_checks_and_a_person_still_decides() {
    let rubric = Rubric::default_rubric();
    let status = |s: &Score, id: &str| s.vetoes.iter().find(|v| v.id == id).map(|v| v.status);
    let judged = |findings: Vec<Finding>, profile: &Profile| {
        let mut s = site(findings);
        apply(&mut s, &rubric, profile, Lang::Zh);
        s.score.clone().expect("scored")
    };
    let finding = |check: &str| Finding::new(check, Severity::Veto);

    let clean = judged(vec![], &Profile::default());
    assert_eq!(
        (status(&clean, "V5"), status(&clean, "V6")),
        (Some(VetoStatus::Clear), Some(VetoStatus::Clear))
    );

    for check in ["interaction.no-channel", "interaction.unanswered"] {
        let s = judged(vec![finding(check)], &Profile::default());
        assert_eq!(status(&s, "V5"), Some(VetoStatus::Fired), "{check}");
    }
    let s = judged(vec![finding("service.no-entry")], &Profile::default());
    assert_eq!(status(&s, "V6"), Some(VetoStatus::Fired));

    // A department without public services is not judged by V6 …
    let no_service = Profile { kind: SiteKind::Department, service: false, ..Profile::default() };
    let s = judged(vec![finding("service.no-entry")], &no_service);
    assert_eq!(status(&s, "V6"), Some(VetoStatus::NotAssessed));
    assert!(!s.vetoed);

    // … and a person's decision wins either way.
    let manual = Profile {
        manual_vetoes: [("V5".to_owned(), "县长信箱来信 4 个月未答复".to_owned())].into(),
        ..Profile::default()
    };
    let s = judged(vec![], &manual);
    assert_eq!(status(&s, "V5"), Some(VetoStatus::Fired));
}

#[test]
fn a_veto_clear_only_on_assumed_years_needs_a_person() {
    let veto = |site: &mut SiteAudit, id: &str| {
        let score = score_of(site, &Profile::default());
        score.vetoes.into_iter().find(|v| v.id == id).expect("veto")
    };
    // Plainly clear: nothing rests on an assumed year.
    let mut plain = site(vec![]);
    let v3 = veto(&mut plain, "V3");
    assert_eq!((v3.status, v3.needs_confirmation), (VetoStatus::Clear, false));
    // The home page is fresh only because 11-20 was taken as this year's.
    let mut assumed = site(vec![]);
    assumed.freshness.homepage_stale_if_years_older = true;
    let v3 = veto(&mut assumed, "V3");
    assert_eq!((v3.status, v3.needs_confirmation), (VetoStatus::Clear, true));
    assert!(v3.evidence.contains("年份推定"), "{}", v3.evidence);
    // V4's counts under the national rubric, likewise; one short of the
    // line stays plainly clear.
    let v4 = |a: u64, b: u64| {
        let mut s = site(vec![]);
        s.freshness.stale_news_or_first_level_notice_policy_if_years_older = a;
        s.freshness.stale_if_years_older = b;
        apply(&mut s, &Rubric::default_rubric(), &Profile::default(), Lang::En);
        let v = s.score.expect("scored").vetoes.into_iter().find(|v| v.id == "V4").expect("V4");
        (v.status, v.needs_confirmation)
    };
    assert_eq!(v4(5, 5), (VetoStatus::Clear, true));
    assert_eq!(v4(0, 10), (VetoStatus::Clear, true));
    assert_eq!(v4(4, 9), (VetoStatus::Clear, false));
    // A veto that fires needs no confirmation of its years.
    let mut fired = site(vec![Finding::new("update.homepage-stale", Severity::Veto)]);
    fired.freshness.homepage_stale_if_years_older = true;
    let v3 = veto(&mut fired, "V3");
    assert_eq!((v3.status, v3.needs_confirmation), (VetoStatus::Fired, false));
}

#[test]
fn scoring_rules_every_finding_and_the_finished_site_carries_the_rulings() {
    let account = |name: &str, state: &str| crate::audit::Account {
        name: name.into(),
        platform: "weibo".into(),
        url: format!("https://weibo.com/{name}"),
        latest: None,
        posts: 3,
        reachable: true,
        stale: state == "stale",
        state: state.into(),
        zombie: false,
        unit: None,
        listed_on: None,
        checkable: true,
        latest_year_from: None,
    };
    let mut judged = site(vec![
        Finding::new("account.stale", Severity::Deduction),
        Finding::new("content.typo", Severity::Deduction),
        dead(true),
        Finding::new("content.future-date", Severity::Notice),
    ]);
    judged.accounts = vec![account("a", "stale"), account("b", "fresh")];
    let rubric = Rubric::default_rubric();
    let scoring = score(&judged, None, &rubric, &Profile::default(), Lang::Zh);
    let rulings: Vec<(Option<&str>, Severity)> =
        scoring.rulings.iter().map(|r| (r.rule.as_deref(), r.severity)).collect();
    assert_eq!(
        rulings,
        [
            (Some("M1"), Severity::Veto),
            (Some("content-quality"), Severity::Deduction),
            (Some("links-home"), Severity::Deduction),
            (None, Severity::Notice),
        ],
        "one ruling per judged finding, in its order"
    );
    assert!(judged.findings.iter().all(|f| f.rule.is_none()), "the judged site is not changed");
    let media = scoring.new_media.clone().expect("accounts have a verdict");
    assert_eq!((media.accounts, media.evaluated, media.failed, media.vetoed), (2, 2, 1, true));

    let finished = judged.finish(scoring, None, None);
    let got: Vec<(&str, Option<&str>, Severity)> =
        finished.findings.iter().map(|f| (f.check.as_str(), f.rule.as_deref(), f.severity)).collect();
    assert_eq!(
        got,
        [
            ("account.stale", Some("M1"), Severity::Veto),
            ("content.typo", Some("content-quality"), Severity::Deduction),
            ("link.dead", Some("links-home"), Severity::Deduction),
            ("content.future-date", None, Severity::Notice),
        ],
        "severity first, as every report lists them"
    );
    assert!(finished.score.is_some() && finished.new_media.is_some());
}

// ── Serious wording errors counted apart (issue 20 §1) ─────────────────

#[test]
fn more_than_three_serious_errors_fail_the_site() {
    let rubric = Rubric::default_rubric();
    // Each error in a sentence of its own.
    let serious = |i: usize| Finding {
        evidence: format!("第 {i} 句【台湾政府】"),
        ..Finding::new("content.serious-error", Severity::Deduction)
    };
    let judged_findings = |findings: Vec<Finding>| {
        let mut s = site(findings);
        apply(&mut s, &rubric, &Profile::default(), Lang::Zh);
        s.score.clone().expect("scored")
    };
    let judged = |n: usize| judged_findings((0..n).map(serious).collect());
    let veto = |s: &Score| s.vetoes.iter().find(|v| v.id == "serious-errors").map(|v| v.status);
    let quality = |s: &Score| s.indicators.iter().find(|i| i.id == "content-quality").map(|i| i.lost);

    let three = judged(3);
    assert_eq!(veto(&three), Some(VetoStatus::Clear));
    assert!(!three.vetoed && three.passed);
    assert_eq!(quality(&three), Some(6.0), "three serious errors cost 2 points each");

    let four = judged(4);
    assert_eq!(veto(&four), Some(VetoStatus::Fired));
    assert!(four.vetoed && !four.passed);
    assert_eq!(four.grade, "fail");
    // The veto took them: they are not deducted as well.
    assert_eq!(quality(&four), Some(0.0));

    let none = judged(0);
    assert_eq!(veto(&none), Some(VetoStatus::Clear));

    // One wrong sentence in the page template, on 50 pages, and two more:
    // three errors, not 52.
    let template = [times(50, || serious(0)), vec![serious(1), serious(2)]].concat();
    let s = judged_findings(template);
    assert_eq!(veto(&s), Some(VetoStatus::Clear));
    let v = s.vetoes.iter().find(|v| v.id == "serious-errors").unwrap();
    assert!(v.evidence.contains('3'), "{}", v.evidence);
    let s = judged_findings([times(50, || serious(0)), (1..4).map(serious).collect()].concat());
    assert_eq!(veto(&s), Some(VetoStatus::Fired), "four distinct errors");
}

#[test]
fn a_checks_condition_counts_several_checks_together() {
    let with = |condition: &str| {
        RUBRIC.replacen(
            "[[indices]]",
            &format!("[[vetoes]]\nid = \"S1\"\ntitle = \"严重错误\"\nwhen = [{condition}]\nconfirmed = false\n[[indices]]"),
            1,
        )
    };
    let rubric = Rubric::parse(
        &with("{ checks = [\"content.serious-error\", \"content.typo\"], at_least = 4 }"),
        "t.toml",
    )
    .expect("valid");
    let judged = |serious: usize, typos: usize| {
        let findings = [
            times(serious, || Finding::new("content.serious-error", Severity::Deduction)),
            times(typos, || Finding::new("content.typo", Severity::Deduction)),
        ]
        .concat();
        let mut s = site(findings);
        apply(&mut s, &rubric, &Profile::default(), Lang::Zh);
        let score = s.score.clone().expect("scored");
        score.vetoes.iter().find(|v| v.id == "S1").map(|v| v.status)
    };
    assert_eq!(judged(2, 1), Some(VetoStatus::Clear));
    assert_eq!(judged(2, 2), Some(VetoStatus::Fired), "two checks' findings add up");
    assert_eq!(judged(0, 4), Some(VetoStatus::Fired));

    for (condition, needles) in [
        (
            "{ checks = [\"content.serious-error\", \"content.serius\"] }",
            &["when[0].checks[1]", "content.serius"][..],
        ),
        ("{ checks = [] }", &["when[0].checks", "lists no check"][..]),
        ("{ checks = [\"content.typo\"], check = \"content.typo\" }", &["exactly one of"][..]),
        ("{ metric = \"columns.blank\", distinct = true }", &["`distinct`"][..]),
    ] {
        let err = Rubric::parse(&with(condition), "t.toml").unwrap_err().to_string();
        for needle in needles {
            assert!(err.contains(needle), "{condition}: {err}");
        }
    }
}

#[test]
fn the_leaders_indicator_is_assessed_only_when_a_leaders_page_was_read() {
    let leaders = |site: &mut SiteAudit| {
        apply(site, &Rubric::default_rubric(), &Profile::default(), Lang::Zh);
        let score = site.score.clone().expect("scored");
        let ind = score.indicators.iter().find(|i| i.id == "leaders").expect("the leaders indicator").clone();
        (ind.assessed, score.unassessed)
    };
    // No leaders page found: not "nothing wrong", a person's to score.
    let (assessed, unassessed_without) = leaders(&mut site(vec![]));
    assert!(!assessed);
    let mut with_page = site(vec![]);
    with_page.leaders = Some(crate::model::leaders::LeadersSummary::default());
    let (assessed, unassessed_with) = leaders(&mut with_page);
    assert!(assessed);
    assert_eq!(unassessed_without - unassessed_with, 2.0, "the indicator's weight");
}

/// Planned downtime is said with V2's counts; the warning between the
/// warning line and the veto's is counted over V2's own window.
#[test]
fn v2_shows_maintenance_windows_and_warns_below_its_line() {
    use crate::scorecard::{Availability, MaintenanceWindow, ProbeDay};
    let availability = |failures: u64| Availability {
        until: "2026-11-26".into(),
        days: (0..7)
            .map(|i| ProbeDay { day: format!("2026-11-{:02}", 20 + i), probes: 20, failures })
            .collect(),
        maintenance: vec![MaintenanceWindow {
            from: "2026-11-21 22:00".into(),
            to: "2026-11-22 02:00".into(),
            reason: "机房电力改造".into(),
            excluded: 3,
        }],
    };
    let mut site = site(vec![]);
    site.availability = Some(availability(0));
    apply(&mut site, &Rubric::default_rubric(), &Profile::default(), Lang::Zh);
    let v2 = site.score.unwrap().vetoes.into_iter().find(|v| v.id == "V2").unwrap();
    assert_eq!(v2.status, VetoStatus::Clear, "{}", v2.evidence);
    assert!(
        v2.evidence
            .ends_with("；报备停机 2026-11-21 22:00 至 2026-11-22 02:00（机房电力改造），3 次探测未计入"),
        "{}",
        v2.evidence
    );
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let warn = |a: &Availability| {
        super::scoring::availability_warning(
            "http://h/",
            Some(a),
            &Rubric::default_rubric(),
            3.0,
            day,
            Lang::Zh,
        )
    };
    assert!(warn(&availability(0)).is_none());
    // 7 of 140 (5 %) fires the veto, so the warning is silent.
    assert!(warn(&availability(1)).is_none());
    let mut near = availability(0);
    near.days[0].failures = 5;
    let f = warn(&near).expect("5 of 140 (3.6 %) warns");
    assert_eq!((f.check.as_str(), f.due.as_deref()), ("site.due-soon", Some("2026-11-26")));
    // Too few probes: nothing is claimed.
    near.days.pop();
    assert!(warn(&near).is_none());
}

/// The warnings sit under their indicators at 0 points: named there, still
/// notices, costing nothing.
#[test]
fn warnings_are_listed_under_their_indicator_at_no_cost() {
    let mut site = site(vec![
        Finding::new("update.due-soon", Severity::Notice),
        Finding::new("interaction.due-soon", Severity::Notice),
    ]);
    apply(&mut site, &Rubric::default_rubric(), &Profile::default(), Lang::Zh);
    let score = site.score.clone().expect("scored");
    let got: Vec<(&str, Option<&str>, Severity)> =
        site.findings.iter().map(|f| (f.check.as_str(), f.rule.as_deref(), f.severity)).collect();
    assert_eq!(
        got,
        [
            ("interaction.due-soon", Some("interaction"), Severity::Notice),
            ("update.due-soon", Some("column-stale"), Severity::Notice),
        ]
    );
    for id in ["column-stale", "interaction"] {
        let indicator = score.indicators.iter().find(|i| i.id == id).unwrap();
        assert_eq!((indicator.lost, indicator.findings), (0.0, 0), "{id}");
    }
}

/// A reviewer's mark on `f`, holding (`active`) or lapsed.
fn marked(f: Finding, active: bool) -> Finding {
    use crate::review::{Review, ReviewKind, ReviewState};
    let state = if active { ReviewState::Active } else { ReviewState::Expired };
    let review = Review {
        kind: ReviewKind::Withdrawn,
        state,
        reviewer: "王审".into(),
        reason: "复核后核减".into(),
        marked: "2026-11-01".into(),
        until: None,
    };
    Finding { review: Some(review), ..f }
}

#[test]
fn a_reviewed_finding_costs_nothing_and_fires_no_veto() {
    // Two dead home-page links cost 2; the one withdrawn costs nothing and
    // is shown as a notice no indicator counted.
    let mut two = site(vec![dead(true), marked(dead(true), true)]);
    let s = score_of(&mut two, &Profile::default());
    assert_eq!(s.total, 99.0);
    let home = s.indicators.iter().find(|i| i.id == "links-home").unwrap();
    assert_eq!((home.lost, home.findings), (1.0, 1));
    let withdrawn = two.findings.iter().find(|f| f.review.is_some()).unwrap();
    assert_eq!((withdrawn.severity, withdrawn.rule.as_deref()), (Severity::Notice, None));
    // A lapsed mark counts again.
    let s = score_of(&mut site(vec![dead(true), marked(dead(true), false)]), &Profile::default());
    assert_eq!(s.total, 98.0);
    // A withdrawn stale home page fires no V3; left open, it does.
    let stale_home = || Finding::new("update.homepage-stale", Severity::Veto);
    let s = score_of(&mut site(vec![marked(stale_home(), true)]), &Profile::default());
    assert_eq!(s.vetoes[0].status, VetoStatus::Clear);
    assert!(!s.vetoed);
    let s = score_of(&mut site(vec![stale_home()]), &Profile::default());
    assert_eq!(s.vetoes[0].status, VetoStatus::Fired);
}

#[test]
fn a_reviewed_account_finding_fires_no_account_veto() {
    use crate::scorecard::VetoStatus::Fired;
    let rubric = Rubric::default_rubric();
    let account = crate::audit::Account {
        name: "清溪发布".into(),
        platform: "wechat".into(),
        url: "http://h/a".into(),
        latest: None,
        posts: 1,
        reachable: true,
        stale: true,
        state: "stale".into(),
        zombie: false,
        unit: None,
        listed_on: None,
        checkable: true,
        latest_year_from: None,
    };
    let stale =
        || Finding { account: Some("清溪发布".into()), ..Finding::new("account.stale", Severity::Veto) };
    let verdict = |f: Finding| {
        let mut s = SiteAudit { accounts: vec![account.clone()], ..site(vec![f]) };
        apply(&mut s, &rubric, &Profile::default(), Lang::Zh);
        s.new_media.expect("accounts").vetoes.iter().map(|v| v.status).collect::<Vec<_>>()
    };
    assert!(verdict(stale()).contains(&Fired));
    assert!(!verdict(marked(stale(), true)).contains(&Fired));
}

#[test]
fn a_reviewed_column_counts_toward_no_v4_line() {
    // Five blank columns fire V4; with one of them marked a false alarm, four do not.
    let blank =
        |url: &str| Finding { column: Some(url.into()), ..Finding::new("column.blank", Severity::Deduction) };
    let urls = ["/a/", "/b/", "/c/", "/d/", "/e/"];
    let five = |marked_first: bool| {
        let mut s = site(
            urls.iter()
                .enumerate()
                .map(|(i, u)| if i == 0 && marked_first { marked(blank(u), true) } else { blank(u) })
                .collect(),
        );
        s.columns = urls
            .iter()
            .map(|u| Column { blank: true, stale: false, ..column(u, Category::News, 1) })
            .collect();
        s.freshness.blank = 5;
        s
    };
    let s = score_of(&mut five(false), &Profile::default());
    assert_eq!(s.vetoes[1].status, VetoStatus::Fired);
    let s = score_of(&mut five(true), &Profile::default());
    assert_eq!(s.vetoes[1].status, VetoStatus::Clear, "{}", s.vetoes[1].evidence);
    assert!(s.vetoes[1].evidence.contains('4'), "{}", s.vetoes[1].evidence);
}
