//! Accessibility rules: structure group (see `crate::a11y`).
//!
//! Headings and lists as axe-core decides them: empty headings, skipped
//! heading levels, lists with foreign children, list items outside a list.
//! Roles are computed by [`crate::facts::a11y::roles`].

use crate::facts::a11y::dom::Entry;
use crate::facts::a11y::roles::{self, RoleOpts};
use crate::facts::html::attr::Attr;
use crate::facts::page::PageDoc;

pub mod bypass;
pub mod definition_list;
pub mod dlitem;
pub mod empty_heading;
pub mod heading_order;
pub mod list;
pub mod listitem;
pub mod page_has_heading_one;
pub mod region;
pub mod skip_link;

/// The headings axe's heading rules look at, in document order: elements
/// matching `h1, h2, h3, h4, h5, h6, [role=heading]` whose computed role is
/// heading (`heading-matches`), visible to screen readers (`excludeHidden`).
pub(crate) fn headings<'d, 'a>(doc: &'d PageDoc<'a>) -> impl Iterator<Item = &'d Entry<'a>> + 'd {
    doc.dom.entries().filter(move |e| {
        let v = e.el.value();
        !e.aria_hidden
            && (matches!(v.name(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
                || v.attr_of("role") == Some("heading"))
            && roles::get_role(doc.dom, e.el, RoleOpts::default()) == Some("heading")
    })
}
