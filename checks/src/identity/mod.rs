//! Site identity (政府网站标识): the marks every government site carries in
//! its home page footer, and its domain.

pub mod domain;
pub mod error_report;
pub mod marks;
pub mod mismatch;
pub mod missing;
