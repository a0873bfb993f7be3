//! `summary.md`: a short Markdown summary for CI — a merge-request comment on
//! GitHub or GitLab, or `$GITHUB_STEP_SUMMARY`. It says whether each site
//! passed, why not, where the points went and the few problems to fix first;
//! the HTML scorecard has the rest.
//!
//! Everything that is not a fixed label goes through `inline` (text) or `url`
//! (code spans): page titles, URLs and evidence come from crawled pages, and
//! a comment renderer would otherwise obey the `<script>`, `|` or `[link](…)`
//! they carry.

use std::collections::HashMap;
use std::io::Write;

use checks::audit::{Finding, Severity, SiteAudit};
use checks::scorecard::{IndicatorScore, Score, VetoResult, VetoStatus};
use checks::{Audit, Lang, registry};

/// The most characters of one piece of data shown, so that a page that
/// quotes a whole article in its evidence cannot fill the comment.
const MAX_CHARS: usize = 120;

/// How many findings the "top problems" list shows.
const TOP_PROBLEMS: usize = 10;

/// Writes the summary of `audit` to `out`. `html_link`, when given, is where
/// the full HTML scorecard is (an artifact URL or a relative path).
pub fn write(audit: &Audit, lang: Lang, html_link: Option<&str>, mut out: impl Write) -> std::io::Result<()> {
    out.write_all(render(audit, lang, html_link).as_bytes())
}

/// The summary as a string. It is built whole: its size is bounded by the
/// number of sites and indicators and the ten top problems, not by the
/// number of findings.
pub fn render(audit: &Audit, lang: Lang, html_link: Option<&str>) -> String {
    let mut lines = vec![
        format!("## {}", lang.word_with("md-title", &[("as-of", inline(&audit.as_of).into())])),
        String::new(),
    ];
    for site in &audit.sites {
        lines.extend(site_section(site, lang));
    }
    if let Some(link) = html_link {
        lines.push(format!("[{}](<{}>)", lang.word("md-full-scorecard"), link_target(link)));
        lines.push(String::new());
    }
    lines.join("\n")
}

/// One site: verdict, vetoes, indicators, top problems, counts. Every block
/// ends with a blank line so that the next one starts a new paragraph.
fn site_section(site: &SiteAudit, lang: Lang) -> Vec<String> {
    let mut lines = vec![format!("### {}", inline(&site.name)), String::new()];
    lines.push(verdict(site.score.as_ref(), lang));
    lines.push(String::new());
    lines.push(crawl_line(site, lang));
    lines.push(String::new());
    if let Some(since) = site.history.as_ref().and_then(|h| h.since_last.as_ref()) {
        lines.push(lang.word_with(
            "md-since-last",
            &[
                ("as-of", inline(&since.as_of).into()),
                ("new", since.new.into()),
                ("fixed", since.fixed.into()),
                ("open", since.still_open.into()),
            ],
        ));
        lines.push(String::new());
    }
    if let Some(media) = &site.new_media {
        let fired: Vec<String> = media
            .vetoes
            .iter()
            .filter(|v| v.status == VetoStatus::Fired)
            .map(|v| format!("{} {}", inline(&v.id), inline(&v.title)))
            .collect();
        let (mark, verdict) = if media.vetoed {
            ("❌", lang.word("md-new-media-fail"))
        } else if media.passed {
            ("✅", lang.word("md-new-media-pass"))
        } else {
            ("⚪", lang.word("md-new-media-not-assessed"))
        };
        let vetoes = if fired.is_empty() {
            String::new()
        } else {
            lang.word_with(
                "md-new-media-vetoes",
                &[("vetoes", fired.join(&lang.word("md-list-separator")).into())],
            )
        };
        lines.push(lang.word_with(
            "md-new-media",
            &[
                ("mark", mark.into()),
                ("verdict", verdict.into()),
                ("accounts", media.accounts.into()),
                ("evaluated", media.evaluated.into()),
                ("stale", media.failed.into()),
                ("vetoes", vetoes.into()),
            ],
        ));
        lines.push(String::new());
    }
    if let Some(score) = &site.score {
        lines.extend(vetoes(&score.vetoes, lang));
        lines.extend(indicators(&score.indicators, lang));
    }
    lines.extend(review(site, lang));
    lines.extend(top_problems(site, lang));
    lines.push(severity_counts(&site.findings, lang));
    lines.push(String::new());
    lines
}

