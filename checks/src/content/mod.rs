//! Checks about what pages say.

pub mod expired_notice;
pub mod future_date;
pub mod leader_incomplete;
pub mod leader_mismatch;
pub mod pii;
pub mod pii_attachment;
pub mod pii_attachment_half_masked;
pub mod pii_half_masked;
pub mod typo;
pub mod words;
