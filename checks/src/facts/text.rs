//! The visible text of a page as the content checks read it: one segment
//! per text node a visitor can see, with whether it sits in the page's
//! footer or contact area (where official phone numbers belong). The
//! shared walk ([`crate::facts::a11y::dom::Dom`]) collects them as it passes.

use scraper::ElementRef;

use crate::facts::html::attr::Attr;

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

/// `text` with every run of 11 to 19 digits masked (`139****1234`): for
/// quoting page text or markup in a report, which must never repeat a
/// whole personal number, whatever check quotes it.
pub fn mask_numbers(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut String| {
        if (11..=19).contains(&run.len()) {
            out.push_str(&mask(run, 3, 4));
        } else {
            out.push_str(run);
        }
        run.clear();
    };
    for c in text.chars() {
        if c.is_ascii_digit() {
            run.push(c);
        } else {
            flush(&mut run, &mut out);
            out.push(c);
        }
    }
    flush(&mut run, &mut out);
    out
}

/// Keeps `head` leading and `tail` trailing characters, stars between.
pub fn mask(number: &str, head: usize, tail: usize) -> String {
    let n = number.chars().count();
    number.chars().enumerate().map(|(i, c)| if i < head || i + tail >= n { c } else { '*' }).collect()
}
