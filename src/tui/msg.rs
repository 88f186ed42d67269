//! What arrives at the explorer from outside the user's keys: matches computed in the
//! background, the dataset read behind the first frame, the spinner's timer, what a copy or
//! export did. `App::update` applies these as it applies the user's [`Action`]s.

use std::sync::{Arc, Mutex};

use crate::catalog::Catalog;
use crate::search::Hit;

use super::action::Action;

/// One thing that arrived.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    /// Say something on the status line until the next key (what a copy or export did).
    Status(String),
    /// Matches computed in the background for the query of this generation.
    Matches(u64, Arc<Vec<Hit>>),
    // Loading the dataset behind the first frame.
    /// Names read so far (the newest ones), and how many jobs there are when that is known.
    NamesArrived(Arc<Vec<String>>, Option<usize>),
    /// The dataset is read: its catalog, or the one-line error that ends the explorer.
    Loaded(Handoff<Result<Catalog, String>>),
    /// Time passes while the dataset loads: the spinner turns.
    Tick,
    /// The jobs most like the pinned one, found by the run of this generation, with every
    /// occupation's index by code (kept for the next run).
    Similar(u64, Handoff<SimilarFound>),
    /// Every job's figures for sorting and filtering, read by the run of this generation.
    Facets(u64, Arc<Vec<crate::rank::Facets>>),
}

/// Every real occupation's index by SOC code, and the similar jobs found with it.
pub type SimilarFound = (
    Arc<std::collections::HashMap<String, usize>>,
    Vec<super::state::ListedJob>,
);

/// What `App::update` applies: a user's action or something that arrived.
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    Action(Action),
    Msg(Msg),
}

impl From<Action> for Input {
    fn from(a: Action) -> Input {
        Input::Action(a)
    }
}

impl From<Msg> for Input {
    fn from(m: Msg) -> Input {
        Input::Msg(m)
    }
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
