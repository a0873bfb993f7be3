//! Accessibility rules: aria group (see `crate::a11y`).
//!
//! The ARIA validity rules axe-core decides from the DOM alone: attribute
//! names and values, role names, required, allowed and prohibited
//! attributes, deprecated roles, focusable content under `aria-hidden`.
//! axe's tables and role and focus computations are shared with the other
//! groups: `crate::a11y::{standards, roles, focus}`.

use crate::page_check::{PageCheck, Scope};

pub mod aria_allowed_attr;
pub mod aria_deprecated_role;
pub mod aria_hidden_focus;
pub mod aria_prohibited_attr;
pub mod aria_required_attr;
pub mod aria_roles;
pub mod aria_valid_attr;
pub mod aria_valid_attr_value;

/// The rules of this group, in the order `govaudit checks` lists them.
pub const RULES: &[PageCheck] = &[
    PageCheck { info: &aria_valid_attr::INFO, scope: Scope::EveryPage, run: aria_valid_attr::run },
    PageCheck {
        info: &aria_valid_attr_value::INFO,
        scope: Scope::EveryPage,
        run: aria_valid_attr_value::run,
    },
    PageCheck { info: &aria_roles::INFO, scope: Scope::EveryPage, run: aria_roles::run },
    PageCheck { info: &aria_deprecated_role::INFO, scope: Scope::EveryPage, run: aria_deprecated_role::run },
    PageCheck { info: &aria_required_attr::INFO, scope: Scope::EveryPage, run: aria_required_attr::run },
    PageCheck { info: &aria_allowed_attr::INFO, scope: Scope::EveryPage, run: aria_allowed_attr::run },
    PageCheck { info: &aria_prohibited_attr::INFO, scope: Scope::EveryPage, run: aria_prohibited_attr::run },
    PageCheck { info: &aria_hidden_focus::INFO, scope: Scope::EveryPage, run: aria_hidden_focus::run },
];
