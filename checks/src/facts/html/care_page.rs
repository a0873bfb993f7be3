//! What a page offers an older visitor (适老化) and what it inflicts on one,
//! read from its HTML: its own text-size, colour and reading-aloud
//! controls, a known accessibility toolbar that brings them, an in-place
//! switch to a care mode, and the pop-ups and ads it loads.
//!
//! Read on every page: the `elderly.*` checks join the home page's entry
//! to the page it opens (or to the home page itself, for a toolbar), and
//! `elderly.no-read-aloud` reads the article pages.
//!
//! Only the markup and the page's inline scripts are read: a control a
//! script builds, an ad an external script injects, a pop-up a stylesheet
//! positions are seen only by the rendered pass.

use scraper::{ElementRef, Html};

use super::attr::Attr;
use crate::facts::html::care_entry::CARE_WORDS;

/// What one page offers and loads, for the `elderly.*` checks.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CareFacts {
    /// A control of its own that changes the text size (A+, 字号 大 中 小,
    /// 放大): its label.
    pub text_zoom: Option<String>,
    /// A control that switches to high contrast or other colours (高对比度,
    /// 反色, 黑白, 配色): its label.
    pub contrast: Option<String>,
    /// A control or script that reads the page aloud (朗读, 听全文,
    /// `speechSynthesis`): its label or the script's word.
    pub read_aloud: Option<String>,
    /// A known accessibility toolbar script (govwza.cn, cniil assist.js …),
    /// which brings text zoom, colours and speech: its URL.
    pub toolbar: Option<String>,
    /// A control named for a care or accessibility mode that opens no page
    /// of its own (a button, a `javascript:` link): its label.
    pub mode_switch: Option<String>,
    /// Pop-ups and floating ads, at most [`MAX_POPUPS`].
    pub popups: Vec<Popup>,
    /// Scripts and frames loaded from another host, at most
    /// [`MAX_FOREIGN`]: `elderly.popup-ads` matches them against the known
    /// ad hosts and the user's own.
    pub foreign: Vec<String>,
}

/// A pop-up or a floating ad (飘窗) the page loads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Popup {
    pub kind: PopupKind,
    /// What shows it: the script's words or the container's start tag.
    pub evidence: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PopupKind {
    /// `window.open` run as the page loads.
    WindowOpen,
    /// A container with an ad-like name that a timer moves, or a known
    /// floating-ad script (飘窗).
    Floating,
}

pub const MAX_POPUPS: usize = 4;
pub const MAX_FOREIGN: usize = 16;
/// How much of one inline script is read, and of all of them: a page's
/// own scripts are short; a bundle inlined whole is not where a 飘窗 hides.
const SCRIPT_BYTES: usize = 64 * 1024;
const ALL_SCRIPTS_BYTES: usize = 256 * 1024;
/// The longest label read as a control's: controls are short.
const MAX_LABEL: usize = 10;
/// The longest evidence kept.
const EVIDENCE_CHARS: usize = 120;

/// Control labels that change the text size. 大 / 中 / 小 alone count
/// beside a 字号 / 字体 / 文字 caption ([`SIZE_CAPTIONS`]).
const ZOOM_WORDS: &[&str] = &[
    "a+",
    "a-",
    "a＋",
    "a－",
    "字号",
    "字體",
    "字体大小",
    "字体放大",
    "字体缩小",
    "文字放大",
    "文字缩小",
    "大字号",
    "放大",
    "缩小",
];
const SIZE_CAPTIONS: &[&str] = &["字号", "字體", "字体", "文字"];
const SIZE_STEPS: &[&str] = &["大", "中", "小", "特大", "标准", "默认", "超大", "较大"];
/// Control labels that switch colours.
const CONTRAST_WORDS: &[&str] = &[
    "高对比",
    "高對比",
    "对比度",
    "反色",
    "黑白",
    "配色",
    "色彩",
    "切换颜色",
    "颜色切换",
    "黄底黑字",
    "黑底黄字",
    "蓝底白字",
    "白底黑字",
    "夜间模式",
    "深色模式",
    "contrast",
];
/// Control labels that read aloud.
const SPEECH_WORDS: &[&str] = &[
    "朗读",
    "語音",
    "语音播报",
    "语音阅读",
    "语音朗读",
    "听全文",
    "聽全文",
    "听文章",
    "听新闻",
    "播放语音",
    "有声阅读",
    "点击收听",
    "指读",
    "连读",
    "读屏",
];
/// Words of an `onclick` or `javascript:` handler that call each control.
const ZOOM_CALLS: &[&str] =
    &["fontsize", "font_size", "dozoom", "setfont", "changefont", "fontzoom", "textsize", "zoomin"];
