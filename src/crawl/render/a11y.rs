//! `--render`, accessibility: once the site is read, the home page and
//! `[a11y] render_pages` other pages (one per column first, then the
//! rest in crawl order) are opened in headless Chromium and judged by the
//! real axe-core, found on disk ([`super::axe`]). Its answers join the
//! site's facts (`SiteCrawl::rendered`), where they become `a11y.*`
//! findings marked rendered; the screenshot of each page with a violation
//! is kept for the report's folder.
//!
//! The browser's requests obey the crawl's robots.txt rules, exclusions
//! and pace, as when it reads lists (see [`super::gate`]). Without
//! Chromium or axe-core one line says what was skipped and the audit goes
//! on as without `--render`.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::Arc;

use checks::facts::a11y::rendered::{self, RenderedPage};
use checks::facts::crawl::{SiteCrawl, TargetId};

use super::axe::{Axe, find_axe};
use super::{BrowserSettings, Renderer};
use crate::crawl::robots::Rules;
use crate::crawl::{CrawlCounters, CrawlSettings};

/// What `[a11y]` asks of the rendered pass.
#[derive(Clone, Debug)]
pub struct A11ySettings {
    /// Pages judged besides the home page.
    pub pages: usize,
    /// `[a11y] axe_core`: axe's script or its package folder.
    pub axe_core: Option<PathBuf>,
}

/// Pages judged besides the home page when the config does not say.
pub const DEFAULT_PAGES: usize = 10;
/// The most `[a11y] render_pages` may ask: each page costs the site a
/// browser's worth of requests.
pub const MAX_PAGES: usize = 200;
/// Screenshots kept per site, all together.
const MAX_SCREENSHOT_TOTAL: usize = 64 << 20;
/// A page's time budget in the browser, before axe runs.
const PAGE_BUDGET: std::time::Duration = std::time::Duration::from_secs(15);

/// A rendered page's screenshot, to be written into the report's folder.
#[derive(Clone, Debug)]
pub struct Screenshot {
    /// Relative to the report's folder: `screenshots/<n>.png`, never a
    /// name from the page.
    pub path: String,
    pub png: Vec<u8>,
}

/// Judges the chosen pages with axe-core in the browser, if `--render`
/// is on; `robots` is lent to the browser's gate and given back.
pub(crate) async fn check_pages(
    settings: &CrawlSettings,
    site: &mut SiteCrawl,
    robots: &mut HashMap<String, Rules>,
    counters: &mut CrawlCounters,
    interrupt: &tokio::sync::watch::Receiver<bool>,
) {
    if !settings.render {
        return;
    }
    let home = checks::model::site::home_page(site);
    let targets = choose(site, home, settings.a11y.pages);
    if targets.is_empty() {
        return;
    }
    let lang = settings.page_options.lang;
    let axe = find_axe(settings.a11y.axe_core.as_deref())
        .and_then(|path| Axe::load(&path, lang == checks::lang::Lang::Zh))
        .map_err(|why| match why.is_empty() {
            true => lang.word("render-axe-hint"),
            false => format!("{why}; {}", lang.word("render-axe-hint")),
        });
    let axe = match axe {
        Ok(axe) => axe,
        Err(hint) => {
            eprintln!("{}", lang.word_with("render-axe-not-found", &[("hint", hint.into())]));
            return;
        }
    };
    if super::failed_to_launch() {
        // The line about the lists already said Chromium cannot start.
        return;
    }
    let browser = BrowserSettings {
        user_agent: settings.user_agent.clone(),
        budget: PAGE_BUDGET.max(settings.timeout),
        delay: settings.delay,
        per_host: settings.per_host,
        resolve: settings.resolve.clone(),
    };
    let renderer = match Renderer::launch(browser).await {
        Ok(renderer) => renderer,
        Err(why) => {
            let pages = targets.len();
            eprintln!(
                "{}",
                lang.word_with("render-axe-cannot-start", &[("reason", why.into()), ("pages", pages.into())])
            );
            return;
        }
    };
    let lent = Arc::new(std::mem::take(robots));
    let gate = super::gate(Arc::clone(&lent), settings.exclude.clone());
    let mut kept_bytes = 0;
    for target in targets {
        if *interrupt.borrow() {
            break;
        }
        let Ok(url) = url::Url::parse(&site.targets[target as usize].url) else { continue };
        let with_violations =
            |answer: &str| rendered::read(target, answer).is_ok_and(|p| !p.violations.is_empty());
        let checked = match axe.check(&renderer, &url, Arc::clone(&gate), with_violations).await {
            Ok(checked) => checked,
            Err(e) => {
                tracing::warn!("{url}: axe-core could not judge it: {e}");
                continue;
            }
        };
        counters.requests += u64::from(checked.requests);
        let mut page = match rendered::read(target, &checked.answer) {
            Ok(page) => page,
            Err(e) => {
                tracing::warn!("{url}: axe-core's answer could not be read: {e}");
                continue;
            }
        };
        if let Some(png) = checked.screenshot.filter(|png| kept_bytes + png.len() <= MAX_SCREENSHOT_TOTAL) {
            kept_bytes += png.len();
            let path = format!("screenshots/{}.png", counters.screenshots.len() + 1);
            page.screenshot = Some(path.clone());
            counters.screenshots.push(Screenshot { path, png });
        }
        site.rendered.push(page);
    }
    drop(gate);
    renderer.close().await;
    // Once the browser is closed nothing else holds the rules; were it not
    // so, what comes next would read robots.txt again, never ignore it.
    *robots = Arc::try_unwrap(lent).unwrap_or_default();
    site.rendered.sort_by_key(|p: &RenderedPage| p.target);
}

