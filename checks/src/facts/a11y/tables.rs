//! Tables the way axe-core reads them (`lib/commons/table/`): the rows a
//! `<table>` owns (`table.rows`), its cells (`getAllCells`), the grid
//! `toGrid` builds from `rowspan`/`colspan`, each cell's position, a
//! header's scope (`getScope`), which headers a cell has (`getHeaders`) and
//! whether the table holds data or only lays out the page (`isDataTable`).
//!
//! Read from static HTML. `isDataTable` asks the browser about borders,
//! row backgrounds and the table's width; those are read here from the
//! attributes and inline styles that give them (`border`, `bgcolor`,
//! `width`, `style`), and what a stylesheet sets is not seen. Where that
//! leaves the question open the heuristic goes on to its next step, as axe
//! does for a table without those properties, so a county portal's
//! `<table border="0">` page frame stays a layout table.
//!
//! axe memoises each cell's row and column headers on the cell while it
//! walks the grid (`traverseForHeaders`), which can make a later cell
//! reuse an earlier cell's list; the headers here are computed for each
//! cell alone, which is what that cache stands for in regular tables.

use scraper::ElementRef;

use super::dom::Dom;
use super::focus::is_focusable;
use super::inline_style::declarations;
use super::js::{js_trim, parse_int, sanitize, token_list};
use super::roles::{RoleOpts, explicit_role};
use super::standards;
use crate::facts::html::attr::Attr;

/// The most grid slots a table may span. `rowspan` goes up to 65,534 and
/// `colspan` to 1,000 in a browser, so a hostile page could ask for
/// millions of slots with one cell; a larger table is not read.
pub const MAX_GRID_SLOTS: usize = 100_000;

/// One cell of a table's rows (`td` or `th`).
#[derive(Clone, Debug)]
pub struct Cell<'a> {
    pub el: ElementRef<'a>,
    /// Where the cell starts: column and row (axe's `getCellPosition`).
    pub x: usize,
    pub y: usize,
    /// Every grid slot the cell covers, as `(x, y)`.
    pub slots: Vec<(usize, usize)>,
    /// The last column and row axe counts the cell as spanning when it
    /// looks for its headers (`x + colSpan - 1`, `y + rowspan - 1`).
    last_x: usize,
    last_y: usize,
    pub scope: Scope,
}

/// A header's scope, axe's `getScope`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Col,
    Row,
    ColGroup,
    RowGroup,
    Auto,
    /// A `td` without a header role or scope (axe's `false`).
    NotHeader,
}

/// A `<table>` read into axe's grid.
pub struct Table<'a> {
    pub el: ElementRef<'a>,
    /// `table.rows`, in the DOM's order: `<thead>` rows, then the rows of
    /// the table and its `<tbody>`s, then `<tfoot>` rows.
    pub rows: Vec<ElementRef<'a>>,
    /// `getAllCells`: every row's cells, row by row.
    pub cells: Vec<Cell<'a>>,
    /// `grid[y][x]`: the index in `cells` of the cell covering the slot,
    /// `None` where no cell does (a hole of axe's sparse arrays).
    grid: Vec<Vec<Option<usize>>>,
}

fn children<'a>(el: ElementRef<'a>) -> impl Iterator<Item = ElementRef<'a>> {
    el.children().filter_map(ElementRef::wrap)
}

fn named(el: ElementRef<'_>, tag: &str) -> bool {
    el.value().name() == tag
}

/// `table.rows`.
pub fn table_rows<'a>(table: ElementRef<'a>) -> Vec<ElementRef<'a>> {
    let rows_of = |section: &str| -> Vec<ElementRef<'a>> {
        children(table)
            .filter(|c| named(*c, section))
            .flat_map(|s| children(s).filter(|r| named(*r, "tr")).collect::<Vec<_>>())
            .collect()
    };
    let mut rows = rows_of("thead");
    for c in children(table) {
        if named(c, "tr") {
            rows.push(c);
        } else if named(c, "tbody") {
            rows.extend(children(c).filter(|r| named(*r, "tr")));
        }
    }
    rows.extend(rows_of("tfoot"));
    rows
}

/// `row.cells`.
pub fn row_cells<'a>(row: ElementRef<'a>) -> impl Iterator<Item = ElementRef<'a>> {
    children(row).filter(|c| matches!(c.value().name(), "td" | "th"))
}

