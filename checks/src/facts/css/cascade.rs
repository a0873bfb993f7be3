//! The cascade, for `display` and `visibility` only: which declaration
//! wins on an element, from the page's sheets and its inline `style`.
//!
//! The order is CSS's for one origin: `!important` beats normal; then the
//! inline `style` beats any rule; then higher specificity; then the later
//! rule (sheets in document order, an imported sheet before the one that
//! imports it). Rules are indexed by the id, class or tag of their
//! rightmost compound, as browsers do, so an element is only matched
//! against the rules that could apply to it.

use std::collections::HashMap;
use std::sync::Arc;

use scraper::selector::Simple;
use scraper::{ElementRef, Html};
use selectors::matching::{
    MatchingContext, MatchingForInvalidation, MatchingMode, NeedsSelectorFlags, QuirksMode, SelectorCaches,
    matches_selector,
};
use selectors::parser::Component;
use url::Url;

use super::sheet::{Block, Declared, Display, Sheet, Visibility};
use super::{LinkedSheets, limits, media_applies};
use crate::facts::html::attr::Attr;

/// What the cascade decided for one element (`None`: nothing declared).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cascaded {
    pub display: Option<Display>,
    pub visibility: Option<Visibility>,
}

/// A sheet's rules by the most selective simple selector of their
/// rightmost compound.
#[derive(Default)]
pub struct Index {
    by_id: HashMap<String, Vec<u32>>,
    by_class: HashMap<String, Vec<u32>>,
    by_tag: HashMap<String, Vec<u32>>,
    any: Vec<u32>,
}

impl Index {
    pub fn of(rules: &[super::sheet::Rule]) -> Index {
        let mut index = Index::default();
        for (i, rule) in rules.iter().enumerate() {
            let bucket = match key(&rule.selector) {
                Key::Id(id) => index.by_id.entry(id).or_default(),
                Key::Class(class) => index.by_class.entry(class).or_default(),
                Key::Tag(tag) => index.by_tag.entry(tag).or_default(),
                Key::Any => &mut index.any,
            };
            bucket.push(u32::try_from(i).unwrap_or(u32::MAX));
        }
        index
    }

    /// The rules that could match `el`, by its id, classes and tag.
    pub(super) fn candidates(&self, el: ElementRef<'_>, out: &mut Vec<u32>) {
        let v = el.value();
        out.extend_from_slice(&self.any);
        if let Some(rules) = v.id().and_then(|id| self.by_id.get(id)) {
            out.extend_from_slice(rules);
        }
        // The parser keeps an element's classes deduplicated.
        for class in v.classes() {
            if let Some(rules) = self.by_class.get(class) {
                out.extend_from_slice(rules);
            }
        }
        if let Some(rules) = self.by_tag.get(v.name()) {
            out.extend_from_slice(rules);
        }
    }
}

/// The page's applicable sheets, in order, each with the page order of its
/// first rule.
#[derive(Default)]
pub struct PageStyles {
    pub(super) sheets: Vec<(Arc<Sheet>, u32)>,
    /// Per sheet: the URL of a linked one, `None` for a `<style>` block.
    pub(super) origins: Vec<Option<Arc<str>>>,
    /// Selector matches left for [`PageStyles::concealment`] and
    /// [`PageStyles::switched_off`], apart from the walk's.
    pub(super) conceal_budget: usize,
    rules: usize,
    /// Selector matches left for this page.
    budget: usize,
    /// The budget ran out: the remaining elements get no sheet rules.
    pub exhausted: bool,
    pub(super) caches: SelectorCaches,
    /// Scratch space for one element's candidates.
    candidates: Vec<u32>,
}

