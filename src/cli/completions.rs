//! `careerscope completions SHELL`: a completion script for the shell.

use std::process::ExitCode;

use super::{finish, print_out};

/// The completion script of `command` (the whole command line's definition) for `shell`.
pub fn run(mut command: clap::Command, shell: clap_complete::Shell) -> ExitCode {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "careerscope", &mut script);
    finish(print_out(&String::from_utf8_lossy(&script)))
}
