//! Reading whole files, with errors that name the file: each file is opened once and read from
//! that one handle (a named pipe can be opened only once), at most a documented size, and
//! binary data stops the reading at once.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use super::DatasetError;

/// The largest page careerscope reads: a copied page is about 10 KB.
pub const PAGE_MAX: u64 = 10 << 20;
/// [`PAGE_MAX`] as messages and the README say it.
pub const PAGE_MAX_SHOWN: &str = "10 MiB";
/// The largest dataset file careerscope reads: a synthetic dataset of 1,000,000 complete
/// profiles is about 1.7 GB.
pub const DATASET_MAX: u64 = 2 << 30;
/// [`DATASET_MAX`] as messages and the README say it.
pub const DATASET_MAX_SHOWN: &str = "2 GiB";

/// How much is read at a time from a stream; also how much of a large file is looked at for
/// binary data before the rest is read.
const CHUNK: usize = 64 << 10;

/// What a file may hold: its size limit and what it is expected to be, for messages.
#[derive(Debug, Clone, Copy)]
pub struct Expect {
    pub what: &'static str,
    pub max: u64,
    pub max_shown: &'static str,
}

impl Expect {
    /// A page file (or standard input).
    pub const PAGE: Expect = Expect {
        what: "a page file",
        max: PAGE_MAX,
        max_shown: PAGE_MAX_SHOWN,
    };
    /// A dataset JSON file.
    pub const DATASET: Expect = Expect {
        what: "a dataset JSON file",
        max: DATASET_MAX,
        max_shown: DATASET_MAX_SHOWN,
    };
    /// The user's library: a dataset JSON file.
    pub const LIBRARY: Expect = Expect {
        what: "your library, a dataset JSON file",
        max: DATASET_MAX,
        max_shown: DATASET_MAX_SHOWN,
    };
}

/// Opens `path` (a symbolic link followed) for reading without ever waiting, and refuses
/// anything but a regular file: opening a named pipe waits for a writer, and reading a device
/// may never end. `Ok(None)` when there is no such file.
///
/// # Errors
/// [`DatasetError::IsDirectory`], [`DatasetError::NotRegular`] or
/// [`DatasetError::Unreadable`].
pub fn open_regular(
    path: &Path,
    expect: Expect,
) -> Result<Option<(File, std::fs::Metadata)>, DatasetError> {
    let file = path.display().to_string();
    let unreadable = |e: std::io::Error| DatasetError::Unreadable {
        file: file.clone(),
        message: e.to_string(),
    };
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // A named pipe opens at once instead of waiting for a writer; it is refused below.
        options.custom_flags(libc::O_NONBLOCK);
    }
    let handle = match options.open(path) {
        Ok(handle) => handle,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(unreadable(e)),
    };
    let meta = handle.metadata().map_err(unreadable)?;
    if meta.is_dir() {
        return Err(DatasetError::IsDirectory {
            file,
            expected: expect.what.to_string(),
        });
    }
    if !meta.is_file() {
        return Err(DatasetError::NotRegular {
            file,
            kind: kind_of(&meta.file_type()).to_string(),
            expected: expect.what.to_string(),
        });
    }
    Ok(Some((handle, meta)))
}

/// What a file that is neither a regular file nor a folder is, for messages.
fn kind_of(t: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "a named pipe";
        }
        if t.is_socket() {
            return "a socket";
        }
        if t.is_char_device() || t.is_block_device() {
            return "a device";
        }
    }
    let _ = t;
    "not a file"
}

/// A file's bytes, or an error naming the file and saying what was expected there. Reading
/// stops after the first part that holds a NUL byte, so binary data is never read whole: the
/// bytes returned then end with that part, and the caller's own check for text explains it.
/// UTF-16 text (which is full of NUL bytes) is read whole.
///
/// # Errors
/// [`DatasetError::IsDirectory`], [`DatasetError::NoSuchFile`], [`DatasetError::TooLarge`] or
/// [`DatasetError::Unreadable`].
pub fn read_bytes(path: &Path, expect: Expect) -> Result<Vec<u8>, DatasetError> {
    let file = path.display().to_string();
    let io_error = |e: std::io::Error| match e.kind() {
        std::io::ErrorKind::NotFound => DatasetError::NoSuchFile { file: file.clone() },
        std::io::ErrorKind::IsADirectory => DatasetError::IsDirectory {
            file: file.clone(),
            expected: expect.what.to_string(),
        },
        _ => DatasetError::Unreadable {
            file: file.clone(),
            message: e.to_string(),
        },
    };
    let handle = File::open(path).map_err(io_error)?;
    let meta = handle.metadata().map_err(io_error)?;
    read_opened(handle, &meta, &file, expect)
}

