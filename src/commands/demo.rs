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
//!
//! The portal and the server live in the `demo` crate (written `::demo`
//! here, which is not this module); this command wires them into the
//! tool's config and pipeline, which the crate must not depend on.

use crate::cli::DemoArgs;
use ::demo::portal;
use ::demo::serve::{Server, closed_port};
use anyhow::Context;
use chrono::NaiveDate;

use super::runtime::{finished, interrupt_on_ctrl_c, runtime};
use crate::config::{self, Config, FileConfig};
use crate::exit_codes::Exit;
use crate::i18n::Lang;
use crate::pipeline::{self, RunOptions, SiteSpec};
use std::net::SocketAddr;
use tokio::sync::watch;

pub fn run(args: DemoArgs, file: FileConfig, lang: Lang, progress: bool) -> anyhow::Result<Exit> {
    let config = config::build(file, &[], &args.common, lang)?;
    if args.serve {
        runtime(lang)?.block_on(serve(&config, args.port))?;
        return Ok(Exit::Done);
    }
    runtime(lang)?.block_on(async {
        let interrupt = interrupt_on_ctrl_c(lang);
        audit_demo(config, progress, interrupt.clone()).await?;
        Ok(finished(&interrupt, lang))
    })
}

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

fn cannot_serve(lang: Lang) -> String {
    lang.word("demo-cannot-serve")
}

fn local(port: u16) -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], port))
}

/// Starts the portal (at `port`, 0 for a free one) and its neighbours.
async fn start(as_of: NaiveDate, port: u16, lang: Lang) -> anyhow::Result<Served> {
    let world = portal::world(as_of);
    let site = Server::start(world.portal, local(port)).await.with_context(|| {
        lang.word_with("demo-cannot-serve-at", &[("address", local(port).to_string().into())])
    })?;
    let mut neighbours = Vec::new();
    for (host, served) in world.hosts {
        let server = Server::start(served, local(0)).await.context(cannot_serve(lang))?;
        neighbours.push((host, server));
    }
    let gone = local(closed_port().context(cannot_serve(lang))?);
    Ok(Served { site, neighbours, dead_hosts: world.dead_hosts, departments: world.departments, gone })
}

fn announce(site: &Server, lang: Lang) {
    crate::outln!(lang, "{}\n", lang.word_with("demo-serving", &[("url", site.url("/").to_string().into())]));
}

/// Serves the portal and its neighbours, audits it, prints where the
/// reports are. The servers stop when this returns.
async fn audit_demo(
    mut config: Config,
    progress: bool,
    interrupt: watch::Receiver<bool>,
) -> anyhow::Result<()> {
    let lang = config.lang;
    let served = start(config.as_of, 0, lang).await?;
    for (host, server) in &served.neighbours {
        config.crawl.resolve.insert(host.clone(), server.addr);
    }
    for host in &served.dead_hosts {
        config.crawl.resolve.insert(host.clone(), served.gone);
    }
    // The portal keeps a closed 2019 topic (历史专题): declared exempt, as
    // a county office would in its govaudit.toml.
    config.audit.exempt.push(checks::model::settings::UrlPrefix(portal::EXEMPT_TOPICS.to_owned()));
    // Its 领导信息 is checked against the leader list the office keeps
    // beside its govaudit.toml (`[content] leaders`), read as that file is.
    config.audit.leaders =
        crate::leaders_file::parse(&portal::leader_list(config.as_of), "leaders.csv", lang)?;
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
        // The county's leader list is the portal's, not a department's.
        dept_config.audit.leaders.clear();
        let label = format!("demo-{}", url.host_str().unwrap_or("dept"));
        specs.push(SiteSpec { url, label, name: None, config: dept_config });
    }
    announce(&served.site, lang);
    // The sample portal is not the user's: its runs stay out of the history.
    let options = RunOptions {
        progress,
        sites_at_once: 1,
        ranking: Some("demo-ranking".to_owned()),
        db: None,
        start: Default::default(),
    };
    pipeline::run(specs, &options, interrupt).await?;
    crate::outln!(lang, "\n{}", lang.word("demo-tip-explain"));
    Ok(())
}

/// `demo --serve`: serves the portal (at `port`, or a free port) and its
/// neighbours without auditing, until Ctrl-C.
///
/// A browser cannot resolve the neighbours' names to their local servers,
/// so they are listed: `crawl.resolve` in a govaudit.toml (or curl's
/// `--resolve`) reaches them.
async fn serve(config: &Config, port: Option<u16>) -> anyhow::Result<()> {
    let lang = config.lang;
    // Listen for Ctrl-C before the address is printed: a script (or a
    // test) that stops the server as soon as it sees the address must find
    // the handler in place, or the signal kills the process instead.
    #[cfg(unix)]
    let mut interrupt = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::interrupt())
        .context(lang.word("demo-cannot-wait-for-ctrl-c"))?;
    let served = start(config.as_of, port.unwrap_or(0), lang).await?;
    announce(&served.site, lang);
    crate::outln!(lang, "{}", lang.word("demo-neighbours"));
    for (host, server) in &served.neighbours {
        crate::outln!(lang, "  {host:<24} {}", server.addr);
    }
    for host in &served.dead_hosts {
        let gone = lang.word_with("demo-dead-host", &[("address", served.gone.to_string().into())]);
        crate::outln!(lang, "  {host:<24} {gone}");
    }
    crate::outln!(lang, "\n{}", lang.word("demo-press-ctrl-c"));
    #[cfg(unix)]
    interrupt.recv().await;
    #[cfg(not(unix))]
    tokio::signal::ctrl_c().await.context(lang.word("demo-cannot-wait-for-ctrl-c"))?;
    eprintln!("{}", lang.word("demo-stopped"));
    Ok(())
}
