//! Excel `.xlsx` and `.xls` with `calamine` (pure Rust, reads both the
//! zip-of-XML and the old BIFF format, maintained by the author of
//! `quick-xml`). Each non-empty row is one part (`Row`: sheet name, the row
//! number Excel shows), its cells joined by tabs.
//!
//! calamine reads a whole sheet into memory, so an `.xlsx` is first
//! unpacked member by member against the budget without keeping anything:
//! a zip bomb stops there, before calamine sees it. An `.xls` is bounded
//! by its bytes (BIFF is not compressed).

use std::io::{Cursor, Read};

use calamine::{Reader, open_workbook_from_rs};
use checks::facts::attachment::{Cut, Format, Location};

use super::Collector;

pub fn read(format: Format, body: &[u8], out: &mut Collector) -> Result<(), Cut> {
    match format {
        Format::Xlsx => {
            within_unpacked_budget(body, out.unpacked_budget())?;
            let book: calamine::Xlsx<_> =
                open_workbook_from_rs(Cursor::new(body)).map_err(|_| Cut::Unreadable)?;
            rows(book, out)
        }
        _ => {
            let book: calamine::Xls<_> =
                open_workbook_from_rs(Cursor::new(body)).map_err(|_| Cut::Unreadable)?;
            rows(book, out)
        }
    }
}

/// Fails with [`Cut::Unpacked`] when the members together unpack to more
/// than `budget` bytes (what they declare is not trusted: each is read).
fn within_unpacked_budget(body: &[u8], budget: usize) -> Result<(), Cut> {
    let mut archive = zip::ZipArchive::new(Cursor::new(body)).map_err(|_| Cut::Unreadable)?;
    let mut left = budget as u64;
    let mut sink = [0u8; 64 * 1024];
    for i in 0..archive.len() {
        let member = archive.by_index(i).map_err(|_| Cut::Unreadable)?;
        let mut member = member.take(left + 1);
        loop {
            let n = member.read(&mut sink).map_err(|_| Cut::Unreadable)?;
            if n == 0 {
                break;
            }
            left = left.checked_sub(n as u64).ok_or(Cut::Unpacked)?;
        }
    }
    Ok(())
}

fn rows<RS: std::io::Read + std::io::Seek>(
    mut book: impl Reader<RS>,
    out: &mut Collector,
) -> Result<(), Cut> {
    for sheet in book.sheet_names() {
        if out.out_of_time() {
            return Ok(());
        }
        let Ok(range) = book.worksheet_range(&sheet) else { continue };
        let first_row = range.start().map_or(0, |(row, _)| row);
        for (i, row) in range.rows().enumerate() {
            let cells: Vec<String> =
                row.iter().map(|c| c.to_string().trim().replace(['\t', '\n'], " ")).collect();
            let text = cells.join("\t");
            let location = Location::Row { sheet: sheet.clone(), row: first_row + i as u32 + 1 };
            if !out.push(location, text) {
                return Ok(());
            }
        }
    }
    Ok(())
}
