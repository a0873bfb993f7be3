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
    let days = |d: Option<u32>| d.map_or_else(|| lang.pick("不限", "none").to_owned(), |d| d.to_string());
    let rows = [
        (lang.pick("首页", "home page"), Some(rubric.homepage), Some(config.homepage)),
        (lang.pick("动态要闻", "news"), rubric.news, config.news),
        (lang.pick("通知公告", "notices"), rubric.notice, config.notice),
        (lang.pick("政策文件", "policy"), rubric.policy, config.policy),
        (lang.pick("人事", "personnel"), rubric.personnel, config.personnel),
        (lang.pick("规划计划", "planning"), rubric.planning, config.planning),
        (lang.pick("政民互动", "interaction"), rubric.interaction, config.interaction),
        (lang.pick("其他栏目", "other columns"), rubric.other, config.other),
        (lang.pick("政务新媒体", "official accounts"), Some(rubric.account), Some(config.account)),
    ];
    rows.into_iter()
        .filter(|(_, r, c)| r != c)
        .map(|(name, r, c)| {
            format!(
                "{}{name} {} {}（{} {}）",
                lang.pick("配置文件覆盖的更新期限：", "freshness limit overridden by the config file: "),
                days(c),
                lang.pick("天", "days"),
                lang.pick("评分标准为", "the rubric says"),
                days(r)
            )
        })
        .collect()
}
