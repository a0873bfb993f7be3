//! ARIA 1.2 attribute and role tables as axe-core defines them
//! (`lib/standards/aria-attrs.js`, `aria-roles.js`, `dpub-roles.js`,
//! `graphics-roles.js`; axe merges the last three into one role table),
//! and the few facts of `lib/standards/html-elms.js` the rules read.
//!
//! Tables are sorted by name and searched by binary search. The one copy
//! of these facts for every accessibility rule: a second table would drift.

/// How an attribute's value is checked (axe's `type`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AttrType {
    /// `true` or `false`.
    Boolean,
    /// One token from `values` (axe's `nmtoken`).
    Token,
    /// One or more tokens from `values` (axe's `nmtokens`).
    Tokens,
    /// The id of an element of the page.
    IdRef,
    /// Ids, at least one of which exists.
    IdRefs,
    /// Any non-blank text (axe's `string`).
    Text,
    /// A number.
    Decimal,
    /// An integer, at least `min`.
    Int,
}

/// One `aria-*` attribute.
#[derive(Debug)]
pub struct AttrDef {
    pub name: &'static str,
    pub ty: AttrType,
    /// An empty value is valid.
    pub allow_empty: bool,
    /// Allowed on every role.
    pub global: bool,
    pub values: &'static [&'static str],
    pub min: Option<i64>,
}

/// One role.
#[derive(Debug)]
pub struct RoleDef {
    pub name: &'static str,
    /// axe's role type: `abstract`, `widget`, `composite`, `structure`,
    /// `landmark`, `window`, or for DPUB roles their superclass.
    pub ty: &'static str,
    pub required_attrs: &'static [&'static str],
    pub allowed_attrs: &'static [&'static str],
    pub prohibited_attrs: &'static [&'static str],
    pub required_context: &'static [&'static str],
    pub required_owned: &'static [&'static str],
    pub deprecated: bool,
    pub unsupported: bool,
}

/// The attribute's definition; `None` for a name ARIA does not define.
pub fn attr(name: &str) -> Option<&'static AttrDef> {
    ARIA_ATTRS.binary_search_by(|a| a.name.cmp(name)).ok().map(|i| &ARIA_ATTRS[i])
}

/// The role's definition (ARIA, DPUB and graphics roles).
pub fn role(name: &str) -> Option<&'static RoleDef> {
    ARIA_ROLES.binary_search_by(|r| r.name.cmp(name)).ok().map(|i| &ARIA_ROLES[i])
}

/// axe's `isValidRole`: a known role, abstract ones only when asked.
pub fn is_valid_role(name: &str, allow_abstract: bool) -> bool {
    role(name).is_some_and(|r| allow_abstract || r.ty != "abstract")
}

/// axe's `getRoleType`.
pub fn role_type(name: &str) -> Option<&'static str> {
    role(name).map(|r| r.ty)
}

/// The role's definition has `accessibleNameRequired`.
pub fn name_required(role: &str) -> bool {
    matches!(
        role,
        "alertdialog"
            | "application"
            | "button"
            | "checkbox"
            | "combobox"
            | "dialog"
            | "image"
            | "img"
            | "link"
            | "listbox"
            | "menuitem"
            | "menuitemcheckbox"
            | "menuitemradio"
            | "meter"
            | "option"
            | "progressbar"
            | "radio"
            | "searchbox"
            | "slider"
            | "spinbutton"
            | "switch"
            | "textbox"
            | "toolbar"
            | "treeitem"
            | "graphics-document"
            | "graphics-symbol"
    )
}

/// The role's definition has `nameFromContent` (the non-abstract roles).
pub fn name_from_content(role: &str) -> bool {
    matches!(
        role,
        "button"
            | "cell"
            | "checkbox"
            | "columnheader"
            | "directory"
            | "figure"
            | "gridcell"
            | "heading"
            | "link"
            | "listitem"
            | "menuitem"
            | "menuitemcheckbox"
            | "menuitemradio"
            | "option"
            | "radio"
            | "row"
            | "rowgroup"
            | "rowheader"
            | "switch"
            | "tab"
            | "table"
            | "term"
            | "text"
            | "tooltip"
            | "treeitem"
            | "graphics-object"
    )
}

