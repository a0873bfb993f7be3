//! Files a user names (a leaders list, review marks, a calendar, a
//! baseline report) read with a size cap that holds whatever the file is:
//! a FIFO or a device reports no size, so the cap is on the bytes read,
//! not on what the file system says.

use std::io::Read;
use std::path::Path;

/// The file's bytes, or `None` when it holds more than `max`.
pub fn read_capped(path: &Path, max: u64) -> std::io::Result<Option<Vec<u8>>> {
    let mut bytes = Vec::new();
    std::fs::File::open(path)?.take(max + 1).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= max).then_some(bytes))
}

/// The file's text (UTF-8), or `None` when it holds more than `max`.
pub fn read_capped_text(path: &Path, max: u64) -> std::io::Result<Option<String>> {
    read_capped(path, max)?
        .map(|bytes| {
            String::from_utf8(bytes).map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))
        })
        .transpose()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cap_holds_on_the_bytes_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f.txt");
        std::fs::write(&path, "清溪").unwrap();
        assert_eq!(read_capped_text(&path, 6).unwrap().as_deref(), Some("清溪"));
        assert_eq!(read_capped_text(&path, 5).unwrap(), None);
        // A device that never ends, and that reports no size.
        assert_eq!(read_capped(Path::new("/dev/zero"), 1024).unwrap(), None);
    }
}
