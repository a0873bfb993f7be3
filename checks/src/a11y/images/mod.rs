//! Accessibility rules: images group (see `crate::a11y`).

use crate::page_check::PageCheck;

/// The rules of this group, in the order `govaudit checks` lists them.
pub const RULES: &[PageCheck] = &[];
