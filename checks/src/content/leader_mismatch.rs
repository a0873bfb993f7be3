//! `content.leader-mismatch`: the leaders page disagrees with the user's
//! leader list (`[content] leaders`): a title the list does not give, a
//! leader shown after the day they left, a current leader not shown. Each
//! is a serious error (严重) as inspectors grade a leader's wrong title.

use std::collections::BTreeMap;

use crate::check::{CheckInfo, Finding, Severity};
use crate::model::leaders::{ListedLeader, ShownLeaders, title_agrees};
use crate::model::site::SiteContext;

pub const INFO: CheckInfo = CheckInfo {
    id: "content.leader-mismatch",
    severity: Severity::Deduction,
    title_zh: "领导信息与领导名单不符（严重错误）",
    title_en: "Leader information disagrees with the leader list (serious error)",
    docs_zh: "\
检查内容：配置了领导名单（[content] leaders，每行“姓名,职务,任职日期,离任日期”）时，把领导信息页面\
（见 content.leader-incomplete）上的每位领导与名单对照，以检查日为准：(1) 名单中的人，页面所写职务含有名单\
在检查日未给他的职务（比较前去掉空格、全角空格、标点、括号中的注释、“现任”和“××人民政府”前缀，按“、”“，”等拆成各项职务；只写其中一项，如名单为\
“县委副书记、县长”而卡片只写“县长”，不算不符）；(2) 名单中已离任（离任日期早于检查日）且没有现任职务的人仍在\
页面列出；(3) 名单中的现任领导没有出现在任何领导信息页面。第 (3) 项只在网站的领导信息页面至少列出名单中的一人\
时判断，以免把县领导名单套用到部门网站。每处都是严重错误。名单由使用者维护，govaudit 不声称谁现任何职。

为何重要：领导姓名、职务错误是检查通报中的“严重错误”，国办秘函〔2019〕19号单项否决“严重表述错误”，\
领导调整后网站未及时更新是常见的扣分项和通报问题。

如何修复：按最新任免文件更新领导信息页面（索引页卡片和详情页都要改），撤下已离任领导，补上新任领导；\
同时更新领导名单文件，保持与任免文件一致。

参考：国办秘函〔2019〕19号（单项否决：严重表述错误；发布解读：领导信息）；各地政府网站检查通报。",
    docs_en: "\
What it checks: with a leader list in the config ([content] leaders, one line per title: \
name,title,since,until), each leader on the leaders pages (see content.leader-incomplete) is compared \
with it on the audit day: (1) a listed person shown with a title the list does not give them that day \
(titles are compared without spaces, full-width spaces, punctuation, bracketed notes, 现任 and a \
××人民政府 prefix, split into parts at 、 and ，; showing one part only, 县长 for 县委副书记、县长, agrees); (2) a listed person whose titles all ended \
before the audit day still shown; (3) a current listed leader shown on no leaders page. (3) is judged only \
when the site's leaders pages show at least one listed person, so a county's list is not held against a \
department's site. Each is a serious error. The user keeps the list; govaudit makes no claim about who \
holds office.

Why it matters: a leader's wrong name or title is a serious error (严重错误) in inspection bulletins, \
and 国办秘函〔2019〕19号 vetoes serious misstatements; pages not updated after leaders change are a \
common deduction and a common bulletin item.

How to fix: update the leaders pages (the index cards and the detail pages) from the latest appointment \
documents, take down leaders who left and add new ones; keep the leader list file in step with them.

References: 国办秘函〔2019〕19号 (veto: serious misstatement; publishing: leaders); provincial \
inspection bulletins.",
    standard: None,
};

