//! Matching off the drawing thread: the newest query's matches are shown, never a stale one.

mod common;

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
    let expected = Index::new(&names).search("tech proj");

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
