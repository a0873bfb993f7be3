//! An element's inline `style` attribute read as declarations, for the
//! rules that decide from what the markup itself sets (a table's borders
//! and backgrounds, fixed text spacing). The cascade of stylesheets is not
//! read here.

/// The declarations of an inline style in order, property names
/// lower-cased, values trimmed (`!important` kept).
pub fn declarations(style: &str) -> impl Iterator<Item = (String, &str)> {
    style.split(';').filter_map(|decl| {
        let (prop, value) = decl.split_once(':')?;
        Some((prop.trim().to_ascii_lowercase(), value.trim()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_declarations() {
        let got: Vec<_> = declarations("Width: 100% ; border:1px solid;bad;color:red !important").collect();
        assert_eq!(
            got,
            [
                ("width".to_owned(), "100%"),
                ("border".to_owned(), "1px solid"),
                ("color".to_owned(), "red !important")
            ]
        );
    }
}
