//! `govaudit demo`: the embedded sample county portal, served on 127.0.0.1
//! at a free port and audited like any real site. `govaudit demo --serve`
//! only serves it, until Ctrl-C, for a person to look at in a browser or
//! for another tool to audit (`bench/axe/` runs axe-core over it).
//!
//! The portal links to other hosts too (the national portal, WeChat, an old
//! topic site that is gone). Each is served by a local server of its own
//! and the crawler resolves those names to it (`crawl.resolve`), so the demo
//! shows external-link checking without a single request leaving the
//! machine; the "gone" hosts resolve to a closed local port.

pub mod portal;

use std::net::SocketAddr;

use anyhow::Context;
use chrono::NaiveDate;
use tokio::sync::watch;

use crate::config::Config;
use crate::i18n::tr;
use crate::pipeline::{self, RunOptions, SiteSpec};
use crate::serve::{Server, closed_port};

/// The portal and its neighbour hosts, each on its own local server; they
/// stop when this is dropped.
struct Served {
    site: Server,
    /// Each neighbour's host name and the server that answers for it.
    neighbours: Vec<(String, Server)>,
    /// Host names that must look dead, and the closed port they resolve to.
    dead_hosts: Vec<String>,
    /// Department sites audited after the portal.
    departments: Vec<(String, checks::score::SiteKind)>,
    gone: SocketAddr,
}

fn cannot_serve() -> &'static str {
    tr("无法在 127.0.0.1 上启动示例网站", "cannot serve the sample portal on 127.0.0.1")
}

fn local(port: u16) -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], port))
}

/// Starts the portal (at `port`, 0 for a free one) and its neighbours.
async fn start(as_of: NaiveDate, port: u16) -> anyhow::Result<Served> {
    let world = portal::world(as_of);
    let site = Server::start(world.portal, local(port))
        .await
        .with_context(|| format!("{} ({})", cannot_serve(), local(port)))?;
    let mut neighbours = Vec::new();
    for (host, served) in world.hosts {
        let server = Server::start(served, local(0)).await.context(cannot_serve())?;
        neighbours.push((host, server));
    }
    let gone = local(closed_port().context(cannot_serve())?);
    Ok(Served { site, neighbours, dead_hosts: world.dead_hosts, departments: world.departments, gone })
}

fn announce(site: &Server) {
    crate::outln!(
        "{} {}\n",
        tr(
            "示例网站（清溪县人民政府）已在本机启动：",
            "The sample portal (清溪县人民政府) is being served at"
        ),
        site.url("/")
    );
}

/// Serves the portal and its neighbours, audits it, prints where the
/// reports are. The servers stop when this returns.
pub async fn run(mut config: Config, progress: bool, interrupt: watch::Receiver<bool>) -> anyhow::Result<()> {
    let served = start(config.as_of, 0).await?;
    for (host, server) in &served.neighbours {
        config.crawl.resolve.insert(host.clone(), server.addr);
    }
    for host in &served.dead_hosts {
        config.crawl.resolve.insert(host.clone(), served.gone);
    }
    // The portal keeps a closed 2019 topic (历史专题): declared exempt, as
    // a county office would in its govaudit.toml.
    config.audit.exempt.push(checks::model::settings::UrlPrefix(portal::EXEMPT_TOPICS.to_owned()));
    let portal_url = url::Url::parse(&served.site.url("/")).context("demo URL")?;
    config.urls = vec![portal_url.clone()];
    let mut specs =
        vec![SiteSpec { url: portal_url, label: "demo".to_owned(), name: None, config: config.clone() }];
    // Then the department and township sites, as a county office audits
    // them too, scored as what they are, and ranked with the portal.
    for (dept, kind) in &served.departments {
        let url = url::Url::parse(dept).context("demo URL")?;
        let mut dept_config = config.clone();
        dept_config.profile.kind = *kind;
        let label = format!("demo-{}", url.host_str().unwrap_or("dept"));
        specs.push(SiteSpec { url, label, name: None, config: dept_config });
    }
    announce(&served.site);
    // The sample portal is not the user's: its runs stay out of the history.
    let options = RunOptions {
        progress,
        sites_at_once: 1,
        ranking: Some("demo-ranking".to_owned()),
        db: None,
        start: Default::default(),
    };
    pipeline::run(specs, &options, interrupt).await?;
    crate::outln!(
        "\n{}",
        tr(
            "提示：用 govaudit explain <检查项> 查看每项检查的依据和修复方法。",
            "Tip: govaudit explain <check-id> prints what a check looks at and how to fix what it finds."
        )
    );
    Ok(())
}

/// `demo --serve`: serves the portal (at `port`, or a free port) and its
/// neighbours without auditing, until Ctrl-C.
///
/// A browser cannot resolve the neighbours' names to their local servers,
/// so they are listed: `crawl.resolve` in a govaudit.toml (or curl's
/// `--resolve`) reaches them.
pub async fn serve(config: &Config, port: Option<u16>) -> anyhow::Result<()> {
    // Listen for Ctrl-C before the address is printed: a script (or a
    // test) that stops the server as soon as it sees the address must find
    // the handler in place, or the signal kills the process instead.
    #[cfg(unix)]
    let mut interrupt = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::interrupt())
        .context(tr("无法等待 Ctrl-C", "cannot wait for Ctrl-C"))?;
    let served = start(config.as_of, port.unwrap_or(0)).await?;
    announce(&served.site);
    crate::outln!(
        "{}",
        tr("门户链接到的其他网站，在本机的地址：", "Other sites the portal links to, served locally:")
    );
    for (host, server) in &served.neighbours {
        crate::outln!("  {host:<24} {}", server.addr);
    }
    for host in &served.dead_hosts {
        crate::outln!(
            "  {host:<24} {} ({})",
            served.gone,
            tr("已关闭，模拟失效网站", "closed: a site that is gone")
        );
    }
    crate::outln!("\n{}", tr("按 Ctrl-C 停止。", "Press Ctrl-C to stop."));
    #[cfg(unix)]
    interrupt.recv().await;
    #[cfg(not(unix))]
    tokio::signal::ctrl_c().await.context(tr("无法等待 Ctrl-C", "cannot wait for Ctrl-C"))?;
    eprintln!("{}", tr("示例网站已停止。", "The sample portal has stopped."));
    Ok(())
}
