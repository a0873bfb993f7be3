//! One stylesheet parsed with `cssparser` into the only rules the
//! accessibility walk needs: those that set `display` or `visibility`;
//! and the rules that hide by geometry or colour ([`Concealment`]), which
//! `link.hidden` reads for the elements around a link to another site.
//!
//! Everything else is skipped while parsing (a real portal's sheet has
//! thousands of rules about fonts and floats). Selectors are parsed with
//! the `selectors` crate, through `scraper`'s own parser, so that they
//! match the same way `scraper::Selector` does; a selector it cannot read
//! (`:hover`, `::before`, a vendor extension) is skipped, never an error.
//! Dynamic pseudo-classes are exactly the ones it cannot read, which is
//! what we want: the walk sees the page at rest.

use cssparser::{
    AtRuleParser, CowRcStr, DeclarationParser, ParseError, Parser, ParserState, QualifiedRuleParser,
    RuleBodyItemParser, RuleBodyParser, StyleSheetParser, Token,
};
use scraper::selector::Simple;
use selectors::parser::Selector;

use super::conceal::Concealment;
use super::limits;

/// What a declaration of `display` says, as far as hiding goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Display {
    None,
    /// Any other valid value (`block`, `flex`, `inherit`…): the element is
    /// laid out, unless an ancestor is not.
    Shown,
}

/// What a declaration of `visibility` says. It is inherited: a descendant
/// may say `visible` again under a `hidden` ancestor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Visibility {
    Visible,
    /// `hidden` or `collapse`.
    Hidden,
    /// `inherit`, `unset`, `revert`: the parent's value.
    Inherit,
}

/// A declaration with its `!important` flag.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Declared<T> {
    pub value: T,
    pub important: bool,
}

/// The `display` and `visibility` one declaration block sets (the last
/// valid one of each, as in CSS, `!important` ones winning inside a block),
/// and how it hides otherwise, if it does.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Block {
    pub display: Option<Declared<Display>>,
    pub visibility: Option<Declared<Visibility>>,
    pub conceal: Option<Concealment>,
}

impl Block {
    /// Reads a declaration list (a rule's body or a `style` attribute).
    pub fn parse(text: &str) -> Block {
        Block::parse_from(&mut Parser::new(text))
    }

    fn parse_from(input: &mut Parser<'_>) -> Block {
        let mut block = Block::default();
        let mut geometry = super::conceal::Geometry::default();
        for decl in RuleBodyParser::new(input, &mut DeclarationReader).flatten() {
            match decl {
                Decl::Display(d) => keep(&mut block.display, d),
                Decl::Visibility(v) => keep(&mut block.visibility, v),
                Decl::Geometry(g) => geometry.set(g),
            }
        }
        block.conceal = geometry.concealment();
        block
    }

    pub fn is_empty(&self) -> bool {
        self.display.is_none() && self.visibility.is_none() && self.conceal.is_none()
    }

    /// Whether it sets what the accessibility walk reads.
    pub fn shows_or_hides(&self) -> bool {
        self.display.is_some() || self.visibility.is_some()
    }

    /// Only what can show an element: for rules govaudit does not apply
    /// (inside `@media`), which may show what another rule hides.
    fn showing_only(self) -> Block {
        Block {
            display: self.display.filter(|d| d.value == Display::Shown),
            visibility: self.visibility.filter(|v| v.value == Visibility::Visible),
            conceal: None,
        }
    }
}

/// A later declaration replaces an earlier one unless only the earlier is
/// `!important`.
fn keep<T>(slot: &mut Option<Declared<T>>, new: Declared<T>) {
    if !slot.as_ref().is_some_and(|old| old.important && !new.important) {
        *slot = Some(new);
    }
}

/// One selector (a comma-separated list is split) and what its block sets.
pub struct Rule {
    pub selector: Selector<Simple>,
    pub specificity: u32,
    pub block: Block,
    /// From inside `@media` or `@supports`: never applied as hiding, only
    /// as showing.
    pub conditional: bool,
}

