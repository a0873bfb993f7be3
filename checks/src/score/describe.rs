//! `govaudit rules`: the rubric in force, as a person reads it, with every
//! number's source and whether the national text confirms it.

use std::fmt::Write;

use crate::Lang;

use super::rubric::{Centi, Condition, PointRule, Rubric, Source, When, from_centi};

/// The rubric as text, one item a line.
pub fn describe(rubric: &Rubric, origin: &str, lang: Lang) -> String {
    let mut out = String::new();
    let s = &rubric.scale;
    let _ = writeln!(out, "{} ({}; {})", rubric.name(lang), rubric.id, origin);
    let scale = lang.word_with(
        "score-scale",
        &[
            ("total", pts(s.total).into()),
            ("pass-mark", pts(s.pass_mark).into()),
            ("bonus-gate", pts(s.bonus_gate).into()),
            ("bonus-total", pts(s.bonus_total).into()),
            ("unconfirmed", mark(&s.source, lang).into()),
        ],
    );
    let _ = writeln!(out, "{scale}");
    source_line(&mut out, &s.source, lang);
    let grades: Vec<String> =
        rubric.grades.iter().map(|g| format!("{} ≥ {}", g.label.get(lang), pts(g.min))).collect();
    let grades = lang.word_with(
        "score-grades",
        &[("grades", grades.join(" · ").into()), ("unconfirmed", mark(&rubric.grades_source, lang).into())],
    );
    let _ = writeln!(out, "{grades}");
    source_line(&mut out, &rubric.grades_source, lang);
    let f = &rubric.freshness;
    let freshness = lang.word_with(
        "score-freshness",
        &[
            ("homepage", f.homepage.into()),
            ("news", f.news.into()),
            ("notice", f.notice.into()),
            ("policy", f.policy.into()),
            ("personnel", f.personnel.into()),
            ("planning", f.planning.into()),
            ("unconfirmed", mark(&f.source, lang).into()),
        ],
    );
    let _ = writeln!(out, "{freshness}");
    source_line(&mut out, &f.source, lang);

    let _ = writeln!(out, "\n{}", lang.word("score-vetoes-heading"));
    for veto in &rubric.vetoes {
        let scope = match veto.scope {
            super::rubric::VetoScope::Accounts => lang.word("score-veto-accounts"),
            super::rubric::VetoScope::Site => String::new(),
        };
        let _ = writeln!(out, "  {} {}{scope}{}", veto.id, veto.title.get(lang), mark(&veto.source, lang));
        let how: Vec<String> = veto.when.iter().map(|c| condition(c, lang)).collect();
        let how = if how.is_empty() {
            lang.word("score-decided-by-person")
        } else {
            how.join(&lang.word("score-conditions-separator"))
        };
        let _ = writeln!(out, "      {}", lang.word_with("score-fires-when", &[("conditions", how.into())]));
        if veto.services {
            let _ = writeln!(out, "      {}", lang.word("score-veto-without-services"));
        }
        if !veto.params.is_empty() {
            let params: Vec<String> = veto.params.iter().map(|(k, v)| format!("{k} = {v}")).collect();
            let params = lang.word_with("score-parameters", &[("parameters", params.join(", ").into())]);
            let _ = writeln!(out, "      {params}");
        }
        source_line(&mut out, &veto.source, lang);
    }

    let _ = writeln!(out, "\n{}", lang.word("score-indicators-heading"));
    for index in &rubric.indices {
        let mine: Vec<_> = rubric.indicators.iter().filter(|i| i.index == index.id).collect();
        let weight: Centi = mine.iter().map(|i| i.weight).sum();
        let note = if index.services { lang.word("score-index-without-services") } else { String::new() };
        let line = lang.word_with(
            "score-index",
            &[
                ("title", index.title.get(lang).into()),
                ("id", index.id.as_str().into()),
                ("points", pts(weight).into()),
                ("note", note.into()),
            ],
        );
        let _ = writeln!(out, "  {line}");
        for ind in mine {
            let line = lang.word_with(
                "score-indicator",
                &[
                    ("title", ind.title.get(lang).into()),
                    ("points", pts(ind.weight).into()),
                    ("unconfirmed", mark(&ind.source, lang).into()),
                ],
            );
            let _ = writeln!(out, "    {:<22} {line}", ind.id);
            if ind.rules.is_empty() {
                let _ = writeln!(out, "      {}", lang.word("score-indicator-manual"));
            }
            for rule in &ind.rules {
                let _ = writeln!(out, "      {}", point_rule(rule, lang));
            }
            source_line(&mut out, &ind.source, lang);
        }
    }
    out
}

fn pts(centi: Centi) -> String {
    crate::scorecard::format_points(from_centi(centi))
}

/// The mark of a number the national text does not confirm, or nothing.
fn mark(source: &Source, lang: Lang) -> String {
    if source.confirmed { String::new() } else { lang.word("score-unconfirmed") }
}

fn source_line(out: &mut String, source: &Source, lang: Lang) {
    if !source.source.is_empty() {
        let _ = writeln!(
            out,
            "      {}",
            lang.word_with("score-source", &[("source", source.source.as_str().into())])
        );
    }
}

fn condition(c: &Condition, lang: Lang) -> String {
    match c {
        Condition::Findings { check, lead: true, .. } => {
            lang.word_with("score-condition-lead", &[("check", check.as_str().into())])
        }
        Condition::Availability => lang.word("score-condition-availability"),
        Condition::Findings { check, at_least: 1, .. } => {
            lang.word_with("score-condition-found", &[("check", check.as_str().into())])
        }
        Condition::Findings { check, at_least, distinct: true, .. } => lang.word_with(
            "score-condition-at-least-distinct",
            &[("check", check.as_str().into()), ("count", (*at_least).into())],
        ),
        Condition::Findings { check, at_least, .. } => lang.word_with(
            "score-condition-at-least",
            &[("check", check.as_str().into()), ("count", (*at_least).into())],
        ),
        Condition::Metric { metric, at_least } => {
            format!("{} ≥ {at_least} ({})", metric.label(lang), metric.name())
        }
    }
}

fn point_rule(rule: &PointRule, lang: Lang) -> String {
    let when = when(&rule.when);
    let when = if when.is_empty() { String::new() } else { format!(" [{when}]") };
    lang.word_with(
        "score-point-rule",
        &[("check", rule.check.as_str().into()), ("when", when.into()), ("points", pts(rule.points).into())],
    )
}

fn when(w: &When) -> String {
    let mut parts = Vec::new();
    if let Some(v) = w.on_homepage {
        parts.push(format!("on_homepage = {v}"));
    }
    if let Some(v) = w.internal {
        parts.push(format!("internal = {v}"));
    }
    let category = w.column_category.map(|c| c.as_str().to_owned());
    for (key, value) in [("element", &w.element), ("mark", &w.mark), ("column_category", &category)] {
        if let Some(v) = value {
            parts.push(format!("{key} = {v}"));
        }
    }
    if let Some(v) = w.column_level {
        parts.push(format!("column_level = {v}"));
    }
    parts.join(", ")
}
