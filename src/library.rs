//! Where datasets live: the one compiled into the binary, the user's library, and `--data`
//! files. Reading reports broken files instead of resetting them; writing is atomic and locked.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, anyhow, bail};
use serde::Deserialize;

use crate::catalog::Catalog;
use crate::import::{self, MergeReport};
use crate::model::{Dataset, Page, SCHEMA};

/// The dataset built from `assets/pages/` by `careerscope import`, compiled in so the app runs
/// from anywhere with no set-up.
pub const EMBEDDED_JSON: &str = include_str!("../assets/careers.json");

pub fn embedded() -> Result<Dataset> {
    parse_dataset(EMBEDDED_JSON, Path::new("<built-in dataset>"))
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
pub fn read(path: &Path) -> Result<Dataset> {
    read_if_exists(path)?.ok_or_else(|| anyhow!("{}: no such file", path.display()))
}

fn read_if_exists(path: &Path) -> Result<Option<Dataset>> {
    if !path.exists() {
        return Ok(None);
    }
    let bytes = read_bytes(path, "a dataset JSON file")?;
    let text = std::str::from_utf8(&bytes).map_err(|_| {
        anyhow!(
            "{}: not UTF-8 text, expected a dataset JSON file",
            path.display()
        )
    })?;
    parse_dataset(text, path).map(Some)
}

/// A file's bytes, or an error naming the file and saying what was `expected` there.
pub fn read_bytes(path: &Path, expected: &str) -> Result<Vec<u8>> {
    if path.is_dir() {
        bail!("{}: is a directory, expected {expected}", path.display());
    }
    read_file(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => anyhow!("{}: no such file", path.display()),
        _ => anyhow!("{}: cannot read: {e}", path.display()),
    })
}

/// Reads a whole file. A large one is read in parts on all cores: copying 170 MB into fresh
/// memory costs as much as parsing it, and the copies are independent.
#[cfg(unix)]
fn read_file(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::os::unix::fs::FileExt;
    const PART: usize = 16 << 20;
    let file = std::fs::File::open(path)?;
    let len = usize::try_from(file.metadata()?.len()).unwrap_or(usize::MAX);
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
    if len < 2 * PART || threads == 1 {
        return std::fs::read(path);
    }
    let mut bytes = vec![0u8; len];
    let chunk = len.div_ceil(threads);
    std::thread::scope(|s| {
        let parts: Vec<_> = bytes
            .chunks_mut(chunk)
            .enumerate()
            .map(|(i, part)| {
                let file = &file;
                s.spawn(move || file.read_exact_at(part, (i * chunk) as u64))
            })
            .collect();
        parts.into_iter().try_for_each(|p| {
            p.join()
                .unwrap_or_else(|_| Err(std::io::ErrorKind::Other.into()))
        })
    })?;
    // The file may have grown while it was read; what was there at the start is a whole file.
    Ok(bytes)
}

#[cfg(not(unix))]
fn read_file(path: &Path) -> std::io::Result<Vec<u8>> {
    std::fs::read(path)
}

/// Just the schema number; every other field is skipped without being built.
#[derive(Deserialize)]
struct SchemaOnly {
    schema: Option<u32>,
}

pub(crate) fn parse_dataset(text: &str, path: &Path) -> Result<Dataset> {
    let json_error = |e: serde_json::Error| {
        anyhow!(
            "{}: line {}: expected a careerscope dataset (JSON with \"schema\": {SCHEMA}, \"jobs\", \"pages\"): {}",
            path.display(),
            e.line(),
            strip_position(&e)
        )
    };
    let unsupported = |schema: Option<u32>| match schema {
        Some(other) => anyhow!(
            "{}: dataset schema {other} is not supported (this careerscope reads schema {SCHEMA}); the file was left untouched",
            path.display()
        ),
        None => anyhow!(
            "{}: line 1: expected a careerscope dataset with \"schema\": {SCHEMA}, found JSON without a schema",
            path.display()
        ),
    };
    // One pass in the common case; only a file that fails is looked at again, to tell an
    // unknown schema (a newer careerscope wrote it) from broken JSON.
    match serde_json::from_str::<Dataset>(text) {
        Ok(mut dataset) if dataset.schema == SCHEMA => {
            import::sanitize(&mut dataset);
            Ok(dataset)
        }
        Ok(dataset) => Err(unsupported(Some(dataset.schema))),
        Err(e) => match serde_json::from_str::<SchemaOnly>(text) {
            Ok(probe) if probe.schema != Some(SCHEMA) => Err(unsupported(probe.schema)),
            _ => Err(json_error(e)),
        },
    }
}

fn strip_position(e: &serde_json::Error) -> String {
    let s = e.to_string();
    match s.rfind(" at line ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// Merges `pages` into the dataset file at `path` (created when missing) under an exclusive
/// lock, so imports running side by side never lose each other's jobs. The file is replaced
/// atomically; on any error it is left as it was.
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
        report.extend(import::merge_page(&mut dataset, page));
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
    fn large_files_read_in_parts_read_whole() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("big");
        // Not a multiple of any part size, so the last part is short.
        let data: Vec<u8> = (0..(33u32 << 20) + 12_345)
            .map(|i| (i % 251) as u8)
            .collect();
        std::fs::write(&path, &data).unwrap_or_else(|e| panic!("{e}"));
        assert!(read_file(&path).map(|b| b == data).unwrap_or(false));
    }

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
