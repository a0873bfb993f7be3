//! Checks about whether the site as a whole is kept up to date.

pub mod due_soon;
pub mod homepage_stale;
