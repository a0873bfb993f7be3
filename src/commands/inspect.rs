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
            let base = args.base_url.as_deref().context(lang.word("inspect-file-needs-base-url"))?;
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
                .context(lang.word("runtime-cannot-start"))?;
            runtime.block_on(single::fetch_page(&config.crawl, &url))?
        }
        (None, None) => bail!("{}", lang.word("inspect-nothing-to-read")),
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
        stylesheets: checks::facts::css::LinkedSheets::none(),
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
        other => {
            bail!("{}", lang.word_with("inspect-unknown-format", &[("format", format!("{other:?}").into())]))
        }
    }
    Ok(Exit::Done)
}

/// A saved page, read up to the crawl's body cap.
fn read_file(path: &Path, url: Url, cap: usize, lang: Lang) -> anyhow::Result<SinglePage> {
    let cannot_read =
        || lang.word_with("inspect-cannot-read-file", &[("path", path.display().to_string().into())]);
    let file = std::fs::File::open(path).with_context(cannot_read)?;
    let mut body = Vec::new();
    file.take(cap as u64 + 1).read_to_end(&mut body).with_context(cannot_read)?;
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
    let (url, encoding) = (clean(&p.url), p.encoding);
    line(match &shown.file {
        Some(file) => lang.word_with(
            "inspect-page-file",
            &[("url", url.into()), ("file", clean(file).into()), ("encoding", encoding.into())],
        ),
        // Fetched pages always have a status; a file never does.
        None => lang.word_with(
            "inspect-page-http",
            &[
                ("url", url.into()),
                ("status", shown.status.unwrap_or_default().into()),
                ("encoding", encoding.into()),
            ],
        ),
    });
    if let Some(kind) = shown.challenge {
        line(lang.word_with("inspect-note-challenge", &[("kind", kind.into())]));
    }
    if shown.cut {
        line(lang.word("inspect-note-cut"));
    }
    if p.nesting_cut {
        line(lang.word("inspect-note-nesting-cut"));
    }
    line(lang.word_with("inspect-kind", &[("kind", kind(p.kind, lang).into())]));
    if let Some(title) = &p.title {
        line(lang.word_with("inspect-title", &[("title", clean(title).into())]));
    }
    if let Some(c) = &p.column {
        let source = match c.source {
            NameSource::Breadcrumb => lang.word("inspect-column-from-breadcrumb"),
            NameSource::Heading => lang.word("inspect-column-from-heading"),
            NameSource::Meta => lang.word("inspect-column-from-meta"),
            _ => lang.word("inspect-column-from-title"),
        };
        line(lang.word_with("inspect-column", &[("name", clean(&c.name).into()), ("source", source.into())]));
    }
    if let Some(day) = &p.published {
        line(lang.word_with("inspect-published", &[("day", day.into())]));
    }
    if !p.items.is_empty() || p.says_empty {
        line(lang.word_with("inspect-list-items", &[("count", p.items.len().into())]));
        if p.says_empty {
            line(format!("  {}", lang.word("inspect-list-says-empty")));
        }
        for item in p.items.iter().take(SHOWN_ROWS) {
            let date = match (&item.date, &item.written, item.year_from) {
                (Some(day), Some(written), Some(from)) => lang.word_with(
                    "inspect-item-date",
                    &[
                        ("day", day.into()),
                        ("written", written.into()),
                        ("year-from", year_from(from, lang).into()),
                    ],
                ),
                _ => lang.word("inspect-item-undated"),
            };
            let mut marks = String::new();
            if item.pinned {
                marks.push_str(&format!(" {}", lang.word("inspect-item-pinned")));
            }
            if item.void {
                marks.push_str(&format!(" {}", lang.word("inspect-item-void")));
            }
            line(format!("  {date}  {}{marks}  {}", clean(&item.title), clean(&item.url)));
        }
        more(&mut line, p.items.len(), lang);
    }
    if !p.messages.is_empty() {
        line(lang.word_with("inspect-messages", &[("count", p.messages.len().into())]));
        for m in p.messages.iter().take(SHOWN_ROWS) {
            let day = |d: &Option<String>| d.clone().unwrap_or_else(|| "—".into());
            let (asked, answered, title) = (day(&m.asked), day(&m.answered), clean(&m.title));
            let row = if m.pending {
                lang.word_with(
                    "inspect-message-pending",
                    &[("asked", asked.into()), ("answered", answered.into()), ("title", title.into())],
                )
            } else {
                lang.word_with(
                    "inspect-message",
                    &[("asked", asked.into()), ("answered", answered.into()), ("title", title.into())],
                )
            };
            line(format!("  {row}"));
        }
        more(&mut line, p.messages.len(), lang);
    }
    if p.marks.is_empty() {
        line(lang.word("inspect-marks-home-only"));
    } else {
        line(lang.word("inspect-marks"));
    }
    for mark in &p.marks {
        let label = checks::facts::marks::name(mark.mark, lang);
        let value = match (&mark.value, mark.present) {
            (Some(v), _) => clean(v),
            (None, true) => lang.word("inspect-mark-present"),
            (None, false) => lang.word("inspect-mark-not-found"),
        };
        line(format!(
            "  {}",
            lang.word_with("inspect-mark", &[("label", label.into()), ("value", value.into())])
        ));
    }
    if !p.accounts_listed.is_empty() {
        line(lang.word_with("inspect-accounts-listed", &[("count", p.accounts_listed.len().into())]));
        for a in p.accounts_listed.iter().take(SHOWN_ROWS) {
            let url = if a.checkable { clean(&a.url) } else { lang.word("inspect-account-qr-only") };
            line(format!("  {}  {}  {url}", a.platform, clean(&a.name)));
        }
        more(&mut line, p.accounts_listed.len(), lang);
    }
    if let Some(a) = &p.account {
        line(lang.word_with(
            "inspect-account-page",
            &[
                ("reader", a.reader.into()),
                ("state", a.state.into()),
                ("newest", a.newest.as_deref().unwrap_or("—").into()),
                ("posts", a.posts.into()),
            ],
        ));
    }
    line(lang.word_with("inspect-issues", &[("count", p.issues.len().into())]));
    for issue in p.issues.iter().take(SHOWN_ROWS) {
        let at = issue.selector.as_deref().map(|s| format!("  @ {}", clean(s))).unwrap_or_default();
        let detail = issue.detail.as_deref().map(|d| format!("  {}", clean(d))).unwrap_or_default();
        line(format!("  {}{detail}  {}{at}", issue.check, clean(&issue.evidence)));
    }
    more(&mut line, p.issues.len(), lang);
    line(lang.word_with("inspect-links", &[("count", p.links.into())]));
    out
}

/// Says how many rows were left out of the text.
fn more(line: &mut impl FnMut(String), total: usize, lang: Lang) {
    if total > SHOWN_ROWS {
        line(format!("  {}", lang.word_with("inspect-more-rows", &[("count", (total - SHOWN_ROWS).into())])));
    }
}

fn kind(kind: PageKind, lang: Lang) -> String {
    match kind {
        PageKind::Home => lang.word("inspect-kind-home"),
        PageKind::Account => lang.word("inspect-kind-account"),
        PageKind::MessageList => lang.word("inspect-kind-message-list"),
        PageKind::Column => lang.word("inspect-kind-column"),
        PageKind::Article => lang.word("inspect-kind-article"),
        PageKind::Page => lang.word("inspect-kind-page"),
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
