//! Hostile input to the binary: endless or huge files, named pipes, control codes in what is
//! echoed, and the user's files (mode, symlinks, temporary files, locks) kept as they were.

use assert_cmd::Command;
use std::path::Path;
use std::time::Duration;

const PAGE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/assets/pages/lead-technician-vs-technical-project-manager.txt"
);

/// The binary with a private, empty data folder, so tests never touch a real library. A test
/// that would hang fails after a minute instead.
fn careerscope(data_home: &Path) -> Command {
    let mut cmd = Command::cargo_bin("careerscope").unwrap_or_else(|e| panic!("{e}"));
    cmd.env("XDG_DATA_HOME", data_home)
        .env("HOME", data_home)
        .env_remove("NO_COLOR")
        .timeout(Duration::from_secs(60));
    cmd
}

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"))
}

/// Runs `cmd`, expecting it to fail with exit status 1; returns its standard error.
fn failure(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap_or_else(|e| panic!("{e}"));
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(1), "stderr: {err}");
    assert_eq!(err.lines().count(), 1, "not one line: {err}");
    err
}

#[test]
fn endless_devices_are_refused_early() {
    let home = tmp();
    let err = failure(careerscope(home.path()).args(["parse", "/dev/zero"]));
    assert!(err.contains("/dev/zero: line 1: binary data"), "{err}");
    let err = failure(careerscope(home.path()).args(["--data", "/dev/zero", "list"]));
    assert!(err.contains("/dev/zero: line 1: binary data"), "{err}");
    assert!(err.contains("expected a dataset JSON file"), "{err}");
    let urandom = std::fs::File::open("/dev/urandom").unwrap_or_else(|e| panic!("{e}"));
    let out = std::process::Command::new(assert_cmd::cargo::cargo_bin("careerscope"))
        .args(["parse", "-"])
        .env("XDG_DATA_HOME", home.path())
        .stdin(urandom)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("<stdin>: line"), "{err}");
}

#[test]
fn pages_and_datasets_over_their_size_are_refused_naming_the_file() {
    let home = tmp();
    // Sparse: the size alone refuses them, nothing is read.
    let big = home.path().join("big.txt");
    let f = std::fs::File::create(&big).unwrap_or_else(|e| panic!("{e}"));
    f.set_len((10 << 20) + 1).unwrap_or_else(|e| panic!("{e}"));
    let err = failure(careerscope(home.path()).arg("parse").arg(&big));
    assert!(
        err.contains("big.txt: too large: more than 10 MiB"),
        "{err}"
    );
    let huge = home.path().join("huge.json");
    let f = std::fs::File::create(&huge).unwrap_or_else(|e| panic!("{e}"));
    f.set_len((2 << 30) + 1).unwrap_or_else(|e| panic!("{e}"));
    let err = failure(
        careerscope(home.path())
            .arg("--data")
            .arg(&huge)
            .arg("list"),
    );
    assert!(
        err.contains("huge.json: too large: more than 2 GiB"),
        "{err}"
    );
    // A stream has no size: it is read up to the limit and no further.
    let text = "a".repeat((10 << 20) + 1);
    let err = failure(
        careerscope(home.path())
            .args(["parse", "-"])
            .write_stdin(text),
    );
    assert!(
        err.contains("<stdin>: too large: more than 10 MiB"),
        "{err}"
    );
}

/// `mkfifo f; cat page >f & careerscope parse f`: the pipe is opened once and read.
#[test]
fn a_named_pipe_is_read_once() {
    let home = tmp();
    let fifo = home.path().join("page.fifo");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap_or_else(|e| panic!("mkfifo: {e}"));
    assert!(made.success());
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            let page = std::fs::read(PAGE).unwrap_or_default();
            // Blocks until the reader opens the pipe.
            std::fs::write(&fifo, page)
        })
    };
    let out = careerscope(home.path())
        .arg("parse")
        .arg(&fifo)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("\"Lead Technician\""));
    assert!(writer.join().is_ok_and(|r| r.is_ok()));
}

/// Bytes that would drive the terminal: ESC, BEL, CSI.
fn has_raw_controls(s: &str) -> bool {
    s.chars()
        .any(|c| c.is_control() && c != '\n' || ('\u{202a}'..='\u{202e}').contains(&c))
}

