//! The commands of the `careerscope` command line, one module each: every command is a function
//! from its parsed arguments to an exit status (0 success, 1 a user error said in one line on
//! standard error). `main.rs` parses the arguments and calls them; what they share is here.

pub mod compare;
pub mod completions;
pub mod explore;
pub mod import;
pub mod library;
pub mod list;
pub mod parse;
pub mod resolve;
pub mod search;
pub mod show;
pub mod usage;

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::ValueEnum;

use careerscope::catalog::Catalog;
use careerscope::library as user_library;
use careerscope::text::escape_controls;

/// The output formats of `compare` and `show`.
#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    Text,
    Markdown,
    Json,
}

/// The exit status of a command's result: 0, or 1 with the error on one line of standard
/// error (nothing printed when nothing was found, as grep does).
pub fn finish(result: Result<()>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // Like grep and `fzf --filter`: nothing found is exit 1 with nothing printed.
        Err(e) if e.is::<NoMatch>() => ExitCode::from(1),
        Err(e) => {
            // One line: the chain of contexts, outermost first.
            // Every message may quote a file's text, a path or an argument: nothing in it may
            // reach the terminal raw.
            let msg = format!("{e:#}").replace('\n', " ");
            let _ = writeln!(std::io::stderr(), "careerscope: {}", escape_controls(&msg));
            ExitCode::from(1)
        }
    }
}

/// `search` found nothing: exit 1 and print nothing, as grep does.
#[derive(Debug)]
pub struct NoMatch;

impl std::fmt::Display for NoMatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("no match")
    }
}

impl std::error::Error for NoMatch {}

/// Writes to stdout; a closed pipe (`| head`) is not an error worth a message.
pub fn print_out(s: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(s.as_bytes()).and_then(|_| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.context("cannot write to standard output"),
    }
}

/// Standard output failed for clap's own output (help, version): said, exit status 1.
pub fn stdout_failed(e: &std::io::Error) -> ExitCode {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        return ExitCode::SUCCESS;
    }
    finish(Err(anyhow::anyhow!("cannot write to standard output: {e}")))
}

/// The dataset as names now and profiles on demand: `--data FILE`, or the built-in dataset
/// with the user's library.
pub fn load_catalog(data: Option<&Path>) -> Result<Catalog> {
    match data {
        Some(path) => Ok(Catalog::open(path)?),
        None => user_library::default_catalog(),
    }
}
