//! The explorer comparing two to four jobs: adding, removing, pinning and scrolling columns
//! with the real keymap, every tab drawn at 2, 3 and 4 jobs (insta snapshots reviewed by eye),
//! and no panic at any size with four jobs.

use crate::common;

use careerscope::tui::app::Focus;
use careerscope::tui::tabs::Tab;
use careerscope::tui::{Action, App};
use common::*;
use crossterm::event::KeyCode;
use strum::IntoEnumIterator;

/// The names of the compared jobs, pinned first.
fn names(app: &App) -> Vec<String> {
    app.panes
        .jobs
        .iter()
        .map(|&j| app.name(j).to_string())
        .collect()
}

/// The default dataset on Registered Nurses and Software Developers, the tabs focused, then
/// `+ QUERY Enter` for each of `more`, as a user adds columns.
fn real_jobs(more: &[&str]) -> App {
    let mut app = app(builtin());
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.focus, Focus::Panes);
    for query in more {
        type_str(&mut app, "+");
        assert_eq!(app.focus, Focus::Picker, "+ goes to the query");
        type_str(&mut app, query);
        press(&mut app, KeyCode::Enter);
        assert_eq!(
            app.focus,
            Focus::Panes,
            "the new job is picked: back to the tabs"
        );
    }
    app
}

#[test]
fn plus_adds_columns_up_to_four() {
    let mut app = real_jobs(&["electricians", "cashiers"]);
    assert_eq!(
        names(&app),
        [
            "Registered Nurses",
            "Software Developers",
            "Electricians",
            "Cashiers"
        ]
    );
    let c = app.panes.comparison.as_ref().expect("a comparison");
    assert_eq!(c.len(), 4);
    assert_eq!(c.letter(3), 'D');
    // A fifth is refused, with the reason on the status line.
    type_str(&mut app, "+");
    assert_eq!(app.focus, Focus::Panes);
    assert!(
        app.status
            .as_deref()
            .is_some_and(|s| s.contains("At most 4")),
        "{:?}",
        app.status
    );
}

#[test]
fn x_removes_the_marked_column_but_never_below_two() {
    let mut app = real_jobs(&["electricians", "cashiers"]);
    // The job picked last is marked: x removes Cashiers.
    type_str(&mut app, "x");
    assert_eq!(names(&app).len(), 3);
    assert!(!names(&app).contains(&"Cashiers".to_string()));
    // [ marks the column before: Software Developers.
    type_str(&mut app, "[");
    type_str(&mut app, "x");
    assert_eq!(names(&app), ["Registered Nurses", "Electricians"]);
    type_str(&mut app, "x");
    assert_eq!(names(&app).len(), 2, "two jobs stay");
    assert!(app.status.as_deref().is_some_and(|s| s.contains("fewest")));
}

#[test]
fn p_pins_the_marked_job_and_differences_follow_it() {
    let mut app = real_jobs(&["electricians"]);
    type_str(&mut app, "P");
    assert_eq!(
        names(&app),
        ["Electricians", "Registered Nurses", "Software Developers"]
    );
    let c = app.panes.comparison.as_ref().expect("a comparison");
    let salary = c
        .fact(
            careerscope::model::Topic::Overview,
            careerscope::compare::FactId::YearlySalary,
        )
        .expect("yearly salary");
    // OEWS May 2025 annual means: Electricians $71,490, Registered Nurses $101,420.
    assert_eq!(salary.value(0), "$71,490");
    assert_eq!(salary.difference_text(1), "+$29,930 (+41.9%)");
    assert_eq!(
        salary.differences[0], None,
        "the pinned job has no difference"
    );
}

#[test]
fn a_narrow_screen_shows_the_pinned_job_and_scrolls_the_others() {
    let mut app = real_jobs(&["electricians", "cashiers"]);
    let text = screen_text(&render(&mut app, 80, 24));
    // The last job added is the one shown beside the pinned job, and the note names both.
    assert!(
        text.contains("2 of 4 jobs shown: A Registered Nurses, D Cashiers"),
        "{text}"
    );
    assert!(
        text.contains("←→ jobs"),
        "the hint says what the arrows do: {text}"
    );
    press(&mut app, KeyCode::Left);
    // OEWS May 2025 annual means: Electricians $71,490, Software Developers $148,100.
    let text = screen_text(&render(&mut app, 80, 24));
    assert!(text.contains("C $71,490"), "{text}");
    press(&mut app, KeyCode::Left);
    let text = screen_text(&render(&mut app, 80, 24));
    assert!(text.contains("B $148,100"), "{text}");
    // No value is squeezed into `…`: cells wrap instead.
    assert!(!text.contains("$148,1…"), "{text}");
    // Wide enough for all four: no note, and ←/→ switch tabs again.
    let text = screen_text(&render(&mut app, 160, 45));
    assert!(!text.contains("jobs shown"), "{text}");
    assert!(text.contains("D Cashiers") && text.contains("C Electricians"));
    press(&mut app, KeyCode::Right);
    assert_eq!(app.panes.tab, Tab::Salary);
}

#[test]
fn copy_writes_what_is_shown() {
    let mut app = real_jobs(&["electricians", "cashiers"]);
    render(&mut app, 160, 45);
    app.update(Action::Copy);
    let Some(careerscope::tui::app::Effect::Copy(all)) = app.effect.take() else {
        panic!("no copy asked for");
    };
    assert!(
        all.starts_with("# Registered Nurses vs Software Developers vs Electricians vs Cashiers\n")
    );
    render(&mut app, 80, 24);
    app.update(Action::Copy);
    let Some(careerscope::tui::app::Effect::Copy(two)) = app.effect.take() else {
        panic!("no copy asked for");
    };
    assert!(
        two.starts_with("# Registered Nurses vs Cashiers\n"),
        "{two}"
    );
}

#[test]
fn every_tab_at_two_three_and_four_jobs() {
    let sets: [&[&str]; 3] = [&[], &["electricians"], &["electricians", "cashiers"]];
    for more in sets {
        let n = 2 + more.len();
        for (w, h) in [(80, 24), (160, 45)] {
            let mut app = real_jobs(more);
            for tab in Tab::iter() {
                app.update(Action::SelectTab(tab));
                let name = format!("{}_jobs_{}_{w}x{h}", n, tab.title().to_lowercase());
                insta::assert_snapshot!(name, render(&mut app, w, h).backend());
            }
        }
    }
}

#[test]
fn four_jobs_never_panic_at_any_size() {
    let mut app = real_jobs(&["electricians", "cashiers"]);
    // Every width at a short and a tall height; every height at a narrow and a wide width (the
    // columns shown depend on the width, the layout's modes on both).
    let widths = (1..=250).flat_map(|w| [5, 45].map(|h| (w, h)));
    let heights = (1..=80).flat_map(|h| [30, 250].map(|w| (w, h)));
    for (w, h) in widths.chain(heights) {
        for tab in Tab::iter() {
            app.update(Action::SelectTab(tab));
            app.update(Action::ScrollBottom);
            let drawn = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                render(&mut app, w, h);
            }));
            assert!(drawn.is_ok(), "panicked at {w}x{h} on {tab:?}");
        }
        // Scrolling the columns at this width keeps within them.
        app.update(Action::ScrollColumns(1));
        app.update(Action::ScrollColumns(-1));
    }
}