#[test]
fn control_codes_in_files_paths_and_arguments_never_reach_stderr_raw() {
    let home = tmp();
    // An OSC 52 clipboard write and a screen clear inside an unknown enum value, which serde
    // quotes in its error.
    let evil = "\\u001b]52;c;aGk=\\u0007\\u001b[2J";
    let data = home.path().join("evil.json");
    let json = format!(
        r#"{{"schema": 1, "jobs": [{{"name": "Cook", "years_to_become": {{"min": 1, "max": 2, "unit": "{evil}"}}}}, {{"name": "Chef"}}], "pages": []}}"#
    );
    std::fs::write(&data, json).unwrap_or_else(|e| panic!("{e}"));
    let cases: Vec<(Vec<std::ffi::OsString>, &str)> = vec![
        (
            vec![
                "--data".into(),
                data.clone().into(),
                "compare".into(),
                "cook".into(),
                "chef".into(),
            ],
            "\\u{1b}]52",
        ),
        (
            vec![
                "--data".into(),
                data.clone().into(),
                "import".into(),
                PAGE.into(),
            ],
            "\\u{1b}]52",
        ),
        (
            vec![
                "--data".into(),
                data.clone().into(),
                "compare".into(),
                "\u{1b}[2Jzzqx".into(),
                "chef".into(),
            ],
            "\\u{1b}[2Jzzqx",
        ),
        (
            vec![
                "parse".into(),
                home.path().join("no\u{1b}[2Jsuch\u{7}.txt").into(),
            ],
            "no\\u{1b}[2Jsuch\\u{7}.txt",
        ),
    ];
    for (args, shown) in cases {
        let err = failure(careerscope(home.path()).args(&args));
        assert!(!has_raw_controls(&err), "raw control in {err:?}");
        assert!(err.contains(shown), "{args:?}: {err}");
    }
}

fn import_ok(home: &Path, data: &Path) {
    let out = careerscope(home)
        .arg("--data")
        .arg(data)
        .args(["import", PAGE])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[cfg(unix)]
#[test]
fn import_keeps_the_mode_and_writes_through_a_symlink() {
    use std::os::unix::fs::{PermissionsExt, symlink};
    let home = tmp();
    let real_dir = home.path().join("real");
    std::fs::create_dir(&real_dir).unwrap_or_else(|e| panic!("{e}"));
    let real = real_dir.join("data.json");
    import_ok(home.path(), &real);
    let mode = |p: &Path| {
        std::fs::metadata(p)
            .map(|m| m.permissions().mode() & 0o7777)
            .unwrap_or(0)
    };
    std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o640))
        .unwrap_or_else(|e| panic!("{e}"));
    import_ok(home.path(), &real);
    assert_eq!(mode(&real), 0o640);

    // Through a relative symlink: the link stays a link, its target gets the jobs.
    let link = home.path().join("link.json");
    symlink("real/data.json", &link).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(&real, r#"{"schema": 1, "jobs": [], "pages": []}"#)
        .unwrap_or_else(|e| panic!("{e}"));
    import_ok(home.path(), &link);
    assert!(
        std::fs::symlink_metadata(&link).is_ok_and(|m| m.file_type().is_symlink()),
        "the link was replaced"
    );
    let text = std::fs::read_to_string(&real).unwrap_or_default();
    assert!(text.contains("Lead Technician"), "{text}");
    assert_eq!(mode(&real), 0o640);
    // No lock or temporary file beside the link: they go beside the target.
    assert!(!home.path().join("link.json.lock").exists());

    // A dangling link: its target is created.
    let dangling = home.path().join("dangling.json");
    symlink("real/new.json", &dangling).unwrap_or_else(|e| panic!("{e}"));
    import_ok(home.path(), &dangling);
    assert!(std::fs::symlink_metadata(&dangling).is_ok_and(|m| m.file_type().is_symlink()));
    assert!(real_dir.join("new.json").is_file());
}

/// An import killed mid-write leaves its temporary file; the next write removes it, and only
/// files named as careerscope names them.
#[test]
fn the_next_import_removes_temporary_files_a_killed_import_left() {
    let home = tmp();
    let data = home.path().join("data.json");
    import_ok(home.path(), &data);
    let stale = home
        .path()
        .join(".data.json.careerscope-4194999-Ab12Cd.tmp");
    let other = home.path().join(".data.json.careerscope-notes.txt");
    let theirs = home
        .path()
        .join(".other.json.careerscope-4194999-Ab12Cd.tmp");
    for f in [&stale, &other, &theirs] {
        std::fs::write(f, "partial").unwrap_or_else(|e| panic!("{e}"));
    }
    import_ok(home.path(), &data);
    assert!(!stale.exists(), "the stale temporary file is still there");
    assert!(other.exists() && theirs.exists());
    // The import's own temporary file is gone too: only the data, its lock and ours remain.
    let mut left: Vec<String> = std::fs::read_dir(home.path())
        .unwrap_or_else(|e| panic!("{e}"))
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(
        left,
        [
            ".data.json.careerscope-notes.txt",
            ".other.json.careerscope-4194999-Ab12Cd.tmp",
            "data.json",
            "data.json.lock"
        ]
    );
}