/// The role's definition has `childrenPresentational`: its content is
/// flattened to text, so nothing inside it can be operated on its own
/// (axe's `nested-interactive` reads it).
pub fn children_presentational(role: &str) -> bool {
    matches!(
        role,
        "button"
            | "checkbox"
            | "img"
            | "image"
            | "math"
            | "menuitemcheckbox"
            | "menuitemradio"
            | "meter"
            | "option"
            | "progressbar"
            | "radio"
            | "scrollbar"
            | "separator"
            | "slider"
            | "switch"
            | "tab"
            | "doc-pagebreak"
            | "graphics-symbol"
    )
}

/// The attribute's value is a list of ids (type `idref` or `idrefs`).
pub fn is_idref(name: &str) -> bool {
    name.starts_with("aria-")
        && attr(name).is_some_and(|a| matches!(a.ty, AttrType::IdRef | AttrType::IdRefs))
}

/// Attributes every role (and an element without one) may carry.
pub fn is_global(name: &str) -> bool {
    attr(name).is_some_and(|a| a.global)
}

/// axe's `allowedAttr(role)`: the globals, the role's allowed and its
/// required attributes.
pub fn is_allowed(role_name: Option<&str>, attr_name: &str) -> bool {
    if is_global(attr_name) {
        return true;
    }
    role_name
        .and_then(role)
        .is_some_and(|r| r.allowed_attrs.contains(&attr_name) || r.required_attrs.contains(&attr_name))
}

/// `html-elms.js` `implicitAttrs`: the element states `attr_name` by itself,
/// so a role that requires it need not have it written out. `input_type` is
/// the input's type property (see `super::roles::input_type`).
pub fn has_implicit_attr(tag: &str, input_type: &str, attr_name: &str) -> bool {
    match tag {
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => attr_name == "aria-level",
        "datalist" => attr_name == "aria-multiselectable",
        "li" => matches!(attr_name, "aria-setsize" | "aria-posinset"),
        "option" => attr_name == "aria-selected",
        "progress" => matches!(attr_name, "aria-valuemax" | "aria-valuemin" | "aria-valuenow"),
        "select" => attr_name == "aria-valuenow",
        "textarea" => matches!(attr_name, "aria-valuenow" | "aria-multiline"),
        "input" => match input_type {
            "checkbox" | "radio" => attr_name == "aria-checked",
            _ => attr_name == "aria-valuenow",
        },
        _ => false,
    }
}

/// `html-elms.js` `allowedAriaAttrs`: elements that may carry only these
/// global attributes when they have no explicit role.
pub fn element_allowed_aria_attrs(tag: &str) -> Option<&'static [&'static str]> {
    matches!(tag, "br" | "wbr").then_some(&["aria-hidden"][..])
}

/// `html-elms.js` `chromiumRole`: elements without an implicit ARIA role
/// that Chromium still exposes with a role of its own.
pub fn chromium_role(tag: &str) -> Option<&'static str> {
    Some(match tag {
        "audio" => "Audio",
        "canvas" => "Canvas",
        "dl" => "DescriptionList",
        "embed" => "EmbeddedObject",
        "iframe" => "Iframe",
        "label" => "Label",
        "object" => "PluginObject",
        "svg" => "SVGRoot",
        "video" => "video",
        _ => return None,
    })
}

/// Elements `html-elms.js` knows (axe's `isHtmlElement`).
pub fn is_html_element(tag: &str) -> bool {
    HTML_ELEMENTS.binary_search(&tag).is_ok()
}

#[rustfmt::skip]
const HTML_ELEMENTS: &[&str] = &[
    "a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo",
    "blockquote", "body", "br", "button", "canvas", "caption", "cite", "code", "col", "colgroup",
    "data", "datalist", "dd", "del", "details", "dfn", "dialog", "div", "dl", "dt", "em", "embed",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "head", "header", "hgroup", "hr", "html", "i", "iframe", "img", "input", "ins", "kbd", "label",
    "legend", "li", "link", "main", "map", "mark", "math", "menu", "meta", "meter", "nav",
    "noscript", "object", "ol", "optgroup", "option", "output", "p", "param", "picture", "pre",
    "progress", "q", "rp", "rt", "ruby", "s", "samp", "script", "search", "section", "select",
    "slot", "small", "source", "span", "strong", "style", "sub", "summary", "sup", "svg", "table",
    "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time", "title", "tr", "track",
    "u", "ul", "var", "video", "wbr",
];

