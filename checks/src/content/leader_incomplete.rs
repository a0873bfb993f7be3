//! `content.leader-incomplete`: a leader on the leaders page (领导信息)
//! without a title or without duties, over their index card and their own
//! page together.

use crate::check::{CheckInfo, Finding, Severity};
use crate::model::leaders::{ShownLeader, ShownLeaders};
use crate::model::site::SiteContext;

pub const INFO: CheckInfo = CheckInfo {
    id: "content.leader-incomplete",
    severity: Severity::Deduction,
    title_zh: "领导信息不完整（缺职务或分工）",
    title_en: "Leader information incomplete (no title or no duties)",
    docs_zh: "\
检查内容：栏目名、导航路径、标题或网址表明是领导信息页面（领导信息、领导之窗、机构领导、领导简介、政府领导、\
县领导、领导班子、班子成员、ldxx、ldzc 等；领导活动、领导讲话等栏目不算）时，读出页面上每位领导的姓名、职务、\
照片、简历和分工：卡片式索引页（照片、姓名、职务）与其链接的领导详情页合并判断，也读整页罗列和带“姓名、职务、\
分工”表头的表格。某位领导在这些页面上都没有职务，或都没有分工（工作分工、分管、负责、主持、协助……；写“暂无”\
的算没有）时报告，写明缺少什么。领导详情页未被抓取或不是可识别的领导信息页面时不作判断。

为何重要：国办秘函〔2019〕19号把“领导信息”列为信息发布（发布解读）的检查内容；评估实践中，领导信息应有\
姓名、职务、照片、简历和分管工作。只有姓名、没有职务和分工，公众无从知道谁分管什么。

如何修复：为每位领导补全职务和工作分工（分管领域、联系单位），领导调整后同步更新；详情页写明“职务”“工作分工”。

参考：国办秘函〔2019〕19号《政府网站与政务新媒体检查指标》（发布解读：领导信息）；《政府网站发展指引》\
（国办发〔2017〕47号）信息发布。",
    docs_en: "\
What it checks: on a page whose column name, breadcrumb, title or URL says it is the leaders page \
(领导信息, 领导之窗, 机构领导, 领导简介, 政府领导, 县领导, 领导班子, 班子成员, ldxx, ldzc …; not a \
column of leaders' activities or speeches), each leader's name, title (职务), portrait, résumé and duties \
(分工) are read: a card index (portrait, name, title) is joined with the detail pages it links to, and \
one page listing everyone and tables with a 姓名 / 职务 / 分工 header row are read too. A leader shown \
with no title on any of these pages, or no duties (工作分工, 分管, 负责, 主持, 协助 …; 暂无 counts as \
none), is reported, naming what is missing. A leader whose own page was not crawled or not read as a \
leaders page is not judged.

Why it matters: 国办秘函〔2019〕19号 scores 领导信息 under publishing (发布解读); in evaluators' \
practice a leader's entry gives their name, title, photo, résumé and the work they lead. A name \
without title and duties does not tell the public who is in charge of what.

How to fix: give every leader a title and their duties (areas in charge, units they oversee), and update \
them when posts change; on detail pages write 职务 and 工作分工.

References: 国办秘函〔2019〕19号, the inspection indicators (publishing: leaders); the 2017 \
guidelines for government websites (国办发〔2017〕47号), publishing.",
    standard: None,
};

pub fn run(ctx: &SiteContext<'_>) -> Vec<Finding> {
    let site = ShownLeaders::of(ctx);
    let lang = ctx.lang;
    let mut out = Vec::new();
    for (name, shown) in &site.leaders {
        if shown.unread {
            continue;
        }
        let mut missing = Vec::new();
        if !shown.title {
            missing.push(lang.word("content-leader-incomplete-title"));
        }
        if !shown.duties {
            missing.push(lang.word("content-leader-incomplete-duties"));
        }
        if missing.is_empty() {
            continue;
        }
        let Some(page) = shown.page(&site) else { continue };
        let missing = missing.join(&lang.word("content-leader-incomplete-separator"));
        out.push(Finding {
            page: Some(ctx.crawl.target(page).url.clone()),
            detail: lang.word_with(
                "content-leader-incomplete-detail",
                &[("name", (*name).into()), ("missing", missing.into())],
            ),
            evidence: evidence(ctx, name, shown),
            ..Finding::new(INFO.id, INFO.severity)
        });
    }
    out
}

/// What was read of the leader: 姓名 张三；职务 -；分工 无；简历 有；照片 有.
fn evidence(ctx: &SiteContext<'_>, name: &str, shown: &ShownLeader<'_>) -> String {
    let lang = ctx.lang;
    let has = |yes: bool| {
        if yes {
            lang.word("content-leader-incomplete-yes")
        } else {
            lang.word("content-leader-incomplete-no")
        }
    };
    let title = shown.pages.iter().find_map(|(_, t)| *t).unwrap_or("-");
    lang.word_with(
        "content-leader-incomplete-evidence",
        &[
            ("name", name.into()),
            ("title", title.into()),
            ("duties", has(shown.duties).into()),
            ("resume", has(shown.resume).into()),
            ("portrait", has(shown.portrait).into()),
        ],
    )
}
