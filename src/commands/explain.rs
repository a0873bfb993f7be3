//! `govaudit explain ID`: a check's documentation (what it checks, why it
//! matters, how to fix it, the rules it rests on).

use anyhow::Context;

use crate::exit_codes::Exit;
use crate::i18n::Lang;

pub fn run(check: &str, lang: Lang) -> anyhow::Result<Exit> {
    let found = checks::registry::find(check).with_context(|| {
        lang.word_with("explain-no-such-check", &[("check", format!("{check:?}").into())])
    })?;
    crate::outln!(lang, "{} — {}", found.id, found.title(lang));
    if let Some(standard) = super::checks::standard_of(found, lang) {
        crate::outln!(lang, "{standard}");
    }
    crate::outln!(lang, "");
    crate::outln!(lang, "{}", found.docs(lang));
    Ok(Exit::Done)
}
