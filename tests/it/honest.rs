//! Issue 20's honest comparisons, text that fits and the library, through the command line and
//! the screens: rows no job has are left out and named once, education compared by level, page
//! jobs kept apart from real occupations, and the JSON's area and by-state figures. Expected
//! values are read by hand from the official files (data/sources/).

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

/// OEWS May 2025, Software Developers (15-1252): Columbus, OH is metro area 0018140, series
/// OEUM0018140000000151252 → annual mean 123,630, median 122,340, 10th 80,130, 90th 170,000;
/// California (OEUS0600000…151252) mean 186,770, median 174,410, 10th 105,060, 90th 272,670.
#[test]
fn show_json_has_the_areas_figures_and_states_as_objects() {
    let v = json(&[
        "show",
        "Software Developers",
        "--area",
        "Columbus, OH",
        "--format",
        "json",
    ]);
    let columbus = serde_json::json!({"name": "Columbus, OH", "mean": 123630,
        "median": 122340, "p10": 80130, "p90": 170000});
    assert_eq!(v["area"], columbus);
    let california = serde_json::json!({"area": "California", "mean": 186770,
        "median": 174410, "p10": 105060, "p90": 272670});
    assert_eq!(v["salary"]["by_state"][0], california);
    // Without --area there is no "area" key; `list --json` writes states as objects too.
    let plain = json(&["show", "Software Developers", "--format", "json"]);
    assert!(plain.get("area").is_none(), "{plain}");
    let all = json(&["list", "--json"]);
    let developers = all
        .as_array()
        .and_then(|a| a.iter().find(|p| p["code"] == "15-1252"))
        .unwrap_or_else(|| panic!("list --json has 15-1252"));
    assert_eq!(developers["salary"]["by_state"][0], california);

    // docs/CLI.md shows the same two objects.
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/CLI.md"))
        .unwrap_or_else(|e| panic!("docs/CLI.md: {e}"));
    let command =
        "$ careerscope show \"Software Developers\" --area \"Columbus, OH\" --format json\n";
    let at = doc
        .find(command)
        .unwrap_or_else(|| panic!("the example is in docs/CLI.md"));
    let block = &doc[at + command.len()..];
    let object_after = |key: &str| -> serde_json::Value {
        let line = block
            .lines()
            .find_map(|l| l.trim().strip_prefix(key))
            .unwrap_or_else(|| panic!("{key} in the example"));
        let end = line.find('}').map_or(line.len(), |i| i + 1);
        let object = line[..end].trim_start_matches('[');
        serde_json::from_str(object).unwrap_or_else(|e| panic!("{object}: {e}"))
    };
    assert_eq!(object_after("\"area\": "), columbus);
    assert_eq!(object_after("\"by_state\": "), california);
}

/// A page copied from a browser whose job is "Registered Nurse", like the real Registered
/// Nurses: a seed page with its lead technician renamed.
fn import_a_nurse_page(home: &Path) {
    let seed = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/pages/lead-technician-vs-technical-product-manager.txt"
    ))
    .unwrap_or_else(|e| panic!("{e}"));
    let page = seed
        .replace("Lead Technician", "Registered Nurse")
        .replace("Lead technician", "Registered nurse")
        .replace("lead technician", "registered nurse");
    let file = home.join("nurse.txt");
    std::fs::write(&file, page).unwrap_or_else(|e| panic!("{e}"));
    run_in(home, &["import", &file.to_string_lossy()]);
}

/// The real occupation wins over a page job of (almost) its name, and the notice says how to
/// ask for the page job; `page:NAME` selects it.
#[test]
fn page_jobs_never_silently_replace_real_occupations() {
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    import_a_nurse_page(home.path());
    let out = careerscope(home.path())
        .args(["compare", "registered nurse", "software developers"])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.starts_with("Registered Nurses vs Software Developers\n"),
        "{stdout}"
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "careerscope: \"registered nurse\" matched Registered Nurses; also a page job: \
         Registered Nurse (from page \"Registered nurse vs technical product manager\"), use \
         `page:Registered Nurse`\n"
    );
    let page = run_in(
        home.path(),
        &["compare", "page:Registered Nurse", "software developers"],
    );
    // docs/IMPORT.md shows both commands with these lines.
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/IMPORT.md"))
        .unwrap_or_else(|e| panic!("docs/IMPORT.md: {e}"));
    let example = format!(
        "$ careerscope compare \"registered nurse\" \"software developers\"\n{}\
         $ careerscope compare \"page:Registered Nurse\" \"software developers\"\n{}\n",
        String::from_utf8_lossy(&out.stderr),
        page.lines().next().unwrap_or_default()
    );
    assert!(doc.contains(&example), "docs/IMPORT.md lacks:\n{example}");
    assert!(
        page.starts_with("Registered Nurse vs Software Developers\n"),
        "{page}"
    );
    let missing = careerscope(home.path())
        .args(["show", "page:Software Developers"])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(missing.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&missing.stderr)
            .starts_with("careerscope: no page job is named \"Software Developers\""),
        "{}",
        String::from_utf8_lossy(&missing.stderr)
    );
}

