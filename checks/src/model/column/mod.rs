//! Columns (栏目): finding them in the crawl, dating their items, and the
//! checks on their freshness.
//!
//! A column is a list page of dated items with its pagination pages
//! (`index.html`, `index_1.html`, `?page=2`…). Candidates are the pages that
//! hold list items (or say their list is empty); pagination is merged by
//! URL; section pages, whose items are mostly the items of the columns
//! below them, are not columns. Names come from what the site says: the
//! user's config, the `ColumnName` meta tag, the breadcrumb, the menu text
//! that links to the column, the title.

pub mod category;
pub mod key;

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDate;

use crate::facts::crawl::{PageFacts, SiteCrawl, TargetId};
use crate::facts::dates::{self, Dated, YearSource};
use crate::model::settings::{AuditSettings, ColumnMatch, ColumnRule};
use category::Category;

/// An item of a column with the dates known for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DatedItem {
    pub target: TargetId,
    pub title: String,
    /// The date the column goes by: the list's, else the article's own.
    pub date: Option<NaiveDate>,
    /// The date written beside it in the list.
    pub list_date: Option<NaiveDate>,
    /// The date the article page gives itself (meta PubDate, 发布时间, URL).
    pub page_date: Option<NaiveDate>,
    /// The list page it was listed on.
    pub listed_on: TargetId,
    /// Where the year of `date` came from; [`YearSource::Assumed`] when
    /// nothing on the site decided it (年份推定).
    pub year_from: Option<YearSource>,
}

impl DatedItem {
    /// Whether `date` rests on an assumed year.
    pub fn year_assumed(&self) -> bool {
        self.year_from == Some(YearSource::Assumed)
    }

    /// `date`, or a year earlier where its year was assumed: what the
    /// vetoes would see were every assumed year one too late.
    pub fn date_if_years_older(&self) -> Option<NaiveDate> {
        let day = self.date?;
        match self.year_from {
            Some(source @ YearSource::Assumed) => Some(Dated { day, source }.year_older()),
            _ => Some(day),
        }
    }
}

/// Where a column's name came from, the most explicit first.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum NameSource {
    /// The user's `[[columns]]` entry.
    Config,
    /// The last step of the page's breadcrumb.
    Breadcrumb,
    /// The heading above the page's list.
    Heading,
    /// `<meta name="ColumnName">`, used only where it tells columns apart:
    /// many CMSs write one value on every page of a section or site.
    Meta,
    /// The text of the menu link that leads to the column.
    Link,
    /// The page's `<title>`.
    Title,
    /// The column's folder in the URL.
    Folder,
}

impl NameSource {
    pub fn as_str(self) -> &'static str {
        match self {
            NameSource::Config => "config",
            NameSource::Breadcrumb => "breadcrumb",
            NameSource::Heading => "heading",
            NameSource::Meta => "meta",
            NameSource::Link => "link",
            NameSource::Title => "title",
            NameSource::Folder => "folder",
        }
    }
}

/// A column and its freshness.
#[derive(Clone, Debug)]
pub struct Column {
    /// Its first list page.
    pub first_page: TargetId,
    pub name: String,
    pub name_from: NameSource,
    pub category: Category,
    /// 1 for a first-level column (首页 > 通知公告), 2 below a section…
    pub level: u32,
    pub items: Vec<DatedItem>,
    /// The newest item dated no later than `as_of`.
    pub latest: Option<usize>,
    pub limit_days: Option<u32>,
    /// The day the column goes overdue.
    pub due: Option<NaiveDate>,
    /// Past its limit on the audit day, by the rule of `column.stale`
    /// ([`StaleRule`]), which the V4 counts and the reports share.
    pub stale: bool,
    pub blank: bool,
    /// A script builds its list and no item of it could be read: not known
    /// to be empty, nor old.
    pub unread: bool,
    /// Exempt by config (a closed historic topic).
    pub exempt: bool,
    /// Whether the column would be stale were every assumed year one year
    /// earlier (by the same rule): when this differs from `stale`, its
    /// verdict rests on guessed years (年份推定) and a person should
    /// confirm it.
    pub stale_if_years_older: bool,
    /// The scripts that build its list (empty for an HTML list): with no
    /// item read, the column is neither blank nor stale, only unread.
    pub built_by: Vec<crate::facts::html::scripted::ListSource>,
}

