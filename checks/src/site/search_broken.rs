//! `site.search-broken`: the site search does not find a recent article.
//!
//! After the crawl the crawler sends one search (`src/crawl/search.rs`):
//! the home page's GET search form, filled with the title of the newest
//! article the home page lists, as a visitor would. [`plan`] decides that
//! request from the crawl alone, so the crawler and this check agree on it;
//! the answer is kept in the crawl as the target of that URL, with the
//! links of its results page to pages already known (`search_results`).

use std::borrow::Cow;

use crate::check::{CheckInfo, Finding, Severity};
use crate::facts::crawl::{FetchOutcome, SiteCrawl, TargetId};
use crate::model::site::SiteContext;

pub const INFO: CheckInfo = CheckInfo {
    id: "site.search-broken",
    severity: Severity::Deduction,
    title_zh: "站内搜索找不到本站文章",
    title_en: "Site search does not find the site's own article",
    docs_zh: "\
检查内容：抓取结束后，用首页的站内搜索表单（只用 GET 表单，从不提交 POST）搜索一次：关键词是首页列出的\
最新一篇文章的完整标题，附带表单的隐藏字段，按页面编码（多为 GBK）编码。搜索结果页打不开、报错，或没有\
链接到这篇文章，即报告。整个审计只发这一次搜索请求，遵守 robots.txt 和抓取间隔；robots.txt 禁止搜索路径\
时不发请求、不作判断。

为何重要：国办秘函〔2019〕19号“功能设计”检查站内搜索是否可用；检查人员通常用近期发布的文章标题\
检索，搜不到即扣分。

如何修复：检查搜索服务的索引是否随内容发布及时更新（常见原因：索引任务停止、集约化平台未收录本站栏目），\
确保按完整标题能检索到新文章，结果页链接指向文章本身。

参考：国办秘函〔2019〕19号 功能设计（站内搜索）；《政府网站发展指引》（国办发〔2017〕47号）。",
    docs_en: "\
What it checks: after the crawl, one search is sent with the home page's site search form (GET forms \
only; a POST form is never submitted): the query is the full title of the newest article the home page \
lists, with the form's hidden fields, encoded in the page's encoding (GBK on most county sites). A \
results page that does not open, answers an error, or does not link to that article is reported. It is \
the only search request of the audit, within robots.txt and the crawl delay; when robots.txt disallows \
the search path nothing is sent and nothing judged.

Why it matters: the national indicators (国办秘函〔2019〕19号, functional design) check that site search \
works; inspectors search for a recent article's title and deduct when it is not found.

How to fix: make sure the search index follows publication (a stopped indexing job, or columns the \
consolidated platform does not index, are the usual causes), so that a new article is found by its full \
title and the result links to the article itself.

References: 国办秘函〔2019〕19号, functional design (site search); 国办发〔2017〕47号.",
    standard: None,
};

/// The one search an audit sends.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchPlan {
    /// The GET request, absolute.
    pub url: String,
    /// The article searched for.
    pub article: TargetId,
    pub query: String,
}

/// Titles shorter than this find too much to prove anything.
const MIN_QUERY_CHARS: usize = 6;

/// The search to send, from the crawl: `None` without a GET search form on
/// the home page or a dated, read article listed there with a whole title.
pub fn plan(crawl: &SiteCrawl) -> Option<SearchPlan> {
    let home = crawl.page_of(crate::model::site::home_page(crawl))?;
    let form = home.search_form.as_ref().filter(|f| !f.post)?;
    let article = home
        .items
        .iter()
        .filter(|i| i.date.is_some_and(|d| d.year.is_some()))
        .filter(|i| i.title.chars().count() >= MIN_QUERY_CHARS && !i.title.ends_with(['…', '.']))
        // A page read that dates itself: an article, not a section.
        .filter(|i| {
            crawl
                .page_of(crawl.resolve(i.target).target)
                .is_some_and(|p| p.placement.article || p.placement.published.is_some())
        })
        // Ties go to the first URL: target ids follow the crawl's order,
        // which is not the same from run to run.
        .max_by(|a, b| {
            let url = |i: &crate::facts::crawl::Item| crawl.target(i.target).url.as_str();
            a.date.cmp(&b.date).then_with(|| url(b).cmp(url(a)))
        })?;
    let mut url = url::Url::parse(&form.action).ok()?;
    let encoding = encoding_rs::Encoding::for_label(form.encoding.as_bytes()).unwrap_or(encoding_rs::UTF_8);
    let encode: &dyn Fn(&str) -> Cow<'_, [u8]> = &|s| encoding.encode(s).0;
    let kept: Vec<(String, String)> =
        url.query_pairs().map(|(k, v)| (k.into_owned(), v.into_owned())).collect();
    let query = {
        let mut q = url::form_urlencoded::Serializer::new(String::new());
        q.encoding_override(Some(encode));
        for (k, v) in kept.iter().chain(&form.hidden) {
            q.append_pair(k, v);
        }
        q.append_pair(&form.field, &article.title);
        q.finish()
    };
    url.set_query(Some(&query));
    url.set_fragment(None);
    Some(SearchPlan { url: url.to_string(), article: article.target, query: article.title.clone() })
}