/// A parsed stylesheet.
#[derive(Default)]
pub struct Sheet {
    pub rules: Vec<Rule>,
    /// The rules by the id, class or tag of their rightmost compound, built
    /// once with the sheet: a sheet is parsed once per run and applied to
    /// every page that links it.
    pub index: super::cascade::Index,
    /// `@import` targets as written, in order (resolved by whoever knows
    /// the sheet's URL).
    pub imports: Vec<String>,
    /// A limit stopped the parse: rules after it are not read.
    pub cut: bool,
}

impl Sheet {
    /// Parses `text` within [`limits::SHEET_BYTES`], [`limits::SHEET_RULES`]
    /// and [`limits::PARSE_TIME`].
    pub fn parse(text: &str) -> Sheet {
        let (text, cut) = if text.len() <= limits::SHEET_BYTES {
            (text, false)
        } else {
            let mut end = limits::SHEET_BYTES;
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            (&text[..end], true)
        };
        let mut reader = SheetReader { sheet: Sheet { cut, ..Sheet::default() }, seen: 0, nested: false };
        let started = std::time::Instant::now();
        let mut parser = Parser::new(text);
        let mut items = StyleSheetParser::new(&mut parser, &mut reader);
        while items.next().is_some() {
            let seen = items.parser.seen;
            if seen >= limits::SHEET_RULES
                || (seen.is_multiple_of(256) && started.elapsed() > limits::PARSE_TIME)
            {
                items.parser.sheet.cut = true;
                break;
            }
        }
        let mut sheet = reader.sheet;
        sheet.index = super::cascade::Index::of(&sheet.rules);
        sheet
    }
}

enum Decl {
    Display(Declared<Display>),
    Visibility(Declared<Visibility>),
    Geometry(super::conceal::Declaration),
}

struct DeclarationReader;

impl<'i> DeclarationParser<'i> for DeclarationReader {
    type Declaration = Decl;
    type Error = ();

    fn parse_value(
        &mut self,
        name: CowRcStr<'i>,
        input: &mut Parser<'i>,
        _start: &ParserState,
    ) -> Result<Decl, ParseError<()>> {
        let is_display = name.eq_ignore_ascii_case("display");
        if !is_display && !name.eq_ignore_ascii_case("visibility") {
            return super::conceal::Declaration::parse(&name, input)
                .map(Decl::Geometry)
                .ok_or_else(|| ParseError::custom(()));
        }
        let mut words = Vec::new();
        let mut important = false;
        while !input.is_exhausted() {
            if input.try_parse(cssparser::parse_important).is_ok() {
                important = true;
                break;
            }
            match input.next() {
                Ok(Token::Ident(word)) if words.len() < 4 => words.push(word.to_ascii_lowercase()),
                _ => return Err(ParseError::custom(())),
            }
        }
        if !input.is_exhausted() {
            return Err(ParseError::custom(()));
        }
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        let decl = if is_display {
            display(&words).map(|value| Decl::Display(Declared { value, important }))
        } else {
            visibility(&words).map(|value| Decl::Visibility(Declared { value, important }))
        };
        decl.ok_or_else(|| ParseError::custom(()))
    }
}

/// A valid `display` value; an invalid one is dropped, as a browser drops
/// it (so it does not undo an earlier `display:none`).
fn display(words: &[&str]) -> Option<Display> {
    const OUTER: &[&str] = &["block", "inline", "run-in"];
    const INNER: &[&str] = &["flow", "flow-root", "table", "flex", "grid", "ruby", "math"];
    const ALONE: &[&str] = &[
        "contents",
        "list-item",
        "inline-block",
        "inline-table",
        "inline-flex",
        "inline-grid",
        "table-row-group",
        "table-header-group",
        "table-footer-group",
        "table-row",
        "table-cell",
        "table-column-group",
        "table-column",
        "table-caption",
        "ruby-base",
        "ruby-text",
        "ruby-base-container",
        "ruby-text-container",
        "inherit",
        "initial",
        "unset",
        "revert",
        "revert-layer",
        "-webkit-box",
        "-webkit-flex",
        "-ms-flexbox",
        "-webkit-inline-box",
        "-moz-box",
    ];
    match words {
        ["none"] => Some(Display::None),
        [w] if ALONE.contains(w) || OUTER.contains(w) || INNER.contains(w) => Some(Display::Shown),
        [a, b] | [a, b, _]
            if (OUTER.contains(a) || INNER.contains(a) || *a == "list-item")
                && (OUTER.contains(b) || INNER.contains(b) || *b == "list-item") =>
        {
            Some(Display::Shown)
        }
        _ => None,
    }
}

