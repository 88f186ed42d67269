//! What the explorer does outside its state when asked: put text on the clipboard, write a
//! file. The loop runs an [`Effect`] and reports what happened on the status line.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crossterm::Command;
use crossterm::clipboard::CopyToClipboard;

use super::app::Effect;

/// Does `effect` and says what happened, for the status line.
pub fn run(effect: Effect, out: &mut impl Write, folder: &Path) -> String {
    match effect {
        Effect::Copy(text) => match copy(&text, out) {
            Ok(()) => format!(
                "Copied the comparison as Markdown ({} bytes) to the clipboard by OSC 52",
                text.len()
            ),
            Err(e) => format!("Could not copy: {e}"),
        },
        Effect::Export { stem, text } => match export(folder, &stem, &text) {
            Ok(path) => format!("Wrote the comparison to {}", path.display()),
            Err(e) => format!(
                "Could not write the comparison in {}: {e}",
                folder.display()
            ),
        },
    }
}

/// The OSC 52 sequence that sets the clipboard to `text`: the terminal itself copies, so it
/// works over ssh, and inside tmux (with `set -g set-clipboard on`).
pub fn osc52(text: &str) -> String {
    let mut sequence = String::new();
    // Writing into a String cannot fail.
    let _ = CopyToClipboard::to_clipboard_from(text).write_ansi(&mut sequence);
    sequence
}

fn copy(text: &str, out: &mut impl Write) -> io::Result<()> {
    out.write_all(osc52(text).as_bytes())?;
    out.flush()
}

/// Writes `text` to `stem.md` in `folder`, or `stem-2.md`, `stem-3.md`… when that exists:
/// an export never overwrites a file.
pub fn export(folder: &Path, stem: &str, text: &str) -> io::Result<PathBuf> {
    for n in 1..1000 {
        let name = if n == 1 {
            format!("{stem}.md")
        } else {
            format!("{stem}-{n}.md")
        };
        let path = folder.join(name);
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(mut file) => {
                file.write_all(text.as_bytes())?;
                file.sync_all()?;
                return Ok(path);
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        format!("{stem}.md and 998 numbered copies already exist"),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn osc52_carries_the_text_in_base64() {
        assert_eq!(osc52("hi"), "\x1b]52;c;aGk=\x1b\\");
    }

    #[test]
    fn copy_writes_the_sequence_and_says_so() {
        let mut out = Vec::new();
        let said = run(Effect::Copy("# A vs B\n".into()), &mut out, Path::new("."));
        assert_eq!(out, osc52("# A vs B\n").into_bytes());
        assert!(said.contains("9 bytes"), "{said}");
    }

    #[test]
    fn export_never_overwrites() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        let first = export(dir.path(), "careerscope-a-vs-b", "one")?;
        let second = export(dir.path(), "careerscope-a-vs-b", "two")?;
        assert_eq!(first, dir.path().join("careerscope-a-vs-b.md"));
        assert_eq!(second, dir.path().join("careerscope-a-vs-b-2.md"));
        assert_eq!(std::fs::read_to_string(first)?, "one");
        assert_eq!(std::fs::read_to_string(second)?, "two");
        Ok(())
    }

    #[test]
    fn a_folder_that_cannot_be_written_is_said() {
        let said = run(
            Effect::Export {
                stem: "x".into(),
                text: "t".into(),
            },
            &mut Vec::new(),
            Path::new("/nonexistent/folder"),
        );
        assert!(
            said.starts_with("Could not write the comparison in /nonexistent/folder"),
            "{said}"
        );
    }
}