/// HTML's "rules for parsing non-negative integers" (leading white space,
/// digits, anything after them ignored).
fn non_negative(value: &str) -> Option<u64> {
    let v = value.trim_start_matches([' ', '\t', '\n', '\x0c', '\r']);
    let v = v.strip_prefix('+').unwrap_or(v);
    let digits: String = v.chars().take_while(char::is_ascii_digit).take(12).collect();
    digits.parse().ok()
}

/// `cell.colSpan`: 1 to 1,000, 1 when absent, zero or unreadable.
fn col_span(cell: ElementRef<'_>) -> usize {
    match cell.value().attr_of("colspan").and_then(non_negative) {
        Some(n) if n >= 1 => n.min(1000) as usize,
        _ => 1,
    }
}

/// The rows a cell spans as axe counts them: `rowspan="0"` (as JavaScript's
/// `parseInt` reads it) spans every row of the table; else `rowSpan`, at
/// most 65,534, 1 when absent or unreadable.
fn row_span(cell: ElementRef<'_>, row_count: usize) -> usize {
    let attr = cell.value().attr_of("rowspan");
    if attr.and_then(parse_int) == Some(0) {
        return row_count;
    }
    match attr.and_then(non_negative) {
        Some(0) => 0,
        Some(n) => n.min(65_534) as usize,
        None => 1,
    }
}

impl<'a> Table<'a> {
    /// The table's grid, or `None` when it would cover more than
    /// [`MAX_GRID_SLOTS`].
    pub fn new(el: ElementRef<'a>) -> Option<Self> {
        let rows = table_rows(el);
        let row_count = rows.len();
        let mut cells: Vec<Cell<'a>> = Vec::new();
        let mut grid: Vec<Vec<Option<usize>>> = Vec::new();
        let mut slots_used = 0usize;
        // axe's `toGrid`, step for step: a later cell skips the slots an
        // earlier row's rowspan took, in the row where it lands.
        for (y, row) in rows.iter().enumerate() {
            if grid.len() <= y {
                grid.resize_with(y + 1, Vec::new);
            }
            let mut column = 0usize;
            for cell in row_cells(*row) {
                let index = cells.len();
                let spans_down = row_span(cell, row_count);
                let spans_across = col_span(cell);
                let mut placed = Cell {
                    el: cell,
                    x: 0,
                    y,
                    slots: Vec::new(),
                    last_x: 0,
                    last_y: (y + spans_down).saturating_sub(1).max(y),
                    scope: Scope::NotHeader,
                };
                for _ in 0..spans_across {
                    for down in 0..spans_down {
                        slots_used += 1;
                        if slots_used > MAX_GRID_SLOTS {
                            return None;
                        }
                        let at = y + down;
                        if grid.len() <= at {
                            grid.resize_with(at + 1, Vec::new);
                        }
                        let line = &mut grid[at];
                        while line.get(column).is_some_and(Option::is_some) {
                            column += 1;
                        }
                        if line.len() <= column {
                            line.resize(column + 1, None);
                        }
                        line[column] = Some(index);
                        if placed.slots.is_empty() {
                            placed.x = column;
                        }
                        placed.slots.push((column, at));
                    }
                    column += 1;
                }
                // A cell with rowspan 0 in a browser still starts a column.
                if placed.slots.is_empty() {
                    placed.x = column;
                }
                placed.last_x = placed.x + spans_across - 1;
                cells.push(placed);
            }
        }
        let mut table = Table { el, rows, cells, grid };
        let scopes: Vec<Scope> = (0..table.cells.len()).map(|i| table.compute_scope(i)).collect();
        for (cell, scope) in table.cells.iter_mut().zip(scopes) {
            cell.scope = scope;
        }
        Some(table)
    }

    /// The cell covering slot `(x, y)`.
    pub fn at(&self, x: usize, y: usize) -> Option<usize> {
        self.grid.get(y).and_then(|line| line.get(x)).copied().flatten()
    }

    #[cfg(test)]
    fn grid_rows(&self) -> usize {
        self.grid.len()
    }

