//! Accessibility rules: tables group (see `crate::a11y`).
//!
//! Header cells without text, `headers` attributes that point nowhere,
//! headers without data cells, invalid `scope`, and a caption repeated as
//! the summary, each as axe-core decides it. The grid, the scopes, the
//! headers of a cell and whether a table holds data or only lays out the
//! page (county portals build whole pages from nested `<table>`s) are read
//! once in [`crate::facts::a11y::tables`].
//!
//! For a comparison with axe: `th-has-data-cells` never fails in axe-core
//! 4.14 (its check returns "needs review" where a header has no data
//! cell), and `td-headers-attr` only asks for a review when the `headers`
//! attributes are merely empty; govaudit reports the first as a notice and
//! leaves the second out.

pub mod empty_table_header;
pub mod scope_attr_valid;
pub mod table_duplicate_name;
pub mod td_headers_attr;
pub mod th_has_data_cells;
