//! Lengths capped where they enter: a job name in a dataset file, and the names and queries
//! given as arguments, are refused past their limit with one clear line, before any work that
//! grows with their length.
//!
//! Its own test binary (the rest are one, in `tests/it/`): Linux counts a child's peak memory
//! from the spawn, when it still shares the parent's pages, so the parent must stay small.

use std::path::Path;
use std::process::{Command, Output};

fn careerscope(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_careerscope"))
        .args(args)
        .env("XDG_DATA_HOME", home)
        .env("HOME", home)
        .output()
        .unwrap_or_else(|e| panic!("{e}"))
}

/// The largest resident size of any child this process has waited for, in KiB.
fn children_max_rss_kib() -> i64 {
    // SAFETY: getrusage writes into the struct it is given and nothing else.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let ok = unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) };
    assert_eq!(ok, 0);
    usage.ru_maxrss
}

/// A 10 MB job name in a dataset file: refused as the file is read, naming the file and the
/// job, and never indexed or matched (that took 220 MB).
#[test]
fn a_ten_megabyte_name_in_a_dataset_is_refused() {
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let data = home.path().join("big.json");
    let json = format!(
        r#"{{"schema": 1, "jobs": [{{"name": "Cook"}}, {{"name": "Chef"}}, {{"name": "{}"}}], "pages": []}}"#,
        "a".repeat(10_000_000)
    );
    std::fs::write(&data, json).unwrap_or_else(|e| panic!("{e}"));
    let shown = data.display().to_string();
    for args in [
        vec!["--data", &shown, "show", "zzq"],
        vec!["--data", &shown, "list"],
        vec!["--data", &shown, "search", "cook"],
    ] {
        let out = careerscope(home.path(), &args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{:?}: {err}", &args[2..]);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(
            err.contains(&format!(
                "{shown}: job 3: a name of 10,000,000 characters, expected at most 100,000"
            )),
            "{:?}: {err}",
            &args[2..]
        );
    }
    // The file's text is read (10 MB), but nothing in proportion to the name is built.
    let rss = children_max_rss_kib();
    assert!(rss < 150 * 1024, "{rss} KiB");
}

/// Names and queries given as arguments are at most 300 characters: a longer one is a usage
/// error that does not repeat it.
#[test]
fn long_names_and_queries_are_usage_errors() {
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let long = "abc".repeat(40_000);
    let words = "ab ".repeat(20_000);
    let words: Vec<&str> = words.split_whitespace().collect();
    let mut search = vec!["search"];
    search.extend(&words);
    for args in [
        vec!["show", long.as_str()],
        vec!["compare", "cashiers", long.as_str()],
        vec!["--query", long.as_str()],
        vec!["--pair", "cashiers", long.as_str()],
        vec!["library", "remove", long.as_str()],
        vec!["show", "cashiers", "--area", long.as_str()],
        search,
    ] {
        let out = careerscope(home.path(), &args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{}: {err}", args[0]);
        assert!(err.contains("at most 300 characters"), "{}: {err}", args[0]);
        assert!(err.len() < 500, "{}: {}", args[0], err.len());
    }
    // At the limit, a name is looked up as usual.
    let out = careerscope(home.path(), &["show", &"z".repeat(300)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no job matches"));
}
