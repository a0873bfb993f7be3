//! `[[notify]]`: where warnings and monitor alerts are sent. Parsed here
//! and validated once by [`channels`]; secrets given by environment
//! variable are read when a message is sent (an audit run with
//! `--no-notify` does not need them).

use std::fmt;
use std::path::Path;

use serde::Deserialize;
use url::Url;

use crate::i18n::Lang;

/// One `[[notify]]` table as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChannelFile {
    kind: Option<String>,
    url: Option<String>,
    url_env: Option<String>,
    secret: Option<String>,
    secret_env: Option<String>,
    host: Option<String>,
    port: Option<u16>,
    tls: Option<String>,
    user: Option<String>,
    password_env: Option<String>,
    from: Option<String>,
    to: Option<Vec<String>>,
    owners: Option<Vec<String>>,
    timeout_secs: Option<u64>,
}

/// Seconds one send may take unless `timeout_secs` says otherwise.
pub const DEFAULT_TIMEOUT_SECS: u64 = 10;

/// The longest `timeout_secs`: an audit waits for its messages.
pub const MAX_TIMEOUT_SECS: u64 = 60;

/// Which platform a channel speaks to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    WeCom,
    DingTalk,
    Feishu,
    Webhook,
    Email,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::WeCom => "wecom",
            Kind::DingTalk => "dingtalk",
            Kind::Feishu => "feishu",
            Kind::Webhook => "webhook",
            Kind::Email => "email",
        }
    }

    fn parse(text: &str) -> Option<Kind> {
        [Kind::WeCom, Kind::DingTalk, Kind::Feishu, Kind::Webhook, Kind::Email]
            .into_iter()
            .find(|k| k.as_str() == text)
    }
}

/// A value that is a secret: written in the file or named by an
/// environment variable. Its `Debug` never shows the value.
#[derive(Clone, PartialEq, Eq)]
pub enum Secret {
    Inline(String),
    Env(String),
}

impl Secret {
    /// Where the value comes from, for a failure line: the environment
    /// variable's name, or `url` for a value written in the config (which
    /// was checked when the config was read).
    pub fn shown(&self) -> String {
        match self {
            Secret::Inline(_) => "url".to_owned(),
            Secret::Env(name) => name.clone(),
        }
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Secret::Inline(_) => f.write_str("Secret(***)"),
            Secret::Env(name) => write!(f, "Secret(${name})"),
        }
    }
}

impl Secret {
    /// The value; `Err` names the variable (never a value) when it is unset or empty.
    pub fn reveal(&self) -> Result<String, String> {
        match self {
            Secret::Inline(value) => Ok(value.clone()),
            Secret::Env(name) => {
                std::env::var(name).ok().filter(|v| !v.is_empty()).ok_or_else(|| name.clone())
            }
        }
    }
}

/// How the SMTP connection is protected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tls {
    /// Plain connection upgraded with STARTTLS (port 587).
    StartTls,
    /// TLS from the first byte (SMTPS, port 465).
    Tls,
    /// No encryption: only for a relay on the same machine or network.
    None,
}

/// E-mail over SMTP.
#[derive(Clone, Debug)]
pub struct Smtp {
    pub host: String,
    pub port: u16,
    pub tls: Tls,
    pub user: Option<String>,
    pub password: Option<Secret>,
    pub from: String,
    pub to: Vec<String>,
}

/// Where a channel's messages go.
#[derive(Clone, Debug)]
pub enum Target {
    /// A robot or webhook URL (the URL itself often holds the key: a
    /// secret too), with the signing secret of DingTalk and Feishu.
    Http {
        url: Secret,
        secret: Option<Secret>,
    },
    Email(Smtp),
}

/// One validated `[[notify]]` entry.
#[derive(Clone, Debug)]
pub struct Channel {
    /// Its place in the file, from 1, for messages.
    pub number: usize,
    pub kind: Kind,
    pub target: Target,
    /// Only the warnings of these offices; `None`: every message without
    /// an owner filter (and the monitor's alerts).
    pub owners: Option<Vec<String>>,
    /// How long one request (one SMTP read) may take.
    pub timeout: std::time::Duration,
}

impl Channel {
    /// Whether a message for `owner` goes to this channel: a channel with
    /// `owners` takes those offices' messages only; one without takes all.
    pub fn accepts(&self, owner: Option<&str>) -> bool {
        match (&self.owners, owner) {
            (None, _) => true,
            (Some(owners), Some(owner)) => owners.iter().any(|o| o == owner),
            (Some(_), None) => false,
        }
    }

