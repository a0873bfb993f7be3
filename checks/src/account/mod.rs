//! Official new-media accounts (政务新媒体): which platform each lives on,
//! what its pages say about its posts, and the checks on them.

pub mod facts;
pub mod platform;
pub mod read;
pub mod roster;
