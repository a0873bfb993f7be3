//! (being written) The Markdown summary.
use checks::{Audit, Lang};
pub fn write(
    _audit: &Audit,
    _lang: Lang,
    _html_link: Option<&str>,
    _out: impl std::io::Write,
) -> std::io::Result<()> {
    Ok(())
}