/// `✅ **92 / 100** · 等级：优秀 · 通过`, or why the site failed.
fn verdict(score: Option<&Score>, lang: Lang) -> String {
    let Some(score) = score else {
        return format!("⚪ **{}**", lang.word("md-not-scored"));
    };
    let (mark, outcome) = if score.passed {
        ("✅", lang.word("md-passed"))
    } else if score.vetoed {
        ("❌", lang.word("md-failed-vetoed"))
    } else {
        ("❌", lang.word_with("md-below-pass-mark", &[("mark", points(score.pass_mark).into())]))
    };
    let mut line = if score.vetoed {
        // Nothing else is scored under a veto: the number is only for
        // information, so it does not lead the line.
        lang.word_with(
            "md-verdict-vetoed",
            &[
                ("mark", mark.into()),
                ("grade", inline(&score.grade_label).into()),
                ("outcome", outcome.into()),
                ("total", points(score.total).into()),
                ("scale", points(score.scale).into()),
            ],
        )
    } else {
        lang.word_with(
            "md-verdict",
            &[
                ("mark", mark.into()),
                ("total", points(score.total).into()),
                ("scale", points(score.scale).into()),
                ("grade", inline(&score.grade_label).into()),
                ("outcome", outcome.into()),
            ],
        )
    };
    if score.unassessed > 0.0 {
        line += &lang.word_with("md-unassessed", &[("points", points(score.unassessed).into())]);
    }
    line
}

/// The site root and how much was crawled; says when the crawl was cut
/// short, since the findings are then a lower bound.
fn crawl_line(site: &SiteAudit, lang: Lang) -> String {
    let mut line = lang.word_with(
        "md-crawl",
        &[
            ("root", url(&site.root).into()),
            ("pages", site.stats.pages.into()),
            ("links", site.stats.links_checked.into()),
        ],
    );
    if site.stats.truncated {
        line += &lang.word("md-crawl-truncated");
    }
    line
}

/// Fired vetoes one per line with their evidence, then the ones this audit
/// could not assess on a single line.
fn vetoes(vetoes: &[VetoResult], lang: Lang) -> Vec<String> {
    let fired: Vec<&VetoResult> = vetoes.iter().filter(|v| v.status == VetoStatus::Fired).collect();
    let open: Vec<&VetoResult> = vetoes.iter().filter(|v| v.status == VetoStatus::NotAssessed).collect();
    let to_confirm: Vec<&VetoResult> = vetoes.iter().filter(|v| v.needs_confirmation).collect();
    if fired.is_empty() && open.is_empty() && to_confirm.is_empty() {
        return vec![];
    }
    let mut lines = vec![format!("**{}**", lang.word("md-vetoes")), String::new()];
    for veto in fired {
        let (id, title) = (inline(&veto.id), inline(&veto.title));
        lines.push(format!("- ❌ **{id} {title}**{}{}", colon(lang), inline(&veto.evidence)));
    }
    for veto in to_confirm {
        let (id, title) = (inline(&veto.id), inline(&veto.title));
        let label = lang.word("md-to-confirm");
        lines.push(format!("- ⚠️ **{id} {title}**{label}{}{}", colon(lang), inline(&veto.evidence)));
    }
    if !open.is_empty() {
        let names: Vec<String> =
            open.iter().map(|v| format!("{} {}", inline(&v.id), inline(&v.title))).collect();
        let names = names.join(&lang.word("md-list-separator"));
        lines.push(format!("- {}", lang.word_with("md-not-assessed-list", &[("vetoes", names.into())])));
    }
    lines.push(String::new());
    lines
}