/// A page's "% of resumes" and O*NET importance are different units: text and markdown give
/// each its own table, headed by its unit, never one column beside the other.
#[test]
fn skills_of_different_scales_are_tables_apart() {
    let text = run(&[
        "compare",
        "Lead Technician",
        "Software Developers",
        "--width",
        "400",
    ]);
    let share = text
        .find("SKILLS (% OF RESUMES)                    Lead Technician\n")
        .unwrap_or_else(|| panic!("{text}"));
    let importance = text
        .find("SKILLS (IMPORTANCE 0-100)                Software Developers\n")
        .unwrap_or_else(|| panic!("{text}"));
    assert!(share < importance);
    // The page's Java (10% of resumes) has no O*NET column beside it.
    assert!(
        text.contains("\nJava                                     10.0% *\n"),
        "{text}"
    );
    let md = run(&[
        "compare",
        "Lead Technician",
        "Software Developers",
        "--format",
        "markdown",
    ]);
    assert!(
        md.contains("\n_% of resumes_\n\n| Skill | Lead Technician |  |\n"),
        "{md}"
    );
    assert!(
        md.contains("\n_importance 0-100_\n\n| Skill | Software Developers |  |\n"),
        "{md}"
    );
}

/// The Skills tab draws a page job's shares and a real occupation's importance apart, each
/// under a heading naming its unit, at 80×24, 120×40 and 200×50.
#[test]
fn skills_tab_draws_scales_apart() {
    for (w, h) in [(80, 24), (120, 40), (200, 50)] {
        let mut app = app(builtin());
        crate::common::pick_pair(&mut app, "Lead Technician", "Software Developers");
        press(&mut app, KeyCode::Esc);
        app.update(Action::SelectTab(Tab::Skills));
        app.update(Action::ScrollTop);
        let term = render(&mut app, w, h);
        let text = screen_text(&term);
        if w >= 120 {
            assert!(
                text.contains("Skills as % of resumes: A Lead Technician"),
                "{text}"
            );
        }
        insta::assert_snapshot!(format!("skills_scales_apart_{w}x{h}"), term.backend());
    }
}

/// The cells of the row `label` of a text report, split on runs of two or more spaces.
fn row<'a>(text: &'a str, label: &str) -> Vec<&'a str> {
    let line = text
        .lines()
        .find(|l| l.starts_with(&format!("{label}  ")))
        .unwrap_or_else(|| panic!("no row {label}:\n{text}"));
    line.split("  ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect()
}

/// O*NET 29.3 Education, Training, and Experience (RL): Registered Nurses 29-1141.00 chose
/// category 6, Bachelor's Degree, 55.92%; Plumbers 47-2152.00 category 3, Post-Secondary
/// Certificate, 43.26%; Software Developers, Accountants and Auditors and Project Management
/// Specialists have no RL rows. BLS EP 2024–34 Table 1.2: all three "Bachelor's degree" for
/// entry, work experience "None"; plumbers "High school diploma or equivalent", experience
/// "None", training "Apprenticeship".
#[test]
fn education_compares_levels_and_falls_back_to_bls() {
    let text = run(&[
        "compare",
        "Registered Nurses",
        "Plumbers, Pipefitters, and Steamfitters",
        "Software Developers",
        "Project Management Specialists",
        "--width",
        "400",
    ]);
    assert_eq!(
        row(&text, "Most common degree"),
        [
            "Most common degree",
            // Three jobs share the highest level: none is marked.
            "Bachelor's Degree (55.9%)",
            "Post-Secondary Certificate (43.3%)",
            "Bachelor's degree (BLS typical entry)",
            "Bachelor's degree (BLS typical entry)",
            "-2 levels",
            "same level",
            "same level",
        ]
    );
    // The two experiences say whose they are.
    assert_eq!(
        row(&text, "Experience needed to enter (BLS)")[1..5],
        ["None", "None", "None", "None"]
    );
    assert_eq!(
        row(&text, "Experience (O*NET)")[1..3],
        ["2 years", "6 years △"]
    );
    assert!(text.contains("Experience: O*NET's is what workers in the job say they had"));

    let v = json(&[
        "compare",
        "Registered Nurses",
        "Plumbers, Pipefitters, and Steamfitters",
        "Accountants and Auditors",
        "--format",
        "json",
    ]);
    let degree = v["sections"][0]["facts"]
        .as_array()
        .and_then(|f| f.iter().find(|f| f["key"] == "most_common_degree"))
        .cloned()
        .unwrap_or_default();
    // Levels 1-8: Bachelor's is 6, a postsecondary certificate 4.
    assert_eq!(degree["values"], serde_json::json!([6.0, 4.0, 6.0]));
    assert_eq!(
        degree["differences"],
        serde_json::json!([null, "-2 levels", "same level"])
    );
    assert_eq!(degree["shown"][2], "Bachelor's degree (BLS typical entry)");
}

