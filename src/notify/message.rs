//! What is sent: the warnings of a report grouped by owner, and the
//! monitor's alerts, as short messages for people — Chinese by default,
//! English with `--lang en` — cut to fit the robots' limits.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

/// WeCom's markdown `content` may hold 4096 bytes (UTF-8) and an error
/// 40058 answers anything longer (developer.work.weixin.qq.com/document/path/91770).
/// DingTalk and Feishu take longer bodies (about 20 000 bytes), but the
/// same limit is applied to all robots: a group chat message is read on a
/// phone, and one limit keeps the three messages alike.
pub const ROBOT_BYTES: usize = 4096;

/// The most items of one e-mail or generic webhook message; the rest are
/// counted ("and N more").
pub const MAX_ITEMS: usize = 200;

/// Room kept for the "and N more" line at the end of a cut message.
const MORE_ROOM: usize = 96;

/// A title or an item longer than this is cut (a page title of 10 000
/// characters must not crowd out every other warning).
const MAX_LINE_BYTES: usize = 600;

/// A warning: a finding whose check id ends in `.due-soon`, with the
/// fields a message needs. Read from a `Finding` or from report.json.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    pub check: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    #[serde(default)]
    pub detail: String,
}

/// The suffix that makes a finding a warning.
pub const WARNING_SUFFIX: &str = ".due-soon";

impl Warning {
    pub fn is_warning(check: &str) -> bool {
        check.ends_with(WARNING_SUFFIX)
    }

    pub fn from_finding(f: &checks::Finding) -> Warning {
        Warning {
            check: f.check.clone(),
            due: f.due.clone(),
            owner: f.owner.clone(),
            column: f.column.clone(),
            account: f.account.clone(),
            page: f.page.clone(),
            target: f.target.clone(),
            detail: f.detail.clone(),
        }
    }

    /// The link of the message: the page the warning is about (the
    /// column's or account's page), else its target.
    pub fn link(&self) -> Option<&str> {
        self.page.as_deref().or(self.target.as_deref())
    }
}

/// One line of a message: text and the link it points to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    pub text: String,
    pub link: Option<String>,
}

/// One message to one owner (or to everyone).
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    /// `warnings`, `monitor.down`, `monitor.up`, `monitor.rate`,
    /// `monitor.rate-ok`: what the generic webhook's `kind` says.
    pub kind: &'static str,
    pub site_name: String,
    pub site_url: String,
    pub owner: Option<String>,
    pub title: String,
    pub items: Vec<Item>,
    /// The warnings themselves, for the generic JSON webhook.
    pub warnings: Vec<Warning>,
}

/// The warnings of a site as one message per owner (sorted by owner, the
/// ownerless last), their items sorted by deadline.
pub fn warning_messages(site_name: &str, site_url: &str, warnings: &[Warning], lang: Lang) -> Vec<Message> {
    let mut by_owner: BTreeMap<(bool, String), Vec<Warning>> = BTreeMap::new();
    for w in warnings {
        let key = (w.owner.is_none(), w.owner.clone().unwrap_or_default());
        by_owner.entry(key).or_default().push(w.clone());
    }
    by_owner
        .into_values()
        .map(|mut group| {
            group.sort_by(|a, b| (&a.due, &a.detail, a.link()).cmp(&(&b.due, &b.detail, b.link())));
            let owner = group[0].owner.clone();
            let count = group.len();
            let title = match &owner {
                Some(owner) => lang.word_with(
                    "notify-warnings-title-owner",
                    &[("site", site_name.into()), ("owner", owner.as_str().into()), ("count", count.into())],
                ),
                None => lang.word_with(
                    "notify-warnings-title",
                    &[("site", site_name.into()), ("count", count.into())],
                ),
            };
            let items = group
                .iter()
                .map(|w| Item {
                    text: match &w.due {
                        Some(due) => lang.word_with(
                            "notify-warning-item",
                            &[("due", due.as_str().into()), ("detail", one_line(&w.detail).into())],
                        ),
                        None => one_line(&w.detail),
                    },
                    link: w.link().map(str::to_owned),
                })
                .collect();
            Message {
                kind: "warnings",
                site_name: site_name.to_owned(),
                site_url: site_url.to_owned(),
                owner,
                title,
                items,
                warnings: group,
            }
        })
        .collect()
}

/// How a message is laid out.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// `**title**` and `- item [链接](url)` (WeCom and DingTalk markdown).
    Markdown,
    /// Plain lines with the link written out (Feishu text, e-mail).
    Plain,
}

impl Message {
    /// The message as text, at most `budget` bytes and `max_items` items;
    /// what does not fit is counted in a last "and N more" line.
    pub fn render(&self, layout: Layout, budget: usize, max_items: usize, lang: Lang) -> String {
        let title = cut(&one_line(&self.title), MAX_LINE_BYTES);
        let title = if layout == Layout::Markdown { inert(&title) } else { title };
        let mut out = match layout {
            Layout::Markdown => format!("**{title}**\n"),
            Layout::Plain => format!("{title}\n"),
        };
        let link_word = lang.word("notify-link");
        for (i, item) in self.items.iter().enumerate() {
            let text = cut(&one_line(&item.text), MAX_LINE_BYTES);
            let text = if layout == Layout::Markdown { inert(&text) } else { text };
            let line = match (&item.link, layout) {
                (Some(link), Layout::Markdown) => {
                    // A bracket in the URL would end the link early.
                    let link = link.replace('(', "%28").replace(')', "%29").replace(' ', "%20");
                    format!("- {text} [{link_word}]({link})\n")
                }
                (Some(link), Layout::Plain) => format!("- {text}\n  {link}\n"),
                (None, _) => format!("- {text}\n"),
            };
            let last = i + 1 == self.items.len();
            let room = if last { 0 } else { MORE_ROOM };
            if i >= max_items || out.len() + line.len() + room > budget {
                let more = lang.word_with("notify-more", &[("count", (self.items.len() - i).into())]);
                out.push_str(&more);
                out.push('\n');
                break;
            }
            out.push_str(&line);
        }
        cut(out.trim_end(), budget)
    }

