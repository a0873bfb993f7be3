//! What axe-core said about a page that headless Chromium rendered
//! (`--render`): the crawler runs the real axe in the browser and hands its
//! answer here as JSON, already trimmed by the script that ran it; this
//! file reads it into bounded, sorted facts. Reading, not judging: how a
//! rendered violation becomes a finding is `crate::a11y::rendered`.

use serde::Deserialize;

use crate::facts::crawl::TargetId;

/// Elements kept per rule per page, as for the static rules
/// (`crate::registry::MAX_PER_CHECK_PER_PAGE`).
pub const MAX_NODES: usize = 20;
/// Most rules one page may report (axe 4.14 runs about a hundred).
pub const MAX_RULES: usize = 200;
/// The longest answer read: a page whose answer is larger is not trusted.
pub const MAX_ANSWER_BYTES: usize = 4 << 20;
/// The longest selector, HTML snippet, summary or help text kept.
pub const MAX_TEXT_CHARS: usize = 600;

/// One page as axe-core judged it in the browser.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RenderedPage {
    /// The page (the URL the crawl read it from).
    pub target: TargetId,
    /// The rules axe decided on the page without a violation (passed, or
    /// nothing on the page to test), sorted: where a static rule of the same
    /// id said otherwise, the browser's answer wins.
    pub passed: Vec<String>,
    /// The rules violated, by rule id.
    pub violations: Vec<Violation>,
    /// The page's screenshot, relative to the report's folder
    /// (`screenshots/3.png`), when one was kept.
    pub screenshot: Option<String>,
}

impl RenderedPage {
    /// axe decided `rule` on this page, either way.
    pub fn decided(&self, rule: &str) -> bool {
        self.passed.binary_search_by(|r| r.as_str().cmp(rule)).is_ok()
            || self.violations.iter().any(|v| v.rule == rule)
    }
}

/// One rule axe found violated on a page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Violation {
    pub rule: String,
    /// `minor` … `critical`, as axe says it.
    pub impact: Option<String>,
    pub tags: Vec<String>,
    /// axe's one-line help (English), for a rule govaudit does not know.
    pub help: String,
    /// The elements kept, at most [`MAX_NODES`].
    pub nodes: Vec<Node>,
    /// Elements found beyond those kept.
    pub more: usize,
}

impl Violation {
    /// axe files it under its best practices, not under WCAG.
    pub fn best_practice(&self) -> bool {
        !self.tags.iter().any(|t| t.starts_with("wcag") && !t.ends_with("-obsolete"))
    }
}

/// One element a rule failed on.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Node {
    /// axe's CSS selector for it.
    pub selector: String,
    /// Its opening HTML, as axe quotes it.
    pub html: String,
    /// axe's "Fix any of the following: …" summary.
    pub summary: String,
}

/// The answer the crawler's script returns (see `src/crawl/render/axe.rs`).
#[derive(Deserialize)]
struct Answer {
    #[serde(default)]
    violations: Vec<AnswerRule>,
    #[serde(default)]
    passed: Vec<String>,
}

#[derive(Deserialize)]
struct AnswerRule {
    id: String,
    impact: Option<String>,
    #[serde(default)]
    tags: Vec<String>,
    #[serde(default)]
    help: String,
    #[serde(default)]
    nodes: Vec<AnswerNode>,
    #[serde(default)]
    total: usize,
}

#[derive(Deserialize)]
struct AnswerNode {
    #[serde(default)]
    target: String,
    #[serde(default)]
    html: String,
    #[serde(default)]
    summary: String,
}

