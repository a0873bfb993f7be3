//! Messages to the people who fix things: an audit's warnings (findings
//! whose check id ends in `.due-soon`), one message per owner per channel,
//! and the monitor's alerts, sent to group-chat robots (WeCom, DingTalk,
//! Feishu), a generic JSON webhook or e-mail. Besides the crawler, the only
//! code that uses the network.
//!
//! A failed send is one warning line on stderr naming the channel and the
//! reason — never a URL, key, signing secret or password — and changes
//! nothing else: the reports are written before, and the audit's exit code
//! is the audit's.

pub mod config;
mod dingtalk;
mod email;
mod feishu;
mod http;
pub mod message;
mod webhook;
mod wecom;

pub use config::Channel;
pub use message::{Message, Warning};

use config::{Kind, Target};
use message::Layout;

use crate::i18n::Lang;

/// Why a send failed, in words that hold no secret.
#[derive(Debug, PartialEq, Eq)]
pub enum Failure {
    /// The environment variable meant to hold a URL, secret or password is unset.
    Unset(String),
    /// The environment variable meant to hold the URL holds no http(s) address.
    NotUrl(String),
    Client,
    Timeout,
    Connect,
    Transport,
    Status(u16),
    /// The platform's own error code and message.
    Code(i64, String),
    /// An answer without the platform's code.
    Answer,
    Mail,
    Smtp(String),
}

impl Failure {
    fn words(&self, lang: Lang) -> String {
        match self {
            Failure::Unset(name) => lang.word_with("notify-reason-unset", &[("name", name.as_str().into())]),
            Failure::NotUrl(name) => {
                lang.word_with("notify-reason-not-url", &[("name", name.as_str().into())])
            }
            Failure::Client => lang.word("notify-reason-client"),
            Failure::Timeout => lang.word("notify-reason-timeout"),
            Failure::Connect => lang.word("notify-reason-connect"),
            Failure::Transport => lang.word("notify-reason-transport"),
            Failure::Status(status) => {
                lang.word_with("notify-reason-status", &[("status", (*status).into())])
            }
            Failure::Code(code, text) => lang.word_with(
                "notify-reason-code",
                &[("code", (*code).into()), ("message", crate::output::printable(text).into())],
            ),
            Failure::Answer => lang.word("notify-reason-answer"),
            Failure::Mail => lang.word("notify-reason-mail"),
            Failure::Smtp(text) => {
                lang.word_with("notify-reason-smtp", &[("message", crate::output::printable(text).into())])
            }
        }
    }
}

/// The warnings among `findings`.
pub fn warnings_of<'a>(findings: impl IntoIterator<Item = &'a checks::Finding>) -> Vec<Warning> {
    // A warning a reviewer marked (误报, 已知) is asked of no one.
    findings
        .into_iter()
        .filter(|f| Warning::is_warning(&f.check) && !f.reviewed())
        .map(Warning::from_finding)
        .collect()
}

/// What a delivery did.
#[derive(Debug, Default)]
pub struct Delivery {
    pub sent: usize,
    /// One line per failed send, for stderr.
    pub failures: Vec<String>,
}

/// Sends each message to each channel that takes its owner, one after
/// another (a handful of messages; each request bounded by the channel's
/// timeout).
pub async fn deliver(channels: &[Channel], messages: &[Message], lang: Lang) -> Delivery {
    let mut delivery = Delivery::default();
    for channel in channels {
        for message in messages.iter().filter(|m| channel.accepts(m.owner.as_deref())) {
            let mut revealed = Vec::new();
            match send(channel, message, &mut revealed, lang).await {
                Ok(()) => delivery.sent += 1,
                Err(failure) => {
                    let line = lang.word_with(
                        "notify-failed",
                        &[("channel", channel.label().into()), ("reason", failure.words(lang).into())],
                    );
                    delivery.failures.push(redact(&line, &revealed));
                }
            }
        }
    }
    delivery
}

/// Sends the warnings of a finished audit to the channels, printing a
/// line for what was sent and one per failure; nothing when there is no
/// channel or no warning.
pub async fn send_warnings(site: &checks::SiteAudit, channels: &[Channel], lang: Lang) {
    let warnings = warnings_of(&site.findings);
    if channels.is_empty() || warnings.is_empty() {
        return;
    }
    let messages = message::warning_messages(&site.name, &site.root, &warnings, lang);
    report(&deliver(channels, &messages, lang).await, lang);
}

