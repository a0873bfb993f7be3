//! `.xls` files that are text, not BIFF: many county CMSs export a list as
//! an HTML table or as Excel 2003 XML (SpreadsheetML) and name it `.xls`,
//! which Excel opens. Each table row is one part (`Row`), cells joined by
//! tabs, as a real workbook's rows are. HTML is read with `scraper` (the
//! parser the page checks use, so nothing more to build) and decoded as a
//! page is (GBK is common); SpreadsheetML streamed with `quick-xml`.

use checks::facts::attachment::{Cut, Location};
use quick_xml::Reader;
use quick_xml::events::Event;

use super::Collector;

/// Whether `body` is markup: `<` first, after a BOM and white space.
pub fn is_markup(body: &[u8]) -> bool {
    let body = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
    body.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'<')
}

pub fn read(body: &[u8], out: &mut Collector) -> Result<(), Cut> {
    let text = crate::crawl::decode::decode_page(body, None, "").text;
    if text.contains("urn:schemas-microsoft-com:office:spreadsheet") {
        spreadsheet_ml(&text, out);
        return Ok(());
    }
    let lower = text[..text.len().min(4096)].to_ascii_lowercase();
    if !(lower.contains("<table") || lower.contains("<html")) {
        return Err(Cut::Unreadable);
    }
    html_tables(&text, out);
    Ok(())
}

fn html_tables(text: &str, out: &mut Collector) {
    let doc = scraper::Html::parse_document(text);
    let (Ok(rows), Ok(cells)) = (scraper::Selector::parse("tr"), scraper::Selector::parse("td, th")) else {
        return;
    };
    for (i, row) in doc.select(&rows).enumerate() {
        let cells: Vec<String> = row
            .select(&cells)
            .map(|c| c.text().collect::<String>().split_whitespace().collect::<Vec<_>>().join(" "))
            .collect();
        if !out.push(Location::Row { sheet: "Sheet1".into(), row: i as u32 + 1 }, cells.join("\t")) {
            return;
        }
    }
}

/// The value of attribute `name` (its local name) on `e`.
fn attr(e: &quick_xml::events::BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes().flatten().find(|a| a.key.local_name().as_ref() == name).map(|a| a.value.into_owned())
}

fn spreadsheet_ml(text: &str, out: &mut Collector) {
    let mut reader = Reader::from_str(text);
    let (mut sheet, mut row, mut cells) = (String::new(), 0u32, Vec::<String>::new());
    let mut in_data = false;
    loop {
        let Ok(event) = reader.read_event() else { return };
        match event {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == "Worksheet" => {
                sheet = attr(&e, "Name").unwrap_or_default();
                row = 0;
            }
            Event::Start(e) if e.local_name().as_ref() == "Row" => {
                // `ss:Index` skips empty rows, as Excel writes them.
                row = attr(&e, "Index").and_then(|n| n.parse().ok()).unwrap_or(row + 1);
                cells.clear();
            }
            Event::Empty(e) if e.local_name().as_ref() == "Row" => {
                row = attr(&e, "Index").and_then(|n| n.parse().ok()).unwrap_or(row + 1);
            }
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == "Cell" => {
                let at = attr(&e, "Index").and_then(|n| n.parse::<usize>().ok()).unwrap_or(cells.len() + 1);
                // Bounded by the text read: a cell index far out adds no text.
                while cells.len() + 1 < at.min(cells.len() + 256) {
                    cells.push(String::new());
                }
                cells.push(String::new());
            }
            Event::Start(e) if e.local_name().as_ref() == "Data" => in_data = true,
            Event::End(e) if e.local_name().as_ref() == "Data" => in_data = false,
            Event::Text(t) if in_data => {
                if let Some(cell) = cells.last_mut() {
                    cell.push_str(&t.xml10_content());
                }
            }
            Event::GeneralRef(r) if in_data => {
                if let Some(cell) = cells.last_mut() {
                    if let Ok(Some(c)) = r.resolve_char_ref() {
                        cell.push(c);
                    } else if let Some(s) = quick_xml::escape::resolve_predefined_entity(&r) {
                        cell.push_str(s);
                    }
                }
            }
            Event::End(e) if e.local_name().as_ref() == "Row" => {
                let location = Location::Row { sheet: sheet.clone(), row };
                if !out.push(location, cells.join("\t")) {
                    return;
                }
            }
            Event::Eof => return,
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use checks::facts::attachment::Format;

    use super::super::{Budget, extract};
    use super::*;

    fn located(format: Format, body: &[u8]) -> Vec<(Location, String)> {
        let (read, extracted) = extract(format, body, &Budget::default());
        assert_eq!(read, Format::Xls);
        extracted.parts.into_iter().map(|p| (p.location, p.text)).collect()
    }

    #[test]
    fn an_html_table_named_xls_is_read_gbk_and_all() {
        let html = "<html><head><meta charset=\"gbk\"></head><body><table>\
            <tr><th>姓名</th><th>身份证号码</th></tr><tr><td>张三</td><td> 11010519491231002X </td></tr></table></body></html>";
        let gbk = encoding_rs::GBK.encode(html).0.into_owned();
        let row = |row| Location::Row { sheet: "Sheet1".into(), row };
        assert_eq!(
            located(Format::Xls, &gbk),
            vec![(row(1), "姓名\t身份证号码".to_owned()), (row(2), "张三\t11010519491231002X".to_owned())]
        );
    }

    #[test]
    fn excel_2003_xml_keeps_sheets_rows_and_skipped_cells() {
        let xml = "<?xml version=\"1.0\"?><Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\" \
            xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\"><Worksheet ss:Name=\"名单\"><Table>\
            <Row><Cell><Data ss:Type=\"String\">姓名</Data></Cell><Cell><Data ss:Type=\"String\">身份证号码</Data></Cell></Row>\
            <Row ss:Index=\"4\"><Cell ss:Index=\"2\"><Data ss:Type=\"String\">11010519491231002X</Data></Cell></Row>\
            </Table></Worksheet></Workbook>";
        let row = |row| Location::Row { sheet: "名单".into(), row };
        assert_eq!(
            located(Format::Xls, xml.as_bytes()),
            vec![(row(1), "姓名\t身份证号码".to_owned()), (row(4), "\t11010519491231002X".to_owned())]
        );
    }
}
