//! Accessibility rules: names group (see `crate::a11y`): form fields,
//! select menus, links, buttons and frames must have an accessible name.
//! `crate::facts::a11y::accname` computes names the way axe-core does and
//! is shared with the images group.

pub mod button_name;
pub mod frame_title;
pub mod frame_title_unique;
pub mod identical_links_same_purpose;
pub mod input_button_name;
pub mod label;
pub mod link_name;
pub mod select_name;
pub mod summary_name;
