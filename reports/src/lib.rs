//! Views of one [`checks::Audit`]: each format is a function from the audit
//! to bytes, in a file of its own. Writers never change a score or a
//! finding; they only choose how to show them.

pub mod csv;
pub mod docx;
mod groups;
pub mod html;
pub mod json;
pub mod junit;
pub mod markdown;
pub mod ranking;
pub mod sarif;
pub mod xlsx;
