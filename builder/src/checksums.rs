//! The sources' checksums, listed in `MANIFEST.md` beside them, checked before anything is read:
//! a file swapped for another release, truncated by a copy, or edited by hand would otherwise
//! give assets that differ for no visible reason.

use std::path::Path;

use sha2::{Digest, Sha256};

use crate::SourceError;

/// The manifest that lists the sources' checksums, relative to the sources folder.
pub const MANIFEST: &str = "MANIFEST.md";

/// The `(sha256, path)` pairs of a manifest: every line that reads as `sha256sum` writes one,
/// 64 hex digits, two spaces, a path. Anything else in the file is prose and ignored.
pub fn listed(manifest: &str) -> Vec<(String, String)> {
    manifest
        .lines()
        .filter_map(|line| {
            let (sum, path) = line.split_once("  ")?;
            let is_sum = sum.len() == 64 && sum.bytes().all(|b| b.is_ascii_hexdigit());
            (is_sum && !path.trim().is_empty())
                .then(|| (sum.to_ascii_lowercase(), path.trim().to_string()))
        })
        .collect()
}

/// The sha256 of a file, as lowercase hex.
///
/// # Errors
/// The file cannot be read.
pub fn sha256(path: &Path) -> std::io::Result<String> {
    let mut file = std::fs::File::open(path)?;
    let mut hasher = Sha256::new();
    std::io::copy(&mut file, &mut hasher)?;
    Ok(hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

/// Checks that each of `files` under `dir` is there and has the checksum the manifest lists.
///
/// # Errors
/// The manifest is missing or does not list a file, a file is missing, or its checksum differs;
/// the error names the file and says what was expected.
pub fn verify(dir: &Path, files: &[&str]) -> Result<(), SourceError> {
    let manifest_path = dir.join(MANIFEST);
    let manifest =
        std::fs::read_to_string(&manifest_path).map_err(|e| SourceError::Unreadable {
            file: manifest_path.clone(),
            reason: e.to_string(),
            expected: "the sources' manifest with their sha256 checksums (docs/DATA.md)".into(),
        })?;
    let sums = listed(&manifest);
    for file in files {
        let path = dir.join(file);
        let Some((want, _)) = sums.iter().find(|(_, listed)| listed == file) else {
            return Err(SourceError::Unexpected {
                file: manifest_path,
                place: "checksums".into(),
                expected: format!("a sha256 line for {file}"),
                found: "none".into(),
            });
        };
        let got = sha256(&path).map_err(|e| SourceError::Unreadable {
            file: path.clone(),
            reason: e.to_string(),
            expected: "one of the official source files listed in MANIFEST.md".into(),
        })?;
        if &got != want {
            return Err(SourceError::Unexpected {
                file: path,
                place: "sha256".into(),
                expected: format!(
                    "{want} as {MANIFEST} lists (a different release or a damaged copy; docs/DATA.md says how to refresh)"
                ),
                found: got,
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manifest_lists_the_sha256sum_lines_and_nothing_else() {
        let text = "# Title\n| a | b |\n```\n\
            05103e6770b8ffebd6f024ff52afc9aed7e586b4aa159396ddc483c6ec572a07  bls/occupation.xlsx\n\
            notahash  x\n```\n";
        assert_eq!(
            listed(text),
            vec![(
                "05103e6770b8ffebd6f024ff52afc9aed7e586b4aa159396ddc483c6ec572a07".to_string(),
                "bls/occupation.xlsx".to_string()
            )]
        );
    }

    #[test]
    fn a_changed_file_is_named_with_both_checksums() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.txt"), b"abc").unwrap();
        // sha256("abc"), as `printf abc | sha256sum` gives it.
        let abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        std::fs::write(dir.path().join(MANIFEST), format!("{abc}  a.txt\n")).unwrap();
        assert!(verify(dir.path(), &["a.txt"]).is_ok());
        std::fs::write(dir.path().join("a.txt"), b"abd").unwrap();
        let err = verify(dir.path(), &["a.txt"]).unwrap_err().to_string();
        assert!(err.contains("a.txt: sha256: expected ba7816bf"), "{err}");
        let err = verify(dir.path(), &["b.txt"]).unwrap_err().to_string();
        assert!(err.contains("expected a sha256 line for b.txt"), "{err}");
    }
}
