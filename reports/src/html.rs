//! The HTML scorecard (`scorecard.html`): the page an inspection office
//! reads, files and prints to PDF. One self-contained file: inline CSS and
//! inline SVG charts, no script, nothing fetched, so it opens offline and
//! passes the accessibility rules the tool itself checks.
//!
//! It is written a site at a time and, within a site, a section at a time,
//! straight to the output: a portal with 400 000 findings must not be held
//! in memory as one string. Problem tables show at most `problems::MAX_ROWS` (200)
//! rows each; `findings.csv` has them all.
//!
//! Every crawled string (titles, URLs, snippets) is interpolated through
//! maud, which escapes it; `PreEscaped` is used only on this crate's own
//! constants.

mod charts;
pub(crate) mod common;
mod problems;
mod review;
mod sections;
mod trend;

use std::io;

use checks::{Audit, Lang, SiteAudit};
use chrono::NaiveDate;
use maud::html;

/// Writes the scorecard of every site in `audit` to `out`.
pub fn write(audit: &Audit, lang: Lang, mut out: impl io::Write) -> io::Result<()> {
    emit(audit, lang, &mut |chunk| out.write_all(chunk.as_bytes()))?;
    out.flush()
}

/// The scorecard as one string (for tests and small audits).
pub fn render(audit: &Audit, lang: Lang) -> String {
    let mut page = String::new();
    // Appending to a String cannot fail, so there is no error to pass on.
    let _ = emit(audit, lang, &mut |chunk| {
        page.push_str(chunk);
        Ok(())
    });
    page
}

/// Where chunks of finished markup go.
type Sink<'s> = dyn FnMut(&str) -> io::Result<()> + 's;

fn emit(audit: &Audit, lang: Lang, sink: &mut Sink<'_>) -> io::Result<()> {
    sink(&common::start(&document_title(audit, lang), lang).into_string())?;
    sink("<main>\n")?;
    for (index, site) in audit.sites.iter().enumerate() {
        let cx = Ctx { lang, site: index, as_of: &audit.as_of, today: parse_day(&audit.as_of) };
        emit_site(audit, site, &cx, sink)?;
    }
    sink("</main>\n")?;
    sink(&footer(audit, lang).into_string())?;
    sink(common::END)
}

/// One site's part of the page, in the order a reader needs it: the
/// verdict, what decided it, where the points went, then the evidence.
fn emit_site(audit: &Audit, site: &SiteAudit, cx: &Ctx<'_>, sink: &mut Sink<'_>) -> io::Result<()> {
    let tally = problems::Tally::of(&site.findings);
    sink(&format!("<article id=\"{}\">\n", cx.id("site")))?;
    sink(&sections::header(audit, site, cx).into_string())?;
    if let Some(score) = &site.score {
        sink(&sections::vetoes(score, &tally, cx).into_string())?;
        sink(&sections::scores(score, &tally, cx).into_string())?;
    }
    if let Some(review) = &site.review {
        sink(&review::section(review, cx).into_string())?;
    }
    if let Some(history) = &site.history {
        let scale = site.score.as_ref().map_or(100.0, |s| s.scale);
        sink(&trend::section(history, scale, cx).into_string())?;
    }
    sink(&sections::marks(site, cx).into_string())?;
    sink(&sections::columns(site, cx).into_string())?;
    sink(&sections::accounts(site, cx).into_string())?;
    problems::emit(site, &tally, cx, sink)?;
    sink("</article>\n")
}

/// What the rendering of one site needs to know besides the site.
struct Ctx<'a> {
    lang: Lang,
    /// The site's position in the audit; it prefixes every `id` in its part
    /// of the page, so several sites never share one.
    site: usize,
    /// The audit's day, as written, and parsed for the freshness chart.
    as_of: &'a str,
    today: Option<NaiveDate>,
}

impl Ctx<'_> {
    /// A page-unique element id.
    fn id(&self, name: &str) -> String {
        format!("s{}-{name}", self.site)
    }
}

/// `YYYY-MM-DD`, the contract's form for days.
fn parse_day(day: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()
}

fn document_title(audit: &Audit, lang: Lang) -> String {
    let as_of = (&audit.as_of).into();
    match audit.sites.as_slice() {
        [site] => {
            lang.word_with("html-document-title-site", &[("site", site.name.trim().into()), ("as-of", as_of)])
        }
        sites => {
            lang.word_with("html-document-title-sites", &[("sites", sites.len().into()), ("as-of", as_of)])
        }
    }
}

fn footer(audit: &Audit, lang: Lang) -> maud::Markup {
    html! {
        footer {
            p {
                (audit.tool.name) " " (audit.tool.version) " · "
                (lang.word("html-footer-schema")) " " code { (audit.schema) } " · "
                (lang.word("html-footer-source"))
            }
        }
        (common::NL)
    }
}
