//! The explorer draws before its dataset is read: names stream into the picker while a loader
//! thread reads the file, keys work meanwhile, and the catalog takes over when it is read. No
//! test here is timed: the loader is held back on purpose, one chunk at a time.

use crate::common;

use std::sync::mpsc;
use std::time::Duration;

use careerscope::catalog::{Catalog, Names};
use careerscope::search::Index;
use careerscope::tui::app::{Focus, SPINNER};
use careerscope::tui::theme::Theme;
use careerscope::tui::{Action, App, Load, Msg, load_behind};
use common::*;
use crossterm::event::{KeyCode, KeyModifiers};

/// The seed dataset as a dataset file's text.
fn seeds_text() -> String {
    serde_json::to_string_pretty(&seeds()).unwrap_or_else(|e| panic!("{e}"))
}

/// The next action the loader sends; the wait is a bound for a broken loader, not a timing.
fn next(rx: &mpsc::Receiver<Msg>) -> Msg {
    rx.recv_timeout(Duration::from_secs(30))
        .unwrap_or_else(|e| panic!("the loader sent nothing: {e}"))
}

/// The picker's query line: the row under the picker's top border.
fn query_row(app: &mut App) -> String {
    let t = render(app, 120, 40);
    screen(&t)[1].clone()
}

fn listed(app: &App) -> Vec<String> {
    app.picker
        .hits
        .iter()
        .map(|h| app.name(h.index).to_string())
        .collect()
}

#[test]
fn the_explorer_draws_and_takes_keys_before_a_held_back_dataset_is_read() {
    let text = seeds_text();
    let all: Vec<String> = seeds().jobs.iter().map(|j| j.name.clone()).collect();
    assert_eq!(all.len(), 6);
    // The loader waits for the test before it starts and after each chunk of two names.
    let (gate, held) = mpsc::channel::<()>();
    let load: Load = Box::new(move |sink| {
        let _ = held.recv();
        let mut held_back = |names: &Names| {
            sink(names);
            let _ = held.recv();
        };
        Ok(Catalog::from_text_streaming(
            text,
            "slow.json",
            2,
            &mut held_back,
        )?)
    });
    let (tx, rx) = mpsc::channel();
    let done = load_behind(load, move |action| tx.send(action).is_ok());

    // The first frame, with nothing read: the picker, its count and spinner, the tabs.
    let mut app = App::loading(Theme::PLAIN, "slow.json");
    let t = render(&mut app, 120, 40);
    let shown = screen_text(&t);
    assert!(shown.contains("Reading slow.json…"), "{shown}");
    assert!(shown.contains("reading the dataset…"), "{shown}");
    assert!(shown.contains("1 Overview"), "{shown}");
    assert!(
        screen(&t)[1].contains(&format!(" 0 {}┃", SPINNER[0])),
        "{shown}"
    );
    assert!(rx.try_recv().is_err(), "the loader is held back");
    assert!(!done.load(std::sync::atomic::Ordering::Acquire));

    // Keys work: typing, the help, the spinner turning.
    type_str(&mut app, "tech");
    assert_eq!(app.picker.query, "tech");
    press(&mut app, KeyCode::F(1));
    assert!(app.help.open);
    let help = screen_text(&render(&mut app, 120, 40));
    assert!(help.contains("Keys"), "{help}");
    press(&mut app, KeyCode::Esc);
    assert!(!app.help.open);
    app.update(Msg::Tick);
    assert!(query_row(&mut app).contains(&format!("0/0 {}", SPINNER[1])));

    // The first two names arrive: the query is matched against them.
    gate.send(()).unwrap_or_else(|e| panic!("{e}"));
    let action = next(&rx);
    assert!(
        matches!(&action, Msg::NamesArrived(n, None) if n.len() == 2),
        "{action:?}"
    );
    app.update(action);
    let expected: Vec<String> = Index::new(&all[..2])
        .search("tech")
        .iter()
        .map(|h| all[h.index].clone())
        .collect();
    assert!(!expected.is_empty());
    assert_eq!(listed(&app), expected);
    let row = query_row(&mut app);
    assert!(
        row.contains(&format!("{}/2 {}", expected.len(), SPINNER[1])),
        "{row}"
    );
    let shown = screen_text(&render(&mut app, 120, 40));
    for name in &expected {
        let start: String = name.chars().take(20).collect();
        assert!(shown.contains(&start), "{name} is listed:\n{shown}");
    }
    // Picking waits for the whole dataset, and says so.
    press(&mut app, KeyCode::Enter);
    assert!(app.panes.jobs.is_empty());
    assert!(
        app.status
            .as_deref()
            .unwrap_or("")
            .contains("Still reading")
    );

    // Without a query the count says how many names have arrived.
    press_mod(&mut app, KeyCode::Char('u'), KeyModifiers::CONTROL);
    assert_eq!(listed(&app), all[..2]);
    assert!(query_row(&mut app).contains(&format!(" 2 {}", SPINNER[1])));
    type_str(&mut app, "tech");

    // The next two, then the last two and the catalog.
    gate.send(()).unwrap_or_else(|e| panic!("{e}"));
    app.update(next(&rx));
    assert_eq!(app.job_count(), 4);
    gate.send(()).unwrap_or_else(|e| panic!("{e}"));
    app.update(next(&rx));
    assert_eq!(app.job_count(), 6);
    assert!(app.loading.is_some());
    gate.send(()).unwrap_or_else(|e| panic!("{e}"));
    let loaded = next(&rx);
    assert!(matches!(loaded, Msg::Loaded(_)), "{loaded:?}");
    app.update(loaded);

    // The full state: the catalog, its first pair shown, the query kept and matched again.
    assert!(app.loading.is_none());
    assert!(!app.quit);
    assert_eq!(app.catalog.len(), 6);
    assert_eq!(app.picker.query, "tech");
    // Once loaded, the picker's ranking: by the words of names, then by letters.
    let words = careerscope::search::Words::of_catalog(&app.catalog).unwrap_or_default();
    let index = Index::new(&all);
    let full: Vec<String> = careerscope::search::find(&app.catalog, &words, &index, "tech")
        .iter()
        .map(|(h, _)| all[h.index].clone())
        .collect();
    assert_eq!(listed(&app), full);
    let first = App::new(seeds(), Theme::PLAIN);
    assert_eq!(app.panes.jobs, first.panes.jobs);
    assert!(app.panes.comparison.is_some());
    assert_eq!(app.focus, Focus::Picker);
    let row = query_row(&mut app);
    assert!(row.contains(&format!("{}/6", full.len())), "{row}");
    assert!(!SPINNER.iter().any(|s| row.contains(*s)), "{row}");
    assert!(done.load(std::sync::atomic::Ordering::Acquire));
    // Enter now picks.
    press(&mut app, KeyCode::Enter);
    assert_eq!(pair(&app).0, full[0]);
}

