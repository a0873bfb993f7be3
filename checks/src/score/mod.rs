//! Scoring: a rubric that is data (TOML) turned into a site's scorecard.
//!
//! [`rubric`] reads and validates the file, [`scoring`] scores one site
//! with it (a value: the judged site is not changed), [`ranking`] orders
//! several sites, [`describe`] prints it for `govaudit rules`. All pure:
//! the binary reads the file and hands the text.

pub mod describe;
pub mod ranking;
pub mod rubric;
pub mod scoring;

pub use rubric::{Rubric, RubricError};
pub use scoring::{Profile, Ruling, Scoring, SiteKind, score};

#[cfg(test)]
mod tests;