#[rustfmt::skip]
pub const ARIA_ATTRS: &[AttrDef] = &[
    AttrDef { name: "aria-activedescendant", ty: AttrType::IdRef, allow_empty: true, global: false, values: &[], min: None },
    AttrDef { name: "aria-atomic", ty: AttrType::Boolean, allow_empty: false, global: true, values: &[], min: None },
    AttrDef { name: "aria-autocomplete", ty: AttrType::Token, allow_empty: false, global: false, values: &["inline", "list", "both", "none"], min: None },
    AttrDef { name: "aria-braillelabel", ty: AttrType::Text, allow_empty: true, global: true, values: &[], min: None },
    AttrDef { name: "aria-brailleroledescription", ty: AttrType::Text, allow_empty: true, global: true, values: &[], min: None },
    AttrDef { name: "aria-busy", ty: AttrType::Boolean, allow_empty: false, global: true, values: &[], min: None },
    AttrDef { name: "aria-checked", ty: AttrType::Token, allow_empty: false, global: false, values: &["false", "mixed", "true", "undefined"], min: None },
    AttrDef { name: "aria-colcount", ty: AttrType::Int, allow_empty: false, global: false, values: &[], min: Some(-1) },
    AttrDef { name: "aria-colindex", ty: AttrType::Int, allow_empty: false, global: false, values: &[], min: Some(1) },
    AttrDef { name: "aria-colspan", ty: AttrType::Int, allow_empty: false, global: false, values: &[], min: Some(1) },
    AttrDef { name: "aria-controls", ty: AttrType::IdRefs, allow_empty: true, global: true, values: &[], min: None },
    AttrDef { name: "aria-current", ty: AttrType::Token, allow_empty: true, global: true, values: &["page", "step", "location", "date", "time", "true", "false"], min: None },
    AttrDef { name: "aria-describedby", ty: AttrType::IdRefs, allow_empty: true, global: true, values: &[], min: None },
    AttrDef { name: "aria-description", ty: AttrType::Text, allow_empty: true, global: true, values: &[], min: None },
    AttrDef { name: "aria-details", ty: AttrType::IdRef, allow_empty: true, global: true, values: &[], min: None },
    AttrDef { name: "aria-disabled", ty: AttrType::Boolean, allow_empty: false, global: true, values: &[], min: None },
    AttrDef { name: "aria-dropeffect", ty: AttrType::Tokens, allow_empty: false, global: true, values: &["copy", "execute", "link", "move", "none", "popup"], min: None },
    AttrDef { name: "aria-errormessage", ty: AttrType::IdRef, allow_empty: true, global: true, values: &[], min: None },
    AttrDef { name: "aria-expanded", ty: AttrType::Token, allow_empty: false, global: false, values: &["true", "false", "undefined"], min: None },
    AttrDef { name: "aria-flowto", ty: AttrType::IdRefs, allow_empty: true, global: true, values: &[], min: None },
    AttrDef { name: "aria-grabbed", ty: AttrType::Token, allow_empty: false, global: true, values: &["true", "false", "undefined"], min: None },
    AttrDef { name: "aria-haspopup", ty: AttrType::Token, allow_empty: true, global: true, values: &["true", "false", "menu", "listbox", "tree", "grid", "dialog"], min: None },
    AttrDef { name: "aria-hidden", ty: AttrType::Token, allow_empty: false, global: true, values: &["true", "false", "undefined"], min: None },
    AttrDef { name: "aria-invalid", ty: AttrType::Token, allow_empty: false, global: true, values: &["grammar", "false", "spelling", "true"], min: None },
    AttrDef { name: "aria-keyshortcuts", ty: AttrType::Text, allow_empty: true, global: true, values: &[], min: None },
    AttrDef { name: "aria-label", ty: AttrType::Text, allow_empty: true, global: true, values: &[], min: None },
    AttrDef { name: "aria-labelledby", ty: AttrType::IdRefs, allow_empty: true, global: true, values: &[], min: None },
    AttrDef { name: "aria-level", ty: AttrType::Int, allow_empty: false, global: false, values: &[], min: Some(1) },
    AttrDef { name: "aria-live", ty: AttrType::Token, allow_empty: false, global: true, values: &["assertive", "off", "polite"], min: None },
    AttrDef { name: "aria-modal", ty: AttrType::Boolean, allow_empty: false, global: false, values: &[], min: None },
    AttrDef { name: "aria-multiline", ty: AttrType::Boolean, allow_empty: false, global: false, values: &[], min: None },
    AttrDef { name: "aria-multiselectable", ty: AttrType::Boolean, allow_empty: false, global: false, values: &[], min: None },
    AttrDef { name: "aria-orientation", ty: AttrType::Token, allow_empty: false, global: false, values: &["horizontal", "undefined", "vertical"], min: None },
    AttrDef { name: "aria-owns", ty: AttrType::IdRefs, allow_empty: true, global: true, values: &[], min: None },
    AttrDef { name: "aria-placeholder", ty: AttrType::Text, allow_empty: true, global: false, values: &[], min: None },
    AttrDef { name: "aria-posinset", ty: AttrType::Int, allow_empty: false, global: false, values: &[], min: Some(1) },
    AttrDef { name: "aria-pressed", ty: AttrType::Token, allow_empty: false, global: false, values: &["false", "mixed", "true", "undefined"], min: None },
    AttrDef { name: "aria-readonly", ty: AttrType::Boolean, allow_empty: false, global: false, values: &[], min: None },
    AttrDef { name: "aria-relevant", ty: AttrType::Tokens, allow_empty: false, global: true, values: &["additions", "all", "removals", "text"], min: None },
    AttrDef { name: "aria-required", ty: AttrType::Boolean, allow_empty: false, global: false, values: &[], min: None },
    AttrDef { name: "aria-roledescription", ty: AttrType::Text, allow_empty: true, global: true, values: &[], min: None },
    AttrDef { name: "aria-rowcount", ty: AttrType::Int, allow_empty: false, global: false, values: &[], min: Some(-1) },
    AttrDef { name: "aria-rowindex", ty: AttrType::Int, allow_empty: false, global: false, values: &[], min: Some(1) },
    AttrDef { name: "aria-rowspan", ty: AttrType::Int, allow_empty: false, global: false, values: &[], min: Some(0) },
    AttrDef { name: "aria-selected", ty: AttrType::Token, allow_empty: false, global: false, values: &["false", "true", "undefined"], min: None },
    AttrDef { name: "aria-setsize", ty: AttrType::Int, allow_empty: false, global: false, values: &[], min: Some(-1) },
    AttrDef { name: "aria-sort", ty: AttrType::Token, allow_empty: false, global: false, values: &["ascending", "descending", "none", "other"], min: None },
    AttrDef { name: "aria-valuemax", ty: AttrType::Decimal, allow_empty: false, global: false, values: &[], min: None },
    AttrDef { name: "aria-valuemin", ty: AttrType::Decimal, allow_empty: false, global: false, values: &[], min: None },
    AttrDef { name: "aria-valuenow", ty: AttrType::Decimal, allow_empty: false, global: false, values: &[], min: None },
    AttrDef { name: "aria-valuetext", ty: AttrType::Text, allow_empty: true, global: false, values: &[], min: None },
];

