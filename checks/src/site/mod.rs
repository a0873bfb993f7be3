//! Checks on the site as a whole: whether its home page answers, its
//! search, its annual report.

pub mod due_soon;
pub mod no_annual_report;
pub mod no_search;
pub mod search_broken;
pub mod unreachable;
