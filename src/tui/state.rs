//! The explorer's plain state: which part has focus, which tab is shown, and the state of the
//! picker, the pair's panes and the help overlay. A leaf: it knows nothing of drawing, keys or
//! the catalog, so every other part of the explorer can depend on it.

use std::sync::Arc;

use strum::{EnumCount, EnumIter, FromRepr, IntoStaticStr};

use crate::compare::Comparison;
use crate::search::Hit;

/// Which part of the screen keys go to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// The query: printable keys are text.
    Picker,
    /// The pair's tabs: letters are commands.
    Panes,
}

/// The six tabs of the pair, in the order of the tab bar (their number keys are `1`..`6`).
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, EnumIter, EnumCount, FromRepr, IntoStaticStr,
)]
pub enum Tab {
    #[default]
    Overview,
    Salary,
    Education,
    Demographics,
    Duties,
    Skills,
}

impl Tab {
    /// What the tab's source line speaks of.
    pub fn topic(self) -> crate::model::Topic {
        use crate::model::Topic;
        match self {
            Tab::Overview => Topic::Overview,
            Tab::Salary => Topic::Salary,
            Tab::Education => Topic::Education,
            Tab::Demographics => Topic::Demographics,
            Tab::Duties => Topic::Duties,
            Tab::Skills => Topic::Skills,
        }
    }

    /// The tab's position in the bar, from 0.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The tab's name in the bar: `Overview`.
    pub fn title(self) -> &'static str {
        self.into()
    }

    /// The tab's name when the bar is narrow: `Over`.
    pub fn short(self) -> &'static str {
        match self {
            Tab::Overview => "Over",
            Tab::Education => "Edu",
            Tab::Demographics => "Demo",
            other => other.title(),
        }
    }

    /// The tab to the right, wrapping around.
    pub fn next(self) -> Tab {
        Tab::from_repr((self.index() + 1) % Tab::COUNT).unwrap_or(self)
    }

    /// The tab to the left, wrapping around.
    pub fn prev(self) -> Tab {
        Tab::from_repr((self.index() + Tab::COUNT - 1) % Tab::COUNT).unwrap_or(self)
    }
}

/// The job picker: the query, its matches and the selection.
#[derive(Debug, Clone)]
pub struct PickerState {
    pub query: String,
    /// Whether the matches for the newest query are still being computed.
    pub pending: bool,
    /// Jobs matching the query, best first.
    pub hits: Arc<Vec<Hit>>,
    /// Index into `hits` of the selected row.
    pub selected: usize,
    /// The first row of `hits` the list shows.
    pub list_offset: usize,
    /// The column Enter fills: one of the compared jobs (0 is the pinned job), or one past the
    /// last to add a column.
    pub target: usize,
    /// Whether the next pick returns focus to the tabs (the pick was asked for there).
    pub back_to_panes: bool,
    /// Jobs found by another of their titles (`RN`), with that title, to show beside them.
    pub found_by: std::collections::HashMap<usize, String>,
    /// What the list is ordered by (the query still decides which jobs are listed).
    pub sort: crate::rank::SortBy,
    /// Ordered by similarity to this job instead (`Ctrl-O` after number of jobs): its SOC
    /// code, name and yearly pay.
    pub like: Option<Like>,
    /// Which jobs the list keeps.
    pub filter: crate::rank::Filter,
}

/// The pinned job the list is ordered by similarity to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Like {
    pub code: String,
    pub name: String,
    pub pay: Option<u64>,
}

/// The state chooser: whether it is open, what is typed, which match is selected.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AreaMenu {
    pub open: bool,
    pub query: String,
    pub selected: usize,
}

/// Which figure a filter choice speaks of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilterFacet {
    Education,
    Group,
    /// Pays more than the pinned job (OEWS annual mean).
    PaysMore,
    /// The strongest of O*NET's six interests (RIASEC).
    Interest,
}

/// One row of the filter menu: a value of a figure, or `None` for any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilterChoice {
    pub facet: FilterFacet,
    pub value: Option<String>,
    /// How the menu names it: `Any`, `Bachelor's degree`, `mostly Social`.
    pub label: String,
}

/// The filter menu: whether it is open and which choice is selected.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FilterMenu {
    pub open: bool,
    pub selected: usize,
}

impl PickerState {
    /// A picker with an empty query showing `hits`, the first row selected.
    pub fn new(hits: Arc<Vec<Hit>>) -> PickerState {
        PickerState {
            query: String::new(),
            pending: false,
            hits,
            selected: 0,
            list_offset: 0,
            target: 0,
            back_to_panes: false,
            found_by: Default::default(),
            sort: Default::default(),
            like: None,
            filter: Default::default(),
        }
    }

    /// The catalog index of the selected job.
    pub fn selected_job(&self) -> Option<usize> {
        self.hits.get(self.selected).map(|h| h.index)
    }
}

/// The compared jobs' panes: the jobs, their facts, the shown tab and each tab's scroll position.
#[derive(Debug, Clone, Default)]
pub struct PaneState {
    /// Indices into the catalog of the compared jobs, two to four, the pinned job first; empty
    /// only with no jobs at all.
    pub jobs: Vec<usize>,
    /// The column `x` removes and `P` pins: the one picked last, or marked with `[`/`]`.
    pub marked: usize,
    /// The first of the other jobs shown beside the pinned one when not all of them fit.
    pub first_column: usize,
    /// The facts of the jobs, recomputed whenever the jobs change.
    pub comparison: Option<Comparison>,
    /// Why the jobs cannot be shown (a profile in the file is broken), if they cannot.
    pub problem: Option<String>,
    pub tab: Tab,
    /// Scroll position of each tab, in lines.
    pub scroll: [u16; Tab::COUNT],
    /// Which of the pinned job's related occupations is selected (Overview tab).
    pub related: usize,
    /// The pinned job that `related` speaks of: a new pinned job starts again from its first.
    pub related_of: Option<usize>,
    /// The state whose pay the Salary tab shows beside the national figures.
    pub area: Option<String>,
    /// The pinned job's related occupations (O*NET's) and similar jobs (careerscope's), with
    /// pay, listed on the Overview; `related` selects among both, related first.
    pub lists: PinnedLists,
}

/// A job listed beside the pinned one, with what it pays and the difference from the pinned
/// job's pay (OEWS annual means).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListedJob {
    pub name: String,
    /// How alike to the pinned job, 0-100 (similar jobs only).
    pub similarity: Option<u8>,
    pub pay: Option<u64>,
    pub difference: Option<i64>,
}

/// The lists of jobs the Overview offers from the pinned job.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PinnedLists {
    /// O*NET's primary related occupations, most related first.
    pub related: Vec<ListedJob>,
    /// The most similar occupations by what the work needs (docs/SIMILARITY.md).
    pub similar: Vec<ListedJob>,
    /// Whether the similar jobs are still being found.
    pub finding_similar: bool,
}

impl PinnedLists {
    /// Both lists, related first, as the selection counts them.
    pub fn all(&self) -> impl Iterator<Item = &ListedJob> {
        self.related.iter().chain(&self.similar)
    }
}

/// The help overlay: whether it is open and how far it is scrolled.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct HelpState {
    pub open: bool,
    pub scroll: u16,
}