/// Reads axe's answer for `target`; `Err` says why it cannot be read.
/// Everything is bounded here, whatever the script sent.
pub fn read(target: TargetId, json: &str) -> Result<RenderedPage, String> {
    if json.len() > MAX_ANSWER_BYTES {
        return Err(format!("axe-core's answer is {} bytes, more than {MAX_ANSWER_BYTES}", json.len()));
    }
    let answer: Answer = serde_json::from_str(json).map_err(|e| e.to_string())?;
    let mut violations: Vec<Violation> = answer
        .violations
        .into_iter()
        .filter(|r| valid_rule(&r.id))
        .take(MAX_RULES)
        .map(|r| {
            let kept = r.nodes.len().min(MAX_NODES);
            let total = r.total.max(r.nodes.len());
            Violation {
                rule: r.id,
                impact: r
                    .impact
                    .filter(|i| matches!(i.as_str(), "minor" | "moderate" | "serious" | "critical")),
                tags: r.tags.into_iter().filter(|t| valid_rule(t)).take(32).collect(),
                help: clip(&r.help),
                nodes: r
                    .nodes
                    .into_iter()
                    .take(MAX_NODES)
                    .map(|n| Node {
                        selector: clip(&n.target),
                        html: clip(&n.html),
                        summary: clip(&n.summary),
                    })
                    .collect(),
                more: total - kept,
            }
        })
        .collect();
    violations.sort_by(|a, b| a.rule.cmp(&b.rule));
    violations.dedup_by(|a, b| a.rule == b.rule);
    let mut passed: Vec<String> =
        answer.passed.into_iter().filter(|r| valid_rule(r)).take(MAX_RULES).collect();
    passed.sort();
    passed.dedup();
    passed.retain(|r| violations.binary_search_by(|v| v.rule.as_str().cmp(r)).is_err());
    Ok(RenderedPage { target, passed, violations, screenshot: None })
}

/// axe's rule ids and tags are short lowercase words with dashes, dots
/// and digits; anything else did not come from axe and is not kept (it
/// would become a check id in the report).
fn valid_rule(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'-' | b'.' | b'_'))
}

fn clip(text: &str) -> String {
    match text.char_indices().nth(MAX_TEXT_CHARS) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ANSWER: &str = r#"{
        "violations": [
            {"id": "link-in-text-block", "impact": "serious", "tags": ["cat.color", "wcag2a", "wcag141"],
             "help": "Links must be distinguishable", "total": 1,
             "nodes": [{"target": "p > a", "html": "<a href=\"/x\">x</a>", "summary": "Fix any"}]},
            {"id": "color-contrast", "impact": "serious", "tags": ["cat.color", "wcag2aa", "wcag143"],
             "help": "Elements must meet minimum color contrast ratio thresholds", "total": 25,
             "nodes": [{"target": ".tip", "html": "<p class=\"tip\">", "summary": "Fix any of the following"}]},
            {"id": "Not A Rule", "impact": "serious", "nodes": []}
        ],
        "passed": ["image-alt", "color-contrast", "document-title", "image-alt"]
    }"#;

    #[test]
    fn an_answer_is_read_sorted_and_bounded() {
        let page = read(3, ANSWER).unwrap();
        let rules: Vec<&str> = page.violations.iter().map(|v| v.rule.as_str()).collect();
        assert_eq!(rules, ["color-contrast", "link-in-text-block"], "sorted, a non-rule dropped");
        assert_eq!(page.passed, ["document-title", "image-alt"], "a rule violated is not also passed");
        let contrast = &page.violations[0];
        assert_eq!((contrast.nodes.len(), contrast.more), (1, 24));
        assert_eq!(contrast.impact.as_deref(), Some("serious"));
        assert!(!contrast.best_practice());
        assert!(page.decided("color-contrast") && page.decided("image-alt") && !page.decided("region"));
    }

    #[test]
    fn what_is_not_axe_answer_is_refused_and_long_text_is_clipped() {
        assert!(read(0, "not json").is_err());
        assert!(read(0, &" ".repeat(MAX_ANSWER_BYTES + 1)).is_err());
        let long = "长".repeat(5000);
        let json = format!(
            r#"{{"violations": [{{"id": "region", "impact": "weird", "tags": ["best-practice"], "help": "{long}",
                "nodes": [{{"target": "{long}", "html": "", "summary": ""}}]}}]}}"#
        );
        let page = read(0, &json).unwrap();
        let region = &page.violations[0];
        assert_eq!(region.help.chars().count(), MAX_TEXT_CHARS + 1);
        assert_eq!(region.nodes[0].selector.chars().count(), MAX_TEXT_CHARS + 1);
        assert_eq!(region.impact, None, "an impact axe does not have is dropped");
        assert!(region.best_practice());
    }
}
