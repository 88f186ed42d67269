//! Spreadsheets as plain rows of cells, with errors that name the file, sheet and row.

use std::path::{Path, PathBuf};

use calamine::{Data, Reader, Xlsx, open_workbook};

/// What went wrong with one source file, said so that the person running the builder knows
/// which file to fetch again or which column moved.
#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    #[error("{file}: cannot read it ({reason}); expected {expected}")]
    Unreadable {
        file: PathBuf,
        reason: String,
        expected: String,
    },
    #[error("{file}: {place}: expected {expected}, found {found}")]
    Unexpected {
        file: PathBuf,
        place: String,
        expected: String,
        found: String,
    },
}

/// One cell, reduced to what the sources use: text, a number, or nothing.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
}

impl Cell {
    /// The cell as text; numbers as Excel would show a whole number (`1825`, not `1825.0`).
    pub fn text(&self) -> Option<String> {
        match self {
            Cell::Empty => None,
            Cell::Text(t) => {
                let t = t.trim();
                (!t.is_empty()).then(|| t.to_string())
            }
            Cell::Number(n) if n.fract() == 0.0 => Some(format!("{}", *n as i64)),
            Cell::Number(n) => Some(n.to_string()),
        }
    }

    /// The cell as a published figure. The BLS and Census tables mark a value they do not
    /// publish with a dash (`-`, `–`, `—`) or leave it blank; those are `None`, never 0.
    pub fn number(&self) -> Option<f64> {
        match self {
            Cell::Number(n) if n.is_finite() => Some(*n),
            Cell::Text(t) => t.trim().replace(',', "").parse::<f64>().ok(),
            _ => None,
        }
    }
}

/// A sheet read whole, rows numbered as the spreadsheet numbers them (from 1).
pub struct Sheet {
    pub file: PathBuf,
    pub name: String,
    first_row: u32,
    first_col: u32,
    rows: Vec<Vec<Cell>>,
}

impl Sheet {
    /// Reads sheet `name` of `file` (or the first sheet when `name` is `None`).
    ///
    /// # Errors
    /// The file is missing, is not an xlsx workbook, or has no such sheet.
    pub fn open(file: &Path, name: Option<&str>, expected: &str) -> Result<Sheet, SourceError> {
        let unreadable = |reason: String| SourceError::Unreadable {
            file: file.to_path_buf(),
            reason,
            expected: expected.to_string(),
        };
        let mut book: Xlsx<_> =
            open_workbook(file).map_err(|e: calamine::XlsxError| unreadable(e.to_string()))?;
        let sheet_name = match name {
            Some(n) => n.to_string(),
            None => book
                .sheet_names()
                .first()
                .cloned()
                .ok_or_else(|| unreadable("the workbook has no sheets".into()))?,
        };
        let range = book
            .worksheet_range(&sheet_name)
            .map_err(|e| unreadable(format!("sheet {sheet_name:?}: {e}")))?;
        let (first_row, first_col) = range.start().unwrap_or((0, 0));
        let rows = range.rows().map(|r| r.iter().map(cell).collect()).collect();
        Ok(Sheet {
            file: file.to_path_buf(),
            name: sheet_name,
            first_row,
            first_col,
            rows,
        })
    }

    /// The rows with their spreadsheet row numbers.
    pub fn rows(&self) -> impl Iterator<Item = (u32, Row<'_>)> {
        self.rows.iter().enumerate().map(|(i, cells)| {
            (
                self.first_row + i as u32 + 1,
                Row {
                    cells,
                    first_col: self.first_col,
                },
            )
        })
    }

    /// Finds the header row (the first row holding every one of `names`) and returns the
    /// column of each name, in order, plus the row number the data starts after.
    ///
    /// # Errors
    /// No row holds all the names: the file is not the table the builder expects.
    pub fn header(&self, names: &[&str]) -> Result<(u32, Vec<usize>), SourceError> {
        for (number, row) in self.rows() {
            let cols: Option<Vec<usize>> = names
                .iter()
                .map(|want| {
                    (0..row.len()).find(|&c| {
                        row.text(c)
                            .is_some_and(|t| normalize_header(&t) == normalize_header(want))
                    })
                })
                .collect();
            if let Some(cols) = cols {
                return Ok((number, cols));
            }
        }
        Err(self.unexpected(
            "the header row",
            &format!("columns {}", names.join(", ")),
            "no row with all of them",
        ))
    }

    /// An error about a place in this sheet.
    pub fn unexpected(&self, place: &str, expected: &str, found: &str) -> SourceError {
        SourceError::Unexpected {
            file: self.file.clone(),
            place: format!("sheet {:?}, {place}", self.name),
            expected: expected.to_string(),
            found: found.to_string(),
        }
    }
}

/// Header cells differ in line breaks and spacing between releases; compare them folded.
fn normalize_header(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// One row of a sheet, indexed by absolute column (0 = column A).
#[derive(Clone, Copy)]
pub struct Row<'a> {
    cells: &'a [Cell],
    first_col: u32,
}

impl Row<'_> {
    pub fn len(&self) -> usize {
        self.cells.len() + self.first_col as usize
    }

    pub fn is_empty(&self) -> bool {
        self.cells.iter().all(|c| *c == Cell::Empty)
    }

    pub fn get(&self, col: usize) -> &Cell {
        col.checked_sub(self.first_col as usize)
            .and_then(|i| self.cells.get(i))
            .unwrap_or(&Cell::Empty)
    }

    pub fn text(&self, col: usize) -> Option<String> {
        self.get(col).text()
    }

    pub fn number(&self, col: usize) -> Option<f64> {
        self.get(col).number()
    }
}

fn cell(d: &Data) -> Cell {
    match d {
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Float(f) => Cell::Number(*f),
        Data::String(s) => Cell::Text(s.clone()),
        Data::Bool(b) => Cell::Text(b.to_string()),
        Data::DateTimeIso(s) | Data::DurationIso(s) => Cell::Text(s.clone()),
        Data::DateTime(d) => Cell::Number(d.as_f64()),
        Data::Error(_) | Data::Empty => Cell::Empty,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dashes_and_blanks_are_not_figures() {
        for t in ["-", "–", "—", "", "  "] {
            assert_eq!(Cell::Text(t.into()).number(), None, "{t:?}");
        }
        assert_eq!(Cell::Empty.number(), None);
        assert_eq!(Cell::Text("1,687,890".into()).number(), Some(1_687_890.0));
        assert_eq!(Cell::Number(15.8).number(), Some(15.8));
    }

    #[test]
    fn whole_numbers_read_as_codes() {
        assert_eq!(Cell::Number(1825.0).text().as_deref(), Some("1825"));
        assert_eq!(Cell::Text(" 0010 ".into()).text().as_deref(), Some("0010"));
    }

    #[test]
    fn headers_fold_line_breaks() {
        assert_eq!(
            normalize_header("Black or\nAfrican\nAmerican"),
            "black or african american"
        );
    }
}
