//! (being written) The ranking table.
use checks::Lang;
use checks::scorecard::Ranking;
pub fn write_html(_ranking: &Ranking, _lang: Lang, _out: impl std::io::Write) -> std::io::Result<()> {
    Ok(())
}
pub fn write_csv(_ranking: &Ranking, _lang: Lang, _out: impl std::io::Write) -> Result<(), csv::Error> {
    Ok(())
}
