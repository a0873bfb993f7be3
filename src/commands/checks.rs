//! `govaudit checks`: every check id, its severity and title.

use crate::exit_codes::Exit;
use crate::i18n::Lang;

pub fn run(lang: Lang) -> anyhow::Result<Exit> {
    for info in checks::registry::all() {
        crate::outln!(lang, "{:<30} {:<9} {}", info.id, info.severity.as_str(), info.title(lang));
    }
    Ok(Exit::Done)
}
