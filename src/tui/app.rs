//! The explorer's state. It changes only in [`App::update`], one [`Action`] at a time.

use std::cell::Cell;
use std::sync::Arc;

use ratatui::layout::Rect;

use crate::catalog::{Catalog, Names};
use crate::compare::{self, MAX_JOBS};
use crate::rank::{self, Facets, SortBy};
use crate::search::{self, Hit, Index, Matcher, Words};

use super::action::Action;
use super::help;
use super::layout;
use super::matching::{self, Deliver, Matching};
use super::msg::{Input, Msg};
pub use super::state::{
    AreaMenu, FilterChoice, FilterFacet, FilterMenu, Focus, HelpState, ListedJob, PaneState,
    PickerState, PinnedLists, Tab,
};
use super::tabs::{self, TabContext};
use super::task::{Task, Wake};
use super::theme::Theme;
use strum::EnumCount;

/// What a tab's height depends on: the tab, the jobs, the first column shown and the width.
type HeightKey = (Tab, [Option<usize>; MAX_JOBS], usize, u16);

/// What an action asks of the world outside the app; the loop does it (see `effects`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Put this text on the clipboard.
    Copy(String),
    /// Write this text to a new file whose name starts with `stem`.
    Export { stem: String, text: String },
}

/// The dataset being read behind the first frame: the names that have arrived so far.
pub struct Loading {
    /// What is being read, as the screen says it: a file's path, or `the default dataset`.
    pub what: String,
    /// Every name read so far, in the dataset's order.
    pub names: Names,
    /// How many jobs there are, once that is known.
    pub total: Option<usize>,
    /// The spinner's frame: turned by [`Msg::Tick`].
    pub spinner: usize,
    /// The names so far prepared for matching, built at the first query after names arrive.
    index: Option<Index>,
}

/// The spinner shown beside the count while the dataset loads.
pub const SPINNER: [char; 10] = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

impl Loading {
    /// The spinner's current frame.
    pub fn spinner(&self) -> char {
        SPINNER[self.spinner % SPINNER.len()]
    }
}

/// The explorer's whole state.
pub struct App {
    /// Every job's name now, each profile when the pair needs it.
    pub catalog: Arc<Catalog>,
    matching: Matching,
    /// Highlights matched characters: only for the rows on screen.
    matcher: Matcher,
    /// Counts queries; matches for an older one than the newest are dropped.
    generation: u64,
    /// Every job in order: the matches of the empty query, kept to return to at once.
    all: Arc<Vec<Hit>>,
    /// The query, its matches and the selection.
    pub picker: PickerState,
    /// The pair, its facts, the shown tab and the scroll positions.
    pub panes: PaneState,
    /// The help overlay.
    pub help: HelpState,
    pub filter_menu: FilterMenu,
    pub area_menu: AreaMenu,
    pub focus: Focus,
    /// The terminal's size, for page sizes and mouse hit-testing.
    pub size: Rect,
    pub theme: Theme,
    pub quit: bool,
    /// Asked to give the terminal back and stop (Ctrl-Z); the loop does it.
    pub suspend: bool,
    /// What the dataset is, for the status line and the help: `830 built-in occupations + …`.
    pub dataset: String,
    /// A message for the status line, shown until the next key (a copy, an export).
    pub status: Option<String>,
    /// Something for the loop to do outside the state (write to the clipboard or a file),
    /// taken by the loop, which reports back with [`Msg::Status`].
    pub effect: Option<Effect>,
    /// The height of the last tab measured, so a key that changes nothing of the shown tab
    /// does not lay it out again to clamp its scroll position.
    height: Cell<Option<(HeightKey, u16)>>,
    /// The jobs' names, reported and alternate titles by their words, for ranking matches.
    titles: std::cell::OnceCell<Words>,
    /// Each job's figures for sorting and filtering, read on the first sort or filter (off the
    /// UI thread by `facets_task` when the loop runs).
    facets: Option<Arc<Vec<Facets>>>,
    facets_task: Task<Vec<Facets>>,
    /// Hands the results of background tasks to the event loop; `None` runs them at once.
    wake: Option<Wake>,
    /// Each real occupation's index by SOC code, for the similar jobs' list (read with the
    /// first list, off the UI thread).
    by_code: Option<Arc<ByCode>>,
    similar_task: Task<(Arc<ByCode>, Vec<ListedJob>)>,
    /// Whether the similar jobs of the pinned job now were asked for.
    similar_asked: bool,
    /// While the dataset is read behind the first frame (see [`App::loading`]).
    pub loading: Option<Loading>,
    /// Why loading the dataset failed: the explorer quits, and this is printed once the
    /// terminal is restored.
    pub failed: Option<String>,
    /// Where background matching delivers, kept while loading until the catalog is known.
    deliver: Option<Deliver>,
}

impl App {
    /// An app on `catalog`, its first pair shown and job A selected.
    pub fn new(catalog: impl Into<Catalog>, theme: Theme) -> App {
        let catalog = Arc::new(catalog.into());
        let jobs = catalog.first_pair().map_or(vec![], |(a, b)| vec![a, b]);
        let all: Arc<Vec<Hit>> = Arc::new(
            (0..catalog.len())
                .map(|index| Hit { index, score: 0 })
                .collect(),
        );
        let mut app = App {
            matching: Matching::inline(),
            catalog,
            matcher: Matcher::default(),
            generation: 0,
            picker: PickerState::new(all.clone()),
            all,
            panes: PaneState {
                jobs,
                ..PaneState::default()
            },
            help: HelpState::default(),
            filter_menu: FilterMenu::default(),
            area_menu: AreaMenu::default(),
            focus: Focus::Picker,
            size: Rect::new(0, 0, 120, 40),
            theme,
            quit: false,
            suspend: false,
            dataset: String::new(),
            status: None,
            effect: None,
            height: Cell::new(None),
            titles: std::cell::OnceCell::new(),
            facets: None,
            facets_task: Task::default(),
            wake: None,
            by_code: None,
            similar_task: Task::default(),
            similar_asked: false,
            loading: None,
            failed: None,
            deliver: None,
        };
        app.dataset = app.catalog.describe();
        // Say what was loaded until the first key.
        app.status = Some(app.dataset.clone());
        app.recompare();
        // Read the other titles now, not on the first key: at 830 occupations that takes about
        // 25 ms, unseen before the first frame, but over a keystroke's 8 ms budget.
        app.titles();
        // Start with job A selected, so Enter right away changes nothing surprising.
        if let Some(&a) = app.panes.jobs.first() {
            app.select_job(a);
        }
        app
    }

