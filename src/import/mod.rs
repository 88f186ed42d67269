//! Page text → job profiles: `parse_page` reads one page (browser copy or markdown). Folding
//! pages into a dataset is [`crate::dataset`]'s work.

pub mod cells;
mod narrative;
mod page;
pub mod rows;
pub mod text;
pub mod warning;

pub use page::built_title;
pub use warning::{Warning, WarningKind};

use crate::model::Page;

/// Why a file could not be read as a page. Carries the line where there is one.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PageError {
    #[error(transparent)]
    NotText(#[from] text::NotText),
    #[error("line {line}: {message}")]
    NotAPage { line: usize, message: String },
}

/// Reads one comparison page from raw bytes; its `warnings` are the warnings' text.
///
/// # Errors
/// [`PageError`] when the bytes are not text, or the text is not a comparison page.
pub fn parse_page(bytes: &[u8]) -> Result<Page, PageError> {
    parse_page_with_warnings(bytes).map(|(page, _)| page)
}

/// Reads one comparison page from raw bytes, with its warnings typed.
///
/// # Errors
/// [`PageError`] when the bytes are not text, or the text is not a comparison page.
pub fn parse_page_with_warnings(bytes: &[u8]) -> Result<(Page, Vec<Warning>), PageError> {
    let page = text::decode(bytes)?;
    let (lines, complete) = text::lines(&page);
    page::parse_lines(&lines, complete).map_err(|e| PageError::NotAPage {
        line: e.line,
        message: e.message,
    })
}
