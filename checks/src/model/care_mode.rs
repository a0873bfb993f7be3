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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::crawl::{Answer, Element, FetchOutcome, Link, SiteCrawl, Target};
    use crate::facts::html::care_page::CareFacts;
    use crate::model::settings::AuditSettings;

    fn target(url: &str, page: Option<u32>, location: Option<TargetId>) -> Target {
        let mut answer = Answer::html(if location.is_some() { 302 } else { 200 });
        answer.location = location;
        Target {
            url: url.to_owned(),
            internal: true,
            outcome: FetchOutcome::Answered(answer),
            page,
            label: None,
        }
    }

    /// Where the mode of a site is judged: a home page (target 0) with
    /// `care` and, with `entry`, a link to `/zzms/` (target 1), which
    /// redirects to `/zzms/index.html` (target 2, page 1).
    fn judged(entry: bool, care: CareFacts) -> Option<(TargetId, bool)> {
        let link = Link { target: 1, element: Element::A };
        let home = PageFacts {
            target: 0,
            links: vec![link],
            care_entry: entry.then_some(link),
            care,
            ..PageFacts::default()
        };
        let crawl = SiteCrawl {
            root: 0,
            targets: vec![
                target("http://www.qingxi.gov.cn/", Some(0), None),
                target("http://www.qingxi.gov.cn/zzms/", None, Some(2)),
                target("http://www.qingxi.gov.cn/zzms/index.html", Some(1), None),
            ],
            pages: vec![home, PageFacts { target: 2, ..PageFacts::default() }],
            ..SiteCrawl::default()
        };
        let as_of = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).expect("a day");
        let settings = AuditSettings::new(crate::Lang::Zh, as_of);
        let ctx = SiteContext::new(&crawl, &settings);
        of(&ctx).map(|mode| (mode.page, mode.in_place))
    }

    #[test]
    fn the_entry_is_followed_through_its_redirect() {
        let toolbar =
            CareFacts { toolbar: Some("https://gov.govwza.cn/dist/aria.js".into()), ..CareFacts::default() };
        assert_eq!(judged(true, CareFacts::default()), Some((2, false)));
        // The entry's page wins over a toolbar on the home page.
        assert_eq!(judged(true, toolbar.clone()), Some((2, false)));
        assert_eq!(judged(false, toolbar), Some((0, true)));
    }

    #[test]
    fn a_switch_in_place_is_the_home_page_and_nothing_is_none() {
        let switch = CareFacts { mode_switch: Some("关怀版".into()), ..CareFacts::default() };
        assert_eq!(judged(false, switch), Some((0, true)));
        assert_eq!(judged(false, CareFacts::default()), None);
    }
}
