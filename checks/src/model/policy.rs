//! Policy documents (政策文件) and their interpretations (政策解读): the
//! county plan asks that they be published together and link to each
//! other, and that at least half of the documents have an interpretation
//! in a diversified form (图解, 视频, 动漫, 问答, H5).
//!
//! Documents are the items of the policy columns (not the 解读 columns)
//! published in the year before the audit day whose pages were crawled;
//! interpretations are the items of 解读 columns and any page titled 解读.
//! A document and an interpretation belong together when the
//! interpretation names the document (its 《》 is in the document's title)
//! or when either links to the other, unless the interpretation names
//! another document (article pages link to their neighbours and to the
//! newest interpretations in sidebars).

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use chrono::{Months, NaiveDate};
use schemars::JsonSchema;
use serde::Serialize;

use crate::facts::crawl::{Element, PageFacts, SiteCrawl, TargetId};
use crate::facts::html::titles::named_document;
use crate::model::column::category::Category;
use crate::model::site::SiteContext;

/// Words of an interpretation's title.
const INTERPRETATION_WORDS: &[&str] = &["解读", "一图读懂", "一图看懂", "图解"];

/// Forms the county plan counts as diversified (多元化解读).
const DIVERSE_WORDS: &[&str] = &[
    "图解",
    "一图读懂",
    "一图看懂",
    "图说",
    "视频",
    "动漫",
    "漫画",
    "动画",
    "问答",
    "H5",
    "h5",
    "音频",
    "微视频",
];

/// The county plan's target for both ratios.
pub const TARGET: f64 = 0.5;

fn is_interpretation(title: &str) -> bool {
    INTERPRETATION_WORDS.iter().any(|w| title.contains(w))
}

/// A policy document and what was found for it.
#[derive(Clone, Debug)]
pub struct Document {
    pub target: TargetId,
    pub title: String,
    pub date: NaiveDate,
    /// The column list it was listed on.
    pub listed_on: TargetId,
    /// The interpretations that belong to it, with how they link.
    pub interpretations: Vec<Pair>,
}

/// An interpretation of a document and the links between them.
#[derive(Clone, Debug)]
pub struct Pair {
    pub target: TargetId,
    pub title: String,
    pub document_links: bool,
    pub interpretation_links: bool,
    pub diverse: bool,
}

impl Document {
    pub fn linked_both_ways(&self) -> bool {
        self.interpretations.iter().any(|p| p.document_links && p.interpretation_links)
    }

    pub fn diverse(&self) -> bool {
        self.interpretations.iter().any(|p| p.diverse)
    }
}

/// The ratios of `report.json`'s `policy` block.
#[derive(Clone, Debug, Default, PartialEq, Serialize, JsonSchema)]
pub struct PolicySummary {
    /// Policy documents of the last year whose pages were read.
    pub documents: u64,
    /// Those with an interpretation.
    pub interpreted: u64,
    /// Those with an interpretation in a diversified form.
    pub diversified: u64,
    pub interpreted_ratio: f64,
    pub diversified_ratio: f64,
    /// The county plan's target for both ratios.
    pub target: f64,
}

/// The ratios over the documents, `None` when there is none to judge.
pub fn summary(documents: &[Document]) -> Option<PolicySummary> {
    if documents.is_empty() {
        return None;
    }
    let n = documents.len() as u64;
    let interpreted = documents.iter().filter(|d| !d.interpretations.is_empty()).count() as u64;
    let diversified = documents.iter().filter(|d| d.diverse()).count() as u64;
    let ratio = |k: u64| (k as f64 / n as f64 * 1000.0).round() / 1000.0;
    Some(PolicySummary {
        documents: n,
        interpreted,
        diversified,
        interpreted_ratio: ratio(interpreted),
        diversified_ratio: ratio(diversified),
        target: TARGET,
    })
}

