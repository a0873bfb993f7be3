//! The language of text meant for people lives in the `words` crate, with
//! the translation files; `checks::Lang` and `checks::lang::Lang` stay the
//! names the checks use.

pub use words::Lang;
