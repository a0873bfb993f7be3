//! Accessibility rules: images group (see `crate::a11y`): text
//! alternatives of images, image buttons, image-map areas, `role="img"`
//! elements, SVG images and embedded objects. Names are computed by
//! [`crate::facts::a11y::accname`], shared with the names group.

pub mod area_alt;
pub mod image_alt;
pub mod image_redundant_alt;
pub mod input_image_alt;
pub mod object_alt;
pub mod role_img_alt;
pub mod server_side_image_map;
pub mod svg_img_alt;
pub mod video_caption;

use scraper::ElementRef;

/// An `<svg>` or inside one: axe's `svg-namespace-matches`, which
/// `svg-img-alt` takes and `role-img-alt` (`html-namespace-matches`) leaves.
fn in_svg(el: ElementRef<'_>) -> bool {
    crate::facts::a11y::roles::closest(el, |e| e.value().name() == "svg").is_some()
}
