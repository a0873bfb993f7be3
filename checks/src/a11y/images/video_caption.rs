//! `a11y.video-caption`: a `<video>` has no captions track (axe-core rule
//! `video-caption`, whose failures axe files under "needs review").
//!
//! axe: selector `video`, hidden videos skipped; passes when a `<track>`
//! inside it has `kind="captions"` (in any case), else the `caption` check
//! returns `undefined`: axe cannot tell whether the video has sound or
//! burnt-in captions, so it asks for a review and never counts a
//! violation.

use scraper::ElementRef;

use crate::check::{CheckInfo, Impact, Principle, Severity, Standard};
use crate::facts::a11y::accname::issue;
use crate::facts::html::attr::Attr;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "a11y.video-caption",
    // axe only asks for a review here, so no points are taken for it.
    severity: Severity::Notice,
    title_zh: "视频没有字幕轨道",
    title_en: "Video has no captions track",
    docs_zh: "\
检查内容：页面上的 <video> 里是否有 kind=\"captions\" 的 <track>（字幕轨道）。没有的报告，隐藏的视频不检查。\
与 axe-core 的 video-caption 规则一致：axe 无法知道视频有没有声音、画面里是否已压制字幕，\
所以只给出“需要人工复核”（incomplete），不计入 violations；govaudit 同样列为提示，不扣分，由人工确认。\n\n\
为何重要：听障用户看不到声音里的内容；县级门户的领导讲话、政策解读、宣传片视频常常没有字幕。\n\n\
如何修复：为有对白或解说的视频提供字幕文件，用 <track kind=\"captions\" src=\"/video/jiedu.vtt\" srclang=\"zh\" label=\"中文字幕\"> 加入；\
或在画面中压制字幕并在页面上说明。\n\n\
参考：WCAG 2.1 成功准则 1.2.2 字幕（预录）（A 级）；GB/T 37668-2019 可感知性原则；axe-core 规则 video-caption。\
govaudit 只读 HTML：用脚本播放器（如 Flash、JS 播放器）加载的视频和字幕看不到；本页自己的样式（<style> 和同站样式表中的 display:none、visibility:hidden）隐藏的视频不检查，与 axe 相同；媒体查询、布局（移出屏幕）或其他站点的样式表隐藏的视频仍会检查。",
    docs_en: "\
What it checks: whether each <video> holds a <track> with kind=\"captions\". One without is reported; hidden \
videos are skipped. As axe-core's video-caption rule: axe cannot know whether the video has sound or \
burnt-in captions, so it only asks for a review (incomplete), never a violation; govaudit likewise reports a \
notice (no points) for a person to confirm.\n\n\
Why it matters: deaf and hard-of-hearing visitors miss what is only said; county portals' speeches, policy \
explanations and promotional films often have no captions.\n\n\
How to fix: give videos with speech a captions file, added with <track kind=\"captions\" \
src=\"/video/jiedu.vtt\" srclang=\"zh\" label=\"中文字幕\">, or burn captions into the picture and say so on \
the page.\n\n\
References: WCAG 2.1 success criterion 1.2.2 Captions (Prerecorded) (A); GB/T 37668-2019 principle: \
perceivable; axe-core rule video-caption. govaudit reads HTML only: videos and captions a script player \
loads are not seen; videos the page's own styles (display:none, visibility:hidden in its <style> blocks and same-site stylesheets) hide are skipped as axe skips them; videos hidden by media queries, layout (off screen) or stylesheets on other hosts are still checked.",
    standard: Some(Standard {
        impact: Impact::Critical,
        tags: &["cat.text-alternatives", "wcag2a", "wcag122"],
        principle: Principle::Perceivable,
    }),
};

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    let detail = doc.lang().word("a11y-video-caption-detail");
    doc.dom
        .tagged("video")
        .filter(|e| !e.aria_hidden && !has_captions(e.el))
        .map(|e| issue(INFO.id, doc, e.el, &detail, Some("src")))
        .collect()
}

fn has_captions(video: ElementRef<'_>) -> bool {
    video.descendants().filter_map(ElementRef::wrap).any(|t| {
        t.value().name() == "track"
            && t.value().attr_of("kind").is_some_and(|k| k.to_lowercase() == "captions")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::page::test_run;

    #[test]
    fn decides_like_axe() {
        let cases = [
            (r#"<video src="/video/jiedu.mp4" controls></video>"#, 1),
            (r#"<video controls><source src="/v.mp4"><track kind="subtitles" src="/v.vtt"></video>"#, 1),
            (r#"<video controls><source src="/v.mp4"><track kind="Captions" src="/v.vtt"></video>"#, 0),
            (r#"<video src="/v.mp4" hidden></video>"#, 0),
        ];
        for (html, want) in cases {
            assert_eq!(test_run(run, html).len(), want, "{html}");
        }
    }
}
