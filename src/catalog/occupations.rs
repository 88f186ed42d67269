//! The built-in real occupations, read from the compact asset (`assets/occupations.bin`,
//! docs/FORMAT.md): the names from its index at once, the alternate titles, the figures for
//! sorting and each profile only when asked for.

use std::borrow::Cow;

use careerscope_model::asset;
use careerscope_model::words::{Source, WordIndex};

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
            .map(|(s, code)| Facets::of_summary(code.clone(), s))
            .collect())
    }

    fn is_occupation(&self, _index: usize) -> bool {
        true
    }

    /// From the asset's block of titles, decoded on the first call.
    fn alternate_titles(&self) -> Result<Vec<(usize, String)>> {
        self.titles(Source::Alternate)
    }

    fn reported_titles(&self) -> Result<Vec<(usize, String)>> {
        self.titles(Source::Reported)
    }

    /// The asset's own, so the names and titles are not split into words again.
    fn word_index(&self) -> Result<Option<(WordIndex, Vec<usize>)>> {
        let words = self.asset.read_words().map_err(|e| self.unreadable(e))?;
        Ok(Some((words, (0..self.len()).collect())))
    }
}

impl Occupations {
    /// Every title from `source`, as (job, title).
    fn titles(&self, source: Source) -> Result<Vec<(usize, String)>> {
        let words = self.asset.words().map_err(|e| self.unreadable(e))?;
        Ok(words
            .of_source(source)
            .map(|(job, t)| (job, escape_controls(t).into_owned()))
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn built_in() -> Occupations {
        Occupations::open(crate::library::OCCUPATIONS, "built-in occupations")
            .unwrap_or_else(|e| panic!("{e}"))
    }

    /// OEWS May 2025, national series OEUN0000000000000151252: Software Developers,
    /// employment 1,687,890, annual mean $148,100, median $135,980, 10th percentile $82,460,
    /// 90th $214,670.
    #[test]
    fn software_developers_read_from_the_compact_asset() {
        let store = built_in();
        assert_eq!(store.len(), 830);
        let i = store.find("software developers").unwrap_or(usize::MAX);
        let p = store.profile(i).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(p.code.as_deref(), Some("15-1252"));
        let o = p.overview.clone().unwrap_or_default();
        assert_eq!(
            (o.yearly_salary, o.number_of_jobs),
            (Some(148_100), Some(1_687_890))
        );
        let s = p.salary.clone().unwrap_or_default();
        assert_eq!(s.median, Some(135_980));
        assert_eq!(s.range.map(|r| (r.min, r.max)), Some((82_460, 214_670)));
        // The titles the search reads are the profile's own, in the profile's order there.
        let titles = store.alternate_titles().unwrap_or_else(|e| panic!("{e}"));
        let mut listed: Vec<&str> = titles
            .iter()
            .filter(|(job, _)| *job == i)
            .map(|(_, t)| t.as_str())
            .collect();
        let mut own: Vec<&str> = p
            .alternate_titles
            .iter()
            .flatten()
            .map(String::as_str)
            .collect();
        assert!(!own.is_empty());
        listed.sort_unstable();
        own.sort_unstable();
        assert_eq!(listed, own);
        assert!(store.profile(830).is_err());
    }

    /// The figures the list sorts and filters by come from their own block, and are those of
    /// each profile.
    #[test]
    fn facets_are_those_of_every_profile() {
        let store = built_in();
        let facets = store.facets().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(facets.len(), store.len());
        for (i, f) in facets.iter().enumerate() {
            let p = store.profile(i).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(f, &Facets::of(&p), "{}", p.name);
        }
    }

    #[test]
    fn a_broken_asset_is_one_clear_error() {
        let e = Occupations::open(b"not an asset", "built-in occupations")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            e.starts_with("built-in occupations: cannot read: the built-in asset is broken: "),
            "{e}"
        );
        assert!(!e.contains('\n'));
    }
}
