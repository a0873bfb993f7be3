//! The one headless browser of govaudit: Chromium driven over the DevTools
//! protocol (the `chromiumoxide` crate), for pages whose content only a
//! browser can build. The crawl uses it to read the lists no reader of
//! `checks::facts::html::scripted` could (`--render`); the accessibility checks
//! that need computed styles are meant to reuse it, so everything about
//! launching, pacing and intercepting lives here. With `--render` it also
//! runs axe-core on the home page and sampled pages ([`a11y`], [`axe`]).
//!
//! Every request the browser wants to send is paused and put to the
//! caller's [`Gate`] (robots.txt, the crawl's scope) and to the host's
//! pace (the crawl's per-host delay, and at most `per_host` requests of a
//! host started per delay period); refused ones fail as "blocked by
//! client". Images, media and fonts are never fetched: a list does not
//! need them. A page is read once the network has been idle for
//! [`IDLE`], or when its time budget runs out, whichever comes first.

pub mod a11y;
pub mod axe;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chromiumoxide::browser::{Browser, BrowserConfig};
use chromiumoxide::cdp::browser_protocol::fetch::{
    ContinueRequestParams, EventRequestPaused, FailRequestParams,
};
use chromiumoxide::cdp::browser_protocol::network::{ErrorReason, ResourceType};
use futures::StreamExt;
use url::Url;

/// Quiet time after the last request that counts as "network idle".
pub const IDLE: Duration = Duration::from_millis(500);

/// Flags that keep a headless Chromium from phoning home or failing in a
/// container (no GPU, no sandbox as root, a fresh profile each run).
const FLAGS: &[&str] = &[
    "disable-gpu",
    "disable-quic",
    "no-first-run",
    "disable-background-networking",
    "disable-component-update",
    "disable-sync",
    "disable-extensions",
    "mute-audio",
    // Chromium upgrades an http:// navigation to https:// by itself; the
    // page is the one the crawl read, at its own scheme (and the robots.txt
    // rules the gate holds are per origin).
    "disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable",
];

/// Where Chromium is looked for, in order; `GOVAUDIT_CHROMIUM` first.
const EXECUTABLES: &[&str] = &[
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
];

/// Decides whether the browser may send a request (robots.txt, scope).
pub type Gate = Arc<dyn Fn(&Url) -> bool + Send + Sync>;

/// The crawl's rules for the browser: no excluded URL; robots.txt of the
/// hosts the crawl knows (`rules`, by origin); of a host it never met,
/// only scripts and style sheets, as a page's own assets.
pub fn gate(rules: Arc<HashMap<String, super::robots::Rules>>, exclude: Vec<regex::Regex>) -> Gate {
    Arc::new(move |url| {
        if exclude.iter().any(|re| re.is_match(url.as_str())) {
            return false;
        }
        match rules.get(&url.origin().ascii_serialization()) {
            Some(rules) => rules.allows(url),
            None => [".js", ".css"].iter().any(|ext| url.path().ends_with(ext)),
        }
    })
}

/// Chromium failed to start earlier in this run (and said so): the next
/// pass that wants it need not try, nor say it again.
static LAUNCH_FAILED: AtomicBool = AtomicBool::new(false);

pub fn failed_to_launch() -> bool {
    LAUNCH_FAILED.load(Ordering::Relaxed)
}

/// How the browser behaves.
#[derive(Clone, Debug)]
pub struct BrowserSettings {
    pub user_agent: String,
    /// The longest one page may take, from navigation to reading.
    pub budget: Duration,
    /// The least time between two request starts to one host.
    pub delay: Duration,
    pub per_host: usize,
    /// Host names answered from this table instead of DNS, as the crawl
    /// answers them (`[crawl.resolve]`).
    pub resolve: std::collections::BTreeMap<String, std::net::SocketAddr>,
}

/// A page as the browser rendered it.
pub struct Rendered {
    /// The DOM serialised after scripts ran.
    pub html: String,
    /// Requests the browser sent, and those refused.
    pub requests: u32,
    pub refused: u32,
    /// The budget ran out before the network went idle.
    pub cut: bool,
}

/// A running headless Chromium.
pub struct Renderer {
    browser: Browser,
    handler: tokio::task::JoinHandle<()>,
    settings: BrowserSettings,
    pacer: Arc<Mutex<Pacer>>,
    /// Removed when the renderer is dropped.
    _profile: tempfile::TempDir,
}

