//! Reading whole files, with errors that name the file.

use std::path::Path;

use super::DatasetError;

/// A file's bytes, or an error naming the file and saying what was `expected` there.
///
/// # Errors
/// [`DatasetError::IsDirectory`], [`DatasetError::NoSuchFile`] or [`DatasetError::Unreadable`].
pub fn read_bytes(path: &Path, expected: &str) -> Result<Vec<u8>, DatasetError> {
    let file = path.display().to_string();
    if path.is_dir() {
        return Err(DatasetError::IsDirectory {
            file,
            expected: expected.to_string(),
        });
    }
    read_file(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => DatasetError::NoSuchFile { file },
        _ => DatasetError::Unreadable {
            file,
            message: e.to_string(),
        },
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
}
