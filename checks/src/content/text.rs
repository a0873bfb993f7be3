//! The visible text of a page as the content checks read it: one segment
//! per text node a visitor can see, with whether it sits in the page's
//! footer or contact area (where official phone numbers belong). The
//! shared walk ([`crate::a11y::dom::Dom`]) collects them as it passes.

use crate::html::attr::Attr;
use scraper::ElementRef;

/// A run of visible text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment<'a> {
    pub text: &'a str,
    /// Inside `<footer>` or an element whose id or class says footer,
    /// bottom, copyright or contact.
    pub in_footer: bool,
}

/// Words in an id or class that mark the footer or a contact block.
const FOOTER_MARKS: &[&str] = &["foot", "bottom", "copyright", "contact", "lxwm", "banquan", "dibu"];

pub(crate) fn marks_footer(el: ElementRef<'_>) -> bool {
    let v = el.value();
    if v.name() == "footer" {
        return true;
    }
    [v.attr_of("id"), v.attr_of("class")].into_iter().flatten().any(|s| {
        let lower = s.to_ascii_lowercase();
        FOOTER_MARKS.iter().any(|m| lower.contains(m))
    })
}