/// The Chromium executable, if one is installed.
pub fn find_chromium() -> Option<PathBuf> {
    let from_env = std::env::var_os("GOVAUDIT_CHROMIUM").map(PathBuf::from);
    from_env.into_iter().chain(EXECUTABLES.iter().map(PathBuf::from)).find(|p| p.is_file())
}

impl Renderer {
    /// Starts Chromium; `Err` says why it could not (not installed, failed).
    pub async fn launch(settings: BrowserSettings) -> Result<Renderer, String> {
        let launched = Self::start(settings).await;
        if launched.is_err() {
            LAUNCH_FAILED.store(true, Ordering::Relaxed);
        }
        launched
    }

    async fn start(settings: BrowserSettings) -> Result<Renderer, String> {
        let executable = find_chromium().ok_or_else(|| "Chromium not found".to_owned())?;
        let profile = tempfile::tempdir().map_err(|e| e.to_string())?;
        let mut flags: Vec<String> = FLAGS.iter().map(|f| (*f).to_owned()).collect();
        if !settings.resolve.is_empty() {
            let rules: Vec<String> =
                settings.resolve.iter().map(|(host, addr)| format!("MAP {host} {addr}")).collect();
            flags.push(format!("host-resolver-rules={}", rules.join(",")));
        }
        let config = BrowserConfig::builder()
            .chrome_executable(executable)
            .disable_default_args()
            .args(flags)
            .no_sandbox()
            .user_data_dir(profile.path())
            .enable_request_intercept()
            .disable_cache()
            .launch_timeout(Duration::from_secs(30))
            // A desktop window: portals are laid out for one, and what axe
            // measures (contrast over what, what scrolls) follows the layout.
            .viewport(chromiumoxide::handler::viewport::Viewport {
                width: 1280,
                height: 800,
                ..Default::default()
            })
            .build()?;
        let (browser, mut handler) = Browser::launch(config).await.map_err(|e| e.to_string())?;
        let handler = tokio::spawn(async move {
            while let Some(event) = handler.next().await {
                if event.is_err() {
                    break;
                }
            }
        });
        let pacer = Arc::new(Mutex::new(Pacer::default()));
        Ok(Renderer { browser, handler, settings, pacer, _profile: profile })
    }

    /// Opens `url`, lets its scripts run until the network is idle or the
    /// budget is spent, and returns the DOM.
    pub async fn render(&self, url: &Url, gate: Gate) -> Result<Rendered, String> {
        let visit = self.open(url, gate).await?;
        let html = visit.page.content().await.map_err(|e| e.to_string());
        let (requests, refused, cut) = visit.close().await;
        Ok(Rendered { html: html?, requests, refused, cut })
    }

