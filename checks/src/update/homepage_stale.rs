//! `update.homepage-stale`: nothing new on the home page for two weeks (V3).

use chrono::NaiveDate;

use crate::check::{CheckInfo, Finding, Severity};
use crate::facts::dates::YearSource;
use crate::model::column::{DatedItem, dated_items};
use crate::model::site::SiteContext;

pub const INFO: CheckInfo = CheckInfo {
    id: "update.homepage-stale",
    severity: Severity::Veto,
    title_zh: "首页不更新",
    title_en: "Home page not updated",
    docs_zh: "\
检查内容：读取首页上所有列表信息的日期，取最新的一条；最新信息距检查日超过 14 天（可配置）即为首页不更新。\
首页只是导航页、没有列表信息时，按规则改看首页链接到的二级页面上的信息。有信息但都没有可识别日期的，\
按普查规则视为未更新；首页和二级页面都读不到任何列表信息（如页面由脚本生成）时不作判断，report.json 的 \
freshness.homepage_latest 为 null、homepage_assessed 为 false。列表日期不写年份时，年份取自链接、同一列表带年份的相邻信息或页面生成时间；都没有而推定年份、且只因推定才未触发（日期早一年即触发）时，评分表将此项标为“待人工确认”。

为何重要：国办秘函〔2019〕19号单项否决第 3 项“首页不更新”：首页 2 周内没有新信息（首页仅为导航页的，\
二级页面 2 周内没有更新），即单项否决。第三方监测平台通常在第 10 天预警。

如何修复：保持首页要闻、通知公告等区块每周更新；首页只做导航的，确保各二级页面持续更新。

参考：国办秘函〔2019〕19号《政府网站与政务新媒体检查指标》单项否决第 3 项。",
    docs_en: "\
What it checks: the dates of every list item on the home page; the newest must be no older than \
14 days (configurable) on the audit day. When the home page is only a navigation hub with no dated \
items, the second-level pages it links to are used instead, as the rule says. Items that carry no \
readable date count as not updated (census rule); when neither the home page nor its second-level \
pages show any list item (pages drawn by scripts), nothing is claimed: report.json says \
homepage_assessed false. A list date without a year takes its year from the item's URL, the list's dated items or the page's own time; where nothing decides and the home page is fresh only because of the assumed year (it would be stale a year earlier), the scorecard marks V3 \"to confirm\".

Why it matters: veto V3 of the national indicators (国办秘函〔2019〕19号): no new information on the \
home page for 2 weeks (for a navigation-only home page: no update on its second-level pages) fails \
the site outright. Monitoring vendors warn at day 10.

How to fix: keep the home page's news and notice blocks updated every week; if the home page only \
navigates, keep its second-level pages updated.

References: 国办秘函〔2019〕19号, veto 3.",
    standard: None,
};

/// What the home page says about its own freshness.
pub enum State {
    /// No list items on the home page nor its second-level pages: V3
    /// cannot be judged (a page drawn by scripts, a challenge).
    NotAssessed,
    /// The newest item, if any is dated (none: every item is undated).
    /// `stale_if_years_older`: the home page would be stale had every
    /// assumed year (年份推定) been a year older.
    Assessed { newest: Option<DatedItem>, from_second_level: bool, stale_if_years_older: bool },
}

/// The home page's newest item, or its second-level pages' when the home
/// page only navigates.
pub fn state(ctx: &SiteContext<'_>) -> State {
    let crawl = ctx.crawl;
    let Some(home) = crawl.page_of(ctx.home) else { return State::NotAssessed };
    let on_home = dated_items(crawl, &[home], ctx.as_of);
    if !on_home.is_empty() {
        return assessed(ctx, &on_home, false);
    }
    let second: Vec<_> = home.links.iter().filter_map(|l| crawl.page_of(l.target)).collect();
    let below = dated_items(crawl, &second, ctx.as_of);
    if below.is_empty() {
        return State::NotAssessed;
    }
    assessed(ctx, &below, true)
}

fn assessed(ctx: &SiteContext<'_>, items: &[DatedItem], from_second_level: bool) -> State {
    let older = items.iter().filter_map(DatedItem::date_if_years_older).filter(|d| *d <= ctx.as_of).max();
    let stale_if_years_older = older.is_none_or(|d| too_old(ctx, d));
    State::Assessed { newest: newest(ctx, items), from_second_level, stale_if_years_older }
}

fn too_old(ctx: &SiteContext<'_>, day: NaiveDate) -> bool {
    (ctx.as_of - day).num_days() > i64::from(ctx.settings.limits.homepage)
}

pub fn run(ctx: &SiteContext<'_>) -> Vec<Finding> {
    let crawl = ctx.crawl;
    let State::Assessed { newest, from_second_level, .. } = state(ctx) else { return Vec::new() };
    let limit = i64::from(ctx.settings.limits.homepage);
    let age = newest.as_ref().and_then(|i| i.date).map(|d| (ctx.as_of - d).num_days());
    if newest.as_ref().and_then(|i| i.date).is_some_and(|d| !too_old(ctx, d)) {
        return Vec::new();
    }
    let lang = ctx.lang;
    let detail = match (age, from_second_level) {
        (Some(age), false) => {
            lang.word_with("update-homepage-stale-detail", &[("age", age.into()), ("limit", limit.into())])
        }
        (Some(age), true) => lang.word_with(
            "update-homepage-stale-detail-second-level",
            &[("age", age.into()), ("limit", limit.into())],
        ),
        (None, false) => lang.word("update-homepage-stale-detail-undated"),
        (None, true) => lang.word("update-homepage-stale-detail-second-level-undated"),
    };
    let evidence = newest.as_ref().map_or_else(String::new, |i| {
        let assumed = match i.year_from {
            Some(YearSource::Assumed) => lang.word("update-homepage-stale-evidence-year-assumed"),
            Some(source @ (YearSource::Url | YearSource::Neighbour | YearSource::PageTime)) => {
                format!(" [{}]", source.label(ctx.lang))
            }
            _ => String::new(),
        };
        lang.word_with(
            "update-homepage-stale-evidence",
            &[
                ("title", (&i.title).into()),
                ("url", (&crawl.target(i.target).url).into()),
                ("date", i.date.map(|d| d.to_string()).unwrap_or_default().into()),
            ],
        ) + &assumed
    });
    vec![Finding {
        page: Some(crawl.target(ctx.home).url.clone()),
        target: newest.map(|i| crawl.target(i.target).url.clone()),
        detail,
        evidence,
        ..Finding::new(INFO.id, INFO.severity)
    }]
}

/// The newest item dated no later than `as_of`.
fn newest(ctx: &SiteContext<'_>, items: &[DatedItem]) -> Option<DatedItem> {
    let dated = |i: &&DatedItem| i.date.is_some_and(|d: NaiveDate| d <= ctx.as_of);
    // Ties go to the smallest URL, not the first interned: the order pages
    // arrive in differs from run to run.
    let url = |i: &DatedItem| ctx.crawl.target(i.target).url.as_str();
    items.iter().filter(dated).max_by(|a, b| a.date.cmp(&b.date).then_with(|| url(b).cmp(url(a)))).cloned()
}
