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

/// Files the README and docs name, as links or as `src/…`-style paths in backticks or code.
fn named_paths(doc: &str) -> Vec<String> {
    let mut out = Vec::new();
    // Markdown links: [text](target).
    for (i, _) in doc.match_indices("](") {
        let rest = &doc[i + 2..];
        if let Some(end) = rest.find(')') {
            let target = &rest[..end];
            if !target.contains("://") && !target.starts_with('#') {
                out.push(target.split('#').next().unwrap_or_default().to_string());
            }
        }
    }
    // Paths in the repository's folders, wherever they are written.
    const DIRS: [&str; 8] = [
        "src/",
        "tests/",
        "assets/",
        "docs/",
        "builder/",
        "benches/",
        "examples/",
        ".ci/",
    ];
    for word in doc.split(|c: char| c.is_whitespace() || "`()[],;:\"'".contains(c)) {
        let word = word.trim_end_matches('.');
        if DIRS.iter().any(|d| word.starts_with(d)) && !word.contains('*') && !word.contains("…")
        {
            out.push(word.to_string());
        }
    }
    out
}

/// DESIGN.md is not in the repository, so nothing may send a reader there; every file the
/// README and docs/ name exists; docs/FORMAT.md is linked from the README.
#[test]
fn docs_name_only_files_in_the_repository() {
    let readme = read("README.md");
    assert!(!readme.contains("DESIGN.md"), "README names DESIGN.md");
    assert!(readme.contains("[docs/FORMAT.md](docs/FORMAT.md)"));
    let mut docs = vec![("README.md".to_string(), readme)];
    for entry in std::fs::read_dir(std::path::Path::new(ROOT).join("docs"))
        .unwrap_or_else(|e| panic!("docs/: {e}"))
    {
        let path = entry.unwrap_or_else(|e| panic!("{e}")).path();
        let name = format!(
            "docs/{}",
            path.file_name().unwrap_or_default().to_string_lossy()
        );
        docs.push((name.clone(), read(&name)));
    }
    for (name, doc) in &docs {
        assert!(!doc.contains("DESIGN.md"), "{name} names DESIGN.md");
        let base = std::path::Path::new(name)
            .parent()
            .unwrap_or(std::path::Path::new(""));
        for path in named_paths(doc) {
            let from_root = std::path::Path::new(ROOT).join(&path);
            let from_doc = std::path::Path::new(ROOT).join(base).join(&path);
            assert!(
                from_root.exists() || from_doc.exists(),
                "{name} names {path}, which is not in the repository"
            );
        }
    }
}

/// Every key of an object anywhere in `v`.
fn keys(v: &serde_json::Value, out: &mut std::collections::BTreeSet<String>) {
    match v {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                out.insert(k.clone());
                keys(v, out);
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| keys(v, out)),
        _ => {}
    }
}