const CONTRAST_CALLS: &[&str] =
    &["contrast", "changecolor", "setcolor", "colorscheme", "invert", "grayscale", "peise"];
const SPEECH_CALLS: &[&str] = &["speechsynthesis", "speak(", "readaloud", "text2audio", "langdu", "tts("];
/// Words of an inline script that read aloud by themselves.
const SPEECH_SCRIPT: &[&str] = &["speechSynthesis", "SpeechSynthesisUtterance", "text2audio"];
/// Words of an accessibility mode, besides [`CARE_WORDS`].
const ACCESS_WORDS: &[&str] = &["无障碍", "無障礙"];

/// Parts of an id or class that name an ad or a floating window.
const AD_NAMES: &[&str] =
    &["ad", "ads", "adv", "advert", "float", "floating", "fly", "piao", "guanggao", "popup", "tanchuang"];
/// Id or class words that name one whole: `piaochuang`, `floatad`.
const AD_WORDS: &[&str] =
    &["piaochuang", "piaofu", "floatad", "float_ad", "adfloat", "guanggao", "tanchuang"];
/// File names (and calls) of the floating-ad scripts portals copy.
const FLOAT_SCRIPTS: &[&str] =
    &["piaochuang", "piaofu", "floatad", "float_ad", "floating_ad", "adfloat", "admove", "piao.js"];

/// Reads `doc`'s controls, toolbar, mode switch and pop-ups.
pub fn read(doc: &Html, page_url: &url::Url) -> CareFacts {
    let mut facts = CareFacts::default();
    let mut scripts: Vec<String> = Vec::new();
    let mut budget = ALL_SCRIPTS_BYTES;
    let mut named: Vec<(String, String)> = Vec::new();
    for el in doc.tree.nodes().filter_map(ElementRef::wrap) {
        let v = el.value();
        match v.name() {
            "script" => match v.attr_of("src") {
                Some(src) => read_script_src(&mut facts, src, page_url),
                None if budget > 0 => {
                    let text: String = el.text().collect();
                    let kept = strip_comments(prefix(&text, budget.min(SCRIPT_BYTES)));
                    budget = budget.saturating_sub(text.len().min(SCRIPT_BYTES));
                    scripts.push(kept);
                }
                None => {}
            },
            "iframe" | "embed" => {
                if let Some(src) = v.attr_of("src") {
                    add_foreign(&mut facts, src, page_url);
                }
            }
            "body" => {
                if let Some(onload) = v.attr_of("onload").filter(|js| js.contains("window.open")) {
                    push_popup(&mut facts, PopupKind::WindowOpen, onload);
                }
            }
            _ => {}
        }
        if is_control(el) {
            read_control(&mut facts, el);
        }
        if let Some(name) = ad_name(el) {
            named.push((name, start_tag(el)));
        }
    }
    read_scripts(&mut facts, &scripts, &named);
    facts
}

/// An element a visitor activates.
fn is_control(el: ElementRef<'_>) -> bool {
    let v = el.value();
    match v.name() {
        "a" | "button" => true,
        "input" => v
            .attr_of("type")
            .is_some_and(|t| matches!(t, "button" | "submit" | "image" | "checkbox" | "radio")),
        _ => v.attr_of("onclick").is_some() || v.attr_of("role") == Some("button"),
    }
}

fn read_control(facts: &mut CareFacts, el: ElementRef<'_>) {
    let done = [&facts.text_zoom, &facts.contrast, &facts.read_aloud, &facts.mode_switch];
    if done.iter().all(|f| f.is_some()) {
        return;
    }
    let names = names_of(el);
    let named = |words: &[&str]| names.iter().any(|n| words.iter().any(|w| n.contains(w)));
    let handler = handler_of(el);
    let label = || label_of(el);
    if facts.text_zoom.is_none()
        && (names.iter().any(|n| names_zoom(n)) || is_size_step(el) || calls(&handler, ZOOM_CALLS))
    {
        facts.text_zoom = Some(label());
    }
    if facts.contrast.is_none() && (named(CONTRAST_WORDS) || calls(&handler, CONTRAST_CALLS)) {
        facts.contrast = Some(label());
    }
    if facts.read_aloud.is_none() && (named(SPEECH_WORDS) || calls(&handler, SPEECH_CALLS)) {
        facts.read_aloud = Some(label());
    }
    if facts.mode_switch.is_none() && opens_no_page(el) && (named(CARE_WORDS) || named(ACCESS_WORDS)) {
        facts.mode_switch = Some(label());
    }
}

