//! The language of text meant for people (reports, finding details, check
//! docs, messages).
//!
//! Chinese is the default because the readers are county offices and
//! inspectors; English is there for everyone else. Identifiers and the JSON
//! contract never change with the language.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::bundles;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    /// Every language, in the order reports list them.
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    /// The folder of this language's translation files, `words/locales/<code>/`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// Picks the text for this language, for bilingual text written beside
    /// its owner rather than in the translation files: a check's title and
    /// docs (in its file, beside its rule) and a rubric file's own titles.
    /// Sentences the code builds go in the files.
    pub fn pick<'a>(self, zh: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }

    /// The message `id` (or `id.attribute`) in this language. An id missing
    /// from the files is a bug the `words` tests catch; should one slip
    /// through, the id itself is shown rather than a panic.
    pub fn word(self, id: &str) -> String {
        bundles::format(self, id, &[])
    }

    /// The message `id` with its variables filled in, as
    /// `lang.word_with("html-group-count", &[("count", n.into())])`.
    pub fn word_with(self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        bundles::format(self, id, args)
    }
}

/// A value for a message variable: text, or a whole number (Fluent picks
/// plural forms by it, `1 finding` / `2 findings`). There is no fractional
/// number on purpose: Fluent would print `0.1 + 0.2` as
/// `0.30000000000000004`, so points and percentages are formatted by the
/// caller as they always were and passed as text.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    Number(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(text))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Arg::Text(Cow::Borrowed(text))
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Arg::Text(Cow::Owned(text))
    }
}

macro_rules! whole_numbers {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                // Counts in a report are far below i64::MAX; saturate rather
                // than wrap should one ever not be.
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}

whole_numbers!(u8, u16, u32, u64, usize, i32, i64);
