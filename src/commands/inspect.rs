//! `govaudit inspect`: one page, read as the audit reads it, printed for a
//! person (or as JSON for a script).
//!
//! It is how a county office checks a finding it doubts and how a fixture
//! is built from a page nobody has seen: the page comes from the network
//! through the crawler's own client (`crawl::single`) or from a saved file,
//! is decoded the way the crawl decodes it, and goes through
//! [`checks::inspect`], the same analysis an audit runs.

use std::io::Read;
use std::path::Path;

use anyhow::{Context, bail};
use chrono::Utc;
use serde::Serialize;
use url::Url;

use crate::cli::{CommonArgs, InspectArgs};
use crate::config::{self, FileConfig};
use crate::crawl::single::{self, SinglePage};
use crate::exit_codes::Exit;
use crate::i18n::Lang;
use checks::facts::dates::YearSource;
use checks::facts::html::PageInput;
use checks::inspect::{Inspection, PageKind};
use checks::model::column::NameSource;

/// Text printed per field, in characters: a defaced page's 200,000-character
/// title must not flood a terminal (JSON keeps it whole).
const SHOWN_CHARS: usize = 160;

/// List rows printed as text; JSON has them all.
const SHOWN_ROWS: usize = 200;

/// Where the page came from, beside what was read from it.
#[derive(Serialize)]
struct Shown<'a> {
    /// The saved file, for `--file`.
    file: Option<String>,
    /// The HTTP status (absent for a file).
    status: Option<u16>,
    content_type: Option<String>,
    last_modified: Option<String>,
    /// The body was longer than `max_body_bytes`: only its start was read.
    cut: bool,
    /// Requests sent (robots.txt included).
    requests: u32,
    /// An anti-bot challenge or login wall stands in for the page: the
    /// audit reports it as `page.blocked`, not by its content.
    challenge: Option<&'static str>,
    #[serde(flatten)]
    page: &'a Inspection,
}

pub fn run(args: &InspectArgs, file: FileConfig, lang: Lang) -> anyhow::Result<Exit> {
    let common = CommonArgs {
        config: args.config.clone(),
        as_of: args.as_of.clone(),
        timeout: args.timeout,
        user_agent: args.user_agent.clone(),
        ..Default::default()
    };
    let mut config = config::build(file, &[], &common, lang)?;
    let page = match (&args.file, &args.url) {
        (Some(path), _) => {
            let base = args.base_url.as_deref().context(lang.pick(
                "--file 需要 --base-url（页面原来的网址，用于解析相对链接）",
                "--file needs --base-url (the page's address, to resolve its relative links)",
            ))?;
            // Accepted as `audit` accepts a start URL (http(s) with a host).
            let mut base = config::parse_start_url(base, lang)?;
            config.crawl.logins.take_from(&mut base);
            read_file(path, base, config.crawl.max_body_bytes, lang)?
        }
        (None, Some(url)) => {
            let mut url = config::parse_start_url(url, lang)?;
            // As with a start URL: the user info is sent to that origin
            // only and never printed.
            config.crawl.logins.take_from(&mut url);
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .context(lang.pick("无法启动异步运行时", "cannot start the async runtime"))?;
            runtime.block_on(single::fetch_page(&config.crawl, &url))?
        }
        (None, None) => bail!(
            "{}",
            lang.pick(
                "请给出网址，或用 --file 与 --base-url 给出保存的页面",
                "give a URL, or a saved page with --file and --base-url"
            )
        ),
    };
    let decoded = page.decode();
    let (html, encoding) = (decoded.text.as_ref(), decoded.encoding);
    let normalizer = checks::url_norm::Normalizer::new(&config.crawl.session_params);
    let mut url = page.url.clone();
    normalizer.normalize(&mut url);
    let input = PageInput {
        url: &url,
        html,
        encoding,
        normalizer: &normalizer,
        home: args.home || url.path() == "/",
        options: &config.crawl.page_options,
    };
    let fetched_at = Utc::now().with_timezone(&config.utc_offset).naive_local();
    let inspection = checks::inspect::inspect(&input, config.as_of, fetched_at, decoded.mismatch);
    let shown = Shown {
        file: args.file.as_ref().map(|p| p.display().to_string()),
        status: args.file.is_none().then_some(page.status),
        content_type: page.content_type.clone(),
        last_modified: page.last_modified.clone(),
        cut: page.cut,
        requests: page.requests,
        // The crawl's rule: an error page, or a page with next to no text.
        challenge: (page.status >= 400 || inspection.text_len < crate::crawl::CHALLENGE_TEXT)
            .then(|| checks::facts::html::challenge::detect(page.status, html))
            .flatten(),
        page: &inspection,
    };
    match args.format.as_str() {
        "json" => crate::outln!(lang, "{}", serde_json::to_string_pretty(&shown).context("JSON")?),
        "text" => crate::out!(lang, "{}", text(&shown, lang)),
        other => bail!("--format {other:?}: {}", lang.pick("只能是 text 或 json", "must be text or json")),
    }
    Ok(Exit::Done)
}

