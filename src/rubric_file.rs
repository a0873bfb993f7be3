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
    let text = std::fs::read_to_string(path).with_context(|| {
        format!("{} {}", lang.pick("无法读取评分细则文件", "cannot read the rubric file"), path.display())
    })?;
    Rubric::parse(&text, &path.display().to_string())
        .map_err(|e| anyhow::anyhow!("{}: {e}", lang.pick("评分细则有误", "invalid rubric")))
}

/// Where the rubric came from, for `govaudit rules`.
pub fn origin(path: Option<&Path>, lang: Lang) -> String {
    path.map_or_else(
        || format!("{} ({})", lang.pick("内置", "built in"), checks::score::rubric::DEFAULT_NAME),
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
