//! Accessibility rules: forms group (see `crate::a11y`): what form fields
//! and keyboard users meet besides a missing name: a field labelled only by
//! its tooltip, an `autocomplete` value browsers do not know, duplicated
//! access keys, and controls nested inside other controls.

pub mod accesskeys;
pub mod autocomplete_valid;
pub mod label_title_only;
pub mod nested_interactive;
