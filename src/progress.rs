//! The progress line on stderr while a crawl runs (indicatif), shown only
//! when stderr is a terminal and `-q` was not given, so logs and CI output
//! stay clean.

use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::i18n::Lang;

/// What the crawl reports as it goes.
pub struct Snapshot {
    pub pages: usize,
    pub queued: usize,
    pub checked: usize,
    pub failed: usize,
    pub elapsed: Duration,
}

pub struct Progress {
    bar: Option<ProgressBar>,
    lang: Lang,
}

impl Progress {
    /// A progress line, or nothing when `enabled` is false or stderr is not
    /// a terminal.
    pub fn new(enabled: bool, lang: Lang) -> Self {
        let target = ProgressDrawTarget::stderr();
        if !enabled || target.is_hidden() {
            return Progress { bar: None, lang };
        }
        let bar = ProgressBar::with_draw_target(None, target);
        bar.set_style(
            ProgressStyle::with_template("{spinner} {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        bar.enable_steady_tick(Duration::from_millis(120));
        Progress { bar: Some(bar), lang }
    }

    pub fn hidden() -> Self {
        Progress { bar: None, lang: Lang::default() }
    }

    pub fn update(&self, s: &Snapshot) {
        let Some(bar) = &self.bar else { return };
        let lang = self.lang;
        let rate = s.pages as f64 / s.elapsed.as_secs_f64().max(0.001);
        bar.set_message(lang.word_with(
            "progress-crawl",
            &[
                ("pages", s.pages.into()),
                ("queued", s.queued.into()),
                ("checked", s.checked.into()),
                ("errors", s.failed.into()),
                ("rate", format!("{rate:.1}").into()),
            ],
        ));
    }

    /// Stops the spinner and leaves the last line standing: the crawl's
    /// one-line summary.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish();
            // The spinner leaves the cursor at the end of its line.
            eprintln!();
        }
    }
}