pub fn run(ctx: &SiteContext<'_>) -> Vec<Finding> {
    if ctx.settings.leaders.is_empty() {
        return Vec::new();
    }
    let mut listed: BTreeMap<&str, Vec<&ListedLeader>> = BTreeMap::new();
    for l in &ctx.settings.leaders {
        listed.entry(l.name.as_str()).or_default().push(l);
    }
    let site = ShownLeaders::of(ctx);
    let day = ctx.as_of;
    let lang = ctx.lang;
    let url = |id| ctx.crawl.target(id).url.clone();
    let mut out = Vec::new();
    for (name, rows) in &listed {
        let current: Vec<&ListedLeader> = rows.iter().copied().filter(|l| l.current(day)).collect();
        let titles = |rows: &[&ListedLeader]| {
            let mut t: Vec<&str> = rows.iter().map(|l| l.title.as_str()).collect();
            t.dedup();
            t.join(&lang.word("content-leader-mismatch-separator"))
        };
        let Some(shown) = site.leaders.get(name) else {
            if !current.is_empty()
                && let Some(index) = index_page(&site, &listed)
            {
                out.push(Finding {
                    page: Some(url(index)),
                    detail: lang.word_with(
                        "content-leader-mismatch-detail-missing",
                        &[("name", (*name).into()), ("listed", titles(&current).into())],
                    ),
                    evidence: evidence(ctx, &current),
                    ..Finding::new(INFO.id, INFO.severity)
                });
            }
            continue;
        };
        if current.is_empty() {
            let ended: Vec<&ListedLeader> = rows.iter().copied().filter(|l| l.ended(day)).collect();
            let Some(last) = ended.iter().filter_map(|l| l.until).max() else { continue };
            let mut pages: Vec<_> = shown.pages.iter().map(|(p, _)| *p).collect();
            pages.dedup();
            for page in pages {
                out.push(Finding {
                    page: Some(url(page)),
                    detail: lang.word_with(
                        "content-leader-mismatch-detail-ended",
                        &[
                            ("name", (*name).into()),
                            ("listed", titles(&ended).into()),
                            ("until", last.to_string().into()),
                        ],
                    ),
                    evidence: evidence(ctx, &ended),
                    ..Finding::new(INFO.id, INFO.severity)
                });
            }
            continue;
        }
        for (page, title) in &shown.pages {
            let Some(title) = title.filter(|t| !title_agrees(t, &current)) else { continue };
            out.push(Finding {
                page: Some(url(*page)),
                detail: lang.word_with(
                    "content-leader-mismatch-detail-title",
                    &[("name", (*name).into()), ("shown", title.into()), ("listed", titles(&current).into())],
                ),
                evidence: evidence(ctx, &current),
                ..Finding::new(INFO.id, INFO.severity)
            });
        }
    }
    // Every mismatch is a serious wording error (严重), counted with the
    // lexicon's serious errors by the rubric's `serious-errors` setting.
    for f in &mut out {
        f.grade = Some(crate::facts::lexicon::Grade::Serious);
    }
    out
}

/// The leaders index to report a missing leader on: the leaders page
/// showing most leaders, when the site's leaders pages show anyone on the
/// list at all (else the list is about another site).
fn index_page(site: &ShownLeaders<'_>, listed: &BTreeMap<&str, Vec<&ListedLeader>>) -> Option<u32> {
    site.leaders.iter().filter(|(n, _)| listed.contains_key(*n)).find_map(|(_, l)| l.page(site))
}

/// The list's lines about the leader: 名单：张三，县委副书记、县长，2024-01-15 起.
fn evidence(ctx: &SiteContext<'_>, rows: &[&ListedLeader]) -> String {
    let lang = ctx.lang;
    let line = |l: &ListedLeader| {
        let day = |d: Option<chrono::NaiveDate>| d.map_or_else(|| "-".to_owned(), |d| d.to_string());
        lang.word_with(
            "content-leader-mismatch-evidence",
            &[
                ("name", l.name.as_str().into()),
                ("title", l.title.as_str().into()),
                ("since", day(l.since).into()),
                ("until", day(l.until).into()),
            ],
        )
    };
    rows.iter().map(|l| line(l)).collect::<Vec<_>>().join("; ")
}
