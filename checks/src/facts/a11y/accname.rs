//! axe-core's accessible-name machinery, read from static HTML: the text
//! `accessibleTextVirtual` computes for an element, with the checks the
//! images and names rules share (`aria-label`, `aria-labelledby`,
//! `non-empty-*`, `implicit-label`, `explicit-label`,
//! `hidden-explicit-label`, `presentational-role`, `has-visible-text`).
//!
//! Followed: axe-core's `lib/commons/text/accessible-text-virtual.js`
//! (steps: aria-labelledby, aria-label, native text alternative, form
//! control value, subtree text, text node, title), `subtree-text.js`,
//! `label-text.js`, `native-text-methods.js`, `form-control-value.js`,
//! and the `lib/checks` named in each helper below. Roles, focusability
//! and axe's tables come from [`crate::facts::a11y::roles`],
//! [`crate::facts::a11y::focus`] and [`crate::facts::a11y::standards`], which every
//! group shares, so a name and a role rule never disagree on an element.
//!
//! What a browser adds is out of reach: computed styles from stylesheets
//! (only the walk's inline-style and `hidden` reading decides visibility),
//! `inert` from a modal dialog, `aria-owns` reordering, and CSS-generated
//! content (axe ignores that too).

use std::cell::OnceCell;
use std::collections::HashMap;

use ego_tree::{NodeId, NodeRef};
use scraper::ElementRef;
use scraper::node::Node;

use crate::facts::a11y::dom::{Dom, Entry, MAX_NAME_DEPTH};
use crate::facts::a11y::js::{has_text, js_space, sanitize};
use crate::facts::a11y::roles::{self, RoleOpts};
use crate::facts::a11y::{focus, standards};
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

/// The element's explicit role with axe's defaults: the whole `role`
/// value, trimmed and lower-cased, when it is one valid role. A list of
/// roles (`role="presentation img"`) has none: axe reads no fallback here.
fn explicit_role(el: ElementRef<'_>) -> Option<&'static str> {
    roles::explicit_role(el, RoleOpts::default())
}

/// Roles whose name never comes from their content (`controlValueRoles`).
const CONTROL_VALUE_ROLES: &[&str] =
    &["textbox", "progressbar", "scrollbar", "slider", "spinbutton", "combobox", "listbox"];

/// Elements of the `embedded` content type: no subtree text.
const EMBEDDED: &[&str] = &["audio", "canvas", "embed", "iframe", "math", "object", "svg", "video"];

/// Phrasing elements: joined to their neighbours without a space.
const PHRASING: &[&str] = &[
    "a", "abbr", "area", "audio", "b", "bdi", "bdo", "br", "button", "canvas", "cite", "code", "data",
    "datalist", "del", "dfn", "em", "embed", "i", "iframe", "ins", "kbd", "label", "link", "map", "math",
    "mark", "meter", "noscript", "object", "output", "picture", "progress", "q", "ruby", "s", "samp",
    "script", "select", "slot", "small", "span", "strong", "svg", "sub", "sup", "template", "textarea",
    "time", "u", "var", "video", "wbr",
];

pub fn is_presentation(role: Option<&str>) -> bool {
    matches!(role, Some("presentation" | "none"))
}

fn element_ancestors<'a>(el: ElementRef<'a>) -> impl Iterator<Item = ElementRef<'a>> {
    el.ancestors().filter_map(ElementRef::wrap)
}

/// The page's `<label>` elements, read once per rule run.
#[derive(Default)]
struct Labels<'a> {
    /// The `<label for="…">` elements naming an id, in document order.
    by_for: HashMap<&'a str, Vec<ElementRef<'a>>>,
    /// Each label's place among the page's labels, for sorting.
    order: HashMap<NodeId, usize>,
}