impl PageStyles {
    /// The sheets that apply to `html`, in document order: its `<style>`
    /// blocks, and the linked ones found in `linked` (`resolve` turns an
    /// `href` into the URL the crawler fetched it at; `normalize` does to an
    /// `@import` what the crawler did). Imports are followed one level.
    pub fn read(
        html: &Html,
        resolve: &dyn Fn(&str) -> Option<Url>,
        normalize: &dyn Fn(&mut Url),
        linked: &LinkedSheets,
    ) -> PageStyles {
        let mut styles = PageStyles {
            budget: limits::PAGE_MATCHES,
            conceal_budget: limits::CONCEAL_MATCHES,
            ..PageStyles::default()
        };
        let mut sources = 0;
        for node in html.tree.root().descendants() {
            let Some(el) = ElementRef::wrap(node) else { continue };
            let v = el.value();
            if !matches!(v.name(), "style" | "link") || !media_applies(v.attr_of("media")) {
                continue;
            }
            if sources >= limits::SHEETS_PER_PAGE {
                break;
            }
            if el.ancestors().any(|a| a.value().as_element().is_some_and(|e| e.name() == "template")) {
                continue;
            }
            let css_type = v.attr_of("type").is_none_or(|t| {
                let t = t.trim();
                t.is_empty() || t.eq_ignore_ascii_case("text/css")
            });
            if !css_type {
                continue;
            }
            let (sheet, base) = if v.name() == "style" {
                let text: String = el.text().collect();
                (Arc::new(Sheet::parse(&text)), None)
            } else {
                let rel = v.attr_of("rel").unwrap_or_default();
                let tokens = || rel.split_ascii_whitespace();
                if !tokens().any(|t| t.eq_ignore_ascii_case("stylesheet"))
                    || tokens().any(|t| t.eq_ignore_ascii_case("alternate"))
                    || v.attr_of("disabled").is_some()
                {
                    continue;
                }
                let Some(url) = v.attr_of("href").and_then(resolve) else { continue };
                let Some(sheet) = linked.get(&url) else { continue };
                (Arc::clone(sheet), Some(url))
            };
            sources += 1;
            for import in &sheet.imports {
                let url = match &base {
                    Some(base) => base.join(import.trim()).ok().map(|mut u| {
                        normalize(&mut u);
                        u
                    }),
                    None => resolve(import),
                };
                if let Some((url, imported)) = url.as_ref().and_then(|u| Some((u, linked.get(u)?))) {
                    styles.add(Arc::clone(imported), Some(url));
                }
            }
            styles.add(sheet, base.as_ref());
        }
        styles
    }

    /// Applies `sheet` after the ones already added, unless the page's rule
    /// limit leaves no room for it whole.
    fn add(&mut self, sheet: Arc<Sheet>, url: Option<&Url>) {
        if sheet.rules.is_empty() || self.rules + sheet.rules.len() > limits::PAGE_RULES {
            return;
        }
        let base = u32::try_from(self.rules).unwrap_or(u32::MAX);
        self.rules += sheet.rules.len();
        self.sheets.push((sheet, base));
        self.origins.push(url.map(|u| Arc::from(u.as_str())));
    }

    /// How many rules the page applies.
    pub fn rule_count(&self) -> usize {
        self.rules
    }