/// Whether `column` is stale on `as_of` had its newest item been dated
/// `latest`: the rule of `column.stale`, which lives with that check
/// (`crate::column::stale::is_stale`) and is handed to [`discover`], since
/// the model knows no check.
pub type StaleRule = fn(column: &Column, latest: Option<NaiveDate>, as_of: NaiveDate) -> bool;

impl Column {
    pub fn latest_item(&self) -> Option<&DatedItem> {
        self.latest.map(|i| &self.items[i])
    }

    pub fn latest_date(&self) -> Option<NaiveDate> {
        self.latest_item().and_then(|i| i.date)
    }

    /// Whole days from `latest` to `as_of`.
    pub fn age(&self, as_of: NaiveDate) -> Option<i64> {
        self.latest_date().map(|d| (as_of - d).num_days())
    }
}

/// Every column of the site, in URL order.
pub fn discover<'a>(
    crawl: &SiteCrawl,
    pages: impl Iterator<Item = &'a PageFacts>,
    home: TargetId,
    settings: &AuditSettings,
    stale: StaleRule,
) -> Vec<Column> {
    let url = |id: TargetId| crawl.target(id).url.as_str();
    let declared = |p: &PageFacts| settings.columns.iter().any(|r| r.applies_to(url(p.target)));
    let candidates: Vec<&PageFacts> = pages
        .filter(|p| p.target != home && !p.placement.article)
        .filter(|p| {
            !p.items.is_empty()
                || p.says_empty
                || !p.built_by.is_empty()
                || declared(p)
                || publishes_inline(p)
        })
        .collect();
    let mut groups: BTreeMap<String, Vec<&PageFacts>> = BTreeMap::new();
    for page in candidates {
        groups.entry(key::column_key(url(page.target))).or_default().push(page);
    }
    let sections = section_pages(&groups);
    let shared_metas = shared_column_metas(&groups);
    groups
        .into_iter()
        .filter(|(k, _)| !sections.contains(k))
        .map(|(_, pages)| build(crawl, pages, settings, &shared_metas, stale))
        .filter(|c| !is_navigation(&c.name) && !lists_sections(crawl, c))
        .collect()
}

/// A page that prints several messages whole, without a link each: a
/// consultation column's list.
fn publishes_inline(page: &PageFacts) -> bool {
    page.messages.iter().filter(|m| m.target.is_none()).count() > 1
}

/// An undated list whose items, where we read them, are all list or
/// section pages rather than articles: a topic index (专题专栏), not a
/// column that publishes.
fn lists_sections(crawl: &SiteCrawl, column: &Column) -> bool {
    let undated = column.items.iter().all(|i| i.date.is_none());
    let read: Vec<&PageFacts> = column.items.iter().filter_map(|i| crawl.page_of(i.target)).collect();
    undated && !read.is_empty() && read.iter().all(|p| !p.placement.article)
}

/// Pages that list the site's own pages, not published items.
const NAVIGATION_PAGES: &[&str] =
    &["网站地图", "站点地图", "网站导航", "sitemap", "site map", "搜索结果", "检索结果"];

fn is_navigation(name: &str) -> bool {
    let lower = name.to_lowercase();
    NAVIGATION_PAGES.iter().any(|n| lower.contains(n))
}

