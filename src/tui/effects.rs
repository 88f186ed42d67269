//! What the explorer does outside its state when asked: put text on the clipboard, write a
//! file. The loop runs an [`Effect`] and reports what happened on the status line.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crossterm::Command;
use crossterm::clipboard::CopyToClipboard;

use super::app::Effect;

/// Where the explorer runs, as far as what an effect says depends on it.
pub struct Surroundings<'a> {
    /// The folder an export writes into.
    pub folder: &'a Path,
    /// Inside tmux (`$TMUX` set), which passes OSC 52 on only with `set-clipboard on`.
    pub in_tmux: bool,
}

/// Does `effect` and says what happened, for the status line. A terminal never answers an
/// OSC 52 sequence, so a copy says it was sent, not that it arrived.
pub fn run(effect: Effect, out: &mut impl Write, at: &Surroundings) -> String {
    let folder = at.folder;
    match effect {
        Effect::Copy(text) => match copy(&text, out) {
            Ok(()) if at.in_tmux => format!(
                "Sent the comparison as Markdown ({} bytes) to the terminal's clipboard (OSC 52); tmux needs `set -g set-clipboard on`",
                text.len()
            ),
            Ok(()) => format!(
                "Sent the comparison as Markdown ({} bytes) to the terminal's clipboard (OSC 52)",
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
        let here = |in_tmux| Surroundings {
            folder: Path::new("."),
            in_tmux,
        };
        let said = run(Effect::Copy("# A vs B\n".into()), &mut out, &here(false));
        assert_eq!(out, osc52("# A vs B\n").into_bytes());
        assert!(said.contains("9 bytes"), "{said}");
        assert!(said.contains("Sent the comparison"), "{said}");
        assert!(!said.contains("tmux"), "{said}");
        let said = run(Effect::Copy("x".into()), &mut Vec::new(), &here(true));
        assert!(
            said.ends_with("tmux needs `set -g set-clipboard on`"),
            "{said}"
        );
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
            &Surroundings {
                folder: Path::new("/nonexistent/folder"),
                in_tmux: false,
            },
        );
        assert!(
            said.starts_with("Could not write the comparison in /nonexistent/folder"),
            "{said}"
        );
    }
}
