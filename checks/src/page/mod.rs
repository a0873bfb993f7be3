//! Checks about how pages could be read at all: anti-bot challenges and
//! bodies too large to read whole. Both tell the reader where the audit's
//! view of the site is incomplete.

pub mod blocked;
pub mod oversize;
