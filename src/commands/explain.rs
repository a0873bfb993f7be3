//! `govaudit explain ID`: a check's documentation (what it checks, why it
//! matters, how to fix it, the rules it rests on).

use anyhow::Context;

use crate::exit_codes::Exit;
use crate::i18n::{self, tr};

pub fn run(check: &str) -> anyhow::Result<Exit> {
    let found = checks::registry::find(check).with_context(|| {
        format!(
            "{} {check:?}; {}",
            tr("没有这个检查项", "no such check"),
            tr("用 govaudit checks 查看全部", "see govaudit checks for the list")
        )
    })?;
    crate::outln!("{} — {}\n", found.id, found.title(i18n::lang()));
    crate::outln!("{}", found.docs(i18n::lang()));
    Ok(Exit::Done)
}
