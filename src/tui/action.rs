//! What the user asks of the explorer. Keys, mouse and resizes become actions in `input`
//! (through the keymap); what arrives from elsewhere (matches, the dataset, a timer, the result
//! of a copy) is a [`super::msg::Msg`]. `App::update` is the only place either is applied.

use super::state::Tab;

/// One thing the user asks.
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
    /// The terminal's new size in columns and rows.
    Resize(u16, u16),
    /// Give the terminal back and stop, as Ctrl-Z does in a shell (`fg` resumes).
    Suspend,
}