    /// Opens `url` in a new tab and waits until the network is idle or the
    /// budget is spent: the page as a reader would see it, for the caller
    /// to read, then [`Visit::close`].
    pub(crate) async fn open(&self, url: &Url, gate: Gate) -> Result<Visit, String> {
        let page = Arc::new(self.browser.new_page("about:blank").await.map_err(|e| e.to_string())?);
        page.set_user_agent(self.settings.user_agent.as_str()).await.map_err(|e| e.to_string())?;
        let mut paused = page.event_listener::<EventRequestPaused>().await.map_err(|e| e.to_string())?;
        let last_activity = Arc::new(Mutex::new(Instant::now()));
        let (sent, refused) = (Arc::new(AtomicU32::new(0)), Arc::new(AtomicU32::new(0)));
        let intercept = {
            let (page, last_activity, sent, refused) =
                (Arc::clone(&page), Arc::clone(&last_activity), Arc::clone(&sent), Arc::clone(&refused));
            let (pacer, settings) = (Arc::clone(&self.pacer), self.settings.clone());
            tokio::spawn(async move {
                while let Some(event) = paused.next().await {
                    if let Ok(mut at) = last_activity.lock() {
                        *at = Instant::now();
                    }
                    let allowed = Url::parse(&event.request.url)
                        .ok()
                        .filter(|u| !unneeded(&event.resource_type) && matches!(u.scheme(), "http" | "https"))
                        .filter(|u| gate(u));
                    let Some(target) = allowed else {
                        refused.fetch_add(1, Ordering::Relaxed);
                        let fail =
                            FailRequestParams::new(event.request_id.clone(), ErrorReason::BlockedByClient);
                        let _ = page.execute(fail).await;
                        continue;
                    };
                    let wait = pacer.lock().map(|mut p| p.reserve(&target, &settings)).unwrap_or_default();
                    let (page, sent) = (Arc::clone(&page), Arc::clone(&sent));
                    tokio::spawn(async move {
                        tokio::time::sleep(wait).await;
                        sent.fetch_add(1, Ordering::Relaxed);
                        let _ = page.execute(ContinueRequestParams::new(event.request_id.clone())).await;
                    });
                }
            })
        };
        let started = Instant::now();
        let budget = self.settings.budget;
        let navigated = tokio::time::timeout(budget, page.goto(url.as_str()))
            .await
            .map(|went| went.map(|_| ()).map_err(|e| e.to_string()));
        let mut visit = Visit { page, intercept, sent, refused, cut: navigated.is_err() };
        if let Ok(Err(e)) = navigated {
            visit.close().await;
            return Err(e);
        }
        loop {
            let quiet = last_activity.lock().map(|at| at.elapsed() >= IDLE).unwrap_or(true);
            if quiet {
                break;
            }
            if started.elapsed() >= budget {
                visit.cut = true;
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Ok(visit)
    }

    /// Closes the browser and waits for it to exit.
    pub async fn close(mut self) {
        let _ = self.browser.close().await;
        let _ = self.browser.wait().await;
        self.handler.abort();
    }
}

/// A page open in the browser, its requests still intercepted.
pub(crate) struct Visit {
    pub(crate) page: Arc<chromiumoxide::Page>,
    intercept: tokio::task::JoinHandle<()>,
    sent: Arc<AtomicU32>,
    refused: Arc<AtomicU32>,
    /// The budget ran out before the network went idle.
    pub(crate) cut: bool,
}

impl Visit {
    /// Stops intercepting and closes the tab; returns the requests sent
    /// and refused, and whether the budget cut the page.
    pub(crate) async fn close(self) -> (u32, u32, bool) {
        self.intercept.abort();
        // Cancelled for sure, so the gate it holds is released.
        let _ = self.intercept.await;
        if let Ok(page) = Arc::try_unwrap(self.page) {
            let _ = page.close().await;
        }
        (self.sent.load(Ordering::Relaxed), self.refused.load(Ordering::Relaxed), self.cut)
    }
}

/// Resources a list never needs; not fetching them spares the site.
fn unneeded(kind: &ResourceType) -> bool {
    matches!(kind, ResourceType::Image | ResourceType::Media | ResourceType::Font)
}

/// Per-host request starts, spaced as the crawl spaces its own.
#[derive(Default)]
struct Pacer {
    /// Per host: the starts of its latest requests.
    starts: HashMap<String, Vec<Instant>>,
}

impl Pacer {
    /// How long to hold a request to `url` so that its host sees requests
    /// at least `delay` apart, and no more than `per_host` start within
    /// any one second; the slot is taken.
    fn reserve(&mut self, url: &Url, settings: &BrowserSettings) -> Duration {
        let now = Instant::now();
        let starts = self.starts.entry(url.origin().ascii_serialization()).or_default();
        starts.retain(|s| *s + Duration::from_secs(1) > now);
        let after_delay = starts.last().map_or(now, |last| (*last + settings.delay).max(now));
        let after_window = match starts.len().checked_sub(settings.per_host.max(1)) {
            Some(i) => (starts[i] + Duration::from_secs(1)).max(now),
            None => now,
        };
        let at = after_delay.max(after_window);
        starts.push(at);
        at - now
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(delay_ms: u64, per_host: usize) -> BrowserSettings {
        BrowserSettings {
            user_agent: "t".into(),
            budget: Duration::from_secs(1),
            delay: Duration::from_millis(delay_ms),
            per_host,
            resolve: Default::default(),
        }
    }

    #[test]
    fn requests_to_one_host_are_paced() {
        let mut pacer = Pacer::default();
        let a = Url::parse("http://a.gov.cn/x.js").unwrap();
        let b = Url::parse("http://b.gov.cn/x.js").unwrap();
        let s = settings(200, 4);
        assert_eq!(pacer.reserve(&a, &s), Duration::ZERO);
        let second = pacer.reserve(&a, &s);
        assert!(second > Duration::from_millis(150), "{second:?}");
        assert_eq!(pacer.reserve(&b, &s), Duration::ZERO, "another host waits for nothing");
        let mut pacer = Pacer::default();
        let s = settings(0, 2);
        let waits: Vec<Duration> = (0..3).map(|_| pacer.reserve(&a, &s)).collect();
        assert!(
            waits[0].is_zero() && waits[1].is_zero() && waits[2] > Duration::from_millis(900),
            "{waits:?}"
        );
    }
}