fn visibility(words: &[&str]) -> Option<Visibility> {
    match words {
        ["visible" | "initial"] => Some(Visibility::Visible),
        ["hidden" | "collapse"] => Some(Visibility::Hidden),
        ["inherit" | "unset" | "revert" | "revert-layer"] => Some(Visibility::Inherit),
        _ => None,
    }
}

impl AtRuleParser<'_> for DeclarationReader {
    type Prelude = ();
    type AtRule = Decl;
    type Error = ();
}

impl QualifiedRuleParser<'_> for DeclarationReader {
    type Prelude = ();
    type QualifiedRule = Decl;
    type Error = ();
}

impl RuleBodyItemParser<'_, Decl, ()> for DeclarationReader {
    fn parse_declarations(&self) -> bool {
        true
    }

    fn parse_qualified(&self) -> bool {
        false
    }
}

/// Reads a sheet's rules into `sheet`.
struct SheetReader {
    sheet: Sheet,
    /// Qualified rules read, kept or not (for the limit).
    seen: usize,
    /// Inside a conditional group rule: its own at-rules are skipped.
    nested: bool,
}

/// The at-rules the reader looks into.
enum AtPrelude {
    Import(String),
    /// `@media`, `@supports`: their rules only show (see [`Rule::conditional`]).
    Conditional,
}

impl<'i> AtRuleParser<'i> for SheetReader {
    type Prelude = AtPrelude;
    type AtRule = ();
    type Error = ();

    fn parse_prelude(
        &mut self,
        name: CowRcStr<'i>,
        input: &mut Parser<'i>,
    ) -> Result<AtPrelude, ParseError<()>> {
        if name.eq_ignore_ascii_case("import") && !self.nested {
            let url = input.expect_url_or_string().map_err(ParseError::from)?;
            // `@import url(x) print;` applies to print only.
            let media_ok = media_applies(input);
            return if media_ok {
                Ok(AtPrelude::Import(url.as_ref().to_owned()))
            } else {
                Err(ParseError::custom(()))
            };
        }
        if (name.eq_ignore_ascii_case("media") || name.eq_ignore_ascii_case("supports")) && !self.nested {
            while input.next().is_ok() {}
            return Ok(AtPrelude::Conditional);
        }
        Err(ParseError::custom(()))
    }

    fn rule_without_block(&mut self, prelude: AtPrelude, _start: &ParserState) -> Result<(), ()> {
        match prelude {
            AtPrelude::Import(url) if self.sheet.imports.len() < limits::IMPORTS_PER_SHEET => {
                self.sheet.imports.push(url);
                Ok(())
            }
            _ => Err(()),
        }
    }

    fn parse_block(
        &mut self,
        prelude: AtPrelude,
        _start: &ParserState,
        input: &mut Parser<'i>,
    ) -> Result<(), ParseError<()>> {
        let AtPrelude::Conditional = prelude else { return Err(ParseError::custom(())) };
        self.nested = true;
        let mut inner = StyleSheetParser::new(input, self);
        while inner.next().is_some() {
            if inner.parser.seen >= limits::SHEET_RULES {
                break;
            }
        }
        self.nested = false;
        Ok(())
    }
}

/// Whether an `@import`'s media list (what follows its URL) applies on a
/// screen: none, `all` or `screen` (any media feature is not evaluated).
fn media_applies(input: &mut Parser<'_>) -> bool {
    let mut ok = true;
    let mut any = false;
    while let Ok(token) = input.next() {
        any = true;
        match token {
            Token::Ident(w) if w.eq_ignore_ascii_case("screen") || w.eq_ignore_ascii_case("all") => {}
            Token::Comma => {}
            _ => ok = false,
        }
    }
    !any || ok
}

impl<'i> QualifiedRuleParser<'i> for SheetReader {
    type Prelude = String;
    type QualifiedRule = ();
    type Error = ();

    fn parse_prelude(&mut self, input: &mut Parser<'i>) -> Result<String, ParseError<()>> {
        let start = input.position();
        while input.next().is_ok() {}
        Ok(input.slice_from(start).to_owned())
    }