#[test]
fn the_total_is_shown_once_known_and_every_size_draws() {
    let mut app = App::loading(Theme::COLOR, "big.json");
    let names: Vec<String> = (0..37_412).map(|i| format!("Job {i}")).collect();
    app.update(Msg::NamesArrived(names.into(), Some(100_000)));
    assert!(query_row(&mut app).contains(&format!("37,412/100,000 {}", SPINNER[0])));
    // No size panics while loading, the help open or not.
    for open in [false, true] {
        if open {
            app.update(Action::ToggleHelp);
        }
        for (w, h) in [(0, 0), (1, 1), (20, 5), (40, 10), (80, 24), (300, 100)] {
            render(&mut app, w, h);
        }
    }
}

#[test]
fn keys_quit_while_loading() {
    let mut app = App::loading(Theme::PLAIN, "slow.json");
    press_mod(&mut app, KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert!(app.quit);
    let mut app = App::loading(Theme::PLAIN, "slow.json");
    // Esc leaves the empty query for the tabs, where q quits.
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('q'));
    assert!(app.quit);
    assert!(app.failed.is_none());
}

#[test]
fn a_dataset_broken_half_way_ends_with_the_error_of_a_whole_read() {
    // Four good jobs, then a line the parser cannot read.
    let good = seeds_text();
    let cut = good
        .match_indices("\n    {")
        .nth(4)
        .map_or(good.len() / 2, |(i, _)| i);
    let text = format!(
        "{}\n    {{\"name\": \"Broken\", oops}}\n  ]\n}}\n",
        &good[..cut]
    );
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("bad.json");
    std::fs::write(&path, &text).unwrap_or_else(|e| panic!("{e}"));
    let today = Catalog::open(&path)
        .err()
        .map(|e| format!("{:#}", anyhow::Error::from(e)))
        .unwrap_or_else(|| panic!("the file is broken"));
    assert!(today.contains("bad.json: line "), "{today}");

    let (tx, rx) = mpsc::channel();
    let streamed = path.clone();
    load_behind(
        Box::new(move |sink| Ok(Catalog::open_streaming(&streamed, 1, sink)?)),
        move |action| tx.send(action).is_ok(),
    );
    let mut app = App::loading(Theme::PLAIN, &path.display().to_string());
    render(&mut app, 120, 40);
    loop {
        let action = next(&rx);
        let last = matches!(action, Msg::Loaded(_));
        app.update(action);
        render(&mut app, 120, 40);
        if last {
            break;
        }
    }
    // Names arrived before the break was found; then the explorer quits with the error kept
    // for `main` to print once the terminal is restored.
    assert!(app.quit);
    assert_eq!(app.failed.as_deref(), Some(today.as_str()));
    assert!(!today.contains('\n'));
}