/// The Education tab draws levels, not shares, at 80×24, 120×40 and 200×50.
#[test]
fn education_tab_draws_levels() {
    for (w, h) in [(80, 24), (120, 40), (200, 50)] {
        let mut app = app(builtin());
        crate::common::pick_pair(
            &mut app,
            "Registered Nurses",
            "Plumbers, Pipefitters, and Steamfitters",
        );
        press(&mut app, KeyCode::Esc);
        app.update(Action::SelectTab(Tab::Education));
        let term = render(&mut app, w, h);
        let text = screen_text(&term);
        assert!(text.contains("6 of 8"), "{text}");
        insta::assert_snapshot!(format!("education_levels_{w}x{h}"), term.backend());
    }
}

/// Every line's width in terminal columns (▲ and · are one column, CJK two).
fn widest(text: &str) -> usize {
    text.lines()
        .map(unicode_width::UnicodeWidthStr::width)
        .max()
        .unwrap_or(0)
}

/// `compare` text fits its width: 100 columns when piped (whatever `$COLUMNS` says, so piped
/// output is stable), `--width N` when given; cells wrap within their column, and with four
/// jobs at 80 columns each difference goes under its value.
#[test]
fn compare_text_fits_the_width() {
    let four = [
        "compare",
        "Registered Nurses",
        "Software Developers",
        "Plumbers, Pipefitters, and Steamfitters",
        "Accountants and Auditors",
    ];
    let piped = run(&four);
    assert!(widest(&piped) <= 100, "{piped}");
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let with_columns = careerscope(home.path())
        .env("COLUMNS", "60")
        .args(four)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(String::from_utf8_lossy(&with_columns.stdout), piped);
    assert_eq!(run(&[&four[..], &["--width", "100"]].concat()), piped);

    for width in [80, 60] {
        let w = width.to_string();
        for jobs in [&four[..3], &four[..]] {
            let text = run(&[jobs, &["--width", &w]].concat());
            assert!(widest(&text) <= width, "{width}:\n{text}");
        }
    }
    // Four jobs at 80 columns: the salary's first line holds every job's value, and the
    // differences from Registered Nurses (OEWS annual means 101,420; 148,100; 72,170; 94,750)
    // are under them.
    let text = run(&[&four[..], &["--width", "80"]].concat());
    let lines: Vec<&str> = text.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.starts_with("Yearly salary "))
        .unwrap_or_else(|| panic!("{text}"));
    let cells = |l: &str| -> Vec<String> {
        l.split("  ")
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(String::from)
            .collect()
    };
    assert_eq!(
        cells(lines[at]),
        [
            "Yearly salary",
            "$101,420",
            "$148,100 ▲",
            "$72,170",
            "$94,750"
        ]
    );
    assert_eq!(cells(lines[at + 1]), ["+$46,680", "-$29,250", "-$6,670"]);
    assert_eq!(cells(lines[at + 2]), ["(+46.0%)", "(-28.8%)", "(-6.6%)"]);
}

