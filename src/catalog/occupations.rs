//! The built-in real occupations, read from the compact asset (`assets/occupations.bin`,
//! docs/FORMAT.md): the names from its index at once, the alternate titles, the figures for
//! sorting and each profile only when asked for.

use std::borrow::Cow;

use careerscope_model::asset;

use crate::dataset::{DatasetError, sanitize_profile};
use crate::model::{PageRef, Profile};
use crate::rank::Facets;
use crate::text::escape_controls;

use super::names::Names;
use super::store::{Result, Store, bad_profile, no_job};

/// The built-in occupations: the asset opened, and every name from its index.
pub(super) struct Occupations {
    asset: asset::Occupations<'static>,
    names: Names,
    origin: String,
}

impl Occupations {
    /// Opens the asset in `bytes`, reading its index only.
    ///
    /// # Errors
    /// [`DatasetError::Unreadable`] when the bytes are not an occupations asset.
    pub(super) fn open(bytes: &'static [u8], origin: &str) -> Result<Occupations> {
        let broken = |e: asset::AssetError| DatasetError::Unreadable {
            file: origin.to_string(),
            message: e.to_string(),
        };
        let asset = asset::Occupations::open(bytes).map_err(broken)?;
        let mut text = String::new();
        let mut ends = Vec::with_capacity(asset.len());
        for name in asset.names() {
            text.push_str(name);
            ends.push(text.len());
        }
        Ok(Occupations {
            names: Names::from_ends(text, ends),
            asset,
            origin: origin.to_string(),
        })
    }

    /// The error for a broken block of the asset.
    fn unreadable(&self, e: asset::AssetError) -> DatasetError {
        DatasetError::Unreadable {
            file: self.origin.clone(),
            message: e.to_string(),
        }
    }

    /// The error for occupation `index`'s broken record.
    fn broken(&self, index: usize, e: asset::AssetError) -> DatasetError {
        let name = self.names.get(index).unwrap_or_default();
        bad_profile(&self.origin, name, e.to_string())
    }
}

impl Store for Occupations {
    fn names(&self) -> &Names {
        &self.names
    }

    fn origin(&self) -> &str {
        &self.origin
    }

    fn profile(&self, index: usize) -> Result<Cow<'_, Profile>> {
        if index >= self.names.len() {
            return Err(no_job(&self.origin, index));
        }
        let mut profile = self
            .asset
            .profile(index)
            .map_err(|e| self.broken(index, e))?;
        sanitize_profile(&mut profile);
        Ok(Cow::Owned(profile))
    }

    fn pages(&self) -> Result<Cow<'_, [PageRef]>> {
        Ok(Cow::Borrowed(&[]))
    }

    /// From the asset's block of figures, without reading a profile.
    fn facets(&self) -> Result<Vec<Facets>> {
        let summaries = self.asset.summaries().map_err(|e| self.unreadable(e))?;
        Ok(summaries
            .into_iter()
            .zip(self.asset.codes())
            .map(|(s, code)| Facets {
                code: code.clone(),
                interest: s.interest,
                yearly_salary: s.yearly_salary,
                growth_rate_pct: s.growth_rate_pct,
                number_of_jobs: s.number_of_jobs,
                entry_education: s.entry_education,
                major_group: s.major_group,
            })
            .collect())
    }

    fn is_occupation(&self, _index: usize) -> bool {
        true
    }

    /// From the asset's one block of titles, decoded on the first call.
    fn alternate_titles(&self) -> Result<Vec<(usize, String)>> {
        let titles = self.asset.titles().map_err(|e| self.unreadable(e))?;
        Ok(titles
            .iter()
            .map(|(job, title)| (job, escape_controls(title).into_owned()))
            .collect())
    }
}
