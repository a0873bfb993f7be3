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
use crate::i18n::Lang;
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
pub fn load(
    path: &Path,
    main_config: Option<&Path>,
    args: &CommonArgs,
    lang: Lang,
) -> anyhow::Result<Vec<SiteSpec>> {
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(path)
        .with_context(|| lang.word_with("roster-cannot-read", &[("path", shown.as_str().into())]))?;
    let roster: RosterFile = toml::from_str(&text).map_err(|e| {
        let (place, reason) = config::toml_error(&text, path, &e);
        anyhow::anyhow!(
            lang.word_with("roster-invalid", &[("place", place.into()), ("reason", reason.into())])
        )
    })?;
    if roster.sites.is_empty() {
        bail!("{}", lang.word_with("roster-no-sites", &[("path", shown.as_str().into())]));
    }
    let dir = path.parent().unwrap_or(Path::new(""));
    let main = config::build(FileConfig::find(main_config, lang)?, &[], args, lang)?;
    let mut specs: Vec<SiteSpec> = Vec::new();
    // Looked up once per site: a list scan made a 10,000-site roster
    // quadratic before its first site ran.
    let mut urls = std::collections::HashSet::new();
    let mut labels = std::collections::HashSet::new();
    let mut built: std::collections::HashMap<Option<PathBuf>, config::Config> =
        std::collections::HashMap::new();
    for (i, site) in roster.sites.into_iter().enumerate() {
        let within = || format!("{} [[sites]] #{} ({})", path.display(), i + 1, site.url);
        // One config built per file, shared by the sites that use it: a
        // config holds the wrong-word automaton and the rubric, and ten
        // thousand copies of them took 1.6 GB before the first site ran.
        let base = match built.entry(site.config.clone()) {
            std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
            std::collections::hash_map::Entry::Vacant(e) => {
                let file = match &site.config {
                    Some(own) => FileConfig::load(&dir.join(own), lang),
                    None => FileConfig::find(main_config, lang),
                };
                e.insert(file.and_then(|file| config::build(file, &[], args, lang)).with_context(within)?)
            }
        };
        let mut config = base.clone();
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
                bail!("{}", lang.word_with("roster-bonus-negative", &[("site", within().into())]));
            }
            config.profile.bonus = bonus;
        }
        let mut url = config::parse_start_url(&site.url, lang).with_context(within)?;
        config.crawl.logins = Default::default();
        config.crawl.logins.take_from(&mut url);
        if !urls.insert(url.clone()) {
            bail!("{}", lang.word_with("roster-site-twice", &[("site", within().into())]));
        }
        let label = output::unique_label(&url, &labels);
        labels.insert(label.clone());
        config.urls = vec![url.clone()];
        specs.push(SiteSpec { url, label, name: site.name, config });
    }
    Ok(specs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sites_of_a_large_roster_share_their_config() {
        let dir = tempfile::tempdir().unwrap();
        let config = dir.path().join("govaudit.toml");
        std::fs::write(&config, "[crawl]\nper_host = 2\n").unwrap();
        let roster = dir.path().join("sites.toml");
        let sites: String =
            (0..2000).map(|i| format!("[[sites]]\nurl = \"http://u:p@s{i}.example.gov.cn/\"\n")).collect();
        std::fs::write(&roster, sites).unwrap();
        let specs = load(&roster, Some(&config), &CommonArgs::default(), Lang::Zh).unwrap();
        assert_eq!(specs.len(), 2000);
        let first = &specs[0].config.crawl.page_options;
        assert!(specs.iter().all(|s| std::sync::Arc::ptr_eq(&s.config.crawl.page_options, first)));
        assert!(specs.iter().all(|s| s.config.crawl.per_host == 2));
        // Each site keeps its own start URL, its user info taken out.
        assert_eq!(specs[7].url.as_str(), "http://s7.example.gov.cn/");
        assert!(!specs[7].config.crawl.logins.is_empty());
    }
}