    /// How the channel is named in messages: its place, kind and host,
    /// never the URL (a robot's key is in its query or path).
    pub fn label(&self) -> String {
        let place = match &self.target {
            Target::Http { url: Secret::Inline(url), .. } => {
                Url::parse(url).ok().and_then(|u| u.host_str().map(str::to_owned)).unwrap_or_default()
            }
            Target::Http { url: Secret::Env(name), .. } => format!("${name}"),
            Target::Email(smtp) => smtp.host.clone(),
        };
        format!("[[notify]] #{} {} ({place})", self.number, self.kind.as_str())
    }
}

/// Validates the `[[notify]]` tables of `file`; the first bad value is
/// one error naming the file, the entry and the key.
pub fn channels(tables: Vec<ChannelFile>, file: Option<&Path>, lang: Lang) -> anyhow::Result<Vec<Channel>> {
    let file = file.map(|p| p.display().to_string()).unwrap_or_default();
    tables
        .into_iter()
        .enumerate()
        .map(|(i, table)| {
            channel(i + 1, table, lang).map_err(|(key, problem)| {
                anyhow::anyhow!(lang.word_with(
                    "notify-config-invalid",
                    &[
                        ("file", file.as_str().into()),
                        ("number", (i + 1).into()),
                        ("key", key.into()),
                        ("problem", problem.into())
                    ]
                ))
            })
        })
        .collect()
}

