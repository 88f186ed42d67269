//! Profiles already in memory: the built-in page jobs, or a file only the full reader takes.

use std::borrow::Cow;

use crate::model::{Dataset, PageRef, Profile};

use super::names::Names;
use super::store::{Result, Store, no_job};

/// Every profile built, with the pages.
pub(super) struct Parsed {
    names: Names,
    jobs: Vec<Profile>,
    pages: Vec<PageRef>,
    origin: String,
}

impl Parsed {
    pub(super) fn new(dataset: Dataset, origin: &str) -> Parsed {
        let mut names = Names::default();
        dataset.jobs.iter().for_each(|j| names.push(&j.name));
        Parsed {
            names,
            jobs: dataset.jobs,
            pages: dataset.pages,
            origin: crate::text::escape_controls(origin).into_owned(),
        }
    }

    /// Every job's texts of one kind (`field` of its profile), as (job, text).
    fn texts_of(&self, field: impl Fn(&Profile) -> &Option<Vec<String>>) -> Vec<(usize, String)> {
        let mut out = Vec::new();
        for (i, job) in self.jobs.iter().enumerate() {
            for text in field(job).iter().flatten() {
                out.push((i, text.clone()));
            }
        }
        out
    }
}

impl Store for Parsed {
    fn names(&self) -> &Names {
        &self.names
    }

    fn origin(&self) -> &str {
        &self.origin
    }

    fn profile(&self, index: usize) -> Result<Cow<'_, Profile>> {
        self.jobs
            .get(index)
            .map(Cow::Borrowed)
            .ok_or_else(|| no_job(&self.origin, index))
    }

    fn pages(&self) -> Result<Cow<'_, [PageRef]>> {
        Ok(Cow::Borrowed(&self.pages))
    }

    fn alternate_titles(&self) -> Result<Vec<(usize, String)>> {
        Ok(self.texts_of(|p| &p.alternate_titles))
    }

    fn reported_titles(&self) -> Result<Vec<(usize, String)>> {
        Ok(self.texts_of(|p| &p.reported_titles))
    }

    fn everyday_names(&self) -> Result<Vec<(usize, String)>> {
        Ok(self.texts_of(|p| &p.everyday_names))
    }

    fn is_occupation(&self, index: usize) -> bool {
        self.jobs.get(index).is_some_and(Profile::is_occupation)
    }
}
