//! Word `.docx`: `word/document.xml` read from the zip (`zip`, bounded by
//! the unpacked budget) and walked with `quick-xml`. A paragraph outside
//! tables is one part (`Paragraph`, counted from 1); a table row is one
//! part (`TableRow`), its cells joined by tabs as a spreadsheet row is, so
//! a 公示 table reads the same in Word as in Excel. Nested tables are read
//! as their cell's text.

use std::io::{Cursor, Read};

use checks::facts::attachment::{Cut, Location};
use quick_xml::Reader;
use quick_xml::events::Event;

use super::Collector;

/// Reads the body of a `.docx`.
pub fn read(body: &[u8], out: &mut Collector) -> Result<(), Cut> {
    let xml = unpack(body, "word/document.xml", out.unpacked_budget())?;
    walk(&xml.text, out)?;
    xml.cut.map_or(Ok(()), Err)
}

/// One zip member, unpacked up to the budget.
pub(crate) struct Unpacked {
    pub text: String,
    /// Set when the member unpacks to more than the budget.
    pub cut: Option<Cut>,
}

pub(crate) fn unpack(body: &[u8], name: &str, budget: usize) -> Result<Unpacked, Cut> {
    let mut archive = zip::ZipArchive::new(Cursor::new(body)).map_err(|_| Cut::Unreadable)?;
    let member = archive.by_name(name).map_err(|_| Cut::Unreadable)?;
    let mut bytes = Vec::new();
    // The declared size can lie: `take` is what bounds it.
    member.take(budget as u64 + 1).read_to_end(&mut bytes).map_err(|_| Cut::Unreadable)?;
    let cut = (bytes.len() > budget).then(|| {
        bytes.truncate(budget);
        Cut::Unpacked
    });
    Ok(Unpacked { text: String::from_utf8_lossy(&bytes).into_owned(), cut })
}

/// Where the walk is in the document.
#[derive(Default)]
struct Walk {
    /// Tables open (nested ones count).
    tables: u32,
    /// Top-level tables seen, and rows of the current one.
    table: u32,
    row: u32,
    paragraph: u32,
    /// Text of the current paragraph, or of the current row's cells.
    text: String,
    cells: Vec<String>,
    /// Inside `<w:t>`.
    in_text: bool,
}

fn walk(xml: &str, out: &mut Collector) -> Result<(), Cut> {
    let mut reader = Reader::from_str(xml);
    let mut w = Walk::default();
    loop {
        let event = match reader.read_event() {
            Ok(event) => event,
            // A damaged or cut document: what was read stands.
            Err(_) => return Ok(()),
        };
        match event {
            Event::Start(e) => match e.local_name().as_ref() {
                "tbl" => {
                    w.tables += 1;
                    if w.tables == 1 {
                        w.table += 1;
                        w.row = 0;
                    }
                }
                "tr" if w.tables == 1 => {
                    w.row += 1;
                    w.cells.clear();
                }
                "tc" if w.tables == 1 => w.text.clear(),
                "t" => w.in_text = true,
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                "tab" => w.text.push('\t'),
                "br" | "cr" => w.text.push(' '),
                _ => {}
            },
            Event::Text(t) if w.in_text => w.text.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if w.in_text => {
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    w.text.push(c);
                } else if let Some(s) = quick_xml::escape::resolve_predefined_entity(&r) {
                    w.text.push_str(s);
                }
            }
            Event::End(e) => match e.local_name().as_ref() {
                "t" => w.in_text = false,
                "p" if w.tables == 0 => {
                    w.paragraph += 1;
                    let text = std::mem::take(&mut w.text);
                    if !out.push(Location::Paragraph(w.paragraph), text) {
                        return Ok(());
                    }
                }
                // Paragraphs within a cell run on, a space apart.
                "p" => w.text.push(' '),
                "tc" if w.tables == 1 => {
                    let cell = std::mem::take(&mut w.text).replace('\t', " ");
                    w.cells.push(cell.trim().to_owned());
                }
                "tr" if w.tables == 1 => {
                    let location = Location::TableRow { table: w.table, row: w.row };
                    if !out.push(location, w.cells.join("\t")) {
                        return Ok(());
                    }
                }
                "tbl" => w.tables = w.tables.saturating_sub(1),
                _ => {}
            },
            Event::Eof => return Ok(()),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use checks::facts::attachment::Extracted;

    use super::super::{Budget, extract};
    use super::*;

    /// A minimal `.docx`: only the member this reader opens.
    pub fn docx(document: &str) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        zip.start_file("word/document.xml", zip::write::SimpleFileOptions::default()).unwrap();
        zip.write_all(document.as_bytes()).unwrap();
        zip.finish().unwrap().into_inner()
    }

    const DOC: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:r><w:t>关于低保对象的公示</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>姓名</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>身份证号码</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>张三</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>110105</w:t></w:r><w:r><w:t>19491231002X</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p><w:r><w:t xml:space="preserve">联系人 A&amp;B</w:t><w:tab/><w:t>完</w:t></w:r></w:p>
</w:body></w:document>"#;

    #[test]
    fn paragraphs_and_table_rows_with_places() {
        let (format, Extracted { parts, cut }) =
            extract(checks::facts::attachment::Format::Docx, &docx(DOC), &Budget::default());
        assert_eq!(format, checks::facts::attachment::Format::Docx);
        assert_eq!(cut, None);
        let got: Vec<(Location, &str)> =
            parts.iter().map(|p| (p.location.clone(), p.text.as_str())).collect();
        assert_eq!(
            got,
            vec![
                (Location::Paragraph(1), "关于低保对象的公示"),
                (Location::TableRow { table: 1, row: 1 }, "姓名\t身份证号码"),
                (Location::TableRow { table: 1, row: 2 }, "张三\t11010519491231002X"),
                (Location::Paragraph(2), "联系人 A&B\t完"),
            ]
        );
    }

    #[test]
    fn a_bomb_is_read_up_to_the_budget() {
        let filler = format!("<w:p><w:r><w:t>{}</w:t></w:r></w:p>", "数".repeat(1000));
        let doc = format!("<w:document><w:body>{}</w:body></w:document>", filler.repeat(2000));
        let budget = Budget { unpacked: 100_000, ..Budget::default() };
        let (_, extracted) = extract(checks::facts::attachment::Format::Docx, &docx(&doc), &budget);
        assert_eq!(extracted.cut, Some(Cut::Unpacked));
        assert!(!extracted.parts.is_empty() && extracted.parts.len() < 40);
    }
}