/// The site's policy documents of the last year and their interpretations.
pub fn documents(ctx: &SiteContext<'_>) -> Vec<Document> {
    let crawl = ctx.crawl;
    let start = ctx.as_of.checked_sub_months(Months::new(12));
    // Interpretations by target, with their titles.
    let mut interps: BTreeMap<TargetId, String> = BTreeMap::new();
    for column in ctx.columns.iter().filter(|c| c.name.contains("解读")) {
        for item in &column.items {
            interps.insert(item.target, item.title.clone());
        }
    }
    for page in ctx.pages() {
        if let Some(title) = page.title.as_deref().filter(|t| is_interpretation(t)) {
            interps.entry(page.target).or_insert_with(|| title.to_owned());
        }
    }
    // Who links to what, among interpretations: a document's candidates
    // are found by lookups, not by pairing it with every interpretation.
    let mut linking: HashMap<TargetId, Vec<TargetId>> = HashMap::new();
    for &interp in interps.keys() {
        let Some(page) = crawl.page_of(crawl.resolve(interp).target) else { continue };
        for link in &page.links {
            linking.entry(crawl.resolve(link.target).target).or_default().push(interp);
        }
    }
    let named: Vec<(String, TargetId)> =
        interps.iter().filter_map(|(&t, title)| named_document(title).map(|n| (n, t))).collect();
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    let policy_columns = ctx
        .columns
        .iter()
        .filter(|c| c.category == Category::Policy && !c.name.contains("解读") && !c.exempt);
    for column in policy_columns {
        for item in &column.items {
            let Some(date) = item.date.filter(|d| *d <= ctx.as_of && start.is_none_or(|s| *d >= s)) else {
                continue;
            };
            let Some(page) = crawl.page_of(crawl.resolve(item.target).target) else { continue };
            if interps.contains_key(&item.target) || !seen.insert(item.target) {
                continue;
            }
            let mut candidates: BTreeSet<TargetId> =
                page.links.iter().map(|l| l.target).filter(|t| interps.contains_key(t)).collect();
            candidates.extend(linking.get(&crawl.resolve(item.target).target).into_iter().flatten());
            candidates.extend(named.iter().filter(|(n, _)| item.title.contains(n.as_str())).map(|(_, t)| *t));
            let interpretations = candidates
                .into_iter()
                .filter_map(|t| pair(crawl, page, item.target, &item.title, t, interps.get(&t)?))
                .collect();
            out.push(Document {
                target: item.target,
                title: item.title.clone(),
                date,
                listed_on: item.listed_on,
                interpretations,
            });
        }
    }
    out.sort_by(|a, b| crawl.target(a.target).url.cmp(&crawl.target(b.target).url));
    out
}

/// Whether the interpretation `target` belongs to the document, and how
/// they link.
fn pair(
    crawl: &SiteCrawl,
    doc_page: &PageFacts,
    doc: TargetId,
    doc_title: &str,
    target: TargetId,
    title: &str,
) -> Option<Pair> {
    let interp_page = crawl.page_of(crawl.resolve(target).target);
    let links_to = |page: &PageFacts, to: TargetId| {
        page.links
            .iter()
            .any(|l| l.target == to || crawl.resolve(l.target).target == crawl.resolve(to).target)
    };
    let document_links = links_to(doc_page, target);
    let interpretation_links = interp_page.is_some_and(|p| links_to(p, doc));
    let names = named_document(title);
    let named = names.as_deref().is_some_and(|n| doc_title.contains(n) || n.contains(doc_title));
    let compatible = names.is_none() || named;
    if !(named || ((document_links || interpretation_links) && compatible)) {
        return None;
    }
    let page_title = interp_page.and_then(|p| p.title.as_deref()).unwrap_or_default();
    let video = interp_page.is_some_and(|p| p.links.iter().any(|l| matches!(l.element, Element::Video)));
    let diverse = video || DIVERSE_WORDS.iter().any(|w| title.contains(w) || page_title.contains(w));
    Some(Pair { target, title: title.to_owned(), document_links, interpretation_links, diverse })
}