/// Groups whose items mostly belong to columns in their own subfolders:
/// the section pages (`/xxgk/index.html` showing the newest of 政策文件,
/// 通知公告 …), which are not columns themselves.
fn section_pages(groups: &BTreeMap<String, Vec<&PageFacts>>) -> HashSet<String> {
    let items_of = |pages: &[&PageFacts]| -> HashSet<TargetId> {
        pages.iter().flat_map(|p| p.items.iter().map(|i| i.target)).collect()
    };
    let mut owners: HashMap<TargetId, Vec<&str>> = HashMap::new();
    for (k, pages) in groups {
        for item in items_of(pages) {
            owners.entry(item).or_default().push(k);
        }
    }
    groups
        .iter()
        .filter(|(k, pages)| {
            let items = items_of(pages);
            let below = |other: &&str| *other != k.as_str() && other.starts_with(k.as_str());
            let shared = items.iter().filter(|i| owners.get(i).is_some_and(|o| o.iter().any(below))).count();
            // Only a folder can have columns below it.
            k.ends_with('/') && !items.is_empty() && shared * 10 >= items.len() * 6
        })
        .map(|(k, _)| k.clone())
        .collect()
}

/// `ColumnName` values the list pages of more than one column carry: a
/// section's or the site's name written on every page, which names no
/// column.
fn shared_column_metas(groups: &BTreeMap<String, Vec<&PageFacts>>) -> HashSet<String> {
    let mut seen: HashMap<&str, &str> = HashMap::new();
    let mut shared = HashSet::new();
    for (key, pages) in groups {
        for name in pages.iter().filter_map(|p| p.placement.column_name.as_deref()) {
            match seen.insert(name, key) {
                Some(other) if other != key => {
                    shared.insert(name.to_owned());
                }
                _ => {}
            }
        }
    }
    shared
}

fn build(
    crawl: &SiteCrawl,
    mut pages: Vec<&PageFacts>,
    settings: &AuditSettings,
    shared_metas: &HashSet<String>,
    stale: StaleRule,
) -> Column {
    pages.sort_by_key(|p| {
        (key::page_number(&crawl.target(p.target).url), crawl.target(p.target).url.len(), p.target)
    });
    let first = pages[0];
    let first_url = crawl.target(first.target).url.as_str();
    let rule = settings.columns.iter().find(|r| r.applies_to(first_url));
    let (name, name_from) = column_name(crawl, first, rule, shared_metas);
    let category = rule.and_then(|r| r.category).unwrap_or_else(|| {
        let declared =
            first.placement.column_type.as_deref().map(Category::of).filter(|c| *c != Category::Other);
        declared.unwrap_or_else(|| Category::of(&name))
    });
    let level = match first.placement.breadcrumb.len() {
        0 => key::folder_depth(first_url),
        n => n as u32,
    };
    let items = dated_items(crawl, &pages, settings.as_of);
    let latest = items
        .iter()
        .enumerate()
        .filter(|(_, i)| i.date.is_some_and(|d| d <= settings.as_of))
        // Ties go to the smallest URL: interning order varies between runs.
        .max_by(|(_, a), (_, b)| {
            a.date.cmp(&b.date).then_with(|| crawl.target(b.target).url.cmp(&crawl.target(a.target).url))
        })
        .map(|(n, _)| n);
    let exempt = settings.exempt.iter().any(|p| p.matches(first_url));
    let limit_days = rule.and_then(|r| r.limit_days).or_else(|| settings.limits.of(category));
    // No items at all, and the page says so — or the user declared it a
    // column, so an empty page is an empty column.
    let mut built_by: Vec<_> = pages.iter().flat_map(|p| p.built_by.iter().copied()).collect();
    built_by.sort();
    built_by.dedup();
    // A list a script builds but that we could not read is not known to
    // be empty, nor old.
    let unread = items.is_empty() && built_by.iter().any(|s| s.builds_list());
    let blank = items.is_empty() && !unread && (rule.is_some() || pages.iter().any(|p| p.says_empty));
    let latest_date = latest.and_then(|i| items[i].date);
    let due = latest_date
        .zip(limit_days)
        .filter(|_| !exempt)
        .map(|(d, limit)| d + chrono::Days::new(u64::from(limit)));
    let older =
        items.iter().filter_map(DatedItem::date_if_years_older).filter(|d| *d <= settings.as_of).max();
    let mut column = Column {
        first_page: first.target,
        name,
        name_from,
        category,
        level,
        items,
        latest,
        limit_days,
        due,
        stale: false,
        blank,
        unread,
        exempt,
        stale_if_years_older: false,
        built_by,
    };
    column.stale = stale(&column, latest_date, settings.as_of);
    column.stale_if_years_older = stale(&column, older, settings.as_of);
    column
}

