//! PDF with `lopdf` (pure Rust, maintained, with limits on what a stream
//! may decompress to while loading and while reading a page): each page's
//! text is one part (`Page`, counted from 1), its lines kept. Text is what
//! the fonts' `ToUnicode` maps or standard encodings say; a scanned page
//! (an image) has none, and is not read (no OCR).

use checks::facts::attachment::{Cut, Location};
use lopdf::{Document, LoadOptions};

use super::Collector;

pub fn read(body: &[u8], out: &mut Collector) -> Result<(), Cut> {
    let limit = out.unpacked_budget();
    let doc = Document::load_mem_with_options(body, LoadOptions::with_max_decompressed_size(limit))
        .map_err(|_| Cut::Unreadable)?;
    if doc.is_encrypted() {
        return Err(Cut::Unreadable);
    }
    let mut bombed = false;
    for number in doc.get_pages().into_keys() {
        if out.out_of_time() {
            return Ok(());
        }
        match doc.extract_text_with_limit(&[number], limit) {
            Ok(text) => {
                if !out.push(Location::Page(number), text) {
                    return Ok(());
                }
            }
            Err(lopdf::Error::Decompress(_)) => bombed = true,
            // A page that cannot be read: the others still are.
            Err(_) => {}
        }
    }
    if bombed { Err(Cut::Unpacked) } else { Ok(()) }
}
