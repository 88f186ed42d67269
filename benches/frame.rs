//! The explorer's frames: the first frame after start, a full draw of each tab, and a keystroke
//! matched and drawn, at 1,000 / 10,000 / 100,000 jobs (200×60 terminal); and the first frame
//! of a 100,000-job `--data` file read before drawing (the old way) and behind the first frame.
//!
//!     cargo bench --bench frame
//!     cargo bench --bench frame -- first_frame_100000   # only the last

#[path = "../examples/synth/generate.rs"]
#[allow(dead_code)]
mod generate;

use careerscope::catalog::Catalog;
use careerscope::library;
use careerscope::tui::tabs::Tab;
use careerscope::tui::theme::Theme;
use careerscope::tui::{Action, App, Msg, draw};
use criterion::{BatchSize, BenchmarkId, Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::hint::black_box;
use std::time::Duration;
use strum::IntoEnumIterator;

const W: u16 = 200;
const H: u16 = 60;

fn terminal() -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(W, H)).unwrap_or_else(|e| panic!("{e}"))
}

fn frames(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    for n in [1_000, 10_000, 100_000] {
        let path = generate::write_dataset(dir.path(), n);

        // Start-up: read the names, build the app, draw the first frame.
        let mut group = c.benchmark_group("first_frame");
        group
            .sample_size(10)
            .measurement_time(Duration::from_secs(4));
        group.bench_function(BenchmarkId::from_parameter(n), |b| {
            b.iter(|| black_box(read_then_draw(&path)))
        });
        group.finish();

        let catalog = Catalog::open(&path).unwrap_or_else(|e| panic!("{e}"));
        let mut app = App::new(catalog, Theme::COLOR);
        app.update(Action::Resize(W, H));
        let mut t = terminal();
        let mut group = c.benchmark_group(format!("draw/{n}"));
        group
            .sample_size(30)
            .measurement_time(Duration::from_secs(2));
        for tab in Tab::iter() {
            app.update(Action::SelectTab(tab));
            group.bench_function(BenchmarkId::from_parameter(tab.title()), |b| {
                b.iter(|| t.draw(|f| draw(&app, f)).map(|_| ()).unwrap_or(()))
            });
        }
        group.finish();

        // A keystroke as the explorer handles it when matching inline: update, then draw.
        let mut group = c.benchmark_group(format!("keystroke_drawn/{n}"));
        group
            .sample_size(20)
            .measurement_time(Duration::from_secs(2));
        for (before, key) in [("", 't'), ("tech pro", 'j'), ("tech", ' ')] {
            let label = format!("{before}+{key}").replace(' ', "_");
            group.bench_function(BenchmarkId::from_parameter(label), |b| {
                b.iter_batched(
                    || {
                        let catalog = Catalog::open(&path).unwrap_or_else(|e| panic!("{e}"));
                        let mut app = App::new(catalog, Theme::COLOR);
                        app.update(Action::Resize(W, H));
                        for c in before.chars() {
                            app.update(Action::Input(c));
                        }
                        (app, terminal())
                    },
                    |(mut app, mut t)| {
                        app.update(Action::Input(key));
                        t.draw(|f| draw(&app, f)).map(|_| ()).unwrap_or(());
                        // Returned, so the app is dropped outside the measurement.
                        (app, t)
                    },
                    BatchSize::PerIteration,
                )
            });
        }
        group.finish();
    }
}

