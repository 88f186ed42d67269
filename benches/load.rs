//! Loading the built-in dataset, and a dataset file: names for the first frame, every profile,
//! one profile on demand.
//!
//!     cargo bench --bench load

#[path = "../examples/synth/generate.rs"]
#[allow(dead_code)]
mod generate;

use careerscope::catalog::Catalog;
use careerscope::library;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;

fn load(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    for n in [1_000, 10_000, 100_000] {
        let path = generate::write_dataset(dir.path(), n);

        let mut group = c.benchmark_group("load");
        group
            .sample_size(10)
            .measurement_time(Duration::from_secs(4));
        // What the explorer needs before its first frame: every name.
        group.bench_function(BenchmarkId::new("names", n), |b| {
            b.iter(|| black_box(Catalog::open(&path).map(|c| c.len()).unwrap_or(0)))
        });
        // Building every profile up front, for comparison.
        group.bench_function(BenchmarkId::new("all_profiles", n), |b| {
            b.iter(|| black_box(library::read(&path).map(|d| d.jobs.len()).unwrap_or(0)))
        });
        group.finish();

        let catalog = Catalog::open(&path).unwrap_or_else(|e| panic!("{e}"));
        let mut group = c.benchmark_group("profile_on_demand");
        group.bench_function(BenchmarkId::from_parameter(n), |b| {
            b.iter(|| black_box(catalog.profile(n / 2).map(|p| p.name.len()).unwrap_or(0)))
        });
        group.finish();
    }
}

/// The built-in dataset every start reads: 830 real occupations beside the page jobs, and the
/// first pair's profiles compared (what the first frame needs).
fn builtin(c: &mut Criterion) {
    let mut group = c.benchmark_group("builtin");
    group.bench_function("pages_only", |b| {
        b.iter(|| black_box(library::embedded().map(|d| d.jobs.len()).unwrap_or(0)))
    });
    let joined = || {
        Catalog::joined(
            Catalog::occupations(library::OCCUPATIONS).unwrap_or_else(|e| panic!("{e}")),
            Catalog::from_dataset(
                library::embedded().unwrap_or_else(|e| panic!("{e}")),
                "built-in dataset",
            ),
        )
    };
    group.bench_function("occupations_and_pages", |b| {
        b.iter(|| black_box(joined().len()))
    });
    group.bench_function("first_pair_compared", |b| {
        b.iter(|| {
            let catalog = joined();
            let (a, b) = catalog.first_pair().unwrap_or((0, 1));
            let (a, b) = (
                catalog.sourced_profile(a).unwrap_or_else(|e| panic!("{e}")),
                catalog.sourced_profile(b).unwrap_or_else(|e| panic!("{e}")),
            );
            black_box(careerscope::compare::compare(&[&a, &b]).sections.len())
        })
    });
    group.finish();
}

criterion_group!(benches, builtin, load);
criterion_main!(benches);
