//! Checks about what pages say.

pub mod future_date;

pub mod pii;
pub mod text;
pub mod typo;