/// A saved page, read up to the crawl's body cap.
fn read_file(path: &Path, url: Url, cap: usize, lang: Lang) -> anyhow::Result<SinglePage> {
    let file = std::fs::File::open(path).with_context(|| {
        format!("{} {}", lang.pick("无法读取文件", "cannot read the file"), path.display())
    })?;
    let mut body = Vec::new();
    file.take(cap as u64 + 1).read_to_end(&mut body).with_context(|| {
        format!("{} {}", lang.pick("无法读取文件", "cannot read the file"), path.display())
    })?;
    let cut = body.len() > cap;
    body.truncate(cap);
    Ok(SinglePage { url, status: 200, content_type: None, last_modified: None, body, cut, requests: 0 })
}

/// The inspection as lines for a person.
fn text(shown: &Shown<'_>, lang: Lang) -> String {
    let p = shown.page;
    let mut out = String::new();
    let mut line = |s: String| {
        out.push_str(&s);
        out.push('\n');
    };
    let source = match (&shown.file, shown.status) {
        (Some(file), _) => format!("{} {}", lang.pick("文件", "file"), clean(file)),
        (None, Some(status)) => format!("HTTP {status}"),
        (None, None) => String::new(),
    };
    line(format!("{}{}（{source}，{}）", lang.pick("页面：", "page: "), clean(&p.url), p.encoding));
    if let Some(kind) = shown.challenge {
        line(format!(
            "{}{kind}{}",
            lang.pick(
                "注意：这是反爬虫验证或登录页（",
                "note: an anti-bot challenge or login page stands in for the content ("
            ),
            lang.pick("），审计将其报告为 page.blocked", "); the audit reports it as page.blocked")
        ));
    }
    if shown.cut {
        line(
            lang.pick(
                "注意：页面超过大小上限，只读取了开头部分",
                "note: the page was over the size cap; only its start was read",
            )
            .into(),
        );
    }
    if p.nesting_cut {
        line(
            lang.pick(
                "注意：页面嵌套过深，只读取了开头部分（page.oversize）",
                "note: the markup nests too deep; only its start was read (page.oversize)",
            )
            .into(),
        );
    }
    line(format!("{}{}", lang.pick("类型：", "kind: "), kind(p.kind, lang)));
    if let Some(title) = &p.title {
        line(format!("{}{}", lang.pick("标题：", "title: "), clean(title)));
    }
    if let Some(c) = &p.column {
        let source = match c.source {
            NameSource::Breadcrumb => lang.pick("面包屑导航", "breadcrumb"),
            NameSource::Heading => lang.pick("列表标题", "list heading"),
            NameSource::Meta => lang.pick(
                "ColumnName 元数据（全站相同时审计不采用）",
                "ColumnName meta (an audit ignores one shared by the site)",
            ),
            _ => lang.pick("页面标题", "page title"),
        };
        line(format!(
            "{}{}（{}{source}）",
            lang.pick("栏目：", "column: "),
            clean(&c.name),
            lang.pick("来自", "from ")
        ));
    }
    if let Some(day) = &p.published {
        line(format!("{}{day}", lang.pick("发布日期：", "published: ")));
    }
    if !p.items.is_empty() || p.says_empty {
        line(format!("{}{}", lang.pick("列表条目：", "list items: "), p.items.len()));
        if p.says_empty {
            line(format!(
                "  {}",
                lang.pick("页面写明列表为空（暂无信息）", "the page says its list is empty")
            ));
        }
        for item in p.items.iter().take(SHOWN_ROWS) {
            let date = match (&item.date, &item.written, item.year_from) {
                (Some(day), Some(written), Some(from)) => {
                    format!("{day}（{} {written}，{}）", lang.pick("写作", "written"), year_from(from, lang))
                }
                _ => lang.pick("无日期", "undated").to_owned(),
            };
            let marks = [
                (item.pinned, lang.pick(" [置顶]", " [pinned]")),
                (item.void, lang.pick(" [已失效]", " [void]")),
            ]
            .iter()
            .filter(|(on, _)| *on)
            .map(|(_, w)| *w)
            .collect::<String>();
            line(format!("  {date}  {}{marks}  {}", clean(&item.title), clean(&item.url)));
        }
        more(&mut line, p.items.len(), lang);
    }
    if !p.messages.is_empty() {
        line(format!("{}{}", lang.pick("留言：", "messages: "), p.messages.len()));
        for m in p.messages.iter().take(SHOWN_ROWS) {
            let day = |d: &Option<String>| d.clone().unwrap_or_else(|| "—".into());
            let state = if m.pending { lang.pick("（未答复）", " (pending)") } else { "" };
            line(format!(
                "  {}{} {} {}{state}  {}",
                lang.pick("留言 ", "asked "),
                day(&m.asked),
                lang.pick("答复", "answered"),
                day(&m.answered),
                clean(&m.title)
            ));
        }
        more(&mut line, p.messages.len(), lang);
    }
    if p.marks.is_empty() {
        line(
            lang.pick(
                "网站标识：只在首页读取（用 --home 按首页查看）",
                "identity marks: read on the home page only (--home reads this page as one)",
            )
            .into(),
        );
    } else {
        line(lang.pick("网站标识：", "identity marks:").into());
    }
    for mark in &p.marks {
        let label = checks::facts::marks::MARKS
            .iter()
            .find(|(id, _, _)| *id == mark.mark)
            .map_or(mark.mark, |(_, zh, en)| lang.pick(zh, en));
        let value = match (&mark.value, mark.present) {
            (Some(v), _) => clean(v),
            (None, true) => lang.pick("有", "present").to_owned(),
            (None, false) => lang.pick("未找到", "not found").to_owned(),
        };
        line(format!("  {label}{}{value}", lang.pick("：", ": ")));
    }
    if !p.accounts_listed.is_empty() {
        line(format!(
            "{}{}",
            lang.pick("列出的政务新媒体账号：", "official accounts listed: "),
            p.accounts_listed.len()
        ));
        for a in p.accounts_listed.iter().take(SHOWN_ROWS) {
            let url = if a.checkable {
                clean(&a.url)
            } else {
                lang.pick(
                    "只有二维码，无法检查：请在配置 [[accounts]] 中写明其网址",
                    "QR code only, not checkable: add its URL under [[accounts]]",
                )
                .to_owned()
            };
            line(format!("  {}  {}  {url}", a.platform, clean(&a.name)));
        }
        more(&mut line, p.accounts_listed.len(), lang);
    }
    if let Some(a) = &p.account {
        line(format!(
            "{}{}，{}{}，{}{}，{}{}",
            lang.pick("账号页面：读取器 ", "account page: reader "),
            a.reader,
            lang.pick("结果 ", "result "),
            a.state,
            lang.pick("最新发布 ", "newest post "),
            a.newest.as_deref().unwrap_or("—"),
            lang.pick("条目 ", "posts "),
            a.posts
        ));
    }
    line(format!("{}{}", lang.pick("页面检查发现：", "page checks that fire: "), p.issues.len()));
    for issue in p.issues.iter().take(SHOWN_ROWS) {
        let at = issue.selector.as_deref().map(|s| format!("  @ {}", clean(s))).unwrap_or_default();
        let detail = issue.detail.as_deref().map(|d| format!("  {}", clean(d))).unwrap_or_default();
        line(format!("  {}{detail}  {}{at}", issue.check, clean(&issue.evidence)));
    }
    more(&mut line, p.issues.len(), lang);
    line(format!("{}{}", lang.pick("链接目标：", "link targets: "), p.links));
    out
}

