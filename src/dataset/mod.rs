//! The dataset layer: the profile types ([`crate::model`]), reading a dataset's JSON, merging
//! pages and datasets into one, and keeping terminal controls out of the data. It knows
//! nothing of pages' text ([`crate::import`]), of lazy reading ([`crate::catalog`]) or of where
//! files live ([`crate::library`]).

mod file;
pub mod layout;
pub mod merge;
pub mod patch;
mod sanitize;

use std::path::Path;

use serde::Deserialize;

pub use file::{
    DATASET_MAX_SHOWN, Expect, PAGE_MAX_SHOWN, open_regular, read_bytes, read_opened, read_stdin,
};
pub use merge::{Change, MergeReport, merge_dataset, merge_page, overlay};
pub use sanitize::{sanitize, sanitize_profile};

use crate::model::{Dataset, SCHEMA};

/// Why a dataset (or a file meant to hold one) cannot be read. Every message names the file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DatasetError {
    #[error("{file}: no such file")]
    NoSuchFile { file: String },
    #[error("{file}: is a directory, expected {expected}")]
    IsDirectory { file: String, expected: String },
    #[error("{file}: not a regular file ({kind}), expected {expected}")]
    NotRegular {
        file: String,
        kind: String,
        expected: String,
    },
    #[error("{file}: cannot read: {message}")]
    Unreadable { file: String, message: String },
    #[error("{file}: too large: more than {limit}, the most careerscope reads as {expected}")]
    TooLarge {
        file: String,
        limit: String,
        expected: String,
    },
    #[error("{file}: line {line}: binary data (a NUL byte), expected a dataset JSON file")]
    Binary { file: String, line: usize },
    #[error("{file}: not UTF-8 text, expected a dataset JSON file")]
    NotUtf8 { file: String },
    #[error(
        "{file}: line {line}: expected a careerscope dataset (JSON with \"schema\": {SCHEMA}, \"jobs\", \"pages\"): {message}"
    )]
    NotJson {
        file: String,
        line: usize,
        message: String,
    },
    #[error(
        "{file}: dataset schema {schema} is not supported (this careerscope reads schema {SCHEMA}); the file was left untouched"
    )]
    UnsupportedSchema { file: String, schema: u32 },
    #[error(
        "{file}: line 1: expected a careerscope dataset with \"schema\": {SCHEMA}, found JSON without a schema"
    )]
    NoSchema { file: String },
    #[error("{file}: job {job}: a name of {chars} characters, expected at most {max}")]
    NameTooLong {
        file: String,
        job: usize,
        chars: String,
        max: String,
    },
    #[error("{file}: job {job} has no readable \"name\": {message}")]
    NoName {
        file: String,
        job: usize,
        message: String,
    },
    #[error("{file}: job \"{name}\" is not a valid profile: {message}")]
    BadProfile {
        file: String,
        name: String,
        message: String,
    },
    #[error("{file}: \"pages\" is not a list of pages: {message}")]
    BadPages { file: String, message: String },
    #[error("{file}: no job {job}")]
    NoJob { file: String, job: usize },
}

/// Just the schema number; every other field is skipped without being built.
#[derive(Deserialize)]
struct SchemaOnly {
    schema: Option<u32>,
}

/// The error for a file whose schema is not [`SCHEMA`] (`None`: it has none).
pub fn unsupported(file: &str, schema: Option<u32>) -> DatasetError {
    let file = file.to_string();
    match schema {
        Some(schema) => DatasetError::UnsupportedSchema { file, schema },
        None => DatasetError::NoSchema { file },
    }
}

/// Reads a whole dataset from its JSON text, its strings sanitized. `file` names it in errors.
///
/// # Errors
/// [`DatasetError::UnsupportedSchema`] or [`DatasetError::NoSchema`] when the file is not of
/// this careerscope's schema, [`DatasetError::NotJson`] (with the line) when it does not parse.
pub fn parse(text: &str, file: &str) -> Result<Dataset, DatasetError> {
    // One pass in the common case; only a file that fails is looked at again, to tell an
    // unknown schema (a newer careerscope wrote it) from broken JSON.
    match serde_json::from_str::<Dataset>(text) {
        Ok(mut dataset) if dataset.schema == SCHEMA => {
            for (i, job) in dataset.jobs.iter().enumerate() {
                check_name(&job.name, file, i)?;
            }
            sanitize(&mut dataset);
            Ok(dataset)
        }
        Ok(dataset) => Err(unsupported(file, Some(dataset.schema))),
        Err(e) => match serde_json::from_str::<SchemaOnly>(text) {
            Ok(probe) if probe.schema != Some(SCHEMA) => Err(unsupported(file, probe.schema)),
            _ => Err(DatasetError::NotJson {
                file: file.to_string(),
                line: e.line(),
                message: strip_position(&e),
            }),
        },
    }
}

/// Refuses job `index`'s name (counted from 0) when it is longer than
/// [`crate::text::NAME_LIMIT`]: a name that long is not one, and matching it would cost memory
/// in proportion.
///
/// # Errors
/// [`DatasetError::NameTooLong`], naming the file and the job (counted from 1).
pub fn check_name(name: &str, file: &str, index: usize) -> Result<(), DatasetError> {
    match crate::text::over(name, crate::text::NAME_LIMIT) {
        None => Ok(()),
        Some(chars) => Err(DatasetError::NameTooLong {
            file: file.to_string(),
            job: index + 1,
            chars: crate::format::thousands(chars as u64),
            max: crate::format::thousands(crate::text::NAME_LIMIT as u64),
        }),
    }
}

/// Reads the dataset file at `path`.
///
/// # Errors
/// A [`DatasetError`] naming the file: missing, unreadable, not UTF-8, or not a dataset.
pub fn read(path: &Path) -> Result<Dataset, DatasetError> {
    let bytes = read_bytes(path, Expect::DATASET)?;
    let file = path.display().to_string();
    let text = dataset_text(&bytes, &file)?;
    parse(text, &file)
}

/// A dataset file's bytes as text: no NUL byte (binary data), valid UTF-8.
///
/// # Errors
/// [`DatasetError::Binary`] or [`DatasetError::NotUtf8`], naming `file`.
pub fn dataset_text<'a>(bytes: &'a [u8], file: &str) -> Result<&'a str, DatasetError> {
    not_binary(bytes, file)?;
    std::str::from_utf8(bytes).map_err(|_| DatasetError::NotUtf8 {
        file: file.to_string(),
    })
}

/// Refuses bytes with a NUL byte, naming `file` and the line of the first one.
///
/// # Errors
/// [`DatasetError::Binary`].
pub fn not_binary(bytes: &[u8], file: &str) -> Result<(), DatasetError> {
    // `contains` on bytes is a memchr: fast on a large file with no NUL.
    if !bytes.contains(&0) {
        return Ok(());
    }
    let pos = bytes.iter().position(|&b| b == 0).unwrap_or(0);
    let line = bytes[..pos].iter().filter(|&&b| b == b'\n').count() + 1;
    Err(DatasetError::Binary {
        file: file.to_string(),
        line,
    })
}

/// serde_json's message without its ` at line L column C` (the error says the line itself).
fn strip_position(e: &serde_json::Error) -> String {
    let s = e.to_string();
    let s = match s.rfind(" at line ") {
        Some(i) => &s[..i],
        None => &s,
    };
    crate::text::escape_controls(s).into_owned()
}
