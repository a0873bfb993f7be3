//! Checks on columns (栏目): their freshness, found once in
//! `crate::model::column`.

pub mod blank;
pub mod due_soon;
pub mod stale;