    /// An app whose dataset (`what`: a path, or `the default dataset`) is still being read:
    /// the picker lists the names as [`Msg::NamesArrived`] brings them, and
    /// [`Msg::Loaded`] hands over the catalog (or the error that ends the explorer).
    pub fn loading(theme: Theme, what: &str) -> App {
        let mut app = App::new(Catalog::from_dataset(Default::default(), what), theme);
        app.loading = Some(Loading {
            what: what.to_string(),
            names: Names::default(),
            total: None,
            spinner: 0,
            index: None,
        });
        app.dataset = format!("Reading {what}…");
        app.status = Some(app.dataset.clone());
        app
    }

    /// Moves matching to a worker thread that hands results to `deliver`, which should turn
    /// them into `Msg::Matches` for this app. While the dataset loads, matching stays here
    /// (over the names read so far), and moves once the catalog is large enough to need it.
    pub fn match_in_background(&mut self, deliver: Deliver) {
        if self.loading.is_some() {
            self.deliver = Some(deliver);
            return;
        }
        self.matching = Matching::background(self.catalog.names().clone(), deliver);
    }

    /// How many jobs the picker lists from: the names read so far while loading.
    pub fn job_count(&self) -> usize {
        match &self.loading {
            Some(l) => l.names.len(),
            None => self.catalog.len(),
        }
    }

    /// The job's name as the list shows it.
    pub fn name(&self, index: usize) -> &str {
        match &self.loading {
            Some(l) => l.names.get(index),
            None => self.catalog.names().get(index),
        }
        .unwrap_or_default()
    }

    /// The columns job `index` is compared in (0 is the pinned job).
    pub fn columns_of(&self, index: usize) -> Vec<usize> {
        self.panes
            .jobs
            .iter()
            .enumerate()
            .filter(|&(_, &j)| j == index)
            .map(|(i, _)| i)
            .collect()
    }

    /// What Enter does in the picker: `sets B`, or `adds C` when the target is a new column.
    pub fn pick_label(&self) -> String {
        let (target, n) = (self.picker.target, self.panes.jobs.len());
        let verb = if n >= 2 && target >= n {
            "adds"
        } else {
            "sets"
        };
        format!("{verb} {}", compare::letter(target))
    }

    /// The jobs compared, as a key that can be copied.
    fn jobs_key(&self) -> [Option<usize>; MAX_JOBS] {
        let mut key = [None; MAX_JOBS];
        for (k, &j) in key.iter_mut().zip(&self.panes.jobs) {
            *k = Some(j);
        }
        key
    }

    /// Char indices of job `index`'s name that the query matched.
    pub fn positions(&self, index: usize) -> Vec<usize> {
        self.matcher.positions(self.name(index), &self.picker.query)
    }

    /// The catalog index of the selected job.
    pub fn selected_job(&self) -> Option<usize> {
        self.picker.selected_job()
    }

    /// What a picker row says after the name: the figure the list is sorted by (or, ordered by
    /// similarity, how alike and the pay difference), else the other title that found the job
    /// (` ← RN`), or, beside the real occupations, that a job comes from a page (` page`).
    pub fn row_tag(&self, job: usize, width: u16) -> Option<String> {
        if let Some(like) = &self.picker.like {
            // How alike, and the pay against the pinned job's.
            let pay = self.facets().get(job).and_then(|f| f.yearly_salary);
            let diff = pay.zip(like.pay).map_or(String::new(), |(p, own)| {
                let d = p as i64 - own as i64;
                let sign = if d > 0 { "+" } else { "" };
                format!(
                    " {sign}{}",
                    crate::compare::format_value(crate::compare::Unit::Dollars, d as f64)
                )
            });
            let score = self
                .similarity_to(like, job)
                .map_or(crate::compare::UNKNOWN.to_string(), |s| s.to_string());
            return Some(format!(" {score}{diff}"));
        }
        let sort = self.picker.sort;
        if sort != crate::rank::SortBy::Name {
            let shown = self.facets().get(job).and_then(|f| sort.shown(f));
            return Some(format!(
                " {}",
                shown.as_deref().unwrap_or(crate::compare::UNKNOWN)
            ));
        }
        // With a sort on, its figure is what the row shows; else the title that found it.
        if let Some(title) = self.picker.found_by.get(&job) {
            return Some(super::text::truncate(
                &format!(" ← {title}"),
                usize::from(width) / 2,
            ));
        }
        (self.catalog.mixes_kinds() && !self.catalog.is_occupation(job))
            .then(|| " page".to_string())
    }

    /// Where each part of the screen is at the current size and focus.
    pub fn areas(&self) -> layout::Areas {
        self.areas_for(self.size)
    }

    /// Where each part of a screen of `size` is: the picker as wide as its visible rows need
    /// (within limits), so names show whole where there is room.
    pub fn areas_for(&self, size: ratatui::layout::Rect) -> layout::Areas {
        // The list's height does not depend on the picker's width: find the visible rows first.
        let plain = layout::areas(size, self.focus, layout::PickerWish::default());
        let rows = usize::from(plain.list.height);
        let jobs = self.panes.jobs.len();
        let (_, most) = layout::picker_range(size.width, jobs);
        // Where the picker cannot widen, its rows need not be measured.
        if plain.mode() != layout::Mode::Wide || rows == 0 || most <= plain.picker.width {
            return plain;
        }
        let offset = visible_offset(
            self.picker.list_offset,
            self.picker.selected,
            self.picker.hits.len(),
            rows,
        );
        // The marker and column letters (5) and the borders (2) around the name and its tag.
        let mut want = 0;
        for hit in self.picker.hits.iter().skip(offset).take(rows) {
            let tag = self.row_tag(hit.index, size.width);
            let row = super::text::width(self.name(hit.index))
                + tag.as_deref().map_or(0, super::text::width)
                + 7;
            want = want.max(u16::try_from(row).unwrap_or(u16::MAX));
            if want >= most {
                break;
            }
        }
        layout::areas(size, self.focus, layout::PickerWish { want, jobs })
    }

