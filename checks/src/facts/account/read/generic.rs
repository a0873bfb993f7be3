//! Any page, read by a rule from the configuration: typically a portal's own
//! page mirroring its accounts' posts (政务新媒体 columns that list each
//! WeChat article with its date), or a platform no dedicated reader knows.
//!
//! The rule's CSS selector picks the elements that hold each post's date,
//! or the post elements that contain one (`ul.wx-list li`, `.item .date`).
//! The date is read from the element's text outside its first link (a
//! title may hold a date of its own, 关于11月20日停电的通知), else from all
//! of it: by default in the common forms [`crate::facts::dates`] reads
//! (`2026-11-20`, `2026/11/20`, `2026.11.20`, `2026年11月20日`, `[11-20]`),
//! taking the latest full date when there are several (成文日期 and
//! 发布日期); or with the rule's regex, whose named groups `y`, `m` and `d`
//! give the date (`y` may be left out: the year is then the latest that does
//! not put the date after the fetch). The title is the first link's text.

use std::sync::LazyLock;

use chrono::{NaiveDate, NaiveDateTime};
use ego_tree::iter::Edge;
use regex::Regex;
use scraper::{ElementRef, Html, Selector};

use super::text::{collapse, non_empty};
use super::{Found, GenericRule, Post, walls, when};
use crate::facts::dates::{self, Written, YearSource};
use crate::facts::html::attr::Attr;

/// Checks a Generic rule once, so config errors are reported before any
/// fetch: the CSS selector parses and the date pattern (a regex; default:
/// common Chinese date forms) compiles. Err names the problem.
pub fn validate(rule: &GenericRule) -> Result<(), String> {
    compile(rule).map(|_| ())
}

/// A rule ready to run.
struct Compiled {
    selector: Selector,
    pattern: Option<Regex>,
}

fn compile(rule: &GenericRule) -> Result<Compiled, String> {
    if rule.selector.trim().is_empty() {
        return Err("the selector is empty".into());
    }
    let selector = Selector::parse(&rule.selector)
        .map_err(|e| format!("the selector `{}` is not valid CSS: {e}", rule.selector))?;
    let pattern = match &rule.date_pattern {
        None => None,
        Some(p) => {
            let re =
                Regex::new(p).map_err(|e| format!("the date pattern `{p}` is not a valid regex: {e}"))?;
            let names: Vec<&str> = re.capture_names().flatten().collect();
            if let Some(missing) = ["m", "d"].into_iter().find(|g| !names.contains(g)) {
                return Err(format!(
                    "the date pattern `{p}` has no named group `{missing}`: write (?P<m>…) and (?P<d>…), and (?P<y>…) for the year"
                ));
            }
            Some(re)
        }
    };
    Ok(Compiled { selector, pattern })
}

pub(super) fn read(rule: &GenericRule, body: &str, fetched_at: NaiveDateTime) -> Found {
    // An invalid rule reads nothing; `validate` reports it before the fetch.
    let doc = Html::parse_document(body);
    let Ok(rule) = compile(rule) else { return Found::nothing(walls::screen_parsed(body, &doc), None) };
    let posts: Vec<Post> = doc
        .select(&rule.selector)
        .filter_map(|el| {
            let (title, rest) = split_title(el);
            let (date, year) = date_in(&rule, &rest, fetched_at).or_else(|| {
                date_in(&rule, &collapse(&el.text().collect::<Vec<_>>().join(" ")), fetched_at)
            })?;
            Some(Post { date, title, year })
        })
        .collect();
    if posts.is_empty() {
        return Found::nothing(walls::screen_parsed(body, &doc), None);
    }
    Found::read(None, posts)
}

/// The element's first link text (its title) and the text outside it.
fn split_title(el: ElementRef<'_>) -> (Option<String>, String) {
    static LINK: LazyLock<Selector> = LazyLock::new(|| Selector::parse("a").expect("valid selector"));
    let link = if el.value().name() == "a" { Some(el) } else { el.select(&LINK).next() };
    let title = link.and_then(|link| {
        link.value()
            .attr_of("title")
            .and_then(non_empty)
            .or_else(|| non_empty(&link.text().collect::<String>()))
    });
    // One walk, skipping the link's subtree: linear however deep the page.
    let mut outside = Vec::new();
    let mut inside_link = false;
    for edge in el.traverse() {
        match edge {
            Edge::Open(n) if Some(n.id()) == link.map(|l| l.id()) => inside_link = true,
            Edge::Close(n) if Some(n.id()) == link.map(|l| l.id()) => inside_link = false,
            Edge::Open(n) if !inside_link => outside.extend(n.value().as_text().map(|t| &**t)),
            _ => {}
        }
    }
    (title, collapse(&outside.join(" ")))
}

fn date_in(rule: &Compiled, text: &str, fetched_at: NaiveDateTime) -> Option<(NaiveDate, YearSource)> {
    let as_of = fetched_at.date();
    let source = |year: Option<i32>| if year.is_some() { YearSource::Text } else { YearSource::Assumed };
    match &rule.pattern {
        None => {
            let found = dates::find(text);
            let latest = found.iter().filter(|w| w.year.is_some()).max().or(found.first()).copied()?;
            Some((latest.resolve(as_of, None)?, source(latest.year)))
        }
        Some(re) => re.captures_iter(text).find_map(|c| {
            let num = |g| c.name(g).and_then(|m| m.as_str().trim().parse::<u32>().ok());
            // A two-digit year (`26-11-20`) is this century's.
            let year = match num("y") {
                Some(y) if y < 100 => Some(2000 + y as i32),
                Some(y) => Some(i32::try_from(y).ok()?),
                None => None,
            };
            let date = Written { year, month: num("m")?, day: num("d")? }.resolve(as_of, None)?;
            Some((when::plausible(date)?, source(year)))
        }),
    }
}