/// How a name is being computed (axe's `context` object).
#[derive(Clone, Copy)]
struct Cx {
    start: NodeId,
    in_labelledby: bool,
    in_control: bool,
    include_hidden: Option<bool>,
    subtree_descendant: Option<bool>,
    /// Steps into the tree so far (see [`MAX_NAME_DEPTH`]).
    depth: usize,
}

impl Cx {
    fn new(start: NodeId) -> Self {
        Cx {
            start,
            in_labelledby: false,
            in_control: false,
            include_hidden: None,
            subtree_descendant: None,
            depth: 0,
        }
    }

    fn deeper(self) -> Self {
        Cx { depth: self.depth + 1, ..self }
    }
}

#[derive(Clone, Copy)]
enum Method {
    Alt,
    Value,
    ButtonDefault,
    Title,
    Subtree,
    Label,
    Placeholder,
    Space,
    Descendant(&'static str),
    Summary,
}

/// The page's names, computed the way axe does. Build one per rule run.
pub struct Names<'d, 'a> {
    pub dom: &'d Dom<'a>,
    labels: OnceCell<Labels<'a>>,
}

impl<'d, 'a> Names<'d, 'a> {
    pub fn new(dom: &'d Dom<'a>) -> Self {
        Names { dom, labels: OnceCell::new() }
    }

    fn labels(&self) -> &Labels<'a> {
        self.labels.get_or_init(|| {
            let mut labels = Labels::default();
            for (i, e) in self.dom.tagged("label").enumerate() {
                labels.order.insert(e.el.id(), i);
                if let Some(f) = e.el.value().attr_of("for") {
                    labels.by_for.entry(f).or_default().push(e.el);
                }
            }
            labels
        })
    }

    /// The `<label for="…">` elements naming `id`, in document order.
    fn labels_for(&self, id: &str) -> &[ElementRef<'a>] {
        self.labels().by_for.get(id).map_or(&[], Vec::as_slice)
    }

    /// `isVisibleToScreenReaders` as the walk reads it.
    pub fn visible_to_sr(&self, el: ElementRef<'a>) -> bool {
        !self.dom.is_aria_hidden(el)
    }

