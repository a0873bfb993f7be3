//! Official new-media accounts (政务新媒体): which platform each lives on,
//! the roster, and what their pages say about their posts. Judged in
//! `crate::model::accounts`.

pub mod facts;
pub mod platform;
pub mod read;
pub mod roster;
