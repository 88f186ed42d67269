//! The explorer's state. It changes only in [`App::update`], one [`Action`] at a time.

use std::sync::Arc;

use ratatui::layout::Rect;

use crate::catalog::Catalog;
use crate::compare::{self, Comparison, Side};
use crate::model::Profile;
use crate::search::{Hit, Matcher};

use super::action::Action;
use super::layout;
use super::matching::{Deliver, Matching};
use super::tabs::{self, Tab};
use super::theme::Theme;

/// Which part of the screen keys go to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// The query: printable keys are text.
    Picker,
    /// The pair's tabs: letters are commands.
    Panes,
}

pub struct App {
    /// Every job's name now, each profile when the pair needs it.
    pub catalog: Catalog,
    matching: Matching,
    /// Highlights matched characters: only for the rows on screen.
    matcher: Matcher,
    pub query: String,
    /// Counts queries; matches for an older one than the newest are dropped.
    generation: u64,
    /// Whether the matches for the newest query are still being computed.
    pub pending: bool,
    /// Jobs matching the query, best first.
    pub hits: Arc<Vec<Hit>>,
    /// Every job in order: the matches of the empty query, kept to return to at once.
    all: Arc<Vec<Hit>>,
    /// Index into `hits` of the selected row.
    pub selected: usize,
    /// The first row of `hits` the list shows.
    pub list_offset: usize,
    /// Indices into the catalog of jobs A and B; `None` only with no jobs at all.
    pub pair: Option<(usize, usize)>,
    /// The pair's profiles, built from the catalog when the pair changes.
    pair_profiles: Option<(Profile, Profile)>,
    /// The facts of the pair, recomputed whenever the pair changes.
    pub comparison: Option<Comparison>,
    /// Why the pair cannot be shown (a profile in the file is broken), if it cannot.
    pub problem: Option<String>,
    /// The slot Enter fills.
    pub target: Side,
    pub focus: Focus,
    pub tab: Tab,
    /// Scroll position of each tab, in lines.
    pub scroll: [u16; Tab::ALL.len()],
    pub help: bool,
    pub help_scroll: u16,
    /// The terminal's size, for page sizes and mouse hit-testing.
    pub size: Rect,
    pub theme: Theme,
    pub quit: bool,
}

impl App {
    pub fn new(catalog: impl Into<Catalog>, theme: Theme) -> App {
        let catalog = catalog.into();
        let pair = catalog.first_pair();
        let all: Arc<Vec<Hit>> = Arc::new(
            (0..catalog.len())
                .map(|index| Hit { index, score: 0 })
                .collect(),
        );
        let mut app = App {
            matching: Matching::inline(),
            catalog,
            matcher: Matcher::default(),
            query: String::new(),
            generation: 0,
            pending: false,
            hits: all.clone(),
            all,
            selected: 0,
            list_offset: 0,
            pair,
            pair_profiles: None,
            comparison: None,
            problem: None,
            target: Side::A,
            focus: Focus::Picker,
            tab: Tab::Overview,
            scroll: [0; Tab::ALL.len()],
            help: false,
            help_scroll: 0,
            size: Rect::new(0, 0, 120, 40),
            theme,
            quit: false,
        };
        app.recompare();
        // Start with job A selected, so Enter right away changes nothing surprising.
        if let Some((a, _)) = app.pair {
            app.select_job(a);
        }
        app
    }

    /// Moves matching to a worker thread that hands results to `deliver`, which should turn
    /// them into `Action::Matches` for this app.
    pub fn match_in_background(&mut self, deliver: Deliver) {
        self.matching = Matching::background(self.catalog.names().clone(), deliver);
    }

    /// The job's name as the list shows it.
    pub fn name(&self, index: usize) -> &str {
        self.catalog.names().get(index).unwrap_or_default()
    }

    /// The profiles of the pair.
    pub fn profiles(&self) -> Option<(&Profile, &Profile)> {
        self.pair_profiles.as_ref().map(|(a, b)| (a, b))
    }

