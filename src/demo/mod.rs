//! `govaudit demo`: the embedded sample county portal, served on 127.0.0.1
//! at a free port and audited like any real site.
//!
//! The portal links to other hosts too (the national portal, WeChat, an old
//! topic site that is gone). Each is served by a local server of its own
//! and the crawler resolves those names to it (`crawl.resolve`), so the demo
//! shows external-link checking without a single request leaving the
//! machine; the "gone" hosts resolve to a closed local port.

pub mod portal;

use std::net::SocketAddr;

use anyhow::Context;
use tokio::sync::watch;

use crate::config::Config;
use crate::i18n::tr;
use crate::pipeline::{self, RunOptions};
use crate::serve::{Server, closed_port};

/// Serves the portal and its neighbours, audits it, prints where the
/// reports are. The servers stop when this returns.
pub async fn run(mut config: Config, progress: bool, interrupt: watch::Receiver<bool>) -> anyhow::Result<()> {
    let world = portal::world(config.as_of);
    let local = |port| SocketAddr::from(([127, 0, 0, 1], port));
    let cannot_serve =
        || tr("无法在 127.0.0.1 上启动示例网站", "cannot serve the sample portal on 127.0.0.1");
    let site = Server::start(world.portal, local(0)).await.with_context(cannot_serve)?;
    let mut neighbours = Vec::new();
    for (host, served) in world.hosts {
        let server = Server::start(served, local(0)).await.with_context(cannot_serve)?;
        config.crawl.resolve.insert(host, server.addr);
        neighbours.push(server);
    }
    let gone = local(closed_port().with_context(cannot_serve)?);
    for host in world.dead_hosts {
        config.crawl.resolve.insert(host, gone);
    }
    config.urls = vec![url::Url::parse(&site.url("/")).context("demo URL")?];
    // The portal keeps a closed 2019 topic (历史专题): declared exempt, as
    // a county office would in its govaudit.toml.
    config.audit.exempt.push(checks::settings::UrlPrefix(portal::EXEMPT_TOPICS.to_owned()));
    println!(
        "{} {}\n",
        tr(
            "示例网站（清溪县人民政府）已在本机启动：",
            "The sample portal (清溪县人民政府) is being served at"
        ),
        site.url("/")
    );
    let options = RunOptions { progress, label: Some("demo".into()) };
    pipeline::run(&config, &options, interrupt).await?;
    println!(
        "\n{}",
        tr(
            "提示：用 govaudit explain <检查项> 查看每项检查的依据和修复方法。",
            "Tip: govaudit explain <check-id> prints what a check looks at and how to fix what it finds."
        )
    );
    Ok(())
}