#[rustfmt::skip]
pub const ARIA_ROLES: &[RoleDef] = &[
    RoleDef { name: "alert", ty: "structure", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "alertdialog", ty: "window", required_attrs: &[], allowed_attrs: &["aria-expanded", "aria-modal"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "application", ty: "landmark", required_attrs: &[], allowed_attrs: &["aria-activedescendant", "aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "article", ty: "structure", required_attrs: &[], allowed_attrs: &["aria-posinset", "aria-setsize", "aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "banner", ty: "landmark", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "blockquote", ty: "structure", required_attrs: &[], allowed_attrs: &[], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "button", ty: "widget", required_attrs: &[], allowed_attrs: &["aria-expanded", "aria-pressed"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "caption", ty: "structure", required_attrs: &[], allowed_attrs: &[], prohibited_attrs: &["aria-label", "aria-labelledby"], required_context: &["figure", "table", "grid", "treegrid"], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "cell", ty: "structure", required_attrs: &[], allowed_attrs: &["aria-colindex", "aria-colspan", "aria-rowindex", "aria-rowspan", "aria-expanded"], prohibited_attrs: &[], required_context: &["row"], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "checkbox", ty: "widget", required_attrs: &["aria-checked"], allowed_attrs: &["aria-readonly", "aria-expanded", "aria-required"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "code", ty: "structure", required_attrs: &[], allowed_attrs: &[], prohibited_attrs: &["aria-label", "aria-labelledby"], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "columnheader", ty: "structure", required_attrs: &[], allowed_attrs: &["aria-sort", "aria-colindex", "aria-colspan", "aria-expanded", "aria-readonly", "aria-required", "aria-rowindex", "aria-rowspan", "aria-selected"], prohibited_attrs: &[], required_context: &["row"], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "combobox", ty: "widget", required_attrs: &["aria-expanded", "aria-controls"], allowed_attrs: &["aria-owns", "aria-autocomplete", "aria-readonly", "aria-required", "aria-activedescendant", "aria-orientation"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "command", ty: "abstract", required_attrs: &[], allowed_attrs: &[], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "comment", ty: "structure", required_attrs: &[], allowed_attrs: &["aria-level", "aria-posinset", "aria-setsize"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "complementary", ty: "landmark", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "composite", ty: "abstract", required_attrs: &[], allowed_attrs: &[], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "contentinfo", ty: "landmark", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "definition", ty: "structure", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "deletion", ty: "structure", required_attrs: &[], allowed_attrs: &[], prohibited_attrs: &["aria-label", "aria-labelledby"], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "dialog", ty: "window", required_attrs: &[], allowed_attrs: &["aria-expanded", "aria-modal"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "directory", ty: "structure", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: true, unsupported: false },
    RoleDef { name: "doc-abstract", ty: "section", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "doc-acknowledgments", ty: "landmark", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "doc-afterword", ty: "landmark", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "doc-appendix", ty: "landmark", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "doc-backlink", ty: "link", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "doc-biblioentry", ty: "listitem", required_attrs: &[], allowed_attrs: &["aria-expanded", "aria-level", "aria-posinset", "aria-setsize"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: true, unsupported: false },
    RoleDef { name: "doc-bibliography", ty: "landmark", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "doc-biblioref", ty: "link", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "doc-chapter", ty: "landmark", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "doc-colophon", ty: "section", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "doc-conclusion", ty: "landmark", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "doc-cover", ty: "img", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "doc-credit", ty: "section", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "doc-credits", ty: "landmark", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "doc-dedication", ty: "section", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "doc-endnote", ty: "listitem", required_attrs: &[], allowed_attrs: &["aria-expanded", "aria-level", "aria-posinset", "aria-setsize"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: true, unsupported: false },
    RoleDef { name: "doc-endnotes", ty: "landmark", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "doc-epigraph", ty: "section", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "doc-epilogue", ty: "landmark", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "doc-errata", ty: "landmark", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "doc-example", ty: "section", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "doc-footnote", ty: "section", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "doc-foreword", ty: "landmark", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "doc-glossary", ty: "landmark", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "doc-glossref", ty: "link", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "doc-index", ty: "navigation", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "doc-introduction", ty: "landmark", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "doc-noteref", ty: "link", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "doc-notice", ty: "note", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "doc-pagebreak", ty: "separator", required_attrs: &[], allowed_attrs: &["aria-expanded", "aria-orientation"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "doc-pagelist", ty: "navigation", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "doc-part", ty: "landmark", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "doc-preface", ty: "landmark", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "doc-prologue", ty: "landmark", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "doc-pullquote", ty: "none", required_attrs: &[], allowed_attrs: &[], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "doc-qna", ty: "section", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "doc-subtitle", ty: "sectionhead", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "doc-tip", ty: "note", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "doc-toc", ty: "navigation", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "document", ty: "structure", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "emphasis", ty: "structure", required_attrs: &[], allowed_attrs: &[], prohibited_attrs: &["aria-label", "aria-labelledby"], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "feed", ty: "structure", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &["article"], deprecated: false, unsupported: false },
    RoleDef { name: "figure", ty: "structure", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "form", ty: "landmark", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "graphics-document", ty: "structure", required_attrs: &[], allowed_attrs: &[], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "graphics-object", ty: "structure", required_attrs: &[], allowed_attrs: &[], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "graphics-symbol", ty: "structure", required_attrs: &[], allowed_attrs: &[], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "grid", ty: "composite", required_attrs: &[], allowed_attrs: &["aria-level", "aria-multiselectable", "aria-readonly", "aria-activedescendant", "aria-colcount", "aria-expanded", "aria-rowcount"], prohibited_attrs: &[], required_context: &[], required_owned: &["rowgroup", "row"], deprecated: false, unsupported: false },
    RoleDef { name: "gridcell", ty: "widget", required_attrs: &[], allowed_attrs: &["aria-readonly", "aria-required", "aria-selected", "aria-colindex", "aria-colspan", "aria-expanded", "aria-rowindex", "aria-rowspan"], prohibited_attrs: &[], required_context: &["row"], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "group", ty: "structure", required_attrs: &[], allowed_attrs: &["aria-activedescendant", "aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "heading", ty: "structure", required_attrs: &["aria-level"], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "image", ty: "structure", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "img", ty: "structure", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "input", ty: "abstract", required_attrs: &[], allowed_attrs: &[], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "insertion", ty: "structure", required_attrs: &[], allowed_attrs: &[], prohibited_attrs: &["aria-label", "aria-labelledby"], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "landmark", ty: "abstract", required_attrs: &[], allowed_attrs: &[], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "link", ty: "widget", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "list", ty: "structure", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &["listitem"], deprecated: false, unsupported: false },
    RoleDef { name: "listbox", ty: "widget", required_attrs: &[], allowed_attrs: &["aria-multiselectable", "aria-readonly", "aria-required", "aria-activedescendant", "aria-expanded", "aria-orientation"], prohibited_attrs: &[], required_context: &[], required_owned: &["group", "option"], deprecated: false, unsupported: false },
    RoleDef { name: "listitem", ty: "structure", required_attrs: &[], allowed_attrs: &["aria-level", "aria-posinset", "aria-setsize", "aria-expanded"], prohibited_attrs: &[], required_context: &["list"], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "log", ty: "structure", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "main", ty: "landmark", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "mark", ty: "structure", required_attrs: &[], allowed_attrs: &[], prohibited_attrs: &["aria-label", "aria-labelledby"], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "marquee", ty: "structure", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "math", ty: "structure", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "menu", ty: "composite", required_attrs: &[], allowed_attrs: &["aria-activedescendant", "aria-expanded", "aria-orientation"], prohibited_attrs: &[], required_context: &[], required_owned: &["group", "menuitemradio", "menuitem", "menuitemcheckbox", "menu", "separator"], deprecated: false, unsupported: false },
    RoleDef { name: "menubar", ty: "composite", required_attrs: &[], allowed_attrs: &["aria-activedescendant", "aria-expanded", "aria-orientation"], prohibited_attrs: &[], required_context: &[], required_owned: &["group", "menuitemradio", "menuitem", "menuitemcheckbox", "menu", "separator"], deprecated: false, unsupported: false },
    RoleDef { name: "menuitem", ty: "widget", required_attrs: &[], allowed_attrs: &["aria-posinset", "aria-setsize", "aria-expanded"], prohibited_attrs: &[], required_context: &["menu", "menubar", "group"], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "menuitemcheckbox", ty: "widget", required_attrs: &["aria-checked"], allowed_attrs: &["aria-expanded", "aria-posinset", "aria-readonly", "aria-setsize"], prohibited_attrs: &[], required_context: &["menu", "menubar", "group"], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "menuitemradio", ty: "widget", required_attrs: &["aria-checked"], allowed_attrs: &["aria-expanded", "aria-posinset", "aria-readonly", "aria-setsize"], prohibited_attrs: &[], required_context: &["menu", "menubar", "group"], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "meter", ty: "structure", required_attrs: &["aria-valuenow"], allowed_attrs: &["aria-valuemax", "aria-valuemin", "aria-valuetext"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "navigation", ty: "landmark", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "none", ty: "structure", required_attrs: &[], allowed_attrs: &[], prohibited_attrs: &["aria-label", "aria-labelledby"], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "note", ty: "structure", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "option", ty: "widget", required_attrs: &[], allowed_attrs: &["aria-selected", "aria-checked", "aria-posinset", "aria-setsize"], prohibited_attrs: &[], required_context: &["group", "listbox"], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "paragraph", ty: "structure", required_attrs: &[], allowed_attrs: &[], prohibited_attrs: &["aria-label", "aria-labelledby"], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "presentation", ty: "structure", required_attrs: &[], allowed_attrs: &[], prohibited_attrs: &["aria-label", "aria-labelledby"], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "progressbar", ty: "widget", required_attrs: &[], allowed_attrs: &["aria-expanded", "aria-valuemax", "aria-valuemin", "aria-valuenow", "aria-valuetext"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "radio", ty: "widget", required_attrs: &["aria-checked"], allowed_attrs: &["aria-posinset", "aria-setsize", "aria-required"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "radiogroup", ty: "composite", required_attrs: &[], allowed_attrs: &["aria-readonly", "aria-required", "aria-activedescendant", "aria-expanded", "aria-orientation"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "range", ty: "abstract", required_attrs: &[], allowed_attrs: &[], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "region", ty: "landmark", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "roletype", ty: "abstract", required_attrs: &[], allowed_attrs: &[], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "row", ty: "structure", required_attrs: &[], allowed_attrs: &["aria-colindex", "aria-level", "aria-rowindex", "aria-selected", "aria-activedescendant", "aria-expanded", "aria-posinset", "aria-setsize"], prohibited_attrs: &[], required_context: &["grid", "rowgroup", "table", "treegrid"], required_owned: &["cell", "columnheader", "gridcell", "rowheader"], deprecated: false, unsupported: false },
    RoleDef { name: "rowgroup", ty: "structure", required_attrs: &[], allowed_attrs: &[], prohibited_attrs: &[], required_context: &["grid", "table", "treegrid"], required_owned: &["row"], deprecated: false, unsupported: false },
    RoleDef { name: "rowheader", ty: "structure", required_attrs: &[], allowed_attrs: &["aria-sort", "aria-colindex", "aria-colspan", "aria-expanded", "aria-readonly", "aria-required", "aria-rowindex", "aria-rowspan", "aria-selected"], prohibited_attrs: &[], required_context: &["row"], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "scrollbar", ty: "widget", required_attrs: &["aria-valuenow"], allowed_attrs: &["aria-controls", "aria-orientation", "aria-valuemax", "aria-valuemin", "aria-valuetext"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "search", ty: "landmark", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "searchbox", ty: "widget", required_attrs: &[], allowed_attrs: &["aria-activedescendant", "aria-autocomplete", "aria-multiline", "aria-placeholder", "aria-readonly", "aria-required"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "section", ty: "abstract", required_attrs: &[], allowed_attrs: &[], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "sectionfooter", ty: "structure", required_attrs: &[], allowed_attrs: &[], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "sectionhead", ty: "abstract", required_attrs: &[], allowed_attrs: &[], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "sectionheader", ty: "structure", required_attrs: &[], allowed_attrs: &[], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "select", ty: "abstract", required_attrs: &[], allowed_attrs: &[], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "separator", ty: "structure", required_attrs: &["aria-valuenow"], allowed_attrs: &["aria-valuemax", "aria-valuemin", "aria-orientation", "aria-valuetext"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "slider", ty: "widget", required_attrs: &["aria-valuenow"], allowed_attrs: &["aria-valuemax", "aria-valuemin", "aria-orientation", "aria-readonly", "aria-required", "aria-valuetext"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "spinbutton", ty: "widget", required_attrs: &[], allowed_attrs: &["aria-valuemax", "aria-valuemin", "aria-readonly", "aria-required", "aria-activedescendant", "aria-valuetext", "aria-valuenow"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "status", ty: "structure", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "strong", ty: "structure", required_attrs: &[], allowed_attrs: &[], prohibited_attrs: &["aria-label", "aria-labelledby"], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "structure", ty: "abstract", required_attrs: &[], allowed_attrs: &[], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "subscript", ty: "structure", required_attrs: &[], allowed_attrs: &[], prohibited_attrs: &["aria-label", "aria-labelledby"], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "suggestion", ty: "structure", required_attrs: &[], allowed_attrs: &[], prohibited_attrs: &["aria-label", "aria-labelledby"], required_context: &[], required_owned: &["insertion", "deletion"], deprecated: false, unsupported: false },
    RoleDef { name: "superscript", ty: "structure", required_attrs: &[], allowed_attrs: &[], prohibited_attrs: &["aria-label", "aria-labelledby"], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "switch", ty: "widget", required_attrs: &["aria-checked"], allowed_attrs: &["aria-expanded", "aria-readonly", "aria-required"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "tab", ty: "widget", required_attrs: &[], allowed_attrs: &["aria-posinset", "aria-selected", "aria-setsize", "aria-expanded"], prohibited_attrs: &[], required_context: &["tablist"], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "table", ty: "structure", required_attrs: &[], allowed_attrs: &["aria-colcount", "aria-rowcount", "aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &["rowgroup", "row"], deprecated: false, unsupported: false },
    RoleDef { name: "tablist", ty: "composite", required_attrs: &[], allowed_attrs: &["aria-level", "aria-multiselectable", "aria-orientation", "aria-activedescendant", "aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &["tab"], deprecated: false, unsupported: false },
    RoleDef { name: "tabpanel", ty: "structure", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "term", ty: "structure", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "text", ty: "structure", required_attrs: &[], allowed_attrs: &[], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "textbox", ty: "widget", required_attrs: &[], allowed_attrs: &["aria-activedescendant", "aria-autocomplete", "aria-multiline", "aria-placeholder", "aria-readonly", "aria-required"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "time", ty: "structure", required_attrs: &[], allowed_attrs: &[], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "timer", ty: "structure", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "toolbar", ty: "structure", required_attrs: &[], allowed_attrs: &["aria-orientation", "aria-activedescendant", "aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "tooltip", ty: "structure", required_attrs: &[], allowed_attrs: &["aria-expanded"], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "tree", ty: "composite", required_attrs: &[], allowed_attrs: &["aria-multiselectable", "aria-required", "aria-activedescendant", "aria-expanded", "aria-orientation"], prohibited_attrs: &[], required_context: &[], required_owned: &["group", "treeitem"], deprecated: false, unsupported: false },
    RoleDef { name: "treegrid", ty: "composite", required_attrs: &[], allowed_attrs: &["aria-activedescendant", "aria-colcount", "aria-expanded", "aria-level", "aria-multiselectable", "aria-orientation", "aria-readonly", "aria-required", "aria-rowcount"], prohibited_attrs: &[], required_context: &[], required_owned: &["rowgroup", "row"], deprecated: false, unsupported: false },
    RoleDef { name: "treeitem", ty: "widget", required_attrs: &[], allowed_attrs: &["aria-checked", "aria-expanded", "aria-level", "aria-posinset", "aria-selected", "aria-setsize"], prohibited_attrs: &[], required_context: &["group", "tree"], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "widget", ty: "abstract", required_attrs: &[], allowed_attrs: &[], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
    RoleDef { name: "window", ty: "abstract", required_attrs: &[], allowed_attrs: &[], prohibited_attrs: &[], required_context: &[], required_owned: &[], deprecated: false, unsupported: false },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_for_binary_search() {
        assert!(ARIA_ATTRS.windows(2).all(|w| w[0].name < w[1].name));
        assert!(ARIA_ROLES.windows(2).all(|w| w[0].name < w[1].name));
        assert!(HTML_ELEMENTS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn looks_up_roles_and_attributes() {
        assert_eq!(attr("aria-level").map(|a| a.ty), Some(AttrType::Int));
        assert!(attr("aria-lable").is_none());
        assert!(is_valid_role("navigation", false));
        assert!(!is_valid_role("nav", false));
        assert!(!is_valid_role("widget", false) && is_valid_role("widget", true));
        assert!(role("directory").is_some_and(|r| r.deprecated));
        assert!(is_allowed(Some("tab"), "aria-selected"));
        assert!(!is_allowed(None, "aria-selected"));
        assert!(is_allowed(Some("checkbox"), "aria-checked"));
        assert!(is_html_element("div") && !is_html_element("my-widget"));
        let idrefs: Vec<_> = ARIA_ATTRS.iter().map(|a| a.name).filter(|n| is_idref(n)).collect();
        assert_eq!(
            idrefs,
            [
                "aria-activedescendant",
                "aria-controls",
                "aria-describedby",
                "aria-details",
                "aria-errormessage",
                "aria-flowto",
                "aria-labelledby",
                "aria-owns"
            ]
        );
        assert!(name_required("img") && !name_required("heading"));
        assert!(name_from_content("heading") && !name_from_content("img"));
    }
}
