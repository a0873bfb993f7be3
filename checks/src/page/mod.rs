//! Checks about how pages could be read at all: anti-bot challenges,
//! bodies too large to read whole, and a declared charset that garbles the
//! page for visitors.

pub mod blocked;
pub mod charset_mismatch;
pub mod oversize;
