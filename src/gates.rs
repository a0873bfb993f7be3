//! CI gates: `--fail-under SCORE`, `--fail-on veto`, `--fail-on CHECK_ID`,
//! `--fail-on new` (against `--baseline report.json` or the site's last
//! stored run). A failed gate is exit 1 with one line naming it; a tool
//! failure stays 2. A finding under a reviewer's mark that holds (误报,
//! 核减, 已知) fails no gate.

use anyhow::bail;
use checks::SiteAudit;
use checks::score::rubric::CheckPattern;
use checks::scorecard::VetoStatus;

use crate::cli::GateArgs;
use crate::i18n::Lang;
use crate::output::printable;

/// The gates of a run, validated before anything is crawled.
#[derive(Clone, Debug, Default)]
pub struct Gates {
    fail_under: Option<f64>,
    fail_on_veto: bool,
    fail_on: Vec<CheckPattern>,
    /// `--fail-on new`: what it compares with.
    fail_on_new: Option<crate::baseline::Baseline>,
    /// Only accounts are audited: there is no site score to gate on.
    accounts_only: bool,
    /// The language of the line saying which gate failed.
    lang: Lang,
}

impl Gates {
    pub fn new(args: &GateArgs, accounts_only: bool, lang: Lang) -> anyhow::Result<Gates> {
        let mut gates = Gates { fail_under: args.fail_under, accounts_only, lang, ..Gates::default() };
        if accounts_only && gates.fail_under.is_some() {
            bail!("{}", lang.word("gate-fail-under-accounts-only"));
        }
        if let Some(score) = gates.fail_under
            && !(score.is_finite() && score >= 0.0)
        {
            bail!("{}", lang.word_with("gate-fail-under-negative", &[("score", score.to_string().into())]));
        }
        for item in &args.fail_on {
            let item = item.trim();
            if item == "veto" {
                gates.fail_on_veto = true;
                continue;
            }
            if item == "new" {
                gates.fail_on_new = Some(crate::baseline::Baseline::default());
                continue;
            }
            let Some(pattern) = CheckPattern::new(item, true) else {
                bail!("{}", lang.word_with("gate-fail-on-unknown", &[("item", format!("{item:?}").into())]));
            };
            gates.fail_on.push(pattern);
        }
        match (&mut gates.fail_on_new, &args.baseline) {
            (Some(baseline), Some(file)) => *baseline = crate::baseline::Baseline::from_report(file, lang)?,
            (None, Some(_)) => bail!("{}", lang.word("gate-baseline-without-new")),
            _ => {}
        }
        Ok(gates)
    }

    /// With `--fail-on new` and no `--baseline`: the history database whose
    /// runs, as they are before this audit stores its own, are the baseline.
    pub fn with_db(mut self, db: Option<&std::path::Path>) -> Gates {
        if let Some(baseline) = &mut self.fail_on_new {
            baseline.remember_db(db, self.lang);
        }
        self
    }

    fn any(&self) -> bool {
        self.fail_under.is_some()
            || self.fail_on_veto
            || !self.fail_on.is_empty()
            || self.fail_on_new.is_some()
    }

    /// The first gate a site fails, as one line (crawled text made
    /// printable, so a page cannot write to the terminal).
    pub fn failure<'a>(&self, sites: impl IntoIterator<Item = &'a SiteAudit>) -> Option<String> {
        self.first_failure(sites).map(|line| printable(&line))
    }

    fn first_failure<'a>(&self, sites: impl IntoIterator<Item = &'a SiteAudit>) -> Option<String> {
        let lang = self.lang;
        for site in sites {
            let score = site.score.as_ref();
            // A gate never passes on what nobody could read.
            if self.accounts_only && self.any() && site.new_media.as_ref().is_none_or(|m| m.evaluated == 0) {
                return Some(
                    lang.word_with("gate-failed-no-account", &[("site", site.name.as_str().into())]),
                );
            }
            if self.any() && score.is_none() && !self.accounts_only {
                return Some(
                    lang.word_with("gate-failed-not-scored", &[("site", site.name.as_str().into())]),
                );
            }
            let site_vetoes = score.map(|s| s.vetoes.as_slice()).unwrap_or_default();
            let media_vetoes = site.new_media.as_ref().map(|m| m.vetoes.as_slice()).unwrap_or_default();
            if self.fail_on_veto
                && let Some(veto) =
                    site_vetoes.iter().chain(media_vetoes).find(|v| v.status == VetoStatus::Fired)
            {
                return Some(lang.word_with(
                    "gate-failed-veto",
                    &[
                        ("site", site.name.as_str().into()),
                        ("id", veto.id.as_str().into()),
                        ("title", veto.title.as_str().into()),
                    ],
                ));
            }
            // An unscored site has already failed above.
            if let (Some(limit), Some(s)) = (self.fail_under, score) {
                if s.vetoed {
                    return Some(lang.word_with(
                        "gate-failed-under-vetoed",
                        &[("limit", limit.to_string().into()), ("site", site.name.as_str().into())],
                    ));
                }
                if s.total < limit {
                    return Some(lang.word_with(
                        "gate-failed-under",
                        &[
                            ("limit", limit.to_string().into()),
                            ("site", site.name.as_str().into()),
                            ("score", checks::scorecard::format_points(s.total).into()),
                        ],
                    ));
                }
            }
            // Reviewed findings (误报, 核减, 已知 within its date) fail nothing.
            let open = || site.findings.iter().filter(|f| !f.reviewed());
            for pattern in &self.fail_on {
                if let Some(f) = open().find(|f| pattern.matches(&f.check)) {
                    let count = open().filter(|f| pattern.matches(&f.check)).count();
                    return Some(lang.word_with(
                        "gate-failed-finding",
                        &[
                            ("pattern", pattern.to_string().into()),
                            ("site", site.name.as_str().into()),
                            ("count", count.into()),
                            ("first", f.page.as_deref().or(f.target.as_deref()).unwrap_or(&site.root).into()),
                        ],
                    ));
                }
            }
            if let Some(baseline) = &self.fail_on_new
                && let Some(line) = baseline.failure(site, lang)
            {
                return Some(line);
            }
        }
        None
    }
}
