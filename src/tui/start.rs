//! How the explorer opens when the command line says more than "open": `--pair A B` (a pair
//! already picked) and `--query Q` (a query already typed in the picker). Both are applied
//! through the app's own actions, as if the user had picked and typed them.

use super::action::Action;
use super::app::App;
use crate::compare::Side;

/// What to set up in a new explorer before its first frame.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Start {
    /// Jobs A and B (catalog indices), resolved by the caller.
    pub pair: Option<(usize, usize)>,
    /// Text typed into the picker's query.
    pub query: Option<String>,
}

impl Start {
    /// Applies the start to `app`: picks the pair (slot A, then slot B, as `Enter` would),
    /// then types the query. Slot A is marked for the next pick either way.
    pub fn apply(&self, app: &mut App) {
        // What was loaded is still worth saying after these "keys".
        let status = app.status.clone();
        if let Some((a, b)) = self.pair {
            for (side, job) in [(Side::A, a), (Side::B, b)] {
                app.update(Action::Target(side));
                // The picker lists every job until a query is typed.
                if let Some(row) = app.picker.hits.iter().position(|h| h.index == job) {
                    app.update(Action::PickRow(row));
                }
            }
            app.update(Action::Target(Side::A));
        }
        if let Some(query) = &self.query {
            // A complete pair hands the keys to the tabs; the query wants them back.
            app.update(Action::FocusPicker);
            for c in query.chars().filter(|c| !c.is_control()) {
                app.update(Action::Input(c));
            }
        }
        app.status = status;
    }
}
