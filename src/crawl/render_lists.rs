//! `--render`: once every page is read, the column pages whose list is
//! still empty (a script builds it and no reader of
//! `checks::facts::html::scripted` could read it, or a declared column shows
//! nothing) are opened in headless Chromium, at most
//! [`MAX_RENDERED_PAGES`] per site, and their lists read from the
//! rendered DOM like any page's. Their items join the page's (and are
//! then requested and checked); the column says it was read `rendered`.
//!
//! The browser's requests go through the crawl's rules: robots.txt of the
//! hosts the crawl knows, its exclusions, and its per-host pace (see
//! `crate::crawl::render`). A host the crawl never met is only asked for scripts
//! and style sheets, as a page's own assets.

use std::collections::HashMap;
use std::sync::Arc;

use checks::facts::crawl::PageFacts;
use checks::facts::html::PageInput;
use checks::facts::html::scripted::ListSource;

use super::robots::Rules;
use super::{Frontier, RobotsState};
use crate::crawl::render::{BrowserSettings, Renderer};

/// Most pages rendered per site: a browser costs a hundred requests where
/// the crawl sends one.
pub const MAX_RENDERED_PAGES: usize = 30;

/// A page's time budget in the browser.
const PAGE_BUDGET: std::time::Duration = std::time::Duration::from_secs(15);

/// A list page with nothing read: what rendering may fill.
fn unread_list(page: &PageFacts) -> bool {
    !page.placement.article
        && page.items.is_empty()
        && !page.says_empty
        && (!page.built_by.is_empty() || page.placement.column_name.is_some())
}

impl Frontier<'_> {
    /// Renders the unread list pages, once per crawl; true when items were
    /// found and queued, so the crawl goes on with them.
    pub(super) async fn render_unread_lists(
        &mut self,
        interrupt: &tokio::sync::watch::Receiver<bool>,
    ) -> bool {
        if std::mem::replace(&mut self.render_done, true) {
            return false;
        }
        let root = self.root;
        let candidates: Vec<usize> = (0..self.pages.len())
            .filter(|&i| self.pages[i].target != root && unread_list(&self.pages[i]))
            .take(MAX_RENDERED_PAGES)
            .collect();
        if candidates.is_empty() || !self.settings.render {
            return false;
        }
        let settings = BrowserSettings {
            user_agent: self.settings.user_agent.clone(),
            budget: PAGE_BUDGET.max(self.settings.timeout),
            delay: self.settings.delay,
            per_host: self.settings.per_host,
            resolve: self.settings.resolve.clone(),
        };
        let renderer = match Renderer::launch(settings).await {
            Ok(renderer) => renderer,
            Err(why) => {
                let n = candidates.len();
                let lang = self.settings.page_options.lang;
                eprintln!(
                    "{}",
                    lang.word_with("render-cannot-start", &[("reason", why.into()), ("pages", n.into())])
                );
                return false;
            }
        };
        // The frontier is idle while the browser works: its robots rules
        // are lent to the gate and given back afterwards.
        let mut lent: HashMap<String, Rules> = HashMap::new();
        for host in &mut self.hosts {
            if let RobotsState::Ready(_) = host.robots
                && let RobotsState::Ready(rules) = std::mem::replace(&mut host.robots, RobotsState::Pending)
            {
                lent.insert(host.origin.origin().ascii_serialization(), rules);
            }
        }
        let lent = Arc::new(lent);
        let gate = crate::crawl::render::gate(Arc::clone(&lent), self.settings.exclude.clone());
        let mut found = false;
        for page in candidates {
            if *interrupt.borrow() {
                break;
            }
            let target = self.pages[page].target;
            let Ok(url) = url::Url::parse(&self.targets[target as usize].url) else { continue };
            let rendered = match renderer.render(&url, Arc::clone(&gate)).await {
                Ok(rendered) => rendered,
                Err(e) => {
                    tracing::warn!("{url}: could not be rendered: {e}");
                    continue;
                }
            };
            self.counters.requests += u64::from(rendered.requests);
            let input = PageInput {
                url: &url,
                html: &rendered.html,
                encoding: encoding_rs::UTF_8,
                normalizer: self.fetcher.normalizer(),
                home: false,
                options: &self.settings.page_options,
                stylesheets: checks::facts::css::LinkedSheets::none(),
            };
            let items = checks::registry::analyze(&input).items;
            if items.is_empty() {
                continue;
            }
            let depth = self.meta[target as usize].depth;
            self.attach_items(page, depth, items);
            let built_by = &mut self.pages[page].built_by;
            built_by.push(ListSource::Rendered);
            built_by.sort();
            built_by.dedup();
            found = true;
        }
        drop(gate);
        renderer.close().await;
        match Arc::try_unwrap(lent) {
            Ok(mut lent) => {
                for host in &mut self.hosts {
                    if let Some(rules) = lent.remove(&host.origin.origin().ascii_serialization()) {
                        host.robots = RobotsState::Ready(rules);
                    }
                }
                found
            }
            Err(_) => {
                // Cannot happen once the browser is closed; without its
                // rules the crawl must not ask those hosts anything more.
                tracing::error!("robots.txt rules still held after rendering; not following rendered items");
                false
            }
        }
    }
}
