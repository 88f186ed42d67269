//! Matching off the drawing thread: the newest query's matches are shown, never a stale one.

use crate::common;

use std::sync::{Arc, mpsc};
use std::time::Duration;

use careerscope::search::{Hit, Index};
use careerscope::tui::{Action, App, Msg};

fn type_str(app: &mut App, s: &str) {
    for c in s.chars() {
        app.update(Action::Input(c));
    }
}

#[test]
fn newest_query_wins_and_stale_matches_are_dropped() {
    let mut app = App::new(common::seeds(), careerscope::tui::theme::Theme::PLAIN);
    let (tx, rx) = mpsc::channel::<(u64, Arc<Vec<Hit>>)>();
    app.match_in_background(Box::new(move |generation, hits| {
        let _ = tx.send((generation, hits));
    }));
    let names: Vec<String> = app.catalog.names().iter().map(String::from).collect();
    // The picker's ranking: by the words of names (these have no titles), then by letters.
    let words = careerscope::search::Words::of_catalog(&app.catalog).unwrap_or_default();
    let index = Index::new(&names);
    let expected: Vec<Hit> = careerscope::search::find(&app.catalog, &words, &index, "tech proj")
        .into_iter()
        .map(|(hit, _)| hit)
        .collect();

    type_str(&mut app, "tech proj");
    assert!(
        app.picker.pending,
        "matching happens elsewhere; the list waits for it"
    );
    let before = app.picker.hits.clone();

    // Deliver everything the worker sends, in order, as the event loop would.
    let mut delivered = Vec::new();
    while app.picker.pending {
        let (generation, hits) = rx
            .recv_timeout(Duration::from_secs(10))
            .unwrap_or_else(|e| panic!("no matches arrived: {e}"));
        delivered.push(generation);
        app.update(Msg::Matches(generation, hits));
    }
    assert_eq!(*app.picker.hits, expected);
    assert_eq!(
        delivered.last(),
        Some(&9),
        "the newest of nine keystrokes: {delivered:?}"
    );
    assert_ne!(app.picker.hits, before);

    // Matches for an older query arriving late change nothing.
    app.update(Msg::Matches(3, Arc::new(Vec::new())));
    assert_eq!(*app.picker.hits, expected);

    // Clearing the query shows every job at once, without the worker.
    app.update(Action::ClearQuery);
    assert!(!app.picker.pending);
    assert_eq!(app.picker.hits.len(), names.len());
}

/// With a loop to wake, the figures for sorting are read on a thread: the list says so and
/// keeps its match order until they arrive, then is sorted (OEWS: Pediatric Surgeons $502,050
/// pay most).
#[test]
fn sorting_reads_the_figures_off_the_ui_thread() {
    let mut app = common::app(common::builtin());
    let (tx, rx) = std::sync::mpsc::channel();
    let tx = std::sync::Mutex::new(tx);
    app.run_tasks_on(Arc::new(move |msg| {
        let _ = tx.lock().map(|tx| tx.send(msg));
    }));
    common::press_mod(
        &mut app,
        crossterm::event::KeyCode::Char('o'),
        crossterm::event::KeyModifiers::CONTROL,
    );
    assert!(app.reading_facets());
    let text = common::screen_text(&common::render(&mut app, 120, 40));
    assert!(text.contains("by salary · reading figures…"), "{text}");
    let msg = rx
        .recv_timeout(std::time::Duration::from_secs(60))
        .expect("the figures arrive");
    assert!(matches!(msg, Msg::Facets(..)), "{msg:?}");
    app.update(msg);
    assert!(!app.reading_facets());
    assert_eq!(app.name(app.picker.hits[0].index), "Pediatric Surgeons");
}

/// Where the loop runs, the pinned job's similar jobs are found on a thread: the Overview says
/// it is finding them, and they arrive as a message.
#[test]
fn similar_jobs_are_found_off_the_ui_thread() {
    let mut app = App::new(common::builtin(), careerscope::tui::theme::Theme::PLAIN);
    let (tx, rx) = mpsc::channel();
    let tx = std::sync::Mutex::new(tx);
    app.run_tasks_on(Arc::new(move |msg| {
        let _ = tx.lock().map(|tx| tx.send(msg));
    }));
    app.update(Action::Resize(120, 40));
    assert!(app.panes.lists.finding_similar);
    assert!(app.panes.lists.similar.is_empty());
    let msg = rx
        .recv_timeout(Duration::from_secs(60))
        .expect("the similar jobs arrive");
    assert!(matches!(msg, Msg::Similar(..)), "{msg:?}");
    app.update(msg);
    assert!(!app.panes.lists.finding_similar);
    assert_eq!(app.panes.lists.similar.len(), 10);
    // Registered Nurses' most similar occupation (assets/similar.json) is Nurse Practitioners.
    assert_eq!(app.panes.lists.similar[0].name, "Nurse Practitioners");
}