    /// Visible to screen readers inside a name: besides the walk's
    /// reading, the user-agent stylesheet hides `<datalist>`, `<param>`,
    /// `<rp>`, `<noembed>` and `<noframes>` (`display: none`), so axe leaves
    /// their text out of a name. An SVG `<title>` does name its `<svg>`:
    /// axe-core in Chromium finds `<a><svg role="img"><title>互动交流</title>
    /// </svg></a>` named (measured with `bench/axe/`), although
    /// dequelabs/axe-core#2650 suggested otherwise; `<desc>` and
    /// `<metadata>` stay out.
    fn visible_in_name(&self, el: ElementRef<'a>) -> bool {
        let ua_hidden = |e: ElementRef<'_>| {
            let name = e.value().name();
            matches!(name, "datalist" | "param" | "rp" | "noembed" | "noframes")
                || (matches!(name, "desc" | "metadata")
                    && element_ancestors(e).any(|a| a.value().name() == "svg"))
        };
        self.visible_to_sr(el) && !std::iter::once(el).chain(element_ancestors(el)).any(ua_hidden)
    }

    /// `isVisibleOnScreen` as far as HTML tells: not hidden for everyone.
    pub fn visible_on_screen(&self, el: ElementRef<'a>) -> bool {
        !self.dom.is_hidden(el)
    }

    /// `getRole` with axe's defaults ([`roles::get_role`]).
    pub fn role(&self, el: ElementRef<'a>) -> Option<&'static str> {
        roles::get_role(self.dom, el, RoleOpts::default())
    }

    /// `namedFromContents`: no role, a role named from content, a role
    /// outside the table, or a presentational one.
    fn named_from_contents(&self, role: Option<&'static str>) -> bool {
        match role {
            None => true,
            Some(r) => {
                standards::name_from_content(r) || standards::role(r).is_none() || is_presentation(role)
            }
        }
    }

    // ---- accessibleTextVirtual ----

    /// The accessible name axe computes for `el` (unsanitized).
    pub fn accessible_name(&self, el: ElementRef<'a>) -> String {
        self.text_of(*el, Cx::new(el.id()))
    }

    fn text_of(&self, node: NodeRef<'a, Node>, cx: Cx) -> String {
        if cx.depth > MAX_NAME_DEPTH {
            return String::new();
        }
        let el = match node.value() {
            Node::Text(t) => return t.to_string(),
            Node::Element(_) => match ElementRef::wrap(node) {
                Some(el) => el,
                None => return String::new(),
            },
            _ => return String::new(),
        };
        let mut cx = cx;
        if cx.in_labelledby && cx.include_hidden.is_none() {
            cx.include_hidden = Some(!self.visible_in_name(el));
        }
        let natively_hidden = matches!(el.value().name(), "style" | "script" | "noscript" | "template");
        let keep_hidden = cx.include_hidden == Some(true) && !natively_hidden;
        if !keep_hidden && !self.visible_in_name(el) {
            return String::new();
        }
        let is_start = el.id() == cx.start;
        let mut acc = String::new();
        for step in 0..6 {
            if is_start {
                acc = sanitize(&acc);
            }
            if !acc.is_empty() {
                return acc;
            }
            acc = match step {
                0 => self.labelledby_text(el, cx),
                1 => el.value().attr_of("aria-label").unwrap_or("").to_owned(),
                2 => self.native_text(el, cx),
                3 => self.form_control_value(el, cx),
                4 => self.subtree_text(el, cx),
                _ => self.title_text(el),
            };
        }
        acc
    }

    /// `arialabelledbyText`.
    fn labelledby_text(&self, el: ElementRef<'a>, cx: Cx) -> String {
        if cx.in_labelledby || cx.in_control {
            return String::new();
        }
        let Some(ids) = el.value().attr_of("aria-labelledby").filter(|v| !v.is_empty()) else {
            return String::new();
        };
        let ref_cx = Cx { in_labelledby: true, ..cx.deeper() };
        let mut out = String::new();
        for id in ids.split(js_space).filter(|s| !s.is_empty()) {
            let Some(target) = self.dom.by_id(id).next() else { continue };
            let add = self.text_of(*target, ref_cx);
            if out.is_empty() {
                out = add;
            } else {
                out.push(' ');
                out.push_str(&add);
            }
        }
        out
    }

    /// The naming methods of `html-elms.js` for the element.
    fn methods(&self, el: ElementRef<'a>) -> &'static [Method] {
        use Method::*;
        let v = el.value();
        match v.name() {
            "a" if v.attr_of("href").is_some() => &[Subtree],
            "area" | "img" => &[Alt],
            "br" | "hr" => &[Title, Space],
            "button" | "output" | "summary" => &[Subtree],
            "fieldset" => &[Descendant("legend")],
            "figure" => &[Descendant("figcaption"), Title],
            "input" => match roles::input_type(el) {
                "button" | "submit" | "reset" => &[Value, Title, ButtonDefault],
                "image" => &[Alt, Value, Label, Title, ButtonDefault],
                _ => &[Label, Placeholder],
            },
            "select" => &[Label],
            "svg" => &[Descendant("title")],
            "table" => &[Descendant("caption"), Summary],
            "textarea" => &[Label, Placeholder],
            _ => &[],
        }
    }

    /// `nativeTextAlternative`.
    fn native_text(&self, el: ElementRef<'a>, cx: Cx) -> String {
        if is_presentation(self.role(el)) {
            return String::new();
        }
        let v = el.value();
        for m in self.methods(el) {
            let text = match *m {
                Method::Alt => v.attr_of("alt").unwrap_or("").to_owned(),
                Method::Value => v.attr_of("value").unwrap_or("").to_owned(),
                Method::ButtonDefault => match roles::input_type(el) {
                    "submit" | "image" => "Submit".to_owned(),
                    "reset" => "Reset".to_owned(),
                    _ => String::new(),
                },
                Method::Title => self.title_text(el),
                Method::Subtree => self.subtree_text(el, cx),
                Method::Label => self.label_text(el, cx),
                Method::Placeholder => v.attr_of("placeholder").unwrap_or("").to_owned(),
                Method::Space => " ".to_owned(),
                Method::Summary => v.attr_of("summary").unwrap_or("").to_owned(),
                Method::Descendant(tag) => {
                    let own = v.name();
                    let first = el
                        .descendants()
                        .skip(1)
                        .filter_map(ElementRef::wrap)
                        .find(|d| d.value().name() == tag || d.value().name() == own);
                    match first {
                        Some(d) if d.value().name() == tag => self.text_of(*d, cx),
                        _ => String::new(),
                    }
                }
            };
            if !text.is_empty() {
                return text;
            }
        }
        String::new()
    }

    /// `formControlValue`: the value of a control met inside a name.
    fn form_control_value(&self, el: ElementRef<'a>, cx: Cx) -> String {
        let role = self.role(el);
        if el.id() == cx.start
            || !role.is_some_and(|r| CONTROL_VALUE_ROLES.contains(&r))
            || role == Some("progressbar")
        {
            return String::new();
        }
        let v = el.value();
        // nativeTextboxValue
        let non_text = [
            "button", "checkbox", "color", "file", "hidden", "image", "password", "radio", "reset", "submit",
        ];
        let raw_type = v.attr_of("type").unwrap_or("").to_ascii_lowercase();
        if v.name() == "textarea" {
            let text: String = el.text().collect();
            if !text.is_empty() {
                return text;
            }
        } else if v.name() == "input"
            && !non_text.contains(&raw_type.as_str())
            && let Some(val) = v.attr_of("value").filter(|s| !s.is_empty())
        {
            return val.to_owned();
        }
        // nativeSelectValue
        if v.name() == "select" {
            let options: Vec<ElementRef<'a>> = el
                .descendants()
                .filter_map(ElementRef::wrap)
                .filter(|o| o.value().name() == "option")
                .collect();
            let selected: Vec<ElementRef<'a>> =
                options.iter().copied().filter(|o| o.value().attr_of("selected").is_some()).collect();
            let chosen = if selected.is_empty() { options.into_iter().take(1).collect() } else { selected };
            let text =
                chosen.iter().map(|o| sanitize(&o.text().collect::<String>())).collect::<Vec<_>>().join(" ");
            if !text.is_empty() {
                return text;
            }
        }
        let explicit = explicit_role(el);
        // ariaTextboxValue
        if explicit == Some("textbox") {
            let text = self.visible_text(el);
            if !text.is_empty() {
                return text;
            }
        }
        // ariaListboxValue / ariaComboboxValue
        let listbox = match explicit {
            Some("listbox") => Some(el),
            Some("combobox") => {
                el.children().filter_map(ElementRef::wrap).find(|c| self.role(*c) == Some("listbox"))
            }
            _ => None,
        };
        if let Some(lb) = listbox {
            let selected = lb.children().filter_map(ElementRef::wrap).find(|o| {
                self.role(*o) == Some("option") && o.value().attr_of("aria-selected") == Some("true")
            });
            if let Some(o) = selected {
                let text = self.text_of(*o, cx);
                if !text.is_empty() {
                    return text;
                }
            }
        }
        // ariaRangeValue
        if matches!(explicit, Some("progressbar" | "scrollbar" | "slider" | "spinbutton"))
            && let Some(now) = v.attr_of("aria-valuenow")
        {
            // `+value`: blank is 0, anything not a number is "0".
            let t = now.trim_matches(js_space);
            return if t.is_empty() {
                "0".to_owned()
            } else {
                t.parse::<f64>().map_or_else(|_| "0".to_owned(), |n| format!("{n}"))
            };
        }
        String::new()
    }

    /// Text of the element's screen-reader-visible text nodes.
    fn visible_text(&self, el: ElementRef<'a>) -> String {
        let mut out = String::new();
        for node in el.descendants() {
            if let Node::Text(t) = node.value()
                && node.parent().and_then(ElementRef::wrap).is_some_and(|p| self.visible_to_sr(p))
            {
                out.push_str(t);
            }
        }
        sanitize(&out)
    }

    /// `subtreeText`.
    fn subtree_text(&self, el: ElementRef<'a>, cx: Cx) -> String {
        let role = self.role(el);
        if EMBEDDED.contains(&el.value().name()) || role.is_some_and(|r| CONTROL_VALUE_ROLES.contains(&r)) {
            return String::new();
        }
        if cx.subtree_descendant != Some(true) && !cx.in_labelledby && !self.named_from_contents(role) {
            return String::new();
        }
        let mut cx = cx;
        if cx.subtree_descendant.is_none() {
            cx.subtree_descendant = Some(!cx.in_control && !cx.in_labelledby);
        }
        let mut out = String::new();
        for child in el.children() {
            let mut add = self.text_of(child, cx.deeper());
            if add.is_empty() {
                continue;
            }
            let phrasing = match child.value() {
                Node::Text(_) => true,
                Node::Element(e) => PHRASING.contains(&e.name()),
                _ => true,
            };
            if !phrasing {
                if !add.starts_with(' ') {
                    add.push(' ');
                }
                if !out.is_empty() && !out.ends_with(' ') {
                    add.insert(0, ' ');
                }
            }
            out.push_str(&add);
        }
        out
    }

    /// `titleText`.
    fn title_text(&self, el: ElementRef<'a>) -> String {
        let Some(title) = el.value().attr_of("title") else { return String::new() };
        if el.value().name() != "iframe" && is_presentation(self.role(el)) {
            return String::new();
        }
        title.to_owned()
    }

    /// `labelText`: the explicit and implicit labels of a control.
    fn label_text(&self, el: ElementRef<'a>, cx: Cx) -> String {
        if cx.in_control || cx.in_labelledby {
            return String::new();
        }
        let label_cx = Cx { in_control: true, ..cx };
        let mut labels: Vec<ElementRef<'a>> = match el.value().attr_of("id").filter(|id| !id.is_empty()) {
            Some(id) => self.labels_for(id).to_vec(),
            None => Vec::new(),
        };
        if let Some(implicit) = roles::closest(el, |e| e.value().name() == "label") {
            labels.push(implicit);
            let order = &self.labels().order;
            labels.sort_by_key(|l| order.get(&l.id()).copied().unwrap_or(usize::MAX));
        }
        labels
            .iter()
            .map(|l| self.text_of(**l, label_cx))
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    }

    // ---- checks (lib/checks) ----

    /// `aria-label`: a non-blank `aria-label`.
    pub fn aria_label(&self, el: ElementRef<'a>) -> bool {
        el.value().attr_of("aria-label").is_some_and(has_text)
    }

    /// `aria-labelledby`: the referenced elements give some text.
    pub fn aria_labelledby(&self, el: ElementRef<'a>) -> bool {
        has_text(&self.labelledby_text(el, Cx::new(el.id())))
    }

    /// `non-empty-<attr>` (`attr-non-space-content`).
    pub fn non_empty_attr(&self, el: ElementRef<'a>, attr: &str) -> bool {
        el.value().attr_of(attr).is_some_and(has_text)
    }

    /// Any of `aria-label`, `aria-labelledby`, `non-empty-title`: the
    /// checks every name rule accepts.
    pub fn aria_or_title(&self, el: ElementRef<'a>) -> bool {
        self.aria_label(el) || self.aria_labelledby(el) || self.non_empty_attr(el, "title")
    }

    /// The checks `button-name` and `input-button-name` share after their
    /// own text check: `aria_or_title`, `implicit-label`,
    /// `explicit-label`, `presentational-role`.
    pub fn button_label(&self, el: ElementRef<'a>) -> bool {
        self.aria_or_title(el)
            || self.implicit_label(el)
            || self.explicit_label(el)
            || self.presentational_role(el)
    }

    /// `presentational-role`.
    pub fn presentational_role(&self, el: ElementRef<'a>) -> bool {
        let explicit = explicit_role(el);
        if is_presentation(explicit)
            && matches!(el.value().name(), "iframe" | "frame")
            && el.value().attr_of("title").is_some()
        {
            return false;
        }
        is_presentation(self.role(el))
    }

    /// `implicit-label`: the wrapping `<label>` gives text.
    pub fn implicit_label(&self, el: ElementRef<'a>) -> bool {
        let Some(label) = element_ancestors(el).find(|a| a.value().name() == "label") else { return false };
        let cx = Cx { in_control: true, ..Cx::new(el.id()) };
        has_text(&self.text_of(*label, cx))
    }

    /// `explicit-label`: a `<label for>` that gives text, or is not shown.
    pub fn explicit_label(&self, el: ElementRef<'a>) -> bool {
        let Some(id) = el.value().attr_of("id").filter(|id| !id.is_empty()) else { return false };
        let cx = Cx { in_control: true, ..Cx::new(el.id()) };
        self.labels_for(id).iter().any(|l| !self.visible_on_screen(*l) || has_text(&self.text_of(**l, cx)))
    }

    /// `hidden-explicit-label` (a `none` check: true fails the rule): the
    /// first `<label for>` is hidden from screen readers and the control
    /// has no name otherwise.
    pub fn hidden_explicit_label(&self, el: ElementRef<'a>) -> bool {
        let Some(id) = el.value().attr_of("id") else { return false };
        let Some(label) = self.labels_for(id).first() else { return false };
        if self.visible_to_sr(*label) {
            return false;
        }
        !has_text(&self.accessible_name(el))
    }

    /// `has-visible-text` / `button-has-visible-text` (`has-text-content`).
    pub fn has_text_content(&self, el: ElementRef<'a>) -> bool {
        has_text(&self.subtree_text(el, Cx::new(el.id())))
    }

    /// `svg-non-empty-title`: a `<title>` child with text.
    pub fn svg_non_empty_title(&self, el: ElementRef<'a>) -> bool {
        let Some(title) = el.children().filter_map(ElementRef::wrap).find(|c| c.value().name() == "title")
        else {
            return false;
        };
        let cx = Cx { include_hidden: Some(true), ..Cx::new(title.id()) };
        has_text(&self.subtree_text(title, cx))
    }

    /// `no-naming-method-matches`: the element has no native way to be
    /// named (`html-elms.js` gives it no `namingMethods`: not a link with
    /// `href`, `<area>`, `<button>`, `<fieldset>`, `<figure>`, `<img>`,
    /// `<input>`, `<output>`, `<select>`, `<svg>`, `<summary>`, `<table>`,
    /// `<textarea>`, `<br>`, `<hr>`), is not a combobox wrapping a text
    /// field, and is not the listbox a combobox pops up.
    pub fn no_naming_method(&self, el: ElementRef<'a>) -> bool {
        let v = el.value();
        let native = match v.name() {
            "a" => v.attr_of("href").is_some(),
            "area" | "br" | "button" | "fieldset" | "figure" | "hr" | "img" | "input" | "output"
            | "select" | "svg" | "summary" | "table" | "textarea" => true,
            _ => false,
        };
        if native {
            return false;
        }
        let wraps_field = || {
            el.descendants().filter_map(ElementRef::wrap).skip(1).any(|d| {
                // `input:not([type="hidden"])`: HTML matches `type` values without case.
                d.value().name() == "input"
                    && !d.value().attr_of("type").is_some_and(|t| t.eq_ignore_ascii_case("hidden"))
            })
        };
        if explicit_role(el) == Some("combobox") && wraps_field() {
            return false;
        }
        !self.is_listbox_popup(el)
    }

    /// axe's `isComboboxPopup(el, { popupRoles: ['listbox'] })`: a listbox
    /// whose nearest ancestor with a role is a combobox, or that a combobox
    /// names in `aria-owns` / `aria-controls`.
    fn is_listbox_popup(&self, el: ElementRef<'a>) -> bool {
        let role_of = |e| roles::get_role(self.dom, e, RoleOpts::default());
        if role_of(el) != Some("listbox") {
            return false;
        }
        let no_presentational = RoleOpts { no_presentational: true, ..RoleOpts::default() };
        let parent =
            element_ancestors(el).find(|a| roles::get_role(self.dom, *a, no_presentational).is_some());
        if parent.is_some_and(|p| role_of(p) == Some("combobox")) {
            return true;
        }
        let Some(id) = el.value().attr_of("id").filter(|id| !id.is_empty()) else { return false };
        self.dom.entries().any(|e| {
            let v = e.el.value();
            let names_it =
                |attr| v.attr_of(attr).is_some_and(|l| l.split_ascii_whitespace().any(|t| t == id));
            v.name() != "select"
                && v.attr_of("role").is_some_and(|r| r.split_ascii_whitespace().any(|t| t == "combobox"))
                && (names_it("aria-owns") || names_it("aria-controls"))
                && role_of(e.el) == Some("combobox")
        })
    }

    /// `no-explicit-name-required-matches`.
    pub fn no_explicit_name_required(&self, el: ElementRef<'a>) -> bool {
        match explicit_role(el) {
            None => true,
            Some(r) if is_presentation(Some(r)) => true,
            Some(r) => standards::name_required(r) || focus::is_focusable(self.dom, el),
        }
    }
}

