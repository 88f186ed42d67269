//! The built-in real occupations: read like a dataset file's text (see [`Raw`]), every job a
//! real occupation with its O*NET alternate titles.

use std::borrow::Cow;

use serde::Deserialize;

use crate::model::{PageRef, Profile};
use crate::rank::Facets;
use crate::text::escape_controls;

use super::names::Names;
use super::raw::Raw;
use super::store::{PageSources, Result, Store, bad_profile};

/// The built-in occupations' text, read as [`Raw`] reads any file.
pub(super) struct Occupations(pub(super) Raw);

impl Store for Occupations {
    fn names(&self) -> &Names {
        self.0.names()
    }

    fn origin(&self) -> &str {
        self.0.origin()
    }

    fn profile(&self, index: usize) -> Result<Cow<'_, Profile>> {
        self.0.profile(index)
    }

    fn pages(&self) -> Result<Cow<'_, [PageRef]>> {
        self.0.pages()
    }

    fn first_page(&self) -> Option<PageRef> {
        self.0.first_page()
    }

    fn facets(&self) -> Result<Vec<Facets>> {
        self.0.facets()
    }

    fn page_sources(&self) -> Result<PageSources> {
        self.0.page_sources()
    }

    fn unlisted_source(&self) -> Option<String> {
        self.0.unlisted_source()
    }

    fn is_occupation(&self, _index: usize) -> bool {
        true
    }

    /// Reads each profile's titles only, so it costs a pass over the occupations' text.
    fn alternate_titles(&self) -> Result<Vec<(usize, String)>> {
        self.titles(|t| t.alternate_titles)
    }

    fn reported_titles(&self) -> Result<Vec<(usize, String)>> {
        self.titles(|t| t.reported_titles)
    }
}

/// The title fields of a profile, read without the rest.
#[derive(Deserialize)]
struct TitlesOnly {
    #[serde(default)]
    alternate_titles: Option<Vec<String>>,
    #[serde(default)]
    reported_titles: Option<Vec<String>>,
}

impl Occupations {
    /// The titles `pick` takes from each profile, as (job, title).
    fn titles(
        &self,
        pick: impl Fn(TitlesOnly) -> Option<Vec<String>>,
    ) -> Result<Vec<(usize, String)>> {
        let mut out = Vec::new();
        for (i, job) in self.0.job_texts().enumerate() {
            let t: TitlesOnly = serde_json::from_str(job)
                .map_err(|e| bad_profile(self.origin(), &self.names()[i], e.to_string()))?;
            for title in pick(t).into_iter().flatten() {
                out.push((i, escape_controls(&title).into_owned()));
            }
        }
        Ok(out)
    }
}