fn import_fails(home: &Path, data: &Path) -> String {
    failure(
        careerscope(home)
            .arg("--data")
            .arg(data)
            .args(["import", PAGE]),
    )
}

/// `import --data DIR` is refused before anything is made: no `DIR.lock` beside the folder.
#[test]
fn import_into_a_folder_leaves_no_lock() {
    let home = tmp();
    let dir = home.path().join("folder");
    std::fs::create_dir(&dir).unwrap_or_else(|e| panic!("{e}"));
    let err = import_fails(home.path(), &dir);
    assert!(err.contains("folder: is a directory"), "{err}");
    assert!(!home.path().join("folder.lock").exists());
    let root_lock_before = Path::new("/.lock").exists();
    let err = import_fails(home.path(), Path::new("/"));
    assert!(err.contains("/: is a directory"), "{err}");
    assert_eq!(Path::new("/.lock").exists(), root_lock_before);
}

#[cfg(unix)]
#[test]
fn the_lock_file_is_never_opened_through_a_symlink() {
    let home = tmp();
    let data = home.path().join("data.json");
    let elsewhere = home.path().join("elsewhere");
    std::os::unix::fs::symlink(&elsewhere, home.path().join("data.json.lock"))
        .unwrap_or_else(|e| panic!("{e}"));
    let err = import_fails(home.path(), &data);
    assert!(
        err.contains("data.json.lock: cannot open lock file"),
        "{err}"
    );
    assert!(err.contains("symbolic link"), "{err}");
    assert!(!elsewhere.exists(), "the dangling link was followed");
    assert!(!data.exists());
}

/// Another import holds the lock (stopped, say): the next one says whom it waits for, then
/// gives up with a clear error after the timeout the environment sets.
#[test]
fn a_held_lock_is_waited_for_then_given_up() {
    use std::io::Write;
    let home = tmp();
    let data = home.path().join("data.json");
    let lock_path = home.path().join("data.json.lock");
    let mut lock = std::fs::File::create(&lock_path).unwrap_or_else(|e| panic!("{e}"));
    lock.lock().unwrap_or_else(|e| panic!("{e}"));
    lock.write_all(b"4194999").unwrap_or_else(|e| panic!("{e}"));
    let out = careerscope(home.path())
        .env("CAREERSCOPE_LOCK_TIMEOUT", "0.6")
        .arg("--data")
        .arg(&data)
        .args(["import", PAGE])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert_eq!(
        lines[0],
        "careerscope: waiting for another import (pid 4194999)…"
    );
    assert!(
        lines[1].contains("data.json.lock: gave up after waiting"),
        "{err}"
    );
    assert!(lines[1].contains("CAREERSCOPE_LOCK_TIMEOUT"), "{err}");
    assert!(!data.exists());
    // Once the lock is free, the import goes through and leaves its own pid there.
    drop(lock);
    import_ok(home.path(), &data);
    let pid = std::fs::read_to_string(&lock_path).unwrap_or_default();
    assert!(pid.parse::<u32>().is_ok(), "{pid:?}");
}

/// A page saved as UTF-16 (as Windows tools do) reads like the same page in UTF-8.
#[test]
fn a_utf16_page_is_decoded() {
    let home = tmp();
    let text = std::fs::read_to_string(PAGE).unwrap_or_default();
    let utf16: Vec<u8> = std::iter::once(0xfeff)
        .chain(text.encode_utf16())
        .flat_map(u16::to_le_bytes)
        .collect();
    let path = home.path().join("page-utf16.txt");
    std::fs::write(&path, utf16).unwrap_or_else(|e| panic!("{e}"));
    let parse = |p: &Path| {
        let out = careerscope(home.path())
            .arg("parse")
            .arg(p)
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    };
    assert_eq!(parse(&path), parse(Path::new(PAGE)));
}

