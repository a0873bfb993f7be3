//! `govaudit rules`: the scoring rubric in force, and the freshness limits
//! the config file changes from it.

use std::path::PathBuf;

use crate::config::{self, FileConfig};
use crate::exit_codes::Exit;
use crate::i18n::{self, tr};
use crate::rubric_file;

pub fn run(rubric: Option<PathBuf>, config: Option<PathBuf>, file: FileConfig) -> anyhow::Result<Exit> {
    let path = rubric.or_else(|| file.rubric_path());
    let loaded = rubric_file::load(path.as_deref())?;
    crate::out!(
        "{}",
        checks::score::describe::describe(&loaded, &rubric_file::origin(path.as_deref()), i18n::lang())
    );
    // The config's [freshness] table overrides the rubric's limits.
    let args = crate::cli::CommonArgs { config, rubric: path, ..Default::default() };
    let settings = config::build(FileConfig::find(args.config.as_deref())?, &[], &args)?;
    for line in limit_overrides(&rubric_file::limits(&loaded), &settings.audit.limits) {
        crate::outln!("{line}");
    }
    Ok(Exit::Done)
}

/// A line per freshness limit the config file changes from the rubric's.
fn limit_overrides(rubric: &checks::settings::Limits, config: &checks::settings::Limits) -> Vec<String> {
    let days = |d: Option<u32>| d.map_or_else(|| tr("不限", "none").to_owned(), |d| d.to_string());
    let rows = [
        (tr("首页", "home page"), Some(rubric.homepage), Some(config.homepage)),
        (tr("动态要闻", "news"), rubric.news, config.news),
        (tr("通知公告", "notices"), rubric.notice, config.notice),
        (tr("政策文件", "policy"), rubric.policy, config.policy),
        (tr("人事", "personnel"), rubric.personnel, config.personnel),
        (tr("规划计划", "planning"), rubric.planning, config.planning),
        (tr("政民互动", "interaction"), rubric.interaction, config.interaction),
        (tr("其他栏目", "other columns"), rubric.other, config.other),
        (tr("政务新媒体", "official accounts"), Some(rubric.account), Some(config.account)),
    ];
    rows.into_iter()
        .filter(|(_, r, c)| r != c)
        .map(|(name, r, c)| {
            format!(
                "{}{name} {} {}（{} {}）",
                tr("配置文件覆盖的更新期限：", "freshness limit overridden by the config file: "),
                days(c),
                tr("天", "days"),
                tr("评分标准为", "the rubric says"),
                days(r)
            )
        })
        .collect()
}
