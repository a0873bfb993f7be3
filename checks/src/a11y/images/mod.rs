//! Accessibility rules: images group (see `crate::a11y`): text
//! alternatives of images, image buttons, image-map areas, `role="img"`
//! elements, SVG images and embedded objects. Names are computed by
//! [`crate::a11y::names::accname`], shared with the names group.

pub mod area_alt;
pub mod image_alt;
pub mod input_image_alt;
pub mod object_alt;
pub mod role_img_alt;
pub mod svg_img_alt;

use scraper::ElementRef;

use crate::page_check::{PageCheck, Scope};

/// An `<svg>` or inside one: axe's `svg-namespace-matches`, which
/// `svg-img-alt` takes and `role-img-alt` (`html-namespace-matches`) leaves.
fn in_svg(el: ElementRef<'_>) -> bool {
    crate::a11y::roles::closest(el, |e| e.value().name() == "svg").is_some()
}

/// The rules of this group, in the order `govaudit checks` lists them.
pub const RULES: &[PageCheck] = &[
    PageCheck { info: &image_alt::INFO, scope: Scope::EveryPage, run: image_alt::run },
    PageCheck { info: &input_image_alt::INFO, scope: Scope::EveryPage, run: input_image_alt::run },
    PageCheck { info: &area_alt::INFO, scope: Scope::EveryPage, run: area_alt::run },
    PageCheck { info: &role_img_alt::INFO, scope: Scope::EveryPage, run: role_img_alt::run },
    PageCheck { info: &svg_img_alt::INFO, scope: Scope::EveryPage, run: svg_img_alt::run },
    PageCheck { info: &object_alt::INFO, scope: Scope::EveryPage, run: object_alt::run },
];
