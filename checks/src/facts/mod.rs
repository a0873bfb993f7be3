//! Facts: what a page or an answer says (dates, lists, links, marks,
//! messages, accounts), read once while the crawler holds the page.
//!
//! The lowest layer of the crate above the utilities: it knows nothing of
//! checks, their findings or the registry (see `CONTRIBUTING.md` and
//! `checks/tests/layers.rs`).

pub mod a11y;
pub mod account;
pub mod attachment;
pub mod calendar;
pub mod crawl;
pub mod css;
pub mod dates;
pub mod domain;
pub mod html;
pub mod lexicon;
pub mod marks;
pub mod page;
pub mod parked;
pub mod text;