/// Says how many rows were left out of the text.
fn more(line: &mut impl FnMut(String), total: usize, lang: Lang) {
    if total > SHOWN_ROWS {
        line(format!(
            "  {} {} {}",
            lang.pick("……另有", "… and"),
            total - SHOWN_ROWS,
            lang.pick("条（--format json 显示全部）", "more (--format json shows them all)")
        ));
    }
}

fn kind(kind: PageKind, lang: Lang) -> &'static str {
    match kind {
        PageKind::Home => lang.pick("首页", "home page"),
        PageKind::Account => lang.pick("政务新媒体账号页面", "official account page"),
        PageKind::MessageList => lang.pick("留言列表", "message list"),
        PageKind::Column => lang.pick("栏目列表页", "column (list page)"),
        PageKind::Article => lang.pick("文章页", "article"),
        PageKind::Page => lang.pick("其他页面", "other page"),
    }
}

fn year_from(from: YearSource, lang: Lang) -> String {
    from.label(lang)
}

/// Page text made safe for a terminal: control characters (a defaced
/// page's ESC sequences would drive the terminal) become spaces, and long
/// text is cut with a mark.
fn clean(s: &str) -> String {
    let mut out: String = s.chars().take(SHOWN_CHARS).map(|c| if c.is_control() { ' ' } else { c }).collect();
    if s.chars().nth(SHOWN_CHARS).is_some() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_text_is_defused_and_bounded() {
        assert_eq!(clean("a\u{1b}[31mb\u{7}"), "a [31mb ");
        let long = "长".repeat(1000);
        assert_eq!(clean(&long).chars().count(), SHOWN_CHARS + 1);
    }
}