    /// How far the selected tab can scroll at the current size. The tab's height is measured
    /// once for each tab, pair and width.
    pub fn max_scroll(&self) -> u16 {
        let body = self.areas().body;
        let key = (
            self.panes.tab,
            self.jobs_key(),
            self.panes.first_column,
            body.width,
        );
        let height = match self.height.get() {
            Some((k, h)) if k == key => h,
            _ => {
                let h = tabs::content_height(
                    self.panes.comparison.as_ref(),
                    self.tab_context(),
                    self.panes.tab,
                    body.width,
                );
                self.height.set(Some((key, h)));
                h
            }
        };
        height.saturating_sub(body.height)
    }

    /// How far the help overlay can scroll at the current size.
    pub fn help_max_scroll(&self) -> u16 {
        help::max_scroll(self.size, self.theme, &self.dataset)
    }

    /// Applies one action or message, then keeps the shown tab's scroll position within its
    /// content.
    pub fn update(&mut self, input: impl Into<Input>) {
        match input.into() {
            Input::Action(action) => self.apply(action),
            Input::Msg(msg) => self.arrive(msg),
        }
        // The similar jobs of a new pinned job, off the UI thread where the loop runs (not in
        // `App::new`, before the loop can be woken).
        if self.panes.lists.finding_similar && !self.similar_asked {
            self.similar_asked = true;
            self.find_similar();
        }
        if !self.areas().body.is_empty() {
            let max = self.max_scroll();
            let s = &mut self.panes.scroll[self.panes.tab.index()];
            *s = (*s).min(max);
        }
    }

    /// What arrived from outside the user's keys.
    fn arrive(&mut self, msg: Msg) {
        match msg {
            Msg::Status(message) => self.status = Some(message),
            Msg::Matches(generation, hits) => {
                if generation == self.generation {
                    self.show_matches(hits);
                }
            }
            Msg::NamesArrived(names, total) => self.names_arrived(&names, total),
            Msg::Loaded(handoff) => {
                if let Some(loaded) = handoff.take() {
                    self.loaded(loaded);
                }
            }
            Msg::Tick => {
                if let Some(l) = &mut self.loading {
                    l.spinner = l.spinner.wrapping_add(1);
                }
            }
            Msg::Similar(generation, found) => {
                if let Some((by_code, similar)) = found.take()
                    && self.similar_task.is_newest(generation)
                {
                    self.by_code = Some(by_code);
                    self.panes.lists.similar = similar;
                    self.panes.lists.finding_similar = false;
                }
            }
            Msg::Facets(generation, facets) => {
                if self.facets_task.is_newest(generation) {
                    self.facets = Some(facets);
                    // The order or filter asked for can be applied now.
                    self.refilter();
                }
            }
        }
    }

    fn apply(&mut self, action: Action) {
        // The status line speaks until the next key or click.
        if !matches!(action, Action::Resize(..)) {
            self.status = None;
        }
        if self.loading.is_some() && self.waits_for_load(&action) {
            return;
        }
        // Typing goes to the state chooser while it is open.
        if self.area_menu.open && matches!(action, Action::Input(_) | Action::Backspace) {
            return self.choose_area(action);
        }
        match action {
            Action::Quit => self.quit = true,
            Action::Suspend => self.suspend = true,
            Action::Input(_)
            | Action::Backspace
            | Action::ClearQuery
            | Action::DeleteWord
            | Action::Escape => self.edit_query(action),
            Action::SelectNext
            | Action::SelectPrev
            | Action::SelectPageDown
            | Action::SelectPageUp
            | Action::SelectFirst
            | Action::SelectLast => self.move_selection(action),
            Action::Pick
            | Action::PickRow(_)
            | Action::Target(_)
            | Action::MoveTarget(_)
            | Action::PickFor(_)
            | Action::AddColumn
            | Action::Swap => self.choose_jobs(action),
            Action::RemoveColumn
            | Action::PinColumn
            | Action::MarkColumn(_)
            | Action::ScrollColumns(_) => self.arrange_columns(action),
            Action::CycleSort
            | Action::OpenFilter
            | Action::FilterNext
            | Action::FilterPrev
            | Action::FilterChoose
            | Action::CloseFilter => self.arrange_list(action),
            Action::OpenArea
            | Action::AreaNext
            | Action::AreaPrev
            | Action::AreaChoose
            | Action::CloseArea => self.choose_area(action),
            Action::NextRelated | Action::PrevRelated => self.select_related(action),
            Action::OpenRelated => self.open_related(),
            Action::FocusPicker => {
                self.focus = Focus::Picker;
                self.picker.back_to_panes = false;
            }
            Action::FocusPanes => self.focus = Focus::Panes,
            Action::NextTab => self.panes.tab = self.panes.tab.next(),
            Action::PrevTab => self.panes.tab = self.panes.tab.prev(),
            Action::SelectTab(tab) => self.panes.tab = tab,
            Action::ScrollDown
            | Action::ScrollUp
            | Action::ScrollPageDown
            | Action::ScrollPageUp
            | Action::ScrollTop
            | Action::ScrollBottom
            | Action::ScrollBy(_) => self.scroll(action),
            Action::ToggleHelp => {
                self.help.open = !self.help.open;
                self.help.scroll = 0;
            }
            Action::CloseHelp => self.help.open = false,
            Action::Copy | Action::Export => self.ask_to_write(action),
            Action::Resize(w, h) => {
                self.size = Rect::new(0, 0, w, h);
                self.help.scroll = self.help.scroll.min(self.help_max_scroll());
                self.keep_selection_visible();
            }
        }
    }

    /// The actions that fill the columns: pick, mark a column for the next pick, add, swap.
    fn choose_jobs(&mut self, action: Action) {
        let n = self.panes.jobs.len();
        match action {
            Action::Pick => self.pick(),
            Action::PickRow(row) if row < self.picker.hits.len() => {
                self.focus = Focus::Picker;
                self.select(row);
                self.pick();
            }
            Action::Target(column) => self.picker.target = column.min(self.last_target()),
            Action::MoveTarget(by) => {
                let to = self.picker.target as i64 + i64::from(by);
                self.picker.target = to.clamp(0, self.last_target() as i64) as usize;
            }
            Action::AddColumn => self.choose_jobs(Action::PickFor(n)),
            Action::PickFor(column) if column > n || column >= MAX_JOBS || n == 0 => {
                self.status = Some(if n == 0 {
                    "No jobs to compare".to_string()
                } else if column >= MAX_JOBS {
                    format!(
                        "At most {MAX_JOBS} jobs are compared: remove one with {} first",
                        key(&Action::RemoveColumn)
                    )
                } else {
                    format!(
                        "There is no column {}: {} adds column {}",
                        compare::letter(column),
                        key(&Action::AddColumn),
                        compare::letter(n)
                    )
                });
            }
            Action::PickFor(column) => {
                self.picker.target = column;
                self.picker.back_to_panes = true;
                self.focus = Focus::Picker;
                // Start from the job now in that column, as the header shows it.
                if let Some(&job) = self.panes.jobs.get(column) {
                    self.select_job(job);
                }
            }
            Action::Swap if n >= 2 => {
                self.panes.jobs.swap(0, 1);
                self.recompare();
            }
            _ => {}
        }
    }

