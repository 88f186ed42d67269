//! clap's own messages: usage errors (exit status 2), `--help` and `--version` (0). A usage
//! error quotes the arguments, which may hold terminal controls: it is said as clap says it
//! (with its colours on a terminal), but about the arguments with their controls written out.

use std::ffi::OsString;
use std::io::Write;
use std::process::ExitCode;

use careerscope::text::{escape_controls, escape_lines};

use super::stdout_failed;

/// The arguments with every terminal control written out ([`escape_controls`]), to be parsed
/// again for a usage error that can be shown.
pub fn escaped(args: &[OsString]) -> Vec<OsString> {
    args.iter()
        .map(|a| match a.to_str() {
            Some(s) => OsString::from(escape_controls(s).into_owned()),
            None => OsString::from(escape_controls(&a.to_string_lossy()).into_owned()),
        })
        .collect()
}

/// Says clap's `error` and returns its exit status. `shown` is the same error from the
/// [`escaped`] arguments, when parsing them failed the same way: it is printed by clap itself
/// (in colour on a terminal). Otherwise `error`'s plain text is printed, escaped a line at a
/// time. Help and version go to standard output, and a failed write there is an error.
pub fn report(error: &clap::Error, shown: Option<clap::Error>) -> ExitCode {
    let code = u8::try_from(error.exit_code()).unwrap_or(2);
    if !error.use_stderr() {
        // `--help`, `--version`: nothing of the arguments is in them.
        let written = error.print().and_then(|()| std::io::stdout().flush());
        return match written {
            Ok(()) => ExitCode::from(code),
            Err(e) => stdout_failed(&e),
        };
    }
    let printed = match shown {
        Some(shown) if shown.kind() == error.kind() => shown.print(),
        _ => {
            let text = error.render().to_string();
            std::io::stderr().write_all(escape_lines(&text).as_bytes())
        }
    };
    // Nothing more can be said when standard error fails: the status says it.
    drop(printed);
    ExitCode::from(code)
}
