//! From a crawl to the report's SITE: run the site checks, count the stats,
//! name the site. Pure, so the whole path from facts to `report.json` can be
//! tested without a network.

use crate::audit::{Account, Column, Freshness, IdentityMark, SiteAudit, SkippedBy, Stats};
use crate::facts::crawl::{FetchOutcome, SiteCrawl, SkipReason};
use crate::model::accounts::{self as evaluate, Judged, is_zombie};
use crate::model::column;
use crate::model::settings::AuditSettings;
use crate::model::verdicts::Verdict;
use crate::registry::{self, SiteContext};
use crate::update::homepage_stale;

/// What only the crawler could count.
#[derive(Clone, Copy, Debug, Default)]
pub struct CrawlTotals {
    pub requests: u64,
    pub bytes: u64,
    pub duration_ms: u64,
    pub truncated: bool,
}

/// Runs every site check over `crawl` and builds the report's SITE as
/// judged: every text from a page bounded, not yet scored.
pub fn site_audit(
    crawl: &SiteCrawl,
    totals: CrawlTotals,
    name: Option<&str>,
    settings: &AuditSettings,
) -> SiteAudit {
    let ctx = SiteContext::new(crawl, settings);
    let mut findings = registry::run_site_checks(&ctx);
    for f in &mut findings {
        f.owner = settings.owner_of(f.column.as_deref(), f.account.as_deref());
    }
    let (homepage_assessed, homepage_latest, homepage_stale_if_years_older) =
        match homepage_stale::state(&ctx) {
            homepage_stale::State::NotAssessed => (false, None, false),
            homepage_stale::State::Assessed { newest, stale_if_years_older, .. } => {
                (true, newest.and_then(|i| i.date), stale_if_years_older)
            }
        };
    let mut freshness = Freshness {
        homepage_assessed,
        homepage_stale_if_years_older,
        homepage_latest: homepage_latest.map(|d| d.to_string()),
        due_soon: findings.iter().filter(|f| f.check == crate::column::due_soon::INFO.id).count() as u64,
        ..Freshness::default()
    };
    crate::freshness::count_into(&ctx.columns, &mut freshness);
    let root = crawl.target(crawl.root).url.clone();
    let name = name
        .map(str::to_owned)
        .or_else(|| crawl.page_of(ctx.home).and_then(|p| p.site_name.clone()))
        .or_else(|| crawl.page_of(ctx.home).and_then(|p| p.title.as_deref()).map(site_name_from_title))
        .unwrap_or_else(|| host_of(&root));
    let mut site = SiteAudit {
        name,
        root,
        stats: stats(&ctx, totals),
        score: None,
        columns: ctx.columns.iter().map(|c| report_column(crawl, c)).collect(),
        accounts: ctx.accounts.iter().map(|a| report_account(a, settings.as_of)).collect(),
        new_media: None,
        history: None,
        availability: None,
        findings,
        freshness,
        policy: crate::model::policy::summary(&crate::model::policy::documents(&ctx)),
        leaders: crate::model::leaders::summary(&ctx),
        consultations: crate::model::consultations::summary(&ctx),
        marks: crawl.page_of(ctx.home).and_then(|p| p.marks()).map(|m| {
            m.values()
                .into_iter()
                .map(|(mark, present, value)| IdentityMark {
                    mark: mark.to_owned(),
                    present,
                    value: value.map(str::to_owned),
                })
                .collect()
        }),
        rendered_pages: crawl
            .rendered
            .iter()
            .map(|r| crate::audit::RenderedPageReport {
                page: crawl.target(r.target).url.clone(),
                rules_violated: r.violations.len(),
                screenshot: r.screenshot.clone(),
            })
            .collect(),
        review: None,
    };
    // Texts from pages bounded before scoring copies them into vetoes; the
    // order is the reports' again once URLs have lost their user info.
    crate::report_bounds::bound_site(&mut site);
    crate::audit::sort_findings(&mut site.findings);
    site
}

fn report_account(judged: &Judged<'_>, as_of: chrono::NaiveDate) -> Account {
    let spec = &judged.facts.spec;
    let (state, reachable, stale, zombie) = match &judged.verdict {
        evaluate::Verdict::Fresh { .. } => ("fresh", true, false, false),
        evaluate::Verdict::Stale { latest, .. } => {
            ("stale", true, true, latest.is_some_and(|d| is_zombie(d, as_of)))
        }
        evaluate::Verdict::Unreachable { .. } => ("unreachable", false, false, false),
        // Reachable only when something answered.
        evaluate::Verdict::NotEvaluated { .. } => {
            let answered =
                matches!(judged.facts.answer, crate::facts::account::facts::AccountAnswer::Answered { .. });
            ("not_evaluated", answered, false, false)
        }
    };
    Account {
        name: spec.name.clone(),
        platform: spec.platform.as_str().to_owned(),
        url: spec.url.clone(),
        latest: judged.latest().map(|d| d.to_string()),
        posts: judged.posts(),
        reachable,
        stale,
        state: state.to_owned(),
        zombie,
        unit: spec.unit.clone(),
        listed_on: spec.listed_on.clone(),
        checkable: !matches!(judged.facts.answer, crate::facts::account::facts::AccountAnswer::NoAddress),
        latest_year_from: judged.latest_post().map(|p| p.year),
    }
}