    /// The winning `display` and `visibility` on `el`, its inline `style`
    /// included.
    pub fn cascade(&mut self, el: ElementRef<'_>) -> Cascaded {
        let inline = el.value().attr_of("style").filter(|s| mentions_hiding(s)).map(Block::parse);
        let mut display: Option<(Rank, Display)> = None;
        let mut visibility: Option<(Rank, Visibility)> = None;
        if let Some(block) = inline {
            let rank = |important| Rank { important, inline: true, specificity: 0, order: 0 };
            display = block.display.map(|d| (rank(d.important), d.value));
            visibility = block.visibility.map(|v| (rank(v.important), v.value));
        }
        if self.rules > 0 && !self.exhausted {
            let mut candidates = std::mem::take(&mut self.candidates);
            let mut context = MatchingContext::<Simple>::new(
                MatchingMode::Normal,
                None,
                &mut self.caches,
                QuirksMode::NoQuirks,
                NeedsSelectorFlags::No,
                MatchingForInvalidation::No,
            );
            let mut matched: Vec<(u32, &super::sheet::Rule)> = Vec::new();
            for (sheet, base) in &self.sheets {
                candidates.clear();
                sheet.index.candidates(el, &mut candidates);
                if candidates.len() > self.budget {
                    self.exhausted = true;
                    matched.clear();
                    break;
                }
                self.budget -= candidates.len();
                for &i in &candidates {
                    let rule = &sheet.rules[i as usize];
                    // A rule that only conceals is `link.hidden`'s, not the walk's.
                    if rule.block.shows_or_hides()
                        && matches_selector(&rule.selector, 0, None, &el, &mut context)
                    {
                        matched.push((base + i, rule));
                    }
                }
            }
            for (order, rule) in matched {
                let rank =
                    |important| Rank { important, inline: false, specificity: rule.specificity, order };
                if let Some(Declared { value, important }) = rule.block.display {
                    win(&mut display, rank(important), value);
                }
                if let Some(Declared { value, important }) = rule.block.visibility {
                    win(&mut visibility, rank(important), value);
                }
            }
            self.candidates = candidates;
        }
        Cascaded { display: display.map(|d| d.1), visibility: visibility.map(|v| v.1) }
    }
}

/// Keeps `value` if its declaration outranks the one kept.
fn win<T>(slot: &mut Option<(Rank, T)>, rank: Rank, value: T) {
    if slot.as_ref().is_none_or(|(kept, _)| rank > *kept) {
        *slot = Some((rank, value));
    }
}

/// A declaration's place in the cascade; compared field by field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Rank {
    important: bool,
    inline: bool,
    specificity: u32,
    order: u32,
}

/// The inline style could hide or show: parsing every `style` attribute
/// with cssparser would cost more than the walk.
fn mentions_hiding(style: &str) -> bool {
    let has =
        |word: &str| style.as_bytes().windows(word.len()).any(|w| w.eq_ignore_ascii_case(word.as_bytes()));
    has("display") || has("visibility")
}

/// The index a rule is kept under.
enum Key {
    Id(String),
    Class(String),
    Tag(String),
    Any,
}

