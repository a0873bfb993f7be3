//! `govaudit audit --roster sites.toml`: the list of sites an evaluator
//! audits and ranks together.
//!
//! ```toml
//! [[sites]]
//! name = "清溪县人民政府"
//! url = "http://www.qingxi.gov.cn/"
//! kind = "portal"            # portal, department or township
//! config = "qingxi.toml"     # optional: this site's own config file
//! service = false            # optional: no public services (75 × 4/3)
//! bonus = 3                  # optional: bonus points a person awarded
//! ```
//!
//! Every site is scored with the one rubric in force (`--rubric` or the
//! main config's), so the ranking compares like with like.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use checks::score::SiteKind;
use serde::Deserialize;

use crate::cli::CommonArgs;
use crate::config::{self, FileConfig};
use crate::i18n::tr;
use crate::output;
use crate::pipeline::SiteSpec;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RosterFile {
    sites: Vec<RosterSite>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RosterSite {
    name: Option<String>,
    url: String,
    kind: Option<SiteKind>,
    config: Option<PathBuf>,
    service: Option<bool>,
    bonus: Option<f64>,
}

/// Reads the roster and builds each site's spec: its own config file when
/// it names one, else the main one; the flags win over both.
pub fn load(path: &Path, main_config: Option<&Path>, args: &CommonArgs) -> anyhow::Result<Vec<SiteSpec>> {
    let text = std::fs::read_to_string(path).with_context(|| {
        format!("{} {}", tr("无法读取站点名单", "cannot read the roster"), path.display())
    })?;
    let roster: RosterFile = toml::from_str(&text)
        .map_err(|e| config::toml_error(&text, path, &e, tr("站点名单有误", "invalid roster")))?;
    if roster.sites.is_empty() {
        bail!("{} {}", tr("站点名单中没有 [[sites]]", "the roster lists no [[sites]]"), path.display());
    }
    let dir = path.parent().unwrap_or(Path::new(""));
    let main = config::build(FileConfig::find(main_config)?, &[], args)?;
    let mut specs: Vec<SiteSpec> = Vec::new();
    for (i, site) in roster.sites.into_iter().enumerate() {
        let within = || format!("{} [[sites]] #{} ({})", path.display(), i + 1, site.url);
        let file = match &site.config {
            Some(own) => FileConfig::load(&dir.join(own)),
            None => FileConfig::find(main_config),
        };
        let mut config = file
            .and_then(|file| config::build(file, std::slice::from_ref(&site.url), args))
            .with_context(within)?;
        config.rubric = main.rubric.clone();
        config.out = main.out.clone();
        config.as_of = main.as_of;
        if let Some(kind) = site.kind {
            config.profile.kind = kind;
        }
        // The main config's [[accounts]] are the portal's; a department or
        // township site audits accounts only from a config of its own.
        if site.config.is_none() && config.profile.kind != SiteKind::Portal {
            config.crawl.accounts.clear();
        }
        if let Some(service) = site.service {
            config.profile.service = service;
        }
        if let Some(bonus) = site.bonus {
            if !(bonus.is_finite() && bonus >= 0.0) {
                bail!("{}: bonus {}", within(), tr("须为不小于 0 的数", "must be a number ≥ 0"));
            }
            config.profile.bonus = bonus;
        }
        let url = config::parse_start_url(&site.url).with_context(within)?;
        if specs.iter().any(|s| s.url == url) {
            bail!("{}: {}", within(), tr("名单中重复列出了这个网站", "the roster lists this site twice"));
        }
        let label = output::unique_label(&url, specs.iter().map(|s| s.label.as_str()));
        config.urls = vec![url.clone()];
        specs.push(SiteSpec { url, label, name: site.name, config });
    }
    Ok(specs)
}
