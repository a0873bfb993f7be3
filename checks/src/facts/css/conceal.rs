//! What hides an element from sight other than `display` and
//! `visibility`: off-screen offsets, zero size with `overflow:hidden`,
//! `opacity:0`, `font-size:0`, text the colour of its background. And,
//! for an element, which declaration hides it and where it is written.
//!
//! This is what `link.hidden` needs about the few elements around a link to
//! another site; the accessibility walk reads none of it. A declaration is
//! judged within its own block: `position:absolute; left:-9999px` hides,
//! a `left:-9999px` whose `position` is set by another rule is not read;
//! nor are declarations that would undo a concealment from another rule
//! (only hiding blocks are kept, to keep the sheets small). `font-size` and
//! `color` are inherited and often reset on the link itself (`font-size:0`
//! on a menu is the usual fix for the gaps between inline blocks), so a
//! sheet's `font-size:0` or same-colour rule counts on the link itself
//! only; written in a `style` attribute, on an ancestor too.

use std::fmt;
use std::sync::Arc;

use cssparser::{Parser, ToCss, Token};
use scraper::ElementRef;
use scraper::selector::Simple;
use selectors::matching::{
    MatchingContext, MatchingForInvalidation, MatchingMode, NeedsSelectorFlags, QuirksMode, matches_selector,
};

use super::cascade::PageStyles;
use super::sheet::{Block, Display, Visibility};
use crate::facts::html::attr::Attr;

/// An offset this far off the page's top or left (in CSS pixels, an `em`
/// counted as 16) puts the element out of any screen.
pub const OFFSCREEN_PX: i32 = 999;

/// A property that moves an element.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Offset {
    Left,
    Top,
    TextIndent,
    MarginLeft,
    MarginTop,
}

impl Offset {
    fn name(self) -> &'static str {
        match self {
            Offset::Left => "left",
            Offset::Top => "top",
            Offset::TextIndent => "text-indent",
            Offset::MarginLeft => "margin-left",
            Offset::MarginTop => "margin-top",
        }
    }
}

/// How a declaration block hides an element without `display` or
/// `visibility`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Concealment {
    /// Moved out of the screen (`position:absolute; left:-9999px`,
    /// `text-indent:-9999px`, `margin-left:-3000px`).
    Offscreen { property: Offset, px: i32 },
    /// `height:0` (or `width:0`) with `overflow:hidden`.
    ZeroSize { height: bool },
    /// `opacity:0`.
    Transparent,
    /// `font-size:0`.
    FontSizeZero,
    /// `color` and `background-color` the same (`0xRRGGBB`).
    SameColor(u32),
}

impl Concealment {
    /// Inherited and usually reset by descendants: see the module's docs.
    pub fn inherited(self) -> bool {
        matches!(self, Concealment::FontSizeZero | Concealment::SameColor(_))
    }
}

impl fmt::Display for Concealment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Concealment::Offscreen { property, px } => write!(f, "{}:{px}px", property.name()),
            Concealment::ZeroSize { height: true } => f.write_str("height:0; overflow:hidden"),
            Concealment::ZeroSize { height: false } => f.write_str("width:0; overflow:hidden"),
            Concealment::Transparent => f.write_str("opacity:0"),
            Concealment::FontSizeZero => f.write_str("font-size:0"),
            Concealment::SameColor(rgb) => write!(f, "color:#{rgb:06x}; background-color:#{rgb:06x}"),
        }
    }
}

/// One declaration that may take part in a concealment.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Declaration {
    FontSizeZero(bool),
    OpacityZero(bool),
    /// `position: absolute | fixed`.
    Positioned(bool),
    Offset(Offset, Option<i32>),
    HeightZero(bool),
    WidthZero(bool),
    OverflowHidden(bool),
    Color(Option<u32>),
    Background(Option<u32>),
}

