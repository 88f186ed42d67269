//! Issue 20's honest comparisons, text that fits and the library, through the command line and
//! the screens: rows no job has are left out and named once, education compared by level, page
//! jobs kept apart from real occupations, and the JSON's area and by-state figures. Expected
//! values are read by hand from the official files (../shared/data-sources).

use std::path::Path;

use assert_cmd::Command;
use careerscope::tui::Action;
use careerscope::tui::tabs::Tab;
use crossterm::event::KeyCode;

use crate::common::{app, builtin, press, render, screen_text};

fn careerscope(home: &Path) -> Command {
    let mut cmd = Command::cargo_bin("careerscope").unwrap_or_else(|e| panic!("{e}"));
    cmd.env("XDG_DATA_HOME", home)
        .env("HOME", home)
        .env_remove("NO_COLOR")
        .env_remove("COLUMNS");
    cmd
}

fn run_in(home: &Path, args: &[&str]) -> String {
    let out = careerscope(home)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn run(args: &[&str]) -> String {
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    run_in(home.path(), args)
}

fn json(args: &[&str]) -> serde_json::Value {
    serde_json::from_str(&run(args)).unwrap_or_else(|e| panic!("{args:?}: {e}"))
}

/// The label of every row of a text report (the words before two spaces).
fn has_row(text: &str, label: &str) -> bool {
    text.lines().any(|l| l.starts_with(&format!("{label}  ")))
}

/// No official source has job satisfaction, the average age (CPS gives the median), a major,
/// a college, a company or an LGBT share: the rows are left out of text and markdown and
/// named once; the JSON keeps their keys with `null`s.
#[test]
fn facts_no_job_has_are_left_out_and_named_once() {
    let pair = ["compare", "Registered Nurses", "Software Developers"];
    let text = run(&pair);
    for label in [
        "Job satisfaction",
        "Average age",
        "Most common major",
        "Most common college",
        "Best paying company",
        "LGBT",
    ] {
        assert!(!has_row(&text, label), "{label} is shown:\n{text}");
    }
    // A fact one job has stays, with `n/a` for the other.
    assert!(has_row(&text, "Median age"), "{text}");
    let missing: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("Not in the official sources: "))
        .collect();
    assert_eq!(
        missing,
        [
            "Not in the official sources: job satisfaction, average age, company, major, college, LGBT share"
        ]
    );

    let md = run(&[&pair[..], &["--format", "markdown"]].concat());
    assert!(!md.contains("| Job satisfaction |"), "{md}");
    assert!(!md.contains("| Most common major |"), "{md}");
    assert!(
        md.contains("_Not in the official sources: job satisfaction,"),
        "{md}"
    );

    let v = json(&[&pair[..], &["--format", "json"]].concat());
    let overview = &v["sections"][0]["facts"];
    let satisfaction = overview
        .as_array()
        .and_then(|f| f.iter().find(|f| f["key"] == "job_satisfaction"))
        .unwrap_or_else(|| panic!("JSON keeps job_satisfaction: {overview}"));
    assert_eq!(satisfaction["values"], serde_json::json!([null, null]));
}

/// Every tab leaves the rows out too, with the line under its table.
#[test]
fn the_screens_leave_out_what_no_job_has() {
    let mut app = app(builtin());
    press(&mut app, KeyCode::Esc);
    for (tab, gone, line) in [
        (
            Tab::Overview,
            "Job satisfaction",
            "Not in the official sources: job satisfaction, average age",
        ),
        (
            Tab::Salary,
            "Best paying company",
            "Not in the official sources: company",
        ),
        (
            Tab::Education,
            "Most common major",
            "Not in the official sources: major, college",
        ),
        (
            Tab::Demographics,
            "Average age",
            "Not in the official sources: average age, LGBT share",
        ),
    ] {
        app.update(Action::SelectTab(tab));
        let text = screen_text(&render(&mut app, 200, 50));
        assert!(!text.contains(gone), "{tab:?} shows {gone}:\n{text}");
        assert!(text.contains(line), "{tab:?} lacks {line:?}:\n{text}");
    }
}