/// The bytes of a file opened as `handle` (`meta` its metadata, `file` its name in errors), as
/// [`read_bytes`] reads them.
///
/// # Errors
/// As [`read_bytes`].
pub fn read_opened(
    handle: File,
    meta: &std::fs::Metadata,
    file: &str,
    expect: Expect,
) -> Result<Vec<u8>, DatasetError> {
    let file = file.to_string();
    let io_error = |e: std::io::Error| DatasetError::Unreadable {
        file: file.clone(),
        message: e.to_string(),
    };
    if meta.is_dir() {
        return Err(DatasetError::IsDirectory {
            file,
            expected: expect.what.to_string(),
        });
    }
    if meta.is_file() && meta.len() > expect.max {
        return Err(too_large(&file, expect));
    }
    // A regular file is read up to the size it has now (one that grows meanwhile is read as it
    // was); anything else, or a file that says it is empty (as /proc files do), as a stream.
    let read = if meta.is_file() && meta.len() > 0 {
        read_file(handle, meta.len())
    } else {
        read_stream(handle, expect.max)
    };
    match read.map_err(io_error)? {
        Some(bytes) => Ok(bytes),
        None => Err(too_large(&file, expect)),
    }
}

/// Standard input's bytes, read like a file named `shown`.
///
/// # Errors
/// [`DatasetError::TooLarge`] or [`DatasetError::Unreadable`].
pub fn read_stdin(shown: &str, expect: Expect) -> Result<Vec<u8>, DatasetError> {
    match read_stream(std::io::stdin().lock(), expect.max) {
        Ok(Some(bytes)) => Ok(bytes),
        Ok(None) => Err(too_large(shown, expect)),
        Err(e) => Err(DatasetError::Unreadable {
            file: shown.to_string(),
            message: e.to_string(),
        }),
    }
}

fn too_large(file: &str, expect: Expect) -> DatasetError {
    DatasetError::TooLarge {
        file: file.to_string(),
        limit: expect.max_shown.to_string(),
        expected: expect.what.to_string(),
    }
}

/// A stream (pipe, FIFO, device) read in parts up to `max` bytes: `None` when it holds more.
/// Stops after a part with a NUL byte.
fn read_stream(mut r: impl Read, max: u64) -> std::io::Result<Option<Vec<u8>>> {
    let mut bytes = Vec::new();
    let mut part = vec![0u8; CHUNK];
    loop {
        let n = match r.read(&mut part) {
            Ok(0) => return Ok(Some(bytes)),
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if (bytes.len() + n) as u64 > max {
            return Ok(None);
        }
        bytes.extend_from_slice(&part[..n]);
        // UTF-16 text is full of NUL bytes; the page reader decodes it.
        if part[..n].contains(&0) && crate::text::utf16_order(&bytes).is_none() {
            return Ok(Some(bytes));
        }
    }
}

/// Reads a whole regular file of `len` bytes from its handle. A large one is first looked at
/// for binary data, then read in parts on all cores: copying 170 MB into fresh memory costs
/// as much as parsing it, and the copies are independent.
#[cfg(unix)]
fn read_file(file: File, len: u64) -> std::io::Result<Option<Vec<u8>>> {
    use std::os::unix::fs::FileExt;
    const PART: usize = 16 << 20;
    let len = usize::try_from(len).unwrap_or(usize::MAX);
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
    if len < 2 * PART || threads == 1 {
        return read_stream(file.take(len as u64), u64::MAX);
    }
    let mut head = vec![0u8; CHUNK];
    file.read_exact_at(&mut head, 0)?;
    if head.contains(&0) {
        return Ok(Some(head));
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
    Ok(Some(bytes))
}

#[cfg(not(unix))]
fn read_file(file: File, len: u64) -> std::io::Result<Option<Vec<u8>>> {
    read_stream(file.take(len), u64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn large_files_read_in_parts_read_whole() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("big");
        // Not a multiple of any part size, so the last part is short. No NUL byte: that would
        // stop the reading (see the test below).
        let data: Vec<u8> = (0..(33u32 << 20) + 12_345)
            .map(|i| (i % 251) as u8 + 1)
            .collect();
        std::fs::write(&path, &data).unwrap_or_else(|e| panic!("{e}"));
        let file = File::open(&path).unwrap_or_else(|e| panic!("{e}"));
        let len = data.len() as u64;
        assert!(read_file(file, len).is_ok_and(|b| b == Some(data)));
    }

    #[test]
    fn binary_data_stops_the_reading_after_its_part() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("big");
        let mut data = vec![b'a'; 40 << 20];
        data[10] = 0;
        std::fs::write(&path, &data).unwrap_or_else(|e| panic!("{e}"));
        let file = File::open(&path).unwrap_or_else(|e| panic!("{e}"));
        let read = read_file(file, data.len() as u64).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(read.map(|b| b.len()), Some(CHUNK));
        let small = read_stream(&data[..1 << 20], u64::MAX).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(small.map(|b| b.len()), Some(CHUNK));
        assert_eq!(read_stream(&data[20..1000], 100).ok(), Some(None));
    }
}
