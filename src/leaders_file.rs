//! `[content] leaders = "leaders.csv"`: the leader list
//! `content.leader-mismatch` compares the leaders pages with.
//!
//! One line per title a person holds, four fields separated by commas (or
//! tabs, as a spreadsheet exports them):
//!
//! ```text
//! # name,title,since,until      (since/until: YYYY-MM-DD, either may be empty)
//! 林秋明,县委副书记、县长,2024-01-15,
//! 罗晓东,副县长,2021-06-01,2026-06-30
//! ```
//!
//! Blank lines, `#` comments and a header line (`name,…` or `姓名,…`) are
//! skipped. A title's parts are separated by 、 (never by a comma). The file
//! is UTF-8 (with or without a BOM) or, as offices' spreadsheets save it,
//! GB18030/GBK. The list is the user's: govaudit ships the format and an
//! example of fictional people (`leaders.example.csv` beside `govaudit.example.toml`), never a
//! claim about who holds office.

use std::path::Path;

use anyhow::{Context, bail};
use checks::model::leaders::{LineError, ListedLeader};

use crate::i18n::Lang;

/// Largest list read: a county's leaders fit in a few kilobytes.
const MAX_BYTES: u64 = 4 * 1024 * 1024;

/// Reads and checks the list at `path`.
pub fn load(path: &Path, lang: Lang) -> anyhow::Result<Vec<ListedLeader>> {
    let shown = path.display().to_string();
    let cannot = || lang.word_with("leaders-cannot-read", &[("path", shown.as_str().into())]);
    let Some(bytes) = crate::small_file::read_capped(path, MAX_BYTES).with_context(cannot)? else {
        bail!("{}", lang.word_with("leaders-too-large", &[("path", shown.as_str().into())]));
    };
    parse(&decode(&bytes), &shown, lang)
}

/// The file's text: UTF-8 when it is, else GB18030 (a superset of GBK).
fn decode(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => encoding_rs::GB18030.decode(bytes).0.into_owned(),
    }
}

/// The leaders listed in `text`; the first bad line is an error naming
/// `file`, the line and what is wrong with it.
pub fn parse(text: &str, file: &str, lang: Lang) -> anyhow::Result<Vec<ListedLeader>> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        match ListedLeader::parse_line(line) {
            Ok(Some(leader)) => out.push(leader),
            Ok(None) => {}
            Err(e) => bail!(
                "{}",
                lang.word_with(
                    "leaders-invalid-line",
                    &[("file", file.into()), ("line", (i + 1).into()), ("reason", reason(&e, lang).into())],
                )
            ),
        }
    }
    Ok(out)
}

fn reason(e: &LineError, lang: Lang) -> String {
    match e {
        LineError::Fields(n) => lang.word_with("leaders-reason-fields", &[("count", (*n).into())]),
        LineError::Name(name) => lang.word_with("leaders-reason-name", &[("name", name.as_str().into())]),
        LineError::NoTitle => lang.word("leaders-reason-no-title"),
        LineError::Date(day) => lang.word_with("leaders-reason-date", &[("day", day.as_str().into())]),
        LineError::Order => lang.word("leaders-reason-order"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(text: &str) -> String {
        parse(text, "leaders.csv", Lang::En).expect_err("a bad line").to_string()
    }

    #[test]
    fn reads_the_shipped_example() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("leaders.example.csv");
        let leaders = load(&path, Lang::Zh).expect("the example reads");
        assert!(leaders.len() >= 4);
        assert!(leaders.iter().any(|l| l.until.is_some()));
    }

    #[test]
    fn a_bad_line_is_one_error_naming_the_file_and_the_line() {
        let text = "# 清溪县\nname,title,since,until\n林秋明,县委副书记、县长,2024-01-15,\n罗晓东,副县长,2021-06-31,\n";
        let e = error(text);
        assert!(e.starts_with("leaders.csv line 4:"), "{e}");
        assert!(e.contains("2021-06-31"), "{e}");
        assert!(error("县政府,县长\n").contains("line 1"));
        assert!(error("林秋明\n").contains("1 field"));
        assert!(error("林秋明,县长,2024-01-01,2023-01-01,x\n").contains("5 fields"));
        assert!(error("林秋明,,2024-01-01\n").contains("title"));
        assert!(error("林秋明,县长,2024-01-01,2023-01-01\n").contains("before"));
        let zh = parse("林秋明,县长,x\n", "名单.csv", Lang::Zh).unwrap_err().to_string();
        assert!(zh.starts_with("名单.csv 第 1 行"), "{zh}");
    }

    #[test]
    fn reads_gbk_and_a_bom() {
        let (gbk, _, _) = encoding_rs::GBK.encode("林秋明,县委副书记、县长,2024-01-15,\n");
        assert_eq!(parse(&decode(&gbk), "x", Lang::Zh).unwrap()[0].title, "县委副书记、县长");
        let bom = "\u{feff}name,title,since,until\n林秋明,县长\n";
        assert_eq!(parse(bom, "x", Lang::Zh).unwrap()[0].name, "林秋明");
    }

    #[test]
    fn a_missing_file_is_an_error_naming_it() {
        let e = load(Path::new("/nonexistent/leaders.csv"), Lang::En).unwrap_err().to_string();
        assert!(e.contains("/nonexistent/leaders.csv"), "{e}");
    }
}
