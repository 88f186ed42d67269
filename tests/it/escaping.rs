//! Every string that comes from a file, a path or an argument is written out (`\u{1b}`), never
//! sent to the terminal raw: on every output path of the command line (text, Markdown, JSON,
//! errors, clap's usage errors) and on the explorer's screen.

use crate::common;

use assert_cmd::Command;
use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// ESC, an OSC 52 clipboard write ended by BEL, a CSI screen clear, C1 controls (CSI and NEL),
/// the right-to-left override, and the line and paragraph separators.
const EVIL: &str = "\u{1b}]52;c;cHduZWQ=\u{7}\u{1b}[2J\u{9b}31m\u{85}\u{202e}\u{2028}\u{2029}";

/// The same, as a JSON string's body.
const EVIL_JSON: &str =
    "\\u001b]52;c;cHduZWQ=\\u0007\\u001b[2J\\u009b31m\\u0085\\u202e\\u2028\\u2029";

fn careerscope(data_home: &Path) -> Command {
    let mut cmd = Command::cargo_bin("careerscope").unwrap_or_else(|e| panic!("{e}"));
    cmd.env("XDG_DATA_HOME", data_home)
        .env("HOME", data_home)
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .timeout(std::time::Duration::from_secs(60));
    cmd
}

/// The first character that could drive or disguise a terminal: any control but a newline or
/// a tab (`search` and `list --sort` separate columns with tabs), the bidirectional controls,
/// and the line and paragraph separators. `sgr` allows colour sequences (clap's own).
fn raw_control(s: &str, sgr: bool) -> Option<char> {
    let s = if sgr {
        regex_lite::Regex::new("\u{1b}\\[[0-9;]*m")
            .map(|re| re.replace_all(s, "").into_owned())
            .unwrap_or_else(|e| panic!("{e}"))
    } else {
        s.to_string()
    };
    s.chars().find(|&c| {
        (c.is_control() && c != '\n' && c != '\t')
            || matches!(
                c,
                '\u{200e}' | '\u{200f}' | '\u{61c}' | '\u{2028}' | '\u{2029}'
            )
            || ('\u{202a}'..='\u{202e}').contains(&c)
            || ('\u{2066}'..='\u{2069}').contains(&c)
    })
}

/// A dataset whose every string that is shown carries the hostile text: job names, a
/// description, a duty, a skill, a city, a page title.
fn dataset() -> String {
    format!(
        r#"{{"schema": 1, "jobs": [
            {{"name": "Cook", "description": "Cooks{EVIL_JSON}.", "duties": ["Fry{EVIL_JSON}"],
              "skills": [{{"name": "Knife{EVIL_JSON}", "pct": 10}}],
              "salary": {{"average": 40000, "highest_paying_city": "Paris{EVIL_JSON}"}}}},
            {{"name": "Chef", "overview": {{"yearly_salary": 50000}}}},
            {{"name": "Evil{EVIL_JSON} Baker"}}
        ], "pages": [{{"title": "Cook{EVIL_JSON} vs chef", "category": "food{EVIL_JSON}",
                       "jobs": ["Cook", "Chef"]}}]}}"#
    )
}

struct Setup {
    home: tempfile::TempDir,
    /// A dataset file whose path holds the hostile text (no pages: its jobs' source is the file).
    evil_path: PathBuf,
}

