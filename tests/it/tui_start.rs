//! How the explorer opens with `--query Q` and `--pair A B`: the start is applied through the
//! app's own actions, so the state is what picking and typing would give.

use crate::common;

use careerscope::tui::app::Focus;
use careerscope::tui::start::Start;
use common::*;

fn index_of(app: &careerscope::tui::App, name: &str) -> usize {
    app.catalog
        .find(name)
        .unwrap_or_else(|| panic!("no job {name}"))
}

/// `careerscope search QUERY` with an empty library: the names, one a line.
fn search(query: &str) -> Vec<String> {
    let home = tempfile::tempdir().expect("temp dir");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_careerscope"))
        .env("XDG_DATA_HOME", home.path())
        .env("HOME", home.path())
        .args(["search", query])
        .output()
        .expect("careerscope runs");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| l.split('\t').next().unwrap_or_default().to_string())
        .collect()
}

/// `--query nurse`: the picker opens with the query typed and the matches `search nurse`
/// prints, in its order, on the default pair, ready for Enter to fill slot A.
#[test]
fn a_query_opens_typed_in_the_picker() {
    let mut app = app(builtin());
    Start {
        query: Some("nurse".into()),
        jobs: None,
    }
    .apply(&mut app);
    assert_eq!(app.picker.query, "nurse");
    let listed: Vec<String> = app
        .picker
        .hits
        .iter()
        .map(|h| app.name(h.index).to_string())
        .collect();
    assert_eq!(listed, search("nurse"));
    assert!(listed.len() > 50, "{listed:?}");
    assert!(listed.contains(&"Nurse Practitioners".to_string()));
    assert_eq!(
        pair(&app),
        ("Registered Nurses".into(), "Software Developers".into())
    );
    assert_eq!(app.focus, Focus::Picker);
    assert_eq!(app.picker.target, 0);
}

/// `--pair A B`: the explorer opens on that pair, compared, slot A marked for the next pick;
/// a job already in the pair may go into the other slot.
#[test]
fn a_pair_opens_compared() {
    let mut app = app(builtin());
    let (electricians, nurses) = (
        index_of(&app, "Electricians"),
        index_of(&app, "Registered Nurses"),
    );
    // Registered Nurses is slot A at the start: it moves to slot B.
    Start {
        query: None,
        jobs: Some(vec![electricians, nurses]),
    }
    .apply(&mut app);
    assert_eq!(
        pair(&app),
        ("Electricians".into(), "Registered Nurses".into())
    );
    let c = app.panes.comparison.as_ref().expect("compared");
    assert_eq!(
        (c.name(0), c.name(1)),
        ("Electricians", "Registered Nurses")
    );
    assert_eq!(app.picker.target, 0);
    assert_eq!(app.picker.query, "");
    assert_eq!(app.focus, Focus::Panes, "a complete pair opens on the tabs");
    assert!(
        app.status.is_some(),
        "the status line still says what was loaded"
    );

    // The default pair the other way round, with a query typed after.
    let mut app = app_on_builtin();
    let developers = index_of(&app, "Software Developers");
    let nurses = index_of(&app, "Registered Nurses");
    Start {
        query: Some("lead tech".into()),
        jobs: Some(vec![developers, nurses]),
    }
    .apply(&mut app);
    assert_eq!(
        pair(&app),
        ("Software Developers".into(), "Registered Nurses".into())
    );
    assert_eq!(app.picker.query, "lead tech");
    assert_eq!(app.name(app.picker.hits[0].index), "Lead Technician");
    assert_eq!(app.focus, Focus::Picker, "a query opens in the picker");
}

fn app_on_builtin() -> careerscope::tui::App {
    app(builtin())
}

/// No start leaves the explorer as it always opened.
#[test]
fn no_start_changes_nothing() {
    let mut app = app(seeds());
    let before = (
        app.panes.jobs.clone(),
        app.picker.query.clone(),
        app.picker.target,
    );
    Start::default().apply(&mut app);
    assert_eq!(
        (
            app.panes.jobs.clone(),
            app.picker.query.clone(),
            app.picker.target
        ),
        before
    );
}
