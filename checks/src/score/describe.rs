//! `govaudit rules`: the rubric in force, as a person reads it, with every
//! number's source and whether the national text confirms it.

use std::fmt::Write;

use crate::Lang;

use super::rubric::{Centi, Condition, PointRule, Rubric, Source, When, from_centi};

/// The rubric as text, one item a line.
pub fn describe(rubric: &Rubric, origin: &str, lang: Lang) -> String {
    let mut out = String::new();
    let pick = |zh: &'static str, en: &'static str| lang.pick(zh, en);
    let s = &rubric.scale;
    let _ = writeln!(out, "{} ({}; {})", rubric.name(lang), rubric.id, origin);
    let _ = writeln!(
        out,
        "{} {} · {} {} · {} {} · {} {}{}",
        pick("满分", "full marks"),
        pts(s.total),
        pick("合格线", "pass mark"),
        pts(s.pass_mark),
        pick("加分门槛", "bonus gate"),
        pts(s.bonus_gate),
        pick("加分上限（仅门户网站）", "bonus up to (portals only)"),
        pts(s.bonus_total),
        mark(&s.source, lang)
    );
    source_line(&mut out, &s.source, lang);
    let grades: Vec<String> =
        rubric.grades.iter().map(|g| format!("{} ≥ {}", g.label.get(lang), pts(g.min))).collect();
    let _ = writeln!(
        out,
        "{} {}{}",
        pick("等级：", "grades:"),
        grades.join(" · "),
        mark(&rubric.grades_source, lang)
    );
    source_line(&mut out, &rubric.grades_source, lang);
    let f = &rubric.freshness;
    let _ = writeln!(
        out,
        "{} {} {} · {} {} · {} {} · {} {} · {} {} · {} {}{}",
        pick("更新期限（天）：", "freshness limits (days):"),
        pick("首页", "home page"),
        f.homepage,
        pick("动态要闻", "news"),
        f.news,
        pick("通知公告", "notices"),
        f.notice,
        pick("政策文件", "policy"),
        f.policy,
        pick("人事", "personnel"),
        f.personnel,
        pick("规划计划", "planning"),
        f.planning,
        mark(&f.source, lang)
    );
    source_line(&mut out, &f.source, lang);

    let _ = writeln!(out, "\n{}", pick("单项否决（任一项触发即不合格）", "Vetoes (any one fails the site)"));
    for veto in &rubric.vetoes {
        let scope = match veto.scope {
            super::rubric::VetoScope::Accounts => pick("［政务新媒体］", " [official accounts]"),
            super::rubric::VetoScope::Site => "",
        };
        let _ = writeln!(out, "  {} {}{scope}{}", veto.id, veto.title.get(lang), mark(&veto.source, lang));
        let how: Vec<String> = veto.when.iter().map(|c| condition(c, lang)).collect();
        let how = if how.is_empty() {
            pick("人工判定", "decided by a person").to_owned()
        } else {
            how.join(pick("；或 ", "; or "))
        };
        let _ = writeln!(out, "      {} {how}", pick("触发：", "fires when:"));
        if veto.services {
            let _ = writeln!(
                out,
                "      {}",
                pick(
                    "不适用于按无公共服务计分的网站（service = false）",
                    "not applied to a site scored without public services (service = false)"
                )
            );
        }
        if !veto.params.is_empty() {
            let params: Vec<String> = veto.params.iter().map(|(k, v)| format!("{k} = {v}")).collect();
            let _ = writeln!(out, "      {} {}", pick("参数：", "parameters:"), params.join(", "));
        }
        source_line(&mut out, &veto.source, lang);
    }

    let _ = writeln!(
        out,
        "\n{}",
        pick("扣分指标（分值即扣分上限）", "Deduction indicators (weight = most points lost)")
    );
    for index in &rubric.indices {
        let mine: Vec<_> = rubric.indicators.iter().filter(|i| i.index == index.id).collect();
        let weight: Centi = mine.iter().map(|i| i.weight).sum();
        let services = if index.services {
            pick(
                "；无办事服务的网站不计此项，按比例折算",
                "; left out, and the rest scaled up, for a site without services",
            )
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "  {} [{}] {} {}{services}",
            index.title.get(lang),
            index.id,
            pts(weight),
            pick("分", "points")
        );
        for ind in mine {
            let _ = writeln!(
                out,
                "    {:<22} {} — {} {}{}",
                ind.id,
                ind.title.get(lang),
                pts(ind.weight),
                pick("分", "points"),
                mark(&ind.source, lang)
            );
            if ind.rules.is_empty() {
                let _ = writeln!(
                    out,
                    "      {}",
                    pick(
                        "人工核查（本版本没有对应的自动检查）",
                        "scored by a person (no automatic check yet)"
                    )
                );
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

fn mark(source: &Source, lang: Lang) -> &'static str {
    if source.confirmed { "" } else { lang.pick("（未经证实）", " (unconfirmed)") }
}

fn source_line(out: &mut String, source: &Source, lang: Lang) {
    if !source.source.is_empty() {
        let _ = writeln!(out, "      {} {}", lang.pick("依据：", "source:"), source.source);
    }
}

fn condition(c: &Condition, lang: Lang) -> String {
    match c {
        Condition::Findings { check, lead: true, .. } => {
            format!("{check} {}", lang.pick("（仅作线索）", "(a lead only)"))
        }
        Condition::Availability => lang
            .pick(
                "可用性监测（govaudit monitor）达到参数中的失败比例",
                "availability probes (govaudit monitor) reach the parameters' failure ratio",
            )
            .to_owned(),
        Condition::Findings { check, at_least: 1, .. } => format!("{check} {}", lang.pick("出现", "found")),
        Condition::Findings { check, at_least, .. } => {
            format!("{check} ≥ {at_least} {}", lang.pick("条", "findings"))
        }
        Condition::Metric { metric, at_least } => {
            format!("{} ≥ {at_least} ({})", metric.label(lang), metric.name())
        }
    }
}

fn point_rule(rule: &PointRule, lang: Lang) -> String {
    let when = when(&rule.when);
    let when = if when.is_empty() { String::new() } else { format!(" [{when}]") };
    format!("{}{when}: {} {}", rule.check, lang.pick("每条扣", "per finding"), pts(rule.points))
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