    /// Whether job `index` is in slot A and/or slot B.
    pub fn slots_of(&self, index: usize) -> (bool, bool) {
        match self.pair {
            Some((a, b)) => (a == index, b == index),
            None => (false, false),
        }
    }

    /// Char indices of job `index`'s name that the query matched.
    pub fn positions(&self, index: usize) -> Vec<usize> {
        self.matcher.positions(self.name(index), &self.query)
    }

    pub fn selected_job(&self) -> Option<usize> {
        self.hits.get(self.selected).map(|h| h.index)
    }

    pub fn areas(&self) -> layout::Areas {
        layout::areas(self.size, self.focus)
    }

    /// How far the selected tab can scroll at the current size.
    pub fn max_scroll(&self) -> u16 {
        let body = self.areas().body;
        let height = tabs::content_height(self, self.tab, body.width);
        height.saturating_sub(body.height)
    }

    pub fn update(&mut self, action: Action) {
        let before = self.view();
        self.apply(action);
        // Whatever changed of the shown tab (size, focus, tab, pair, scroll), it stays within
        // its content. Measuring the content lays the whole tab out, so typing a query, which
        // changes none of these, does not pay for it.
        if self.view() != before && !self.areas().body.is_empty() {
            let max = self.max_scroll();
            let s = &mut self.scroll[self.tab.index()];
            *s = (*s).min(max);
        }
    }

    /// What decides the shown tab's layout and scroll position.
    fn view(&self) -> (Tab, Option<(usize, usize)>, Rect, Focus, u16) {
        (
            self.tab,
            self.pair,
            self.size,
            self.focus,
            self.scroll[self.tab.index()],
        )
    }

    fn apply(&mut self, action: Action) {
        match action {
            Action::Quit => self.quit = true,
            Action::Input(c) => {
                if !c.is_control() {
                    self.query.push(c);
                    self.refilter();
                }
            }
            Action::Backspace => {
                if self.query.pop().is_some() {
                    self.refilter();
                }
            }
            Action::ClearQuery => self.set_query(String::new()),
            Action::DeleteWord => {
                let trimmed = self.query.trim_end();
                let cut = trimmed.rfind(' ').map_or(0, |i| i + 1);
                let q = self.query[..cut].to_string();
                self.set_query(q);
            }
            Action::Escape => {
                if self.query.is_empty() {
                    self.focus = Focus::Panes;
                } else {
                    self.set_query(String::new());
                }
            }
            Action::SelectNext => self.select(self.selected.saturating_add(1)),
            Action::SelectPrev => self.select(self.selected.saturating_sub(1)),
            Action::SelectPageDown => {
                self.select(self.selected.saturating_add(self.list_page()));
            }
            Action::SelectPageUp => self.select(self.selected.saturating_sub(self.list_page())),
            Action::SelectFirst => self.select(0),
            Action::SelectLast => self.select(usize::MAX),
            Action::Pick => self.pick(),
            Action::PickRow(row) => {
                if row < self.hits.len() {
                    self.focus = Focus::Picker;
                    self.select(row);
                    self.pick();
                }
            }
            Action::Target(side) => self.target = side,
            Action::PickFor(side) => {
                self.target = side;
                self.focus = Focus::Picker;
            }
            Action::Swap => {
                if let Some((a, b)) = self.pair {
                    self.pair = Some((b, a));
                    self.recompare();
                }
            }
            Action::FocusPicker => self.focus = Focus::Picker,
            Action::FocusPanes => self.focus = Focus::Panes,
            Action::NextTab => self.tab = self.tab.next(),
            Action::PrevTab => self.tab = self.tab.prev(),
            Action::SelectTab(tab) => self.tab = tab,
            Action::ScrollDown => self.scroll_by(1),
            Action::ScrollUp => self.scroll_by(-1),
            Action::ScrollPageDown => self.scroll_by(self.scroll_page()),
            Action::ScrollPageUp => self.scroll_by(-self.scroll_page()),
            Action::ScrollTop => self.scroll_by(i32::MIN / 2),
            Action::ScrollBottom => self.scroll_by(i32::MAX / 2),
            Action::ScrollBy(n) => self.scroll_by(i32::from(n)),
            Action::ToggleHelp => {
                self.help = !self.help;
                self.help_scroll = 0;
            }
            Action::CloseHelp => self.help = false,
            Action::Matches(generation, hits) => {
                if generation == self.generation {
                    self.show_matches(hits);
                }
            }
            Action::Resize(w, h) => {
                self.size = Rect::new(0, 0, w, h);
                self.help_scroll = self.help_scroll.min(super::ui::help_max_scroll(self));
                self.keep_selection_visible();
            }
        }
    }

