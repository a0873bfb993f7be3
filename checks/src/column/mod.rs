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

pub mod blank;
pub mod category;
pub mod due_soon;
pub mod key;
pub mod stale;

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDate;

use crate::audit::Freshness;
use crate::dates;
use crate::settings::{AuditSettings, ColumnMatch, ColumnRule};
use crate::site::{PageFacts, SiteCrawl, TargetId};
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
}

/// A column and its freshness.
#[derive(Clone, Debug)]
pub struct Column {
    /// Its first list page.
    pub first_page: TargetId,
    pub name: String,
    pub category: Category,
    /// 1 for a first-level column (首页 > 通知公告), 2 below a section…
    pub level: u32,
    pub items: Vec<DatedItem>,
    /// The newest item dated no later than `as_of`.
    pub latest: Option<usize>,
    pub limit_days: Option<u32>,
    /// The day the column goes overdue.
    pub due: Option<NaiveDate>,
    pub stale: bool,
    pub blank: bool,
    /// Exempt by config (a closed historic topic).
    pub exempt: bool,
    /// The scripts that build its list (empty for an HTML list): with no
    /// item read, the column is neither blank nor stale, only unread.
    pub built_by: Vec<crate::html::scripted::ListSource>,
}

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
) -> Vec<Column> {
    let url = |id: TargetId| crawl.target(id).url.as_str();
    let declared = |p: &PageFacts| settings.columns.iter().any(|r| r.applies_to(url(p.target)));
    let candidates: Vec<&PageFacts> = pages
        .filter(|p| p.target != home && !p.placement.article)
        .filter(|p| !p.items.is_empty() || p.says_empty || !p.built_by.is_empty() || declared(p))
        .collect();
    let mut groups: BTreeMap<String, Vec<&PageFacts>> = BTreeMap::new();
    for page in candidates {
        groups.entry(key::column_key(url(page.target))).or_default().push(page);
    }
    let sections = section_pages(&groups);
    groups
        .into_iter()
        .filter(|(k, _)| !sections.contains(k))
        .map(|(_, pages)| build(crawl, pages, settings))
        .filter(|c| !is_navigation(&c.name) && !lists_sections(crawl, c))
        .collect()
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

fn build(crawl: &SiteCrawl, mut pages: Vec<&PageFacts>, settings: &AuditSettings) -> Column {
    pages.sort_by_key(|p| {
        (key::page_number(&crawl.target(p.target).url), crawl.target(p.target).url.len(), p.target)
    });
    let first = pages[0];
    let first_url = crawl.target(first.target).url.as_str();
    let rule = settings.columns.iter().find(|r| r.applies_to(first_url));
    let name = column_name(crawl, first, rule);
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
    let stale = !exempt
        && !blank
        && !unread
        && limit_days.is_some_and(|limit| {
            latest_date.is_none_or(|d| (settings.as_of - d).num_days() > i64::from(limit))
        });
    Column {
        first_page: first.target,
        name,
        category,
        level,
        items,
        latest,
        limit_days,
        due,
        stale,
        blank,
        exempt,
        built_by,
    }
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

/// The column's name, from the most explicit source the site offers.
fn column_name(crawl: &SiteCrawl, first: &PageFacts, rule: Option<&ColumnRule>) -> String {
    let target = crawl.target(first.target);
    rule.and_then(|r| r.name.clone())
        .or_else(|| first.placement.column_name.clone())
        .or_else(|| first.placement.breadcrumb.last().cloned())
        .or_else(|| target.label.clone())
        .or_else(|| first.title.as_deref().and_then(title_name))
        .unwrap_or_else(|| key::folder_name(&target.url))
}

/// "工作动态 - 清溪县人民政府" → "工作动态".
fn title_name(title: &str) -> Option<String> {
    title.split(['-', '_', '|', '—', '–']).map(str::trim).find(|s| !s.is_empty()).map(str::to_owned)
}

/// The items of all the column's pages, each dated.
pub fn dated_items(crawl: &SiteCrawl, pages: &[&PageFacts], as_of: NaiveDate) -> Vec<DatedItem> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for page in pages {
        for item in &page.items {
            if !seen.insert(item.target) {
                continue;
            }
            let url = &crawl.target(item.target).url;
            let list_date = item.date.and_then(|w| w.resolve(as_of, dates::year_in_url(url)));
            let page_date = crawl
                .page_of(item.target)
                .and_then(|p| p.placement.published)
                .and_then(|w| w.resolve(as_of, dates::year_in_url(url)))
                .or_else(|| dates::in_url(url));
            out.push(DatedItem {
                target: item.target,
                title: item.title.clone(),
                date: list_date.or(page_date),
                list_date,
                page_date,
                listed_on: page.target,
            });
        }
    }
    out
}

/// Fills in V4's counts, as scoring needs them.
pub fn count_into(columns: &[Column], f: &mut Freshness) {
    for col in columns.iter().filter(|c| !c.exempt) {
        if col.blank {
            f.blank += 1;
        }
        if col.stale {
            f.stale += 1;
            let first_level_notice_or_policy =
                matches!(col.category, Category::Notice | Category::Policy) && col.level <= 1;
            if col.category == Category::News || first_level_notice_or_policy {
                f.stale_news_or_first_level_notice_policy += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(column: ColumnMatch) -> ColumnRule {
        ColumnRule { column, name: None, category: None, limit_days: None }
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
