//! The language of messages for people, settled once per command and
//! passed down as a [`Lang`] value to whatever prints.

pub use checks::Lang;

/// The language of a command: the `--lang` flag, else `GOVAUDIT_LANG`, else
/// the config file's `lang` (`None` before the file is read, or for a
/// command that reads none), else Chinese.
pub fn resolve(flag: Option<Lang>, file: Option<Lang>) -> Lang {
    flag.or_else(from_env).or(file).unwrap_or_default()
}

/// The language asked for by `GOVAUDIT_LANG`: English when it starts with
/// "en", Chinese otherwise. `LANG` is deliberately not read: the users'
/// machines are often set to English while the reports must stay Chinese.
fn from_env() -> Option<Lang> {
    let value = std::env::var("GOVAUDIT_LANG").ok()?;
    Some(if value.to_ascii_lowercase().starts_with("en") { Lang::En } else { Lang::Zh })
}
