//! What the one-shot commands do on the built-in data before they print, in process: `show`
//! and `compare` (open the dataset, find the jobs by name, read their profiles, compare) and
//! `search` (open the dataset, read the words of the names and titles, index the names, rank). The
//! similarity table is read once per process (it is kept), so from the second iteration on it
//! is not in these figures; docs/PERFORMANCE.md has whole-process times.
//!
//!     cargo bench --bench oneshot

use careerscope::library;
use careerscope::search::{self, Index, Words};
use careerscope::{compare, report};
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;

fn profile(catalog: &careerscope::catalog::Catalog, name: &str) -> careerscope::model::Profile {
    let i = catalog.find(name).unwrap_or_else(|| panic!("{name}"));
    let p = catalog.sourced_profile(i).unwrap_or_else(|e| panic!("{e}"));
    p.into_owned()
}

fn oneshot(c: &mut Criterion) {
    let mut group = c.benchmark_group("oneshot");
    group
        .sample_size(30)
        .measurement_time(Duration::from_secs(3));
    group.bench_function("show_registered_nurses", |b| {
        b.iter(|| {
            let catalog = library::default_catalog().unwrap_or_else(|e| panic!("{e}"));
            let p = profile(&catalog, "Registered Nurses");
            black_box(report::show_text(&p, None).len())
        })
    });
    group.bench_function("compare_nurses_developers", |b| {
        b.iter(|| {
            let catalog = library::default_catalog().unwrap_or_else(|e| panic!("{e}"));
            let a = profile(&catalog, "Registered Nurses");
            let d = profile(&catalog, "Software Developers");
            black_box(report::text(&compare::compare(&[&a, &d]), report::PIPE_WIDTH).len())
        })
    });
    group.bench_function("search_nurse", |b| {
        b.iter(|| {
            let catalog = library::default_catalog().unwrap_or_else(|e| panic!("{e}"));
            let words = Words::of_catalog(&catalog).unwrap_or_else(|e| panic!("{e}"));
            let index = Index::of_names(catalog.names());
            black_box(search::find(&catalog, &words, &index, "nurse").len())
        })
    });
    group.finish();
}

criterion_group!(benches, oneshot);
criterion_main!(benches);
