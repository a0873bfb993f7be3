//! The pure core of govaudit.
//!
//! Everything here is a function of its inputs: no network, no filesystem,
//! no clock (the audit day is `as_of`; the one measure of time is the CPU
//! budget of a page's parse, in `facts::html::depth`). The crawler (`src/crawl/` in the binary) hands over what it
//! fetched as the types in [`facts::crawl`]; the checks turn that into the
//! findings of [`audit`], which the `reports` crate renders. Keeping this
//! crate pure is what lets every check be proven by fixtures alone.
//!
//! The modules are layers, and imports only go down (`checks/tests/layers.rs`
//! checks it; `CONTRIBUTING.md` says where a new check goes):
//!
//! - the utilities every layer uses: [`lang`], [`bounded`], [`url_norm`];
//! - [`facts`]: what a page or an answer says; knows no check;
//! - [`model`]: the joins several checks share, built once from the facts;
//! - the checks, one file per id: `<area>/[<group>/]<name>.rs`, on top of
//!   [`check`] (what a check is and returns);
//! - [`registry`]: the one table of every check;
//! - the pipeline: [`audit`], [`assemble`], [`score`], [`scorecard`],
//!   [`freshness`], [`inspect`], [`report_bounds`].

pub mod bounded;
pub mod lang;
pub mod url_norm;

pub mod facts;

pub mod model;

pub mod a11y;
pub mod account;
pub mod check;
pub mod column;
pub mod consultation;
pub mod content;
pub mod elderly;
pub mod fingerprint;
pub mod identity;
pub mod interaction;
pub mod link;
pub mod page;
pub mod policy;
pub mod review;
pub mod service;
pub mod site;
pub mod update;

pub mod registry;

pub mod assemble;
pub mod audit;
pub mod freshness;
pub mod inspect;
pub mod report_bounds;
pub mod score;
pub mod scorecard;

pub use audit::{Audit, Finding, Severity, SiteAudit, Stats};
pub use lang::Lang;