/// What names a control, lowercased, read once for every word list: as
/// `crate::facts::page::labelled` reads it (its title, alt, aria-label or
/// value, its own text when short, the alt or title of an image in it).
fn names_of(el: ElementRef<'_>) -> Vec<String> {
    let v = el.value();
    let mut names: Vec<String> =
        [v.attr_of("title"), v.attr_of("alt"), v.attr_of("aria-label"), v.attr_of("value")]
            .into_iter()
            .flatten()
            .map(str::to_lowercase)
            .collect();
    let text = crate::facts::a11y::dom::collapse(&el.text().collect::<String>());
    if text.chars().count() <= MAX_LABEL {
        names.push(text.to_lowercase());
    }
    let inner = el.descendants().skip(1).filter_map(ElementRef::wrap);
    names.extend(
        inner
            .flat_map(|d| [d.value().attr_of("alt"), d.value().attr_of("title")])
            .flatten()
            .map(str::to_lowercase),
    );
    names
}

/// 放大 / 缩小 of a picture are not the text's.
fn names_zoom(name: &str) -> bool {
    ZOOM_WORDS.iter().any(|w| name.contains(w)) && !name.contains('图')
}

/// `大` / `中` / `小` after a 字号 caption: the caption is the text before
/// the control in its parent (`字号：<a>大</a> <a>中</a> <a>小</a>`).
fn is_size_step(el: ElementRef<'_>) -> bool {
    let own = crate::facts::a11y::dom::collapse(&el.text().collect::<String>());
    let own = own.trim_matches(|c: char| {
        matches!(c, '[' | ']' | '【' | '】' | '(' | ')' | '（' | '）') || c.is_whitespace()
    });
    if !SIZE_STEPS.contains(&own) {
        return false;
    }
    let Some(parent) = el.parent().and_then(ElementRef::wrap) else { return false };
    let caption: String = parent.text().take(12).collect();
    let before = caption.split(own).next().unwrap_or_default();
    SIZE_CAPTIONS.iter().any(|c| before.contains(c))
}

/// The script a control runs: its `onclick` and a `javascript:` href,
/// lowercased.
fn handler_of(el: ElementRef<'_>) -> String {
    let v = el.value();
    let href = v.attr_of("href").filter(|h| h.trim_start().to_ascii_lowercase().starts_with("javascript:"));
    [v.attr_of("onclick"), href].into_iter().flatten().collect::<Vec<_>>().join(" ").to_ascii_lowercase()
}

fn opens_no_page(el: ElementRef<'_>) -> bool {
    let v = el.value();
    match v.attr_of("href").map(str::trim) {
        None | Some("" | "#") => true,
        Some(href) => href.to_ascii_lowercase().starts_with("javascript:"),
    }
}

fn calls(handler: &str, words: &[&str]) -> bool {
    !handler.is_empty() && words.iter().any(|w| handler.contains(w))
}

fn label_of(el: ElementRef<'_>) -> String {
    let v = el.value();
    let text = crate::facts::a11y::dom::collapse(&el.text().collect::<String>());
    let label = [v.attr_of("title"), v.attr_of("aria-label"), v.attr_of("alt"), v.attr_of("value")]
        .into_iter()
        .flatten()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .map(str::to_owned)
        .filter(|_| text.is_empty() || text.chars().count() > MAX_LABEL)
        .unwrap_or(text);
    if label.is_empty() { start_tag(el) } else { bounded(&label) }
}

fn read_script_src(facts: &mut CareFacts, src: &str, page_url: &url::Url) {
    if facts.toolbar.is_none() && is_toolbar(src) {
        facts.toolbar = Some(bounded(src));
    }
    let file = file_name(src);
    if FLOAT_SCRIPTS.iter().any(|w| file.contains(w)) {
        push_popup(facts, PopupKind::Floating, src);
    }
    add_foreign(facts, src, page_url);
}

