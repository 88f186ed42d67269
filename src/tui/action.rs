//! Everything that can change the explorer's state. Keys, mouse and resizes become actions in
//! `keymap`; `App::update` is the only place that applies them.

use std::sync::Arc;

use crate::compare::Side;
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
    /// Put the selected job into the target slot, then target the other slot.
    Pick,
    /// Select the n-th matching job and pick it (a mouse click).
    PickRow(usize),
    /// Choose which slot the next pick fills.
    Target(Side),
    /// Go to the picker to fill this slot.
    PickFor(Side),
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
}
