//! Checks about what pages say.

pub mod future_date;