pub fn run(ctx: &SiteContext<'_>) -> Vec<Finding> {
    let crawl = ctx.crawl;
    let Some(plan) = plan(crawl) else { return Vec::new() };
    let Some(sent) = crawl.targets.iter().position(|t| t.url == plan.url) else { return Vec::new() };
    let resolved = crawl.resolve(sent as TargetId);
    let lang = ctx.lang;
    let problem = match (resolved.outcome, resolved.broken) {
        // Not sent (robots.txt, an interrupted run): nothing is known.
        (FetchOutcome::Skipped(_), _) => return Vec::new(),
        (_, Some(kind)) => format!("{kind:?}"),
        (FetchOutcome::Failed(e), None) => e.message.clone(),
        (FetchOutcome::Answered(a), None) if a.status >= 400 => format!("HTTP {}", a.status),
        (FetchOutcome::Answered(_), None) => {
            let article = crawl.resolve(plan.article).target;
            match crawl.search_results.as_ref().filter(|r| r.target == resolved.target) {
                Some(results) if results.links.iter().any(|l| crawl.resolve(*l).target == article) => {
                    return Vec::new();
                }
                Some(_) => lang.word("site-search-broken-no-link"),
                None => lang.word("site-search-broken-no-results"),
            }
        }
    };
    vec![Finding {
        page: Some(crawl.target(crate::model::site::home_page(crawl)).url.clone()),
        target: Some(plan.url.clone()),
        detail: lang.word_with(
            "site-search-broken-detail",
            &[("query", (&plan.query).into()), ("problem", problem.into())],
        ),
        evidence: format!("{} → {}", plan.query, crawl.target(plan.article).url),
        on_homepage: Some(true),
        ..Finding::new(INFO.id, INFO.severity)
    }]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::crawl::{Answer, Item, PageFacts, Target};
    use crate::facts::dates::Written;
    use crate::facts::html::column::Placement;
    use crate::facts::html::search_form::SearchForm;

    fn target(url: &str, page: Option<u32>) -> Target {
        let answer = Answer::html(200);
        Target { url: url.into(), internal: true, outcome: FetchOutcome::Answered(answer), page, label: None }
    }

    #[test]
    fn the_query_is_encoded_in_the_page_s_charset_with_the_hidden_fields() {
        let form = SearchForm {
            action: "http://www.qingxi.gov.cn/was5/web/search?channelid=2".into(),
            field: "searchword".into(),
            hidden: vec![("perpage".into(), "10".into())],
            post: false,
            encoding: "GBK",
        };
        let day = |d| Some(Written { year: Some(2026), month: 11, day: d });
        let item = |target, title: &str, date| Item { target, title: title.into(), date };
        let home = PageFacts {
            target: 0,
            search_form: Some(form),
            items: vec![item(1, "清溪县召开常务会议", day(20)), item(2, "全县冬季征兵工作", day(21))],
            ..PageFacts::default()
        };
        let article = |target| PageFacts {
            target,
            placement: Placement { article: true, ..Placement::default() },
            ..PageFacts::default()
        };
        let crawl = SiteCrawl {
            root: 0,
            targets: vec![
                target("http://www.qingxi.gov.cn/", Some(0)),
                target("http://www.qingxi.gov.cn/a/t20261120_1.html", Some(1)),
                // Listed, not read: not searched for.
                target("http://www.qingxi.gov.cn/a/t20261121_2.html", None),
            ],
            pages: vec![home, article(1)],
            ..SiteCrawl::default()
        };
        let plan = plan(&crawl).expect("a plan");
        assert_eq!(plan.article, 1);
        // 清溪县 in GBK is C7E5 CFAA CFD8.
        assert_eq!(
            plan.url,
            "http://www.qingxi.gov.cn/was5/web/search?channelid=2&perpage=10&searchword=%C7%E5%CF%AA%CF%D8%D5%D9%BF%AA%B3%A3%CE%F1%BB%E1%D2%E9"
        );
        let mut post = crawl.clone();
        if let Some(f) = post.pages[0].search_form.as_mut() {
            f.post = true;
        }
        assert_eq!(super::plan(&post), None, "a POST form is never sent");
    }
}