    fn parse_block(
        &mut self,
        prelude: String,
        _start: &ParserState,
        input: &mut Parser<'i>,
    ) -> Result<(), ParseError<()>> {
        self.seen += 1;
        let mut block = Block::parse_from(input);
        if self.nested {
            block = block.showing_only();
        }
        if block.is_empty() {
            return Ok(());
        }
        for selector in parse_selectors(&prelude) {
            if self.sheet.rules.len() >= limits::SHEET_RULES {
                break;
            }
            let specificity = selector.specificity();
            self.sheet.rules.push(Rule { selector, specificity, block, conditional: self.nested });
        }
        Ok(())
    }
}

/// The selectors of a comma-separated list that the engine reads; each is
/// parsed alone, so one it cannot read (`a:hover`) does not drop the
/// others. A selector list too long or nested too deep to be a real one is
/// skipped whole: the selector parser recurses into `:is(…)` and `:not(…)`.
pub(super) fn parse_selectors(text: &str) -> Vec<Selector<Simple>> {
    let nesting = text.bytes().filter(|&b| b == b'(' || b == b'[').count();
    if text.len() > limits::SELECTOR_BYTES || nesting > limits::SELECTOR_NESTING {
        return Vec::new();
    }
    Parser::new(text).parse_comma_separated_ignoring_errors(|input| {
        Selector::parse(&scraper::selector::Parser, input).map_err(|_| ParseError::<()>::custom(()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_only_display_and_visibility() {
        let sheet = Sheet::parse(
            ".a{color:red;display:none} .b, .c:hover {visibility:hidden!important} .d{font-size:1px}
             .e{display:nonee} .f{display:block flow}",
        );
        let got: Vec<String> = sheet
            .rules
            .iter()
            .map(|r| format!("{:?} {:?}", r.block.display.map(|d| d.value), r.block.visibility))
            .collect();
        assert_eq!(sheet.rules.len(), 3, "{got:?}");
        assert_eq!(sheet.rules[0].block.display, Some(Declared { value: Display::None, important: false }));
        assert_eq!(
            sheet.rules[1].block.visibility,
            Some(Declared { value: Visibility::Hidden, important: true })
        );
        assert_eq!(sheet.rules[2].block.display.map(|d| d.value), Some(Display::Shown));
    }

    #[test]
    fn important_inside_a_block_beats_a_later_normal_one() {
        let block = Block::parse("display:none !important; display:block");
        assert_eq!(block.display, Some(Declared { value: Display::None, important: true }));
        let block = Block::parse("display:none; display:block");
        assert_eq!(block.display.map(|d| d.value), Some(Display::Shown));
    }

    #[test]
    fn media_rules_only_show_and_imports_are_listed() {
        let sheet = Sheet::parse(
            "@import url(\"base.css\"); @import 'print.css' print; @charset \"utf-8\";
             @media (max-width: 600px) { .nav{display:none} .menu{display:block} }
             @font-face { font-family: x; } .x{display:none}",
        );
        assert_eq!(sheet.imports, vec!["base.css"]);
        assert_eq!(sheet.rules.len(), 2);
        assert!(sheet.rules[0].conditional && sheet.rules[0].block.display.unwrap().value == Display::Shown);
        assert!(!sheet.rules[1].conditional);
    }

    #[test]
    fn hostile_sheets_stay_bounded() {
        let deep = format!("{}x{}", ":is(".repeat(100_000), ")".repeat(100_000));
        let sheet = Sheet::parse(&format!("{deep}{{display:none}} .ok{{display:none}}"));
        assert_eq!(sheet.rules.len(), 1);
        let braces = "{".repeat(200_000);
        assert!(Sheet::parse(&braces).rules.is_empty());
        let garbage: String = (0..300_000u32).map(|i| char::from_u32(i % 0xD7FF).unwrap_or('x')).collect();
        let _ = Sheet::parse(&garbage);
        let many = ".a{display:none}".repeat(limits::SHEET_RULES * 2);
        let sheet = Sheet::parse(&many);
        assert!(sheet.cut && sheet.rules.len() <= limits::SHEET_RULES);
    }
}
