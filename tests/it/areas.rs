//! `--area`: states by name or abbreviation before metro areas, the closest five when nothing
//! matches, and `careerscope areas` listing them all.

use assert_cmd::Command;
use std::path::Path;

fn careerscope(home: &Path) -> Command {
    let mut cmd = Command::cargo_bin("careerscope").unwrap_or_else(|e| panic!("{e}"));
    cmd.env("XDG_DATA_HOME", home).env("HOME", home);
    cmd
}

fn run(args: &[&str]) -> (Option<i32>, String, String) {
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = careerscope(home.path())
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The area `show "registered nurses" --area QUERY` shows pay in.
fn area_shown(query: &str) -> String {
    let (code, out, err) = run(&["show", "registered nurses", "--area", query]);
    assert_eq!(code, Some(0), "{query}: {err}");
    out.lines()
        .find_map(|l| l.strip_prefix("PAY IN "))
        .unwrap_or_default()
        .to_string()
}

#[test]
fn states_come_by_name_or_abbreviation_before_metro_areas() {
    assert_eq!(area_shown("ohio"), "OHIO");
    assert_eq!(area_shown("OH"), "OHIO");
    assert_eq!(area_shown("tx"), "TEXAS");
    assert_eq!(area_shown("dc"), "DISTRICT OF COLUMBIA");
    // "Washington" starts the state and the metro area of the capital: the state wins.
    assert_eq!(area_shown("wash"), "WASHINGTON");
    // A metro area is still found by its name.
    assert_eq!(area_shown("akron"), "AKRON, OH");
}

/// A metro area by its city and state, with or without the comma; a bare city with several
/// areas is a question, not a guess.
#[test]
fn a_city_and_state_find_the_metro_area() {
    assert_eq!(area_shown("Columbus, OH"), "COLUMBUS, OH");
    assert_eq!(area_shown("columbus oh"), "COLUMBUS, OH");
    assert_eq!(area_shown("columbus in"), "COLUMBUS, IN");
    let (code, _, err) = run(&["show", "registered nurses", "--area", "columbus"]);
    assert_eq!(code, Some(1));
    // Largest first, by OEWS May 2025 employment in all occupations (cells OEUM + area +
    // 000000000000): Columbus, OH 1,105,580; Columbus, GA-AL 116,380; Columbus, IN 49,820.
    assert!(
        err.contains("matches several: Columbus, OH · Columbus, GA-AL · Columbus, IN;"),
        "{err}"
    );
}

/// Letters no area name shares still get the five nearest names by edit distance.
#[test]
fn letters_no_area_shares_still_get_five_suggestions() {
    let (code, _, err) = run(&["show", "registered nurses", "--area", "zzqx"]);
    assert_eq!(code, Some(1));
    let closest = err
        .split("closest: ")
        .nth(1)
        .and_then(|s| s.split(';').next())
        .unwrap_or_default();
    assert_eq!(closest.matches(" · ").count(), 4, "five areas: {err}");
}

#[test]
fn an_unknown_area_names_the_closest_five_and_how_to_list_them_all() {
    let (code, out, err) = run(&["show", "registered nurses", "--area", "Ohiio"]);
    assert_eq!(code, Some(1), "{out}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.len() < 400, "one short line: {err}");
    assert!(err.contains("closest: "), "{err}");
    let closest = err
        .split("closest: ")
        .nth(1)
        .and_then(|s| s.split(';').next())
        .unwrap_or_default();
    assert!(closest.starts_with("Ohio"), "{err}");
    assert_eq!(closest.matches(" · ").count(), 4, "five areas: {err}");
    assert!(err.contains("`careerscope areas` lists them all"), "{err}");
    // Several matches are cut short the same way.
    let (code, _, err) = run(&["compare", "registered nurses", "cashiers", "--area", "new"]);
    assert_eq!(code, Some(1));
    assert!(err.len() < 400, "{err}");
    assert!(err.contains("New York"), "{err}");
}

#[test]
fn areas_lists_every_state_and_metro_area() {
    let (code, out, err) = run(&["areas"]);
    assert_eq!(code, Some(0), "{err}");
    let lines: Vec<&str> = out.lines().collect();
    // 50 states, DC, Guam, Puerto Rico and the Virgin Islands; 528 metro and nonmetro areas.
    assert_eq!(lines.len(), 54 + 528, "{out}");
    assert_eq!(lines[0], "Alabama");
    assert!(lines.contains(&"Ohio"));
    assert!(lines.contains(&"Akron, OH"));
    assert!(lines.contains(&"Alaska nonmetropolitan area"));
}
