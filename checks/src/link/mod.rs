//! Checks about links: whether what a page links to or embeds opens.

pub mod dead;
pub mod unsendable;
