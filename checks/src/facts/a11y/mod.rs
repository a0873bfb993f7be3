//! What the accessibility rules read from the DOM the way axe-core reads
//! it: the shared walk ([`dom`]), roles, accessible names, focus, axe's
//! ARIA tables and JavaScript's string rules. Reading, not judging: the
//! rules are in `crate::a11y`.

pub mod accname;
pub mod dom;
pub mod focus;
pub mod js;
pub mod landmarks;
pub mod roles;
pub mod standards;