impl Declaration {
    /// Reads the value of property `name`; `None` for a property that
    /// cannot conceal. The value is read whole (`!important` included).
    pub fn parse(name: &str, input: &mut Parser<'_>) -> Option<Declaration> {
        let name = name.to_ascii_lowercase();
        let first = input.next().ok().cloned();
        while input.next().is_ok() {}
        let first = first?;
        let zero = || length_px(&first) == Some(0);
        Some(match name.as_str() {
            "font-size" => Declaration::FontSizeZero(zero()),
            "opacity" => Declaration::OpacityZero(matches!(first,
                Token::Number { value, .. } | Token::Percentage { unit_value: value, .. } if value <= 0.0)),
            "position" => Declaration::Positioned(matches!(&first,
                Token::Ident(w) if w.eq_ignore_ascii_case("absolute") || w.eq_ignore_ascii_case("fixed"))),
            "left" => Declaration::Offset(Offset::Left, length_px(&first)),
            "top" => Declaration::Offset(Offset::Top, length_px(&first)),
            "text-indent" => Declaration::Offset(Offset::TextIndent, length_px(&first)),
            "margin-left" => Declaration::Offset(Offset::MarginLeft, length_px(&first)),
            "margin-top" => Declaration::Offset(Offset::MarginTop, length_px(&first)),
            "height" => Declaration::HeightZero(zero()),
            "width" => Declaration::WidthZero(zero()),
            "overflow" => Declaration::OverflowHidden(matches!(&first,
                Token::Ident(w) if w.eq_ignore_ascii_case("hidden") || w.eq_ignore_ascii_case("clip"))),
            "color" => Declaration::Color(color(&first)),
            "background-color" | "background" => Declaration::Background(color(&first)),
            _ => return None,
        })
    }
}

/// A length in CSS pixels (`em`/`rem` counted as 16 px); `None` for a
/// percentage, a keyword or a function.
fn length_px(token: &Token<'_>) -> Option<i32> {
    let px = match token {
        Token::Number { value, .. } if *value == 0.0 => 0.0,
        Token::Dimension { value, unit, .. } => match unit.to_ascii_lowercase().as_str() {
            "px" => *value,
            "em" | "rem" => value * 16.0,
            "pt" => value * 4.0 / 3.0,
            "cm" => value * 96.0 / 2.54,
            "in" => value * 96.0,
            _ => return None,
        },
        _ => return None,
    };
    Some(px.clamp(-1.0e9, 1.0e9) as i32)
}

/// A colour written `#rgb`, `#rrggbb`, `white` or `black`.
fn color(token: &Token<'_>) -> Option<u32> {
    match token {
        Token::Hash(hex) | Token::IDHash(hex) => {
            let hex = hex.as_ref();
            let full = match hex.len() {
                3 => hex.chars().flat_map(|c| [c, c]).collect(),
                6 => hex.to_owned(),
                _ => return None,
            };
            u32::from_str_radix(&full, 16).ok()
        }
        Token::Ident(w) if w.eq_ignore_ascii_case("white") => Some(0xffffff),
        Token::Ident(w) if w.eq_ignore_ascii_case("black") => Some(0),
        _ => None,
    }
}

/// A block's declarations that may conceal, the last of each kept.
#[derive(Default)]
pub struct Geometry {
    font_size_zero: bool,
    opacity_zero: bool,
    positioned: bool,
    offsets: Vec<(Offset, i32)>,
    height_zero: bool,
    width_zero: bool,
    overflow_hidden: bool,
    color: Option<u32>,
    background: Option<u32>,
}

impl Geometry {
    pub fn set(&mut self, declaration: Declaration) {
        match declaration {
            Declaration::FontSizeZero(z) => self.font_size_zero = z,
            Declaration::OpacityZero(z) => self.opacity_zero = z,
            Declaration::Positioned(p) => self.positioned = p,
            Declaration::Offset(property, px) => {
                self.offsets.retain(|(p, _)| *p != property);
                if let Some(px) = px {
                    self.offsets.push((property, px));
                }
            }
            Declaration::HeightZero(z) => self.height_zero = z,
            Declaration::WidthZero(z) => self.width_zero = z,
            Declaration::OverflowHidden(h) => self.overflow_hidden = h,
            Declaration::Color(c) => self.color = c,
            Declaration::Background(c) => self.background = c,
        }
    }

    /// How the block conceals, the most telling way first.
    pub fn concealment(&self) -> Option<Concealment> {
        let offscreen = self.offsets.iter().find(|(property, px)| {
            *px <= -OFFSCREEN_PX && (self.positioned || !matches!(property, Offset::Left | Offset::Top))
        });
        if let Some(&(property, px)) = offscreen {
            return Some(Concealment::Offscreen { property, px });
        }
        if (self.height_zero || self.width_zero) && self.overflow_hidden {
            return Some(Concealment::ZeroSize { height: self.height_zero });
        }
        if self.opacity_zero {
            return Some(Concealment::Transparent);
        }
        if self.font_size_zero {
            return Some(Concealment::FontSizeZero);
        }
        match (self.color, self.background) {
            (Some(c), Some(b)) if c == b => Some(Concealment::SameColor(c)),
            _ => None,
        }
    }
}