impl ColumnRule {
    /// Whether the rule is about the column `url` belongs to.
    pub fn applies_to(&self, url: &str) -> bool {
        match &self.column {
            ColumnMatch::Regex(re) => re.is_match(url),
            ColumnMatch::Url(rule) if rule.starts_with("http://") || rule.starts_with("https://") => {
                key::column_key(rule) == key::column_key(url)
            }
            ColumnMatch::Url(path) => {
                let of_url = key::column_key(url);
                let path_key = key::column_key(&format!("http://h{path}"));
                of_url.find('/').map(|i| &of_url[i..]) == path_key.find('/').map(|i| &path_key[i..])
            }
        }
    }
}

/// Breadcrumb steps that name no column: the page, not its place.
const GENERIC_STEPS: &[&str] = &["列表", "信息列表", "列表页", "正文", "详情", "详细信息", "内容", "更多"];

/// The column's name and where it came from: the user's config, then
/// what the page shows a visitor, then the menu link to it, its title, its
/// folder.
fn column_name(
    crawl: &SiteCrawl,
    first: &PageFacts,
    rule: Option<&ColumnRule>,
    shared_metas: &HashSet<String>,
) -> (String, NameSource) {
    let target = crawl.target(first.target);
    let placement = &first.placement;
    let meta_tells = placement.column_name.as_ref().is_some_and(|m| !shared_metas.contains(m));
    rule.and_then(|r| r.name.clone())
        .map(|name| (name, NameSource::Config))
        .or_else(|| page_name(placement, meta_tells))
        .or_else(|| target.label.clone().map(|name| (name, NameSource::Link)))
        .or_else(|| first.title.as_deref().and_then(title_name).map(|name| (name, NameSource::Title)))
        .unwrap_or_else(|| (key::folder_name(&target.url), NameSource::Folder))
}

/// The name one list page gives its column: its breadcrumb's last step,
/// else its list's heading, else its `ColumnName` meta when `meta_tells`
/// (the value differs between the site's columns; one page alone, as
/// `govaudit inspect` reads it, cannot know, and passes `true`).
pub fn page_name(
    placement: &crate::facts::crawl::Placement,
    meta_tells: bool,
) -> Option<(String, NameSource)> {
    let crumb = placement.breadcrumb.last().filter(|s| !GENERIC_STEPS.contains(&s.as_str()));
    crumb
        .map(|c| (c.clone(), NameSource::Breadcrumb))
        .or_else(|| placement.heading.clone().map(|h| (h, NameSource::Heading)))
        .or_else(|| placement.column_name.clone().filter(|_| meta_tells).map(|m| (m, NameSource::Meta)))
}

/// "工作动态 - 清溪县人民政府" → "工作动态".
pub fn title_name(title: &str) -> Option<String> {
    title.split(['-', '_', '|', '—', '–']).map(str::trim).find(|s| !s.is_empty()).map(str::to_owned)
}

/// The items of all the column's pages, each dated. A list date whose
/// year nothing decided yields to the date the article page gives itself.
pub fn dated_items(crawl: &SiteCrawl, pages: &[&PageFacts], as_of: NaiveDate) -> Vec<DatedItem> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for page in pages {
        for item in &page.items {
            if !seen.insert(item.target) {
                continue;
            }
            let url = &crawl.target(item.target).url;
            let url_year = dates::year_in_url(url);
            let inferred = page.item_years.iter().find(|(t, _)| *t == item.target).map(|(_, y)| *y);
            let list = item
                .date
                .and_then(|w| dates::resolve_item(w, inferred, url, as_of, page.placement.page_time));
            let page_dated = crawl
                .page_of(item.target)
                .and_then(|p| p.placement.published)
                .and_then(|w| w.resolve_from(as_of, None, url_year))
                .or_else(|| dates::in_url(url).map(|day| Dated { day, source: YearSource::Url }));
            let chosen = match (list, page_dated) {
                (Some(l), Some(p)) if l.source == YearSource::Assumed => Some(p),
                (Some(l), _) => Some(l),
                (None, p) => p,
            };
            out.push(DatedItem {
                target: item.target,
                title: item.title.clone(),
                date: chosen.map(|d| d.day),
                list_date: list.map(|d| d.day),
                page_date: page_dated.map(|d| d.day),
                listed_on: page.target,
                year_from: chosen.map(|d| d.source),
            });
        }
    }
    out
}

