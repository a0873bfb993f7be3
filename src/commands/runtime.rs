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

/// How long a finished command waits for blocking work still running: an
/// attachment reader past its budget (a parser stuck in a hostile file
/// reads on, as a thread cannot be stopped) must not hold the process
/// open once the reports are written.
const LEFT_BEHIND: std::time::Duration = std::time::Duration::from_secs(1);

/// The async runtime of a command. Dropped, it waits at most
/// [`LEFT_BEHIND`] for blocking work (tokio's own drop waits for ever).
pub struct Runtime(Option<tokio::runtime::Runtime>);

impl Runtime {
    pub fn block_on<F: std::future::Future>(&self, work: F) -> F::Output {
        match &self.0 {
            Some(runtime) => runtime.block_on(work),
            None => unreachable!("the runtime is only taken when dropped"),
        }
    }
}

impl Drop for Runtime {
    fn drop(&mut self) {
        if let Some(runtime) = self.0.take() {
            runtime.shutdown_timeout(LEFT_BEHIND);
        }
    }
}

pub fn runtime(lang: Lang) -> anyhow::Result<Runtime> {
    crate::crawl::slots::limit_malloc_arenas();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context(lang.word("runtime-cannot-start"))?;
    Ok(Runtime(Some(runtime)))
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

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use super::*;

    #[test]
    fn a_stuck_blocking_reader_does_not_hold_the_command_open() {
        let started = Instant::now();
        {
            let runtime = runtime(Lang::En).unwrap();
            runtime.block_on(async {
                // As an extraction stuck in a hostile file: the crawl stopped
                // waiting for it, the thread reads on.
                drop(tokio::task::spawn_blocking(|| std::thread::sleep(Duration::from_secs(30))));
            });
        }
        assert!(started.elapsed() < Duration::from_secs(10), "waited {:?}", started.elapsed());
    }
}