/// One finding about `el`: its snippet and selector, a detail in the
/// report's language, and the URL in `target_attr` as the target.
pub fn issue(
    check: &'static str,
    doc: &PageDoc<'_>,
    el: ElementRef<'_>,
    detail: &str,
    target_attr: Option<&str>,
) -> PageIssue {
    let issue = PageIssue::at(check, el).with_detail(detail.to_owned());
    match target_attr {
        Some(attr) => issue.with_target(doc.target(el.value().attr_of(attr))),
        None => issue,
    }
}

/// The rule body the name rules share: every element of `candidates`
/// that is not hidden from screen readers and that `named` does not name,
/// one issue each (with `detail`; `target_attr` as in [`issue`]).
pub fn unnamed<'a>(
    doc: &PageDoc<'a>,
    check: &'static str,
    candidates: impl Iterator<Item = &'a Entry<'a>>,
    named: impl Fn(&Names<'_, 'a>, ElementRef<'a>) -> bool,
    detail: &str,
    target_attr: Option<&str>,
) -> Vec<PageIssue> {
    let names = Names::new(doc.dom);
    candidates
        .filter(|e| !e.aria_hidden && !named(&names, e.el))
        .map(|e| issue(check, doc, e.el, detail, target_attr))
        .collect()
}

#[cfg(test)]
mod tests {
    use scraper::Html;

