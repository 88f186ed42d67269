//! The user's library (read lazily, as any store) laid over the built-in page jobs.

use std::borrow::Cow;
use std::collections::HashMap;

use crate::dataset;
use crate::model::{Dataset, PageRef, Profile};

use super::names::{Names, name_order};
use super::projection::Projection;
use super::store::{Result, Store};

/// Where a job of a layered store comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Source {
    Base(usize),
    Top(usize),
    Both(usize, usize),
}

/// `top` laid over `base`: a job in both has `top`'s values wherever `top` has one, as an
/// import of `top`'s pages would have merged them; every job is listed once, by name.
pub(super) struct Layered {
    base: Vec<Profile>,
    base_pages: Vec<PageRef>,
    top: Box<dyn Store>,
    jobs: Projection<Source>,
}

impl Layered {
    pub(super) fn new(base: Dataset, top: Box<dyn Store>, origin: &str) -> Layered {
        let mut by_name: HashMap<String, usize> = base
            .jobs
            .iter()
            .enumerate()
            .map(|(i, j)| (j.name.to_lowercase(), i))
            .collect();
        let mut sources: Vec<(Source, &str)> = top
            .names()
            .iter()
            .enumerate()
            .map(|(t, name)| match by_name.remove(&name.to_lowercase()) {
                Some(b) => (Source::Both(b, t), name),
                None => (Source::Top(t), name),
            })
            .collect();
        if !sources.is_sorted_by(|a, b| name_order(a.1, b.1).is_le()) {
            sources.sort_by(|a, b| name_order(a.1, b.1));
        }
        let mut base_only: Vec<usize> = by_name.into_values().collect();
        base_only.sort_unstable();
        for b in base_only {
            let name = base.jobs[b].name.as_str();
            let at = sources.partition_point(|s| name_order(s.1, name).is_lt());
            sources.insert(at, (Source::Base(b), name));
        }
        let jobs = Projection::new(sources, crate::text::escape_controls(origin).into_owned());
        Layered {
            base: base.jobs,
            // The library's pages are added when asked for: the first pair is the built-in one.
            base_pages: base.pages,
            top,
            jobs,
        }
    }
}

impl Store for Layered {
    fn names(&self) -> &Names {
        self.jobs.names()
    }

    fn origin(&self) -> &str {
        self.jobs.origin()
    }

    fn profile(&self, index: usize) -> Result<Cow<'_, Profile>> {
        match self.jobs.get(index)? {
            Source::Base(b) => Ok(Cow::Borrowed(&self.base[b])),
            Source::Top(t) => self.top.profile(t),
            Source::Both(b, t) => Ok(Cow::Owned(dataset::overlay(
                &self.base[b],
                &*self.top.profile(t)?,
            ))),
        }
    }

    fn pages(&self) -> Result<Cow<'_, [PageRef]>> {
        let mut merged = Dataset {
            pages: self.base_pages.clone(),
            ..Dataset::default()
        };
        let library = Dataset {
            pages: self.top.pages()?.into_owned(),
            ..Dataset::default()
        };
        dataset::merge_dataset(&mut merged, &library);
        Ok(Cow::Owned(merged.pages))
    }

    fn first_page(&self) -> Option<PageRef> {
        self.base_pages
            .first()
            .cloned()
            .or_else(|| self.top.pages().ok()?.first().cloned())
    }

    fn library(&self) -> Option<&str> {
        Some(self.origin())
    }
}
