//! The pure core of govaudit.
//!
//! Everything here is a function of its inputs: no network, no filesystem,
//! no clock. The crawler (`src/crawl/` in the binary) hands over what it
//! fetched as the types in [`site`]; the checks turn that into the findings
//! of [`audit`], which the `reports` crate renders. Keeping this crate pure is
//! what lets every check be proven by fixtures alone.

pub mod a11y;
pub mod account;
pub mod assemble;
pub mod audit;
pub mod bounded;
pub mod column;
pub mod consultation;
pub mod content;
pub mod dates;
pub mod html;
pub mod identity;
pub mod inspect;
pub mod interaction;
pub mod lang;
pub mod link;
pub mod page;
pub mod page_check;
pub mod policy;
pub mod registry;
pub mod score;
pub mod scorecard;
pub mod service;
pub mod settings;
pub mod site;
pub mod update;
pub mod url_norm;

pub use audit::{Audit, Finding, Severity, SiteAudit, Stats};
pub use lang::Lang;