/// `careerscope </dev/null >out`: the explorer says it needs a terminal and names the commands
/// that do not.
#[test]
fn the_explorer_without_a_terminal_says_what_works_instead() {
    let home = tmp();
    // assert_cmd gives the binary no input (as </dev/null) and pipes its output.
    let err = failure(&mut careerscope(home.path()));
    assert!(err.contains("the explorer needs a terminal"), "{err}");
    assert!(err.contains("careerscope list, search, compare"), "{err}");
}

fn parse_text(home: &Path, text: &str) -> std::process::Output {
    careerscope(home)
        .args(["parse", "-"])
        .write_stdin(text.to_string())
        .output()
        .unwrap_or_else(|e| panic!("{e}"))
}

/// A sentence taken for a job name (shuffled lines can put one in a header) is a reading
/// error, not a job; a header with no place to split it says so instead of listing no
/// candidates.
#[test]
fn a_sentence_is_not_a_job_name() {
    let home = tmp();
    let sentence = "It was a long day in the kitchen and everyone was tired ".repeat(10);
    let page = format!(
        "Cook vs chef\n\n| {} | Chef |\n| --- | --- | --- |\n| Yearly salary | $1 | $2 |\n",
        sentence.trim()
    );
    let out = parse_text(home.path(), &page);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("<stdin>: line 3: expected two job names"),
        "{err}"
    );
    assert!(
        err.contains("characters (a job name has at most 150)"),
        "{err}"
    );
    let page = "Cook vs chef\n\n| Cook is here. Really? | Chef |\n| --- | --- | --- |\n| Yearly salary | $1 | $2 |\n";
    let err = String::from_utf8_lossy(&parse_text(home.path(), page).stderr).into_owned();
    assert!(err.contains("reads as a sentence"), "{err}");

    let page = "Cook vs chef\n\nxxxxxxxx\nYearly salary$1$2\n\nBrowse food jobs\n";
    let out = parse_text(home.path(), page);
    let json = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!json.contains("(candidates: )"), "{json}");
    assert!(json.contains("no place to split it"), "{json}");
}

/// A dataset may hold a 100,000-character name: what is printed is cut to a name's length.
#[test]
fn a_huge_name_is_shown_cut() {
    let home = tmp();
    let long = "Z".repeat(100_000);
    let data = home.path().join("long.json");
    let json = format!(
        r#"{{"schema": 1, "jobs": [{{"name": "{long}", "description": "x"}}, {{"name": "Chef"}}], "pages": []}}"#
    );
    std::fs::write(&data, json).unwrap_or_else(|e| panic!("{e}"));
    for args in [
        vec!["compare", "zzz", "chef", "--width", "400"],
        vec!["show", "zzz"],
        vec!["compare", "zzz", "chef", "--format", "markdown"],
    ] {
        let out = careerscope(home.path())
            .arg("--data")
            .arg(&data)
            .args(&args)
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(text.len() < 20_000, "{args:?}: {} bytes", text.len());
        assert!(
            text.contains(&format!("{}…", "Z".repeat(149))),
            "{args:?}: {text}"
        );
    }
}

/// A named pipe (or any file that is not a regular file) as the library: `list` and `show`
/// refuse it at once, in one line naming the library, instead of waiting for a writer forever.
#[test]
fn a_named_pipe_as_the_library_is_refused_at_once() {
    let home = tmp();
    let library = home.path().join("careerscope").join("library.json");
    std::fs::create_dir_all(home.path().join("careerscope")).unwrap_or_else(|e| panic!("{e}"));
    let made = std::process::Command::new("mkfifo")
        .arg(&library)
        .status()
        .unwrap_or_else(|e| panic!("mkfifo: {e}"));
    assert!(made.success());
    for args in [vec!["list"], vec!["show", "registered nurses"]] {
        let err = failure(careerscope(home.path()).args(&args));
        assert!(
            err.contains(&format!("{}: not a regular file", library.display())),
            "{args:?}: {err}"
        );
        assert!(err.contains("a named pipe"), "{args:?}: {err}");
        assert!(err.contains("your library"), "{args:?}: {err}");
    }
    // A symlink to a regular file is a library like any other.
    std::fs::remove_file(&library).unwrap_or_else(|e| panic!("{e}"));
    let real = home.path().join("real.json");
    std::fs::write(
        &real,
        r#"{"schema": 1, "jobs": [{"name": "Zzyzx Baker"}], "pages": []}"#,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    std::os::unix::fs::symlink(&real, &library).unwrap_or_else(|e| panic!("{e}"));
    let out = careerscope(home.path())
        .arg("list")
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("Zzyzx Baker"));
}
