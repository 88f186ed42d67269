//! What every kind of store answers, and the pieces they share.

use careerscope_model::words::WordIndex;
use std::borrow::Cow;
use std::collections::HashMap;

use crate::dataset::{DatasetError, sanitize_profile};
use crate::model::{PageRef, Profile, same_name};
use crate::rank::Facets;
use crate::text::escape_controls;

use super::names::Names;

pub(super) type Result<T> = std::result::Result<T, DatasetError>;

/// Job name (lower case) → the title of the last page listing it, and how many pages do.
pub(super) type PageSources = HashMap<String, (String, usize)>;

/// Where a catalog's jobs are kept: their names at once, each profile when asked. A kind of
/// store implements the required methods; the provided ones are what most kinds do.
pub(super) trait Store: std::any::Any + Send + Sync {
    /// Every job's name, in the store's order (by name).
    fn names(&self) -> &Names;

    /// Where the jobs came from, for error messages.
    fn origin(&self) -> &str;

    /// The full profile of job `index`, built from its text if it was not built yet.
    ///
    /// # Errors
    /// [`DatasetError::NoJob`] for an index past the end, [`DatasetError::BadProfile`] when the
    /// job's JSON is not a profile.
    fn profile(&self, index: usize) -> Result<Cow<'_, Profile>>;

    /// The pages the jobs were built from.
    ///
    /// # Errors
    /// [`DatasetError::BadPages`] when the stored pages are not a list of pages.
    fn pages(&self) -> Result<Cow<'_, [PageRef]>>;

    /// The first page, reading no more than it needs; `None` when there is none or the pages
    /// cannot be read.
    fn first_page(&self) -> Option<PageRef> {
        self.pages().ok()?.first().cloned()
    }

    /// How many jobs there are.
    fn len(&self) -> usize {
        self.names().len()
    }

    /// The index of the job named `name`, ignoring case.
    fn find(&self, name: &str) -> Option<usize> {
        self.names().iter().position(|n| same_name(n, name))
    }

    /// Every job's other titles, as (job, title). Only a store that has them at hand, or
    /// whose titles are worth a pass over every job, gives any.
    ///
    /// # Errors
    /// A job's JSON is not valid.
    fn alternate_titles(&self) -> Result<Vec<(usize, String)>> {
        Ok(Vec::new())
    }

    /// Every job's reported titles (what job holders call it), as (job, title), as
    /// [`Store::alternate_titles`] gives the other titles.
    ///
    /// # Errors
    /// A job's JSON is not valid.
    fn reported_titles(&self) -> Result<Vec<(usize, String)>> {
        Ok(Vec::new())
    }

    /// Every job's everyday names (careerscope's list: what people call it, or say its workers
    /// do), as (job, name), as [`Store::alternate_titles`] gives the titles.
    ///
    /// # Errors
    /// A job's JSON is not valid.
    fn everyday_names(&self) -> Result<Vec<(usize, String)>> {
        Ok(Vec::new())
    }

    /// The words of the jobs' names and titles, ready to rank, when the store has them at
    /// hand (the built-in asset does), with the store's job for each of the index's jobs.
    ///
    /// # Errors
    /// The store's index is broken.
    fn word_index(&self) -> Result<Option<(WordIndex, Vec<usize>)>> {
        Ok(None)
    }

    /// Every job's figures for sorting and filtering, in the store's order: here from each
    /// profile; a store that keeps text reads the figures only.
    ///
    /// # Errors
    /// A job's JSON is not valid.
    fn facets(&self) -> Result<Vec<Facets>> {
        (0..self.len())
            .map(|i| self.profile(i).map(|p| Facets::of(&p)))
            .collect()
    }

    /// Whether job `index` is a real occupation from the official sources, not a page job.
    fn is_occupation(&self, _index: usize) -> bool {
        false
    }

    /// Whether real occupations and page jobs are listed side by side, so that a list of
    /// names should say which is which.
    fn mixes_kinds(&self) -> bool {
        false
    }

    /// The real occupations named `names`, when this store lists real occupations beside
    /// page jobs and has both.
    fn real_pair(&self, _names: [&str; 2]) -> Option<(usize, usize)> {
        None
    }

    /// Which page each page job comes from: here every page read; a store read lazily from a
    /// file is not scanned (at 100,000 jobs that would add 150 ms to the first frame).
    ///
    /// # Errors
    /// The pages are not valid.
    fn page_sources(&self) -> Result<PageSources> {
        let mut out = PageSources::new();
        for p in self.pages()?.iter() {
            let Some(title) = &p.title else { continue };
            for job in &p.jobs {
                let e = out.entry(job.to_lowercase()).or_default();
                *e = (title.clone(), e.1 + 1);
            }
        }
        Ok(out)
    }

    /// The source a page job that no page lists is shown with: a dataset file read lazily
    /// names itself; otherwise none.
    fn unlisted_source(&self) -> Option<String> {
        None
    }

    /// The user's library this store lays over built-in jobs, if it does.
    fn library(&self) -> Option<&str> {
        None
    }

    /// What the explorer says it has loaded, e.g. `6 jobs from my.json`.
    fn describe(&self) -> String {
        format!("{} jobs from {}", self.len(), self.origin())
    }
}

/// The error for job `index` past the end of the jobs from `origin`.
pub(super) fn no_job(origin: &str, index: usize) -> DatasetError {
    DatasetError::NoJob {
        file: origin.to_string(),
        job: index + 1,
    }
}

/// The error for the job named `name` from `origin` that is not a valid profile.
pub(super) fn bad_profile(origin: &str, name: &str, message: String) -> DatasetError {
    DatasetError::BadProfile {
        file: origin.to_string(),
        name: name.to_string(),
        message,
    }
}

/// A job's JSON read as a profile (`name` says which job in errors), cleaned of controls.
pub(super) fn parse_profile(origin: &str, name: &str, json: &[u8]) -> Result<Profile> {
    let mut job: Profile = serde_json::from_slice(json)
        .map_err(|e| bad_profile(origin, name, escape_controls(&e.to_string()).into_owned()))?;
    sanitize_profile(&mut job);
    Ok(job)
}
