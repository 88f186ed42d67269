//! `careerscope areas`: every state and metro area there is pay for, one a line — what
//! `--area` takes.

use std::process::ExitCode;

use super::{finish, print_out};

/// `areas`: the states, DC and territories, then the metropolitan and nonmetropolitan areas.
pub fn run() -> ExitCode {
    let mut out = String::new();
    for area in careerscope::area::all() {
        out.push_str(area);
        out.push('\n');
    }
    finish(print_out(&out))
}
