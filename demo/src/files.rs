//! Small but valid office files with Chinese text, written by hand: an
//! `.xlsx` workbook, a `.docx` document and a PDF whose text a reader can
//! extract (a CJK font by name, with a `ToUnicode` map). The demo portal
//! serves them as attachments (issue 20 §3), and tests and the attachment
//! benchmark read them. No office library: each format's minimum is a few
//! XML parts in a zip, or a handful of PDF objects.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;

/// A zip of `(name, content)` members, deflated as Office writes them.
fn zip(members: &[(&str, String)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, content) in members {
        // Writing to memory cannot fail.
        let _ = zip.start_file(*name, options);
        let _ = zip.write_all(content.as_bytes());
    }
    zip.finish().map(Cursor::into_inner).unwrap_or_default()
}

/// An Office (OPC) package: the content types and the package
/// relationship to its `main` part, then `parts`. `main` and `overrides`
/// give a part's path and its content type after
/// `application/vnd.openxmlformats-officedocument.` and before `+xml`.
fn package(main: (&str, &str), parts: &[(&str, String)], overrides: &[(&str, &str)]) -> Vec<u8> {
    const TYPE: &str = "application/vnd.openxmlformats-officedocument.";
    let (main_path, main_type) = main;
    let overrides: String = std::iter::once((format!("/{main_path}"), main_type))
        .chain(overrides.iter().map(|(path, kind)| ((*path).to_owned(), *kind)))
        .map(|(path, kind)| format!("<Override PartName=\"{path}\" ContentType=\"{TYPE}{kind}+xml\"/>"))
        .collect();
    let types = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>{overrides}</Types>"
    );
    let rels = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"{main_path}\"/>\
</Relationships>"
    );
    let mut members = vec![("[Content_Types].xml", types), ("_rels/.rels", rels)];
    members.extend(parts.iter().map(|(name, text)| (*name, text.clone())));
    zip(&members)
}

/// Text escaped for XML.
fn esc(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// An `.xlsx` workbook of one sheet named `sheet`, every cell an inline string.
pub fn xlsx(sheet: &str, rows: &[Vec<String>]) -> Vec<u8> {
    let mut data = String::new();
    for (r, row) in rows.iter().enumerate() {
        data.push_str(&format!("<row r=\"{}\">", r + 1));
        for (c, cell) in row.iter().enumerate() {
            let col = (b'A' + (c % 26) as u8) as char;
            data.push_str(&format!(
                "<c r=\"{col}{}\" t=\"inlineStr\"><is><t>{}</t></is></c>",
                r + 1,
                esc(cell)
            ));
        }
        data.push_str("</row>");
    }
    package(
        ("xl/workbook.xml", "spreadsheetml.sheet.main"),
        &[
            (
                "xl/workbook.xml",
                format!(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" \
xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>\
<sheet name=\"{}\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
                    esc(sheet)
                ),
            ),
            (
                "xl/_rels/workbook.xml.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>\
</Relationships>"
                    .to_owned(),
            ),
            (
                "xl/worksheets/sheet1.xml",
                format!(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">\
<sheetData>{data}</sheetData></worksheet>"
                ),
            ),
        ],
        &[("/xl/worksheets/sheet1.xml", "spreadsheetml.worksheet")],
    )
}

/// A `.docx` of `paragraphs`, then one table of `rows` (the first its header).
pub fn docx(paragraphs: &[&str], rows: &[Vec<String>]) -> Vec<u8> {
    let para = |t: &str| format!("<w:p><w:r><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>", esc(t));
    let mut body: String = paragraphs.iter().map(|p| para(p)).collect();
    if !rows.is_empty() {
        body.push_str("<w:tbl>");
        for row in rows {
            body.push_str("<w:tr>");
            for cell in row {
                body.push_str(&format!("<w:tc>{}</w:tc>", para(cell)));
            }
            body.push_str("</w:tr>");
        }
        body.push_str("</w:tbl>");
    }
    package(
        ("word/document.xml", "wordprocessingml.document.main"),
        &[(
            "word/document.xml",
            format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
<w:body>{body}</w:body></w:document>"
            ),
        )],
        &[],
    )
}

/// A PDF with one page per entry of `pages`, each a list of lines, in
/// the non-embedded CJK font STSong-Light (UCS-2 codes, which a
/// `ToUnicode` map declares, so text extraction reads them back).
pub fn pdf(pages: &[Vec<String>]) -> Vec<u8> {
    let mut chars: Vec<u16> = pages.iter().flatten().flat_map(|l| l.encode_utf16()).collect();
    chars.sort_unstable();
    chars.dedup();
    // Objects: 1 catalog, 2 pages, 3 font, 4 CID font, 5 ToUnicode, then a
    // page and its content per page.
    let kids: Vec<String> = (0..pages.len()).map(|i| format!("{} 0 R", 6 + 2 * i)).collect();
    let mut objects = vec![
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        format!("<< /Type /Pages /Kids [{}] /Count {} >>", kids.join(" "), pages.len()),
        "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H \
/DescendantFonts [4 0 R] /ToUnicode 5 0 R >>"
            .to_owned(),
        "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light \
/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor << /Type /FontDescriptor \
/FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 \
/CapHeight 880 /StemV 93 >> >>"
            .to_owned(),
    ];
    let mut cmap = String::from(
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Adobe-Identity-UCS def \
/CMapType 2 def 1 begincodespacerange <0000> <FFFF> endcodespacerange\n",
    );
    for block in chars.chunks(100) {
        cmap.push_str(&format!("{} beginbfchar\n", block.len()));
        for c in block {
            cmap.push_str(&format!("<{c:04X}> <{c:04X}>\n"));
        }
        cmap.push_str("endbfchar\n");
    }
    cmap.push_str("endcmap CMapName currentdict /CMap defineresource pop end end");
    objects.push(format!("<< /Length {} >>\nstream\n{cmap}\nendstream", cmap.len()));
    for (i, lines) in pages.iter().enumerate() {
        let content: String = lines
            .iter()
            .enumerate()
            .map(|(n, line)| {
                let hex: String = line.encode_utf16().map(|c| format!("{c:04X}")).collect();
                format!("BT /F1 11 Tf 56 {} Td <{hex}> Tj ET\n", 780 - 18 * n as i32)
            })
            .collect();
        objects.push(format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {} 0 R \
/Resources << /Font << /F1 3 0 R >> >> >>",
            7 + 2 * i
        ));
        objects.push(format!("<< /Length {} >>\nstream\n{content}endstream", content.len()));
    }
    pdf_of(&objects)
}

/// A PDF file of `objects` (object 1 the catalog), with the
/// cross-reference table's byte offsets right, as readers check them.
pub fn pdf_of(objects: &[String]) -> Vec<u8> {
    let mut out = String::from("%PDF-1.4\n");
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.push_str(&format!("{} 0 obj\n{body}\nendobj\n", i + 1));
    }
    let xref = out.len();
    out.push_str(&format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1));
    for offset in offsets {
        out.push_str(&format!("{offset:010} 00000 n \n"));
    }
    out.push_str(&format!(
        "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
        objects.len() + 1
    ));
    out.into_bytes()
}
