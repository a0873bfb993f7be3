//! Checks about what pages say.

pub mod expired_notice;
pub mod future_date;
pub mod pii;
pub mod typo;
pub mod words;
