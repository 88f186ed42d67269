//! `careerscope search QUERY`: the jobs that fuzzy-match QUERY, best first, one a line.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;

use careerscope::model::same_name;
use careerscope::search::{self, Index, Titles};

use super::{NoMatch, finish, load_catalog, print_out};

/// `search QUERY` on the dataset (`data`, else the default one); `timings` says where the
/// time went on standard error.
pub fn run(data: Option<&Path>, query: &str, timings: bool) -> ExitCode {
    finish(search(data, query, timings))
}

/// `search QUERY`: the matching names, best first, one a line (another title that found a
/// job after a tab); exit 1 when nothing matches.
fn search(data: Option<&Path>, query: &str, timings: bool) -> Result<()> {
    let mut clock = Timings::new(timings);
    let catalog = load_catalog(data)?;
    let names = catalog.names();
    let titles = Titles::new(catalog.alternate_titles()?);
    clock.lap("read the names");
    let index = Index::of_names(names);
    clock.lap("index them");
    let mut out = String::new();
    let is_name = |i: usize| same_name(names.get(i).unwrap_or_default(), query);
    let found = search::with_titles(&index.search(query), &titles.search(query), is_name);
    clock.lap("match and order");
    for (hit, title) in found {
        out.push_str(&names[hit.index]);
        // Found by another title: say which, after a tab, so `cut -f1` gives names.
        if let Some(title) = title {
            out.push('\t');
            out.push_str(&title);
        }
        out.push('\n');
    }
    if out.is_empty() {
        return Err(NoMatch.into());
    }
    let printed = print_out(&out);
    clock.lap("print");
    printed
}

/// Where a command's time goes, said on standard error lap by lap when asked (`--timings`).
struct Timings {
    last: Option<std::time::Instant>,
}

impl Timings {
    fn new(on: bool) -> Timings {
        Timings {
            last: on.then(std::time::Instant::now),
        }
    }

    fn lap(&mut self, what: &str) {
        if let Some(last) = self.last {
            let now = std::time::Instant::now();
            super::say(&format!(
                "careerscope: {what}: {:.1} ms",
                (now - last).as_secs_f64() * 1000.0
            ));
            self.last = Some(now);
        }
    }
}
