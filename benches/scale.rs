//! Issue 11's goals at 100,000 synthetic jobs, each measured for both file layouts in one run:
//! the old one (one JSON value) and the laid-out one `import` writes (an index of names first).
//!
//!     cargo bench --bench scale
//!
//! - `names/<layout>`: opening the file for its names (what `search`, `list` and the picker
//!   need first).
//! - `search/<query>/<layout>`: `careerscope search`'s work without printing: open, index
//!   the names, match and order.
//! - `import_one_page/<path>`: importing one page into a copy of the file, through the whole
//!   read-merge-write (`whole`, the old layout) or copying untouched jobs through (`patch`).
//!
//! Whole-process times beside fzf: `benches/vs_fzf.sh`.

#[path = "../examples/synth/generate.rs"]
#[allow(dead_code)]
mod generate;

use careerscope::catalog::Catalog;
use careerscope::search::Index;
use criterion::{BatchSize, BenchmarkId, Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;

const N: usize = 100_000;

fn scale(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let plain = generate::write_dataset(dir.path(), N);
    let laid_out = generate::write_laid_out(dir.path(), N);
    let files = [("plain", &plain), ("laid_out", &laid_out)];

    let mut group = c.benchmark_group("names");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(3));
    for (layout, path) in files {
        group.bench_function(BenchmarkId::from_parameter(layout), |b| {
            b.iter(|| black_box(Catalog::open(path).map(|c| c.len()).unwrap_or(0)))
        });
    }
    group.finish();

    for query in ["tech proj", "tec", "t"] {
        let mut group = c.benchmark_group(format!("search/{}", query.replace(' ', "_")));
        group
            .sample_size(10)
            .measurement_time(Duration::from_secs(3));
        for (layout, path) in files {
            group.bench_function(BenchmarkId::from_parameter(layout), |b| {
                b.iter(|| {
                    let catalog = Catalog::open(path).unwrap_or_else(|e| panic!("{e}"));
                    let index = Index::new(catalog.names().iter());
                    black_box(index.search(query).len())
                })
            });
        }
        group.finish();
    }

    let page_path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/pages/technical-manager-vs-lead-technician.txt"
    );
    let page_bytes = std::fs::read(page_path).unwrap_or_else(|e| panic!("{e}"));
    let page = careerscope::import::parse_page(&page_bytes).unwrap_or_else(|e| panic!("{e}"));
    let mut group = c.benchmark_group("import_one_page");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(10));
    for (path_name, source) in [("whole", &plain), ("patch", &laid_out)] {
        let target = dir.path().join(format!("import-{path_name}.json"));
        group.bench_function(BenchmarkId::from_parameter(path_name), |b| {
            b.iter_batched(
                || {
                    std::fs::copy(source, &target).unwrap_or_else(|e| panic!("{e}"));
                },
                |()| {
                    let (_, total) =
                        careerscope::library::import_into(&target, std::slice::from_ref(&page))
                            .unwrap_or_else(|e| panic!("{e}"));
                    black_box(total)
                },
                BatchSize::PerIteration,
            )
        });
    }
    group.finish();
}

criterion_group!(benches, scale);
criterion_main!(benches);
