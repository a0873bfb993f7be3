//! Accessibility rules: names group (see `crate::a11y`): form fields,
//! select menus, links, buttons and frames must have an accessible name.
//! [`accname`] computes names the way axe-core does and is shared with
//! the images group.

pub mod accname;
pub mod button_name;
pub mod frame_title;
pub mod input_button_name;
pub mod label;
pub mod link_name;
pub mod select_name;

use crate::page_check::{PageCheck, Scope};

/// The rules of this group, in the order `govaudit checks` lists them.
pub const RULES: &[PageCheck] = &[
    PageCheck { info: &label::INFO, scope: Scope::EveryPage, run: label::run },
    PageCheck { info: &select_name::INFO, scope: Scope::EveryPage, run: select_name::run },
    PageCheck { info: &link_name::INFO, scope: Scope::EveryPage, run: link_name::run },
    PageCheck { info: &button_name::INFO, scope: Scope::EveryPage, run: button_name::run },
    PageCheck { info: &input_button_name::INFO, scope: Scope::EveryPage, run: input_button_name::run },
    PageCheck { info: &frame_title::INFO, scope: Scope::EveryPage, run: frame_title::run },
];
