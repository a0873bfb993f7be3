//! The elderly-friendly mode (关怀版, 长者模式) a site offers, as the
//! `elderly.*` checks judge it: the page the home page's entry opens, or
//! the home page itself when the mode is switched on in place (a known
//! accessibility toolbar, a button or `javascript:` link named for it).

use crate::facts::crawl::{PageFacts, TargetId};
use crate::model::site::SiteContext;

/// Where the care mode is judged.
pub struct CareMode<'a> {
    /// The page a visitor in care mode sees: the care page, or the home
    /// page for a mode switched on in place.
    pub page: TargetId,
    pub facts: &'a PageFacts,
    /// The mode is switched on in place, on the home page.
    pub in_place: bool,
}

impl CareMode<'_> {
    /// A known toolbar brings text zoom, colours and speech.
    pub fn has_toolbar(&self) -> bool {
        self.facts.care.toolbar.is_some()
    }
}

/// The site's care mode: the page the home page's entry opens, after
/// redirects, when it was read; else the home page when it loads a known
/// toolbar or has a switch that opens no page. `None` when the site has no
/// entry (a11y.assist-entry) or its page was not read (dead:
/// elderly.entry-broken; on another site or past the crawl's limits: not
/// judged).
pub fn of<'a>(ctx: &SiteContext<'a>) -> Option<CareMode<'a>> {
    let crawl = ctx.crawl;
    let home = crawl.page_of(ctx.home)?;
    if let Some(entry) = home.care_entry {
        let page = crawl.resolve(entry.target).target;
        return crawl.page_of(page).map(|facts| CareMode { page, facts, in_place: page == ctx.home });
    }
    let in_place = home.care.toolbar.is_some() || home.care.mode_switch.is_some();
    in_place.then_some(CareMode { page: ctx.home, facts: home, in_place: true })
}
