//! Checks on interaction (互动交流): the consultation channels and their
//! replies, joined once in `crate::model::consultations` (veto V5,
//! 互动回应差, and its deductions).

pub mod due_soon;
pub mod no_channel;
pub mod not_published;
pub mod silent;
pub mod slow_reply;
pub mod unanswered;