impl Column {
    /// A news column, or a first-level notice or policy column: V4(a).
    pub fn counts_for_v4a(&self) -> bool {
        let first_level_notice_or_policy =
            matches!(self.category, Category::Notice | Category::Policy) && self.level <= 1;
        self.category == Category::News || first_level_notice_or_policy
    }

    /// Whether the newest item's date rests on an assumed year.
    pub fn year_assumed(&self) -> bool {
        self.latest_item().is_some_and(DatedItem::year_assumed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(column: ColumnMatch) -> ColumnRule {
        ColumnRule { column, name: None, category: None, limit_days: None, owner: None }
    }

    /// The site's columns from `pages` (URL, HTML), each list item a page
    /// of its own that answered.
    fn columns_of(pages: &[(&str, &str)]) -> Vec<Column> {
        use crate::facts::crawl::{Answer, FetchOutcome, Item, Target};
        let mut crawl = SiteCrawl::default();
        let intern = |crawl: &mut SiteCrawl, url: &str| -> TargetId {
            if let Some(i) = crawl.targets.iter().position(|t| t.url == url) {
                return i as TargetId;
            }
            let outcome = FetchOutcome::Answered(Answer::html(200));
            crawl.targets.push(Target { url: url.into(), internal: true, outcome, page: None, label: None });
            (crawl.targets.len() - 1) as TargetId
        };
        intern(&mut crawl, "http://h/");
        for (url, html) in pages {
            let analysis = crate::facts::html::with_test_input(
                html,
                url,
                encoding_rs::UTF_8,
                crate::facts::html::read_page,
            );
            let target = intern(&mut crawl, url);
            let items: Vec<Item> = analysis
                .items
                .iter()
                .map(|i| Item {
                    target: intern(&mut crawl, i.url.as_str()),
                    title: i.title.clone(),
                    date: i.date,
                })
                .collect();
            crawl.targets[target as usize].page = Some(crawl.pages.len() as u32);
            crawl.pages.push(PageFacts::new(target, analysis, Vec::new(), items));
        }
        let as_of = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        discover(
            &crawl,
            crawl.pages.iter(),
            0,
            &AuditSettings::new(crate::Lang::Zh, as_of),
            crate::column::stale::is_stale,
        )
    }

    fn list(meta: &str, trail: &str, heading: &str, folder: &str) -> String {
        format!(
            r#"<head><meta name="ColumnName" content="{meta}"><title>清溪县人民政府</title></head>
            <div class="position">您的位置：首页 {trail}</div>{heading}
            <ul><li><a href="/{folder}/a1.html">清溪县召开全县经济工作会议</a><span>2026-11-20</span></li>
            <li><a href="/{folder}/a2.html">清溪县开展安全生产大检查</a><span>2026-11-18</span></li></ul>"#
        )
    }

    #[test]
    fn names_come_from_what_the_page_shows() {
        let names = |pages: &[(&str, String)]| -> Vec<(String, NameSource)> {
            let pages: Vec<(&str, &str)> = pages.iter().map(|(u, h)| (*u, h.as_str())).collect();
            columns_of(&pages).into_iter().map(|c| (c.name, c.name_from)).collect()
        };
        // One ColumnName on every page of the section: the breadcrumb names
        // each column, or the list's heading where there is no breadcrumb.
        let shared = names(&[
            (
                "http://h/xwzx/gzdt/index.html",
                list("新闻中心", "&gt; 新闻中心 &gt; 工作动态", "", "xwzx/gzdt"),
            ),
            ("http://h/xwzx/xzdt/index.html", list("新闻中心", "", "<h2>乡镇动态</h2>", "xwzx/xzdt")),
        ]);
        assert_eq!(
            shared,
            [("工作动态".into(), NameSource::Breadcrumb), ("乡镇动态".into(), NameSource::Heading)]
        );
        // A ColumnName that differs between columns names them where the
        // page shows nothing better; a generic breadcrumb step is no name.
        let distinct = names(&[
            ("http://h/xwzx/gzdt/index.html", list("工作动态", "&gt; 列表", "", "xwzx/gzdt")),
            ("http://h/xwzx/xzdt/index.html", list("乡镇动态", "", "", "xwzx/xzdt")),
        ]);
        assert_eq!(distinct, [("工作动态".into(), NameSource::Meta), ("乡镇动态".into(), NameSource::Meta)]);
    }

    #[test]
    fn year_less_columns_say_where_their_year_came_from() {
        let column = |footer: &str| {
            let html = format!(
                r#"<title>工作动态</title><ul><li><a href="/xwzx/gzdt/a1.html">清溪县召开全县经济工作会议</a><span>11-20</span></li>
                <li><a href="/xwzx/gzdt/a2.html">清溪县开展安全生产大检查</a><span>11-18</span></li></ul>{footer}"#
            );
            let c = columns_of(&[("http://h/xwzx/gzdt/index.html", &html)]).remove(0);
            let item = c.latest_item().expect("dated");
            (item.date.map(|d| d.to_string()), item.year_from, c.stale, c.stale_if_years_older)
        };
        let day = |d: &str| Some(d.to_owned());
        // Nothing decides: this year's, fresh, but stale were it last year's.
        assert_eq!(column(""), (day("2026-11-20"), Some(YearSource::Assumed), false, true));
        // A page generated on request tells nothing more.
        assert_eq!(
            column("<p>页面生成时间：2026-11-26 10:00</p>"),
            (day("2026-11-20"), Some(YearSource::Assumed), false, true)
        );
        // A page last generated a year ago dates its list.
        assert_eq!(
            column("<p>页面生成时间：2025-11-21 10:00</p>"),
            (day("2025-11-20"), Some(YearSource::PageTime), true, true)
        );
        // The article's own dated page beats an assumed list year.
        let mut pages = vec![(
            "http://h/xwzx/gzdt/index.html",
            r#"<title>工作动态</title><ul><li><a href="/xwzx/gzdt/a1.html">清溪县召开全县经济工作会议</a><span>11-20</span></li></ul>"#,
        )];
        pages.push((
            "http://h/xwzx/gzdt/a1.html",
            r#"<meta name="PubDate" content="2025-11-20 09:00"><p>正文</p>"#,
        ));
        let c = columns_of(&pages).remove(0);
        let item = c.latest_item().expect("dated");
        assert_eq!(
            (item.date.map(|d| d.to_string()), item.year_from),
            (day("2025-11-20"), Some(YearSource::Text))
        );
        assert!(c.stale);
    }

    #[test]
    fn a_rule_names_one_column_not_its_subfolders() {
        let r = rule(ColumnMatch::Url("/xxgk/zcwj/".into()));
        assert!(r.applies_to("http://h/xxgk/zcwj/index.html"));
        assert!(r.applies_to("http://h/xxgk/zcwj/index_3.html"));
        assert!(!r.applies_to("http://h/xxgk/zcwj/gfxwj/index.html"));
        assert!(!r.applies_to("http://h/xxgk/index.html"));
        let whole = rule(ColumnMatch::Url("http://h/xxgk/zcwj/index.html".into()));
        assert!(whole.applies_to("http://h/xxgk/zcwj/"));
        assert!(!whole.applies_to("http://other/xxgk/zcwj/"));
        let re = rule(ColumnMatch::Regex(regex::Regex::new("/xxgk/zcwj/").unwrap()));
        assert!(re.applies_to("http://h/xxgk/zcwj/gfxwj/index.html"));
    }
}
