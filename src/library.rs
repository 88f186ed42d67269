//! Where datasets live: the one compiled into the binary, the user's library, and `--data`
//! files. Reading reports broken files instead of resetting them; writing is atomic and locked.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, anyhow};

use crate::catalog::Catalog;
use crate::dataset::{self, DatasetError, MergeReport};
use crate::model::{Dataset, Page};

/// The dataset built from `assets/pages/` by `careerscope import`, compiled in so the app runs
/// from anywhere with no set-up.
pub const EMBEDDED_JSON: &str = include_str!("../assets/careers.json");

/// The built-in dataset.
///
/// # Errors
/// Only if the compiled-in JSON is broken, which a test rules out.
pub fn embedded() -> Result<Dataset, DatasetError> {
    dataset::parse(EMBEDDED_JSON, "<built-in dataset>")
}

/// `$XDG_DATA_HOME/careerscope/library.json`, or `~/.local/share/careerscope/library.json`.
pub fn library_path() -> Option<PathBuf> {
    let xdg = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute());
    let base = xdg.or_else(|| {
        std::env::var_os("HOME")
            .filter(|h| !h.is_empty())
            .map(|h| PathBuf::from(h).join(".local/share"))
    })?;
    Some(base.join("careerscope").join("library.json"))
}

/// The default dataset: the built-in one with the user's library laid over it. The library is
/// read like a `--data` file (names now, profiles when needed), so a large one opens quickly.
///
/// # Errors
/// A [`DatasetError`] when the user's library cannot be read or is not a dataset.
pub fn default_catalog() -> Result<Catalog> {
    let builtin = embedded()?;
    match library_path() {
        Some(path) if path.exists() => Ok(Catalog::layered(
            builtin,
            Catalog::open(&path)?,
            &path.display().to_string(),
        )),
        _ => Ok(Catalog::from_dataset(builtin, "built-in dataset")),
    }
}

/// The dataset in `path`; an error names the file and line when it is not one.
///
/// # Errors
/// A [`DatasetError`] naming the file: missing, unreadable, not UTF-8, or not a dataset.
pub fn read(path: &Path) -> Result<Dataset, DatasetError> {
    dataset::read(path)
}

fn read_if_exists(path: &Path) -> Result<Option<Dataset>, DatasetError> {
    if !path.exists() {
        return Ok(None);
    }
    dataset::read(path).map(Some)
}

/// Merges `pages` into the dataset file at `path` (created when missing) under an exclusive
/// lock, so imports running side by side never lose each other's jobs. The file is replaced
/// atomically; on any error it is left as it was.
///
/// Returns what the merge did and how many jobs the file now holds.
///
/// # Errors
/// When the folder, the lock or the file cannot be created or written, or the file exists and
/// is not a dataset (it is then left untouched).
pub fn import_into(path: &Path, pages: &[Page]) -> Result<(MergeReport, usize)> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&dir).with_context(|| format!("{}: cannot create folder", dir.display()))?;
    let lock_path = lock_path_for(path);
    let lock = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .with_context(|| format!("{}: cannot open lock file", lock_path.display()))?;
    lock.lock()
        .with_context(|| format!("{}: cannot lock", lock_path.display()))?;

    let mut dataset = read_if_exists(path)?.unwrap_or_default();
    let mut report = MergeReport::default();
    for page in pages {
        report.extend(dataset::merge_page(&mut dataset, page));
    }
    write_atomic(path, &dir, &dataset)?;
    drop(lock);
    Ok((report, dataset.jobs.len()))
}

fn lock_path_for(path: &Path) -> PathBuf {
    let mut name = path
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(".lock");
    path.with_file_name(name)
}

fn write_atomic(path: &Path, dir: &Path, dataset: &Dataset) -> Result<()> {
    let mut json = serde_json::to_string_pretty(dataset)?;
    json.push('\n');
    let mut tmp = tempfile::NamedTempFile::new_in(dir)
        .with_context(|| format!("{}: cannot create a temporary file", dir.display()))?;
    tmp.write_all(json.as_bytes())
        .and_then(|_| tmp.as_file().sync_all())
        .with_context(|| format!("{}: cannot write", tmp.path().display()))?;
    tmp.persist(path)
        .map_err(|e| anyhow!("{}: cannot replace: {}", path.display(), e.error))?;
    if let Ok(d) = File::open(dir) {
        // Make the rename itself durable; not every platform allows syncing a folder.
        let _ = d.sync_all();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn library_laid_over_the_built_in_jobs() {
        let base: Dataset = serde_json::from_str(
            r#"{"schema": 1, "jobs": [
                {"name": "Baker", "overview": {"yearly_salary": 1, "average_age": 40}},
                {"name": "Cook"}
            ], "pages": [{"title": "Baker vs cook", "jobs": ["Baker", "Cook"]}]}"#,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let top = Catalog::from_text(
            r#"{"schema": 1, "jobs": [
                {"name": "Alpha"},
                {"name": "BAKER", "overview": {"yearly_salary": 2, "average_age": null}},
                {"name": "Zed"}
            ], "pages": [{"title": "alpha vs zed", "jobs": ["Alpha", "Zed"]}]}"#
                .to_string(),
            "library.json",
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let c = Catalog::layered(base, top, "library.json");
        assert_eq!(
            c.names().iter().collect::<Vec<_>>(),
            ["Alpha", "BAKER", "Cook", "Zed"]
        );
        let baker = c.profile(1).unwrap_or_else(|e| panic!("{e}"));
        let o = baker.overview.clone().unwrap_or_default();
        assert_eq!((o.yearly_salary, o.average_age), (Some(2), Some(40)));
        assert!(c.profile(2).is_ok() && c.profile(4).is_err());
        assert_eq!(c.pages().map(|p| p.len()).unwrap_or(0), 2);
        assert_eq!(c.first_pair(), Some((1, 2)));
    }
}