    /// The items that fit `max_items`, and how many were left out.
    pub fn warnings_cut(&self, max_items: usize) -> (&[Warning], usize) {
        let kept = self.warnings.len().min(max_items);
        (&self.warnings[..kept], self.warnings.len() - kept)
    }
}

/// Text from crawled pages (a column's name, a title) shown as itself in
/// markdown: the characters that would make a link, a tag (WeCom's
/// `<font>`), code or emphasis become their full-width forms.
fn inert(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '[' => '［',
            ']' => '］',
            '<' => '＜',
            '>' => '＞',
            '`' => '｀',
            '*' => '＊',
            '_' => '＿',
            other => other,
        })
        .collect()
}

/// Control characters (a detail's newlines too) become spaces: one item, one line.
fn one_line(text: &str) -> String {
    crate::output::printable(text).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// At most `max` bytes, cut at a character boundary.
fn cut(text: &str, max: usize) -> String {
    if text.len() <= max {
        return text.to_owned();
    }
    let mut end = max.saturating_sub('…'.len_utf8());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &text[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn warning(owner: Option<&str>, due: &str, column: &str) -> Warning {
        Warning {
            check: "column.due-soon".into(),
            due: Some(due.into()),
            owner: owner.map(str::to_owned),
            column: Some(format!("http://h/{column}/")),
            page: Some(format!("http://h/{column}/")),
            detail: format!("栏目“{column}”将于 {due} 超期"),
            ..Warning::default()
        }
    }

    #[test]
    fn one_message_per_owner_sorted_by_deadline() {
        let warnings = [
            warning(Some("办公室"), "2026-12-09", "b"),
            warning(None, "2026-12-01", "c"),
            warning(Some("办公室"), "2026-12-02", "a"),
            warning(Some("发改局"), "2026-12-05", "d"),
        ];
        let messages = warning_messages("清溪县人民政府", "http://h/", &warnings, Lang::Zh);
        let owners: Vec<Option<&str>> = messages.iter().map(|m| m.owner.as_deref()).collect();
        assert_eq!(owners, [Some("办公室"), Some("发改局"), None]);
        let text = messages[0].render(Layout::Plain, ROBOT_BYTES, MAX_ITEMS, Lang::Zh);
        let a = text.find("http://h/a/").unwrap();
        let b = text.find("http://h/b/").unwrap();
        assert!(a < b, "{text}");
        assert!(text.starts_with("【清溪县人民政府】办公室"), "{text}");
        assert!(text.contains("办公室") && text.contains("2026-12-02"), "{text}");
        let en = messages[2].render(Layout::Markdown, ROBOT_BYTES, MAX_ITEMS, Lang::En);
        assert!(en.contains("[link](http://h/c/)"), "{en}");
    }

    #[test]
    fn long_lists_are_cut_with_the_count_of_the_rest() {
        let warnings: Vec<Warning> =
            (0..500).map(|i| warning(None, "2026-12-01", &format!("栏目{i:03}"))).collect();
        let message = &warning_messages("清溪县", "http://h/", &warnings, Lang::Zh)[0];
        let text = message.render(Layout::Markdown, ROBOT_BYTES, MAX_ITEMS, Lang::Zh);
        assert!(text.len() <= ROBOT_BYTES, "{}", text.len());
        let shown = text.lines().filter(|l| l.starts_with("- ")).count();
        assert!(shown > 10, "{text}");
        assert!(text.ends_with(&format!("另有 {} 项", 500 - shown)), "{text}");
        let mail = message.render(Layout::Plain, usize::MAX, MAX_ITEMS, Lang::En);
        assert!(mail.ends_with("and 300 more"), "{mail}");
        // A short list is not cut.
        let short = &warning_messages("清溪县", "http://h/", &warnings[..3], Lang::Zh)[0];
        let text = short.render(Layout::Markdown, ROBOT_BYTES, MAX_ITEMS, Lang::Zh);
        assert!(!text.contains("另有"), "{text}");
    }

    #[test]
    fn page_text_makes_no_markdown() {
        let mut w = warning(None, "2026-12-01", "a");
        w.detail = "栏目“[点此](http://evil/)<font color=\"warning\">**急**</font>”将超期".into();
        let message = &warning_messages("清溪县", "http://h/", &[w], Lang::Zh)[0];
        let text = message.render(Layout::Markdown, ROBOT_BYTES, MAX_ITEMS, Lang::Zh);
        assert!(text.contains("［点此］(http://evil/)＜font"), "{text}");
        assert!(!text.contains("**急") && text.contains("[链接](http://h/a/)"), "{text}");
        // Plain text (Feishu, e-mail) keeps it as written.
        let plain = message.render(Layout::Plain, ROBOT_BYTES, MAX_ITEMS, Lang::Zh);
        assert!(plain.contains("[点此](http://evil/)"), "{plain}");
    }

    #[test]
    fn cut_keeps_characters_whole() {
        assert_eq!(cut("清溪县人民政府", 10), "清溪…");
        assert_eq!(cut("abc", 3), "abc");
    }
}
