//! `consultation.result-overdue`: a public consultation whose result
//! (意见采纳情况 / 反馈) was not published within 1 month of its end.

use chrono::{Months, NaiveDate};

use crate::check::{CheckInfo, Finding, Severity};
use crate::facts::crawl::{PageFacts, TargetId};
use crate::facts::dates;
use crate::facts::html::consultation::is_result;
use crate::facts::html::titles::named_document as subject;
use crate::model::site::SiteContext;

pub const INFO: CheckInfo = CheckInfo {
    id: "consultation.result-overdue",
    severity: Severity::Deduction,
    title_zh: "征求意见结果未在 1 个月内公开",
    title_en: "Consultation result not published within a month",
    docs_zh: "\
检查内容：找出公开征求意见、意见征集的公告页（标题或大标题含“征求意见”“意见征集”等，正文写明\
“征求意见时间：2026年10月1日至10月31日”或“截止时间：…”），以截止日加 1 个月为期限，查找它的结果：\
标题含“采纳情况”“意见反馈”“反馈情况”“征集结果”等的页面或列表项，且与公告互相链接，或标题含公告的\
书名号内容（如《清溪县物业管理办法》，去掉“征求意见稿”字样）。期限已过而没有结果，或结果晚于期限发布，\
即报告，给出公告、截止日和期限。只看期限在检查日前一年内的征集；结果没有日期的视为按时。

为何重要：县级政务公开工作方案（seeds）要求公开征求意见的，在征求意见结束后 1 个月内公开意见收集和\
采纳情况；《重大行政决策程序暂行条例》也要求反馈意见采纳情况。长期不反馈会让公众认为征求意见走过场。

如何修复：征求意见结束后 1 个月内，在原公告所在栏目发布“意见采纳情况反馈”，标题写明原文件名称，\
并与原公告互相链接；未采纳的意见说明理由。

参考：县级政务公开工作方案（2023，见 seeds/）；《重大行政决策程序暂行条例》第十五条；\
国办秘函〔2019〕19号 互动交流（征集调查）。",
    docs_en: "\
What it checks: pages of public consultations (征求意见, 意见征集 in the title or heading, with a \
stated period such as 征求意见时间：2026年10月1日至10月31日 or an end date after 截止时间) are found; \
their deadline is the end plus 1 month. Their result is a page or list item titled 采纳情况, 意见反馈, \
反馈情况, 征集结果 … that links to the notice or is linked from it, or whose title holds what the \
notice names in 《》 (without 征求意见稿). A consultation past its deadline without a result, or \
whose result came after it, is reported with the notice, its end and the deadline. Only \
consultations whose deadline fell in the year before the audit day are judged; a result without a \
date counts as on time.

Why it matters: the county work plan (seeds) asks that the views collected and how they were used \
be published within 1 month of a consultation's end; the regulation on major administrative \
decisions asks for the same feedback. Consultations never answered look like a formality.

How to fix: within a month of the end, publish 意见采纳情况反馈 in the notice's column, naming the \
document in the title and linking both ways with the notice; give reasons for views not adopted.

References: the 2023 county work plan (seeds/); 重大行政决策程序暂行条例 art. 15; 国办秘函〔2019〕19号, \
interaction (consultations).",
    standard: None,
};

/// A consultation's result, as a page or a list item.
struct Result<'a> {
    target: TargetId,
    title: &'a str,
    date: Option<NaiveDate>,
}

pub fn run(ctx: &SiteContext<'_>) -> Vec<Finding> {
    let crawl = ctx.crawl;
    let url_of = |id: TargetId| crawl.target(id).url.as_str();
    let resolve = |w: Option<dates::Written>, id: TargetId| {
        w.and_then(|w| w.resolve(ctx.as_of, dates::year_in_url(url_of(id))))
    };
    // Results: result pages, and result items of lists (not always crawled).
    let mut results: Vec<Result<'_>> = Vec::new();
    for page in ctx.pages() {
        if let Some(title) = page.title.as_deref().filter(|t| is_result(t)) {
            let date =
                resolve(page.placement.published, page.target).or_else(|| dates::in_url(url_of(page.target)));
            results.push(Result { target: page.target, title, date });
        }
        for item in page.items.iter().filter(|i| is_result(&i.title)) {
            let date = resolve(item.date, item.target).or_else(|| dates::in_url(url_of(item.target)));
            results.push(Result { target: item.target, title: &item.title, date });
        }
    }
    let window_start = ctx.as_of.checked_sub_months(Months::new(12));
    let mut out = Vec::new();
    for page in ctx.pages() {
        let Some(end) = resolve(page.consultation_end, page.target) else { continue };
        let Some(due) = end.checked_add_months(Months::new(1)) else { continue };
        if due >= ctx.as_of || window_start.is_some_and(|s| due < s) {
            continue;
        }
        let title = own_title(page);
        let doc = subject(title);
        let matching: Vec<&Result<'_>> = results
            .iter()
            .filter(|r| {
                let named = doc.as_deref().is_some_and(|s| r.title.contains(s));
                // Article pages link to their neighbours (上一篇 / 下一篇): a
                // link to a result that names another document is not this
                // notice's result.
                let other = subject(r.title);
                let compatible = doc.is_none() || other.is_none() || named;
                let linked =
                    links(page, r.target) || crawl.page_of(r.target).is_some_and(|p| links(p, page.target));
                named || (linked && compatible)
            })
            .collect();
        // A result without a date cannot be shown late.
        if matching.iter().any(|r| r.date.is_none_or(|d| d <= due)) {
            continue;
        }
        // The earliest late result; ties by URL, not by the crawl's order.
        let late = matching
            .iter()
            .filter_map(|r| r.date.map(|d| (d, crawl.target(r.target).url.as_str(), r.target)))
            .min()
            .map(|(d, _, t)| (d, t));
        out.push(finding(ctx, page, title, end, due, late));
    }
    out
}

/// The page's title without the site's name after it (`…的公告_清溪县人民政府`).
fn own_title(page: &PageFacts) -> &str {
    let title = page.title.as_deref().unwrap_or_default();
    let Some(site) = page.site_name.as_deref().filter(|s| !s.is_empty()) else { return title };
    title.strip_suffix(site).map_or(title, |t| t.trim_end_matches(['_', '-', '|', '—', ' ']))
}

fn links(page: &PageFacts, target: TargetId) -> bool {
    page.links.iter().any(|l| l.target == target)
}

fn finding(
    ctx: &SiteContext<'_>,
    page: &PageFacts,
    title: &str,
    end: NaiveDate,
    due: NaiveDate,
    late: Option<(NaiveDate, TargetId)>,
) -> Finding {
    let lang = ctx.lang;
    let (end, due) = (end.to_string(), due.to_string());
    let detail = match late {
        Some((published, _)) => lang.word_with(
            "consultation-result-overdue-detail-late",
            &[
                ("title", title.into()),
                ("end", (&end).into()),
                ("published", published.to_string().into()),
                ("due", (&due).into()),
            ],
        ),
        None => lang.word_with(
            "consultation-result-overdue-detail",
            &[("title", title.into()), ("end", (&end).into()), ("due", (&due).into())],
        ),
    };
    Finding {
        page: Some(ctx.crawl.target(page.target).url.clone()),
        target: late.map(|(_, t)| ctx.crawl.target(t).url.clone()),
        detail,
        evidence: lang
            .word_with("consultation-result-overdue-evidence", &[("end", end.into()), ("due", due.into())]),
        ..Finding::new(INFO.id, INFO.severity)
    }
}
