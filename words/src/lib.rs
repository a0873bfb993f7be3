//! The words govaudit shows people, written once per language.
//!
//! The sentences live in Project Fluent translation files
//! (`words/locales/<lang>/<area>.ftl`), one file per area of the tool
//! (`reports.ftl`…), so a translator can fix a sentence without reading
//! Rust. The files are embedded in the binary and parsed once. Code asks a
//! [`Lang`] for a message by id: [`Lang::word`], or [`Lang::word_with`] when
//! the sentence has variables. The language is always passed along as a
//! value; nothing here holds a current language.
//!
//! This crate sits at the bottom of the workspace: `checks`, `reports` and
//! the binary all depend on it, and it depends on none of them.

mod bundles;
mod lang;

pub use bundles::sources;
pub use lang::{Arg, Lang};