#[test]
fn streaming_reads_the_same_catalog_as_a_whole_read() {
    let text = seeds_text();
    let mut seen = Vec::new();
    let streamed = Catalog::from_text_streaming(text.clone(), "s.json", 4, &mut |names| {
        seen.push(names.len())
    })
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(seen, [4, 6]);
    // The full reader, which builds every profile, reads the same jobs.
    let whole = Catalog::from_dataset(
        careerscope::dataset::parse(&text, "s.json").unwrap_or_else(|e| panic!("{e}")),
        "s.json",
    );
    assert_eq!(
        streamed.names().iter().collect::<Vec<_>>(),
        whole.names().iter().collect::<Vec<_>>()
    );
    assert_eq!(streamed.first_pair(), whole.first_pair());
    for i in 0..whole.len() {
        assert_eq!(
            streamed.profile(i).map(|p| p.into_owned()).ok(),
            whole.profile(i).map(|p| p.into_owned()).ok()
        );
    }
    // Every kind of broken file is explained, naming the file and what is wrong.
    for (bad, says) in [
        (
            r#"{"schema": 2, "jobs": [{"name": "A"}]}"#,
            "d.json: dataset schema 2 is not supported",
        ),
        (
            "{\"schema\": 1,\n \"jobs\": [}",
            "d.json: line 2: expected a careerscope dataset",
        ),
        (
            r#"{"schema": 1, "jobs": [{"title": "x"}]}"#,
            "d.json: job 1 has no readable \"name\"",
        ),
        (r#"{"jobs": []}"#, "found JSON without a schema"),
        (
            r#"{"schema": 1, "jobs": [], "jobs": []}"#,
            "duplicate field `jobs`",
        ),
        ("[]", "d.json: line 1: expected a careerscope dataset"),
        ("", "EOF while parsing"),
    ] {
        let streamed = Catalog::from_text_streaming(bad.to_string(), "d.json", 1, &mut |_| {})
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(streamed.contains(says), "{bad}: {streamed}");
    }
}

#[test]
fn a_laid_out_file_gives_its_whole_catalog_from_its_index_at_once() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("laid-out.json");
    let mut out = Vec::new();
    careerscope::dataset::layout::write_dataset(&mut out, &seeds())
        .unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(&path, out).unwrap_or_else(|e| panic!("{e}"));
    let mut seen = Vec::new();
    let streamed = Catalog::open_streaming(&path, 2, &mut |names| seen.push(names.len()))
        .unwrap_or_else(|e| panic!("{e}"));
    // No names sent ahead: the catalog, with every name, comes at once.
    assert!(seen.is_empty(), "{seen:?}");
    assert_eq!(streamed.len(), 6);
    let whole = Catalog::open(&path).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        streamed.names().iter().collect::<Vec<_>>(),
        whole.names().iter().collect::<Vec<_>>()
    );
    assert_eq!(streamed.first_pair(), whole.first_pair());
}

/// Without a terminal, a broken `--data` file is still the error said (not that the explorer
/// needs a terminal), in one line, with exit status 1, as when it was read before the explorer.
#[test]
fn without_a_terminal_a_broken_dataset_is_said_first() {
    use assert_cmd::Command;
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("broken.json");
    std::fs::write(
        &path,
        "{\"schema\": 1, \"jobs\": [\n{\"name\": \"A\"},\n{\"name\": oops}\n]}\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let today = Catalog::open(&path)
        .err()
        .map(|e| format!("{:#}", anyhow::Error::from(e)))
        .unwrap_or_else(|| panic!("the file is broken"));
    assert!(today.contains("broken.json: line 3"), "{today}");
    let mut cmd = Command::cargo_bin("careerscope").unwrap_or_else(|e| panic!("{e}"));
    cmd.env("XDG_DATA_HOME", dir.path())
        .env("HOME", dir.path())
        .arg("--data")
        .arg(&path)
        .assert()
        .code(1)
        .stdout("")
        .stderr(format!("careerscope: {today}\n"));
    // A file that cannot be opened is said before the screen would be taken.
    let mut cmd = Command::cargo_bin("careerscope").unwrap_or_else(|e| panic!("{e}"));
    let out = cmd
        .env("XDG_DATA_HOME", dir.path())
        .arg("--data")
        .arg(dir.path().join("missing.json"))
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("missing.json"), "{err}");
    assert!(!err.contains("terminal"), "{err}");
}

/// While the dataset is read, the hint line offers only keys that work then: no sort or
/// filter (they wait for the whole dataset); quit and help as always.
#[test]
fn the_hint_line_offers_only_what_works_while_loading() {
    let mut app = App::loading(Theme::PLAIN, "slow.json");
    let t = render(&mut app, 200, 40);
    let hints = screen(&t).last().cloned().unwrap_or_default();
    assert!(
        hints.contains("Ctrl-C quit") && hints.contains("F1 help"),
        "{hints}"
    );
    assert!(
        !hints.contains("sort") && !hints.contains("filter"),
        "{hints}"
    );
    assert!(!hints.contains("sets A"), "Enter waits too: {hints}");
    // Once read, they are offered again.
    let mut app = app_with(seeds());
    let hints = screen(&render(&mut app, 200, 40))
        .last()
        .cloned()
        .unwrap_or_default();
    assert!(hints.contains("Ctrl-O sort"), "{hints}");
}

fn app_with(dataset: careerscope::model::Dataset) -> App {
    let mut app = app(dataset);
    // Past the status line's first message (what was loaded).
    app.update(Action::SelectNext);
    app
}