/// `library list` says which pages were imported, when and from which file, and their jobs;
/// an import says plainly what it added, changed (old → new) and kept; a library written
/// before import times were kept shows `n/a`. docs/CLI.md's example has this shape.
#[test]
fn library_list_says_what_was_imported_when_and_from_where() {
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir = home.path();
    let empty = run_in(dir, &["library", "list"]);
    assert!(empty.starts_with("no library yet at "), "{empty}");

    let seed = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/pages/technical-manager-vs-lead-technician.txt"
    );
    let page = dir.join("technical-manager-vs-lead-technician.txt");
    std::fs::copy(seed, &page).unwrap_or_else(|e| panic!("{e}"));
    let name = page.to_string_lossy().into_owned();
    let added = run_in(dir, &["import", &name]);
    assert!(
        added.starts_with(
            "added    Technical Manager (a new job)\nadded    Lead Technician (a new job)\n"
        ),
        "{added}"
    );

    let listed = run_in(dir, &["library", "list"]);
    let lines: Vec<&str> = listed.lines().collect();
    assert_eq!(lines[0], "Technical manager vs lead technician");
    let (when, from) = lines[1]
        .strip_prefix("  imported ")
        .and_then(|l| l.split_once(" from "))
        .unwrap_or_else(|| panic!("{listed}"));
    assert_eq!(from, name);
    // RFC 3339, UTC, to the second: 2026-12-03T10:40:12Z.
    assert_eq!(when.len(), 20, "{when}");
    assert!(when.ends_with('Z') && when.as_bytes()[10] == b'T', "{when}");
    assert_eq!(lines[2], "  jobs: Technical Manager, Lead Technician");
    assert!(lines[3].starts_with("2 jobs from 1 page in "), "{listed}");

    // The same page with a higher salary for the lead technician: one value changed, the
    // other job kept.
    let text = std::fs::read_to_string(&page)
        .unwrap_or_default()
        .replace("$90,615", "$91,000");
    std::fs::write(&page, text).unwrap_or_else(|e| panic!("{e}"));
    let again = run_in(dir, &["import", &name]);
    assert!(
        again.contains("changed  Lead Technician: yearly salary (overview) $90,615 → $91,000\n"),
        "{again}"
    );
    assert!(
        again.contains("kept     Technical Manager (the page has no value that differs)\n"),
        "{again}"
    );

    // docs/CLI.md shows the same lines (its time and paths are an example's).
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/CLI.md"))
        .unwrap_or_else(|e| panic!("docs/CLI.md: {e}"));
    let example = doc
        .split("$ careerscope library list\n")
        .nth(1)
        .unwrap_or_else(|| panic!("the example is in docs/CLI.md"));
    let shown: Vec<&str> = example.lines().take(4).collect();
    assert_eq!(shown[0], lines[0]);
    assert!(
        shown[1].starts_with("  imported ")
            && shown[1].ends_with(" from technical-manager-vs-lead-technician.txt")
    );
    assert_eq!(shown[2], lines[2]);
    assert!(shown[3].starts_with("2 jobs from 1 page in "));

    // A library written before import times were kept.
    let library = dir.join("careerscope").join("library.json");
    let old = r#"{"schema": 1, "jobs": [{"name": "Old Job"}], "pages": [{"title": "Old job vs nobody", "jobs": ["Old Job"]}]}"#;
    std::fs::write(&library, old).unwrap_or_else(|e| panic!("{e}"));
    let listed = run_in(dir, &["library", "list"]);
    assert_eq!(
        listed.lines().take(3).collect::<Vec<_>>(),
        [
            "Old job vs nobody",
            "  imported n/a from n/a",
            "  jobs: Old Job"
        ]
    );
}

/// docs/CLI.md's `show electricians` example is what `show` prints, line for line up to its
/// closing `...` (OEWS May 2025 47-2111: annual mean $71,490; O*NET 29.3 47-2111.00 RL
/// category 3, Post-Secondary Certificate, 61.71%).
#[test]
fn cli_doc_show_example_is_what_show_prints() {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/CLI.md"))
        .unwrap_or_else(|e| panic!("docs/CLI.md: {e}"));
    let command = "$ careerscope show electricians\n";
    let start = doc
        .find(command)
        .unwrap_or_else(|| panic!("the example is in docs/CLI.md"))
        + command.len();
    let block = &doc[start..];
    let block = &block[..block.find("...\n").unwrap_or(block.len())];
    let out = run(&["show", "electricians"]);
    let shown: Vec<&str> = block.lines().collect();
    let printed: Vec<&str> = out.lines().take(shown.len()).collect();
    assert_eq!(shown, printed);
    assert!(block.contains("Post-Secondary Certificate (61.7%)"));
}
