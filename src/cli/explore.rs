//! `careerscope` with no command: the explorer.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;

use careerscope::catalog::Catalog;
use careerscope::library;
use careerscope::text::escape_controls;
use careerscope::tui::start::Start;

use super::resolve::resolve_jobs;
use super::{finish, load_catalog};

/// The explorer on the dataset (`before`, else the default one), on the jobs `pair` names
/// and with `query` typed when given.
pub fn run(before: Option<PathBuf>, query: Option<String>, pair: Option<Vec<String>>) -> ExitCode {
    finish(explore(before, query, pair))
}

/// No command: the explorer, on `--pair` and with `--query` when given.
fn explore(
    before: Option<PathBuf>,
    query: Option<String>,
    pair: Option<Vec<String>>,
) -> Result<()> {
    // The query is drawn in the picker: an argument reaches the screen escaped.
    let query = query.map(|q| escape_controls(&q).into_owned());
    let mut start = Start { query, jobs: None };
    // A file that cannot even be opened is said before the screen is taken.
    let openable = before
        .as_deref()
        .is_none_or(|p| std::fs::File::open(p).is_ok());
    if pair.is_none() && openable {
        // The first frame comes at once; the dataset is read behind it.
        return explore_loading(before, &start);
    }
    let catalog = load_catalog(before.as_deref())?;
    if let Some(names) = pair.as_deref() {
        start.jobs = Some(resolve_jobs(&catalog, "--pair", names)?);
    }
    careerscope::tui::run(catalog, &start)
}

/// The explorer, drawn before the dataset is read: a `--data` file's names reach the picker
/// while the file is parsed; the default dataset arrives whole.
fn explore_loading(data: Option<PathBuf>, start: &Start) -> Result<()> {
    use careerscope::tui::{CHUNK, run_loading};
    match data {
        Some(path) => {
            let what = escape_controls(&path.display().to_string()).into_owned();
            run_loading(
                &what,
                Box::new(move |sink| Ok(Catalog::open_streaming(&path, CHUNK, sink)?)),
                start,
            )
        }
        None => run_loading(
            "the default dataset",
            Box::new(|_| library::default_catalog()),
            start,
        ),
    }
}
