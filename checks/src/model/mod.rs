//! The site model: the joins several checks share, built once from the
//! facts (columns, consultations, policy documents, accounts judged, link
//! verdicts, the home page), gathered in [`site::SiteContext`].
//!
//! It knows nothing of individual checks or the registry table (see
//! `CONTRIBUTING.md` and `checks/tests/layers.rs`).

pub mod accounts;
pub mod care_mode;
pub mod column;
pub mod consultations;
pub mod external;
pub mod leaders;
pub mod policy;
pub mod settings;
pub mod site;
pub mod verdicts;
