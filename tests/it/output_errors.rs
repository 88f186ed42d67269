//! Standard output that fails: `/dev/full` is an error said in one line (exit status 1), a
//! closed pipe (`careerscope list | head -1`) ends the command silently, killed by SIGPIPE as
//! coreutils are (the shell shows status 141).

use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Command, Stdio};

const PAGE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/assets/pages/lead-technician-vs-technical-project-manager.txt"
);

/// Every command that prints on standard output, and clap's own output (help, version).
fn commands(data: &Path) -> Vec<Vec<String>> {
    let data = data.display().to_string();
    let s = |v: &[&str]| v.iter().map(|a| a.to_string()).collect::<Vec<_>>();
    vec![
        s(&["--help"]),
        s(&["--version"]),
        s(&["help"]),
        s(&["list", "--help"]),
        s(&["list"]),
        s(&["list", "--format", "json"]),
        s(&["search", "nurse"]),
        s(&["show", "registered nurses"]),
        s(&["compare", "registered nurses", "software developers"]),
        s(&[
            "compare",
            "registered nurses",
            "electricians",
            "--format",
            "json",
        ]),
        s(&["parse", PAGE]),
        s(&["--data", &data, "import", PAGE]),
        s(&["library", "path"]),
        s(&["completions", "bash"]),
    ]
}

fn careerscope(home: &Path, args: &[String]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_careerscope"));
    cmd.args(args)
        .env("XDG_DATA_HOME", home)
        .env("HOME", home)
        .stdin(Stdio::null())
        .stderr(Stdio::piped());
    cmd
}

#[test]
fn a_full_disk_is_an_error_for_every_command() {
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let data = home.path().join("d.json");
    for args in commands(&data) {
        let full = std::fs::File::create("/dev/full").unwrap_or_else(|e| panic!("{e}"));
        let out = careerscope(home.path(), &args)
            .stdout(full)
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert_eq!(
            err,
            "careerscope: cannot write to standard output: No space left on device (os error 28)\n",
            "{args:?}"
        );
    }
}

#[test]
fn a_closed_pipe_ends_every_command_silently_by_sigpipe() {
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let data = home.path().join("d.json");
    for args in commands(&data) {
        // The reading end is closed before the command starts: every write fails.
        let (reader, writer) = std::io::pipe().unwrap_or_else(|e| panic!("{e}"));
        drop(reader);
        let out = careerscope(home.path(), &args)
            .stdout(writer)
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            out.status.signal(),
            Some(13),
            "{args:?}: {:?} {err}",
            out.status
        );
        assert_eq!(err, "", "{args:?}");
    }
}
