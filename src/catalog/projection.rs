//! The one mapping a store made of other stores reads its jobs through.

use super::names::Names;
use super::store::{Result, no_job};

/// For each job of a store made of other stores (its parts), in the store's order: where it
/// comes from (`E`: a part and the job's index there), with the jobs' names and the store's
/// origin. [`super::layered::Layered`] and [`super::joined::Joined`] are built on it.
pub(super) struct Projection<E> {
    names: Names,
    entries: Vec<E>,
    origin: String,
}

impl<E: Copy + PartialEq> Projection<E> {
    /// The jobs, each where it comes from and its name, in the order they are listed.
    pub(super) fn new<'a>(jobs: impl IntoIterator<Item = (E, &'a str)>, origin: String) -> Self {
        let mut names = Names::default();
        let entries = jobs
            .into_iter()
            .map(|(e, name)| {
                names.push(name);
                e
            })
            .collect();
        Projection {
            names,
            entries,
            origin,
        }
    }

    /// Every job's name, in order.
    pub(super) fn names(&self) -> &Names {
        &self.names
    }

    /// Where the jobs came from, for error messages.
    pub(super) fn origin(&self) -> &str {
        &self.origin
    }

    /// Where job `index` comes from.
    ///
    /// # Errors
    /// [`crate::dataset::DatasetError::NoJob`] for an index past the end.
    pub(super) fn get(&self, index: usize) -> Result<E> {
        self.entries
            .get(index)
            .copied()
            .ok_or_else(|| no_job(&self.origin, index))
    }

    /// Where each job comes from, in order.
    pub(super) fn entries(&self) -> &[E] {
        &self.entries
    }

    /// The job that comes from `entry`.
    pub(super) fn position(&self, entry: E) -> Option<usize> {
        self.entries.iter().position(|e| *e == entry)
    }
}
