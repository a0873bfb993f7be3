//! `elderly.entry-broken`: the home page's 关怀版 / 长者模式 entry opens no
//! page.

use crate::check::{CheckInfo, Finding, Severity};
use crate::model::site::SiteContext;
use crate::model::verdicts::{Verdict, error_token};

pub const INFO: CheckInfo = CheckInfo {
    id: "elderly.entry-broken",
    severity: Severity::Deduction,
    title_zh: "首页适老化（长者模式、关怀版）入口打不开",
    title_en: "The home page's elderly-friendly mode entry does not open",
    docs_zh: "\
检查内容：首页上文字、title 或图片 alt 为“长者模式”“关怀版”“适老版”“适老化”“大字版”“老年版”“长辈版”“关爱版”等的链接\
（或图片热区）所指向的页面能否打开：与全站链接检查同一判定，返回 4xx/5xx、网络错误、重定向出错、软 404（返回 200 \
但内容已不存在）即为打不开；遇到人机验证或未请求的不算。用脚本在本页切换的模式（javascript: 链接、按钮、工具条）\
没有自己的页面，不在此检查；首页根本没有入口的见 a11y.assist-entry。

为何重要：国办公开办函〔2021〕28号要求政府网站完成适老化与无障碍改造，GB/T 47797-2026 自 2026 年 11 月 1 日起实施；\
入口打不开，老年人就用不上适老化版本，等同于没有入口。第三方评估把它列入“无障碍”指数。

如何修复：按 target 和 evidence 找到入口指向的地址，恢复适老化版本页面或改正链接；改版后同时检查首页和内页模板\
里的入口。

参考：国办公开办函〔2021〕28号；GB/T 47797-2026；工业和信息化部《互联网网站适老化通用设计规范》（2021）。",
    docs_en: "\
What it checks: whether the page opened by the home page's link (or image-map area) whose text, \
title or image alt says 长者模式, 关怀版, 适老版, 适老化, 大字版, 老年版, 长辈版, 关爱版 and the like \
answers. It is judged as every link of the site is: 4xx/5xx, a network failure, a broken redirect \
chain or a soft 404 (200 with a page that says the content is gone) does not open; an anti-bot \
challenge or a URL not requested is not judged. A mode a script switches on in place (a \
javascript: link, a button, a toolbar) has no page of its own and is not checked here; a home page \
with no entry at all is a11y.assist-entry.

Why it matters: 国办公开办函〔2021〕28号 requires government sites to be made elderly-friendly and \
accessible, and GB/T 47797-2026 applies from 1 November 2026; an entry that does not open leaves \
older visitors without the elderly-friendly version, as if there were no entry. Third-party \
evaluations score it under the accessibility index.

How to fix: follow target and evidence to the address the entry opens, and restore the \
elderly-friendly version or correct the link; after a redesign check the entry in the home page \
and inner page templates alike.

References: 国办公开办函〔2021〕28号; GB/T 47797-2026; MIIT's 2021 elderly-friendly website \
design specification.",
    standard: None,
};

pub fn run(ctx: &SiteContext<'_>) -> Vec<Finding> {
    let crawl = ctx.crawl;
    let Some(entry) = crawl.page_of(ctx.home).and_then(|home| home.care_entry) else {
        return Vec::new();
    };
    let Verdict::Dead(dead) = ctx.verdicts.get(entry.target) else { return Vec::new() };
    vec![Finding {
        page: Some(crawl.target(ctx.home).url.clone()),
        target: Some(crawl.target(entry.target).url.clone()),
        detail: ctx
            .lang
            .word_with("elderly-entry-broken-detail", &[("reason", dead.reason.describe(ctx.lang).into())]),
        evidence: dead.evidence.clone(),
        status: dead.status,
        error: dead.error.map(|k| error_token(k).to_owned()),
        element: Some(entry.element.as_str().to_owned()),
        on_homepage: Some(true),
        ..Finding::new(INFO.id, INFO.severity)
    }]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::crawl::{Answer, FetchOutcome, Link, PageFacts, SiteCrawl, Target};
    use crate::model::settings::AuditSettings;

    /// A home page whose entry leads to `/zzms/`, answered `status`.
    fn findings(status: u16, entry: bool) -> Vec<Finding> {
        let target = |url: &str, status: u16, page: Option<u32>| Target {
            url: url.to_owned(),
            internal: true,
            outcome: FetchOutcome::Answered(Answer::html(status)),
            page,
            label: None,
        };
        let link = Link { target: 1, element: crate::facts::crawl::Element::A };
        let home = PageFacts {
            target: 0,
            links: vec![link],
            care_entry: entry.then_some(link),
            text_len: 1000,
            ..PageFacts::default()
        };
        let crawl = SiteCrawl {
            root: 0,
            targets: vec![
                target("http://www.qingxi.gov.cn/", 200, Some(0)),
                target("http://www.qingxi.gov.cn/zzms/", status, None),
            ],
            pages: vec![home],
            ..SiteCrawl::default()
        };
        let as_of = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).expect("a day");
        let settings = AuditSettings::new(crate::Lang::Zh, as_of);
        run(&SiteContext::new(&crawl, &settings))
    }

    #[test]
    fn fires_when_the_entry_does_not_open() {
        let found = findings(404, true);
        assert_eq!(found.len(), 1);
        let f = &found[0];
        assert_eq!(f.target.as_deref(), Some("http://www.qingxi.gov.cn/zzms/"));
        assert_eq!((f.status, f.element.as_deref(), f.on_homepage), (Some(404), Some("a"), Some(true)));
        assert_eq!(findings(500, true).len(), 1);
    }

    #[test]
    fn stays_silent_when_it_opens_or_is_missing() {
        assert!(findings(200, true).is_empty());
        // No entry is a11y.assist-entry's finding, not this one.
        assert!(findings(404, false).is_empty());
    }
}