    fn set_query(&mut self, q: String) {
        if q != self.query {
            self.query = q;
            self.refilter();
        }
    }

    /// Asks for the matches of the new query; the best match is selected, as in fzf. The empty
    /// query needs no matching: it shows every job at once.
    fn refilter(&mut self) {
        self.generation += 1;
        let found = if self.query.trim().is_empty() {
            Some(self.all.clone())
        } else {
            self.matching
                .request(self.catalog.names(), self.generation, &self.query)
        };
        match found {
            Some(hits) => self.show_matches(hits),
            None => self.pending = true,
        }
    }

    fn show_matches(&mut self, hits: Arc<Vec<Hit>>) {
        self.hits = hits;
        self.pending = false;
        self.selected = 0;
        self.list_offset = 0;
    }

    fn select_job(&mut self, job: usize) {
        if let Some(row) = self.hits.iter().position(|h| h.index == job) {
            self.select(row);
        }
    }

    fn select(&mut self, row: usize) {
        self.selected = row.min(self.hits.len().saturating_sub(1));
        self.keep_selection_visible();
    }

    fn list_page(&self) -> usize {
        usize::from(self.areas().list.height).max(1)
    }

    fn keep_selection_visible(&mut self) {
        self.list_offset = visible_offset(
            self.list_offset,
            self.selected,
            self.hits.len(),
            usize::from(self.areas().list.height),
        );
    }

    /// Puts the selected job into the target slot. A job already in the other slot trades
    /// places, so the pair stays two jobs. The query is cleared for the next pick, with the
    /// picked job still selected, and the other slot becomes the target.
    fn pick(&mut self) {
        let Some(job) = self.selected_job() else {
            return;
        };
        let (a, b) = self.pair.unwrap_or((job, job));
        let pair = match self.target {
            Side::A if b == job => (job, a),
            Side::A => (job, b),
            Side::B if a == job => (b, job),
            Side::B => (a, job),
        };
        self.pair = Some(pair);
        self.recompare();
        self.target = match self.target {
            Side::A => Side::B,
            Side::B => Side::A,
        };
        if !self.query.is_empty() {
            self.query.clear();
            self.refilter();
        }
        self.select_job(job);
    }

    fn recompare(&mut self) {
        let loaded = self.pair.map(|(a, b)| {
            Ok::<_, anyhow::Error>((
                self.catalog.profile(a)?.into_owned(),
                self.catalog.profile(b)?.into_owned(),
            ))
        });
        (self.pair_profiles, self.problem) = match loaded {
            Some(Ok(pair)) => (Some(pair), None),
            Some(Err(e)) => (None, Some(format!("{e:#}"))),
            None => (None, None),
        };
        self.comparison = self.profiles().map(|(a, b)| compare::compare(a, b));
        self.scroll = [0; Tab::ALL.len()];
    }

    fn scroll_page(&self) -> i32 {
        i32::from(self.areas().body.height.saturating_sub(1)).max(1)
    }

    fn scroll_by(&mut self, n: i32) {
        if self.help {
            let max = i32::from(super::ui::help_max_scroll(self));
            self.help_scroll = (i32::from(self.help_scroll) + n).clamp(0, max) as u16;
            return;
        }
        if self.areas().body.is_empty() {
            return;
        }
        let i = self.tab.index();
        let max = i32::from(self.max_scroll());
        self.scroll[i] = (i32::from(self.scroll[i]) + n).clamp(0, max) as u16;
    }
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
