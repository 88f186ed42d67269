//! A dataset file's text kept as it is: the names at once, each profile built from its text
//! when it is asked for.

use std::borrow::Cow;
use std::ops::Range;

use serde_json::value::RawValue;

use crate::dataset::DatasetError;
use crate::model::{PageRef, Profile};
use crate::rank::Facets;
use crate::text::escape_controls;

use super::names::Names;
use super::store::{PageSources, Result, Store, bad_profile, no_job, parse_profile};
use super::stream::Streamed;

/// A job's other names, read without the rest of its profile.
#[derive(serde::Deserialize)]
struct Titles {
    alternate_titles: Option<Vec<String>>,
    reported_titles: Option<Vec<String>>,
    everyday_names: Option<Vec<String>>,
}

/// The file's text and, for each job, where its JSON object lies in it.
pub(super) struct Raw {
    names: Names,
    text: String,
    jobs: Vec<Range<usize>>,
    pages: Option<Range<usize>>,
    origin: String,
    /// Each job's titles, read when the search first asks for them.
    titles: std::sync::OnceLock<Vec<Titles>>,
}

impl Raw {
    /// `text` as [`super::stream::read`] read it into `file`.
    pub(super) fn new(text: String, file: Streamed, origin: &str) -> Raw {
        Raw {
            names: file.names,
            text,
            jobs: file.jobs,
            pages: file.pages,
            origin: crate::text::escape_controls(origin).into_owned(),
            titles: std::sync::OnceLock::new(),
        }
    }

    /// Every job's texts of one kind (`field` of [`Titles`]), as (job, text), cleaned of
    /// controls as a profile is: the search shows the one that matched. Each job's JSON is
    /// read for its titles once, for all three kinds.
    fn titles(&self, field: fn(&Titles) -> &Option<Vec<String>>) -> Result<Vec<(usize, String)>> {
        let all = match self.titles.get() {
            Some(all) => all,
            None => {
                let read = self
                    .job_texts()
                    .enumerate()
                    .map(|(i, job)| {
                        serde_json::from_str::<Titles>(job).map_err(|e| {
                            bad_profile(
                                &self.origin,
                                &self.names[i],
                                escape_controls(&e.to_string()).into_owned(),
                            )
                        })
                    })
                    .collect::<Result<Vec<Titles>>>()?;
                self.titles.get_or_init(|| read)
            }
        };
        Ok(all
            .iter()
            .enumerate()
            .flat_map(|(i, t)| {
                field(t)
                    .iter()
                    .flatten()
                    .map(move |title| (i, escape_controls(title).into_owned()))
            })
            .collect())
    }

    /// Every job's JSON text, in order.
    pub(super) fn job_texts(&self) -> impl Iterator<Item = &str> + '_ {
        self.jobs.iter().map(|span| &self.text[span.clone()])
    }
}

impl Store for Raw {
    fn names(&self) -> &Names {
        &self.names
    }

    fn origin(&self) -> &str {
        &self.origin
    }

    fn profile(&self, index: usize) -> Result<Cow<'_, Profile>> {
        let span = self
            .jobs
            .get(index)
            .ok_or_else(|| no_job(&self.origin, index))?;
        let json = self.text[span.clone()].as_bytes();
        parse_profile(&self.origin, &self.names[index], json).map(Cow::Owned)
    }

    fn pages(&self) -> Result<Cow<'_, [PageRef]>> {
        let Some(span) = &self.pages else {
            return Ok(Cow::Borrowed(&[]));
        };
        serde_json::from_str::<Vec<PageRef>>(&self.text[span.clone()])
            .map(Cow::Owned)
            .map_err(|e| DatasetError::BadPages {
                file: self.origin.clone(),
                message: escape_controls(&e.to_string()).into_owned(),
            })
    }

    fn first_page(&self) -> Option<PageRef> {
        let span = self.pages.as_ref()?;
        serde_json::from_str::<Vec<&RawValue>>(&self.text[span.clone()])
            .ok()
            .and_then(|p| p.first().and_then(|f| serde_json::from_str(f.get()).ok()))
    }

    fn alternate_titles(&self) -> Result<Vec<(usize, String)>> {
        self.titles(|t| &t.alternate_titles)
    }

    fn reported_titles(&self) -> Result<Vec<(usize, String)>> {
        self.titles(|t| &t.reported_titles)
    }

    fn everyday_names(&self) -> Result<Vec<(usize, String)>> {
        self.titles(|t| &t.everyday_names)
    }

    fn facets(&self) -> Result<Vec<Facets>> {
        self.job_texts()
            .enumerate()
            .map(|(i, job)| {
                Facets::from_json(job)
                    .map_err(|e| bad_profile(&self.origin, &self.names[i], e.to_string()))
            })
            .collect()
    }

    fn page_sources(&self) -> Result<PageSources> {
        Ok(PageSources::new())
    }

    fn unlisted_source(&self) -> Option<String> {
        Some(format!("dataset {}", self.origin))
    }
}