/// A table of the indicators that lost points, the costliest first.
fn indicators(indicators: &[IndicatorScore], lang: Lang) -> Vec<String> {
    let mut lost: Vec<&IndicatorScore> = indicators.iter().filter(|i| i.lost > 0.0 && !i.excluded).collect();
    if lost.is_empty() {
        return vec![];
    }
    // Stable: indicators that lost as much keep the rubric's order.
    lost.sort_by(|a, b| b.lost.total_cmp(&a.lost));
    let mut lines = vec![
        format!("**{}**", lang.word("md-indicators-that-lost-points")),
        String::new(),
        lang.word("md-indicators-table-head"),
        "|---|---:|---:|".to_owned(),
    ];
    for i in lost {
        lines.push(format!(
            "| {} `{}` | {} | {} |",
            inline(&i.title),
            code(&i.id),
            lost_of_weight(i, lang),
            i.findings
        ));
    }
    lines.push(String::new());
    lines
}

/// `3 / 3（封顶，未封顶 4.2）`: says when the cap hid some of the cost.
fn lost_of_weight(i: &IndicatorScore, lang: Lang) -> String {
    let cell = format!("{} / {}", points(i.lost), points(i.weight));
    if i.uncapped > i.lost {
        return lang
            .word_with("md-capped", &[("cell", cell.into()), ("uncapped", points(i.uncapped).into())]);
    }
    cell
}

/// The findings to fix first, one line each.
fn top_problems(site: &SiteAudit, lang: Lang) -> Vec<String> {
    let top = most_serious(site);
    if top.is_empty() {
        return vec![lang.word("md-no-problems-found"), String::new()];
    }
    let mut lines = vec![format!("**{}**", lang.word("md-top-problems")), String::new()];
    for (n, f) in top.iter().enumerate() {
        lines.push(format!("{}. {}", n + 1, problem_line(f, lang)));
    }
    lines.push(String::new());
    lines
}

/// The [`TOP_PROBLEMS`] costliest findings: vetoes first, then by what one
/// finding of their indicator costs (a dead link on the home page before a
/// hundred missing alt texts at 0.1 each), then by the points the indicator
/// lost, then those on the home page. The sort is stable, so ties keep the
/// report's order and the list is the same on every run.
fn most_serious(site: &SiteAudit) -> Vec<&Finding> {
    let lost: HashMap<&str, (f64, f64)> = site
        .score
        .iter()
        .flat_map(|s| &s.indicators)
        .filter(|i| !i.excluded && i.findings > 0)
        .map(|i| (i.id.as_str(), (i.uncapped / i.findings as f64, i.lost)))
        .collect();
    let cost = |f: &Finding| f.rule.as_deref().and_then(|r| lost.get(r)).copied().unwrap_or((0.0, 0.0));
    let on_home = |f: &Finding| f.on_homepage == Some(true) || f.page.as_deref() == Some(site.root.as_str());
    // Notices cost nothing: they are not what to fix first.
    let mut findings: Vec<&Finding> =
        site.findings.iter().filter(|f| f.severity != Severity::Notice).collect();
    findings.sort_by(|a, b| {
        a.severity
            .cmp(&b.severity)
            .then_with(|| cost(b).0.total_cmp(&cost(a).0))
            .then_with(|| cost(b).1.total_cmp(&cost(a).1))
            .then_with(|| on_home(b).cmp(&on_home(a)))
    });
    findings.truncate(TOP_PROBLEMS);
    findings
}

/// One finding: check title and id, detail, page and target.
fn problem_line(f: &Finding, lang: Lang) -> String {
    let title = registry::find(&f.check).map_or(f.check.as_str(), |c| c.title(lang));
    let mut line = format!("**{}** `{}`", inline(title), code(&f.check));
    if !f.detail.trim().is_empty() {
        line += &format!("{}{}", colon(lang), inline(&f.detail));
    }
    if let Some(page) = &f.page {
        line += &lang.word_with("md-problem-page", &[("url", url(page).into())]);
    }
    if let Some(target) = &f.target {
        line += &lang.word_with("md-problem-target", &[("url", url(target).into())]);
    }
    if let Some(print) = &f.fingerprint {
        line += &format!(" · {}`{}`", lang.word("review-fingerprint"), code(print));
    }
    line
}