    /// axe's `getScope` for the cell at `index`.
    fn compute_scope(&self, index: usize) -> Scope {
        let el = self.cells[index].el;
        match explicit_role(el, RoleOpts::default()) {
            Some("columnheader") => return Scope::Col,
            Some("rowheader") => return Scope::Row,
            _ => {}
        }
        match el.value().attr_of("scope") {
            Some("col") => return Scope::Col,
            Some("row") => return Scope::Row,
            Some("colgroup") => return Scope::ColGroup,
            Some("rowgroup") => return Scope::RowGroup,
            _ => {}
        }
        if !named(el, "th") {
            return Scope::NotHeader;
        }
        let is_th = |i: &Option<usize>| i.is_some_and(|i| named(self.cells[i].el, "th"));
        let (x, y) = (self.cells[index].x, self.cells[index].y);
        // `every` skips the holes of a row, not of the column's rows.
        let header_row = self.grid.get(y).is_some_and(|line| line.iter().filter(|s| s.is_some()).all(is_th));
        if header_row {
            return Scope::Col;
        }
        let header_col = self.grid.iter().all(|line| is_th(&line.get(x).copied().flatten()));
        if header_col { Scope::Row } else { Scope::Auto }
    }

    /// `isColumnHeader`.
    pub fn is_column_header(&self, index: usize) -> bool {
        matches!(self.cells[index].scope, Scope::Col | Scope::ColGroup | Scope::Auto)
    }

    /// `isRowHeader`.
    pub fn is_row_header(&self, index: usize) -> bool {
        matches!(self.cells[index].scope, Scope::Row | Scope::RowGroup | Scope::Auto)
    }

    /// Whether `header` is among axe's `getHeaders(cell)`: the elements its
    /// `headers` attribute names when one exists, else the row headers to
    /// its left and the column headers above it, over the rows and columns
    /// it spans.
    pub fn has_header(&self, dom: &Dom<'a>, cell: usize, header: usize) -> bool {
        let cell_el = self.cells[cell].el;
        if let Some(ids) = cell_el.value().attr_of("headers").filter(|v| !v.is_empty()) {
            let named: Vec<_> = token_list(ids).iter().filter_map(|id| dom.by_id(id).next()).collect();
            if !named.is_empty() {
                return named.iter().any(|h| h.id() == self.cells[header].el.id());
            }
        }
        let c = &self.cells[cell];
        let (last_x, last_y) = (c.last_x, c.last_y);
        let h = &self.cells[header];
        let as_row = self.is_row_header(header)
            && h.slots.iter().any(|&(x, y)| y >= c.y && y <= last_y && x <= last_x);
        let as_col = self.is_column_header(header)
            && h.slots.iter().any(|&(x, y)| x >= c.x && x <= last_x && y <= last_y);
        as_row || as_col
    }

    /// axe's `traverse(dir, pos)`: the cells from the slot after `(x, y)`
    /// in direction `(dx, dy)` up to the first empty slot.
    pub fn walk(&self, x: usize, y: usize, right: bool) -> Vec<usize> {
        let mut out = Vec::new();
        let (mut x, mut y) = (x, y);
        loop {
            if right {
                x += 1;
            } else {
                y += 1;
            }
            match self.at(x, y) {
                Some(i) => out.push(i),
                None => return out,
            }
        }
    }
}

/// axe's `isDataTable`: whether a screen reader should read the table as
/// data rather than as page layout. See the module's docs for what static
/// HTML cannot see.
pub fn is_data_table(dom: &Dom<'_>, table: ElementRef<'_>) -> bool {
    let v = table.value();
    let role = explicit_role(table, RoleOpts::default());
    if matches!(role, Some("presentation" | "none")) && !is_focusable(dom, table) {
        return false;
    }
    let editable = std::iter::once(table)
        .chain(table.ancestors().filter_map(ElementRef::wrap))
        .any(|e| e.value().attr_of("contenteditable") == Some("true"));
    if editable {
        return true;
    }
    if matches!(role, Some("grid" | "treegrid" | "table")) {
        return true;
    }
    if role.and_then(standards::role_type) == Some("landmark") {
        return true;
    }
    if v.attr_of("datatable") == Some("0") {
        return false;
    }
    if v.attr_of("summary").is_some_and(|s| !s.is_empty()) {
        return true;
    }
    if children(table).any(|c| matches!(c.value().name(), "thead" | "tfoot" | "caption" | "colgroup")) {
        return true;
    }
    let rows = table_rows(table);
    let border = table_draws_cell_borders(table);
    let mut cells = 0usize;
    let mut has_border = false;
    for row in &rows {
        for cell in row_cells(*row) {
            let c = cell.value();
            if named(cell, "th") {
                return true;
            }
            has_border = has_border || border || inline_border(c.attr_of("style"));
            let non_empty = |a: &str| c.attr_of(a).is_some_and(|s| !s.is_empty());
            if non_empty("scope") || non_empty("headers") || non_empty("abbr") {
                return true;
            }
            if matches!(explicit_role(cell, RoleOpts::default()), Some("columnheader" | "rowheader")) {
                return true;
            }
            let mut kids = children(cell);
            if let (Some(only), None) = (kids.next(), kids.next())
                && named(only, "abbr")
            {
                return true;
            }
            cells += 1;
        }
    }
    if table.descendants().filter_map(ElementRef::wrap).skip(1).any(|e| named(e, "table")) {
        return false;
    }
    if rows.len() < 2 {
        return false;
    }
    // `Math.ceil(rows / 2)`: the row after the middle one.
    let sample: Vec<_> =
        rows.get(rows.len().div_ceil(2)).map(|r| row_cells(*r).collect()).unwrap_or_default();
    if sample.len() == 1 && col_span(sample[0]) == 1 {
        return false;
    }
    if sample.len() >= 5 {
        return true;
    }
    if has_border {
        return true;
    }
    let backgrounds: Vec<(Option<String>, Option<String>)> =
        rows.iter().map(|r| row_background(*r)).collect();
    if backgrounds.windows(2).any(|w| w[0].0 != w[1].0 || w[0].1 != w[1].1) {
        return true;
    }
    if rows.len() >= 20 {
        return true;
    }
    if is_full_width(table) {
        return false;
    }
    if cells < 10 {
        return false;
    }
    let embeds = table
        .descendants()
        .filter_map(ElementRef::wrap)
        .any(|e| matches!(e.value().name(), "object" | "embed" | "iframe" | "applet"));
    !embeds
}