/// The built-in dataset (830 real occupations and the page jobs): a keystroke matched by name
/// and by other titles, then drawn. The first key also reads the titles (once per session).
fn builtin_keystrokes(c: &mut Criterion) {
    let builtin = || {
        Catalog::joined(
            Catalog::occupations(library::OCCUPATIONS).unwrap_or_else(|e| panic!("{e}")),
            Catalog::from_dataset(
                library::embedded().unwrap_or_else(|e| panic!("{e}")),
                "built-in dataset",
            ),
        )
    };
    let mut group = c.benchmark_group("first_frame");
    group.bench_function("builtin", |b| {
        b.iter(|| {
            let mut app = App::new(builtin(), Theme::COLOR);
            app.update(Action::Resize(W, H));
            let mut t = terminal();
            t.draw(|f| draw(&app, f)).map(|_| ()).unwrap_or(());
            black_box(app.picker.hits.len())
        })
    });
    group.finish();

    let mut group = c.benchmark_group("keystroke_drawn/builtin");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(3));
    // The same keys, and with the list sorted by salary and filtered to one entry education.
    let cases = [
        ("", 'r', false),
        ("r", 'n', false),
        ("sous che", 'f', false),
        ("registered nurs", 'e', false),
        ("", 't', true),
        ("t", 'h', true),
        ("therap", 'i', true),
    ];
    for (before, key, arranged) in cases {
        let kind = if arranged { "sorted_filtered/" } else { "" };
        let label = format!("{kind}{before}+{key}").replace(' ', "_");
        group.bench_function(BenchmarkId::from_parameter(label), |b| {
            b.iter_batched(
                || {
                    let mut app = App::new(builtin(), Theme::COLOR);
                    app.update(Action::Resize(W, H));
                    if arranged {
                        app.update(Action::CycleSort);
                        app.update(Action::OpenFilter);
                        app.update(Action::FilterNext);
                        app.update(Action::FilterChoose);
                    }
                    for c in before.chars() {
                        app.update(Action::Input(c));
                    }
                    (app, terminal())
                },
                |(mut app, mut t)| {
                    app.update(Action::Input(key));
                    t.draw(|f| draw(&app, f)).map(|_| ()).unwrap_or(());
                    (app, t)
                },
                BatchSize::PerIteration,
            )
        });
    }
    group.finish();
}

/// `careerscope --data FILE` at 100,000 jobs, both ways in one run: `read_then_draw` reads the
/// whole file, builds the app and draws (as the explorer did before); `draw_then_read` starts
/// the loader thread, builds the loading app and draws its first frame, as `tui::run_loading`
/// does; `draw_then_read/until_loaded` goes on until the catalog has taken over and is drawn.
/// Each iteration waits for its loader to finish, untimed, before the next starts.
fn streaming_first_frame(c: &mut Criterion) {
    use careerscope::tui::{CHUNK, load_behind};
    use std::sync::mpsc;
    use std::time::Instant;
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = generate::write_dataset(dir.path(), 100_000);
    let mut group = c.benchmark_group("first_frame_100000");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(8));
    group.bench_function("read_then_draw", |b| {
        b.iter(|| black_box(read_then_draw(&path)))
    });
    for until_loaded in [false, true] {
        let name = if until_loaded {
            "draw_then_read/until_loaded"
        } else {
            "draw_then_read"
        };
        group.bench_function(name, |b| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    let start = Instant::now();
                    let (tx, rx) = mpsc::channel();
                    let p = path.clone();
                    load_behind(
                        Box::new(move |sink| Ok(Catalog::open_streaming(&p, CHUNK, sink)?)),
                        move |action| tx.send(action).is_ok(),
                    );
                    let mut app = App::loading(Theme::COLOR, "jobs-100000.json");
                    app.update(Action::Resize(W, H));
                    let mut t = terminal();
                    t.draw(|f| draw(&app, f)).map(|_| ()).unwrap_or(());
                    if !until_loaded {
                        total += start.elapsed();
                    }
                    // As the explorer's loop does: apply what arrives, draw, until loaded.
                    while let Ok(action) = rx.recv() {
                        let last = matches!(action, Msg::Loaded(_));
                        app.update(action);
                        if until_loaded {
                            t.draw(|f| draw(&app, f)).map(|_| ()).unwrap_or(());
                        }
                        if last {
                            break;
                        }
                    }
                    if until_loaded {
                        total += start.elapsed();
                    }
                    assert_eq!(app.catalog.len(), 100_000);
                    black_box(app.picker.hits.len());
                }
                total
            })
        });
    }
    group.finish();
}

criterion_group!(benches, builtin_keystrokes, frames, streaming_first_frame);
criterion_main!(benches);

/// The explorer's first frame as it was before the dataset was read behind it: the whole
/// file read, the app built, one frame drawn. Returns the jobs listed.
fn read_then_draw(path: &std::path::Path) -> usize {
    let catalog = Catalog::open(path).unwrap_or_else(|e| panic!("{e}"));
    let mut app = App::new(catalog, Theme::COLOR);
    app.update(Action::Resize(W, H));
    let mut t = terminal();
    t.draw(|f| draw(&app, f)).map(|_| ()).unwrap_or(());
    app.picker.hits.len()
}
