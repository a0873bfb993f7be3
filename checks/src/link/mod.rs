//! Checks about links: whether what a page links to or embeds opens, and
//! where its links to other sites really go.

pub mod blocked_host;
pub mod commercial;
pub mod dead;
pub mod foreign_redirect;
pub mod hidden;
pub mod parked_domain;
pub mod unsendable;
