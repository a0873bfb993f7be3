//! Reading the rubric in force: `--rubric FILE`, the config's
//! `[scoring] rubric`, or the national 2019 rubric built into the binary.

use std::path::Path;

use anyhow::Context;
use checks::model::settings::Limits;
use checks::score::Rubric;

use crate::i18n::Lang;

/// The rubric at `path`, or the built-in one; errors name the file, the
/// line and the key at fault.
pub fn load(path: Option<&Path>, lang: Lang) -> anyhow::Result<Rubric> {
    let Some(path) = path else { return Ok(Rubric::default_rubric()) };
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(path)
        .with_context(|| lang.word_with("rubric-cannot-read", &[("path", shown.as_str().into())]))?;
    Rubric::parse(&text, &shown)
        .map_err(|e| anyhow::anyhow!(lang.word_with("rubric-invalid", &[("reason", e.to_string().into())])))
}

/// Where the rubric came from, for `govaudit rules`.
pub fn origin(path: Option<&Path>, lang: Lang) -> String {
    path.map_or_else(
        || lang.word_with("rubric-built-in", &[("name", checks::score::rubric::DEFAULT_NAME.into())]),
        |p| p.display().to_string(),
    )
}

/// The rubric's freshness limits, which a config's `[freshness]` overrides.
pub fn limits(rubric: &Rubric) -> Limits {
    let f = &rubric.freshness;
    Limits {
        homepage: f.homepage,
        news: Some(f.news),
        notice: Some(f.notice),
        policy: Some(f.policy),
        personnel: Some(f.personnel),
        planning: Some(f.planning),
        account: f.account,
        ..Limits::default()
    }
}
