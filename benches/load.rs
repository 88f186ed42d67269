//! Loading a dataset file: names for the first frame, every profile, one profile on demand.
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

criterion_group!(benches, load);
criterion_main!(benches);