/// A key at fault and why.
type Fault = (&'static str, String);

fn channel(number: usize, t: ChannelFile, lang: Lang) -> Result<Channel, Fault> {
    let kind_text = t.kind.as_deref().ok_or(("kind", lang.word("notify-config-missing")))?;
    let kind = Kind::parse(kind_text)
        .ok_or_else(|| ("kind", lang.word_with("notify-config-kind", &[("kind", kind_text.into())])))?;
    let owners = match t.owners {
        Some(list) if list.is_empty() || list.iter().any(|o| o.trim().is_empty()) => {
            return Err(("owners", lang.word("notify-config-empty")));
        }
        other => other,
    };
    let timeout = match t.timeout_secs.unwrap_or(DEFAULT_TIMEOUT_SECS) {
        secs @ 1..=MAX_TIMEOUT_SECS => std::time::Duration::from_secs(secs),
        _ => {
            let max = MAX_TIMEOUT_SECS;
            return Err(("timeout_secs", lang.word_with("notify-config-timeout", &[("max", max.into())])));
        }
    };
    let secret = one_of("secret", t.secret, "secret_env", t.secret_env, lang)?;
    let target = if kind == Kind::Email {
        for (key, set) in
            [("url", t.url.is_some()), ("url_env", t.url_env.is_some()), ("secret", secret.is_some())]
        {
            if set {
                return Err((
                    key,
                    lang.word_with("notify-config-not-for", &[("kind", kind.as_str().into())]),
                ));
            }
        }
        Target::Email(smtp(t.host, t.port, t.tls, t.user, t.password_env, t.from, t.to, lang)?)
    } else {
        for (key, set) in [
            ("host", t.host.is_some()),
            ("port", t.port.is_some()),
            ("tls", t.tls.is_some()),
            ("user", t.user.is_some()),
            ("password_env", t.password_env.is_some()),
            ("from", t.from.is_some()),
            ("to", t.to.is_some()),
        ] {
            if set {
                return Err((
                    key,
                    lang.word_with("notify-config-not-for", &[("kind", kind.as_str().into())]),
                ));
            }
        }
        // WeCom robots and plain webhooks are not signed: a secret there
        // would be silently unused.
        if secret.is_some() && matches!(kind, Kind::WeCom | Kind::Webhook) {
            return Err((
                "secret",
                lang.word_with("notify-config-not-for", &[("kind", kind.as_str().into())]),
            ));
        }
        let url = one_of("url", t.url, "url_env", t.url_env, lang)?
            .ok_or(("url", lang.word("notify-config-missing")))?;
        if let Secret::Inline(text) = &url {
            web_url(text).ok_or(("url", lang.word("notify-config-url")))?;
        }
        Target::Http { url, secret }
    };
    Ok(Channel { number, kind, target, owners, timeout })
}

/// The one of two keys given (`secret` or `secret_env`); both is an error.
fn one_of(
    key: &'static str,
    inline: Option<String>,
    env_key: &'static str,
    env: Option<String>,
    lang: Lang,
) -> Result<Option<Secret>, Fault> {
    match (inline, env) {
        (Some(_), Some(_)) => Err((env_key, lang.word_with("notify-config-both", &[("other", key.into())]))),
        (Some(v), None) if v.trim().is_empty() => Err((key, lang.word("notify-config-empty"))),
        (Some(v), None) => Ok(Some(Secret::Inline(v))),
        (None, Some(name)) => Ok(Some(Secret::Env(env_name(env_key, name, lang)?))),
        (None, None) => Ok(None),
    }
}

fn env_name(key: &'static str, name: String, lang: Lang) -> Result<String, Fault> {
    let valid = !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if valid { Ok(name) } else { Err((key, lang.word("notify-config-env"))) }
}

/// An `http(s)://` URL with a host.
pub fn web_url(text: &str) -> Option<Url> {
    Url::parse(text).ok().filter(|u| matches!(u.scheme(), "http" | "https") && u.host_str().is_some())
}

#[allow(clippy::too_many_arguments)]
fn smtp(
    host: Option<String>,
    port: Option<u16>,
    tls: Option<String>,
    user: Option<String>,
    password_env: Option<String>,
    from: Option<String>,
    to: Option<Vec<String>>,
    lang: Lang,
) -> Result<Smtp, Fault> {
    let host = host.filter(|h| !h.trim().is_empty()).ok_or(("host", lang.word("notify-config-missing")))?;
    let tls = match tls.as_deref().unwrap_or("starttls") {
        "starttls" => Tls::StartTls,
        "tls" => Tls::Tls,
        "none" => Tls::None,
        other => return Err(("tls", lang.word_with("notify-config-tls", &[("tls", other.into())]))),
    };
    let port = match port {
        Some(0) => return Err(("port", lang.word("notify-config-empty"))),
        Some(p) => p,
        None => match tls {
            Tls::StartTls => 587,
            Tls::Tls => 465,
            Tls::None => 25,
        },
    };
    let password =
        password_env.map(|name| env_name("password_env", name, lang).map(Secret::Env)).transpose()?;
    if password.is_some() != user.is_some() {
        let key = if user.is_some() { "password_env" } else { "user" };
        return Err((key, lang.word("notify-config-missing")));
    }
    let from = from.ok_or(("from", lang.word("notify-config-missing")))?;
    mailbox(&from).ok_or_else(|| {
        ("from", lang.word_with("notify-config-address", &[("address", from.as_str().into())]))
    })?;
    let to = to.filter(|t| !t.is_empty()).ok_or(("to", lang.word("notify-config-missing")))?;
    if let Some(bad) = to.iter().find(|a| mailbox(a).is_none()) {
        return Err(("to", lang.word_with("notify-config-address", &[("address", bad.as_str().into())])));
    }
    Ok(Smtp { host, port, tls, user, password, from, to })
}

/// `name@example.gov.cn` or `清溪县办公室 <name@example.gov.cn>`.
pub fn mailbox(text: &str) -> Option<lettre::message::Mailbox> {
    text.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> anyhow::Result<Vec<Channel>> {
        #[derive(Deserialize)]
        struct File {
            notify: Vec<ChannelFile>,
        }
        let file: File = toml::from_str(text)?;
        channels(file.notify, Some(Path::new("govaudit.toml")), Lang::En)
    }

    #[test]
    fn every_kind_parses() {
        let channels = parse(
            r#"
            [[notify]]
            kind = "wecom"
            url = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=K"
            [[notify]]
            kind = "dingtalk"
            url_env = "DING_URL"
            secret_env = "DING_SECRET"
            owners = ["县政府办公室"]
            [[notify]]
            kind = "feishu"
            url = "https://open.feishu.cn/open-apis/bot/v2/hook/H"
            secret = "S"
            [[notify]]
            kind = "webhook"
            url = "http://127.0.0.1:9/hook"
            [[notify]]
            kind = "email"
            host = "smtp.example.gov.cn"
            user = "u"
            password_env = "SMTP_PASSWORD"
            from = "govaudit <audit@example.gov.cn>"
            to = ["office@example.gov.cn"]
            "#,
        )
        .unwrap();
        let kinds: Vec<&str> = channels.iter().map(|c| c.kind.as_str()).collect();
        assert_eq!(kinds, ["wecom", "dingtalk", "feishu", "webhook", "email"]);
        assert!(channels[1].accepts(Some("县政府办公室")) && !channels[1].accepts(None));
        assert!(channels[0].accepts(Some("县政府办公室")) && channels[0].accepts(None));
        let Target::Email(smtp) = &channels[4].target else { panic!("email") };
        assert_eq!((smtp.port, smtp.tls), (587, Tls::StartTls));
        // Labels and Debug show no key, path or secret.
        assert_eq!(channels[0].label(), "[[notify]] #1 wecom (qyapi.weixin.qq.com)");
        assert_eq!(channels[1].label(), "[[notify]] #2 dingtalk ($DING_URL)");
        let debug = format!("{channels:?}");
        assert!(!debug.contains("key=K") && !debug.contains("hook/H") && !debug.contains("\"S\""), "{debug}");
    }

    #[test]
    fn bad_values_name_the_file_the_entry_and_the_key() {
        let cases = [
            ("kind = \"slack\"\nurl = \"http://h/\"", "kind"),
            ("kind = \"wecom\"", "url"),
            ("kind = \"wecom\"\nurl = \"ftp://h/\"", "url"),
            ("kind = \"wecom\"\nurl = \"http://h/\"\nsecret = \"s\"", "secret"),
            ("kind = \"dingtalk\"\nurl = \"http://h/\"\nsecret = \"s\"\nsecret_env = \"S\"", "secret_env"),
            ("kind = \"feishu\"\nurl = \"http://h/\"\nsecret_env = \"NOT A NAME\"", "secret_env"),
            ("kind = \"webhook\"\nurl = \"http://h/\"\nowners = []", "owners"),
            ("kind = \"webhook\"\nurl = \"http://h/\"\nhost = \"h\"", "host"),
            ("kind = \"email\"\nhost = \"h\"\nfrom = \"a@b.cn\"\nto = [\"x\"]", "to"),
            ("kind = \"email\"\nhost = \"h\"\nfrom = \"a@b.cn\"\nto = [\"c@d.cn\"]\ntls = \"ssl\"", "tls"),
            (
                "kind = \"email\"\nhost = \"h\"\nfrom = \"a@b.cn\"\nto = [\"c@d.cn\"]\nuser = \"u\"",
                "password_env",
            ),
            ("kind = \"email\"\nhost = \"h\"\nto = [\"c@d.cn\"]", "from"),
            ("kind = \"webhook\"\nurl = \"http://h/\"\ntimeout_secs = 0", "timeout_secs"),
        ];
        for (table, key) in cases {
            let err = parse(&format!(
                "[[notify]]\nkind = \"webhook\"\nurl = \"http://ok/\"\n[[notify]]\n{table}\n"
            ))
            .unwrap_err()
            .to_string();
            assert!(err.contains("govaudit.toml"), "{err}");
            assert!(err.contains("#2"), "{err}");
            assert!(err.contains(&format!(" {key}:")), "{key}: {err}");
            assert!(!err.contains('\n'), "{err}");
        }
    }

    /// The example file's `[[notify]]` tables are commented out (an audit
    /// with the example must send nothing); uncommented, they are valid.
    #[test]
    fn the_example_files_channels_are_valid() {
        let example = include_str!("../../govaudit.example.toml");
        let start = example.find("# [[notify]]").expect("a [[notify]] example");
        // The block runs to the first blank line: other sections follow it.
        let text: String = example[start..]
            .lines()
            .take_while(|l| !l.trim().is_empty())
            .map(|l| l.strip_prefix("# ").or_else(|| l.strip_prefix('#')).unwrap_or(l))
            .map(|l| format!("{l}\n"))
            .collect();
        let channels = parse(&text).unwrap();
        let kinds: Vec<&str> = channels.iter().map(|c| c.kind.as_str()).collect();
        assert_eq!(kinds, ["wecom", "dingtalk", "feishu", "webhook", "email"]);
    }

    #[test]
    fn a_missing_variable_is_named_not_guessed() {
        let secret = Secret::Env("GOVAUDIT_TEST_SURELY_UNSET_VARIABLE".into());
        assert_eq!(secret.reveal(), Err("GOVAUDIT_TEST_SURELY_UNSET_VARIABLE".into()));
        assert_eq!(Secret::Inline("v".into()).reveal(), Ok("v".into()));
    }
}
