//! What the accessibility rules read from the DOM the way axe-core reads
//! it: the shared walk ([`dom`]), roles, accessible names, focus, axe's
//! ARIA tables and JavaScript's string rules. Reading, not judging: the
//! rules are in `crate::a11y`.

pub mod accname;
pub mod allowed_roles;
pub mod autocomplete;
pub mod dom;
pub mod focus;
pub mod focusable_content;
pub mod inline_style;
pub mod js;
pub mod landmarks;
pub mod rendered;
pub mod roles;
pub mod standards;
pub mod tables;
pub mod visible_text;