/// Marked findings listed in the review block; the scorecard and
/// `findings.csv` have them all.
const MAX_MARKED: usize = 50;

/// What reviewers' marks did: withdrawals (核减) and by whom, false alarms
/// (误报), known problems (已知) and until when, lapsed and resolved marks,
/// then each marked finding with its mark and reason.
fn review(site: &SiteAudit, lang: Lang) -> Vec<String> {
    let Some(review) = &site.review else { return Vec::new() };
    let sep = lang.word("review-separator");
    let mut lines = vec![format!("**{}**", lang.word("review-heading")), String::new()];
    let by = inline(&review.withdrawn_by_phrase(lang));
    let mut withdrawn = lang.word_with("review-withdrawn-count", &[("count", review.withdrawn.into())]);
    if !by.is_empty() {
        withdrawn += &format!("{}{by}", lang.word("review-colon"));
    }
    lines.push(format!("- {withdrawn}"));
    lines.push(format!(
        "- {}",
        lang.word_with("review-false-alarms-count", &[("count", review.false_alarms.into())])
    ));
    let mut known = lang.word_with("review-known-count", &[("count", review.known.into())]);
    if let Some(until) = &review.known_until {
        known += &format!(
            "{}{}",
            lang.word("review-colon"),
            lang.word_with("review-known-first-lapses", &[("until", inline(until).into())])
        );
    }
    lines.push(format!("- {known}"));
    let lists = [
        (
            lang.word_with("review-expired-heading", &[("count", review.expired.len().into())]),
            &review.expired,
        ),
        (
            lang.word_with("review-resolved-heading", &[("count", review.resolved.len().into())]),
            &review.resolved,
        ),
    ];
    for (heading, marks) in lists {
        if marks.is_empty() {
            continue;
        }
        let list: Vec<String> = marks
            .iter()
            .map(|m| {
                let check = m.check.as_deref().map(|c| format!(" `{}`", code(c))).unwrap_or_default();
                format!("`{}`{check}", code(&m.fingerprint))
            })
            .collect();
        lines.push(format!("- {heading}{}{}", lang.word("review-colon"), list.join(&sep)));
    }
    lines.push(String::new());
    let marked: Vec<&Finding> = site.findings.iter().filter(|f| f.review.is_some()).collect();
    for f in marked.iter().take(MAX_MARKED) {
        let Some(r) = &f.review else { continue };
        let mut kind = r.kind.name(lang);
        if r.state == checks::review::ReviewState::Expired {
            kind += &lang.word("review-expired-tag");
        }
        let mut line = format!("- {kind} · {}", inline(&r.reviewer));
        if !r.reason.is_empty() {
            line += &format!("{}{}", lang.word("review-colon"), inline(&r.reason));
        }
        if let Some(until) = &r.until {
            line += &format!(" · {}", lang.word_with("review-until-day", &[("until", inline(until).into())]));
        }
        lines.push(format!("{line} — {}", problem_line(f, lang)));
    }
    if marked.len() > MAX_MARKED {
        lines.push(format!(
            "- {}",
            lang.word_with("review-more-marked", &[("rest", (marked.len() - MAX_MARKED).into())])
        ));
    }
    if !marked.is_empty() {
        lines.push(String::new());
    }
    lines
}

/// `**问题数**：单项否决 1 · 扣分 7 · 提示 1`
fn severity_counts(findings: &[Finding], lang: Lang) -> String {
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    lang.word_with(
        "md-severity-counts",
        &[
            ("veto", count(Severity::Veto).into()),
            ("deduction", count(Severity::Deduction).into()),
            ("notice", count(Severity::Notice).into()),
        ],
    )
}

fn colon(lang: Lang) -> String {
    lang.word("md-colon")
}

pub(crate) use checks::scorecard::format_points as points;

/// Any text made inert and short for inline Markdown: one line, at most
/// [`MAX_CHARS`] characters, every character Markdown or HTML would act on
/// escaped. Safe in a paragraph, a list item and a table cell.
fn inline(text: &str) -> String {
    escape(&truncate(&one_line(text), MAX_CHARS))
}