    use super::*;

    fn with<R>(html: &str, f: impl FnOnce(&Names<'_, '_>) -> R) -> R {
        let doc = Html::parse_document(html);
        let dom = Dom::new(&doc);
        let names = Names::new(&dom);
        f(&names)
    }

    fn first<'a>(names: &Names<'_, 'a>, tag: &'static str) -> ElementRef<'a> {
        names.dom.first(tag).expect("element in test page")
    }

    #[test]
    fn explicit_role_is_the_whole_value() {
        with(r#"<img role=" Presentation "><img role="presentation img"><img role="doc-cover">"#, |n| {
            let roles: Vec<_> = n.dom.tagged("img").map(|e| explicit_role(e.el)).collect();
            assert_eq!(roles, [Some("presentation"), None, None]);
        });
    }

    #[test]
    fn presentational_conflicts_fall_back_to_the_implicit_role() {
        let cases = [
            (r#"<img role="presentation">"#, Some("presentation")),
            (r#"<img role="none" aria-label="">"#, Some("img")),
            (r#"<img role="none" tabindex="0">"#, Some("img")),
            (r#"<img alt="">"#, Some("presentation")),
            (r#"<img alt="" title="x">"#, Some("presentation")),
            (r#"<img alt="" aria-describedby="d">"#, Some("img")),
            (r#"<img>"#, Some("img")),
        ];
        for (html, want) in cases {
            with(html, |n| assert_eq!(n.role(first(n, "img")), want, "{html}"));
        }
    }

    #[test]
    fn names_follow_axe_steps() {
        let cases = [
            (r#"<a href="/">首页</a>"#, "首页"),
            (r#"<a href="/"><img src="a.png" alt="政务公开"></a>"#, "政务公开"),
            (r#"<a href="/"><img src="a.png" title="图标"></a>"#, "图标"),
            (r#"<a href="/"><img src="a.png" alt=" " title="图标"></a>"#, ""),
            (r#"<a href="/"><i class="icon-weixin"></i></a>"#, ""),
            (r#"<a href="/" title="微信">&nbsp;</a>"#, "微信"),
            (r#"<a href="/"><span aria-hidden="true">x</span></a>"#, ""),
            (r#"<a href="/"><span style="display:none">x</span></a>"#, ""),
            (r#"<a href="/" aria-labelledby="t"></a><p id="t" hidden>隐藏</p>"#, "隐藏"),
            (r#"<a href="/" aria-label="  ">文字</a>"#, "文字"),
            (r#"<a href="/"><svg><title>搜索</title></svg></a>"#, "搜索"),
            (r#"<a href="/" aria-labelledby="t"></a><svg><title id="t">搜索</title></svg>"#, "搜索"),
        ];
        for (html, want) in cases {
            with(html, |n| assert_eq!(sanitize(&n.accessible_name(first(n, "a"))), want, "{html}"));
        }
    }

    #[test]
    fn sections_naming_each_other_do_not_recurse() {
        // Both sections' roles depend on their aria-labelledby text; the
        // old name-based reading overflowed the stack here.
        let html = r#"<a href="/"><section id=a aria-labelledby=b>x</section></a>
            <section id=b aria-labelledby=a>y</section>"#;
        with(html, |n| assert_eq!(sanitize(&n.accessible_name(first(n, "a"))), "y"));
    }

    #[test]
    fn labels_give_names() {
        let cases = [
            (r#"<label for="q">搜索</label><input id="q">"#, true, false),
            (r#"<label for="q"></label><input id="q">"#, false, false),
            (r#"<label for="q" style="display:none">搜索</label><input id="q">"#, true, true),
            (r#"<label for="q" style="display:none">搜索</label><input id="q" title="搜索">"#, true, false),
            (r#"<label for="q" aria-hidden="true">搜索</label><input id="q">"#, false, true),
            (r#"<label>关键字<input id="q"></label>"#, false, false),
        ];
        for (html, explicit, hidden_fails) in cases {
            with(html, |n| {
                let input = first(n, "input");
                assert_eq!(n.explicit_label(input), explicit, "{html}");
                assert_eq!(n.hidden_explicit_label(input), hidden_fails, "{html}");
            });
        }
        with(r#"<label>关键字<input id="q"></label><label><input></label>"#, |n| {
            let inputs: Vec<_> = n.dom.tagged("input").map(|e| n.implicit_label(e.el)).collect();
            assert_eq!(inputs, [true, false]);
        });
        with(r#"<label><input placeholder="请输入关键字"></label>"#, |n| {
            assert!(n.implicit_label(first(n, "input")));
        });
    }
}