/// Where a hiding declaration is written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The element's `style` attribute.
    Inline,
    /// An attribute of the element (`hidden`, a marquee's `height`).
    Attribute,
    /// A `<style>` block of the page, by the rule's selector.
    StyleBlock { selector: String },
    /// A linked stylesheet, by its URL and the rule's selector.
    Sheet { url: Arc<str>, selector: String },
}

/// Why an element is out of sight: the CSS (or attribute) and its origin.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hiding {
    pub css: String,
    pub origin: Origin,
    /// `display:none`, `visibility:hidden` or the `hidden` attribute: what
    /// tabs, menus and dialogs switch.
    pub switchable: bool,
}

impl PageStyles {
    /// How `el` itself hides what it holds, other than by `display` or
    /// `visibility`; `own` says `el` is the link itself (see the module's
    /// docs on inherited properties). The inline style first, then the
    /// page's rules, within their own match budget.
    pub fn concealment(&mut self, el: ElementRef<'_>, own: bool) -> Option<Hiding> {
        let v = el.value();
        if v.name() == "marquee" {
            let tiny =
                |a: &str| v.attr_of(a).is_some_and(|h| h.trim().parse::<f32>().is_ok_and(|n| n <= 1.0));
            if tiny("height") || tiny("width") {
                let css = ["height", "width"]
                    .into_iter()
                    .filter_map(|a| Some(format!("{a}=\"{}\"", v.attr_of(a)?)))
                    .collect::<Vec<_>>()
                    .join(" ");
                return Some(Hiding { css, origin: Origin::Attribute, switchable: false });
            }
        }
        if let Some(conceal) = v.attr_of("style").and_then(|s| Block::parse(s).conceal) {
            return Some(Hiding { css: conceal.to_string(), origin: Origin::Inline, switchable: false });
        }
        self.matching(el, |block| block.conceal.is_some_and(|c| own || !c.inherited()))
            .into_iter()
            .next()
            .map(|(block, origin)| Hiding {
                css: block.conceal.map(|c| c.to_string()).unwrap_or_default(),
                origin,
                switchable: false,
            })
    }

    /// Which declaration makes `el` not rendered or invisible, for an
    /// element the walk found hidden where its parent is not.
    pub fn switched_off(&mut self, el: ElementRef<'_>) -> Option<Hiding> {
        let v = el.value();
        let inline = v.attr_of("style").map(Block::parse).unwrap_or_default();
        let hides = |b: &Block| {
            b.display.is_some_and(|d| d.value == Display::None)
                || b.visibility.is_some_and(|d| d.value == Visibility::Hidden)
        };
        let css = |b: &Block| {
            if b.display.is_some_and(|d| d.value == Display::None) {
                "display:none".to_owned()
            } else {
                "visibility:hidden".to_owned()
            }
        };
        if hides(&inline) {
            return Some(Hiding { css: css(&inline), origin: Origin::Inline, switchable: true });
        }
        if let Some((block, origin)) = self.matching(el, |b| hides(b)).into_iter().next() {
            return Some(Hiding { css: css(&block), origin, switchable: true });
        }
        v.attr_of("hidden").map(|_| Hiding {
            css: "hidden".to_owned(),
            origin: Origin::Attribute,
            switchable: true,
        })
    }