/// A known accessibility toolbar, which offers text zoom, colours and
/// reading aloud: the scripts `a11y.assist-entry` knows, and govwza's
/// other hosts (`api.govwza.cn/cniil/assist.js`, `p.cnwza.cn`).
pub fn is_toolbar(src: &str) -> bool {
    let src = src.trim().to_ascii_lowercase();
    let host = src.split("//").nth(1).and_then(|rest| rest.split('/').next()).unwrap_or_default();
    let file = file_name(&src);
    (file == "aria.js" && host.starts_with("wza."))
        || matches!(
            file.as_str(),
            "barrier_free.js" | "barrier.free.min.js" | "assist.js" | "wza.js" | "slh.js"
        )
        || src.contains("/wzaweb/")
        || host.ends_with("govwza.cn")
        || host.ends_with("cnwza.cn")
}

fn file_name(src: &str) -> String {
    src.split(['?', '#'])
        .next()
        .unwrap_or_default()
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// Keeps a script's or frame's URL when it is on another host.
fn add_foreign(facts: &mut CareFacts, src: &str, page_url: &url::Url) {
    let Ok(url) = page_url.join(src.trim()) else { return };
    let Some(host) = url.host_str() else { return };
    if Some(host) == page_url.host_str() || facts.foreign.len() >= MAX_FOREIGN {
        return;
    }
    let url = bounded(url.as_str());
    if !facts.foreign.contains(&url) {
        facts.foreign.push(url);
    }
}

fn push_popup(facts: &mut CareFacts, kind: PopupKind, evidence: &str) {
    if facts.popups.len() < MAX_POPUPS {
        facts.popups.push(Popup { kind, evidence: bounded(evidence.trim()) });
    }
}

/// An id or class that names an ad or a floating window: a word of it
/// (`float_ad`, `adBox`, `piao1`) is one of [`AD_NAMES`] or it holds one
/// of [`AD_WORDS`]. `header`, `shadow`, `load` hold `ad` but not as a
/// word.
fn ad_name(el: ElementRef<'_>) -> Option<String> {
    let v = el.value();
    let id = v.attr_of("id").into_iter();
    let classes = v.attr_of("class").into_iter().flat_map(str::split_whitespace);
    id.chain(classes).find(|name| is_ad_name(name)).map(str::to_owned)
}

fn is_ad_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    if AD_WORDS.iter().any(|w| lower.contains(w)) {
        return true;
    }
    words_of(name).iter().any(|w| AD_NAMES.contains(&w.as_str()))
}

