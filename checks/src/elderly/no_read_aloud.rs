//! `elderly.no-read-aloud`: the site's article pages offer no reading
//! aloud. Decided once for the site: article pages share their
//! templates, so one finding with the count and examples says what a
//! finding per page would say hundreds of times.

use crate::check::{CheckInfo, Finding, Severity};
use crate::facts::crawl::PageFacts;
use crate::model::care_mode;
use crate::model::site::SiteContext;

pub const INFO: CheckInfo = CheckInfo {
    id: "elderly.no-read-aloud",
    severity: Severity::Deduction,
    title_zh: "文章页没有朗读（语音播报）功能",
    title_en: "Article pages offer no reading aloud",
    docs_zh: "\
检查内容：网站有适老化模式（首页有关怀版、长者模式入口，或加载了无障碍工具条、有脚本切换的开关）时，抓取到的本站文章页（单篇信息的详情页，不是栏目列表页；网站有独立关怀版页面、且抓到了关怀版目录下的文章时，\
只看这些文章）是否提供朗读：文字、title 或图片 alt 为“朗读”“语音播报”“听全文”“语音阅读”“播放语音”“有声阅读”\
“读屏”“指读”“连读”等的按钮或链接，onclick 或 javascript: 调用 speak、readAloud 之类函数的控件，内联脚本使用 \
speechSynthesis 或百度 text2audio 语音合成，或者已知的无障碍工具条脚本（*.govwza.cn、cnwza.cn、cniil assist.js、\
barrier_free.js、/wzaweb/ 等，工具条自带语音）。全站只报一次，写明没有朗读的文章页数和抽查总数，并举出至多 3 个例子。\
页面上有脚本切换的关怀模式开关（没有自己的页面）而没有朗读控件的文章页，控件可能由脚本生成，只有渲染（--render）\
才能判断，不计入。网站根本没有适老化模式的，见 a11y.assist-entry，此处不再报。

为何重要：工业和信息化部《互联网网站适老化通用设计规范》（2021）要求网页提供语音阅读等辅助阅读服务；\
国办公开办函〔2021〕28号要求政府网站完成适老化改造，GB/T 47797-2026 自 2026 年 11 月 1 日起实施。视力衰退、\
识字不多的老年人要靠听来获取政策信息。

如何修复：在文章页模板的标题下加上“听全文”“朗读”按钮（浏览器自带的 speechSynthesis 即可实现），或在全站加载提供\
语音朗读的无障碍工具条；改版后检查所有栏目的文章模板。

参考：工业和信息化部《互联网网站适老化通用设计规范》（2021）；国办公开办函〔2021〕28号；GB/T 47797-2026。",
    docs_en: "\
What it checks: on a site with an elderly-friendly mode (a 关怀版 / 长者模式 entry on the home \
page, an accessibility toolbar or a script switch), whether the article pages crawled (an item's own page, not a column's \
list; only the articles under the care version's folder when the site has a care page of its own \
and some of them were crawled) offer reading aloud: a button or link whose text, title or image \
alt says 朗读, 语音播报, 听全文, 语音阅读, 播放语音, 有声阅读, 读屏, 指读, 连读 and the like, a control \
whose onclick or javascript: link calls speak, readAloud and the like, an inline script using \
speechSynthesis or Baidu's text2audio speech, or a known accessibility toolbar script \
(*.govwza.cn, cnwza.cn, cniil assist.js, barrier_free.js, /wzaweb/ …, whose toolbar speaks). It is \
reported once for the site, with the number of article pages without it, the number judged and up \
to 3 examples. An article page with a care-mode switch a script runs in place and no reading \
control may get one from the script: only the rendered pass (--render) can tell, and it is left \
out. A site with no elderly-friendly mode at all is a11y.assist-entry's finding, not this one.

Why it matters: MIIT's 2021 elderly-friendly website design specification asks pages to offer \
reading aloud among their reading aids; 国办公开办函〔2021〕28号 requires government sites to be made \
elderly-friendly, and GB/T 47797-2026 applies from 1 November 2026. Older visitors with failing \
sight or little schooling learn of a policy by hearing it.

How to fix: put a 听全文 / 朗读 button under the title of the article template (the browser's own \
speechSynthesis is enough), or load an accessibility toolbar with speech on every page; after a \
redesign check every column's article template.

References: MIIT's 2021 elderly-friendly website design specification; 国办公开办函〔2021〕28号; \
GB/T 47797-2026.",
    standard: None,
};

/// Examples named in the finding.
const EXAMPLES: usize = 3;

pub fn run(ctx: &SiteContext<'_>) -> Vec<Finding> {
    let crawl = ctx.crawl;
    // A site with no mode at all is a11y.assist-entry's finding.
    let Some(mode) = care_mode::of(ctx) else { return Vec::new() };
    let articles: Vec<(&str, &PageFacts)> = crawl
        .pages
        .iter()
        .filter(|p| p.placement.article)
        .map(|p| (crawl.target(p.target), p))
        .filter(|(t, _)| t.internal)
        .map(|(t, p)| (t.url.as_str(), p))
        .collect();
    let care_folder = {
        let url = &crawl.target(mode.page).url;
        let folder = url.rfind('/').map(|at| &url[..=at]);
        // A care page at the site's root has no folder of its own.
        folder.filter(|f| !mode.in_place && url::Url::parse(f).is_ok_and(|u| u.path() != "/"))
    };
    let in_care = |url: &str| care_folder.is_some_and(|f| url.starts_with(f));
    let judged: Vec<(&str, &PageFacts)> = if articles.iter().any(|(url, _)| in_care(url)) {
        articles.into_iter().filter(|(url, _)| in_care(url)).collect()
    } else {
        articles
    }
    .into_iter()
    .filter(|(_, p)| offers(p) || p.care.mode_switch.is_none())
    .collect();
    let mut lacking: Vec<&str> = judged.iter().filter(|(_, p)| !offers(p)).map(|(url, _)| *url).collect();
    if lacking.is_empty() {
        return Vec::new();
    }
    lacking.sort_unstable();
    let examples = lacking.iter().take(EXAMPLES).copied().collect::<Vec<_>>().join(" ");
    vec![Finding {
        page: Some(lacking[0].to_owned()),
        detail: ctx.lang.word_with(
            "elderly-no-read-aloud-detail",
            &[("lacking", lacking.len().into()), ("judged", judged.len().into())],
        ),
        evidence: ctx.lang.word_with("elderly-no-read-aloud-evidence", &[("examples", examples.into())]),
        ..Finding::new(INFO.id, INFO.severity)
    }]
}

/// The page reads itself aloud, or loads a toolbar that does.
fn offers(page: &PageFacts) -> bool {
    page.care.read_aloud.is_some() || page.care.toolbar.is_some()
}
