//! Site identity (政府网站标识): the checks on the marks every government
//! site carries in its home page footer (read in `crate::facts::marks`),
//! and on its domain.

pub mod domain;
pub mod mismatch;
pub mod missing;
pub mod no_error_report_entry;