    /// The last column the picker can target: one past the jobs to add one, up to four.
    fn last_target(&self) -> usize {
        let n = self.panes.jobs.len();
        if n < MAX_JOBS { n } else { n.saturating_sub(1) }
    }

    /// The actions that remove, pin, mark and scroll the columns.
    fn arrange_columns(&mut self, action: Action) {
        let n = self.panes.jobs.len();
        let marked = self.panes.marked.min(n.saturating_sub(1));
        match action {
            Action::RemoveColumn if n <= 2 => {
                self.status = Some(format!(
                    "Two jobs are the fewest compared: {} adds a third",
                    key(&Action::AddColumn)
                ));
            }
            Action::RemoveColumn => {
                self.panes.jobs.remove(marked);
                self.panes.marked = marked.min(n - 2);
                self.picker.target = self.picker.target.min(self.panes.jobs.len() - 1);
                self.recompare();
            }
            Action::PinColumn if marked > 0 => {
                let job = self.panes.jobs.remove(marked);
                self.panes.jobs.insert(0, job);
                self.panes.marked = 0;
                self.recompare();
            }
            Action::MarkColumn(by) if n > 0 => {
                let to = marked as i64 + i64::from(by);
                self.panes.marked = to.rem_euclid(n as i64) as usize;
            }
            Action::ScrollColumns(by) => {
                if self.hidden_columns() == 0 {
                    self.panes.tab = if by < 0 {
                        self.panes.tab.prev()
                    } else {
                        self.panes.tab.next()
                    };
                } else {
                    // The mark moves to the next job not shown, and the columns follow it.
                    let to = marked as i64 + i64::from(by);
                    self.panes.marked = to.clamp(1, n as i64 - 1) as usize;
                    self.follow_mark();
                }
            }
            _ => {}
        }
    }

    /// Scrolls the columns that do not all fit so that the marked job is shown.
    fn follow_mark(&mut self) {
        let n = self.panes.jobs.len();
        let fit = tabs::columns_that_fit(self.areas().body.width, n);
        self.panes.first_column =
            tabs::first_shown(n, fit, self.panes.first_column, self.panes.marked);
    }

    /// How many of the other jobs do not fit beside the pinned one at the current width.
    pub fn hidden_columns(&self) -> usize {
        let n = self.panes.jobs.len();
        n.saturating_sub(tabs::columns_that_fit(self.areas().body.width, n))
    }

    /// Whether `action` needs the whole dataset (a pick, a sort, a filter, the pair's
    /// menus): while it loads, such an action is dropped, and the status line says why.
    fn waits_for_load(&mut self, action: &Action) -> bool {
        let waits = needs_whole_dataset(action);
        if waits {
            self.status = Some("Still reading the dataset: that works once it is read".into());
        }
        waits
    }

    /// Whether a key's action can be used now: everything but what needs the whole dataset
    /// while it is still being read. The hint line offers only these.
    pub fn can_use_now(&self, action: &Action) -> bool {
        self.loading.is_none() || !needs_whole_dataset(action)
    }

    /// Adds names read so far to the picker and matches the query against them. The selected
    /// row stays where it was: new names never move the list under the user.
    fn names_arrived(&mut self, names: &[String], total: Option<usize>) {
        let Some(l) = &mut self.loading else {
            return;
        };
        for name in names {
            l.names.push(name);
        }
        l.total = total.or(l.total);
        l.index = None;
        let (selected, offset) = (self.picker.selected, self.picker.list_offset);
        self.refilter();
        self.picker.list_offset = offset;
        self.select(selected);
    }

    /// The dataset is read: the catalog takes over (its first pair shown, as when it was read
    /// before the first frame), keeping the size, the focus, the help and the query typed
    /// meanwhile; or the load failed, and the explorer quits with the error kept for `main`.
    fn loaded(&mut self, loaded: Result<Catalog, String>) {
        let catalog = match loaded {
            Ok(catalog) => catalog,
            Err(message) => {
                self.loading = None;
                self.failed = Some(message);
                self.quit = true;
                return;
            }
        };
        let mut app = App::new(catalog, self.theme);
        app.wake = self.wake.take();
        app.similar_asked = false;
        app.size = self.size;
        app.focus = self.focus;
        app.help = std::mem::take(&mut self.help);
        app.picker.target = self.picker.target.min(app.last_target());
        app.quit = self.quit;
        if let Some(deliver) = self.deliver.take() {
            if app.catalog.len() >= matching::BACKGROUND_FROM {
                app.match_in_background(deliver);
            } else {
                app.deliver = Some(deliver);
            }
        }
        let query = std::mem::take(&mut self.picker.query);
        *self = app;
        if !query.is_empty() {
            self.picker.query = query;
            self.refilter();
        }
        self.keep_selection_visible();
    }

    /// Asks the loop to copy or export the shown comparison as Markdown (with the area's pay
    /// when one is chosen), or says why there is nothing to copy.
    fn ask_to_write(&mut self, action: Action) {
        let Some(c) = &self.panes.comparison else {
            self.status = Some("Nothing to copy: no pair is shown".to_string());
            return;
        };
        // What is shown: the jobs that fit beside the pinned one, as the tabs draw them.
        let shown = tabs::shown(
            c,
            self.areas().body.width,
            self.panes.first_column,
            self.panes.marked,
        );
        let text = crate::report::markdown(&shown);
        self.effect = Some(match action {
            Action::Copy => Effect::Copy(text),
            _ => Effect::Export {
                stem: format!(
                    "careerscope-{}",
                    shown
                        .jobs
                        .iter()
                        .map(|j| crate::text::slug(&j.name))
                        .collect::<Vec<_>>()
                        .join("-vs-")
                ),
                text,
            },
        });
    }

