//! Page text → job profiles. `parse_page` reads one page (browser copy or markdown);
//! `merge` folds profiles into a dataset and reports what changed.

pub mod cells;
mod merge;
mod narrative;
mod page;
pub mod rows;
pub mod text;

pub use merge::{Change, MergeReport, merge_dataset, merge_page, overlay};
pub use page::built_title;

use crate::model::{Dataset, Page};

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

/// Strips terminal controls from every string of a dataset read from a file, so data can
/// never drive the user's terminal, whatever wrote the file.
pub fn sanitize(dataset: &mut Dataset) {
    for job in &mut dataset.jobs {
        job.for_each_string_mut(|s| {
            if let std::borrow::Cow::Owned(clean) = text::strip_controls(s) {
                *s = clean;
            }
        });
    }
}
