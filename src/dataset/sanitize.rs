//! Keeping data from driving the terminal: every string read from a dataset file is escaped as
//! it is read, with the one escaping function ([`crate::text::escape_controls`]).

use std::borrow::Cow;

use crate::model::{Dataset, Profile};
use crate::text::escape_controls;

/// Escapes the terminal controls of every string of a profile read from a file.
pub fn sanitize_profile(job: &mut Profile) {
    job.for_each_string_mut(|s| {
        if let Cow::Owned(clean) = escape_controls(s) {
            *s = clean;
        }
    });
}

/// Escapes the terminal controls of every string of a dataset read from a file, so data can
/// never drive the user's terminal, whatever wrote the file.
pub fn sanitize(dataset: &mut Dataset) {
    dataset.jobs.iter_mut().for_each(sanitize_profile);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_are_written_out() {
        let mut job = Profile {
            name: "Meta\u{1b}[31m".to_string(),
            description: Some("a\u{9b}b\u{7f}c\u{202e}d\u{2028}".to_string()),
            ..Profile::default()
        };
        sanitize_profile(&mut job);
        assert_eq!(job.name, "Meta\\u{1b}[31m");
        assert_eq!(
            job.description.as_deref(),
            Some("a\\u{9b}b\\u{7f}c\\u{202e}d\\u{2028}")
        );
    }
}