/// The pages to judge: the home page, then up to `n` others, the first
/// page of each column before a second page of any (a template fault
/// shows on one page of each template), in crawl order. A page is of the
/// column its `ColumnName` names, else of its URL's folder.
fn choose(site: &SiteCrawl, home: TargetId, n: usize) -> Vec<TargetId> {
    let readable = |p: &&checks::facts::crawl::PageFacts| p.gone.is_none();
    let mut chosen: Vec<TargetId> =
        site.pages.iter().filter(readable).map(|p| p.target).filter(|t| *t == home).take(1).collect();
    let others: Vec<&checks::facts::crawl::PageFacts> =
        site.pages.iter().filter(readable).filter(|p| p.target != home).collect();
    let column = |p: &checks::facts::crawl::PageFacts| {
        p.placement.column_name.clone().unwrap_or_else(|| {
            let url = &site.targets[p.target as usize].url;
            url.rsplit_once('/').map_or(url.as_str(), |(folder, _)| folder).to_owned()
        })
    };
    let mut columns = HashSet::new();
    let (first, rest): (Vec<_>, Vec<_>) = others.into_iter().partition(|p| columns.insert(column(p)));
    chosen.extend(first.into_iter().chain(rest).map(|p| p.target).take(n));
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;
    use checks::facts::crawl::{FetchOutcome, PageFacts, SkipReason, Target};

    #[test]
    fn the_home_page_then_one_page_per_column_then_the_rest() {
        let urls = [
            "http://x.gov.cn/",
            "http://x.gov.cn/xwzx/index.html",
            "http://x.gov.cn/xwzx/t1.html",
            "http://x.gov.cn/zwgk/index.html",
            "http://x.gov.cn/gone.html",
            "http://x.gov.cn/zwgk/t2.html",
        ];
        let mut site = SiteCrawl::default();
        for (i, url) in urls.iter().enumerate() {
            site.targets.push(Target {
                url: (*url).into(),
                internal: true,
                outcome: FetchOutcome::Skipped(SkipReason::Excluded),
                page: None,
                label: None,
            });
            let mut page = PageFacts { target: i as TargetId, ..PageFacts::default() };
            if url.ends_with("gone.html") {
                page.gone = Some("页面不存在".into());
            }
            site.pages.push(page);
        }
        // The home page comes first wherever the crawl read it.
        site.pages.rotate_left(1);
        assert_eq!(choose(&site, 0, 10), [0, 1, 3, 2, 5]);
        assert_eq!(choose(&site, 0, 2), [0, 1, 3]);
        assert_eq!(choose(&site, 0, 0), [0]);
    }
}
