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
        eprintln!(
            "{}",
            lang.pick(
                "已中断：报告只包含中断前收集的结果（truncated: true）",
                "interrupted: the report holds only what was gathered before (truncated: true)"
            )
        );
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
        .context(lang.pick("无法启动异步运行时", "cannot start the async runtime"))
}

/// A flag that turns true on the first Ctrl-C (or SIGTERM, which systemd,
/// cron timeouts and `kill` send), so the run can write what it has and
/// leave its crawl resumable; a second signal ends the process at once.
pub fn interrupt_on_ctrl_c(lang: Lang) -> watch::Receiver<bool> {
    let (tx, rx) = watch::channel(false);
    tokio::spawn(async move {
        let mut signals = Stop::new();
        if signals.next().await {
            eprintln!(
                "{}",
                lang.pick(
                    "\n已中断：正在写出已收集的结果（再按一次 Ctrl-C 立即退出；之后可用 --resume 续传）",
                    "\ninterrupted: writing what was gathered (Ctrl-C again to quit now; --resume goes on later)"
                )
            );
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
