//! The README and docs/ say what is true: the set-up section's promises, and every file they
//! point to exists in the repository.

use careerscope::tui::action::Action;
use careerscope::tui::keymap::{Context, lookup};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn read(path: &str) -> String {
    std::fs::read_to_string(std::path::Path::new(ROOT).join(path))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The text of the section that starts with `heading` (a whole line), up to the next heading
/// of the same level.
fn section<'a>(doc: &'a str, heading: &str) -> &'a str {
    let level = heading.split(' ').next().unwrap_or_default();
    let start = doc
        .find(&format!("\n{heading}\n"))
        .unwrap_or_else(|| panic!("no section {heading:?}"));
    let body = &doc[start + heading.len() + 2..];
    let end = body
        .match_indices(&format!("\n{level} "))
        .map(|(i, _)| i)
        .next()
        .unwrap_or(body.len());
    &body[..end]
}

/// A newcomer reads the set-up section first: it says the first build is slow and how to quit,
/// and the quit keys it names are the keymap's.
#[test]
fn set_up_says_the_first_build_takes_minutes_and_how_to_quit() {
    let readme = read("README.md");
    let setup = section(&readme, "## Set-up: two commands");
    assert!(setup.contains("first build takes a few minutes"), "{setup}");
    assert!(setup.contains("To quit the explorer"), "{setup}");
    assert!(
        setup.contains("`Ctrl-C`") && setup.contains("(anywhere)"),
        "{setup}"
    );
    assert!(setup.contains("**`q`** (in the tabs)"), "{setup}");
    let key = |c: char, m: KeyModifiers| KeyEvent::new(KeyCode::Char(c), m);
    for context in [
        Context::Picker,
        Context::Panes,
        Context::Help,
        Context::Filter,
    ] {
        assert_eq!(
            lookup(&key('c', KeyModifiers::CONTROL), context),
            Some(Action::Quit),
            "Ctrl-C in {context:?}"
        );
    }
    assert_eq!(
        lookup(&key('q', KeyModifiers::NONE), Context::Panes),
        Some(Action::Quit)
    );
}