    /// What the tabs are drawn from besides the pair's facts; the same for measuring and
    /// drawing, so the measured height is the drawn one.
    pub fn tab_context(&self) -> TabContext<'_> {
        TabContext {
            theme: self.theme,
            problem: self.panes.problem.as_deref(),
            related: self.panes.related,
            lists: &self.panes.lists,
            first_column: self.panes.first_column,
            marked: self.panes.marked,
            loading: self.loading.as_ref().map(|l| l.what.as_str()),
        }
    }

    /// The areas the chooser lists for its query: "National only" first (no area), then the
    /// states and metro areas either job has pay for that fuzzy-match the query, best first.
    pub fn area_choices(&self) -> Vec<Option<String>> {
        let Some(c) = self.panes.comparison.as_ref() else {
            return vec![None];
        };
        let mut areas: Vec<String> = c
            .state_means
            .iter()
            .flatten()
            .map(|(area, _)| area.clone())
            .collect();
        areas.sort();
        areas.dedup();
        // Metro areas after the states, from the metro asset (read on first use).
        let mut metros: Vec<String> = c
            .jobs
            .iter()
            .filter_map(|j| j.code.as_deref())
            .flat_map(|code| crate::library::metro_pay(code))
            .map(|p| p.area().to_string())
            .collect();
        metros.sort();
        metros.dedup();
        areas.extend(metros);
        let query = self.area_menu.query.trim();
        let mut out: Vec<Option<String>> = Vec::new();
        if query.is_empty() {
            out.push(None);
            out.extend(areas.into_iter().map(Some));
        } else {
            // Matched as `--area` matches, so the first row is what `--area` would pick.
            out.extend(
                crate::area::ranked(&areas, query)
                    .into_iter()
                    .map(|i| Some(areas[i].clone())),
            );
        }
        out
    }

    /// The state chooser's actions.
    fn choose_area(&mut self, action: Action) {
        let n = self.area_choices().len().max(1);
        let menu = &mut self.area_menu;
        match action {
            Action::OpenArea => {
                *menu = AreaMenu {
                    open: true,
                    ..AreaMenu::default()
                }
            }
            Action::Input(c) if !c.is_control() => {
                menu.query.push(c);
                menu.selected = 0;
            }
            Action::Backspace => {
                menu.query.pop();
                menu.selected = 0;
            }
            Action::AreaNext => menu.selected = (menu.selected + 1) % n,
            Action::AreaPrev => menu.selected = (menu.selected + n - 1) % n,
            Action::AreaChoose => {
                let chosen = self.area_choices().into_iter().nth(self.area_menu.selected);
                self.area_menu.open = false;
                if let Some(area) = chosen {
                    // Said, and shown at the top of the Salary tab, so the choice is seen.
                    self.status = Some(match &area {
                        Some(name) => format!(
                            "Pay in {name} (BLS OEWS May 2025) is at the top of the Salary tab"
                        ),
                        None => "Pay by area closed: the Salary tab shows national pay".into(),
                    });
                    self.panes.area = area;
                    self.panes.tab = Tab::Salary;
                    self.panes.scroll[Tab::Salary.index()] = 0;
                    self.recompare();
                }
            }
            _ => menu.open = false,
        }
    }

    /// The actions that order and filter the list, and move in the filter menu.
    fn arrange_list(&mut self, action: Action) {
        match action {
            Action::CycleSort => {
                // After the last figure, by similarity to the pinned job (a real occupation).
                let next = self.picker.sort.next();
                if self.picker.like.take().is_some() {
                    self.picker.sort = SortBy::Name;
                } else if next == SortBy::Name && self.like_pinned().is_some() {
                    self.picker.like = self.like_pinned();
                    self.picker.sort = SortBy::Name;
                } else {
                    self.picker.sort = next;
                }
                self.refilter();
            }
            Action::OpenFilter => {
                self.want_facets();
                self.filter_menu = FilterMenu {
                    open: true,
                    selected: 0,
                };
            }
            Action::FilterNext | Action::FilterPrev => {
                let n = self.filter_choices().len().max(1);
                let s = &mut self.filter_menu.selected;
                *s = if action == Action::FilterNext {
                    (*s + 1) % n
                } else {
                    (*s + n - 1) % n
                };
            }
            Action::FilterChoose => {
                let chosen = self
                    .filter_choices()
                    .into_iter()
                    .nth(self.filter_menu.selected);
                if let Some(choice) = chosen {
                    let pinned = self.like_pinned();
                    let filter = &mut self.picker.filter;
                    match choice.facet {
                        FilterFacet::Education => {
                            rank::Filter::choose(&mut filter.education, choice.value);
                        }
                        FilterFacet::Group => rank::Filter::choose(&mut filter.group, choice.value),
                        FilterFacet::PaysMore => {
                            filter.pays_more_than = choice
                                .value
                                .and(pinned)
                                .and_then(|l| Some((l.pay?, l.name)));
                        }
                        FilterFacet::Interest => {
                            filter.interest = choice.value.and_then(|v| v.chars().next());
                        }
                    }
                    self.refilter();
                }
                self.filter_menu.open = false;
            }
            _ => self.filter_menu.open = false,
        }
    }

    /// The actions that edit the query.
    fn edit_query(&mut self, action: Action) {
        match action {
            // The `/` that the tabs' hint says searches with only focuses the query, even when
            // pressed again in it: no job name starts with `/`.
            Action::Input('/') if self.picker.query.is_empty() => {}
            Action::Input(c) if !c.is_control() => {
                self.picker.query.push(c);
                self.refilter();
            }
            Action::Backspace if self.picker.query.pop().is_some() => self.refilter(),
            Action::ClearQuery => self.set_query(String::new()),
            Action::DeleteWord => {
                let trimmed = self.picker.query.trim_end();
                let cut = trimmed.rfind(' ').map_or(0, |i| i + 1);
                let q = self.picker.query[..cut].to_string();
                self.set_query(q);
            }
            Action::Escape => {
                if self.picker.query.is_empty() {
                    self.focus = Focus::Panes;
                } else {
                    self.set_query(String::new());
                }
            }
            _ => {}
        }
    }

    /// The actions that move the selection through the matching jobs.
    fn move_selection(&mut self, action: Action) {
        let selected = self.picker.selected;
        let row = match action {
            Action::SelectNext => selected.saturating_add(1),
            Action::SelectPrev => selected.saturating_sub(1),
            Action::SelectPageDown => selected.saturating_add(self.list_page()),
            Action::SelectPageUp => selected.saturating_sub(self.list_page()),
            Action::SelectFirst => 0,
            Action::SelectLast => usize::MAX,
            _ => return,
        };
        self.select(row);
    }

    /// The actions that scroll the shown tab (or the help while it is open).
    fn scroll(&mut self, action: Action) {
        let n = match action {
            Action::ScrollDown => 1,
            Action::ScrollUp => -1,
            Action::ScrollPageDown => self.scroll_page(),
            Action::ScrollPageUp => -self.scroll_page(),
            Action::ScrollTop => i32::MIN / 2,
            Action::ScrollBottom => i32::MAX / 2,
            Action::ScrollBy(n) => i32::from(n),
            _ => return,
        };
        self.scroll_by(n);
    }

    fn set_query(&mut self, q: String) {
        if q != self.picker.query {
            self.picker.query = q;
            self.refilter();
        }
    }

    /// Asks for the matches of the new query; the best match is selected, as in fzf. The empty
    /// query needs no matching: it shows every job at once.
    fn refilter(&mut self) {
        self.generation += 1;
        if let Some(l) = &mut self.loading {
            // Matched here, over the names read so far; the index is built once per arrival.
            let query = self.picker.query.trim();
            let hits = if query.is_empty() {
                (0..l.names.len())
                    .map(|index| Hit { index, score: 0 })
                    .collect()
            } else {
                let names = &l.names;
                l.index
                    .get_or_insert_with(|| Index::of_names(names))
                    .search(query)
            };
            return self.show_matches(Arc::new(hits));
        }
        let found = if self.picker.query.trim().is_empty() {
            Some(self.all.clone())
        } else {
            self.matching
                .request(self.catalog.names(), self.generation, &self.picker.query)
        };
        match found {
            Some(hits) => self.show_matches(hits),
            None => self.picker.pending = true,
        }
    }

    fn show_matches(&mut self, hits: Arc<Vec<Hit>>) {
        if self.picker.sort != SortBy::Name
            || !self.picker.filter.is_empty()
            || self.picker.like.is_some()
        {
            self.want_facets();
        }
        let query = self.picker.query.trim();
        self.picker.found_by.clear();
        if !query.is_empty() && !self.titles().is_empty() {
            let (all, note) = search::by_words_noted(self.titles(), query, &hits);
            // Which words no title has, until the next key: the list is not what was typed.
            if let Some(note) = note {
                self.status = Some(crate::text::capitalized(&note));
            }
            let mut rows = Vec::with_capacity(all.len());
            for (hit, title) in all {
                if let Some(title) = title {
                    self.picker.found_by.insert(hit.index, title);
                }
                rows.push(hit);
            }
            self.picker.hits = Arc::new(rows);
        } else {
            self.picker.hits = hits;
        }
        // Order and filter what the name and the other titles found.
        self.picker.hits = self.arranged(self.picker.hits.clone());
        self.picker.pending = false;
        self.picker.selected = 0;
        self.picker.list_offset = 0;
    }

    /// The matches ordered and filtered as the picker says; as they are when it says nothing.
    fn arranged(&self, hits: Arc<Vec<Hit>>) -> Arc<Vec<Hit>> {
        let (sort, filter) = (self.picker.sort, &self.picker.filter);
        if let Some(like) = &self.picker.like {
            return Arc::new(self.like_order(&hits, like));
        }
        if sort == SortBy::Name && filter.is_empty() {
            return hits;
        }
        // While a query is typed the best text match comes first, so Enter never picks a
        // worse match for its figure: the sort orders the list of an empty query only.
        let sort = if self.picker.query.trim().is_empty() {
            sort
        } else {
            SortBy::Name
        };
        let mut jobs: Vec<usize> = hits.iter().map(|h| h.index).collect();
        rank::arrange(&mut jobs, self.facets(), sort, filter);
        Arc::new(
            jobs.into_iter()
                .map(|index| Hit { index, score: 0 })
                .collect(),
        )
    }

    /// The matches most like `like` first (filtered as the picker says). With a query, the
    /// best text match still comes first, so Enter never picks a worse match for being
    /// similar: the order by similarity is within equally good matches.
    fn like_order(&self, hits: &[Hit], like: &super::state::Like) -> Vec<Hit> {
        let facets = self.facets();
        let filter = &self.picker.filter;
        let mut out: Vec<Hit> = hits
            .iter()
            .copied()
            .filter(|h| filter.is_empty() || facets.get(h.index).is_some_and(|f| filter.keeps(f)))
            .collect();
        let querying = !self.picker.query.trim().is_empty();
        let similarity = |i: usize| self.similarity_to(like, i);
        // With a query the best match stays first, as the search ranked it (its ties are
        // broken by how whole the match is), and the rest are ordered within equal scores.
        let fixed = usize::from(querying).min(out.len());
        out[fixed..].sort_by(|a, b| {
            let text = if querying {
                b.score.cmp(&a.score)
            } else {
                std::cmp::Ordering::Equal
            };
            text.then_with(|| similarity(b.index).cmp(&similarity(a.index)))
        });
        out
    }

    /// How alike job `index` is to `like` (0-100), when both are real occupations.
    pub fn similarity_to(&self, like: &super::state::Like, index: usize) -> Option<u8> {
        let code = self.facets().get(index)?.code.as_deref()?;
        crate::similar::similarity(&like.code, code)
    }

    /// Each job's figures, once read (empty until then: see [`App::want_facets`]).
    pub fn facets(&self) -> &[Facets] {
        self.facets.as_deref().map_or(&[], Vec::as_slice)
    }

    /// Whether the figures for sorting and filtering are still being read.
    pub fn reading_facets(&self) -> bool {
        self.facets.is_none() && !self.facets_task.is_newest(0)
    }

    /// Starts reading every job's figures unless they are read or being read: on a thread when
    /// the loop runs (a million jobs take seconds), else at once.
    fn want_facets(&mut self) {
        if self.facets.is_some() || self.reading_facets() {
            return;
        }
        let catalog = self.catalog.clone();
        let done = self.facets_task.run(
            self.wake.as_ref(),
            move || catalog.facets().unwrap_or_default(),
            |generation, facets| Msg::Facets(generation, Arc::new(facets)),
        );
        if let Some(msg) = done {
            self.arrive(msg);
        }
    }

    /// Runs background tasks (the figures for sorting) off the UI thread, their results handed
    /// to `wake`.
    pub fn run_tasks_on(&mut self, wake: Wake) {
        self.wake = Some(wake);
    }

    /// The pinned job, when it is a real occupation: what the list can be ordered by
    /// similarity to, and whose pay "pays more" compares with.
    fn like_pinned(&self) -> Option<super::state::Like> {
        let p = self.catalog.profile(*self.panes.jobs.first()?).ok()?;
        Some(super::state::Like {
            code: p.code.clone()?,
            name: p.name.clone(),
            pay: crate::moves::pay(&p, None),
        })
    }

    /// The filter menu's rows: "Any" then each entry education, each major group, pay above
    /// the pinned job's, each strongest interest.
    pub fn filter_choices(&self) -> Vec<FilterChoice> {
        let facets = self.facets();
        let mut interests: Vec<char> = facets.iter().filter_map(|f| f.interest).collect();
        interests.sort_unstable_by_key(|c| rank::INTERESTS.iter().position(|(l, _)| l == c));
        interests.dedup();
        let pays_more = self.like_pinned().and_then(|l| {
            let pay = l.pay?;
            Some(vec![(
                "more".to_string(),
                format!(
                    "More than {} ({})",
                    l.name,
                    compare::format_value(compare::Unit::Dollars, pay as f64)
                ),
            )])
        });
        let named = |v: Vec<String>| v.into_iter().map(|v| (v.clone(), v)).collect();
        let mut out = Vec::new();
        for (facet, values) in [
            (
                FilterFacet::Education,
                named(rank::education_choices(facets)),
            ),
            (
                FilterFacet::Group,
                named(rank::choices(facets, |f| f.major_group.as_ref())),
            ),
            (FilterFacet::PaysMore, pays_more.unwrap_or_default()),
            (
                FilterFacet::Interest,
                interests
                    .into_iter()
                    .map(|c| (c.to_string(), rank::interest_label(c)))
                    .collect(),
            ),
        ] {
            let values: Vec<(String, String)> = values;
            if values.is_empty() {
                continue;
            }
            out.push(FilterChoice {
                facet,
                value: None,
                label: "Any".to_string(),
            });
            out.extend(values.into_iter().map(|(value, label)| FilterChoice {
                facet,
                value: Some(value),
                label,
            }));
        }
        out
    }

    /// Whether a filter menu row is the filter in force.
    pub fn filter_chosen(&self, c: &FilterChoice) -> bool {
        let f = &self.picker.filter;
        match c.facet {
            FilterFacet::Education => chosen_among(&f.education, &c.value),
            FilterFacet::Group => chosen_among(&f.group, &c.value),
            FilterFacet::PaysMore => f.pays_more_than.is_some() == c.value.is_some(),
            FilterFacet::Interest => f.interest.map(String::from) == c.value,
        }
    }

    /// Moves the selection through the pinned job's related occupations, showing the Overview tab
    /// where they are listed.
    fn select_related(&mut self, action: Action) {
        let n = self.panes.lists.all().count();
        if n == 0 {
            return;
        }
        self.panes.related = match action {
            Action::PrevRelated => (self.panes.related + n - 1) % n,
            _ => (self.panes.related + 1) % n,
        };
        self.panes.tab = super::state::Tab::Overview;
        self.show_selected_related();
    }

    /// Scrolls the Overview so that the selected related or similar job is on screen.
    fn show_selected_related(&mut self) {
        let body = self.areas().body;
        let doc = tabs::doc(
            self.panes.comparison.as_ref(),
            self.tab_context(),
            Tab::Overview,
            body.width,
        );
        let Some(y) = doc.line_with(tabs::overview::SELECTED) else {
            return;
        };
        let s = &mut self.panes.scroll[Tab::Overview.index()];
        if y < *s {
            *s = y;
        } else if y >= s.saturating_add(body.height) {
            *s = y.saturating_sub(body.height.saturating_sub(1));
        }
    }

    /// The selected related or similar job goes into the marked column (B when the pinned job
    /// is marked).
    fn open_related(&mut self) {
        let Some(listed) = self.panes.lists.all().nth(self.panes.related) else {
            return;
        };
        let Some(job) = self.catalog.find(&listed.name) else {
            return;
        };
        if self.panes.jobs.first() != Some(&job) && self.panes.jobs.len() >= 2 {
            let column = self.panes.marked.max(1).min(self.panes.jobs.len() - 1);
            self.put(column, job);
            self.recompare();
        }
    }

    /// The pinned job's related occupations and similar jobs with their pay, for the Overview.
    fn pinned_lists(&self) -> PinnedLists {
        let Some(pinned) = self
            .panes
            .jobs
            .first()
            .and_then(|&j| self.catalog.profile(j).ok())
        else {
            return PinnedLists::default();
        };
        let own = crate::moves::pay(&pinned, None);
        let listed = |name: &str, similarity: Option<u8>| {
            let pay = self
                .catalog
                .find(name)
                .and_then(|i| self.catalog.profile(i).ok())
                .and_then(|p| crate::moves::pay(&p, None));
            let difference = pay.zip(own).map(|(a, b)| a as i64 - b as i64);
            ListedJob {
                name: name.to_string(),
                similarity,
                pay,
                difference,
            }
        };
        let related = pinned
            .related
            .iter()
            .flatten()
            .map(|r| listed(&r.name, None))
            .collect();
        PinnedLists {
            related,
            similar: Vec::new(),
            finding_similar: pinned.code.is_some(),
        }
    }

    /// Ranks the jobs most like the pinned one, off the UI thread (reading every occupation's
    /// code the first time takes longer than a frame); they arrive as [`Msg::Similar`].
    fn find_similar(&mut self) {
        let Some(pinned) = self
            .panes
            .jobs
            .first()
            .and_then(|&j| self.catalog.profile(j).ok())
            .filter(|p| p.code.is_some())
            .map(std::borrow::Cow::into_owned)
        else {
            return;
        };
        let (catalog, known) = (self.catalog.clone(), self.by_code.clone());
        let job = move || {
            let by_code = known.unwrap_or_else(|| {
                Arc::new(crate::moves::occupations_by_code(&catalog).unwrap_or_default())
            });
            let options = crate::moves::Options {
                limit: SIMILAR_LISTED,
                ..Default::default()
            };
            let similar = crate::moves::moves_by(&catalog, &by_code, &pinned, &options)
                .unwrap_or_default()
                .into_iter()
                .map(|m| ListedJob {
                    name: m.name,
                    similarity: Some(m.similarity),
                    pay: m.yearly_salary,
                    difference: m.pay_difference,
                })
                .collect();
            (by_code, similar)
        };
        let to_msg = |generation, found| Msg::Similar(generation, super::msg::Handoff::new(found));
        if let Some(msg) = self.similar_task.run(self.wake.as_ref(), job, to_msg) {
            self.arrive(msg);
        }
    }

    /// The words of the jobs' names and titles, read when the app starts.
    fn titles(&self) -> &Words {
        self.titles
            .get_or_init(|| Words::of_catalog(&self.catalog).unwrap_or_default())
    }

    fn select_job(&mut self, job: usize) {
        if let Some(row) = self.picker.hits.iter().position(|h| h.index == job) {
            self.select(row);
        }
    }

    fn select(&mut self, row: usize) {
        self.picker.selected = row.min(self.picker.hits.len().saturating_sub(1));
        self.keep_selection_visible();
    }

    fn list_page(&self) -> usize {
        usize::from(self.areas().list.height).max(1)
    }

    fn keep_selection_visible(&mut self) {
        self.picker.list_offset = visible_offset(
            self.picker.list_offset,
            self.picker.selected,
            self.picker.hits.len(),
            usize::from(self.areas().list.height),
        );
    }

    /// Puts `job` into column `column` (one past the last adds a column). A job already in
    /// another column trades places with the one there, so no job is compared with itself.
    fn put(&mut self, column: usize, job: usize) {
        let jobs = &mut self.panes.jobs;
        match jobs.iter().position(|&j| j == job) {
            Some(at) if at == column => {}
            Some(at) if column < jobs.len() => jobs.swap(at, column),
            Some(_) => {}
            None if column < jobs.len() => jobs[column] = job,
            None => jobs.push(job),
        }
        self.panes.marked = column.min(jobs.len().saturating_sub(1));
    }

    /// Puts the selected job into the target column and marks the next column for the next
    /// pick. The query is cleared for the next pick, with the picked job still selected. Once
    /// the last column is filled (or the column `a`..`d` or `+` asked for), the tabs get focus,
    /// as lazygit moves on to what was chosen: digits, `q` and `?` are then commands again.
    fn pick(&mut self) {
        let Some(job) = self.selected_job() else {
            return;
        };
        if self.panes.jobs.is_empty() {
            self.panes.jobs = vec![job, job];
        }
        let filled = self.picker.target.min(self.last_target());
        self.put(filled, job);
        self.recompare();
        // The job just picked is marked, and shown even when not every job fits.
        self.follow_mark();
        let n = self.panes.jobs.len();
        let last = filled + 1 >= n;
        self.picker.target = if last { 0 } else { filled + 1 };
        if last || self.picker.back_to_panes {
            self.focus = Focus::Panes;
            self.picker.back_to_panes = false;
        }
        if !self.picker.query.is_empty() {
            self.picker.query.clear();
            self.refilter();
        }
        self.select_job(job);
    }

    fn recompare(&mut self) {
        let compared = (self.panes.jobs.len() >= 2).then(|| {
            let profiles = self
                .panes
                .jobs
                .iter()
                .map(|&j| self.catalog.sourced_profile(j))
                .collect::<Result<Vec<_>, _>>()?;
            let refs: Vec<&crate::model::Profile> = profiles.iter().map(|p| p.as_ref()).collect();
            let mut c = compare::compare(&refs);
            c.area = self
                .panes
                .area
                .as_deref()
                .map(|area| compare::AreaSection::of(&refs, area));
            Ok::<_, anyhow::Error>(c)
        });
        (self.panes.comparison, self.panes.problem) = match compared {
            Some(Ok(c)) => (Some(c), None),
            // The message may quote a path or a file's text: shown, never sent raw.
            Some(Err(e)) => (
                None,
                Some(crate::text::escape_controls(&format!("{e:#}")).into_owned()),
            ),
            None => (None, None),
        };
        self.panes.scroll = [0; Tab::COUNT];
        self.follow_mark();
        let pinned = self.panes.jobs.first().copied();
        if pinned != self.panes.related_of {
            self.panes.related = 0;
            self.panes.related_of = pinned;
            self.panes.lists = self.pinned_lists();
            // Asked for at the end of the update, once the loop can take the answer.
            self.similar_asked = false;
        }
    }

    fn scroll_page(&self) -> i32 {
        i32::from(self.areas().body.height.saturating_sub(1)).max(1)
    }

    fn scroll_by(&mut self, n: i32) {
        if self.help.open {
            let max = i32::from(self.help_max_scroll());
            self.help.scroll = (i32::from(self.help.scroll) + n).clamp(0, max) as u16;
            return;
        }
        if self.areas().body.is_empty() {
            return;
        }
        let i = self.panes.tab.index();
        let max = i32::from(self.max_scroll());
        self.panes.scroll[i] = (i32::from(self.panes.scroll[i]) + n).clamp(0, max) as u16;
    }
}

