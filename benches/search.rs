//! Matching cost per keystroke in the picker, at 1,000 / 10,000 / 100,000 jobs.
//!
//!     cargo bench --bench search
//!
//! - `type/<n>/<k>`: the k-th keystroke of typing "tech proj" one character at a time, with the
//!   results of the first k-1 characters remembered (what the picker does).
//! - `paste/<n>`: "tech proj" arriving whole, matched against every name.
//! - `backspace/<n>`: "tech proj" → "tech pro" after typing it.
//! - `rank/<query>`: ranking the built-in occupations by the words of their names, reported and
//!   alternate titles (what `search`, `show` and the picker do on the built-in data): a whole
//!   word, a plural, a typo (the edit-distance pass over every word) and a word's start.

#[path = "../examples/synth/generate.rs"]
#[allow(dead_code)]
mod generate;

use careerscope::search::{Index, Session};
use criterion::{BatchSize, BenchmarkId, Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;

const QUERY: &str = "tech proj";

fn keystrokes(c: &mut Criterion) {
    for n in [1_000, 10_000, 100_000] {
        let names = generate::names(n, 42);
        let index = Index::new(&names);
        let mut group = c.benchmark_group(format!("type/{n}"));
        group
            .sample_size(20)
            .measurement_time(Duration::from_secs(2));
        for k in 1..=QUERY.len() {
            let (before, now) = (&QUERY[..k - 1], &QUERY[..k]);
            group.bench_with_input(
                BenchmarkId::from_parameter(now.replace(' ', "_")),
                &k,
                |b, _| {
                    b.iter_batched(
                        || {
                            let mut s = Session::default();
                            for j in 1..k {
                                s.run(&index, &before[..j]);
                            }
                            s
                        },
                        |mut s| black_box(s.run(&index, now).len()),
                        BatchSize::LargeInput,
                    )
                },
            );
        }
        group.finish();

        let mut group = c.benchmark_group("paste");
        group
            .sample_size(20)
            .measurement_time(Duration::from_secs(2));
        group.bench_function(BenchmarkId::from_parameter(n), |b| {
            b.iter(|| black_box(index.search(QUERY).len()))
        });
        group.finish();

        let mut group = c.benchmark_group("backspace");
        group
            .sample_size(20)
            .measurement_time(Duration::from_secs(2));
        group.bench_function(BenchmarkId::from_parameter(n), |b| {
            b.iter_batched(
                || {
                    let mut s = Session::default();
                    for j in 1..=QUERY.len() {
                        s.run(&index, &QUERY[..j]);
                    }
                    s
                },
                |mut s| black_box(s.run(&index, "tech pro").len()),
                BatchSize::LargeInput,
            )
        });
        group.finish();
    }
}

fn ranking(c: &mut Criterion) {
    let catalog = careerscope::catalog::Catalog::occupations(careerscope::library::OCCUPATIONS)
        .unwrap_or_else(|e| panic!("{e}"));
    let words = careerscope::search::Words::of_catalog(&catalog).unwrap_or_else(|e| panic!("{e}"));
    let index = Index::of_names(catalog.names());
    let mut group = c.benchmark_group("rank");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(2));
    for query in ["nurse", "software engineers", "electricain", "tec"] {
        group.bench_function(BenchmarkId::from_parameter(query.replace(' ', "_")), |b| {
            b.iter(|| black_box(careerscope::search::find(&catalog, &words, &index, query).len()))
        });
    }
    group.finish();
}

criterion_group!(benches, keystrokes, ranking);
criterion_main!(benches);
