//! (being written) The HTML scorecard.
use checks::{Audit, Lang};
pub fn write(_audit: &Audit, _lang: Lang, _out: impl std::io::Write) -> std::io::Result<()> {
    Ok(())
}
