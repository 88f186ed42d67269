//! How the explorer opens when the command line says more than "open": `--pair A B [C [D]]`
//! (jobs already picked) and `--query Q` (a query already typed in the picker). Both are applied
//! through the app's own actions, as if the user had picked and typed them.

use super::action::Action;
use super::app::App;

/// What to set up in a new explorer before its first frame.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Start {
    /// The jobs to compare, two to four (catalog indices, the pinned job first), resolved by
    /// the caller.
    pub jobs: Option<Vec<usize>>,
    /// Text typed into the picker's query.
    pub query: Option<String>,
}

impl Start {
    /// Applies the start to `app`: picks the jobs (column A, then B and on, as `Enter` would,
    /// adding columns past the second), then types the query. Column A is marked for the next
    /// pick either way.
    pub fn apply(&self, app: &mut App) {
        // What was loaded is still worth saying after these "keys".
        let status = app.status.clone();
        if let Some(jobs) = &self.jobs {
            for (column, &job) in jobs.iter().enumerate() {
                app.update(Action::Target(column));
                // The picker lists every job until a query is typed.
                if let Some(row) = app.picker.hits.iter().position(|h| h.index == job) {
                    app.update(Action::PickRow(row));
                }
            }
            app.update(Action::Target(0));
        }
        if let Some(query) = &self.query {
            // Complete jobs hand the keys to the tabs; the query wants them back.
            app.update(Action::FocusPicker);
            for c in query.chars().filter(|c| !c.is_control()) {
                app.update(Action::Input(c));
            }
        }
        app.status = status;
    }
}
