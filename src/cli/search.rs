//! `careerscope search QUERY`: the jobs that match QUERY, best first, one a line, or as JSON.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;

use careerscope::catalog::Catalog;
use careerscope::search::{self, Hit, Index, Words};

use super::{NoMatch, finish, load_catalog, print_out};

/// `search QUERY` on the dataset (`data`, else the default one); `timings` says where the
/// time went on standard error; `json` prints the matches as a JSON array.
pub fn run(data: Option<&Path>, query: &str, timings: bool, json: bool) -> ExitCode {
    finish(search(data, query, timings, json))
}

/// `search QUERY`: the matching names, best first, one a line (another title that found a
/// job after a tab), or as JSON; exit 1 when nothing matches.
fn search(data: Option<&Path>, query: &str, timings: bool, json: bool) -> Result<()> {
    let mut clock = Timings::new(timings);
    let catalog = load_catalog(data)?;
    let names = catalog.names();
    let words = Words::of_catalog(&catalog)?;
    clock.lap("read the names");
    let index = Index::of_names(names);
    clock.lap("index them");
    let (found, note) = search::find_noted(&catalog, &words, &index, query);
    clock.lap("match and order");
    if let Some(note) = note {
        super::say(&format!("careerscope: {note}"));
    }
    if found.is_empty() {
        return Err(NoMatch.into());
    }
    let out = if json {
        as_json(&catalog, &found)?
    } else {
        let mut out = String::new();
        for (hit, title) in &found {
            out.push_str(&names[hit.index]);
            // Found by another title: say which, after a tab, so `cut -f1` gives names.
            if let Some(title) = title {
                out.push('\t');
                out.push_str(title);
            }
            out.push('\n');
        }
        out
    };
    let printed = print_out(&out);
    clock.lap("print");
    printed
}

/// One match as `search --format json` prints it.
#[derive(serde::Serialize)]
struct Match<'a> {
    name: &'a str,
    /// The SOC code of a real occupation; null for a page or imported job.
    code: Option<String>,
    /// The name or the other title that matched.
    matched: &'a str,
    /// Higher is a better match; comparable within one query only.
    score: i64,
}

fn as_json(catalog: &Catalog, found: &[(Hit, Option<String>)]) -> Result<String> {
    let names = catalog.names();
    let facets = catalog.facets()?;
    let matches: Vec<Match> = found
        .iter()
        .map(|(hit, title)| {
            let name = &names[hit.index];
            Match {
                name,
                code: facets.get(hit.index).and_then(|f| f.code.clone()),
                matched: title.as_deref().unwrap_or(name),
                score: hit.score,
            }
        })
        .collect();
    let mut out = serde_json::to_string_pretty(&matches)?;
    out.push('\n');
    Ok(out)
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
