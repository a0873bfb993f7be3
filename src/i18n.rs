//! The language of messages for people, chosen once at start-up.
//!
//! A process-wide setting rather than a parameter threaded everywhere: it
//! is set while the command line and config are read, before any output.

use std::sync::atomic::{AtomicBool, Ordering};

pub use checks::Lang;

static ENGLISH: AtomicBool = AtomicBool::new(false);

pub fn set(lang: Lang) {
    ENGLISH.store(lang == Lang::En, Ordering::Relaxed);
}

pub fn lang() -> Lang {
    if ENGLISH.load(Ordering::Relaxed) { Lang::En } else { Lang::Zh }
}

/// Picks the text for the current language.
pub fn tr<'a>(zh: &'a str, en: &'a str) -> &'a str {
    lang().pick(zh, en)
}

/// The language asked for by `GOVAUDIT_LANG`: English when it starts with
/// "en", Chinese otherwise. `LANG` is deliberately not read: the users'
/// machines are often set to English while the reports must stay Chinese.
pub fn from_env() -> Option<Lang> {
    let value = std::env::var("GOVAUDIT_LANG").ok()?;
    Some(if value.to_ascii_lowercase().starts_with("en") { Lang::En } else { Lang::Zh })
}