/// `<table border="1">`: the user-agent stylesheet gives its cells a 1px
/// border (Chromium: any `border` other than a number reading as 0; an
/// empty value reads as 1).
fn table_draws_cell_borders(table: ElementRef<'_>) -> bool {
    match table.value().attr_of("border") {
        None => false,
        Some(v) if js_trim(v).is_empty() => true,
        Some(v) => parse_int(v).is_none_or(|n| n != 0),
    }
}

/// An inline style that draws a border on the cell: a `border*` property
/// whose value is neither `none`, `hidden` nor a zero width.
fn inline_border(style: Option<&str>) -> bool {
    let Some(style) = style else { return false };
    declarations(style).any(|(prop, value)| {
        let value = value.trim_end_matches("!important").trim().to_ascii_lowercase();
        let draws = !value.is_empty()
            && !value.split_whitespace().any(|w| matches!(w, "none" | "hidden" | "0" | "0px"));
        matches!(
            prop.as_str(),
            "border" | "border-top" | "border-bottom" | "border-left" | "border-right" | "border-width"
        ) && draws
    })
}

/// A row's own background colour and image, as far as its attributes and
/// inline style say (`None` stands for the browser's `transparent` /
/// `none`, or a value only a stylesheet sets).
fn row_background(row: ElementRef<'_>) -> (Option<String>, Option<String>) {
    let v = row.value();
    let mut color = v.attr_of("bgcolor").map(|c| sanitize(c).to_ascii_lowercase());
    let mut image = v.attr_of("background").map(|c| sanitize(c).to_ascii_lowercase());
    for (prop, value) in declarations(v.attr_of("style").unwrap_or_default()) {
        let value = value.trim_end_matches("!important").trim().to_ascii_lowercase();
        match prop.as_str() {
            "background-color" => color = Some(value),
            "background-image" => image = Some(value),
            "background" => {
                if value.contains("url(") {
                    image = Some(value);
                } else {
                    color = Some(value);
                }
            }
            _ => {}
        }
    }
    (color, image)
}