/// Each real occupation's index in the catalog, by SOC code.
type ByCode = std::collections::HashMap<String, usize>;

/// How many similar jobs the Overview lists.
const SIMILAR_LISTED: usize = 10;

/// The key the tabs bind to `action`, for messages that name it.
fn key(action: &Action) -> String {
    super::keymap::key_of(super::keymap::Context::Panes, action)
}

/// The first visible row of a list of `len` rows, `height` at a time, so that `selected` is
/// visible and the list moves as little as possible.
pub fn visible_offset(offset: usize, selected: usize, len: usize, height: usize) -> usize {
    if height == 0 || len == 0 {
        return 0;
    }
    let mut offset = offset.min(len.saturating_sub(height));
    if selected < offset {
        offset = selected;
    } else if selected >= offset + height {
        offset = selected + 1 - height;
    }
    offset
}

/// Whether an action needs the whole dataset (a pick, a sort, a filter, the pair's menus,
/// a copy), so that it waits while the dataset is read.
fn needs_whole_dataset(action: &Action) -> bool {
    matches!(
        action,
        Action::Pick
            | Action::PickRow(_)
            | Action::PickFor(_)
            | Action::AddColumn
            | Action::RemoveColumn
            | Action::PinColumn
            | Action::Swap
            | Action::CycleSort
            | Action::OpenFilter
            | Action::OpenArea
            | Action::NextRelated
            | Action::PrevRelated
            | Action::OpenRelated
            | Action::Copy
            | Action::Export
    )
}

/// Whether a menu row of a key with several values is in force: Any when none is chosen, a
/// value when it is among them.
fn chosen_among(values: &[String], row: &Option<String>) -> bool {
    match row {
        None => values.is_empty(),
        Some(v) => values.contains(v),
    }
}
