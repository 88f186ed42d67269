//! Page text → job profiles: `parse_page` reads one page (browser copy or markdown). Folding
//! pages into a dataset is [`crate::dataset`]'s work.

pub mod cells;
mod narrative;
mod page;
pub mod rows;
pub mod text;

pub use page::built_title;

use crate::model::Page;

/// Why a file could not be read as a page. Carries the line where there is one.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PageError {
    #[error(transparent)]
    NotText(#[from] text::NotText),
    #[error("line {line}: {message}")]
    NotAPage { line: usize, message: String },
}

/// Reads one comparison page from raw bytes.
pub fn parse_page(bytes: &[u8]) -> Result<Page, PageError> {
    let page = text::decode(bytes)?;
    let (lines, complete) = text::lines(page);
    page::parse_lines(&lines, complete).map_err(|e| PageError::NotAPage {
        line: e.line,
        message: e.message,
    })
}