/// Prints what a delivery did: the count on stdout, failures on stderr.
pub fn report(delivery: &Delivery, lang: Lang) {
    if delivery.sent > 0 {
        crate::outln!(lang, "  {}", lang.word_with("notify-sent", &[("count", delivery.sent.into())]));
    }
    for line in &delivery.failures {
        eprintln!("{line}");
    }
}

/// The messages as each channel would get them, for `--dry-run`: the
/// robots' and the mails' text (never a URL or secret).
pub fn preview(channels: &[Channel], messages: &[Message], lang: Lang) -> String {
    let mut out = String::new();
    for channel in channels {
        for message in messages.iter().filter(|m| channel.accepts(m.owner.as_deref())) {
            let text = match channel.kind {
                Kind::WeCom | Kind::DingTalk => {
                    message.render(Layout::Markdown, message::ROBOT_BYTES, message::MAX_ITEMS, lang)
                }
                Kind::Feishu => message.render(Layout::Plain, message::ROBOT_BYTES, message::MAX_ITEMS, lang),
                Kind::Webhook | Kind::Email => {
                    message.render(Layout::Plain, usize::MAX, message::MAX_ITEMS, lang)
                }
            };
            out.push_str(&format!("→ {}\n{text}\n\n", channel.label()));
        }
    }
    out
}

async fn send(
    channel: &Channel,
    message: &Message,
    revealed: &mut Vec<String>,
    lang: Lang,
) -> Result<(), Failure> {
    let mut reveal = |secret: &config::Secret| -> Result<String, Failure> {
        let value = secret.reveal().map_err(Failure::Unset)?;
        revealed.push(value.clone());
        Ok(value)
    };
    match &channel.target {
        Target::Http { url, secret } => {
            let shown = url.shown();
            let url = reveal(url)?;
            config::web_url(&url).ok_or(Failure::NotUrl(shown))?;
            let secret = secret.as_ref().map(&mut reveal).transpose()?;
            let client = http::client(channel.timeout)?;
            match channel.kind {
                Kind::WeCom => wecom::send(&client, &url, message, lang).await,
                Kind::DingTalk => dingtalk::send(&client, &url, secret.as_deref(), message, lang).await,
                Kind::Feishu => feishu::send(&client, &url, secret.as_deref(), message, lang).await,
                Kind::Webhook => webhook::send(&client, &url, message, lang).await,
                // The config gives e-mail an SMTP target, never a URL.
                Kind::Email => Err(Failure::Client),
            }
        }
        Target::Email(smtp) => {
            let password = smtp.password.as_ref().map(&mut reveal).transpose()?;
            email::send(smtp, password.as_deref(), channel.timeout, message, lang).await
        }
    }
}

/// `text` with every revealed secret replaced: a platform's or server's
/// message might echo what it was sent.
fn redact(text: &str, secrets: &[String]) -> String {
    let mut out = text.to_owned();
    for secret in secrets.iter().filter(|s| s.len() >= 4) {
        out = out.replace(secret.as_str(), "***");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_redacted_from_failure_lines() {
        let line = redact("answer: bad key=abcd1234 sign", &["abcd1234".into(), "x".into()]);
        assert_eq!(line, "answer: bad key=*** sign");
    }

    #[test]
    fn a_warning_under_a_reviewers_mark_is_not_sent() {
        use checks::review::{Review, ReviewKind, ReviewState};
        let warning = |state: Option<ReviewState>| checks::Finding {
            review: state.map(|state| Review {
                kind: ReviewKind::FalseAlarm,
                state,
                reviewer: "王审".into(),
                reason: "栏目已并入“工作动态”".into(),
                marked: "2026-12-01".into(),
                until: None,
            }),
            ..checks::Finding::new("column.due-soon", checks::Severity::Notice)
        };
        let findings =
            [warning(None), warning(Some(ReviewState::Active)), warning(Some(ReviewState::Expired))];
        assert_eq!(warnings_of(&findings).len(), 2, "the open one and the one whose mark lapsed");
    }
}
