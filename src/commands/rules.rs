//! `govaudit rules`: the scoring rubric in force, and the freshness limits
//! the config file changes from it.

use std::path::PathBuf;

use crate::config::{self, FileConfig};
use crate::exit_codes::Exit;
use crate::i18n::Lang;
use crate::rubric_file;

pub fn run(
    rubric: Option<PathBuf>,
    config: Option<PathBuf>,
    file: FileConfig,
    lang: Lang,
) -> anyhow::Result<Exit> {
    let path = rubric.or_else(|| file.rubric_path());
    let loaded = rubric_file::load(path.as_deref(), lang)?;
    crate::out!(
        lang,
        "{}",
        checks::score::describe::describe(&loaded, &rubric_file::origin(path.as_deref(), lang), lang)
    );
    // The config's [freshness] table overrides the rubric's limits.
    let args = crate::cli::CommonArgs { config, rubric: path, ..Default::default() };
    let settings = config::build(FileConfig::find(args.config.as_deref(), lang)?, &[], &args, lang)?;
    for line in limit_overrides(&rubric_file::limits(&loaded), &settings.audit.limits, lang) {
        crate::outln!(lang, "{line}");
    }
    Ok(Exit::Done)
}

/// A line per freshness limit the config file changes from the rubric's.
fn limit_overrides(
    rubric: &checks::model::settings::Limits,
    config: &checks::model::settings::Limits,
    lang: Lang,
) -> Vec<String> {
    let days = |d: Option<u32>| d.map_or_else(|| lang.word("rules-no-limit"), |d| d.to_string());
    let rows = [
        (lang.word("rules-limit-home-page"), Some(rubric.homepage), Some(config.homepage)),
        (lang.word("rules-limit-news"), rubric.news, config.news),
        (lang.word("rules-limit-notices"), rubric.notice, config.notice),
        (lang.word("rules-limit-policy"), rubric.policy, config.policy),
        (lang.word("rules-limit-personnel"), rubric.personnel, config.personnel),
        (lang.word("rules-limit-planning"), rubric.planning, config.planning),
        (lang.word("rules-limit-interaction"), rubric.interaction, config.interaction),
        (lang.word("rules-limit-other"), rubric.other, config.other),
        (lang.word("rules-limit-accounts"), Some(rubric.account), Some(config.account)),
    ];
    rows.into_iter()
        .filter(|(_, r, c)| r != c)
        .map(|(name, r, c)| {
            lang.word_with(
                "rules-limit-overridden",
                &[("name", name.into()), ("config", days(c).into()), ("rubric", days(r).into())],
            )
        })
        .collect()
}