/// Whitespace runs (newlines included) become one space, control characters go.
fn one_line(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.join(" ").chars().filter(|c| !c.is_control()).collect()
}

/// At most `max` characters, cut on a character boundary, `…` when cut.
fn truncate(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((end, _)) => format!("{}…", text[..end].trim_end()),
        None => text.to_owned(),
    }
}

/// Escapes what CommonMark, GFM tables and GitHub's HTML pass-through would
/// interpret. `<`, `>` and `&` become entities (a backslash does not stop raw
/// HTML in every renderer); `@` before a name gets a zero-width space so a
/// crawled `@someone` does not notify a GitHub user.
///
/// Two characters are escaped only where they act, because GitHub keeps a
/// backslash that lands inside a URL it autolinks (cmark-gfm #388), and
/// details quote URLs: `_` between letters (`a_b.html`) cannot open or close
/// emphasis, and `#` acts only after a space (a heading's closing `#`).
fn escape(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '_' if word(before) && word(after) => out.push(c),
            '#' if !before.is_none_or(char::is_whitespace) => out.push(c),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '@' if !word(before) => out.push_str("@&#8203;"),
            _ => out.push(c),
        }
    }
    out
}

/// A URL as a code span: exact and never autolinked with a stray backslash,
/// and inert, since Markdown and HTML mean nothing inside a code span. The
/// characters that could end the span or the line are percent-encoded,
/// which leaves the URL the same URL.
fn url(text: &str) -> String {
    let encoded: String = truncate(&one_line(text), MAX_CHARS)
        .chars()
        .map(|c| match c {
            '`' | '<' | '>' | '|' | ' ' | '\\' => format!("%{:02X}", u32::from(c)),
            _ => c.to_string(),
        })
        .collect();
    format!("`{encoded}`")
}

/// An identifier (check or indicator id) for a code span: only the
/// characters ids are made of, so nothing can end the span or a table cell.
fn code(id: &str) -> String {
    id.chars().filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | ':')).collect()
}

/// A link destination inside `<…>`: no spaces, line breaks or angle brackets.
fn link_target(link: &str) -> String {
    link.trim()
        .chars()
        .filter(|c| !c.is_control())
        .map(|c| match c {
            ' ' => "%20".to_owned(),
            '<' => "%3C".to_owned(),
            '>' => "%3E".to_owned(),
            _ => c.to_string(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_text_is_one_line_short_and_inert() {
        assert_eq!(inline("a\n\nb\r\n  c"), "a b c");
        assert_eq!(
            inline("<b>x</b> | `y` [z](u) *w* _v_"),
            r"&lt;b&gt;x&lt;/b&gt; \| \`y\` \[z\](u) \*w\* \_v\_"
        );
        assert_eq!(inline("a & b"), "a &amp; b");
        assert_eq!(inline("见 http://h/a_b/_c_ #1 第#2"), r"见 http://h/a_b/\_c\_ \#1 第#2");
        assert_eq!(inline("ask @admin or x@example.org"), "ask @&#8203;admin or x@example.org");
        let long = "政".repeat(200);
        let cut = inline(&long);
        assert_eq!(cut.chars().count(), MAX_CHARS + 1);
        assert!(cut.ends_with('…'));
    }

    #[test]
    fn urls_are_exact_code_spans() {
        assert_eq!(url("http://h/a_b/*x*?q=[1]"), "`http://h/a_b/*x*?q=[1]`");
        assert_eq!(url("http://h/`x`<y>|z w\\"), "`http://h/%60x%60%3Cy%3E%7Cz%20w%5C`");
    }

    #[test]
    fn truncation_happens_before_escaping() {
        // A cut after escaping could leave a lone `\` or half an entity.
        let text = format!("{}<", "a".repeat(MAX_CHARS - 1));
        assert_eq!(inline(&text), format!("{}&lt;", "a".repeat(MAX_CHARS - 1)));
    }

    #[test]
    fn link_targets_cannot_leave_their_brackets() {
        assert_eq!(link_target(" a b>c\n "), "a%20b%3Ec");
    }
}
