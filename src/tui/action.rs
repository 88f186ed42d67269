//! Everything that can change the explorer's state. Keys, mouse and resizes become actions in
//! `keymap`; `App::update` is the only place that applies them.

use std::sync::{Arc, Mutex};

use crate::catalog::Catalog;
use crate::search::Hit;

use super::tabs::Tab;

/// One change to the explorer's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Quit,

    // The query.
    /// Append a character to the query.
    Input(char),
    Backspace,
    ClearQuery,
    DeleteWord,
    /// Clear the query; when it is already empty, leave the picker.
    Escape,

    // The list of matching jobs.
    SelectNext,
    SelectPrev,
    SelectPageDown,
    SelectPageUp,
    SelectFirst,
    SelectLast,
    /// Put the selected job into the target column, then target the next column.
    Pick,
    /// Select the n-th matching job and pick it (a mouse click).
    PickRow(usize),
    /// Choose which column the next pick fills (one past the last adds a column).
    Target(usize),
    /// Move the picker's target column by this many columns, wrapping around.
    MoveTarget(i8),
    /// Go to the picker to fill this column (one past the last adds a column).
    PickFor(usize),
    /// Go to the picker to add a column.
    AddColumn,
    /// Remove the marked column (never below two jobs).
    RemoveColumn,
    /// Make the marked column the pinned one: the first, that the others are measured against.
    PinColumn,
    /// Move the mark to the previous or next column.
    MarkColumn(i8),
    /// Show the previous or next of the jobs that do not all fit beside the pinned one; where
    /// all fit, the previous or next tab.
    ScrollColumns(i8),
    /// Swap the first two jobs.
    Swap,
    /// Open the state chooser; move in it; show the selected state's pay; close it.
    OpenArea,
    AreaNext,
    AreaPrev,
    AreaChoose,
    CloseArea,
    /// Order the list by the next figure: name, salary, growth, number of jobs.
    CycleSort,
    /// Open the filter menu; move in it; keep the jobs with the selected choice; close it.
    OpenFilter,
    FilterNext,
    FilterPrev,
    FilterChoose,
    CloseFilter,
    /// Select job A's next (or previous) related occupation, on the Overview tab.
    NextRelated,
    PrevRelated,
    /// Put the selected related occupation of job A into slot B.
    OpenRelated,

    // Focus.
    FocusPicker,
    FocusPanes,

    // Tabs.
    NextTab,
    PrevTab,
    SelectTab(Tab),

    // Scrolling the selected tab, or the help overlay while it is open.
    ScrollDown,
    ScrollUp,
    ScrollPageDown,
    ScrollPageUp,
    ScrollTop,
    ScrollBottom,
    /// Scroll by a number of lines (the mouse wheel).
    ScrollBy(i16),

    ToggleHelp,
    CloseHelp,

    /// Copy the shown comparison as Markdown to the clipboard (OSC 52).
    Copy,
    /// Write the shown comparison as Markdown to a new file in the current folder.
    Export,
    /// Say something on the status line until the next key (what a copy or export did).
    Status(String),

    /// The terminal's new size in columns and rows.
    Resize(u16, u16),

    /// Matches computed in the background for the query of this generation.
    Matches(u64, Arc<Vec<Hit>>),

    // Loading the dataset behind the first frame.
    /// Names read so far (the newest ones), and how many jobs there are when that is known.
    NamesArrived(Arc<Vec<String>>, Option<usize>),
    /// The dataset is read: its catalog, or the one-line error that ends the explorer.
    Loaded(Handoff<Result<Catalog, String>>),
    /// Time passes while the dataset loads: the spinner turns.
    Tick,
}

/// A value handed to the app once, inside an action that must be `Clone` and `Eq` like the
/// others: clones share it, the first [`Handoff::take`] gets it, and two handoffs are equal
/// when they are the same one.
pub struct Handoff<T>(Arc<Mutex<Option<T>>>);

impl<T> Handoff<T> {
    pub fn new(value: T) -> Handoff<T> {
        Handoff(Arc::new(Mutex::new(Some(value))))
    }

    /// The value, unless it was taken already.
    pub fn take(&self) -> Option<T> {
        match self.0.lock() {
            Ok(mut v) => v.take(),
            Err(poisoned) => poisoned.into_inner().take(),
        }
    }
}

impl<T> Clone for Handoff<T> {
    fn clone(&self) -> Self {
        Handoff(self.0.clone())
    }
}

impl<T> PartialEq for Handoff<T> {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Eq for Handoff<T> {}

impl<T> std::fmt::Debug for Handoff<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Handoff")
    }
}
