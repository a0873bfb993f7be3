//! The visible text of a page as the content checks read it: one segment
//! per text node a visitor can see, with whether it sits in the page's
//! footer or contact area (where official phone numbers belong).

use ego_tree::iter::Edge;
use scraper::ElementRef;
use scraper::node::Node;

use crate::a11y::dom::Dom;

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

fn marks_footer(el: ElementRef<'_>) -> bool {
    let v = el.value();
    if v.name() == "footer" {
        return true;
    }
    [v.attr("id"), v.attr("class")].into_iter().flatten().any(|s| {
        let lower = s.to_ascii_lowercase();
        FOOTER_MARKS.iter().any(|m| lower.contains(m))
    })
}

/// The visible text segments of the page in document order.
pub fn segments<'a>(dom: &Dom<'a>) -> Vec<Segment<'a>> {
    let mut out = Vec::new();
    // Per open element: (hidden, in_footer).
    let mut stack: Vec<(bool, bool)> = Vec::new();
    for edge in dom.html.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(_) => {
                    let Some(el) = ElementRef::wrap(node) else { continue };
                    let (_, parent_footer) = stack.last().copied().unwrap_or((false, false));
                    let hidden =
                        dom.is_hidden(el) || matches!(el.value().name(), "title" | "textarea" | "option");
                    stack.push((hidden, parent_footer || marks_footer(el)));
                }
                Node::Text(t) => {
                    let (hidden, in_footer) = stack.last().copied().unwrap_or((false, false));
                    if !hidden && !t.trim().is_empty() {
                        out.push(Segment { text: t, in_footer });
                    }
                }
                _ => {}
            },
            Edge::Close(node) => {
                if node.value().is_element() {
                    stack.pop();
                }
            }
        }
    }
    out
}
