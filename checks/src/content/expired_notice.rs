//! `content.expired-notice`: outdated content still shown as current: a
//! notice whose stated deadline passed long ago still pinned or listed
//! first, and a policy document no longer in force listed among current
//! ones without a mark.

use std::collections::HashSet;

use crate::check::{CheckInfo, Finding, Severity};
use crate::facts::crawl::TargetId;
use crate::facts::dates;
use crate::model::column::category::Category;
use crate::model::site::SiteContext;

pub const INFO: CheckInfo = CheckInfo {
    id: "content.expired-notice",
    severity: Severity::Notice,
    title_zh: "过期或失效内容仍作为现行内容展示",
    title_en: "Expired or repealed content still shown as current",
    docs_zh: "\
检查内容：(1) 栏目首页排在第一条或标为置顶的信息，正文写明的截止期限（报名截止、截止日期、有效期至等）\
已过去 90 天以上；(2) 政策文件类栏目中，正文标明“有效性：已废止/失效”“【已失效】”等的文件，在列表中\
没有任何失效标注。两种情形都报告，供人工清理。

为何重要：县级政务公开工作方案（seeds）要求定期清理过期、失效内容；过期通知长期置顶会误导办事群众，\
已废止的文件混在现行文件中会被误用。检查通报中“过期信息未清理”是常见问题。

如何修复：取消过期通知的置顶，必要时移入历史栏目；在政策文件列表和正文中标注“已废止”“已失效”，\
或移入“已失效文件”栏目；建立内容定期巡检制度。

参考：县级政务公开工作方案（2023，见 seeds/）；《政府网站发展指引》（国办发〔2017〕47号）内容保障；\
国办秘函〔2019〕19号。",
    docs_en: "\
What it checks: (1) an item listed first on a column's first page, or marked pinned (置顶), whose \
page states a deadline (报名截止, 截止日期, 有效期至 …) more than 90 days past; (2) a document of a \
policy column whose page says it is no longer in force (有效性：已废止 / 失效, 【已失效】) while the \
list shows it without any such mark. Both are notices for a person to clean up.

Why it matters: the county work plan (seeds) asks that outdated and invalid content be cleaned up \
regularly; expired notices pinned on top mislead the public, and repealed documents among current ones \
get applied. Inspection bulletins often cite outdated content not cleaned up.

How to fix: unpin expired notices and move them to an archive; mark repealed documents 已废止 / 已失效 \
in the list and on the page, or move them to a column of repealed documents; review content on a \
schedule.

References: the 2023 county work plan (seeds/); 国办发〔2017〕47号; 国办秘函〔2019〕19号.",
    standard: None,
};

/// Days a deadline may be past before a pinned or first item is outdated.
pub const LONG_AGO_DAYS: i64 = 90;

pub fn run(ctx: &SiteContext<'_>) -> Vec<Finding> {
    let crawl = ctx.crawl;
    let url = |id: TargetId| crawl.target(id).url.clone();
    let lang = ctx.lang;
    let mut out = Vec::new();
    for column in ctx.columns.iter().filter(|c| !c.exempt) {
        let Some(first_page) = crawl.page_of(column.first_page) else { continue };
        // Shown as current: the first item of the first page, and what it pins.
        let first = first_page.items.first().map(|i| i.target);
        let pinned = first_page.pinned.iter().copied().filter(|t| Some(*t) != first);
        let shown: Vec<TargetId> = first.into_iter().chain(pinned).collect();
        for target in shown {
            let Some(page) = crawl.page_of(crawl.resolve(target).target) else { continue };
            let Some(deadline) =
                page.validity.deadline.and_then(|w| w.resolve(ctx.as_of, dates::year_in_url(&url(target))))
            else {
                continue;
            };
            let days = (ctx.as_of - deadline).num_days();
            if days <= LONG_AGO_DAYS {
                continue;
            }
            let title = column.items.iter().find(|i| i.target == target).map_or("", |i| i.title.as_str());
            let deadline = deadline.to_string();
            let detail = if first_page.pinned.contains(&target) {
                lang.word_with(
                    "content-expired-notice-detail-pinned",
                    &[
                        ("column", (&column.name).into()),
                        ("title", title.into()),
                        ("deadline", (&deadline).into()),
                        ("days", days.into()),
                    ],
                )
            } else {
                lang.word_with(
                    "content-expired-notice-detail",
                    &[
                        ("column", (&column.name).into()),
                        ("title", title.into()),
                        ("deadline", (&deadline).into()),
                        ("days", days.into()),
                    ],
                )
            };
            out.push(Finding {
                page: Some(url(column.first_page)),
                target: Some(url(target)),
                detail,
                evidence: lang.word_with("content-expired-notice-evidence", &[("deadline", deadline.into())]),
                column: Some(url(column.first_page)),
                ..Finding::new(INFO.id, INFO.severity)
            });
        }
        // A column of repealed documents (已失效文件, 历史文件) lists them
        // where they belong.
        let archive = ["失效", "废止", "历史", "过期"].iter().any(|w| column.name.contains(w));
        if column.category != Category::Policy || archive {
            continue;
        }
        // Every list page of the column that marks an item void.
        let marked: HashSet<TargetId> = column
            .items
            .iter()
            .filter_map(|i| crawl.page_of(i.listed_on))
            .flat_map(|p| p.void_marked.iter().copied())
            .collect();
        for item in column.items.iter().filter(|i| !marked.contains(&i.target)) {
            let void = crawl.page_of(crawl.resolve(item.target).target).is_some_and(|p| p.validity.void);
            if !void {
                continue;
            }
            out.push(Finding {
                page: Some(url(item.listed_on)),
                target: Some(url(item.target)),
                detail: lang.word_with(
                    "content-expired-notice-detail-void",
                    &[("column", (&column.name).into()), ("title", (&item.title).into())],
                ),
                evidence: lang.word("content-expired-notice-evidence-void"),
                column: Some(url(column.first_page)),
                ..Finding::new(INFO.id, INFO.severity)
            });
        }
    }
    out
}