/// docs/FORMAT.md names every key `parse` prints for a page, `show --format json` for a real
/// occupation, and a dataset file holds.
#[test]
fn format_doc_names_every_key_of_the_json() {
    let doc = read("docs/FORMAT.md");
    let mut all = std::collections::BTreeSet::new();
    let page = std::fs::read(
        std::path::Path::new(ROOT).join("assets/pages/technical-manager-vs-lead-technician.txt"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let page = careerscope::import::parse_page(&page).unwrap_or_else(|e| panic!("{e}"));
    keys(&serde_json::to_value(&page).unwrap_or_default(), &mut all);
    // The built-in dataset alone: no user's library.
    use careerscope::catalog::Catalog;
    let catalog = Catalog::joined(
        Catalog::occupations(careerscope::library::OCCUPATIONS).unwrap_or_else(|e| panic!("{e}")),
        Catalog::from_dataset(
            careerscope::library::embedded().unwrap_or_else(|e| panic!("{e}")),
            "built-in",
        ),
    );
    for name in ["Registered Nurses", "Lead Technician"] {
        let i = catalog.find(name).unwrap_or_else(|| panic!("no {name}"));
        let profile = catalog.sourced_profile(i).unwrap_or_else(|e| panic!("{e}"));
        keys(
            &serde_json::to_value(&*profile).unwrap_or_default(),
            &mut all,
        );
    }
    let dataset: serde_json::Value =
        serde_json::from_str(&read("assets/careers.json")).unwrap_or_default();
    keys(&dataset, &mut all);
    assert!(all.len() > 50, "{all:?}");
    for key in &all {
        assert!(
            doc.contains(&format!("`{key}`"))
                || doc.contains(&format!("\"{key}\""))
                || doc.contains(&format!(".{key}`"))
                || doc.contains(&format!("`{key}.")),
            "docs/FORMAT.md does not name the key {key:?}"
        );
    }
}

/// Cargo.toml says `license = "MIT"`: the repository holds that licence's text.
#[test]
fn the_licence_file_matches_cargo_toml() {
    let cargo = read("Cargo.toml");
    assert!(cargo.contains("\nlicense = \"MIT\"\n"), "{cargo}");
    let licence = read("LICENSE");
    assert!(licence.starts_with("MIT License\n\nCopyright (c) 2026 careerscope contributors\n"));
    assert!(
        licence.contains(
            "Permission is hereby granted, free of charge, to any person obtaining a copy"
        )
    );
    assert!(licence.contains("THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND"));
}

/// One `$ careerscope …` example of a doc: its command line, the lines it says are printed,
/// and where it stands.
struct Example {
    place: String,
    command: String,
    shown: Vec<String>,
}

/// Every `$ careerscope …` line in the README's and docs/' code blocks, with the lines after it
/// up to the next `$` line or the block's end.
fn examples() -> Vec<Example> {
    let mut docs = vec!["README.md".to_string()];
    let mut names: Vec<String> = std::fs::read_dir(std::path::Path::new(ROOT).join("docs"))
        .unwrap_or_else(|e| panic!("docs/: {e}"))
        .filter_map(|e| e.ok())
        .map(|e| format!("docs/{}", e.file_name().to_string_lossy()))
        .filter(|n| n.ends_with(".md"))
        .collect();
    names.sort();
    docs.extend(names);
    let mut out = Vec::new();
    for doc in docs {
        let text = read(&doc);
        let mut in_block = false;
        let mut current: Option<Example> = None;
        for (n, line) in text.lines().enumerate() {
            if line.starts_with("```") {
                in_block = !in_block;
                out.extend(current.take());
                continue;
            }
            if !in_block {
                continue;
            }
            if let Some(command) = line.strip_prefix("$ ") {
                out.extend(current.take());
                if command.starts_with("careerscope ") {
                    current = Some(Example {
                        place: format!("{doc}:{}", n + 1),
                        command: command.to_string(),
                        shown: Vec::new(),
                    });
                }
            } else if let Some(e) = current.as_mut() {
                e.shown.push(line.to_string());
            }
        }
    }
    out
}

/// A command line's words as a shell splits them, and the `| head -N` after it, if any.
fn shell_words(command: &str) -> (Vec<String>, Option<usize>) {
    let (command, head) = match command.split_once(" | head -") {
        Some((c, n)) => (c, n.trim().parse().ok()),
        None => (command, None),
    };
    let words = shlex::split(command).unwrap_or_else(|| panic!("unbalanced quotes: {command}"));
    (words, head)
}

/// Examples another test runs with the state they need (a library holding certain pages) or
/// compares in their own way (abridged JSON), by their command, and that test.
const RUN_ELSEWHERE: [(&str, &str); 5] = [
    (
        "careerscope show \"Software Developers\" --area \"Columbus, OH\" --format json",
        "honest::show_json_has_the_areas_figures_and_states_as_objects (the JSON abridged)",
    ),
    (
        "careerscope import technical-manager-vs-lead-technician.txt",
        "honest::library_list_says_what_was_imported_when_and_from_where",
    ),
    (
        "careerscope library list",
        "honest::library_list_says_what_was_imported_when_and_from_where",
    ),
    (
        "careerscope compare \"registered nurse\" \"software developers\"",
        "honest::page_jobs_never_silently_replace_real_occupations",
    ),
    (
        "careerscope compare \"page:Registered Nurse\" \"software developers\"",
        "honest::page_jobs_never_silently_replace_real_occupations",
    ),
];

/// Every `$ careerscope …` example in the README and docs/ prints what the doc shows: run from
/// the repository with an empty library, its output holds the shown lines in order (a line
/// `...` stands for lines left out). The few that need an imported library are run by the
/// tests named in [`RUN_ELSEWHERE`].
#[test]
fn every_shell_example_in_the_docs_prints_what_it_shows() {
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let all = examples();
    assert!(all.len() >= 15, "{} examples found", all.len());
    // Each example run elsewhere is still in the docs, and its test still exists.
    for (command, test) in RUN_ELSEWHERE {
        assert!(
            all.iter().any(|e| e.command == command),
            "no doc shows `{command}` any more"
        );
        let name = test.split(' ').next().unwrap_or_default();
        let (module, function) = name.split_once("::").unwrap_or_default();
        assert!(
            read(&format!("tests/it/{module}.rs")).contains(&format!("fn {function}(")),
            "{name} is not a test any more"
        );
    }
    for example in &all {
        if RUN_ELSEWHERE.iter().any(|(c, _)| *c == example.command) {
            continue;
        }
        let (words, head) = shell_words(&example.command);
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_careerscope"))
            .args(&words[1..])
            .current_dir(ROOT)
            .env("XDG_DATA_HOME", home.path())
            .env("HOME", home.path())
            .env_remove("COLUMNS")
            .output()
            .unwrap_or_else(|e| panic!("{}: {e}", example.place));
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let mut printed: Vec<&str> = stdout.lines().chain(stderr.lines()).collect();
        if let Some(n) = head {
            printed = stdout.lines().take(n).collect();
        }
        let mut at = 0;
        for want in example
            .shown
            .iter()
            .filter(|l| !l.trim().is_empty() && l.trim() != "...")
        {
            let found = printed[at..]
                .iter()
                .position(|l| l.trim_end() == want.trim_end());
            let Some(i) = found else {
                panic!(
                    "{}: `{}` does not print {want:?} (after line {at}); it printed:\n{}",
                    example.place,
                    example.command,
                    printed.join("\n")
                );
            };
            at += i + 1;
        }
    }
}
