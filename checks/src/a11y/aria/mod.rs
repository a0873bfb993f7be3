//! Accessibility rules: aria group (see `crate::a11y`).
//!
//! The ARIA validity rules axe-core decides from the DOM alone: attribute
//! names and values, role names, required, allowed and prohibited
//! attributes, deprecated roles, focusable content under `aria-hidden`.
//! axe's tables and role and focus computations are shared with the other
//! groups: `crate::facts::a11y::{standards, roles, focus}`.

pub mod aria_allowed_attr;
pub mod aria_allowed_role;
pub mod aria_command_name;
pub mod aria_conditional_attr;
pub mod aria_deprecated_role;
pub mod aria_dialog_name;
pub mod aria_hidden_focus;
pub mod aria_input_field_name;
pub mod aria_meter_name;
pub mod aria_progressbar_name;
pub mod aria_prohibited_attr;
pub mod aria_required_attr;
pub mod aria_required_children;
pub mod aria_required_parent;
pub mod aria_roles;
pub mod aria_text;
pub mod aria_toggle_field_name;
pub mod aria_tooltip_name;
pub mod aria_treeitem_name;
pub mod aria_valid_attr;
pub mod aria_valid_attr_value;
pub mod presentation_role_conflict;