/// `float_ad1` → `float`, `ad`; `adBox` → `ad`, `box`: split at
/// punctuation, digits and a capital after a lower-case letter.
fn words_of(name: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut prev_lower = false;
    for c in name.chars() {
        let boundary = !c.is_ascii_alphabetic() || (c.is_ascii_uppercase() && prev_lower);
        if boundary && !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
        if c.is_ascii_alphabetic() {
            word.push(c.to_ascii_lowercase());
        }
        prev_lower = c.is_ascii_lowercase();
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// The inline scripts: a toolbar they load, reading aloud, `window.open`
/// as the page loads, a timer that moves a container named like an ad.
/// Each script is read on its own: the timer and the container it moves
/// are named in the same one.
fn read_scripts(facts: &mut CareFacts, scripts: &[String], named: &[(String, String)]) {
    for code in scripts {
        if facts.toolbar.is_none() {
            facts.toolbar = toolbar_in(code);
        }
        if facts.read_aloud.is_none() {
            facts.read_aloud = SPEECH_SCRIPT.iter().find(|w| code.contains(**w)).map(|w| (*w).to_owned());
        }
        for at in load_time_opens(code) {
            push_popup(facts, PopupKind::WindowOpen, statement_at(code, at));
        }
        if !facts.popups.iter().any(|p| p.kind == PopupKind::Floating)
            && let Some(evidence) = floating_in(code, named)
        {
            push_popup(facts, PopupKind::Floating, &evidence);
        }
    }
}

/// A floating ad one script runs: a call of a known 飘窗 function
/// (`floatAd(`, `new AdMove(`), or a timer that moves a container of the
/// page named like an ad (its start tag).
fn floating_in(code: &str, named: &[(String, String)]) -> Option<String> {
    let lower = code.to_ascii_lowercase();
    let calls = FLOAT_SCRIPTS.iter().filter(|w| !w.ends_with(".js"));
    // Lowercasing ASCII keeps byte offsets: the call is quoted as written.
    if let Some(at) = calls.filter_map(|w| lower.find(&format!("{w}("))).min() {
        return Some(statement_at(code, at).to_owned());
    }
    // A 飘窗 moves all the time: an interval, not a one-off timeout.
    let moves = ["style.top", "style.left", ".css(", ".animate(", "style.pixeltop", "style.pixelleft"];
    if !lower.contains("setinterval") || !moves.iter().any(|m| lower.contains(m)) {
        return None;
    }
    named
        .iter()
        .find(|(name, _)| ["\"", "'", "#", "."].iter().any(|q| code.contains(&format!("{q}{name}"))))
        .map(|(_, tag)| tag.clone())
}

/// The statement of `code` around byte `at`: from the end of the one
/// before to its `;` or the end of its line, at most [`EVIDENCE_CHARS`]
/// bytes either side of `at`.
fn statement_at(code: &str, at: usize) -> &str {
    let before = suffix(&code[..at], EVIDENCE_CHARS);
    let start = at - before.len() + before.rfind([';', '\n', '{', '}']).map_or(0, |i| i + 1);
    let rest = prefix(&code[at..], EVIDENCE_CHARS);
    let end = rest.find([';', '\n']).map_or(rest.len(), |i| i + 1);
    code[start..at + end].trim()
}

/// A toolbar's URL written in an inline script (`document.write` of its
/// `<script>`, or a loader that sets a script's `src`).
fn toolbar_in(code: &str) -> Option<String> {
    code.split(['"', '\'', '`', '(', ')', ' ', '<', '>', '='])
        .filter(|s| s.contains(".js") || s.contains("govwza.cn") || s.contains("cnwza.cn"))
        .find(|s| is_toolbar(s))
        .map(bounded)
}

/// Where `window.open(` runs as the page loads: at the top level of a
/// script, in an immediately run function, or in a load handler
/// (`window.onload`, `$(function`, `$(document).ready`, a `load` /
/// `DOMContentLoaded` listener, a `setTimeout`); not in a function the page
/// only declares (run on a click).
fn load_time_opens(code: &str) -> Vec<usize> {
    // One frame per open brace: whether code inside it runs on load.
    let mut frames: Vec<bool> = Vec::new();
    let mut found = Vec::new();
    let bytes = code.as_bytes();
    let mut i = 0;
    let mut quote: Option<u8> = None;
    while i < bytes.len() {
        let b = bytes[i];
        if let Some(q) = quote {
            if b == b'\\' {
                i += 1;
            } else if b == q {
                quote = None;
            }
            i += 1;
            continue;
        }
        match b {
            b'"' | b'\'' | b'`' => quote = Some(b),
            b'{' => {
                let outer = frames.last().copied().unwrap_or(true);
                frames.push(outer && runs_on_load(suffix(&code[..i], 200)));
            }
            b'}' => {
                frames.pop();
            }
            b'w' if code[i..].starts_with("window.open(") && frames.last().copied().unwrap_or(true) => {
                found.push(i);
                if found.len() >= MAX_POPUPS {
                    break;
                }
            }
            _ => {}
        }
        i += 1;
    }
    found
}

/// Whether the block that opens after `before` runs when its outer code
/// runs: any block but a function's, and a function's when it is a load
/// handler or run at once.
fn runs_on_load(before: &str) -> bool {
    let tail = before.trim_end();
    let is_function = tail.ends_with("=>") || (tail.ends_with(')') && function_header(tail));
    if !is_function {
        return true;
    }
    // The statement the function is written in.
    let start = tail.rfind([';', '{', '}']).map_or(0, |at| at + 1);
    let statement = tail[start..].to_ascii_lowercase().replace(char::is_whitespace, "");
    const LOAD: &[&str] = &[
        "onload",
        "ready(",
        "$(function",
        "jquery(function",
        "'load'",
        "\"load\"",
        "domcontentloaded",
        "settimeout(",
    ];
    let run_at_once = ["(function", "!function", "(()=>"].iter().any(|w| statement.starts_with(w));
    run_at_once || LOAD.iter().any(|w| statement.contains(w))
}

/// `… function name(args)` or `… (args) =>`'s head: the parenthesis before
/// `{` closes a function's arguments, not an `if`'s or a `for`'s.
fn function_header(tail: &str) -> bool {
    let Some(open) = tail.rfind('(') else { return false };
    let head = tail[..open].trim_end();
    let word_start =
        head.rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$')).map_or(0, |at| at + 1);
    let word = &head[word_start..];
    word == "function" || head[..word_start].trim_end().ends_with("function")
}

/// The code without `//` and `/* */` comments (a toolbar or a pop-up
/// commented out runs no more), strings kept.
fn strip_comments(code: &str) -> String {
    let mut out = String::with_capacity(code.len());
    let mut chars = code.chars().peekable();
    let mut quote: Option<char> = None;
    while let Some(c) = chars.next() {
        if let Some(q) = quote {
            out.push(c);
            if c == '\\' {
                if let Some(n) = chars.next() {
                    out.push(n);
                }
            } else if c == q || c == '\n' {
                quote = None;
            }
            continue;
        }
        match (c, chars.peek()) {
            ('/', Some('/')) if !out.ends_with(':') => {
                for n in chars.by_ref() {
                    if n == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            ('/', Some('*')) => {
                chars.next();
                let mut prev = ' ';
                for n in chars.by_ref() {
                    if prev == '*' && n == '/' {
                        break;
                    }
                    prev = n;
                }
            }
            ('"' | '\'' | '`', _) => {
                quote = Some(c);
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

fn start_tag(el: ElementRef<'_>) -> String {
    let v = el.value();
    let attrs: String = v.attrs().map(|(k, val)| format!(" {k}=\"{val}\"")).collect();
    bounded(&format!("<{}{attrs}>", v.name()))
}

fn bounded(text: &str) -> String {
    crate::bounded::bounded(&crate::facts::a11y::dom::collapse(text), EVIDENCE_CHARS).into_owned()
}

/// The last `max` bytes of `text` (or a few more), cut at a character
/// boundary: what is read before a brace to tell what opens it.
fn suffix(text: &str, max: usize) -> &str {
    let mut start = text.len().saturating_sub(max);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    &text[start..]
}

/// The first `max` bytes of `text`, cut at a character boundary.
fn prefix(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_html(body: &str) -> CareFacts {
        let html = format!("<html><head><title>关怀版</title></head><body>{body}</body></html>");
        let url = url::Url::parse("http://www.qingxi.gov.cn/ghb/index.html").expect("url");
        read(&Html::parse_document(&html), &url)
    }

    #[test]
    fn reads_text_size_controls() {
        for body in [
            "<button onclick=\"z(1)\">A+</button><button onclick=\"z(-1)\">A-</button>",
            "<span>字号：<a href=\"javascript:;\">大</a> <a href=\"javascript:;\">中</a> <a href=\"javascript:;\">小</a></span>",
            "<p>【字体：<a href=\"#\">大</a> <a href=\"#\">中</a> <a href=\"#\">小</a>】</p>",
            "<a href=\"javascript:doZoom(16)\">16</a>",
            "<span onclick=\"big()\">文字放大</span>",
        ] {
            assert!(read_html(body).text_zoom.is_some(), "{body}");
        }
        for body in [
            "<a href=\"/xw/1.html\">大</a>",
            "<p>中小企业</p><a href=\"/zx/\">小</a>",
            "<a href=\"/pic/1.jpg\">点击查看大图</a>",
            "<p>字号</p>",
        ] {
            assert_eq!(read_html(body).text_zoom, None, "{body}");
        }
    }

    #[test]
    fn reads_colour_and_speech_controls() {
        assert!(read_html("<button>高对比度</button>").contrast.is_some());
        assert!(read_html("<a href=\"javascript:setContrast(1)\"><i></i></a>").contrast.is_some());
        assert!(read_html("<span onclick=\"c()\">配色</span>").contrast.is_some());
        assert_eq!(read_html("<p>本站已完成高对比度改造。</p>").contrast, None);
        assert!(read_html("<a href=\"javascript:;\" class=\"ld\">听全文</a>").read_aloud.is_some());
        assert!(read_html("<script>var u = new SpeechSynthesisUtterance(t);</script>").read_aloud.is_some());
        assert_eq!(read_html("<p>《朗读者》节目在我县录制，欢迎收看这一期的朗读者。</p>").read_aloud, None);
    }

    #[test]
    fn knows_toolbars_written_or_commented() {
        let toolbar = |body: &str| read_html(body).toolbar;
        assert!(toolbar("<script src=\"https://gov.govwza.cn/dist/aria.js?appid=1\"></script>").is_some());
        assert!(toolbar("<script src=\"http://api.govwza.cn/cniil/assist.js?sid=1\"></script>").is_some());
        assert!(
            toolbar("<script>document.writeln(\"<script src=\\\"//gov.govwza.cn/dist/aria.js?appid=1\\\"></scr\"+\"ipt>\");</script>")
                .is_some()
        );
        assert_eq!(
            toolbar("<script>//document.writeln(\"<script src='//gov.govwza.cn/dist/aria.js'>\");</script>"),
            None
        );
        assert_eq!(toolbar("<script src=\"/js/aria.js\"></script>"), None);
    }

    #[test]
    fn reads_in_place_switches_only() {
        assert!(
            read_html("<a href=\"javascript:void(0)\" onclick=\"care()\">关怀版</a>").mode_switch.is_some()
        );
        assert!(read_html("<button>无障碍</button>").mode_switch.is_some());
        assert_eq!(read_html("<a href=\"/ghb/\">关怀版</a>").mode_switch, None);
    }

    #[test]
    fn finds_window_open_on_load_only() {
        let opens = |js: &str| read_html(&format!("<script>{js}</script>")).popups.len();
        assert_eq!(opens("window.open('/tz.html','tz','width=400');"), 1);
        assert_eq!(opens("window.onload = function () { window.open('/tz.html'); };"), 1);
        assert_eq!(opens("$(function(){ if (show) { window.open('/tz.html'); } });"), 1);
        assert_eq!(opens("(function(){ window.open('/tz.html'); })();"), 1);
        assert_eq!(opens("function share(u) { window.open(u); }"), 0);
        assert_eq!(opens("$('#a').click(function(){ window.open('/x'); });"), 0);
        assert_eq!(opens("// window.open('/tz.html');"), 0);
        assert_eq!(opens("var s = \"{ window.open }\";"), 0);
        assert_eq!(read_html("<body onload=\"window.open('/tz.html')\"></body>").popups.len(), 1);
    }

    #[test]
    fn finds_floating_ads_moved_by_timers() {
        let floating =
            |body: &str| read_html(body).popups.iter().filter(|p| p.kind == PopupKind::Floating).count();
        let mover = "<script>var o=document.getElementById('float_ad');\
            setInterval(function(){o.style.left=(x++)+'px';},30);</script>";
        assert_eq!(
            floating(&format!(
                "<div id=\"float_ad\" style=\"position:absolute\"><a href=\"/x\">x</a></div>{mover}"
            )),
            1
        );
        assert_eq!(
            floating(
                "<div class=\"piaochuang\"></div><script>$('.piaochuang').floatAd({speed:30});</script>"
            ),
            1
        );
        assert_eq!(floating("<script src=\"/js/piaochuang.js\"></script>"), 1);
        // Fixed but still: a back-to-top button, a header.
        assert_eq!(floating("<div class=\"float-right\" style=\"position:fixed\">返回顶部</div>"), 0);
        assert_eq!(
            floating(
                "<div id=\"header\"></div><script>setInterval(function(){ $('#header').css('top', 0); }, 100);</script>"
            ),
            0
        );
    }

    #[test]
    fn splits_names_into_words() {
        assert_eq!(words_of("float_ad1"), ["float", "ad"]);
        assert_eq!(words_of("adBox"), ["ad", "box"]);
        assert!(is_ad_name("piaochuang2") && is_ad_name("ad-float") && is_ad_name("floatAd"));
        assert!(!is_ad_name("header") && !is_ad_name("shadow") && !is_ad_name("download"));
    }

    #[test]
    fn keeps_scripts_of_other_hosts() {
        let f = read_html(
            "<script src=\"https://pos.baidu.com/s?di=1\"></script><script src=\"/js/a.js\"></script>\
             <iframe src=\"//cpro.baidustatic.com/cpro/ui/c.js\" title=\"x\"></iframe>",
        );
        assert_eq!(f.foreign, ["https://pos.baidu.com/s?di=1", "http://cpro.baidustatic.com/cpro/ui/c.js"]);
    }
}
