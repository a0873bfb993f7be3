//! `page.oversize`: a body longer than the cap, read only up to the cap.

use crate::check::{CheckInfo, Finding, Severity};
use crate::facts::crawl::FetchOutcome;
use crate::facts::html::depth::{self, CutReason};
use crate::model::site::SiteContext;

pub const INFO: CheckInfo = CheckInfo {
    id: "page.oversize",
    severity: Severity::Notice,
    title_zh: "页面过大，只读取了前一部分",
    title_en: "Page too large: only the first part was read",
    docs_zh: "\
检查内容：页面正文超过读取上限（默认 5 MB，可用 max_body_bytes 配置）时，只读取上限以内的部分，\
其后的链接和内容未被检查，并在此提示。标签嵌套超过 512 层、元素超过 10 万个、标记错误超过 10 万处或解析超过 3 秒的页面（模板漏写闭合标签，或恶意页面）\
同样只读取到超过处为止：浏览器也限制嵌套深度，而逐层解析这样的页面会耗时极长。

为何重要：超大的网页在移动网络和老旧电脑上打开很慢，可能超过 15 秒的可用性时限；\
也说明页面可能嵌入了未压缩的图片或数据。超出部分未检查，结果是下限。

如何修复：把大图片、表格数据改为附件或分页展示；启用 gzip 压缩；避免把 Base64 图片写进网页。

参考：国办秘函〔2019〕19号“功能设计—可用性”。",
    docs_en: "\
What it checks: a page body longer than the cap (5 MB by default, `max_body_bytes`) is read only \
up to the cap; links and content after it were not checked, and this notice says so. A page whose \
tags nest more than 512 levels deep, with more than 100,000 elements or 100,000 markup errors, or that takes over 3 seconds to parse (a template that never closes a tag, or a hostile page) is \
likewise read only up to that point: browsers cap the depth too, and parsing such a page in full takes \
very long.

Why it matters: very large pages open slowly on mobile networks and old computers, possibly beyond \
the 15-second availability limit, and usually embed uncompressed images or data. What lies beyond \
the cap was not checked, so findings for the page are a lower bound.

How to fix: move large images and tables into attachments or paginate them; enable gzip; do not \
inline Base64 images.

References: 国办秘函〔2019〕19号, 功能设计—可用性.",
    standard: None,
};

pub fn run(ctx: &SiteContext<'_>) -> Vec<Finding> {
    let lang = ctx.lang;
    (0..ctx.crawl.targets.len() as crate::facts::crawl::TargetId)
        .map(|id| (id, ctx.crawl.target(id)))
        .filter(|(_, t)| matches!(&t.outcome, FetchOutcome::Answered(a) if a.cut))
        .map(|(id, t)| {
            let cut = ctx.crawl.page_of(id).and_then(|p| p.parse_cut);
            let (detail, evidence) = match cut {
                None => (lang.word("page-oversize-detail"), lang.word("page-oversize-evidence")),
                Some(cut) => {
                    let why =
                        match cut.reason {
                            CutReason::Depth => {
                                lang.word_with("page-oversize-depth", &[("levels", depth::MAX_DEPTH.into())])
                            }
                            CutReason::Nodes => lang
                                .word_with("page-oversize-nodes", &[("elements", depth::MAX_NODES.into())]),
                            CutReason::Errors => lang
                                .word_with("page-oversize-errors", &[("errors", depth::MAX_ERRORS.into())]),
                            // Seconds as Rust writes them (`2` or `0.5`).
                            CutReason::Time => lang.word_with(
                                "page-oversize-time",
                                &[("seconds", depth::PARSE_BUDGET.as_secs_f64().to_string().into())],
                            ),
                        };
                    let kb = cut.read.div_ceil(1024);
                    (
                        lang.word_with(
                            "page-oversize-detail-parse",
                            &[("why", (&why).into()), ("kb", kb.into())],
                        ),
                        lang.word_with(
                            "page-oversize-evidence-parse",
                            &[("why", (&why).into()), ("kb", kb.into())],
                        ),
                    )
                }
            };
            Finding {
                page: t.internal.then(|| t.url.clone()),
                target: Some(t.url.clone()),
                detail,
                evidence,
                internal: Some(t.internal),
                ..Finding::new(INFO.id, INFO.severity)
            }
        })
        .collect()
}