    /// The page's rules matching `el` whose block `wanted`, the highest in
    /// the cascade first (`!important`, specificity, then the later).
    fn matching(&mut self, el: ElementRef<'_>, wanted: impl Fn(&Block) -> bool) -> Vec<(Block, Origin)> {
        let mut found: Vec<((bool, u32, u32), Block, Origin)> = Vec::new();
        let mut candidates = Vec::new();
        let mut caches = std::mem::take(&mut self.caches);
        let mut context = MatchingContext::<Simple>::new(
            MatchingMode::Normal,
            None,
            &mut caches,
            QuirksMode::NoQuirks,
            NeedsSelectorFlags::No,
            MatchingForInvalidation::No,
        );
        for (n, (sheet, base)) in self.sheets.iter().enumerate() {
            candidates.clear();
            sheet.index.candidates(el, &mut candidates);
            candidates.retain(|&i| {
                let rule = &sheet.rules[i as usize];
                !rule.conditional && wanted(&rule.block)
            });
            if candidates.len() > self.conceal_budget {
                break;
            }
            self.conceal_budget -= candidates.len();
            for &i in &candidates {
                let rule = &sheet.rules[i as usize];
                if matches_selector(&rule.selector, 0, None, &el, &mut context) {
                    let important = rule.block.display.is_some_and(|d| d.important)
                        || rule.block.visibility.is_some_and(|d| d.important);
                    let selector = rule.selector.to_css_string();
                    let origin = match self.origins.get(n).cloned().flatten() {
                        Some(url) => Origin::Sheet { url, selector },
                        None => Origin::StyleBlock { selector },
                    };
                    found.push(((important, rule.specificity, base + i), rule.block, origin));
                }
            }
        }
        self.caches = caches;
        found.sort_by_key(|f| std::cmp::Reverse(f.0));
        found.into_iter().map(|(_, block, origin)| (block, origin)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conceal(css: &str) -> Option<String> {
        Block::parse(css).conceal.map(|c| c.to_string())
    }

    #[test]
    fn blocks_that_conceal() {
        assert_eq!(conceal("position:absolute; left:-9999px; top:0").as_deref(), Some("left:-9999px"));
        assert_eq!(conceal("text-indent:-999em").as_deref(), Some("text-indent:-15984px"));
        assert_eq!(conceal("margin-left:-3000px").as_deref(), Some("margin-left:-3000px"));
        assert_eq!(conceal("height:0;overflow:hidden").as_deref(), Some("height:0; overflow:hidden"));
        assert_eq!(conceal("opacity:0 !important").as_deref(), Some("opacity:0"));
        assert_eq!(conceal("font-size:0px").as_deref(), Some("font-size:0"));
        assert_eq!(
            conceal("color:#FFF;background:#ffffff").as_deref(),
            Some("color:#ffffff; background-color:#ffffff")
        );
    }

    #[test]
    fn a_linked_sheet_names_its_url_and_selector() {
        use crate::facts::css::{LinkedSheets, Sheet};
        use scraper::Html;
        let base = url::Url::parse("http://www.qingxi.gov.cn/").unwrap();
        let mut linked = LinkedSheets::default();
        let css = "#yq{display:none} .ft a{position:fixed;left:-5000px} .menu{font-size:0}";
        linked.insert(&base.join("css/style.css").unwrap(), Arc::new(Sheet::parse(css)));
        let doc = Html::parse_document(
            "<link rel=stylesheet href=/css/style.css><div id=yq><a>x</a></div>\
             <div class=ft><a>y</a></div><div class=menu style='color:#fff;background:#fff'><a>z</a></div>",
        );
        let mut styles = PageStyles::read(&doc, &|h| base.join(h).ok(), &|_| {}, &linked);
        let el = |sel: &str| doc.select(&scraper::Selector::parse(sel).unwrap()).next().unwrap();
        let sheet = |selector: &str| Origin::Sheet {
            url: Arc::from("http://www.qingxi.gov.cn/css/style.css"),
            selector: selector.to_owned(),
        };
        let hidden = styles.switched_off(el("#yq")).unwrap();
        assert_eq!((hidden.css.as_str(), hidden.origin), ("display:none", sheet("#yq")));
        let off = styles.concealment(el(".ft a"), true).unwrap();
        assert_eq!((off.css.as_str(), off.origin), ("left:-5000px", sheet(".ft a")));
        // A sheet's font-size:0 counts on the link itself only; an inline
        // same colour on an ancestor counts.
        assert_eq!(styles.concealment(el(".menu"), false).map(|h| h.origin), Some(Origin::Inline));
        let doc = Html::parse_document("<link rel=stylesheet href=/css/style.css><p class=menu><a>z</a></p>");
        let mut styles = PageStyles::read(&doc, &|h| base.join(h).ok(), &|_| {}, &linked);
        let menu = doc.select(&scraper::Selector::parse(".menu").unwrap()).next().unwrap();
        assert_eq!(styles.concealment(menu, false), None);
        assert_eq!(styles.concealment(menu, true).map(|h| h.css), Some("font-size:0".to_owned()));
    }

    #[test]
    fn blocks_that_do_not() {
        for css in [
            "left:-9999px",
            "position:absolute; left:-20px",
            "height:0",
            "overflow:hidden; height:30px",
            "opacity:0.5",
            "font-size:12px",
            "color:#fff; background:#c00",
            "text-indent:-2em",
            "position:absolute; left:-9999px; left:0",
            "width:1px; height:1px; overflow:hidden; clip:rect(0 0 0 0); position:absolute",
        ] {
            assert_eq!(conceal(css), None, "{css}");
        }
    }
}
