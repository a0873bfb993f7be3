//! What the commands that crawl share: the async runtime, and Ctrl-C (or
//! SIGTERM) turned into a flag the crawl watches.

use anyhow::Context;
use tokio::sync::watch;

use crate::exit_codes::Exit;
use crate::i18n::Lang;

/// An interrupted audit wrote a partial report, but did not do its job: a
/// CI gate must not pass on it.
pub fn finished(interrupt: &watch::Receiver<bool>, lang: Lang) -> Exit {
    if *interrupt.borrow() {
        eprintln!("{}", lang.word("runtime-interrupted"));
        Exit::ToolFailed
    } else {
        Exit::Done
    }
}

pub fn runtime(lang: Lang) -> anyhow::Result<tokio::runtime::Runtime> {
    crate::crawl::slots::limit_malloc_arenas();
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context(lang.word("runtime-cannot-start"))
}

/// A flag that turns true on the first Ctrl-C (or SIGTERM, which systemd,
/// cron timeouts and `kill` send), so the run can write what it has and
/// leave its crawl resumable; a second signal ends the process at once.
pub fn interrupt_on_ctrl_c(lang: Lang) -> watch::Receiver<bool> {
    let (tx, rx) = watch::channel(false);
    tokio::spawn(async move {
        let mut signals = Stop::new();
        if signals.next().await {
            eprintln!("\n{}", lang.word("runtime-interrupting"));
            let _ = tx.send(true);
            if signals.next().await {
                std::process::exit(130);
            }
        }
    });
    rx
}

/// Ctrl-C, and SIGTERM where there is one.
struct Stop {
    #[cfg(unix)]
    term: Option<tokio::signal::unix::Signal>,
}

impl Stop {
    fn new() -> Self {
        #[cfg(unix)]
        {
            let term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok();
            Stop { term }
        }
        #[cfg(not(unix))]
        Stop {}
    }

    /// Waits for the next signal; false when none can come.
    async fn next(&mut self) -> bool {
        #[cfg(unix)]
        if let Some(term) = &mut self.term {
            return tokio::select! {
                ctrl_c = tokio::signal::ctrl_c() => ctrl_c.is_ok(),
                term = term.recv() => term.is_some(),
            };
        }
        tokio::signal::ctrl_c().await.is_ok()
    }
}
