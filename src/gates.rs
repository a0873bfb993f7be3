//! CI gates: `--fail-under SCORE`, `--fail-on veto`, `--fail-on CHECK_ID`.
//! A failed gate is exit 1 with one line naming it; a tool failure stays 2.

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
    /// Only accounts are audited: there is no site score to gate on.
    accounts_only: bool,
    /// The language of the line saying which gate failed.
    lang: Lang,
}

impl Gates {
    pub fn new(args: &GateArgs, accounts_only: bool, lang: Lang) -> anyhow::Result<Gates> {
        let mut gates = Gates { fail_under: args.fail_under, accounts_only, lang, ..Gates::default() };
        if accounts_only && gates.fail_under.is_some() {
            bail!(
                "--fail-under: {}",
                lang.pick(
                    "只审计政务新媒体账号时没有网站得分，请用 --fail-on veto",
                    "with --accounts-only there is no site score; use --fail-on veto"
                )
            );
        }
        if let Some(score) = gates.fail_under
            && !(score.is_finite() && score >= 0.0)
        {
            bail!("--fail-under {score}: {}", lang.pick("须为不小于 0 的分数", "must be a score ≥ 0"));
        }
        for item in &args.fail_on {
            let item = item.trim();
            if item == "veto" {
                gates.fail_on_veto = true;
                continue;
            }
            let Some(pattern) = CheckPattern::new(item, true) else {
                bail!(
                    "--fail-on {item:?}: {}",
                    lang.pick(
                        "既不是 veto 也不是已有的检查项（govaudit checks 列出全部）",
                        "neither `veto` nor a known check id (govaudit checks lists them)"
                    )
                );
            };
            gates.fail_on.push(pattern);
        }
        Ok(gates)
    }

    fn any(&self) -> bool {
        self.fail_under.is_some() || self.fail_on_veto || !self.fail_on.is_empty()
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
                return Some(format!(
                    "{}: {} {}",
                    lang.pick("门槛未通过", "gate failed"),
                    site.name,
                    lang.pick(
                        "没有一个政务新媒体账号能够评估",
                        "not one official account could be evaluated"
                    )
                ));
            }
            if self.any() && score.is_none() && !self.accounts_only {
                return Some(format!(
                    "{}: {} {}",
                    lang.pick("门槛未通过", "gate failed"),
                    site.name,
                    lang.pick("未评分（没有抓取到任何页面）", "was not scored (no page could be crawled)")
                ));
            }
            let site_vetoes = score.map(|s| s.vetoes.as_slice()).unwrap_or_default();
            let media_vetoes = site.new_media.as_ref().map(|m| m.vetoes.as_slice()).unwrap_or_default();
            if self.fail_on_veto
                && let Some(veto) =
                    site_vetoes.iter().chain(media_vetoes).find(|v| v.status == VetoStatus::Fired)
            {
                return Some(format!(
                    "{} --fail-on veto: {} {} {}",
                    lang.pick("门槛未通过", "gate failed"),
                    site.name,
                    veto.id,
                    veto.title
                ));
            }
            // An unscored site has already failed above.
            if let (Some(limit), Some(s)) = (self.fail_under, score) {
                let why = if s.vetoed {
                    lang.pick("被单项否决，得分不计", "is vetoed, so its score does not count").to_owned()
                } else if s.total < limit {
                    format!("{} {}", lang.pick("得分", "scored"), checks::scorecard::format_points(s.total))
                } else {
                    String::new()
                };
                if !why.is_empty() {
                    return Some(format!(
                        "{} --fail-under {limit}: {} {why}",
                        lang.pick("门槛未通过", "gate failed"),
                        site.name
                    ));
                }
            }
            for pattern in &self.fail_on {
                if let Some(f) = site.findings.iter().find(|f| pattern.matches(&f.check)) {
                    let count = site.findings.iter().filter(|f| pattern.matches(&f.check)).count();
                    return Some(format!(
                        "{} --fail-on {pattern}: {} {count} {} ({})",
                        lang.pick("门槛未通过", "gate failed"),
                        site.name,
                        lang.pick("条发现，首条在", "findings, the first on"),
                        f.page.as_deref().or(f.target.as_deref()).unwrap_or(&site.root)
                    ));
                }
            }
        }
        None
    }
}
