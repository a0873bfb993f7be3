//! `govaudit checks`: every check id, its severity and title, and for an
//! accessibility rule its WCAG success criteria, GB/T 37668 principle and
//! axe-core impact.

use checks::check::{CheckInfo, Standard};

use crate::exit_codes::Exit;
use crate::i18n::Lang;

pub fn run(lang: Lang) -> anyhow::Result<Exit> {
    for info in checks::registry::all() {
        let standard = info.standard.map(|s| format!("  [{}]", standard_line(&s, lang))).unwrap_or_default();
        crate::outln!(lang, "{:<30} {:<9} {}{standard}", info.id, info.severity.as_str(), info.title(lang));
    }
    Ok(Exit::Done)
}

/// Where a rule stands: "WCAG 1.1.1（A 级）· GB/T 37668 可感知性 · axe 影响 critical".
pub fn standard_line(standard: &Standard, lang: Lang) -> String {
    let principle = standard.principle.name(lang);
    let impact = standard.impact.as_str();
    match standard.level() {
        Some(level) if !standard.best_practice() => lang.word_with(
            "standard-wcag",
            &[
                ("criteria", standard.criteria().join(", ").into()),
                ("level", level.into()),
                ("principle", principle.into()),
                ("impact", impact.into()),
            ],
        ),
        _ => lang.word_with(
            "standard-best-practice",
            &[("principle", principle.into()), ("impact", impact.into())],
        ),
    }
}

/// The line `explain` prints under a check's title, when it has one.
pub fn standard_of(info: &CheckInfo, lang: Lang) -> Option<String> {
    info.standard.as_ref().map(|s| standard_line(s, lang))
}