fn setup() -> Setup {
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let library = home.path().join("careerscope").join("library.json");
    std::fs::create_dir_all(library.parent().unwrap_or(home.path()))
        .unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(&library, dataset()).unwrap_or_else(|e| panic!("{e}"));
    let evil_path = home.path().join(format!("d{EVIL}.json"));
    let no_pages = dataset().replace(r#""jobs": ["Cook", "Chef"]"#, r#""jobs": []"#);
    std::fs::write(&evil_path, no_pages).unwrap_or_else(|e| panic!("{e}"));
    Setup { home, evil_path }
}

/// The text around the first `c` in `s`, for a failure message.
fn around(s: &str, c: char) -> String {
    let at = s.find(c).unwrap_or(0);
    let chars: Vec<char> = s.chars().collect();
    let at = s[..at].chars().count();
    chars[at.saturating_sub(80)..(at + 80).min(chars.len())]
        .iter()
        .collect()
}

fn args(list: &[&dyn AsRef<std::ffi::OsStr>]) -> Vec<OsString> {
    list.iter().map(|a| a.as_ref().to_os_string()).collect()
}

/// Runs the binary with `args`; every byte it wrote must be free of raw controls. Returns
/// standard output and standard error together.
fn run_clean(s: &Setup, args: &[OsString]) -> String {
    let out = careerscope(s.home.path())
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    if let Some(c) = raw_control(&all, false) {
        panic!("{args:?}: raw {c:?} in {:?}", around(&all, c));
    }
    all
}

#[test]
fn every_command_writes_hostile_text_out() {
    let s = setup();
    let evil = s.evil_path.as_os_str();
    let cases: Vec<Vec<OsString>> = vec![
        args(&[&"list"]),
        args(&[&"list", &"--format", &"json"]),
        args(&[&"search", &"baker"]),
        args(&[&"search", &"cook"]),
        args(&[&"show", &"cook"]),
        args(&[&"show", &"cook", &"--format", &"markdown"]),
        args(&[&"show", &"cook", &"--format", &"json"]),
        args(&[&"compare", &"cook", &"chef"]),
        args(&[&"compare", &"cook", &"chef", &"--format", &"markdown"]),
        args(&[&"compare", &"cook", &"chef", &"--format", &"json"]),
        args(&[&"compare", &"cook", &"evil baker"]),
        args(&[&"--data", &evil, &"list"]),
        args(&[&"--data", &evil, &"show", &"cook"]),
        args(&[&"--data", &evil, &"show", &"cook", &"--format", &"markdown"]),
        args(&[&"--data", &evil, &"compare", &"cook", &"chef"]),
        args(&[
            &"--data",
            &evil,
            &"compare",
            &"cook",
            &"chef",
            &"--format",
            &"markdown",
        ]),
        // Errors quoting an argument, a path or a file's text.
        args(&[&"show", &format!("zz{EVIL}qx")]),
        args(&[&"compare", &"cook", &format!("zz{EVIL}qx")]),
        args(&[
            &"show",
            &"registered nurses",
            &"--area",
            &format!("zz{EVIL}"),
        ]),
        args(&[&"--data", &format!("no{EVIL}.json"), &"list"]),
        args(&[&"parse", &format!("no{EVIL}.txt")]),
        args(&[&"library", &"remove", &format!("zz{EVIL}")]),
        args(&[&"list", &"--filter", &format!("group={EVIL}")]),
        args(&[&"list", &"--filter", &EVIL]),
    ];
    for case in &cases {
        run_clean(&s, case);
    }
}

/// The source lines name the dataset's path and the library page's title, written out.
#[test]
fn sources_write_out_the_path_and_the_page_title() {
    let s = setup();
    for format in ["text", "markdown"] {
        let out = run_clean(&s, &args(&[&"show", &"cook", &"--format", &format]));
        assert!(out.contains("page \"Cook\\u{1b}]52;c;cHduZWQ="), "{out}");
        let out = run_clean(
            &s,
            &args(&[&"compare", &"cook", &"chef", &"--format", &format]),
        );
        assert!(out.contains("page \"Cook\\u{1b}]52;c;cHduZWQ="), "{out}");
        let out = run_clean(
            &s,
            &args(&[
                &"--data",
                &s.evil_path,
                &"show",
                &"cook",
                &"--format",
                &format,
            ]),
        );
        assert!(out.contains("dataset "), "{out}");
        assert!(out.contains("d\\u{1b}]52;c;cHduZWQ=\\u{7}"), "{out}");
        assert!(out.contains("\\u{202e}\\u{2028}\\u{2029}.json"), "{out}");
    }
}

/// "no job matches …; closest: …" writes out the line separators of the query.
#[test]
fn the_closest_jobs_message_writes_out_line_separators() {
    let s = setup();
    let out = run_clean(&s, &args(&[&"show", &"zz\u{2028}qx\u{2029}"]));
    assert!(out.contains("zz\\u{2028}qx\\u{2029}"), "{out}");
}

/// clap's usage errors quote the arguments: written out, with clap's colours kept and its exit
/// status 2.
#[test]
fn usage_errors_write_out_the_arguments() {
    let s = setup();
    for colour in [false, true] {
        for bad in [
            args(&[&format!("frob{EVIL}")]),
            // A long option stops at its `=`.
            args(&[&format!("--frob\u{2028}{EVIL}")]),
            args(&[&"show", &"cook", &"--format", &format!("pdf{EVIL}")]),
            args(&[&"list", &"--sort", &format!("x{EVIL}")]),
        ] {
            let mut cmd = careerscope(s.home.path());
            if colour {
                cmd.env("CLICOLOR_FORCE", "1");
            }
            let out = cmd.args(&bad).output().unwrap_or_else(|e| panic!("{e}"));
            let err = String::from_utf8_lossy(&out.stderr).into_owned();
            assert_eq!(out.status.code(), Some(2), "{bad:?}: {err}");
            if let Some(c) = raw_control(&err, colour) {
                panic!("{bad:?}: raw {c:?} in {err:?}");
            }
            assert!(err.contains("\\u{1b}]52"), "{bad:?}: {err}");
            assert!(err.contains("\\u{2028}"), "{bad:?}: {err}");
            if colour {
                assert!(err.contains("\u{1b}["), "clap's colours are kept: {err:?}");
            }
        }
    }
}

/// The explorer shows a dataset's path (the status line, the source line) and its strings
/// written out.
#[test]
fn the_explorer_writes_out_a_hostile_path_and_names() {
    let s = setup();
    let text = std::fs::read_to_string(&s.evil_path).unwrap_or_default();
    let origin = s.evil_path.display().to_string();
    let catalog =
        careerscope::catalog::Catalog::from_text(text, &origin).unwrap_or_else(|e| panic!("{e}"));
    let mut app = common::app(catalog);
    let screen = common::screen(&common::render(&mut app, 200, 50)).join("\n");
    assert!(screen.contains("\\u{202e}"), "the path is shown: {screen}");
    if let Some(c) = raw_control(&screen, false) {
        panic!("raw {c:?} on screen: {:?}", around(&screen, c));
    }
}