fn report_column(crawl: &SiteCrawl, c: &column::Column) -> Column {
    Column {
        name: c.name.clone(),
        url: crawl.target(c.first_page).url.clone(),
        category: c.category,
        items: c.items.len() as u64,
        latest: c.latest_date().map(|d| d.to_string()),
        stale: c.stale,
        blank: c.blank,
        due: c.due.map(|d| d.to_string()),
        limit_days: c.limit_days,
        level: c.level,
        exempt: c.exempt,
        latest_year_from: c.latest_item().and_then(|i| i.year_from),
        name_from: c.name_from,
        built_by: c.built_by.clone(),
    }
}

/// Trapped URLs shown in `stats.skipped_by.trap_examples`.
const TRAP_EXAMPLES: usize = 5;

fn stats(ctx: &SiteContext<'_>, totals: CrawlTotals) -> Stats {
    let crawl = ctx.crawl;
    let mut stats = Stats {
        pages: crawl.pages.len() as u64,
        requests: totals.requests,
        bytes: totals.bytes,
        duration_ms: totals.duration_ms,
        truncated: totals.truncated,
        ..Stats::default()
    };
    let mut skipped = SkippedBy::default();
    for (id, verdict) in ctx.verdicts.iter() {
        // Our own not-found probe is not a link of the site.
        if Some(id) == crawl.not_found_probe {
            continue;
        }
        match &crawl.target(id).outcome {
            FetchOutcome::Skipped(reason) => {
                let counter = match reason {
                    SkipReason::Robots => &mut skipped.robots,
                    SkipReason::Excluded => &mut skipped.excluded,
                    SkipReason::External => &mut skipped.external,
                    SkipReason::Trap => &mut skipped.trap,
                    SkipReason::Interrupted => &mut skipped.interrupted,
                    SkipReason::InternalError => &mut skipped.internal_error,
                    SkipReason::Account => &mut skipped.account,
                    SkipReason::RateLimited => &mut skipped.rate_limited,
                    SkipReason::TooLong => &mut skipped.too_long,
                };
                if *reason == SkipReason::Trap && skipped.trap_examples.len() < TRAP_EXAMPLES {
                    skipped.trap_examples.push(crawl.target(id).url.clone());
                }
                *counter += 1;
                continue;
            }
            FetchOutcome::Answered(a) if a.cut => stats.bodies_cut += 1,
            _ => {}
        }
        stats.links_checked += 1;
        match verdict {
            Verdict::Dead(_) => stats.errors += 1,
            Verdict::Blocked(_) => stats.blocked += 1,
            Verdict::Opens | Verdict::NotChecked => {}
        }
    }
    if skipped.interrupted > 0 {
        stats.truncated = true;
    }
    stats.skipped = skipped.robots
        + skipped.excluded
        + skipped.external
        + skipped.trap
        + skipped.interrupted
        + skipped.internal_error
        + skipped.rate_limited
        + skipped.too_long;
    stats.skipped_by = skipped;
    stats
}

/// The site's name from its home page title: titles are usually
/// "首页 - 清溪县人民政府" or "清溪县人民政府门户网站"; the part that names
/// the government is kept.
pub fn site_name_from_title(title: &str) -> String {
    let parts: Vec<&str> = title
        .split(['-', '_', '|', '—', '–', '·', '｜'])
        .map(str::trim)
        .filter(|p| !p.is_empty() && *p != "首页")
        .collect();
    parts
        .iter()
        .find(|p| p.contains("政府") || p.contains("人民"))
        .or_else(|| parts.iter().max_by_key(|p| p.chars().count()))
        .map_or_else(|| title.trim().to_owned(), |p| (*p).to_owned())
}

fn host_of(url: &str) -> String {
    url::Url::parse(url).ok().and_then(|u| u.host_str().map(str::to_owned)).unwrap_or_else(|| url.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_from_titles() {
        assert_eq!(site_name_from_title("首页 - 清溪县人民政府"), "清溪县人民政府");
        assert_eq!(site_name_from_title("清溪县人民政府门户网站"), "清溪县人民政府门户网站");
        assert_eq!(site_name_from_title("欢迎访问 | 清溪县教育局"), "清溪县教育局");
    }
}