/// The most selective simple selector of the rightmost compound.
fn key(selector: &selectors::parser::Selector<Simple>) -> Key {
    let (mut class, mut tag) = (None, None);
    for component in selector.iter() {
        match component {
            Component::ID(id) => return Key::Id(id.0.to_string()),
            Component::Class(c) if class.is_none() => class = Some(c.0.to_string()),
            Component::LocalName(name) if tag.is_none() => tag = Some(name.lower_name.0.to_string()),
            _ => {}
        }
    }
    class.map(Key::Class).or(tag.map(Key::Tag)).unwrap_or(Key::Any)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cascaded(html: &str) -> Vec<(String, Cascaded)> {
        let doc = Html::parse_document(html);
        let mut styles = PageStyles::read(&doc, &|_| None, &|_| {}, LinkedSheets::none());
        doc.tree
            .root()
            .descendants()
            .filter_map(ElementRef::wrap)
            .filter_map(|el| Some((el.value().id()?.to_owned(), styles.cascade(el))))
            .collect()
    }

    fn display_of(html: &str, id: &str) -> Option<Display> {
        cascaded(html).into_iter().find(|(i, _)| i == id).and_then(|(_, c)| c.display)
    }

    #[test]
    fn later_rule_wins_at_equal_specificity() {
        let page = |css: &str| format!("<style>{css}</style><div id=x class=nav></div>");
        assert_eq!(display_of(&page(".nav{display:none} .nav{display:block}"), "x"), Some(Display::Shown));
        assert_eq!(display_of(&page(".nav{display:block} .nav{display:none}"), "x"), Some(Display::None));
    }

    #[test]
    fn specificity_beats_order() {
        let page = "<style>#x{display:none} div.nav{display:block}</style><div id=x class=nav></div>";
        assert_eq!(display_of(page, "x"), Some(Display::None));
        let page = "<style>div.nav{display:none} .nav{display:block}</style><div id=x class=nav></div>";
        assert_eq!(display_of(page, "x"), Some(Display::None));
    }

    #[test]
    fn inline_style_wins_except_over_important() {
        let page = |css: &str, style: &str| format!("<style>{css}</style><div id=x style='{style}'></div>");
        assert_eq!(display_of(&page("#x{display:none}", "display:block"), "x"), Some(Display::Shown));
        assert_eq!(
            display_of(&page("#x{display:none!important}", "display:block"), "x"),
            Some(Display::None)
        );
        assert_eq!(
            display_of(&page("#x{display:none!important}", "display:block !important"), "x"),
            Some(Display::Shown)
        );
        assert_eq!(display_of(&page("#x{display:block}", "display:none"), "x"), Some(Display::None));
    }

    #[test]
    fn important_beats_specificity_and_order() {
        let page = "<style>div{display:none !important} #x.a{display:block}</style><div id=x class=a></div>";
        assert_eq!(display_of(page, "x"), Some(Display::None));
    }

    #[test]
    fn later_style_block_and_skipped_selectors() {
        let page = "<style>.a{display:none}</style><style media=print>.a{display:block}</style>
                    <style>.a:hover, .b::before {display:block}</style><p id=x class=a></p>";
        assert_eq!(display_of(page, "x"), Some(Display::None));
        let page = "<style>.a{display:none}</style><style>p:first-child, .zz:hover{display:block}</style>
                    <div><p id=x class=a></p></div>";
        assert_eq!(display_of(page, "x"), Some(Display::Shown));
    }

    #[test]
    fn media_rules_show_but_do_not_hide() {
        let page =
            "<style>.a{display:none} @media (min-width: 700px){.a{display:block} .b{display:none}}</style>
                    <p id=x class=a></p><p id=y class=b></p>";
        assert_eq!(display_of(page, "x"), Some(Display::Shown));
        assert_eq!(display_of(page, "y"), None);
    }

    #[test]
    fn linked_sheets_apply_in_document_order_with_their_imports() {
        let base = Url::parse("http://www.qingxi.gov.cn/").unwrap();
        let mut linked = LinkedSheets::default();
        let main = Sheet::parse("@import 'base.css'; .a{visibility:hidden}");
        linked.insert(&base.join("css/main.css").unwrap(), Arc::new(main));
        linked.insert(
            &base.join("css/base.css").unwrap(),
            Arc::new(Sheet::parse(".a{display:none} .b{display:none}")),
        );
        let doc = Html::parse_document(
            "<link rel=stylesheet href=/css/main.css><style>.b{display:block}</style><p id=a class='a b'></p>",
        );
        let mut styles = PageStyles::read(&doc, &|h| base.join(h).ok(), &|_| {}, &linked);
        let p = doc.tree.root().descendants().filter_map(ElementRef::wrap).find(|e| e.value().name() == "p");
        let got = styles.cascade(p.unwrap());
        // `.a` and `.b` rules of base.css lose to the later `<style>` rule,
        // which is as specific; main.css's visibility stands.
        assert_eq!(got, Cascaded { display: Some(Display::Shown), visibility: Some(Visibility::Hidden) });
        assert_eq!(styles.rule_count(), 4);
    }

    #[test]
    fn the_match_budget_stops_whole_elements() {
        let css: String = (0..3000).map(|i| format!("div.c{i}, div{{display:none}}")).collect();
        let body = "<div id=x></div>".repeat(400);
        let doc = Html::parse_document(&format!("<style>{css}</style>{body}"));
        let mut styles = PageStyles::read(&doc, &|_| None, &|_| {}, LinkedSheets::none());
        let results: Vec<Cascaded> = doc
            .tree
            .root()
            .descendants()
            .filter_map(ElementRef::wrap)
            .filter(|e| e.value().name() == "div")
            .map(|e| styles.cascade(e))
            .collect();
        assert!(styles.exhausted);
        assert_eq!(results[0].display, Some(Display::None));
        assert_eq!(results[399].display, None);
    }
}
