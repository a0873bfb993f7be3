//! `govaudit checks`: every check id, its severity and title.

use crate::exit_codes::Exit;
use crate::i18n;

pub fn run() -> anyhow::Result<Exit> {
    for info in checks::registry::all() {
        crate::outln!("{:<30} {:<9} {}", info.id, info.severity.as_str(), info.title(i18n::lang()));
    }
    Ok(Exit::Done)
}