/// The table is wider than 95% of axe's viewport: `width="100%"`, a
/// percentage of at least 96 (the body's 8px margins leave 98.75% of a
/// 1280px window), or at least 1,216 pixels (95% of 1280, the viewport
/// `bench/axe` runs axe in), from the attribute or the inline style.
fn is_full_width(table: ElementRef<'_>) -> bool {
    let v = table.value();
    let mut width = v.attr_of("width").map(str::to_owned);
    for (prop, value) in declarations(v.attr_of("style").unwrap_or_default()) {
        if prop == "width" {
            width = Some(value.trim_end_matches("!important").trim().to_ascii_lowercase());
        }
    }
    let Some(width) = width else { return false };
    let width = width.trim();
    let number: String = width.chars().take_while(|c| c.is_ascii_digit() || *c == '.').collect();
    let Ok(n) = number.parse::<f64>() else { return false };
    let unit = width[number.len()..].trim();
    match unit {
        "%" => n >= 96.0,
        "" | "px" => n >= 1216.0,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use scraper::Html;

    use super::*;

    fn with_table<R>(html: &str, f: impl FnOnce(&Dom<'_>, ElementRef<'_>) -> R) -> R {
        let doc = Html::parse_document(html);
        let dom = Dom::new(&doc);
        let table = dom.tagged("table").next().expect("a table").el;
        f(&dom, table)
    }

    #[test]
    fn spans_place_cells_as_axe_does() {
        let html = r#"<table><tr><th rowspan="2">A</th><th colspan="2">B</th></tr>
            <tr><td>1</td><td>2</td></tr><tr><td colspan="0">3</td><td rowspan="0">4</td></tr></table>"#;
        with_table(html, |_, el| {
            let t = Table::new(el).expect("small table");
            let names: Vec<String> = t
                .cells
                .iter()
                .map(|c| format!("{}@{},{}", sanitize(&c.el.text().collect::<String>()), c.x, c.y))
                .collect();
            assert_eq!(names, ["A@0,0", "B@1,0", "1@1,1", "2@2,1", "3@0,2", "4@1,2"]);
            // rowspan="0" spans as many grid rows as the table has rows.
            assert_eq!(t.grid_rows(), 5);
        });
    }

    #[test]
    fn scope_follows_the_grid() {
        let html = r#"<table><tr><th>年份</th><th>金额</th></tr><tr><th>2025</th><td>10</td></tr></table>"#;
        with_table(html, |_, el| {
            let t = Table::new(el).expect("small table");
            let scopes: Vec<Scope> = t.cells.iter().map(|c| c.scope).collect();
            assert_eq!(scopes, [Scope::Col, Scope::Col, Scope::Row, Scope::NotHeader]);
        });
    }

    #[test]
    fn headers_come_from_above_and_the_left() {
        let html = r#"<table><tr><th>项目</th><th>金额</th></tr><tr><th>办公</th><td>10</td></tr></table>"#;
        with_table(html, |dom, el| {
            let t = Table::new(el).expect("small table");
            assert!(t.has_header(dom, 3, 1) && t.has_header(dom, 3, 2));
            assert!(!t.has_header(dom, 2, 1));
        });
    }

    #[test]
    fn hostile_spans_are_not_read() {
        let html = r#"<table><tr><td rowspan="65534" colspan="1000">x</td></tr></table>"#;
        with_table(html, |_, el| assert!(Table::new(el).is_none()));
    }

    #[test]
    fn data_tables_are_told_from_layout_tables() {
        let five = "<td>a</td>".repeat(5);
        let two = "<td>a</td><td>b</td>";
        let cases = [
            // The page frame of a county portal: nested layout tables.
            (r#"<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td><table><tr><td>x</td></tr></table></td></tr></table>"#.to_owned(), false),
            ("<table><tr><th>姓名</th></tr><tr><td>a</td></tr></table>".to_owned(), true),
            ("<table><caption>公示</caption><tr><td>a</td></tr></table>".to_owned(), true),
            ("<table summary=\"名单\"><tr><td>a</td></tr></table>".to_owned(), true),
            ("<table role=\"presentation\"><tr><th>a</th></tr></table>".to_owned(), false),
            (format!("<table><tr>{two}</tr></table>"), false),
            (format!("<table><tr>{five}</tr><tr>{five}</tr></table>"), true),
            (format!("<table border=\"1\"><tr>{two}</tr><tr>{two}</tr></table>"), true),
            (format!("<table border=\"0\"><tr>{two}</tr><tr>{two}</tr></table>"), false),
            (format!("<table><tr bgcolor=\"#eee\">{two}</tr><tr>{two}</tr></table>"), true),
            (format!("<table width=\"100%\">{}</table>", format!("<tr>{two}</tr>").repeat(6)), false),
            (format!("<table width=\"600\">{}</table>", format!("<tr>{two}</tr>").repeat(6)), true),
            (format!("<table>{}</table>", format!("<tr>{two}</tr>").repeat(20)), true),
            ("<table><tr><td>x</td></tr><tr><td>y</td></tr></table>".to_owned(), false),
        ];
        for (html, want) in cases {
            with_table(&html, |dom, el| assert_eq!(is_data_table(dom, el), want, "{html}"));
        }
    }
}
