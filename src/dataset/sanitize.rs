//! Keeping data from driving the terminal: every string read from a file loses its controls.

use std::borrow::Cow;

use crate::model::{Dataset, Profile};

/// Removes everything that could drive a terminal: C0 and C1 controls (ESC among them), DEL,
/// and the bidirectional overrides that can disguise text. Tabs become spaces.
pub fn strip_controls(s: &str) -> Cow<'_, str> {
    let bad = crate::text::is_terminal_control;
    // Plain printable ASCII, the common case, needs no closer look.
    // (Checked without stopping early, so the loop runs on whole vectors.)
    let printable_ascii = s
        .bytes()
        .fold(true, |ok, b| ok & (b.wrapping_sub(0x20) < 0x5f));
    if printable_ascii || !s.chars().any(bad) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .filter_map(|c| match c {
                '\t' => Some(' '),
                c if bad(c) => None,
                c => Some(c),
            })
            .collect(),
    )
}

/// Strips terminal controls from every string of a profile read from a file.
pub fn sanitize_profile(job: &mut Profile) {
    job.for_each_string_mut(|s| {
        if let Cow::Owned(clean) = strip_controls(s) {
            *s = clean;
        }
    });
}

/// Strips terminal controls from every string of a dataset read from a file, so data can
/// never drive the user's terminal, whatever wrote the file.
pub fn sanitize(dataset: &mut Dataset) {
    dataset.jobs.iter_mut().for_each(sanitize_profile);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_are_stripped() {
        assert_eq!(strip_controls("Meta\u{1b}[31m"), "Meta[31m");
        assert_eq!(strip_controls("a\u{9b}b\u{7f}c\u{202e}d"), "abcd");
        assert_eq!(strip_controls("a\tb"), "a b");
    }
}
