//! The commands of the `careerscope` command line, one module each: every command is a function
//! from its parsed arguments to an exit status (0 success, 1 a user error said in one line on
//! standard error). `main.rs` parses the arguments and calls them; what they share is here.

pub mod areas;
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
pub mod similar;
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

/// Writes `s` to standard output. A failed write is an error ("cannot write to standard
/// output: …", exit status 1); a closed pipe (`careerscope list | head -1`) ends the process
/// silently, as [`closed_pipe`] says.
pub fn print_out(s: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(s.as_bytes()).and_then(|_| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => closed_pipe(),
        other => other.context("cannot write to standard output"),
    }
}

/// Standard output failed for clap's own output (help, version): said as [`print_out`] says
/// it, exit status 1; a closed pipe ends the process as [`closed_pipe`] says.
pub fn stdout_failed(e: &std::io::Error) -> ExitCode {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        closed_pipe();
    }
    finish(Err(anyhow::anyhow!("cannot write to standard output: {e}")))
}

/// The reader of standard output has gone (`| head -1` has its line): nothing is said, and the
/// process ends as coreutils' commands do, killed by SIGPIPE (the shell shows status 141, and
/// `set -o pipefail` sees the pipeline cut short). Rust ignores SIGPIPE, so a write fails
/// instead of killing the process; the default action is taken here, once the failure is
/// known. Only where that cannot be done does the process exit with 141 itself.
pub fn closed_pipe() -> ! {
    #[cfg(unix)]
    {
        let _ = signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGPIPE);
    }
    std::process::exit(128 + 13)
}

/// Writes a line to standard error; a failure there cannot be said anywhere, so it is ignored
/// (`eprintln!` would panic).
pub fn say(line: &str) {
    let _ = writeln!(std::io::stderr(), "{line}");
}

/// The dataset as names now and profiles on demand: `--data FILE`, or the built-in dataset
/// with the user's library.
pub fn load_catalog(data: Option<&Path>) -> Result<Catalog> {
    match data {
        Some(path) => Ok(Catalog::open(path)?),
        None => user_library::default_catalog(),
    }
}
