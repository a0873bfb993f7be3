//! The column states planted on purpose, in one place: the content that
//! makes them (a notice dated after `as_of`, a two-year-old pinned item)
//! and the `PlantedColumn` list an end-to-end test holds govaudit's
//! `columns[]` to. The columns' own freshness is set in `spec`.

use chrono::{Days, Months, NaiveDate, NaiveTime};

use super::catalog::Catalog;
use super::prose::{Block, Draft, full_date};
use super::rng::Rng;
use super::spec::{COLUMNS, Expect};
use super::{PlantedColumn, docs, news};

/// Days after `as_of` the forged-date candidate is dated.
pub(super) const FUTURE_DAYS: u64 = 5;
/// The column that lists it (otherwise fresh).
pub(super) const FUTURE_COLUMN: &str = "tzgg";
/// The column whose first entry is an old pinned item (otherwise fresh).
pub(super) const PINNED_COLUMN: &str = "gzdt";
/// How old the pinned item is.
pub(super) const PINNED_MONTHS: u32 = 24;

/// The column whose pinned recruitment notice closed long ago
/// (`content.expired-notice`).
pub(super) const EXPIRED_COLUMN: &str = "rsxx";
/// How long before `as_of` the recruitment notice was published; its
/// sign-up closed ten days later.
pub(super) const EXPIRED_AGE_DAYS: u64 = 200;

/// The portal's one column outside the catalog: the mirror of the
/// official accounts' posts (`newmedia`).
const NEW_MEDIA_COLUMN: (&str, &str) = ("/zwxmt/dtjx/index.html", "新媒体动态");

/// Adds the future-dated notice and the pinned item. Runs before ids are
/// handed out and lists sorted, like `defects::plant`.
pub(super) fn plant(cat: &mut Catalog) {
    let day = cat.as_of + Days::new(FUTURE_DAYS);
    let draft = docs::notice(&mut Rng::named("future-dated"), day);
    cat.push(Catalog::column_index(FUTURE_COLUMN), day.and_time(time(9, 0)), draft);

    let day = pinned_day(cat.as_of);
    let draft = news::work(&mut Rng::named("pinned"), day);
    let pinned = cat.push(Catalog::column_index(PINNED_COLUMN), day.and_time(time(16, 40)), draft);
    cat.articles[pinned].pinned = true;

    // A recruitment notice left pinned half a year after sign-up closed.
    let day = cat.as_of - Days::new(EXPIRED_AGE_DAYS);
    let closed = day + Days::new(10);
    let year = day.format("%Y");
    let body = vec![
        Block::P(format!(
            "根据工作需要，经研究决定，{year}年面向社会公开招聘县属事业单位工作人员，现将有关事项公告如下。"
        )),
        Block::P(format!(
            "报名时间：{}至{}，报名截止时间：{}17:00。",
            full_date(day),
            full_date(closed),
            full_date(closed)
        )),
    ];
    let draft =
        Draft::new(format!("清溪县{year}年公开招聘县属事业单位工作人员公告"), "县人力资源社会保障局", body);
    let notice = cat.push(Catalog::column_index(EXPIRED_COLUMN), day.and_time(time(10, 0)), draft);
    cat.articles[notice].pinned = true;
}

/// Portal path of the pinned notice whose sign-up closed long ago.
pub(super) fn expired_items(cat: &Catalog) -> Vec<String> {
    cat.column(EXPIRED_COLUMN).filter(|a| a.pinned).map(|a| a.path()).collect()
}

/// The pinned item's day: two years before `as_of`.
pub(super) fn pinned_day(as_of: NaiveDate) -> NaiveDate {
    as_of.checked_sub_months(Months::new(PINNED_MONTHS)).expect("a day two years back")
}

fn time(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default()
}

/// Every column of the portal with the state it is planted in, in URL order.
pub(super) fn planted_columns() -> Vec<PlantedColumn> {
    let mut out: Vec<PlantedColumn> = COLUMNS
        .iter()
        .map(|c| PlantedColumn { url: c.list_path(0), name: c.name, expect: c.expect.as_str() })
        .chain(std::iter::once(PlantedColumn {
            url: NEW_MEDIA_COLUMN.0.to_owned(),
            name: NEW_MEDIA_COLUMN.1,
            expect: Expect::Fresh.as_str(),
        }))
        .collect();
    out.sort_by(|a, b| a.url.cmp(&b.url));
    out
}

/// Portal paths of the served articles dated after `as_of`.
pub(super) fn future_items(cat: &Catalog) -> Vec<String> {
    let mut out: Vec<String> = cat.served().filter(|a| a.at.date() > cat.as_of).map(|a| a.path()).collect();
    out.sort();
    out
}
